// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactengine.h"
#include "schema/schemagraph.h"

#include <functional>
#include <string>
#include <vector>

namespace fkscope {

class PgConnection;

// Simulates `DELETE FROM table WHERE ...` on PostgreSQL without writing: one REPEATABLE READ,
// READ ONLY transaction (so it also runs on a hot standby), one set-based statement whose recursive
// part walks the rows the cascades reach. See pgimpactplan.h for the model.
class PgImpactEngine : public ImpactEngine
{
public:
    // `graph` must be a full load of the same database (every schema a cascade can reach).
    PgImpactEngine(PgConnection &connection, const SchemaGraph &graph);

    ImpactResult simulate(const ImpactRequest &request, const CancelToken &cancel = CancelToken(),
                          const ProgressFn &progress = {}) override;

    // Resolves a table name the way PostgreSQL does (identifier syntax, search_path).
    // Throws Error(BadInput) when there is no such table.
    static TableRef resolveTable(PgConnection &connection, const QString &name);

    // The predicate selecting the request's rows: key values as $1, $2... (appended to `params`),
    // the WHERE text as written. `alias` qualifies key columns ("c" gives c."id"; empty: bare).
    static QString rootPredicate(const ImpactRequest &request, const QString &alias,
                                 const std::function<QString(const QString &)> &quoteName,
                                 std::vector<std::string> &params);

private:
    PgConnection &m_connection;
    const SchemaGraph &m_graph;
};

} // namespace fkscope
