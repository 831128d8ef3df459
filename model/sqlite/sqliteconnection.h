// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "core/error.h"

#include <QLoggingCategory>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcSqlite)

namespace fkscope {

class SqliteStatement;

// One SQLite database file, opened read-only by default (SQLITE_OPEN_READONLY through a mode=ro URI),
// so fkscope cannot write to it. Errors leave as fkscope::Error. A statement timeout and cancel
// requests from other threads stop a running statement (sqlite3_interrupt).
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };
    explicit SqliteConnection(const QString &path, Mode mode = Mode::ReadOnly);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    sqlite3 *raw() const { return m_db; }
    const QString &path() const { return m_path; }

    // Runs `work` with a deadline (0: none) and `token` able to interrupt it. An interrupted
    // statement throws Error(Cancelled) or Error(Timeout).
    template<typename Work>
    auto run(const CancelToken &token, int timeoutMs, Work &&work) -> decltype(work())
    {
        Guard guard(*this, token, timeoutMs);
        return work();
    }

    // Executes SQL text without results (several statements allowed).
    void exec(const QString &sql);
    // exec() for clean-up that must finish after a cancel or a timeout stopped the work before it
    // (dropping TEMP tables): neither stops it. Errors are swallowed; false when one happened.
    bool execUninterrupted(const QString &sql);
    // While one lives, neither a cancel nor the deadline stops a statement on the connection: for
    // clean-up that reads too.
    class Uninterruptible
    {
    public:
        explicit Uninterruptible(SqliteConnection &c)
            : m_c(c)
            , m_was(c.m_uninterruptible.exchange(true))
        {
        }
        ~Uninterruptible() { m_c.m_uninterruptible = m_was; }
        Uninterruptible(const Uninterruptible &) = delete;
        Uninterruptible &operator=(const Uninterruptible &) = delete;

    private:
        SqliteConnection &m_c;
        bool m_was;
    };
    // Throws the Error for the connection's last failure (`rc` from the failing call).
    [[noreturn]] void fail(int rc, const QString &context) const;

    static QString quoteName(const QString &identifier);
    static QString quoteLiteral(const QString &value);

private:
    friend class SqliteStatement;
    class Guard
    {
    public:
        Guard(SqliteConnection &c, const CancelToken &token, int timeoutMs);
        ~Guard();

    private:
        SqliteConnection &m_c;
        CancelToken::HookGuard m_hook;
    };
    static int progress(void *self);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::atomic<bool> m_cancelled{false};
    qint64 m_deadline = 0; // msecs since epoch; 0 = none
    bool m_timedOut = false;
    std::atomic<bool> m_uninterruptible{false};
};

// BEGIN on construction; ROLLBACK on destruction unless end() committed. The simulation only ever
// rolls back (it writes temp tables only).
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteConnection &connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;
    void end(); // COMMIT (a read transaction commits nothing)

private:
    SqliteConnection &m_c;
    bool m_open = true;
};

// A prepared statement: bind, step, read. NULL reads as a null QVariant.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection &connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, const QString &value); // 1-based
    SqliteStatement &bind(int index, qint64 value);
    // Next row: true while there is one.
    bool step();
    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    QVariant value(int column) const;
    void reset();

private:
    SqliteConnection &m_c;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

} // namespace fkscope
