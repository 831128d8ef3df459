// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace fkscope {

class SchemaTreeModel;

// Schemas > tables, with a filter box and counts. Partitions are listed under their table.
class SchemaTree : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaTree(QWidget *parent = nullptr);
    void setGraph(const SchemaGraph &graph);
    void selectTable(TableId table);
    // The schemas whose boxes the canvas shows (all, unless the user unchecked some).
    QStringList checkedSchemas() const;
    bool allSchemasChecked() const;
    SchemaTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_tree; }

signals:
    void tableChosen(fkscope::TableId table);   // single click / Enter: select and show
    void tableFocused(fkscope::TableId table);  // double click: focus on its neighbourhood
    void schemaFilterChanged();                 // a schema's checkbox changed
    void impactRequested(fkscope::TableId table); // context menu: simulate a DELETE from it

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeView *m_tree;
    SchemaTreeModel *m_model;
};

} // namespace fkscope
