// SPDX-License-Identifier: Apache-2.0
#include "mysqluri.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace fkscope {

bool MysqlUri::looksLikeUri(const QString &text)
{
    return text.startsWith(QLatin1String("mysql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("mariadb://"), Qt::CaseInsensitive);
}

MysqlUri MysqlUri::parse(const QString &text)
{
    if (!looksLikeUri(text))
        throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::Messages", "Not a MySQL URI (mysql://USER@HOST[:PORT]/DATABASE): %1").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::Messages", "Cannot read the MySQL URI: %1.").arg(url.errorString()));
    MysqlUri uri;
    uri.scheme = url.scheme().toLower();
    uri.user = url.userName(QUrl::FullyDecoded);
    // "user:@host" names an empty password; "user@host" none (then MYSQL_PWD or ~/.my.cnf).
    const QString afterScheme = text.mid(text.indexOf(QLatin1String("://")) + 3);
    const QString authority = afterScheme.left(afterScheme.indexOf(QRegularExpression(QStringLiteral("[/?#]"))));
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0 && authority.left(at).contains(QLatin1Char(':')))
        uri.password = url.password(QUrl::FullyDecoded);
    uri.host = url.host(QUrl::FullyDecoded);
    uri.port = url.port(0);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::Messages", "A MySQL URI names one database: %1").arg(path));
    uri.database = path;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("socket"))
            uri.socket = item.second;
        else
            throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::Messages", "Unknown option in the MySQL URI: %1 (only socket= is read).").arg(item.first));
    }
    return uri;
}

QString MysqlUri::display() const
{
    QUrl url;
    url.setScheme(scheme.isEmpty() ? QStringLiteral("mysql") : scheme);
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database, QUrl::DecodedMode);
    if (!socket.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("socket"), QString(socket).replace(QLatin1Char('%'), QLatin1String("%25")));
        url.setQuery(q);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace fkscope
