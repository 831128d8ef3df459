// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rowselection.h"
#include "sourceoptions.h"

#include "schema/schemagraph.h"
#include "source/livedatabase.h"

#include <memory>
#include <optional>

namespace fkscope::cli {

// What the row-level commands (impact, plan) work on: an open database (PostgreSQL or SQLite), the
// whole FK graph (cascades cross schemas, so schema filters do not apply) and the request with its
// table resolved as the engine's SQL would.
struct LiveTarget
{
    std::unique_ptr<LiveDatabase> database;
    SchemaGraph graph;
};

// A usage problem when --db is not a live database.
std::optional<QString> requireLiveDatabase(const SourceOptions &source, const char *needs);
// Connects, loads the graph, resolves --table; fills selection.request(). Throws fkscope::Error.
LiveTarget openLiveTarget(const SourceOptions &source, RowSelection &selection);

} // namespace fkscope::cli
