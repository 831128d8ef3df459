// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <functional>

namespace fkscope {

// A foreign key by names, that the database need not have (yet): a migration's new key.
struct ForeignKeyDraft
{
    TableRef child;
    TableRef parent;
    QStringList columns;
    QStringList refColumns;
    MatchType match = MatchType::Simple;

    static ForeignKeyDraft of(const SchemaGraph &graph, const ForeignKey &fk);
};

// The rows that would make ADD CONSTRAINT / VALIDATE CONSTRAINT fail.
struct FkViolations
{
    qint64 rows = 0;
    QList<QStringList> sampleKeys; // a few violating keys, the key's columns in order; "NULL" for NULL
    qint64 rowsToCheck = -1; // the child table's estimated rows, what the validation scans; -1 unknown
    qint64 elapsedMs = 0;
};

// Checks that the draft's tables and columns exist in `graph` (a database's graph) and returns its
// child table; throws Error(BadArgument) naming what is missing.
const Table &checkDraftAgainst(const SchemaGraph &graph, const ForeignKeyDraft &draft);

// One set-based statement for every engine: the key columns of the first `sampleLimit` violating
// child rows, each with the total count of violating rows as the last column (window functions, so
// that one scan gives both; no row at all means none). MATCH SIMPLE skips rows with any NULL key
// column; MATCH FULL also counts rows whose key is partly NULL. The parent column is written first
// in each comparison, so that SQLite compares with the parent's collation, as its FK check does.
QString violationQuery(const ForeignKeyDraft &draft, const std::function<QString(const TableRef &)> &relation,
                       const std::function<QString(const QString &)> &quote, int sampleLimit);

// Reads violationQuery's result: `next()` steps to the next row, `isNull(i)` / `text(i)` read column i.
template<typename Next, typename IsNull, typename Text>
void readViolations(FkViolations &out, int keyColumns, Next &&next, IsNull &&isNull, Text &&text)
{
    while (next()) {
        QStringList key;
        for (int i = 0; i < keyColumns; ++i)
            key << (isNull(i) ? QStringLiteral("NULL") : text(i));
        out.sampleKeys << key;
        out.rows = text(keyColumns).toLongLong();
    }
}

} // namespace fkscope
