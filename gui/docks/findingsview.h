// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lint/lint.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace fkscope {

// The lint's findings as rows: severity, rule, table, constraint, message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, TableColumn, ConstraintColumn, MessageColumn, ColumnCount };
    enum Role { RuleRole = Qt::UserRole + 1, IndexRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setFindings(const SchemaGraph &graph, QList<LintFinding> findings);
    const QList<LintFinding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SchemaGraph m_graph; // shared lists: no copy
    QList<LintFinding> m_findings;
};

// The Findings dock: the lint run on the graph shown (in a worker, so a 10,000-table schema never
// holds the GUI thread), a rule filter, the selected finding's message and fix, and a button that
// shows the tables of the listed findings on the canvas.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);
    ~FindingsView() override;

    // Lints `graph` in a worker; findingsReady follows. A newer graph drops the older run's result.
    void lint(const SchemaGraph &graph);
    const QList<LintFinding> &findings() const { return m_model->findings(); }
    // The findings per table, worst severity and count, for the canvas badges.
    QHash<TableId, QPair<Severity, int>> byTable() const;
    // Shows only one rule's findings (empty: all).
    void setRuleFilter(const QString &rule);
    bool isLinting() const { return m_watcher.isRunning(); }

signals:
    void findingsReady();
    void tableActivated(fkscope::TableId table);
    // The tables of the findings listed (and the tables they are about), to show on the canvas.
    void tablesRequested(const QSet<fkscope::TableId> &tables);

private:
    void showCurrent();
    void updateRuleChoices();
    void applyRuleFilter();

    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_rules;
    QPushButton *m_show;
    QLabel *m_summary;
    QTreeView *m_list;
    QPlainTextEdit *m_text;
    QFutureWatcher<QList<LintFinding>> m_watcher;
    SchemaGraph m_pending;
    int m_token = 0;
};

} // namespace fkscope
