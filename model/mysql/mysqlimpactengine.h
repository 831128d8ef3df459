// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactengine.h"
#include "schema/schemagraph.h"

namespace fkscope {

class MysqlConnection;

// Simulates `DELETE FROM db.table WHERE ...` on MySQL / MariaDB (InnoDB) read-only, in InnoDB's own
// order, so that the outcome, the counts and the error the server raises are the engine's:
// - The DELETE goes row by row in its scan order: the order of the index the plan reads (EXPLAIN),
//   the primary key for a full or primary-key scan.
// - For each deleted row InnoDB visits the foreign keys that reference its table grouped by the
//   parent index they use (the clustered index first, then each secondary index in the table's
//   index order), within a group in byte order of the FK id "db/name". It finds the child rows
//   through the first child index that starts with the FK's columns, in that index's order.
// - RESTRICT and NO ACTION fail at once: a child row whose index entry is not yet delete-marked
//   blocks (a row the statement is deleting right now, whose own entry in that index is still
//   there, blocks too: a row whose RESTRICT self-reference points at itself cannot be deleted).
// - CASCADE and SET NULL act at once, depth first; a nested action at the 15th level fails (error
//   1296 / "Got error 193" on MariaDB, 3008 on MySQL), checked before rows already being deleted are
//   skipped.
// The rows the statement can reach are read first, set-based: one query per (level, foreign key),
// values bound in chunks, each child list in its index order; the replay then runs on those rows
// in memory. Client memory is proportional to the rows the DELETE reaches, not to table sizes.
// After the first error the replay goes on, so every blocker is listed; the first is the one the
// server raises (ImpactResult::firstError).
class MysqlImpactEngine : public ImpactEngine
{
public:
    MysqlImpactEngine(MysqlConnection &connection, const SchemaGraph &graph);

    ImpactResult simulate(const ImpactRequest &request, const CancelToken &cancel = CancelToken(),
                          const ProgressFn &progress = {}) override;

    // NAME (the URI's database) or DB.NAME, backticks allowed. Throws Error(BadInput).
    static TableRef resolveTable(const SchemaGraph &graph, const QString &defaultDatabase, const QString &name);
    // `db`.`table`
    static QString relation(const TableRef &table);
    // The predicate selecting the request's rows, parameters appended to `params`; `alias`
    // qualifies key columns.
    static QString rootPredicate(const ImpactRequest &request, const QString &alias, QVariantList &params);
    // The InnoDB message of error 1451 for `fk` (what the server prints after "a foreign key
    // constraint fails").
    static QString constraintText(const SchemaGraph &graph, const ForeignKey &fk);

    // The most rows the replay reads before it gives up with Error(Unsupported).
    static constexpr qint64 kMaxRows = 2'000'000;
    // InnoDB's FK_MAX_CASCADE_DEL: a nested action at this level fails.
    static constexpr int kMaxCascadeLevel = 15;

private:
    MysqlConnection &m_connection;
    const SchemaGraph &m_graph;
};

} // namespace fkscope
