// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/comparejob.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fkscope {

// The Changes dock: a comparison's foreign-key changes grouped as the report groups them (rule
// changes first), each with its summary and, as tooltip, what it does to deletes; then tables and
// the delete blast radius. Activating a change selects its table on the canvas. Copy as Markdown
// gives the review-ticket report.
class ChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesView(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    void clear();
    const Comparison &comparison() const { return m_comparison; }
    bool hasComparison() const { return m_active; }
    int changeCount() const;

signals:
    // A table of the shown graph.
    void tableActivated(fkscope::TableId table);
    void closeRequested();

private:
    void copyMarkdown();
    void activate(QTreeWidgetItem *item);

    Comparison m_comparison;
    bool m_active = false;
    QLabel *m_sides;
    QTreeWidget *m_tree;
    QPushButton *m_copy;
    QPushButton *m_close;
};

} // namespace fkscope
