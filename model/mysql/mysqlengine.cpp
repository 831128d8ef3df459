// SPDX-License-Identifier: Apache-2.0
// MySQL and MariaDB behind the engine seam: `mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?socket=PATH]`
// or `mariadb://...`, read through Connector/C.
#include "mysqlcatalogloader.h"
#include "mysqlconnection.h"
#include "mysqllivedatabase.h"
#include "source/sourceengine.h"

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
