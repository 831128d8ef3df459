// SPDX-License-Identifier: Apache-2.0
#include "snapshotloader.h"

#include "snapshot.h"

namespace fkscope {

SnapshotLoader::SnapshotLoader(QString path)
    : m_path(std::move(path))
{
}

SchemaGraph SnapshotLoader::load(const LoadOptions &options)
{
    SchemaGraph all = snapshot::readFile(m_path);
    if (options.includeSchemas.isEmpty() && options.excludeSchemas.isEmpty())
        return all;
    // Same selection rule as the live loader: chosen schemas, plus tables an FK links to them.
    auto selected = [&](const Table &t) {
        return !t.external && options.selects(t.schema);
    };
    QList<bool> keep(all.tables().size(), false), chosen(all.tables().size(), false);
    for (TableId id = 0; id < all.tables().size(); ++id)
        chosen[id] = keep[id] = selected(all.table(id));
    QList<ForeignKey> fks;
    for (const ForeignKey &fk : all.foreignKeys()) {
        if (chosen[fk.child] || chosen[fk.parent]) {
            keep[fk.child] = keep[fk.parent] = true;
            fks.append(fk);
        }
    }
    QList<Table> tables;
    QList<TableId> newId(all.tables().size(), kInvalidId);
    for (TableId id = 0; id < all.tables().size(); ++id) {
        if (!keep[id])
            continue;
        newId[id] = static_cast<TableId>(tables.size());
        Table t = all.table(id);
        t.external = t.external || !chosen[id];
        tables.append(std::move(t));
    }
    for (ForeignKey &fk : fks) {
        fk.child = newId[fk.child];
        fk.parent = newId[fk.parent];
    }
    return SchemaGraph(all.source(), std::move(tables), std::move(fks), all.warnings());
}

} // namespace fkscope
