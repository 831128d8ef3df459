// SPDX-License-Identifier: Apache-2.0
#include "schematree.h"

#include "schematreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace fkscope {

SchemaTree::SchemaTree(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new SchemaTreeModel(this))
{
    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter tables"));
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("SchemaTreeView"));
    // Rows of one height: the view does not measure 10,000 rows to scroll.
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->resizeSection(1, 90);
    m_tree->setAccessibleName(tr("Schemas and tables"));
    setFocusProxy(m_tree);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    // Typing filters after a short pause, not on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { applyFilter(m_filter->text()); });
    connect(m_model, &SchemaTreeModel::schemaCheckChanged, this, &SchemaTree::schemaFilterChanged);

    auto tableAt = [](const QModelIndex &index) {
        const QVariant id = index.siblingAtColumn(0).data(SchemaTreeModel::kTableRole);
        return id.isValid() ? id.toInt() : kInvalidId;
    };
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this, tableAt](const QPoint &pos) {
        const TableId id = tableAt(m_tree->indexAt(pos));
        if (id == kInvalidId)
            return;
        QMenu menu(this);
        menu.addAction(tr("Show on the canvas"), this, [this, id] { emit tableChosen(id); });
        menu.addAction(tr("Focus on its neighbours"), this, [this, id] { emit tableFocused(id); });
        menu.addAction(tr("Simulate DELETE from this table..."), this, [this, id] { emit impactRequested(id); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    for (auto signal : {&QTreeView::activated, &QTreeView::clicked}) {
        connect(m_tree, signal, this, [this, tableAt](const QModelIndex &index) {
            if (const TableId id = tableAt(index); id != kInvalidId)
                emit tableChosen(id);
        });
    }
    connect(m_tree, &QTreeView::doubleClicked, this, [this, tableAt](const QModelIndex &index) {
        if (const TableId id = tableAt(index); id != kInvalidId)
            emit tableFocused(id);
    });
}

void SchemaTree::setGraph(const SchemaGraph &graph)
{
    m_model->setGraph(graph);
    m_model->setFilter(m_filter->text());
    if (m_model->schemaCount() <= 3)
        m_tree->expandToDepth(0);
}

QStringList SchemaTree::checkedSchemas() const { return m_model->checkedSchemas(); }

bool SchemaTree::allSchemasChecked() const { return checkedSchemas().size() == m_model->schemaCount(); }

void SchemaTree::selectTable(TableId table)
{
    const QModelIndex index = m_model->indexOfTable(table);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void SchemaTree::applyFilter(const QString &text)
{
    m_model->setFilter(text);
    if (!text.isEmpty()) {
        for (int s = 0; s < m_model->schemaCount(); ++s) {
            const QModelIndex schema = m_model->index(s, 0);
            if (m_model->rowCount(schema) > 0)
                m_tree->expand(schema);
        }
    }
}

} // namespace fkscope
