// SPDX-License-Identifier: Apache-2.0
#include "changesview.h"

#include "canvas/comparisonmarks.h"
#include "diff/diffreport.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fkscope {

namespace {

enum Role { TableRole = Qt::UserRole + 1 };

QTreeWidgetItem *groupItem(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

} // namespace

ChangesView::ChangesView(QWidget *parent)
    : QWidget(parent)
    , m_sides(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("Copy as Markdown"), this))
    , m_close(new QPushButton(tr("Close comparison"), this))
{
    m_sides->setWordWrap(true);
    m_sides->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setAccessibleName(tr("Foreign-key changes"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Foreign key"), tr("Change")});
    // Sized once per comparison from a sample, not by measuring every row (thousands of changes).
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sides);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &ChangesView::copyMarkdown);
    connect(m_close, &QPushButton::clicked, this, &ChangesView::closeRequested);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) { activate(item); });
    clear();
}

int ChangesView::changeCount() const
{
    return m_active ? static_cast<int>(m_comparison.diff.foreignKeys.size() + m_comparison.diff.tables.size()) : 0;
}

void ChangesView::clear()
{
    m_active = false;
    m_comparison = Comparison();
    m_tree->clear();
    m_sides->setText(tr("No comparison. File > Compare with... compares this graph with a snapshot, a DDL file, another "
                        "database, or previews a migration."));
    m_copy->setEnabled(false);
    m_close->setEnabled(false);
}

void ChangesView::setComparison(const Comparison &c)
{
    m_comparison = c;
    m_active = true;
    m_tree->clear();
    const SchemaGraph &shown = c.shownIsTo ? c.to : c.from;
    m_sides->setText(tr("From: %1\nTo: %2\n%n difference(s)", nullptr, static_cast<int>(c.diff.foreignKeys.size() + c.diff.tables.size()))
                         .arg(c.fromLabel, c.toLabel));
    for (const auto &[group, title] : changeGroupTitles()) {
        QTreeWidgetItem *header = nullptr;
        for (const FkChange &change : c.diff.foreignKeys) {
            if (changeGroup(change) != group)
                continue;
            if (!header)
                header = groupItem(m_tree, title);
            const SchemaGraph &g = namingSide(c.from, c.to, change);
            const ForeignKey &fk = namingKey(c.from, c.to, change);
            auto *item = new QTreeWidgetItem(header, {qualifiedName(g.table(fk.child).ref()) + QStringLiteral(" · ") + fk.name,
                                                      changeSummary(c.from, c.to, change, c.shownIsTo)});
            item->setData(0, TableRole, shown.findTable(g.table(fk.child).ref()));
            // What it does to deletes, in the report's words.
            QStringList tips;
            if (change.from != kInvalidId && change.to != kInvalidId && change.fields.contains(QLatin1String("on_delete")))
                tips << deleteEffect(c.to, c.to.foreignKey(change.to), false);
            tips << change.columnNotes;
            item->setToolTip(1, tips.join(QLatin1Char('\n')));
        }
    }
    if (!c.diff.tables.isEmpty()) {
        QTreeWidgetItem *header = groupItem(m_tree, tr("Tables"));
        for (const TableChange &t : c.diff.tables) {
            auto *item = new QTreeWidgetItem(header, {qualifiedName(t.table), t.added ? tr("added") : tr("removed")});
            item->setData(0, TableRole, shown.findTable(t.table));
        }
    }
    if (!c.diff.blastRadius.isEmpty()) {
        QTreeWidgetItem *header = groupItem(m_tree, tr("Delete blast radius"));
        for (const BlastRadiusChange &b : c.diff.blastRadius) {
            auto *item = new QTreeWidgetItem(header, {qualifiedName(b.table), tr("+%1 / -%2 tables reached by cascades").arg(b.gained.size()).arg(b.lost.size())});
            item->setData(0, TableRole, shown.findTable(b.table));
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_copy->setEnabled(true);
    m_close->setEnabled(true);
}

void ChangesView::activate(QTreeWidgetItem *item)
{
    const QVariant table = item->data(0, TableRole);
    if (table.isValid() && table.toInt() != kInvalidId)
        emit tableActivated(table.toInt());
}

void ChangesView::copyMarkdown()
{
    if (!m_active)
        return;
    const Comparison &c = m_comparison;
    QApplication::clipboard()->setText(diffText({c.from, c.to, c.fromLabel, c.toLabel, {}, {}}, c.diff, true));
}

} // namespace fkscope
