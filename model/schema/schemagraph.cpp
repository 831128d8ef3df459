// SPDX-License-Identifier: Apache-2.0
#include "schemagraph.h"

#include <QSet>

#include <algorithm>

namespace fkscope {

namespace {

QString lookupKey(const QString &schema, const QString &name)
{
    // NUL cannot appear in an identifier of any supported engine, so the key is unambiguous.
    return schema + QChar(u'\0') + name;
}

bool isRegularIdentifier(const QString &identifier)
{
    if (identifier.isEmpty())
        return false;
    const QChar first = identifier.front();
    if (!(first.isLower() && first.unicode() < 128) && first != u'_')
        return false;
    return std::all_of(identifier.begin(), identifier.end(), [](QChar c) {
        return (c.unicode() < 128 && (c.isLower() || c.isDigit())) || c == u'_' || c == u'$';
    });
}

} // namespace

bool SourceInfo::operator==(const SourceInfo &o) const
{
    return engine == o.engine && flavor == o.flavor && serverVersion == o.serverVersion && database == o.database && user == o.user;
}

SchemaGraph::SchemaGraph(SourceInfo source, QList<Table> tables, QList<ForeignKey> foreignKeys, QStringList warnings)
    : m_source(std::move(source))
    , m_tables(std::move(tables))
    , m_foreignKeys(std::move(foreignKeys))
    , m_warnings(std::move(warnings))
{
    m_byName.reserve(m_tables.size());
    for (TableId id = 0; id < m_tables.size(); ++id)
        m_byName.insert(lookupKey(m_tables[id].schema, m_tables[id].name), id);
    m_outgoing.resize(m_tables.size());
    m_incoming.resize(m_tables.size());
    for (ForeignKeyId id = 0; id < m_foreignKeys.size(); ++id) {
        const ForeignKey &fk = m_foreignKeys[id];
        Q_ASSERT(fk.child >= 0 && fk.child < m_tables.size());
        Q_ASSERT(fk.parent >= 0 && fk.parent < m_tables.size());
        m_outgoing[fk.child].append(id);
        m_incoming[fk.parent].append(id);
    }
}

TableId SchemaGraph::findTable(const QString &schema, const QString &name) const
{
    return m_byName.value(lookupKey(schema, name), kInvalidId);
}

QList<TableId> SchemaGraph::cascadeClosure(TableId root, const std::function<bool(TableId)> &follow) const
{
    QList<TableId> order{root};
    QSet<TableId> seen{root};
    for (int i = 0; i < order.size(); ++i) {
        for (ForeignKeyId id : incoming(order[i])) {
            const ForeignKey &fk = foreignKey(id);
            if (fk.onDelete == FkAction::Cascade && !seen.contains(fk.child) && (!follow || follow(fk.child))) {
                seen.insert(fk.child);
                order.append(fk.child);
            }
        }
    }
    return order;
}

bool SchemaGraph::isIndexed(ForeignKeyId id) const
{
    const ForeignKey &fk = m_foreignKeys.at(id);
    const QSet<QString> wanted(fk.columns.begin(), fk.columns.end());
    const Table &child = m_tables.at(fk.child);
    return std::any_of(child.indexes.begin(), child.indexes.end(), [&](const Index &index) {
        if (!index.valid || index.partial || index.columns.size() < fk.columns.size())
            return false;
        const QStringList lead = index.columns.mid(0, fk.columns.size());
        return QSet<QString>(lead.begin(), lead.end()) == wanted;
    });
}

GraphStats SchemaGraph::stats() const
{
    GraphStats s;
    for (const Table &t : m_tables) {
        if (t.external)
            ++s.externalTables;
        else if (t.isPartition())
            ++s.partitions;
        else
            ++s.tables;
        if (!t.external && t.kind == TableKind::PartitionedTable && !t.isPartition())
            ++s.partitionedTables;
        if (!t.external && t.kind == TableKind::ForeignTable)
            ++s.foreignTables;
    }
    for (ForeignKeyId id = 0; id < m_foreignKeys.size(); ++id) {
        const ForeignKey &fk = m_foreignKeys[id];
        ++s.foreignKeys;
        ++s.onDelete[static_cast<std::size_t>(fk.onDelete)];
        if (fk.columns.size() > 1)
            ++s.composite;
        if (fk.isSelfReference())
            ++s.selfReferences;
        if (fk.deferrable)
            ++s.deferrable;
        if (!fk.validated)
            ++s.notValidated;
        if (!isIndexed(id))
            ++s.unindexedForeignKeys;
    }
    return s;
}

bool SchemaGraph::operator==(const SchemaGraph &o) const
{
    return m_source == o.m_source && m_tables == o.m_tables && m_foreignKeys == o.m_foreignKeys
        && m_warnings == o.m_warnings;
}

QString displayIdentifier(const QString &identifier)
{
    if (isRegularIdentifier(identifier))
        return identifier;
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString displayIdentifiers(const QStringList &identifiers)
{
    QStringList shown;
    for (const QString &i : identifiers)
        shown << displayIdentifier(i);
    return shown.join(QStringLiteral(", "));
}

QString qualifiedName(const QString &schema, const QString &name)
{
    if (schema.isEmpty())
        return displayIdentifier(name);
    return displayIdentifier(schema) + QLatin1Char('.') + displayIdentifier(name);
}

} // namespace fkscope
