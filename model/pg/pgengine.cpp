// SPDX-License-Identifier: Apache-2.0
// PostgreSQL behind the engine seam: anything that is not another engine's source is handed to libpq
// as a conninfo string or URI (PG* variables, ~/.pgpass and pg_service.conf apply).
#include "pgcatalogloader.h"
#include "pgconnection.h"
#include "pglivedatabase.h"
#include "source/conninfo.h"
#include "source/sourceengine.h"

namespace fkscope {

SchemaGraph applyPgMigrations(const SchemaGraph &base, const QStringList &files, const LoadOptions &options); // pgddlengine.cpp

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
    QStringList connectionFields() const override
    {
        return {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("password")};
    }
    QString sourceFromFields(const ConnectionFields &f) const override
    {
        // A libpq conninfo string: values quoted, backslashes and quotes escaped.
        auto quoted = [](const QString &value) {
            QString v = value;
            v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
            return QLatin1Char('\'') + v + QLatin1Char('\'');
        };
        QStringList parts;
        const QList<QPair<const char *, QString>> fields{
            {"host", f.host}, {"port", f.port}, {"dbname", f.database}, {"user", f.user}, {"password", f.password}};
        for (const auto &[key, value] : fields) {
            if (!value.isEmpty())
                parts << QStringLiteral("%1=%2").arg(QLatin1String(key), quoted(value));
        }
        return parts.join(QLatin1Char(' '));
    }
    QString connectionHint() const override
    {
        return QStringLiteral("host=db.example.com dbname=shop user=dba   |   postgresql://dba@db/shop");
    }
    QString defaultPort() const override { return QStringLiteral("5432"); }
    QString passwordHint() const override { return QStringLiteral("~/.pgpass"); }
    QString withoutPassword(const QString &text) const override { return conninfoWithoutPassword(text); }
    SchemaGraph applyMigrations(const QString &, const SchemaGraph &base, const QStringList &files, const LoadOptions &options) const override
    {
        return applyPgMigrations(base, files, options);
    }
};

} // namespace

const SourceEngine &postgresEngine()
{
    static const PostgresEngine engine;
    return engine;
}

} // namespace fkscope
