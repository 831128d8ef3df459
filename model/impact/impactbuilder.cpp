// SPDX-License-Identifier: Apache-2.0
#include "impactbuilder.h"

#include "impactpaths.h"

#include <QCoreApplication>

#include <algorithm>

namespace fkscope {

const ForeignKey *blockerForeignKey(const SchemaGraph &graph, const ImpactBlocker &blocker)
{
    const TableId child = graph.findTable(blocker.table);
    if (child == kInvalidId)
        return nullptr;
    for (ForeignKeyId id : graph.outgoing(child)) {
        if (graph.foreignKey(id).name == blocker.constraint)
            return &graph.foreignKey(id);
    }
    return nullptr;
}

ImpactResultBuilder::ImpactResultBuilder(const SchemaGraph &graph, TableId root, const QString &engine)
    : m_graph(graph)
    , m_root(root)
{
    m_result.engine = engine;
    m_result.root = graph.table(root).ref();
}

void ImpactResultBuilder::addEffect(TableId table, qint64 deleted, qint64 setNull, qint64 setDefault, qint64 updated,
                                    const QByteArray &sample, const QList<ForeignKeyId> &setActions)
{
    if (deleted + setNull + setDefault == 0)
        return;
    ImpactEffect e;
    e.table = m_graph.table(table).ref();
    e.deleted = deleted;
    e.setNull = setNull;
    e.setDefault = setDefault;
    e.updated = updated;
    e.sampleJson = sample.isEmpty() ? QByteArray("[]") : sample;
    if (deleted > 0)
        e.paths = impactPathsTo(m_graph, m_root, table, m_flow);
    if (setNull + setDefault > 0) {
        for (ForeignKeyId id : setActions) {
            const ForeignKey &fk = m_graph.foreignKey(id);
            for (QStringList path : impactPathsTo(m_graph, m_root, fk.parent, m_flow, 2)) {
                path << fk.name;
                if (!e.paths.contains(path))
                    e.paths << path;
            }
        }
    }
    m_result.effects.append(e);
}

ImpactBlocker &ImpactResultBuilder::addBlocker(ForeignKeyId fk, BlockerKind kind, qint64 rows, bool certain, const QByteArray &sample)
{
    const ForeignKey &key = m_graph.foreignKey(fk);
    ImpactBlocker b;
    b.table = m_graph.table(key.child).ref();
    b.constraint = key.name;
    b.kind = kind;
    b.rows = rows;
    b.certain = certain;
    b.sampleJson = sample.isEmpty() ? QByteArray("[]") : sample;
    const QList<QStringList> toParent = impactPathsTo(m_graph, m_root, key.parent, m_flow, 1);
    b.path = toParent.isEmpty() ? QStringList() : toParent.first();
    b.path << key.name;
    m_result.blockers.append(b);
    return m_result.blockers.last();
}

void ImpactResultBuilder::warnAboutTouched(const QList<TableId> &touched, const QList<ForeignKeyId> &setActions)
{
    QList<TableId> tables = touched;
    std::sort(tables.begin(), tables.end());
    tables.erase(std::unique(tables.begin(), tables.end()), tables.end());
    for (TableId t : std::as_const(tables)) {
        const Table &table = m_graph.table(t);
        if (!table.triggers.isEmpty())
            m_result.warnings << QCoreApplication::translate("fkscope::Messages", "%1 has user triggers (%2): they run on the real DELETE and can "
                                                                                  "change what it does; --verify runs it without keeping its changes.")
                                     .arg(qualifiedName(table.ref()), table.triggers.join(QStringLiteral(", ")));
    }
    // Any foreign key on a changed column reacts, whatever its ON UPDATE rule: NO ACTION and
    // RESTRICT check that no row references the old value.
    QList<ForeignKeyId> actions = setActions;
    std::sort(actions.begin(), actions.end()); // the warnings in one order, whatever the engine's
    for (ForeignKeyId id : std::as_const(actions)) {
        const ForeignKey &fk = m_graph.foreignKey(id);
        for (ForeignKeyId other : m_graph.incoming(fk.child)) {
            const ForeignKey &o = m_graph.foreignKey(other);
            for (const QString &col : fk.deleteSetColumns()) {
                if (!o.refColumns.contains(col))
                    continue;
                const QString warning = QCoreApplication::translate("fkscope::Messages", "%1 changes %2, which %3 references: its ON UPDATE "
                                                                                         "action is not simulated.")
                                            .arg(fk.name, displayIdentifier(col), o.name);
                if (!m_result.warnings.contains(warning))
                    m_result.warnings << warning;
            }
        }
    }
}

ImpactResult ImpactResultBuilder::finish()
{
    std::stable_sort(m_result.blockers.begin(), m_result.blockers.end(),
                     [](const ImpactBlocker &a, const ImpactBlocker &b) { return a.certain && !b.certain; });
    bool immediate = false, deferred = false;
    for (const ImpactBlocker &b : std::as_const(m_result.blockers))
        (b.kind == BlockerKind::DeferredNoAction ? deferred : immediate) = true;
    m_result.outcome = immediate ? ImpactOutcome::Blocked : deferred ? ImpactOutcome::BlockedAtCommit : ImpactOutcome::Allowed;
    return m_result;
}

} // namespace fkscope
