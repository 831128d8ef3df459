#include "livetarget.h"

#include "pg/pgcatalogloader.h"
#include "pg/pgimpactengine.h"

namespace fkscope::cli {

std::optional<QString> requireLiveDatabase(const SourceOptions &source, const char *needs)
{
    if (source.spec().kind != SourceSpec::Kind::PostgreSQL)
        return QStringLiteral("%1 needs a live database: --db takes a conninfo or URI").arg(QLatin1String(needs));
    return std::nullopt;
}

LiveTarget openLiveTarget(const SourceOptions &source, RowSelection &selection)
{
    LiveTarget target;
    target.connection = std::make_unique<PgConnection>(source.spec().location);
    ImpactRequest &request = selection.request();
    request.timeoutMs = source.loadOptions().timeoutMs;
    request.table = PgImpactEngine::resolveTable(*target.connection, selection.tableName());
    LoadOptions all = source.loadOptions();
    all.includeSchemas.clear();
    all.excludeSchemas.clear();
    target.graph = PgCatalogLoader(*target.connection).load(all);
    return target;
}

} // namespace fkscope::cli
