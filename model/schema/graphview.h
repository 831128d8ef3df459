// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schemagraph.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

namespace fkscope {

// A table whose neighbours are too many to draw: they are shown as one summary node that opens page
// by page ("+ 2,143 tables referencing app0.t0"). Synthetic node ids are <= -2 so that they never
// meet a TableId.
struct FoldGroup
{
    int node = -2;
    TableId anchor = kInvalidId; // the drawn table they hang off; kInvalidId: tables not connected to the view
    bool referencing = true; // true: the members reference the anchor (its children); false: its parents
    QList<TableId> members; // drawn tables, most connected first
    std::array<int, 5> byRule{}; // FKs between the anchor and the members, by ON DELETE rule (FkAction)
    int foreignKeys = 0;
    int openedPages = 0; // pages the user opened before (the members on them are drawn, not folded)

    // Identifies a group across re-folds, for remembering opened pages.
    QString key() const;
};

// What one view of the graph draws: table boxes, and summary nodes for what does not fit.
struct GraphView
{
    QList<TableId> tables; // drawn tables
    QList<FoldGroup> folds;
    int foldedTables() const;
};

// One node per schema (or per cluster of strongly linked tables), edges carrying the FK counts
// between them by rule: the first view of a database too big to draw table by table.
struct SchemaMap
{
    struct Node
    {
        int node = -2; // synthetic id
        QString schema; // the schema (a schema map) or the cluster's busiest table (a cluster map)
        QList<TableId> members; // drawn tables
        int tables = 0;
        int foreignKeys = 0; // inside the node
    };
    struct Edge
    {
        int id = -2; // synthetic id
        int from = -2, to = -2; // nodes: the children's schema references the parents' schema
        std::array<int, 5> byRule{};
        int foreignKeys = 0;
    };
    QList<Node> nodes;
    QList<Edge> edges;
    bool clusters = false; // nodes are clusters of tables, not schemas
};

// Graph questions a view asks, on drawn tables (partitions folded into their partitioned table).
// Built once per graph (O(tables + FKs)); every query costs what it visits, so selecting or focusing a
// hub referenced by thousands of FKs costs in proportion to the view, not to the hub.
class GraphViewPlanner
{
public:
    // A table with more FK links than this is a hub: hop counting stops at it (unless asked) and its
    // neighbours fold.
    static constexpr int kHubDegree = 40;
    // At most this many boxes in a view (the rest folds into summary nodes).
    static constexpr int kViewCap = 150;
    // A table's neighbours on one side are drawn up to this many; more fold, and open a page at a time.
    static constexpr int kFanLimit = 30;
    static constexpr int kPageSize = 60;
    // Views with more boxes than this draw them as headers only (the window lets the user expand).
    static constexpr int kCompactAbove = 60;

    GraphViewPlanner() = default;
    explicit GraphViewPlanner(const SchemaGraph &graph);

    const SchemaGraph &graph() const { return m_graph; }
    TableId drawnAs(TableId table) const { return table >= 0 && table < m_drawnAs.size() ? m_drawnAs[table] : table; }
    QList<TableId> members(TableId drawn) const; // itself and its partitions
    const QList<TableId> &drawnTables() const { return m_drawn; }
    int drawnCount() const { return static_cast<int>(m_drawn.size()); }
    // FK links of a drawn table (its partitions' included), each FK once.
    int degree(TableId drawn) const { return static_cast<int>(links(drawn).size()); }
    bool isHub(TableId drawn) const { return degree(drawn) > kHubDegree; }

    // Tables within `hops` FK steps of `table`, either direction. Hubs other than `table` are reached
    // but not walked through unless `throughHubs`.
    QSet<TableId> neighbourhood(TableId table, int hops, bool throughHubs = false) const;
    // Tables a DELETE on `table` can reach through CASCADE / SET NULL / SET DEFAULT, and the tables
    // whose RESTRICT / NO ACTION constraints can block it (value true).
    QHash<TableId, bool> blastRadius(TableId table) const;
    QSet<TableId> tablesWithRules(const QSet<FkAction> &rules) const;
    QSet<TableId> tablesInSchemas(const QStringList &schemas) const;
    QSet<TableId> tablesWithForeignKeys() const;
    // Drawn tables whose qualified name contains `text` (case-insensitive), best match first.
    QList<TableId> search(const QString &text) const;
    // The drawn table with the most FK links among `tables` (all when empty).
    TableId busiest(const QSet<TableId> &tables = {}) const;

    // What to draw of `tables` (drawn ids): everything when it fits, else a breadth-first walk from
    // `focus` (the busiest table when invalid) that draws up to `cap` boxes and folds the rest. Fans
    // wider than kFanLimit fold even below the cap. `openedPages`: FoldGroup::key() -> pages.
    // `pinned`: tables the user asked for by name; drawn whatever the cap.
    GraphView fold(const QSet<TableId> &tables, TableId focus = kInvalidId, int cap = kViewCap,
                   const QHash<QString, int> &openedPages = {}, const QSet<TableId> &pinned = {}) const;
    SchemaMap schemaMap(const QSet<TableId> &tables = {}) const;
    // One node per cluster of strongly linked tables (at most `maxClusters`): label propagation over
    // the FK links that do not touch a hub, then the smallest clusters merged into the cluster they
    // link to most. Each hub is a node of its own. For a big database with one schema.
    SchemaMap clusterMap(const QSet<TableId> &tables = {}, int maxClusters = 30) const;
    // The map a big view opens on: schemas when there are two or more, else clusters.
    SchemaMap overviewMap(const QSet<TableId> &tables = {}) const;

private:
    // Nodes from `groupOf` (drawn table -> group index), edges and counts between them.
    SchemaMap mapOf(const QList<QList<TableId>> &groups, const QHash<TableId, int> &groupOf, const QStringList &names) const;

    struct Link
    {
        TableId other; // drawn
        ForeignKeyId fk;
        bool referencing; // true: `other` references this table (other is the child)
    };
    const QList<Link> &links(TableId drawn) const;

    SchemaGraph m_graph;
    QList<TableId> m_drawnAs; // by TableId
    QList<TableId> m_drawn; // drawn tables in id order
    QHash<TableId, QList<TableId>> m_partitions; // drawn table -> its partitions (at any depth)
    QList<QList<Link>> m_links; // by drawn TableId: its FK links (self references once)
};

} // namespace fkscope
