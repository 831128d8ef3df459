// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impactresult.h"
#include "schema/schemagraph.h"

#include <QSet>

namespace fkscope {

// The foreign key a blocker names (its constraint on its table); null for a CHECK or when the graph
// has no such key. Engines use it to word the error the server raises.
const ForeignKey *blockerForeignKey(const SchemaGraph &graph, const ImpactBlocker &blocker);

// Puts an ImpactResult together the same way for every engine from what its simulation measured:
// effects in the order the engine reached their tables, with the FK paths that lead to them;
// blockers with their table, constraint and path, certain ones first; the outcome; and the
// warnings the schema alone gives for the tables the statement touches. Engines add only what is
// theirs (rows, samples, their own warnings).
class ImpactResultBuilder
{
public:
    ImpactResultBuilder(const SchemaGraph &graph, TableId root, const QString &engine);

    // The foreign keys along which rows moved (CASCADE deletes that reached rows): the paths of
    // effects and blockers follow them. Set before adding effects and blockers.
    void setFlow(const QSet<ForeignKeyId> &flow) { m_flow = flow; }
    const QSet<ForeignKeyId> &flow() const { return m_flow; }

    // One table's counts; call in the order the engine reached the tables, the root first. A table
    // with no row deleted, set NULL or set to its default is left out. `setActions`: the SET NULL /
    // SET DEFAULT foreign keys that updated its rows (paths to them end with the action).
    void addEffect(TableId table, qint64 deleted, qint64 setNull, qint64 setDefault, qint64 updated,
                   const QByteArray &sample, const QList<ForeignKeyId> &setActions);

    // A blocker on `fk`: its child table, its constraint and its path (the first path to the FK's
    // parent, then the FK) filled in; the caller may refine the returned blocker.
    ImpactBlocker &addBlocker(ForeignKeyId fk, BlockerKind kind, qint64 rows, bool certain, const QByteArray &sample);

    // Warnings every engine owes for the tables the DELETE touches: their triggers run, and a SET
    // action that changes a column another foreign key references fires that key's ON UPDATE
    // action (or check), which no simulation here follows.
    void warnAboutTouched(const QList<TableId> &touched, const QList<ForeignKeyId> &setActions);

    ImpactResult &result() { return m_result; }
    // Blockers certain first (stable), and the outcome they give.
    ImpactResult finish();

private:
    const SchemaGraph &m_graph;
    TableId m_root;
    QSet<ForeignKeyId> m_flow;
    ImpactResult m_result;
};

} // namespace fkscope
