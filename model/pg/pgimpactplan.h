// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace fkscope {

// What one simulated DELETE touches, worked out from the schema before any row is read.
//
// PostgreSQL runs referential actions as AFTER ROW triggers whose own statements queue further
// events at the end of the same queue (SPI with fire_triggers = false), so the statement proceeds in
// batches: the rows the DELETE removes fire their events in batch 0; a row removed by a cascade event
// of batch k fires its events in batch k + 1. A row's batch is therefore its breadth-first depth from
// the deleted rows, and a RESTRICT / NO ACTION check or a SET NULL / SET DEFAULT update for parent
// row r (in batch depth(r)) sees a child row c if c is not yet deleted then: depth(c) > depth(r).
// When depth(c) == depth(r) + 1 both events are in the same batch; their order is the trigger order
// when the same parent row fires both, and otherwise the order in which rows were visited, which no
// schema can tell (the result then says so). Verified against PostgreSQL 15 (tests/data and
// tst_pgimpactengine).
//
// The depths are computed set-based in one recursive query whose working row holds, per table, the
// rows first reached at the current depth (ctid, tableoid and the key columns other foreign keys
// reference, as arrays): each iteration looks up their CASCADE children by those keys, so the work
// grows with the rows the DELETE touches, not with the paths of the schema (issue 15: cycles once
// unrolled into 32 levels and 115 KB of SQL). A table that chains of different lengths reach
// (cycles, self references, shortcuts) also carries the rows it has seen, so that a row is counted
// at its first depth only. See pgimpactsql.cpp.
struct ImpactPlan
{
    TableId root = kInvalidId;
    QList<TableId> closure; // tables a chain of CASCADE FKs reaches from the root (root first)
    QSet<TableId> inClosure;
    QList<ForeignKeyId> cascades; // CASCADE FKs inside the closure
    QList<ForeignKeyId> setActions; // SET NULL / SET DEFAULT FKs whose parent is in the closure
    QList<ForeignKeyId> checks; // RESTRICT / NO ACTION FKs whose parent is in the closure
    QList<TableId> unknown; // no SELECT privilege: left out, with everything only they lead to
    // Per closure table: the columns its all_<table> CTE carries (primary key first, then every column a
    // foreign key into the table references).
    QHash<TableId, QStringList> carried;
    // Closure tables that chains of CASCADE foreign keys of different lengths reach: their rows can
    // be found again at a later depth, so the query remembers the rows it has.
    QSet<TableId> revisited;
    // Breadth-first depth over CASCADE foreign keys: the one depth of every closure table that is
    // not revisited.
    QHash<TableId, int> depth;

    // Builds the plan; `readable` tells whether the user may SELECT a table.
    static ImpactPlan build(const SchemaGraph &graph, TableId root, const std::function<bool(TableId)> &readable);

    int carriedIndex(TableId table, const QString &column) const { return carried.value(table).indexOf(column); }
};

// The SQL text of one simulation, and how to read its result rows.
struct ImpactSql
{
    std::string text;
    // Result rows: (what, a, b, certain, uncertain, sample). See pgimpactsql.cpp.
};

using QuoteName = std::function<QString(const QString &identifier)>;

// `selection` is the predicate on the root table (alias c), already written with $n parameters.
// `triggerName` gives the name of a foreign key's ON DELETE trigger on its parent (PostgreSQL fires
// same-row triggers in name order); empty when unknown.
ImpactSql buildImpactSql(const SchemaGraph &graph, const ImpactPlan &plan, const QString &selection, int samples,
                         const QuoteName &quote, const std::function<QByteArray(ForeignKeyId)> &triggerName);

} // namespace fkscope
