// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answerwatchdog.h"
#include "core/canceltoken.h"
#include "core/error.h"
#include "source/mysqluri.h"

#include <QLoggingCategory>
#include <QString>
#include <QVariant>

#include <mysql.h>

#include <atomic>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcMysql)

namespace fkscope {

struct MysqlServerInfo
{
    QString flavor; // "mariadb" / "mysql"
    QString version; // "10.11.19"
    int versionNumber = 0; // 101119
    bool isMariaDb() const { return flavor == QLatin1String("mariadb"); }
};

class MysqlStatement;

// One Connector/C connection. Errors leave as fkscope::Error with the server's errno, SQLSTATE and
// message kept (ServerMessage.code holds the errno, .sqlstate the SQLSTATE). While run() runs,
// cancelling the token sends KILL QUERY from a second connection, and a statement time limit applies
// (max_statement_time on MariaDB, max_execution_time for SELECTs on MySQL).
class MysqlConnection
{
public:
    explicit MysqlConnection(const MysqlUri &uri);
    explicit MysqlConnection(const QString &uri) : MysqlConnection(MysqlUri::parse(uri)) {}
    ~MysqlConnection();
    MysqlConnection(const MysqlConnection &) = delete;
    MysqlConnection &operator=(const MysqlConnection &) = delete;

    MYSQL *raw() const { return m_db; }
    const MysqlUri &uri() const { return m_uri; }
    const MysqlServerInfo &server() const { return m_server; }
    QString currentUser() const { return m_user; }

    template<typename Work>
    auto run(const CancelToken &token, int timeoutMs, Work &&work) -> decltype(work())
    {
        Guard guard(*this, token, timeoutMs);
        return work();
    }

    // Text protocol, no results (SET, START TRANSACTION, ROLLBACK, DDL on temporary tables).
    void exec(const QString &sql);
    // The first column of the first row of a query without parameters; null when there is no row.
    QVariant scalar(const QString &sql);
    void rollback() noexcept;

    // Throws the Error for the connection's last failure.
    [[noreturn]] void fail(const QString &context) const;
    [[noreturn]] void failWith(unsigned errorNumber, const QString &sqlstate, const QString &message) const;

    // `name` with backticks, embedded backticks doubled.
    static QString quoteName(const QString &identifier);
    static QString quoteLiteral(const QString &value);

private:
    friend class MysqlStatement;
    class Guard
    {
    public:
        Guard(MysqlConnection &c, const CancelToken &token, int timeoutMs);
        ~Guard();

    private:
        MysqlConnection &m_c;
        CancelToken::HookGuard m_hook;
        bool m_limited = false;
        std::unique_ptr<AnswerWatchdog> m_watchdog; // a network gone silent (TCP only)
    };
    void killRunningQuery() noexcept;

    MYSQL *m_db = nullptr;
    MysqlUri m_uri;
    MysqlServerInfo m_server;
    QString m_user;
    unsigned long m_threadId = 0;
    std::atomic<bool> m_cancelled{false};
    const AnswerWatchdog *m_watchdog = nullptr; // the running Guard's, while one runs
    bool m_timeLimited = false;
};

// START TRANSACTION (READ ONLY by default) on construction, ROLLBACK on destruction: nothing a job
// does is ever committed (the verification's DELETE included).
class MysqlTransaction
{
public:
    enum class Mode { ReadOnly, ReadWrite };
    explicit MysqlTransaction(MysqlConnection &connection, Mode mode = Mode::ReadOnly);
    ~MysqlTransaction() { m_c.rollback(); }
    MysqlTransaction(const MysqlTransaction &) = delete;
    MysqlTransaction &operator=(const MysqlTransaction &) = delete;

private:
    MysqlConnection &m_c;
};

// A prepared statement with bound parameters. Every result column is read as text (NULL as a null
// QVariant); parameters are text, integers or NULL.
class MysqlStatement
{
public:
    MysqlStatement(MysqlConnection &connection, const QString &sql);
    ~MysqlStatement();
    MysqlStatement(const MysqlStatement &) = delete;
    MysqlStatement &operator=(const MysqlStatement &) = delete;

    int parameterCount() const;
    // Binds every parameter (QString, qint64/int, or a null QVariant) and executes.
    void execute(const QVariantList &params = {});
    // Next row: true while there is one.
    bool fetch();
    int columnCount() const { return static_cast<int>(m_columns); }
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;
    QVariant value(int column) const; // QString or null
    // Rows changed by an executed DELETE / UPDATE.
    qint64 affectedRows() const;

private:
    [[noreturn]] void failStatement() const;
    struct Buffers;
    MysqlConnection &m_c;
    MYSQL_STMT *m_stmt = nullptr;
    unsigned m_columns = 0;
    std::unique_ptr<Buffers> m_buffers;
    QString m_sql;
};

} // namespace fkscope
