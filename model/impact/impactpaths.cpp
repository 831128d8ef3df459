// SPDX-License-Identifier: Apache-2.0
#include "impactpaths.h"

#include <functional>

namespace fkscope {

QList<QStringList> impactPathsTo(const SchemaGraph &g, TableId root, TableId target, const QSet<ForeignKeyId> &flow,
                                 int limit)
{
    QList<QStringList> out;
    if (target == root) {
        out.append(QStringList());
        return out;
    }
    QList<ForeignKeyId> stack;
    QSet<TableId> onPath{root};
    std::function<void(TableId)> walk = [&](TableId at) {
        if (out.size() >= limit || stack.size() > 16)
            return;
        for (ForeignKeyId id : g.incoming(at)) {
            if (!flow.contains(id))
                continue;
            const TableId child = g.foreignKey(id).child;
            if (onPath.contains(child))
                continue;
            stack.append(id);
            if (child == target) {
                QStringList names;
                for (ForeignKeyId s : stack)
                    names << g.foreignKey(s).name;
                out.append(names);
            } else {
                onPath.insert(child);
                walk(child);
                onPath.remove(child);
            }
            stack.removeLast();
            if (out.size() >= limit)
                return;
        }
    };
    walk(root);
    return out;
}

} // namespace fkscope
