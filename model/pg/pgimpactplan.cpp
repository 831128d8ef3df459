// SPDX-License-Identifier: Apache-2.0
#include "pgimpactplan.h"

namespace fkscope {

ImpactPlan ImpactPlan::build(const SchemaGraph &graph, TableId root, const std::function<bool(TableId)> &readable)
{
    ImpactPlan plan;
    plan.root = root;

    // Closure over CASCADE edges, stopping at tables the user cannot read (listed as unknown).
    plan.closure = graph.cascadeClosure(root, readable);
    plan.inClosure = QSet<TableId>(plan.closure.begin(), plan.closure.end());
    QSet<TableId> unknown;
    for (TableId parent : plan.closure) {
        for (ForeignKeyId id : graph.incoming(parent)) {
            const ForeignKey &fk = graph.foreignKey(id);
            if (!readable(fk.child)) {
                unknown.insert(fk.child);
                continue;
            }
            switch (fk.onDelete) {
            case FkAction::Cascade: plan.cascades.append(id); break;
            case FkAction::SetNull:
            case FkAction::SetDefault: plan.setActions.append(id); break;
            case FkAction::Restrict:
            case FkAction::NoAction: plan.checks.append(id); break;
            }
        }
    }
    plan.unknown = QList<TableId>(unknown.begin(), unknown.end());
    std::sort(plan.unknown.begin(), plan.unknown.end());

    // Columns carried per closure table: the primary key (for samples), then referenced columns.
    for (TableId t : plan.closure) {
        QStringList cols = graph.table(t).primaryKey;
        for (ForeignKeyId id : graph.incoming(t)) {
            for (const QString &c : graph.foreignKey(id).refColumns) {
                if (!cols.contains(c))
                    cols.append(c);
            }
        }
        plan.carried.insert(t, cols);
    }

    // Tables reached at more than one depth. With d the breadth-first distance over CASCADE foreign
    // keys, a path whose every step goes from d to d + 1 reaches its end at exactly d(end); a step
    // p -> c with d(c) <= d(p) (a cycle, a self reference, a shortcut) reaches c at two depths, and
    // with it everything downstream of c. Nothing else can be reached at two depths.
    QHash<TableId, int> &distance = plan.depth;
    distance.insert(root, 0);
    for (TableId t : plan.closure) { // breadth-first order
        for (ForeignKeyId id : graph.incoming(t)) {
            const ForeignKey &fk = graph.foreignKey(id);
            if (fk.onDelete == FkAction::Cascade && plan.inClosure.contains(fk.child) && !distance.contains(fk.child))
                distance.insert(fk.child, distance.value(t) + 1);
        }
    }
    QList<TableId> again;
    for (ForeignKeyId id : plan.cascades) {
        const ForeignKey &fk = graph.foreignKey(id);
        if (distance.value(fk.child) != distance.value(fk.parent) + 1 && !plan.revisited.contains(fk.child)) {
            plan.revisited.insert(fk.child);
            again.append(fk.child);
        }
    }
    while (!again.isEmpty()) {
        const TableId parent = again.takeLast();
        for (ForeignKeyId id : graph.incoming(parent)) {
            const ForeignKey &fk = graph.foreignKey(id);
            if (fk.onDelete == FkAction::Cascade && plan.inClosure.contains(fk.child) && !plan.revisited.contains(fk.child)) {
                plan.revisited.insert(fk.child);
                again.append(fk.child);
            }
        }
    }
    return plan;
}

} // namespace fkscope
