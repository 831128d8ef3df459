// SPDX-License-Identifier: Apache-2.0
#include "error.h"

namespace fkscope {

Error::Error(ErrorKind kind, QString summary, ServerMessage server)
    : m_kind(kind)
    , m_summary(std::move(summary))
    , m_server(std::move(server))
    , m_what(m_summary.toStdString())
{
}

QString Error::fullText() const
{
    QString text = m_summary;
    if (!m_server.detail.isEmpty())
        text += QLatin1Char('\n') + QStringLiteral("Detail: ") + m_server.detail;
    if (!m_server.hint.isEmpty())
        text += QLatin1Char('\n') + QStringLiteral("Hint: ") + m_server.hint;
    return text;
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unreachable:
    case ErrorKind::AuthenticationFailed:
    case ErrorKind::DatabaseMissing:
    case ErrorKind::ConnectNotPermitted:
    case ErrorKind::ConnectFailed:
        return 3;
    case ErrorKind::BadInput:
        return 5;
    case ErrorKind::BadArgument:
        return 2;
    case ErrorKind::PermissionDenied:
    case ErrorKind::Timeout:
    case ErrorKind::Cancelled:
    case ErrorKind::ConnectionLost:
    case ErrorKind::DatabaseError:
    case ErrorKind::Unsupported:
        return 4;
    }
    return 4;
}

QString toString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unreachable: return QStringLiteral("unreachable");
    case ErrorKind::AuthenticationFailed: return QStringLiteral("authentication_failed");
    case ErrorKind::DatabaseMissing: return QStringLiteral("database_missing");
    case ErrorKind::ConnectNotPermitted: return QStringLiteral("connect_not_permitted");
    case ErrorKind::ConnectFailed: return QStringLiteral("connect_failed");
    case ErrorKind::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::ConnectionLost: return QStringLiteral("connection_lost");
    case ErrorKind::DatabaseError: return QStringLiteral("database_error");
    case ErrorKind::BadInput: return QStringLiteral("bad_input");
    case ErrorKind::BadArgument: return QStringLiteral("bad_argument");
    case ErrorKind::Unsupported: return QStringLiteral("unsupported");
    }
    return QString();
}

} // namespace fkscope
