// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactrequest.h"
#include "schema/schemagraph.h"

#include <functional>

namespace fkscope {

// A reviewable SQL script that deletes the requested rows together with every row that blocks them
// through RESTRICT / NO ACTION foreign keys (children first), inside BEGIN / COMMIT. What CASCADE,
// SET NULL and SET DEFAULT handle is left to the database. The script is text: nothing runs it.
// Self references are handled with a recursive CTE; a cycle through several tables cannot be
// ordered statement by statement and is reported as Error(Unsupported).
struct DeletePlanScript
{
    QString sql;
    QList<TableId> order; // tables with a DELETE statement, in script order (the root last)
};

using QuoteFn = std::function<QString(const QString &)>;

// PostgreSQL: DELETE FROM ONLY, rows walked by (tableoid, ctid). SQLite: PRAGMA foreign_keys = ON
// first (the script relies on the database's CASCADE), rows walked by rowid.
enum class SqlDialect { PostgreSQL, SQLite };

DeletePlanScript buildDeletePlan(const SchemaGraph &graph, const ImpactRequest &request, const QuoteFn &quoteName,
                                 const QuoteFn &quoteLiteral, const QStringList &notes = {},
                                 SqlDialect dialect = SqlDialect::PostgreSQL);

} // namespace fkscope
