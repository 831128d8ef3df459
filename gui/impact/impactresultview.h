// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fkscope {

// The answer of a simulation: a verdict line with totals, the engine's warnings, then one tree with
// the blockers first (constraint, table, kind, rows, path, what to do, sample rows) and the effects
// by action > table > path. It only shows; the panel owns the actions' work.
class ImpactResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactResultView(QWidget *parent = nullptr);

    void showResult(const ImpactResult &result, const QString &statement);
    void showMessage(const QString &text, bool error);
    void clear();
    bool hasResult() const { return m_hasResult; }
    const ImpactResult &result() const { return m_result; }
    const QString &statement() const { return m_statement; }
    QTreeWidget *tree() const { return m_tree; }
    QString verdictText() const;
    void setActionsEnabled(bool enabled);

signals:
    void planRequested();
    void verifyRequested();
    void clearRequested();
    void tableActivated(const fkscope::TableRef &table);

private:
    void copyMarkdown();
    void copyJson();
    void saveReport();
    void openSamples(QTreeWidgetItem *item);
    QTreeWidgetItem *addSamples(QTreeWidgetItem *parent, const QByteArray &json, const TableRef &table);

    QLabel *m_verdict;
    QLabel *m_totals;
    QLabel *m_warnings;
    QTreeWidget *m_tree;
    QList<QPushButton *> m_actions;
    ImpactResult m_result;
    QString m_statement;
    bool m_hasResult = false;
};

} // namespace fkscope
