#include "pgimpactplan.h"

namespace fkscope {

ImpactPlan ImpactPlan::build(const SchemaGraph &graph, TableId root, int maxLevel,
                             const std::function<bool(TableId)> &readable)
{
    ImpactPlan plan;
    plan.root = root;
    plan.maxLevel = maxLevel;

    // Closure over CASCADE edges, stopping at tables the user cannot read.
    QList<TableId> queue{root};
    plan.inClosure.insert(root);
    QSet<TableId> unknown;
    while (!queue.isEmpty()) {
        const TableId parent = queue.takeFirst();
        plan.closure.append(parent);
        for (ForeignKeyId id : graph.incoming(parent)) {
            const ForeignKey &fk = graph.foreignKey(id);
            if (!readable(fk.child)) {
                unknown.insert(fk.child);
                continue;
            }
            if (fk.onDelete == FkAction::Cascade && !plan.inClosure.contains(fk.child)) {
                plan.inClosure.insert(fk.child);
                queue.append(fk.child);
            }
        }
    }
    for (TableId parent : plan.closure) {
        for (ForeignKeyId id : graph.incoming(parent)) {
            const ForeignKey &fk = graph.foreignKey(id);
            if (!readable(fk.child))
                continue;
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

    // Levels: which tables can hold rows at each depth.
    plan.levels.append(QList<TableId>{root});
    for (int level = 1; level <= maxLevel; ++level) {
        QList<TableId> next;
        for (ForeignKeyId id : plan.cascades) {
            const ForeignKey &fk = graph.foreignKey(id);
            if (plan.levels.last().contains(fk.parent) && !next.contains(fk.child))
                next.append(fk.child);
        }
        if (next.isEmpty())
            break;
        std::sort(next.begin(), next.end());
        plan.levels.append(next);
    }
    plan.capped = plan.levels.size() > maxLevel;
    return plan;
}

} // namespace fkscope
