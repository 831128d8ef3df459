#pragma once

#include "canvaspalette.h"
#include "impact/impactresult.h"
#include "layout/layoutresult.h"
#include "schema/schemagraph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace fkscope {

class ForeignKeyEdge;
class LegendItem;
class TableItem;

// The FK graph as a scene: one TableItem per table (partitions folded into their partitioned table),
// one ForeignKeyEdge per declared foreign key, addressed by model ids. The scene only shows; layout
// is computed elsewhere (GraphvizLayout, in a worker) and applied as plain data.
class SchemaScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit SchemaScene(QObject *parent = nullptr);

    void setGraph(const SchemaGraph &graph, bool dark = false);
    const SchemaGraph &graph() const { return m_graph; }

    // The table a table is drawn as: a partition is drawn as its (root) partitioned table.
    TableId drawnAs(TableId table) const { return m_drawnAs.value(table, table); }

    // Shows only these tables (drawn ids) and the FKs between them. Empty set: everything.
    void setVisibleTables(const QSet<TableId> &tables);
    QSet<TableId> visibleTables() const;
    // Tables within `hops` FK steps of `table`, either direction.
    QSet<TableId> neighbourhood(TableId table, int hops) const;
    // Tables a DELETE on `table` can reach through CASCADE / SET NULL / SET DEFAULT, and the tables
    // whose RESTRICT / NO ACTION constraints can block it (value true).
    QHash<TableId, bool> blastRadius(TableId table) const;
    // Tables whose FKs use one of these rules (and their partners), for the "only CASCADE" filter.
    QSet<TableId> tablesWithRules(const QSet<FkAction> &rules) const;
    QSet<TableId> tablesInSchemas(const QStringList &schemas) const;
    QSet<TableId> tablesWithForeignKeys() const;
    // Tables whose qualified name contains `text` (case-insensitive), best match first.
    QList<TableId> search(const QString &text) const;

    LayoutRequest layoutRequest() const;
    void applyLayout(const LayoutResult &result);

    TableItem *tableItem(TableId id) const { return m_tables.value(id); }
    ForeignKeyEdge *edgeItem(ForeignKeyId id) const { return m_edges.value(id); }
    int tableItemCount() const { return static_cast<int>(m_tables.size()); }
    int edgeItemCount() const { return static_cast<int>(m_edges.size()); }

    void setLegendVisible(bool visible);
    bool isLegendVisible() const;
    void setDark(bool dark);
    // Emphasises `tables` and the edges between them, dims the rest; empty: back to normal.
    void setFocusSet(const QSet<TableId> &tables);
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

private:
    void placeLegend();

    SchemaGraph m_graph;
    CanvasPalette m_palette;
    QHash<TableId, TableItem *> m_tables;
    QHash<ForeignKeyId, ForeignKeyEdge *> m_edges;
    QHash<TableId, TableId> m_drawnAs;
    QHash<TableId, QList<TableId>> m_members; // drawn table -> itself and its partitions
    LegendItem *m_legend = nullptr;
    bool m_showingImpact = false;
};

} // namespace fkscope
