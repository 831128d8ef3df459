// SPDX-License-Identifier: Apache-2.0
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSqlite, "fkscope.sqlite", QtInfoMsg)

namespace fkscope {

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : m_path(path)
{
    const QFileInfo file(path);
    if (!file.exists())
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "No SQLite file at %1.").arg(path));
    if (!file.isFile() || !file.isReadable())
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "%1 is not a readable file.").arg(path));
    // A URI keeps mode=ro even if the path has characters SQLite would take for options.
    QUrl uri = QUrl::fromLocalFile(file.absoluteFilePath());
    uri.setScheme(QStringLiteral("file"));
    QString text = uri.toString(QUrl::FullyEncoded);
    if (mode == Mode::ReadOnly)
        text += QStringLiteral("?mode=ro");
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_URI
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(text.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QCoreApplication::translate("fkscope::Messages", "out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot open %1 as SQLite: %2.").arg(path, message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_progress_handler(m_db, 1000, &SqliteConnection::progress, this);
    // Reading the schema is the first real access: a file that is not a database fails here. The
    // destructor does not run when the constructor throws, so the handle is closed here.
    try {
        SqliteStatement probe(*this, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        probe.step();
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

int SqliteConnection::progress(void *self)
{
    auto *c = static_cast<SqliteConnection *>(self);
    if (c->m_uninterruptible.load())
        return 0;
    if (c->m_cancelled.load())
        return 1;
    if (c->m_deadline && QDateTime::currentMSecsSinceEpoch() > c->m_deadline) {
        c->m_timedOut = true;
        return 1;
    }
    return 0;
}

SqliteConnection::Guard::Guard(SqliteConnection &c, const CancelToken &token, int timeoutMs)
    : m_c(c)
{
    m_c.m_cancelled = token.isCancelled();
    m_c.m_timedOut = false;
    m_c.m_deadline = timeoutMs > 0 ? QDateTime::currentMSecsSinceEpoch() + timeoutMs : 0;
    sqlite3 *db = c.m_db;
    std::atomic<bool> *flag = &c.m_cancelled;
    m_hook = token.onCancel([db, flag] {
        flag->store(true);
        sqlite3_interrupt(db);
    });
}

SqliteConnection::Guard::~Guard()
{
    m_hook = CancelToken::HookGuard();
    m_c.m_cancelled = false;
    m_c.m_deadline = 0;
}

void SqliteConnection::exec(const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(rc, sql);
    }
}

bool SqliteConnection::execUninterrupted(const QString &sql)
{
    Uninterruptible quiet(*this);
    int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_INTERRUPT) // a cancel that came in between: sqlite3_interrupt() is over once nothing runs
        rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    return rc == SQLITE_OK;
}

void SqliteConnection::fail(int rc, const QString &context) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    ServerMessage server;
    server.message = message;
    server.sqlstate = QString::fromUtf8(sqlite3_errstr(rc));
    // The extended result code, as SQLite's shell prints it (787: a foreign key failed).
    server.code = QString::number(m_db ? sqlite3_extended_errcode(m_db) : rc);
    qCDebug(lcSqlite).noquote() << "failed:" << message << "in" << context.left(2000);
    const int primary = rc & 0xff;
    if (primary == SQLITE_INTERRUPT) {
        if (m_timedOut)
            throw Error(ErrorKind::Timeout, QCoreApplication::translate("fkscope::Messages", "The statement ran out of time and was stopped."), server);
        throw Error(ErrorKind::Cancelled, QStringLiteral("Cancelled."), server);
    }
    // A damaged header names a file format SQLite does not have: the file is bad input too.
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT || message.startsWith(QLatin1String("unsupported file format")))
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "%1 is not a valid SQLite database: %2.").arg(m_path, message), server);
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR)
        throw Error(ErrorKind::Unreachable, QCoreApplication::translate("fkscope::Messages", "Cannot read %1: %2.").arg(m_path, message), server);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        throw Error(ErrorKind::Timeout, QCoreApplication::translate("fkscope::Messages", "%1 is locked by another connection: %2.").arg(m_path, message), server);
    if (primary == SQLITE_AUTH || primary == SQLITE_PERM || primary == SQLITE_READONLY)
        throw Error(ErrorKind::PermissionDenied, message, server);
    throw Error(ErrorKind::DatabaseError, message, server);
}

QString SqliteConnection::quoteName(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString SqliteConnection::quoteLiteral(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

SqliteTransaction::SqliteTransaction(SqliteConnection &connection)
    : m_c(connection)
{
    m_c.exec(QStringLiteral("BEGIN"));
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        sqlite3_exec(m_c.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::end()
{
    m_open = false;
    m_c.exec(QStringLiteral("COMMIT"));
}

SqliteStatement::SqliteStatement(SqliteConnection &connection, const QString &sql)
    : m_c(connection)
    , m_sql(sql)
{
    qCDebug(lcSqlite).noquote() << "prepare:" << sql;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_c.m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        m_c.fail(rc, sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_c.fail(rc, m_sql);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_c.fail(rc, m_sql);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_c.fail(rc, m_sql);
}

int SqliteStatement::columnCount() const { return sqlite3_column_count(m_stmt); }

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

QVariant SqliteStatement::value(int column) const
{
    return isNull(column) ? QVariant() : QVariant(text(column));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

} // namespace fkscope
