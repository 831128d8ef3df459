// SPDX-License-Identifier: Apache-2.0
#include "livetarget.h"

#include <QCoreApplication>

namespace fkscope::cli {

std::optional<QString> requireLiveDatabase(const SourceOptions &source, const char *needs)
{
    if (!source.spec().capabilities().liveDatabase)
        return QCoreApplication::translate("fkscope::cli", "%1 needs a live database: --db takes a conninfo, a PostgreSQL or MySQL URI or a SQLite file, not a snapshot")
            .arg(QLatin1String(needs));
    return std::nullopt;
}

LiveTarget openLiveTarget(const SourceOptions &source, RowSelection &selection)
{
    LiveTarget target;
    target.database = openLiveDatabase(source.spec());
    LoadOptions all = source.loadOptions();
    all.includeSchemas.clear();
    all.excludeSchemas.clear();
    target.graph = target.database->loadGraph(all);
    ImpactRequest &request = selection.request();
    request.timeoutMs = source.loadOptions().timeoutMs;
    request.table = target.database->resolveTable(target.graph, selection.tableName());
    return target;
}

} // namespace fkscope::cli
