// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lint/lint.h"

#include "canvaspalette.h"
#include "impact/impactresult.h"
#include "layout/layoutresult.h"
#include "schema/graphview.h"
#include "schema/schemagraph.h"
#include "summaryitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace fkscope {

class ForeignKeyEdge;
class ChangeLabelItem;
class GhostEdge;
class LegendItem;

// A key of the compared side that this graph does not have, drawn as a ghost between two tables.
struct GhostKey
{
    TableId child = kInvalidId;
    TableId parent = kInvalidId;
    FkAction onDelete = FkAction::NoAction;
    QString label;
};
class TableItem;

// The FK graph as a scene: one TableItem per table (partitions folded into their partitioned table),
// one ForeignKeyEdge per declared foreign key, addressed by model ids. The scene only shows; layout
// is computed elsewhere (GraphvizLayout, in a worker) and applied as plain data.
class SchemaScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit SchemaScene(QObject *parent = nullptr);

    // Takes the graph and shows it whole when it fits one view (GraphViewPlanner::kViewCap tables),
    // else nothing until a view is chosen. Items exist only for what a view shows: a 10,000-table
    // graph costs the GUI thread what its view draws, not what it holds.
    void setGraph(const SchemaGraph &graph, bool dark = false);
    const SchemaGraph &graph() const { return m_planner.graph(); }
    // Neighbourhoods, blast radius, filters, search and folding on the whole graph.
    const GraphViewPlanner &planner() const { return m_planner; }

    // The table a table is drawn as: a partition is drawn as its (root) partitioned table.
    TableId drawnAs(TableId table) const { return m_planner.drawnAs(table); }

    // Shows these tables (drawn ids; empty: all) and the FKs between them, folding what exceeds
    // `cap` around `focus` (see GraphViewPlanner::fold). Items of tables that stay keep their state.
    GraphView setVisibleTables(const QSet<TableId> &tables, TableId focus = kInvalidId, int cap = GraphViewPlanner::kViewCap,
                               const QHash<QString, int> &openedPages = {});
    void showView(const GraphView &view);
    // One node per schema with FK counts between them (the first view of a big database).
    void showMap(const SchemaMap &map);
    bool isShowingMap() const { return m_showingMap; }
    const GraphView &currentView() const { return m_view; }
    const SchemaMap &currentMap() const { return m_map; }
    QSet<TableId> visibleTables() const;

    LayoutRequest layoutRequest() const;
    void applyLayout(const LayoutResult &result);

    // nullptr for a table the current view does not draw.
    TableItem *tableItem(TableId id) const { return m_tables.value(id); }
    ForeignKeyEdge *edgeItem(ForeignKeyId id) const { return m_edges.value(id); }
    SummaryItem *summaryItem(int node) const { return m_summaries.value(node); }
    int tableItemCount() const { return static_cast<int>(m_tables.size()); }
    int edgeItemCount() const { return static_cast<int>(m_edges.size()); }
    int summaryItemCount() const { return static_cast<int>(m_summaries.size()); }
    // The fold group or map node behind a summary node (nullptr when it is not one).
    const FoldGroup *foldGroup(int node) const;
    const SchemaMap::Node *mapNode(int node) const;

    void setLegendVisible(bool visible);
    bool isLegendVisible() const;
    void setDark(bool dark);
    // Headers only for every box, now and in later views.
    void setCompact(bool compact);
    // Emphasises `tables` and the edges between them, dims the rest; empty: back to normal.
    void setFocusSet(const QSet<TableId> &tables);
    // A colour band and a badge on a table (kept across views; null colour: none).
    void setMark(TableId table, const QColor &color, const QString &badge);
    void clearMarks();
    // Lint findings per table (worst severity, count), drawn as marks on the boxes; kept across views.
    void setFindings(const QHash<TableId, QPair<Severity, int>> &findings);
    // A comparison on the canvas (File > Compare with..., render --diff-from): a label on each key
    // that changed or exists on this side only (`emphasised`: drawn thicker, a new key), and ghosts
    // of the keys only the other side has; kept across views until cleared.
    void setComparison(const QHash<ForeignKeyId, QPair<QString, bool>> &labels, const QList<GhostKey> &ghosts);
    void clearComparison() { setComparison({}, {}); }
    bool isShowingComparison() const { return !m_changeLabels.isEmpty() || !m_ghostKeys.isEmpty(); }
    int ghostItemCount() const { return static_cast<int>(m_ghostItems.size()); }
    // The labels drawn now, on edges and ghosts ("SET NULL → NO ACTION", "removed: ...").
    QStringList comparisonLabels() const;
    // Marks a blast radius (GraphViewPlanner::blastRadius of `root`): the root, what it reaches and
    // what can block it.
    void markBlastRadius(TableId root, const QHash<TableId, bool> &radius);
    // Colours the tables and FK edges a simulated delete touches by outcome (blocking, deleted,
    // set NULL / DEFAULT, unknown), with a badge in words on each table, and dims the rest.
    // Returns the drawn tables involved.
    QSet<TableId> showImpact(const ImpactResult &result);
    void clearImpact();
    bool isShowingImpact() const { return m_showingImpact; }
    // The outcome colours (also used by the panel's legend).
    static QColor impactColor(const QString &outcome);

signals:
    void tableActivated(TableId table);
    // A summary node was double-clicked: a fold group to open a page of, or a schema on the map.
    void summaryActivated(int node);

private:
    void placeLegend();
    void clearView();
    void removeTable(TableId id);
    TableItem *createTable(TableId id);
    void syncEdge(ForeignKeyEdge *edge) const;
    void syncComparison();
    void addSummary(int node, SummaryItem::Kind kind, const QString &title, const std::array<int, 5> &byRule,
                    const QStringList &lines);

    GraphViewPlanner m_planner;
    CanvasPalette m_palette;
    GraphView m_view;
    SchemaMap m_map;
    bool m_showingMap = false;
    QHash<TableId, TableItem *> m_tables;
    QHash<ForeignKeyId, ForeignKeyEdge *> m_edges;
    QHash<int, SummaryItem *> m_summaries;
    QHash<int, SummaryEdge *> m_summaryEdges;
    LegendItem *m_legend = nullptr;
    bool m_dark = false, m_compact = false, m_legendVisible = true;
    // View state kept in data, so that items made for a later view show it too.
    QHash<TableId, QPair<QColor, QString>> m_marks;
    QHash<ForeignKeyId, QColor> m_edgeMarks;
    QHash<TableId, QPair<Severity, int>> m_findings; // by drawn table
    QSet<TableId> m_focusSet;
    QHash<ForeignKeyId, QPair<QString, bool>> m_changeLabels;
    QList<GhostKey> m_ghostKeys;
    QList<GhostEdge *> m_ghostItems;
    QList<QGraphicsItem *> m_labelItems;
    bool m_dimUnmarkedEdges = false;
    bool m_showingImpact = false;
};

} // namespace fkscope
