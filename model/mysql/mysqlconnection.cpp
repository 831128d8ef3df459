// SPDX-License-Identifier: Apache-2.0
#include "mysqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <errmsg.h>
#include <mysqld_error.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcMysql, "fkscope.mysql", QtWarningMsg)

namespace fkscope {

namespace {


// Connector/C's global state, set up once per process (mysql_library_init is not thread-safe).
void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}

// Errors of the MySQL/MariaDB server and client, by the errno both print.
ErrorKind kindOf(unsigned errorNumber)
{
    switch (errorNumber) {
    case CR_CONNECTION_ERROR: // 2002: no socket / nothing listening
    case CR_CONN_HOST_ERROR: // 2003
    case CR_UNKNOWN_HOST: // 2005
        return ErrorKind::Unreachable;
    case CR_SERVER_GONE_ERROR: // 2006
    case CR_SERVER_LOST: // 2013
    case ER_CONNECTION_KILLED: // 1927
        return ErrorKind::ConnectionLost;
    case ER_ACCESS_DENIED_ERROR: // 1045
        return ErrorKind::AuthenticationFailed;
    case ER_BAD_DB_ERROR: // 1049
        return ErrorKind::DatabaseMissing;
    case ER_DBACCESS_DENIED_ERROR: // 1044
        return ErrorKind::ConnectNotPermitted;
    case ER_TABLEACCESS_DENIED_ERROR: // 1142
    case ER_COLUMNACCESS_DENIED_ERROR: // 1143
    case ER_SPECIFIC_ACCESS_DENIED_ERROR: // 1227
        return ErrorKind::PermissionDenied;
    case ER_LOCK_WAIT_TIMEOUT: // 1205
    case 1969: // MariaDB ER_STATEMENT_TIMEOUT (max_statement_time)
    case 3024: // MySQL ER_QUERY_TIMEOUT (max_execution_time)
        return ErrorKind::Timeout;
    case ER_QUERY_INTERRUPTED: // 1317
        return ErrorKind::Cancelled;
    default:
        return ErrorKind::DatabaseError;
    }
}

// The server's words: errno as the code, SQLSTATE, message.
ServerMessage serverMessage(unsigned errorNumber, const QString &sqlstate, const QString &message)
{
    ServerMessage server;
    server.sqlstate = sqlstate;
    server.severity = QStringLiteral("ERROR");
    server.message = message;
    server.code = QString::number(errorNumber);
    return server;
}

int versionNumber(const QString &version)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)")).match(version);
    if (!m.hasMatch())
        return 0;
    return m.captured(1).toInt() * 10000 + m.captured(2).toInt() * 100 + m.captured(3).toInt();
}

// Opens a connection with the URI's parts; the password as MySQL's clients find it. Returns the
// handle, or null with `error` set (errno, SQLSTATE, message) when it fails.
MYSQL *openHandle(const MysqlUri &uri, unsigned &errorNumber, QString &sqlstate, QString &message)
{
    initLibrary();
    MYSQL *db = mysql_init(nullptr);
    if (!db) {
        errorNumber = CR_OUT_OF_MEMORY;
        message = QStringLiteral("out of memory");
        return nullptr;
    }
    const unsigned int connectTimeout = 10;
    mysql_optionsv(db, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_optionsv(db, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    const my_bool off = 0;
    mysql_optionsv(db, MYSQL_OPT_LOCAL_INFILE, &off);
    QByteArray password;
    const char *passwordArg = nullptr;
    if (uri.password) {
        password = uri.password->toUtf8();
        passwordArg = password.constData();
    } else if (qEnvironmentVariableIsSet("MYSQL_PWD")) {
        password = qgetenv("MYSQL_PWD");
        passwordArg = password.constData();
    }
    const QString myCnf = QDir::home().filePath(QStringLiteral(".my.cnf"));
    const QByteArray myCnfPath = myCnf.toLocal8Bit();
    if (QFileInfo(myCnf).isReadable()) {
        mysql_optionsv(db, MYSQL_READ_DEFAULT_FILE, myCnfPath.constData());
        mysql_optionsv(db, MYSQL_READ_DEFAULT_GROUP, "client");
    }
    const QByteArray user = uri.user.toUtf8();
    const QByteArray host = (uri.host.isEmpty() ? QStringLiteral("localhost") : uri.host).toUtf8();
    const QByteArray database = uri.database.toUtf8();
    const QByteArray socket = uri.socket.toLocal8Bit();
    if (!mysql_real_connect(db, host.constData(), user.isEmpty() ? nullptr : user.constData(), passwordArg,
                            database.isEmpty() ? nullptr : database.constData(), static_cast<unsigned>(uri.port),
                            socket.isEmpty() ? nullptr : socket.constData(), CLIENT_MULTI_RESULTS)) {
        errorNumber = mysql_errno(db);
        sqlstate = QString::fromLatin1(mysql_sqlstate(db));
        message = QString::fromUtf8(mysql_error(db));
        mysql_close(db);
        return nullptr;
    }
    return db;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// MysqlConnection

MysqlConnection::MysqlConnection(const MysqlUri &uri)
    : m_uri(uri)
{
    unsigned errorNumber = 0;
    QString sqlstate;
    QString message;
    m_db = openHandle(uri, errorNumber, sqlstate, message);
    if (!m_db) {
        const QString where = uri.socket.isEmpty() ? (uri.host.isEmpty() ? QStringLiteral("localhost") : uri.host)
                                                   : uri.socket;
        ErrorKind kind = kindOf(errorNumber);
        QString summary;
        switch (kind) {
        case ErrorKind::Unreachable:
            summary = QCoreApplication::translate("fkscope::Messages", "No MySQL/MariaDB server answered at %1: %2").arg(where, message);
            break;
        case ErrorKind::AuthenticationFailed:
            summary = QCoreApplication::translate("fkscope::Messages", "The server at %1 refused the user name or password: %2").arg(where, message);
            break;
        case ErrorKind::DatabaseMissing:
            summary = QCoreApplication::translate("fkscope::Messages", "The server at %1 has no database %2.").arg(where, uri.database);
            break;
        case ErrorKind::ConnectNotPermitted:
            summary = QCoreApplication::translate("fkscope::Messages", "The user may not use the database %1: %2").arg(uri.database, message);
            break;
        default:
            kind = ErrorKind::ConnectFailed;
            summary = QCoreApplication::translate("fkscope::Messages", "Could not connect to %1: %2").arg(where, message);
            break;
        }
        throw Error(kind, summary, serverMessage(errorNumber, sqlstate, message));
    }
    m_threadId = mysql_thread_id(m_db);
    const QString info = QString::fromUtf8(mysql_get_server_info(m_db));
    m_server.flavor = info.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive) ? QStringLiteral("mariadb")
                                                                                     : QStringLiteral("mysql");
    m_server.version = info.section(QLatin1Char('-'), 0, 0);
    // MariaDB 10.x behind a "5.5.5-" prefix in old protocol versions.
    if (m_server.version == QLatin1String("5.5.5") && m_server.isMariaDb())
        m_server.version = info.section(QLatin1Char('-'), 1, 1);
    m_server.versionNumber = versionNumber(m_server.version);
    m_user = scalar(QStringLiteral("SELECT CURRENT_USER()")).toString();
}

MysqlConnection::~MysqlConnection()
{
    if (m_db)
        mysql_close(m_db);
}

QString MysqlConnection::quoteName(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + s + QLatin1Char('`');
}

QString MysqlConnection::quoteLiteral(const QString &value)
{
    // A backslash means different things with and without NO_BACKSLASH_ESCAPES: such a value is
    // written as a hex literal, which both read the same way.
    if (value.contains(QLatin1Char('\\')) || value.contains(QChar(0)))
        return QStringLiteral("CONVERT(X'%1' USING utf8mb4)").arg(QString::fromLatin1(value.toUtf8().toHex()));
    QString s = value;
    s.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

void MysqlConnection::failWith(unsigned errorNumber, const QString &sqlstate, const QString &message) const
{
    if (m_watchdog && m_watchdog->fired())
        throw m_watchdog->noAnswer(); // the watchdog closed the socket: say why
    const ServerMessage server = serverMessage(errorNumber, sqlstate, message);
    const ErrorKind kind = kindOf(errorNumber);
    switch (kind) {
    case ErrorKind::Timeout:
        if (errorNumber == ER_LOCK_WAIT_TIMEOUT)
            throw Error(kind, QCoreApplication::translate("fkscope::Messages", "A row was locked by another connection for too long: %1").arg(message), server);
        throw Error(kind, QCoreApplication::translate("fkscope::Messages", "The statement ran out of time and was stopped."), server);
    case ErrorKind::Cancelled:
        if (!m_cancelled && m_timeLimited)
            throw Error(ErrorKind::Timeout, QCoreApplication::translate("fkscope::Messages", "The statement ran out of time and was stopped."), server);
        throw Error(kind, QCoreApplication::translate("fkscope::Messages", "The query was cancelled."), server);
    case ErrorKind::ConnectionLost:
    case ErrorKind::Unreachable:
        throw Error(ErrorKind::ConnectionLost, QCoreApplication::translate("fkscope::Messages", "The connection to the server was lost: %1").arg(message), server);
    case ErrorKind::PermissionDenied:
        throw Error(kind, QCoreApplication::translate("fkscope::Messages", "Permission denied: %1").arg(message), server);
    default:
        throw Error(kind, QCoreApplication::translate("fkscope::Messages", "The server reported an error: %1").arg(message), server);
    }
}

void MysqlConnection::fail(const QString &context) const
{
    const unsigned errorNumber = mysql_errno(m_db);
    qCDebug(lcMysql) << "error" << errorNumber << "in" << context;
    failWith(errorNumber, QString::fromLatin1(mysql_sqlstate(m_db)), QString::fromUtf8(mysql_error(m_db)));
}

void MysqlConnection::exec(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    qCDebug(lcMysql).noquote() << "exec" << sql;
    if (mysql_real_query(m_db, text.constData(), static_cast<unsigned long>(text.size())) != 0)
        fail(sql);
    // Drain what a statement may answer (SET answers nothing; a CALL might).
    do {
        if (MYSQL_RES *res = mysql_store_result(m_db))
            mysql_free_result(res);
    } while (mysql_next_result(m_db) == 0);
    if (mysql_errno(m_db) != 0)
        fail(sql);
}

QVariant MysqlConnection::scalar(const QString &sql)
{
    MysqlStatement s(*this, sql);
    s.execute();
    QVariant v;
    if (s.fetch())
        v = s.value(0);
    while (s.fetch()) {
    }
    return v;
}

MysqlTransaction::MysqlTransaction(MysqlConnection &connection, Mode mode)
    : m_c(connection)
{
    m_c.exec(mode == Mode::ReadOnly ? QStringLiteral("START TRANSACTION READ ONLY") : QStringLiteral("START TRANSACTION"));
}

void MysqlConnection::rollback() noexcept
{
    mysql_rollback(m_db);
}

MysqlConnection::Guard::Guard(MysqlConnection &c, const CancelToken &token, int timeoutMs)
    : m_c(c)
{
    m_c.m_cancelled = token.isCancelled();
    if (token.isCancelled())
        throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The query was cancelled."));
    if (timeoutMs > 0) {
        // MariaDB limits every statement; MySQL 5.7+/8 limits SELECTs only.
        if (m_c.m_server.isMariaDb())
            m_c.exec(QStringLiteral("SET SESSION max_statement_time = %1").arg(timeoutMs / 1000.0, 0, 'f', 3));
        else
            m_c.exec(QStringLiteral("SET SESSION max_execution_time = %1").arg(timeoutMs));
        m_limited = true;
        m_c.m_timeLimited = true;
    }
    m_hook = token.onCancel([this] {
        m_c.m_cancelled = true;
        m_c.killRunningQuery();
    });
    m_watchdog = std::make_unique<AnswerWatchdog>(static_cast<int>(mysql_get_socket(m_c.m_db)), timeoutMs);
    m_c.m_watchdog = m_watchdog.get();
}

MysqlConnection::Guard::~Guard()
{
    m_hook = CancelToken::HookGuard();
    m_c.m_watchdog = nullptr;
    m_watchdog.reset();
    if (m_limited) {
        m_c.m_timeLimited = false;
        const char *reset = m_c.m_server.isMariaDb() ? "SET SESSION max_statement_time = 0" : "SET SESSION max_execution_time = 0";
        if (mysql_query(m_c.m_db, reset) != 0)
            qCDebug(lcMysql) << "could not reset the time limit:" << mysql_error(m_c.m_db);
    }
}

void MysqlConnection::killRunningQuery() noexcept
{
    // KILL QUERY from a second connection: the statement running on this one stops with error 1317.
    unsigned errorNumber = 0;
    QString sqlstate;
    QString message;
    MYSQL *killer = openHandle(m_uri, errorNumber, sqlstate, message);
    if (!killer) {
        qCWarning(lcMysql) << "could not connect to cancel the query:" << message;
        return;
    }
    const QByteArray kill = QByteArray("KILL QUERY ") + QByteArray::number(static_cast<qulonglong>(m_threadId));
    if (mysql_query(killer, kill.constData()) != 0)
        qCWarning(lcMysql) << "KILL QUERY failed:" << mysql_error(killer);
    mysql_close(killer);
}

// ---------------------------------------------------------------------------------------------
// MysqlStatement

struct MysqlStatement::Buffers
{
    std::vector<MYSQL_BIND> params;
    std::vector<QByteArray> paramData;
    std::vector<long long> paramInts;
    std::vector<unsigned long> paramLengths;
    std::vector<MYSQL_BIND> results;
    std::vector<QByteArray> resultData;
    std::vector<unsigned long> lengths;
    std::vector<my_bool> nulls;
    std::vector<my_bool> errors;
    std::vector<QByteArray> row; // the current row, in full
    std::vector<bool> rowNull;
    QStringList names;
};

MysqlStatement::MysqlStatement(MysqlConnection &connection, const QString &sql)
    : m_c(connection)
    , m_buffers(std::make_unique<Buffers>())
    , m_sql(sql)
{
    m_stmt = mysql_stmt_init(m_c.m_db);
    if (!m_stmt)
        m_c.fail(sql);
    const QByteArray text = sql.toUtf8();
    qCDebug(lcMysql).noquote() << "prepare" << sql;
    if (mysql_stmt_prepare(m_stmt, text.constData(), static_cast<unsigned long>(text.size())) != 0) {
        const unsigned errorNumber = mysql_stmt_errno(m_stmt);
        const QString sqlstate = QString::fromLatin1(mysql_stmt_sqlstate(m_stmt));
        const QString message = QString::fromUtf8(mysql_stmt_error(m_stmt));
        mysql_stmt_close(m_stmt);
        m_stmt = nullptr;
        m_c.failWith(errorNumber, sqlstate, message);
    }
}

MysqlStatement::~MysqlStatement()
{
    if (m_stmt)
        mysql_stmt_close(m_stmt);
}

void MysqlStatement::failStatement() const
{
    // Some failures (an interrupted fetch) are kept on the connection, not on the statement.
    if (mysql_stmt_errno(m_stmt) == 0 && mysql_errno(m_c.m_db) != 0)
        m_c.fail(m_sql);
    if (mysql_stmt_errno(m_stmt) == 0)
        m_c.failWith(CR_UNKNOWN_ERROR, QStringLiteral("HY000"), QStringLiteral("the server ended the result without saying why"));
    m_c.failWith(mysql_stmt_errno(m_stmt), QString::fromLatin1(mysql_stmt_sqlstate(m_stmt)), QString::fromUtf8(mysql_stmt_error(m_stmt)));
}

int MysqlStatement::parameterCount() const
{
    return static_cast<int>(mysql_stmt_param_count(m_stmt));
}

void MysqlStatement::execute(const QVariantList &params)
{
    Buffers &b = *m_buffers;
    const unsigned long count = mysql_stmt_param_count(m_stmt);
    if (static_cast<unsigned long>(params.size()) != count)
        throw Error(ErrorKind::DatabaseError, QStringLiteral("internal error: %1 parameters for %2 placeholders").arg(params.size()).arg(count));
    b.params.assign(count, MYSQL_BIND{});
    b.paramData.assign(count, QByteArray());
    b.paramInts.assign(count, 0);
    b.paramLengths.assign(count, 0);
    for (unsigned long i = 0; i < count; ++i) {
        const QVariant &v = params.at(static_cast<int>(i));
        MYSQL_BIND &p = b.params[i];
        if (v.isNull()) {
            p.buffer_type = MYSQL_TYPE_NULL;
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            b.paramInts[i] = v.toLongLong();
            p.buffer_type = MYSQL_TYPE_LONGLONG;
            p.buffer = &b.paramInts[i];
        } else {
            // Bytes go as they are (values read from the server, in the connection's character set).
            b.paramData[i] = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
            b.paramLengths[i] = static_cast<unsigned long>(b.paramData[i].size());
            p.buffer_type = MYSQL_TYPE_STRING;
            p.buffer = b.paramData[i].data();
            p.buffer_length = b.paramLengths[i];
            p.length = &b.paramLengths[i];
        }
    }
    if (count > 0 && mysql_stmt_bind_param(m_stmt, b.params.data()) != 0)
        failStatement();
    if (mysql_stmt_execute(m_stmt) != 0)
        failStatement();
    m_columns = mysql_stmt_field_count(m_stmt);
    b.results.assign(m_columns, MYSQL_BIND{});
    b.resultData.assign(m_columns, QByteArray(256, Qt::Uninitialized));
    b.lengths.assign(m_columns, 0);
    b.nulls.assign(m_columns, 0);
    b.errors.assign(m_columns, 0);
    b.row.assign(m_columns, QByteArray());
    b.rowNull.assign(m_columns, true);
    b.names.clear();
    if (m_columns == 0)
        return;
    if (MYSQL_RES *meta = mysql_stmt_result_metadata(m_stmt)) {
        for (unsigned i = 0; i < m_columns; ++i)
            b.names << QString::fromUtf8(mysql_fetch_field_direct(meta, i)->name);
        mysql_free_result(meta);
    }
    for (unsigned i = 0; i < m_columns; ++i) {
        MYSQL_BIND &r = b.results[i];
        r.buffer_type = MYSQL_TYPE_STRING;
        r.buffer = b.resultData[i].data();
        r.buffer_length = static_cast<unsigned long>(b.resultData[i].size());
        r.length = &b.lengths[i];
        r.is_null = &b.nulls[i];
        r.error = &b.errors[i];
    }
    if (mysql_stmt_bind_result(m_stmt, b.results.data()) != 0)
        failStatement();
}

bool MysqlStatement::fetch()
{
    if (m_columns == 0)
        return false;
    Buffers &b = *m_buffers;
    const int rc = mysql_stmt_fetch(m_stmt);
    if (rc == MYSQL_NO_DATA)
        return false;
    if (rc == 1)
        failStatement();
    for (unsigned i = 0; i < m_columns; ++i) {
        b.rowNull[i] = b.nulls[i] != 0;
        if (b.rowNull[i]) {
            b.row[i].clear();
            continue;
        }
        const unsigned long length = b.lengths[i];
        if (length <= static_cast<unsigned long>(b.resultData[i].size())) {
            b.row[i] = QByteArray(b.resultData[i].constData(), static_cast<int>(length));
        } else {
            // Longer than the buffer: read the column again in full.
            QByteArray full(static_cast<int>(length), Qt::Uninitialized);
            MYSQL_BIND one{};
            unsigned long got = 0;
            one.buffer_type = MYSQL_TYPE_STRING;
            one.buffer = full.data();
            one.buffer_length = length;
            one.length = &got;
            if (mysql_stmt_fetch_column(m_stmt, &one, i, 0) != 0)
                failStatement();
            b.row[i] = full;
        }
    }
    return true;
}

QString MysqlStatement::columnName(int column) const
{
    return m_buffers->names.value(column);
}

bool MysqlStatement::isNull(int column) const
{
    return m_buffers->rowNull.at(static_cast<size_t>(column));
}

QString MysqlStatement::text(int column) const
{
    return QString::fromUtf8(m_buffers->row.at(static_cast<size_t>(column)));
}

QByteArray MysqlStatement::bytes(int column) const
{
    return m_buffers->row.at(static_cast<size_t>(column));
}

qint64 MysqlStatement::integer(int column) const
{
    return m_buffers->row.at(static_cast<size_t>(column)).toLongLong();
}

QVariant MysqlStatement::value(int column) const
{
    if (isNull(column))
        return QVariant();
    return text(column);
}

qint64 MysqlStatement::affectedRows() const
{
    return static_cast<qint64>(mysql_stmt_affected_rows(m_stmt));
}

} // namespace fkscope
