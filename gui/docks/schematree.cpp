#include "schematree.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMap>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fkscope {

namespace {
constexpr int kTableRole = Qt::UserRole + 1;
}

SchemaTree::SchemaTree(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter tables"));
    m_tree->setHeaderLabels({tr("Table"), tr("FKs out / in")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Schemas and tables"));
    setFocusProxy(m_tree);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, &SchemaTree::applyFilter);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        const QVariant id = item ? item->data(0, kTableRole) : QVariant();
        if (!id.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Show on the canvas"), this, [this, id] { emit tableChosen(id.toInt()); });
        menu.addAction(tr("Focus on its neighbours"), this, [this, id] { emit tableFocused(id.toInt()); });
        menu.addAction(tr("Simulate DELETE from this table..."), this, [this, id] { emit impactRequested(id.toInt()); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(0, kTableRole);
        if (id.isValid())
            emit tableChosen(id.toInt());
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(0, kTableRole);
        if (id.isValid())
            emit tableChosen(id.toInt());
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0 && !item->parent())
            emit schemaFilterChanged();
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(0, kTableRole);
        if (id.isValid())
            emit tableFocused(id.toInt());
    });
}

void SchemaTree::setGraph(const SchemaGraph &graph)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_items.clear();
    QMap<QString, QTreeWidgetItem *> schemas;
    QMap<QString, int> counts;
    for (TableId id = 0; id < graph.tables().size(); ++id) {
        const Table &t = graph.table(id);
        if (t.isPartition())
            continue;
        QTreeWidgetItem *&schema = schemas[t.schema];
        if (!schema) {
            schema = new QTreeWidgetItem(m_tree, {displayIdentifier(t.schema)});
            schema->setData(0, Qt::UserRole + 2, t.schema);
            schema->setFlags(schema->flags() | Qt::ItemIsUserCheckable);
            schema->setCheckState(0, Qt::Checked);
            schema->setToolTip(0, tr("Uncheck to hide this schema's tables on the canvas"));
        }
        auto *item = new QTreeWidgetItem(schema, {displayIdentifier(t.name) + (t.external ? tr(" (external)") : QString()),
                                                  QStringLiteral("%1 / %2").arg(graph.outgoing(id).size()).arg(graph.incoming(id).size())});
        item->setData(0, kTableRole, id);
        item->setToolTip(0, qualifiedName(t.ref()));
        for (const TableRef &p : t.partitions)
            new QTreeWidgetItem(item, {displayIdentifier(p.name) + tr(" (partition)")});
        m_items.insert(id, item);
        ++counts[t.schema];
    }
    for (auto it = schemas.constBegin(); it != schemas.constEnd(); ++it)
        it.value()->setText(1, tr("%n table(s)", nullptr, counts.value(it.key())));
    if (schemas.size() <= 3)
        m_tree->expandToDepth(0);
    applyFilter(m_filter->text());
}

QStringList SchemaTree::checkedSchemas() const
{
    QStringList out;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        if (m_tree->topLevelItem(s)->checkState(0) == Qt::Checked)
            out << m_tree->topLevelItem(s)->data(0, Qt::UserRole + 2).toString();
    }
    return out;
}

bool SchemaTree::allSchemasChecked() const { return checkedSchemas().size() == m_tree->topLevelItemCount(); }

void SchemaTree::selectTable(TableId table)
{
    if (QTreeWidgetItem *item = m_items.value(table)) {
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    }
}

void SchemaTree::applyFilter(const QString &text)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *schema = m_tree->topLevelItem(s);
        int shown = 0;
        for (int t = 0; t < schema->childCount(); ++t) {
            QTreeWidgetItem *item = schema->child(t);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        schema->setHidden(shown == 0);
        if (!text.isEmpty() && shown > 0)
            schema->setExpanded(true);
    }
}

} // namespace fkscope
