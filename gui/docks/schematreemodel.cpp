// SPDX-License-Identifier: Apache-2.0
#include "schematreemodel.h"

#include <QMap>

#include <algorithm>

namespace fkscope {

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SchemaTreeModel::setGraph(const SchemaGraph &graph)
{
    beginResetModel();
    m_graph = graph;
    m_schemas.clear();
    m_schemaOf.clear();
    QMap<QString, int> bySchema;
    for (TableId id = 0; id < graph.tables().size(); ++id) {
        const Table &t = graph.table(id);
        if (t.isPartition())
            continue;
        auto it = bySchema.find(t.schema);
        if (it == bySchema.end()) {
            it = bySchema.insert(t.schema, static_cast<int>(m_schemas.size()));
            m_schemas.append({t.schema, {}, {}, true});
        }
        m_schemas[it.value()].tables.append(id);
    }
    // Schemas by name; tables by name within each.
    std::sort(m_schemas.begin(), m_schemas.end(), [](const Schema &a, const Schema &b) { return a.name < b.name; });
    for (int s = 0; s < m_schemas.size(); ++s) {
        QList<TableId> &tables = m_schemas[s].tables;
        std::sort(tables.begin(), tables.end(), [&](TableId a, TableId b) { return graph.table(a).name < graph.table(b).name; });
        for (TableId t : tables)
            m_schemaOf.insert(t, s);
        m_schemas[s].shown = tables;
    }
    m_filter.clear();
    endResetModel();
}

void SchemaTreeModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    for (Schema &s : m_schemas) {
        s.shown.clear();
        for (TableId t : s.tables) {
            if (text.isEmpty() || m_graph.table(t).name.contains(text, Qt::CaseInsensitive))
                s.shown.append(t);
        }
    }
    endResetModel();
}

QModelIndex SchemaTreeModel::indexOfTable(TableId table) const
{
    const auto it = m_schemaOf.constFind(table);
    if (it == m_schemaOf.constEnd())
        return {};
    const int row = static_cast<int>(m_schemas[it.value()].shown.indexOf(table));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(it.value() + 1));
}

QStringList SchemaTreeModel::checkedSchemas() const
{
    QStringList out;
    for (const Schema &s : m_schemas) {
        if (s.checked)
            out << s.name;
    }
    return out;
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column > 1)
        return {};
    if (!parent.isValid())
        return row < m_schemas.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const quintptr id = parent.internalId();
    if (id == 0) { // a table of schema parent.row()
        const Schema &s = m_schemas[parent.row()];
        return row < s.shown.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
    }
    if (id & kPartitionBit)
        return {};
    const TableId table = m_schemas[int(id - 1)].shown.value(parent.row(), kInvalidId);
    if (table == kInvalidId || row >= m_graph.table(table).partitions.size())
        return {};
    return createIndex(row, column, kPartitionBit | quintptr(table));
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if (id & kPartitionBit) {
        const TableId table = TableId(id & ~kPartitionBit);
        return indexOfTable(table);
    }
    return createIndex(int(id - 1), 0, quintptr(0));
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_schemas.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return static_cast<int>(m_schemas[parent.row()].shown.size());
    if (id & kPartitionBit)
        return 0;
    const TableId table = m_schemas[int(id - 1)].shown.value(parent.row(), kInvalidId);
    return table == kInvalidId ? 0 : static_cast<int>(m_graph.table(table).partitions.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const { return 2; }

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        const Schema &s = m_schemas[index.row()];
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? displayIdentifier(s.name)
                                       : tr("%n table(s)", nullptr, static_cast<int>(m_filter.isEmpty() ? s.tables.size() : s.shown.size()));
        if (role == Qt::CheckStateRole && index.column() == 0)
            return s.checked ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Uncheck to hide this schema's tables on the canvas");
        if (role == kSchemaRole)
            return s.name;
        return {};
    }
    if (id & kPartitionBit) {
        const Table &t = m_graph.table(TableId(id & ~kPartitionBit));
        if (role == Qt::DisplayRole && index.column() == 0)
            return displayIdentifier(t.partitions.value(index.row()).name) + tr(" (partition)");
        return {};
    }
    const TableId table = m_schemas[int(id - 1)].shown.value(index.row(), kInvalidId);
    if (table == kInvalidId)
        return {};
    const Table &t = m_graph.table(table);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? displayIdentifier(t.name) + (t.external ? tr(" (external)") : QString())
                                   : QStringLiteral("%1 / %2").arg(m_graph.outgoing(table).size()).arg(m_graph.incoming(table).size());
    case Qt::ToolTipRole:
        return qualifiedName(t.ref());
    case kTableRole:
        return table;
    default:
        return {};
    }
}

bool SchemaTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() != 0 || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_schemas[index.row()].checked == checked)
        return true;
    m_schemas[index.row()].checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit schemaCheckChanged();
    return true;
}

Qt::ItemFlags SchemaTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == 0 && index.column() == 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Table") : tr("FKs out / in");
}

} // namespace fkscope
