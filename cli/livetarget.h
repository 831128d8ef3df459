#pragma once

#include "rowselection.h"
#include "sourceoptions.h"

#include "pg/pgconnection.h"
#include "schema/schemagraph.h"

#include <memory>
#include <optional>

namespace fkscope::cli {

// What the row-level commands (impact, plan) work on: an open connection, the whole FK graph (cascades
// cross schemas, so schema filters do not apply) and the request with its table resolved as SQL would.
struct LiveTarget
{
    std::unique_ptr<PgConnection> connection;
    SchemaGraph graph;
};

// A usage problem when --db is not a live database.
std::optional<QString> requireLiveDatabase(const SourceOptions &source, const char *needs);
// Connects, resolves --table, loads the graph; fills selection.request(). Throws fkscope::Error.
LiveTarget openLiveTarget(const SourceOptions &source, RowSelection &selection);

} // namespace fkscope::cli
