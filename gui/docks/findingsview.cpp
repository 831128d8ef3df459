// SPDX-License-Identifier: Apache-2.0
#include "findingsview.h"

#include "source/sourceengine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <map>

namespace fkscope {

namespace {

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("fkscope::FindingsView", "error");
    case Severity::Warning:
        return QCoreApplication::translate("fkscope::FindingsView", "warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("fkscope::FindingsView", "info");
}

} // namespace

void FindingsModel::setFindings(const SchemaGraph &graph, QList<LintFinding> findings)
{
    beginResetModel();
    m_graph = graph;
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const LintFinding &f = m_findings.at(index.row());
    if (role == RuleRole)
        return f.rule;
    if (role == IndexRole)
        return index.row();
    if (role == Qt::ToolTipRole)
        return f.message;
    if (role == Qt::UserRole) // sort key of the severity column: errors first
        return -static_cast<int>(f.severity);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return severityText(f.severity);
    case RuleColumn:
        return f.rule;
    case TableColumn:
        return f.table == kInvalidId ? QString() : qualifiedName(m_graph.table(f.table).ref());
    case ConstraintColumn:
        return f.foreignKey == kInvalidId ? QString() : m_graph.foreignKey(f.foreignKey).name;
    case MessageColumn:
        return f.message;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TableColumn:
        return tr("Table");
    case ConstraintColumn:
        return tr("Constraint");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_rules(new QComboBox(this))
    , m_show(new QPushButton(tr("Show on canvas"), this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_text(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FindingsModel::RuleRole);
    m_proxy->setFilterKeyColumn(FindingsModel::RuleColumn);
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // tens of thousands of rows scroll without measuring each
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select a finding to see what happens and how to fix it."));
    m_rules->setAccessibleName(tr("Rule"));
    m_list->setAccessibleName(tr("Findings"));
    m_text->setAccessibleName(tr("The finding and its fix"));
    m_show->setToolTip(tr("Show the tables of the findings listed on the canvas"));
    m_show->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_rules, 1);
    top->addWidget(m_show);
    top->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_text);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_rules, &QComboBox::currentIndexChanged, this, &FindingsView::applyRuleFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsView::showCurrent);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const LintFinding &f = m_model->findings().at(index.data(FindingsModel::IndexRole).toInt());
        if (f.table != kInvalidId)
            emit tableActivated(f.table);
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        QSet<TableId> tables;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const LintFinding &f = m_model->findings().at(m_proxy->index(row, 0).data(FindingsModel::IndexRole).toInt());
            if (f.table != kInvalidId)
                tables.insert(f.table);
            for (TableId t : f.related)
                tables.insert(t);
        }
        emit tablesRequested(tables);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        const QList<LintFinding> result = m_watcher.result();
        m_model->setFindings(m_pending, result);
        for (int c = 0; c < FindingsModel::MessageColumn; ++c)
            m_list->resizeColumnToContents(c);
        updateRuleChoices();
        m_show->setEnabled(!result.isEmpty());
        emit findingsReady();
    });
}

FindingsView::~FindingsView()
{
    m_watcher.waitForFinished();
}

void FindingsView::lint(const SchemaGraph &graph)
{
    m_pending = graph;
    m_summary->setText(tr("Checking..."));
    const SchemaDialect *dialect = &EngineRegistry::dialectFor(graph.source().engine);
    m_watcher.setFuture(QtConcurrent::run([graph, dialect] { return lintGraph(graph, *dialect); }));
}

QHash<TableId, QPair<Severity, int>> FindingsView::byTable() const
{
    QHash<TableId, QPair<Severity, int>> out;
    for (const LintFinding &f : m_model->findings()) {
        if (f.table == kInvalidId)
            continue;
        auto it = out.find(f.table);
        if (it == out.end())
            out.insert(f.table, {f.severity, 1});
        else
            *it = {std::max(it->first, f.severity), it->second + 1};
    }
    return out;
}

void FindingsView::setRuleFilter(const QString &rule)
{
    const int at = m_rules->findData(rule);
    m_rules->setCurrentIndex(at < 0 ? 0 : at);
}

void FindingsView::applyRuleFilter()
{
    const QString rule = m_rules->currentData().toString();
    m_proxy->setFilterRegularExpression(rule.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(rule)));
}

void FindingsView::updateRuleChoices()
{
    std::map<QString, int> counts;
    for (const LintFinding &f : m_model->findings())
        ++counts[f.rule];
    const std::array<int, 3> counted = countBySeverity(m_model->findings());
    const QString current = m_rules->currentData().toString();
    m_rules->blockSignals(true);
    m_rules->clear();
    m_rules->addItem(tr("All rules (%1)").arg(m_model->findings().size()), QString());
    for (const auto &[rule, count] : counts) {
        const LintRule *r = LintRegistry::find(rule);
        m_rules->addItem(QStringLiteral("%1 (%2)").arg(rule).arg(count), rule);
        if (r)
            m_rules->setItemData(m_rules->count() - 1, r->description(), Qt::ToolTipRole);
    }
    m_rules->blockSignals(false);
    setRuleFilter(current);
    applyRuleFilter(); // the index may not have changed, so no signal came
    m_summary->setText(tr("%1 errors, %2 warnings, %3 info").arg(counted[2]).arg(counted[1]).arg(counted[0]));
}

void FindingsView::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        m_text->clear();
        return;
    }
    const LintFinding &f = m_model->findings().at(index.data(FindingsModel::IndexRole).toInt());
    QString text = QStringLiteral("%1 (%2)\n\n%3").arg(f.rule, severityText(f.severity), f.message);
    if (const LintRule *r = LintRegistry::find(f.rule))
        text += QStringLiteral("\n\n%1").arg(r->description());
    if (!f.fix.isEmpty())
        text += tr("\n\nFix:\n%1").arg(f.fix);
    m_text->setPlainText(text);
}

} // namespace fkscope
