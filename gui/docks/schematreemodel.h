// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QAbstractItemModel>
#include <QSet>

namespace fkscope {

// Schemas > tables > partitions over a SchemaGraph, read on demand: a 10,000-table graph costs one
// pass to group its tables, not 10,000 widget items. Schema rows are checkable (which schemas the
// canvas shows); a name filter keeps the tables whose name contains it.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int kTableRole = Qt::UserRole + 1; // TableId of a table row
    static constexpr int kSchemaRole = Qt::UserRole + 2; // schema name of a schema row

    explicit SchemaTreeModel(QObject *parent = nullptr);

    void setGraph(const SchemaGraph &graph);
    void setFilter(const QString &text);
    QModelIndex indexOfTable(TableId table) const;
    QStringList checkedSchemas() const;
    int schemaCount() const { return static_cast<int>(m_schemas.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void schemaCheckChanged();

private:
    struct Schema
    {
        QString name;
        QList<TableId> tables; // all, by name
        QList<TableId> shown; // those matching the filter
        bool checked = true;
    };
    // Internal ids: 0 = a schema row; s + 1 = a table row of schema s; a partition row carries
    // kPartitionBit | its table's TableId.
    static constexpr quintptr kPartitionBit = quintptr(1) << (sizeof(quintptr) * 8 - 1);

    SchemaGraph m_graph;
    QList<Schema> m_schemas;
    QHash<TableId, int> m_schemaOf;
    QString m_filter;
};

} // namespace fkscope
