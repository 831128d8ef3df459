// SPDX-License-Identifier: Apache-2.0
#include "pgconnection.h"

#include <QCoreApplication>
#include <pqxx/except>

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPg, "fkscope.pg", QtInfoMsg)

namespace fkscope {

namespace {

QString trimmed(const std::string &s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())).trimmed(); }

bool contains(const QString &haystack, const char *needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

PgConnection::PgConnection(const QString &conninfo)
{
    try {
        m_conn = std::make_unique<pqxx::connection>(conninfo.toStdString());
        m_serverVersion = m_conn->server_version();
    } catch (const std::exception &e) {
        throw translateConnectFailure(e);
    }
    qCDebug(lcPg) << "connected to" << m_conn->dbname() << "server version" << m_serverVersion;
}

PgConnection::~PgConnection() = default;

int PgConnection::backendPid() const { return m_conn->backendpid(); }

void PgConnection::cancelRunningQuery() noexcept
{
    try {
        m_conn->cancel_query();
    } catch (const std::exception &e) {
        qCWarning(lcPg) << "cancel request failed:" << e.what();
    }
}

ServerMessage PgConnection::parseServerText(const std::string &text, const std::string &sqlstate)
{
    ServerMessage msg;
    msg.sqlstate = QString::fromStdString(sqlstate);
    const QString all = QString::fromUtf8(text.data(), static_cast<int>(text.size()));
    static const QRegularExpression field(
        QStringLiteral("^(ERROR|FATAL|PANIC|WARNING|DETAIL|HINT|CONTEXT|LINE \\d+):\\s+"));
    QString *current = &msg.message;
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        const auto m = field.match(line);
        if (m.hasMatch()) {
            const QString tag = m.captured(1);
            const QString rest = line.mid(m.capturedLength());
            if (tag == QLatin1String("DETAIL"))
                current = &msg.detail;
            else if (tag == QLatin1String("HINT"))
                current = &msg.hint;
            else if (tag.startsWith(QLatin1String("LINE")) || tag == QLatin1String("CONTEXT"))
                current = nullptr;
            else {
                msg.severity = tag;
                current = &msg.message;
            }
            if (current)
                *current = current->isEmpty() ? rest : *current + QLatin1Char('\n') + rest;
        } else if (current && !line.trimmed().isEmpty() && current != &msg.message) {
            *current += QLatin1Char('\n') + line.trimmed();
        } else if (current == &msg.message && msg.message.isEmpty() && !line.trimmed().isEmpty()) {
            msg.message = line.trimmed();
        }
    }
    if (msg.message.isEmpty())
        msg.message = all.trimmed();
    return msg;
}

Error PgConnection::translate(const std::exception &e, bool cancelRequested)
{
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e)) {
        ServerMessage msg = parseServerText(sql->what(), sql->sqlstate());
        const QString &state = msg.sqlstate;
        if (state == QLatin1String("57014")) {
            if (contains(msg.message, "statement timeout"))
                return Error(ErrorKind::Timeout,
                             QCoreApplication::translate("fkscope::Messages", "The query ran longer than the statement timeout and was stopped: %1")
                                 .arg(msg.message),
                             msg);
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The query was cancelled."), msg);
        }
        if (state == QLatin1String("55P03"))
            return Error(ErrorKind::Timeout,
                         QCoreApplication::translate("fkscope::Messages", "Gave up waiting for a lock held by another session: %1").arg(msg.message),
                         msg);
        if (state == QLatin1String("42501"))
            return Error(ErrorKind::PermissionDenied,
                         QCoreApplication::translate("fkscope::Messages", "The database refused access: %1").arg(msg.message), msg);
        if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
            || state == QLatin1String("57P02") || state == QLatin1String("57P03"))
            return Error(ErrorKind::ConnectionLost,
                         QCoreApplication::translate("fkscope::Messages", "The connection to the server was lost: %1").arg(msg.message), msg);
        if (cancelRequested)
            return Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The query was cancelled."), msg);
        return Error(ErrorKind::DatabaseError, QCoreApplication::translate("fkscope::Messages", "The database reported an error: %1").arg(msg.message),
                     msg);
    }
    if (dynamic_cast<const pqxx::broken_connection *>(&e) || dynamic_cast<const pqxx::in_doubt_error *>(&e)) {
        ServerMessage msg = parseServerText(e.what(), std::string());
        // When the server closes the connection in the middle of a statement (a restart, a shutdown,
        // pg_terminate_backend), libpqxx 6.4 reports it by failing to read the client encoding.
        if (msg.message.isEmpty() || contains(msg.message, "not connected"))
            msg.message = QCoreApplication::translate("fkscope::Messages", "the server closed it (restarted, shut down, or the session was "
                                                                           "ended), or the network dropped.");
        return Error(ErrorKind::ConnectionLost,
                     QCoreApplication::translate("fkscope::Messages", "The connection to the server was lost: %1").arg(msg.message), msg);
    }
    if (cancelRequested)
        return Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The query was cancelled."));
    ServerMessage msg;
    msg.message = trimmed(e.what());
    return Error(ErrorKind::DatabaseError, QCoreApplication::translate("fkscope::Messages", "Database client error: %1").arg(msg.message), msg);
}

Error PgConnection::translateConnectFailure(const std::exception &e)
{
    // libpq gives connection failures as text only (no SQLSTATE reaches the client), so they are
    // classified by the stable English phrases libpq and the server use.
    ServerMessage msg = parseServerText(e.what(), std::string());
    QString text = trimmed(e.what());
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text = text.simplified();
    msg.message = text;
    if (contains(text, "password authentication failed") || contains(text, "no password supplied")
        || contains(text, "authentication failed") || contains(text, "no pg_hba.conf entry")
        || (contains(text, "role \"") && contains(text, "does not exist")))
        return Error(ErrorKind::AuthenticationFailed, QCoreApplication::translate("fkscope::Messages", "Authentication failed: %1").arg(text), msg);
    if (contains(text, "database \"") && contains(text, "does not exist"))
        return Error(ErrorKind::DatabaseMissing, QCoreApplication::translate("fkscope::Messages", "The database does not exist: %1").arg(text), msg);
    if (contains(text, "permission denied for database") || contains(text, "not permitted to log in")
        || contains(text, "too many connections"))
        return Error(ErrorKind::ConnectNotPermitted,
                     QCoreApplication::translate("fkscope::Messages", "The server refused the connection: %1").arg(text), msg);
    if (contains(text, "Connection refused") || contains(text, "No such file or directory")
        || contains(text, "could not translate host name") || contains(text, "timeout expired")
        || contains(text, "Network is unreachable") || contains(text, "No route to host")
        || contains(text, "could not connect"))
        return Error(ErrorKind::Unreachable, QCoreApplication::translate("fkscope::Messages", "Cannot reach the PostgreSQL server: %1").arg(text), msg);
    if (contains(text, "invalid connection option") || contains(text, "missing \"=\"")
        || contains(text, "invalid URI") || contains(text, "unterminated quoted string"))
        return Error(ErrorKind::ConnectFailed, QCoreApplication::translate("fkscope::Messages", "The connection string is not valid: %1").arg(text),
                     msg);
    return Error(ErrorKind::ConnectFailed, QCoreApplication::translate("fkscope::Messages", "Cannot connect: %1").arg(text), msg);
}

QString fieldText(const pqxx::field &field)
{
    if (field.is_null())
        return QString();
    return QString::fromUtf8(field.c_str(), static_cast<int>(field.size()));
}

QStringList fieldTextArray(const pqxx::field &field)
{
    QStringList out;
    if (field.is_null())
        return out;
    pqxx::array_parser parser = field.as_array();
    for (auto item = parser.get_next(); item.first != pqxx::array_parser::done; item = parser.get_next()) {
        if (item.first == pqxx::array_parser::string_value)
            out.append(QString::fromStdString(item.second));
        else if (item.first == pqxx::array_parser::null_value)
            out.append(QString());
    }
    return out;
}

std::string textArrayLiteral(const QStringList &values)
{
    std::string out = "{";
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (char c : values[i].toStdString()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace fkscope
