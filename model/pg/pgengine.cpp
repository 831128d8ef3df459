// SPDX-License-Identifier: Apache-2.0
// PostgreSQL behind the engine seam: anything that is not another engine's source is handed to libpq
// as a conninfo string or URI (PG* variables, ~/.pgpass and pg_service.conf apply).
#include "pgcatalogloader.h"
#include "pgconnection.h"
#include "pglivedatabase.h"
#include "source/sourceengine.h"

namespace fkscope {

namespace {

class PostgresEngine final : public SourceEngine
{
public:
    QString id() const override { return QStringLiteral("postgresql"); }
    QString displayName() const override { return QStringLiteral("PostgreSQL"); }
    EngineCapabilities capabilities() const override { return {true, false, true}; }
    int recognize(const QString &text, QString &location) const override
    {
        location = text;
        return 1;
    }
    std::unique_ptr<CatalogLoader> createLoader(const QString &location) const override
    {
        return std::make_unique<PgCatalogLoader>(location);
    }
    std::unique_ptr<LiveDatabase> openLive(const QString &location) const override
    {
        return std::make_unique<PgLiveDatabase>(location);
    }
    QString probe(const QString &location) const override
    {
        PgConnection c(location);
        return QStringLiteral("PostgreSQL %1").arg(c.serverVersionNum() / 10000);
    }
};

} // namespace

const SourceEngine &postgresEngine()
{
    static const PostgresEngine engine;
    return engine;
}

} // namespace fkscope
