// SPDX-License-Identifier: Apache-2.0
// MySQL and MariaDB behind the engine seam: `mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?socket=PATH]`
// or `mariadb://...`, read through Connector/C.
#include "mysqlcatalogloader.h"
#include "mysqlconnection.h"
#include "mysqllivedatabase.h"
#include "mysqlschemadialect.h"
#include "source/sourceengine.h"

#include <QUrl>
#include <QUrlQuery>

namespace fkscope {

namespace {

class MysqlEngine final : public SourceEngine
{
public:
    QString id() const override { return QStringLiteral("mysql"); }
    QString displayName() const override { return QStringLiteral("MySQL/MariaDB"); }
    EngineCapabilities capabilities() const override { return {true, false, true}; }
    int recognize(const QString &text, QString &location) const override
    {
        location = text;
        return MysqlUri::looksLikeUri(text) ? 100 : 0;
    }
    std::unique_ptr<CatalogLoader> createLoader(const QString &location) const override
    {
        return std::make_unique<MysqlCatalogLoader>(location);
    }
    std::unique_ptr<LiveDatabase> openLive(const QString &location) const override
    {
        return std::make_unique<MysqlLiveDatabase>(location);
    }
    QStringList connectionFields() const override
    {
        return {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("socket"), QStringLiteral("database"),
                QStringLiteral("user"), QStringLiteral("password")};
    }
    QString sourceFromFields(const ConnectionFields &f) const override
    {
        QUrl url;
        url.setScheme(QStringLiteral("mysql"));
        url.setUserName(f.user, QUrl::DecodedMode);
        if (!f.password.isEmpty())
            url.setPassword(f.password, QUrl::DecodedMode);
        url.setHost(f.host.isEmpty() ? QStringLiteral("localhost") : f.host);
        if (f.port.toInt() > 0)
            url.setPort(f.port.toInt());
        url.setPath(QLatin1Char('/') + f.database, QUrl::DecodedMode);
        if (!f.socket.isEmpty()) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("socket"), QString(f.socket).replace(QLatin1Char('%'), QLatin1String("%25")));
            url.setQuery(query);
        }
        return url.toString(QUrl::FullyEncoded);
    }
    QString connectionHint() const override
    {
        return QStringLiteral("mysql://dba@db.example.com/shop   |   mariadb://dba@localhost/shop?socket=/run/mysqld/mysqld.sock");
    }
    QString defaultPort() const override { return QStringLiteral("3306"); }
    QString passwordHint() const override { return QStringLiteral("MYSQL_PWD, ~/.my.cnf"); }
    QString withoutPassword(const QString &text) const override
    {
        try {
            return MysqlUri::parse(text).display();
        } catch (const Error &) {
            return QString();
        }
    }
    const SchemaDialect &schemaDialect() const override
    {
        static const MysqlSchemaDialect dialect;
        return dialect;
    }
    QString probe(const QString &location) const override
    {
        MysqlConnection c(location);
        return QStringLiteral("%1 %2").arg(c.server().isMariaDb() ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"),
                                           c.server().version.section(QLatin1Char('.'), 0, 1));
    }
};

} // namespace

const SourceEngine &mysqlEngine()
{
    static const MysqlEngine engine;
    return engine;
}

} // namespace fkscope
