#include "schemascene.h"

#include "foreignkeyedge.h"
#include "legenditem.h"
#include "tableitem.h"

#include <algorithm>
#include <climits>

namespace fkscope {

SchemaScene::SchemaScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void SchemaScene::setGraph(const SchemaGraph &graph, bool dark)
{
    clear();
    m_tables.clear();
    m_edges.clear();
    m_drawnAs.clear();
    m_members.clear();
    m_legend = nullptr;
    m_graph = graph;
    m_palette = dark ? CanvasPalette::darkPalette() : CanvasPalette::light();
    setBackgroundBrush(m_palette.background);

    for (TableId id = 0; id < graph.tables().size(); ++id) {
        // A partition is drawn as the partitioned table at the top of its tree.
        TableId root = id;
        while (graph.table(root).partitionOf) {
            const TableId up = graph.findTable(*graph.table(root).partitionOf);
            if (up == kInvalidId)
                break;
            root = up;
        }
        m_drawnAs.insert(id, root);
        m_members[root].append(id);
        if (root != id)
            continue;
        auto *item = new TableItem(id, graph, m_palette);
        addItem(item);
        m_tables.insert(id, item);
    }
    for (ForeignKeyId id = 0; id < graph.foreignKeys().size(); ++id) {
        const ForeignKey &fk = graph.foreignKey(id);
        TableItem *child = m_tables.value(drawnAs(fk.child));
        TableItem *parent = m_tables.value(drawnAs(fk.parent));
        if (!child || !parent)
            continue;
        auto *edge = new ForeignKeyEdge(id, graph, child, parent, dark);
        addItem(edge);
        m_edges.insert(id, edge);
    }
    m_legend = new LegendItem(dark);
    addItem(m_legend);
    placeLegend();
}

void SchemaScene::setVisibleTables(const QSet<TableId> &tables)
{
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it)
        it.value()->setVisible(tables.isEmpty() || tables.contains(it.key()));
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        const ForeignKey &fk = m_graph.foreignKey(it.key());
        it.value()->setVisible(tables.isEmpty()
                               || (tables.contains(drawnAs(fk.child)) && tables.contains(drawnAs(fk.parent))));
    }
}

QSet<TableId> SchemaScene::visibleTables() const
{
    QSet<TableId> out;
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        if (it.value()->isVisible())
            out.insert(it.key());
    }
    return out;
}

QSet<TableId> SchemaScene::neighbourhood(TableId table, int hops) const
{
    QSet<TableId> seen{drawnAs(table)};
    QList<TableId> frontier{drawnAs(table)};
    for (int hop = 0; hop < hops && !frontier.isEmpty(); ++hop) {
        QList<TableId> next;
        for (TableId t : frontier) {
            for (TableId member : m_members.value(t)) {
                for (const QList<ForeignKeyId> *list : {&m_graph.outgoing(member), &m_graph.incoming(member)}) {
                    for (ForeignKeyId id : *list) {
                        const ForeignKey &fk = m_graph.foreignKey(id);
                        for (TableId other : {drawnAs(fk.child), drawnAs(fk.parent)}) {
                            if (!seen.contains(other)) {
                                seen.insert(other);
                                next.append(other);
                            }
                        }
                    }
                }
            }
        }
        frontier = next;
    }
    return seen;
}

QHash<TableId, bool> SchemaScene::blastRadius(TableId table) const
{
    QHash<TableId, bool> out;
    QList<TableId> queue{table};
    out.insert(drawnAs(table), false);
    QSet<TableId> expanded;
    while (!queue.isEmpty()) {
        const TableId t = queue.takeFirst();
        if (expanded.contains(t))
            continue;
        expanded.insert(t);
        for (ForeignKeyId id : m_graph.incoming(t)) {
            const ForeignKey &fk = m_graph.foreignKey(id);
            const TableId child = drawnAs(fk.child);
            switch (fk.onDelete) {
            case FkAction::Cascade:
                out.insert(child, false);
                queue.append(fk.child);
                break;
            case FkAction::SetNull:
            case FkAction::SetDefault:
                if (!out.contains(child))
                    out.insert(child, false);
                break;
            case FkAction::Restrict:
            case FkAction::NoAction:
                if (!out.contains(child))
                    out.insert(child, true);
                break;
            }
        }
    }
    return out;
}

QSet<TableId> SchemaScene::tablesWithRules(const QSet<FkAction> &rules) const
{
    QSet<TableId> out;
    for (const ForeignKey &fk : m_graph.foreignKeys()) {
        if (rules.contains(fk.onDelete)) {
            out.insert(drawnAs(fk.child));
            out.insert(drawnAs(fk.parent));
        }
    }
    return out;
}

QSet<TableId> SchemaScene::tablesInSchemas(const QStringList &schemas) const
{
    QSet<TableId> out;
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        if (schemas.contains(m_graph.table(it.key()).schema))
            out.insert(it.key());
    }
    return out;
}

QSet<TableId> SchemaScene::tablesWithForeignKeys() const
{
    QSet<TableId> out;
    for (const ForeignKey &fk : m_graph.foreignKeys()) {
        out.insert(drawnAs(fk.child));
        out.insert(drawnAs(fk.parent));
    }
    return out;
}

QList<TableId> SchemaScene::search(const QString &text) const
{
    QList<QPair<int, TableId>> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        const Table &t = m_graph.table(it.key());
        int rank = -1;
        if (t.name.compare(needle, Qt::CaseInsensitive) == 0)
            rank = 0;
        else if (t.name.startsWith(needle, Qt::CaseInsensitive))
            rank = 1;
        else if (qualifiedName(t.ref()).contains(needle, Qt::CaseInsensitive))
            rank = 2;
        if (rank >= 0)
            hits.append({rank * 1000000 + static_cast<int>(t.name.size()), it.key()});
    }
    std::sort(hits.begin(), hits.end());
    QList<TableId> out;
    for (const auto &h : hits)
        out.append(h.second);
    return out;
}

LayoutRequest SchemaScene::layoutRequest() const
{
    LayoutRequest request;
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        if (!it.value()->isVisible())
            continue;
        const TableItem *item = it.value();
        request.nodes.append({it.key(), item->boxWidth(), item->headerHeight(), item->rowHeight(), item->visibleRows()});
    }
    std::sort(request.nodes.begin(), request.nodes.end(),
              [](const LayoutNode &a, const LayoutNode &b) { return a.table < b.table; });
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        if (!it.value()->isVisible())
            continue;
        const ForeignKey &fk = m_graph.foreignKey(it.key());
        const TableItem *child = m_tables.value(drawnAs(fk.child));
        const TableItem *parent = m_tables.value(drawnAs(fk.parent));
        request.edges.append({it.key(), child->tableId(), parent->tableId(), child->rowOf(fk.columns.value(0)),
                              parent->rowOf(fk.refColumns.value(0))});
    }
    std::sort(request.edges.begin(), request.edges.end(),
              [](const LayoutEdge &a, const LayoutEdge &b) { return a.foreignKey < b.foreignKey; });
    return request;
}

void SchemaScene::applyLayout(const LayoutResult &result)
{
    for (auto it = result.topLeft.constBegin(); it != result.topLeft.constEnd(); ++it) {
        if (TableItem *item = m_tables.value(it.key()))
            item->setPos(it.value());
    }
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        if (!it.value()->isVisible())
            continue;
        if (result.edgePaths.contains(it.key()))
            it.value()->setLayoutPath(result.edgePaths.value(it.key()));
        else
            it.value()->adjust();
    }
    placeLegend();
    setSceneRect(itemsBoundingRect().adjusted(-40, -40, 40, 40));
}

void SchemaScene::placeLegend()
{
    if (!m_legend)
        return;
    QRectF bounds;
    for (TableItem *item : std::as_const(m_tables)) {
        if (item->isVisible())
            bounds = bounds.united(item->sceneBoundingRect());
    }
    m_legend->setPos(bounds.left(), bounds.top() - m_legend->boundingRect().height() - 30);
}

void SchemaScene::setLegendVisible(bool visible)
{
    if (m_legend)
        m_legend->setVisible(visible);
}

bool SchemaScene::isLegendVisible() const { return m_legend && m_legend->isVisible(); }

void SchemaScene::setDark(bool dark)
{
    m_palette = dark ? CanvasPalette::darkPalette() : CanvasPalette::light();
    setBackgroundBrush(m_palette.background);
    for (TableItem *item : std::as_const(m_tables))
        item->setPalette(m_palette);
    for (ForeignKeyEdge *edge : std::as_const(m_edges))
        edge->setDark(dark);
    if (m_legend)
        m_legend->setDark(dark);
}

void SchemaScene::setFocusSet(const QSet<TableId> &tables)
{
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it)
        it.value()->setEmphasis(tables.isEmpty() || tables.contains(it.key()) ? TableItem::Emphasis::Normal
                                                                             : TableItem::Emphasis::Dimmed);
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        const ForeignKey &fk = m_graph.foreignKey(it.key());
        it.value()->setDimmed(!tables.isEmpty()
                              && !(tables.contains(drawnAs(fk.child)) && tables.contains(drawnAs(fk.parent))));
    }
}

QColor SchemaScene::impactColor(const QString &outcome)
{
    // Okabe-Ito: told apart by colour-blind readers too; the badges say the outcome in words.
    if (outcome == QLatin1String("root"))
        return QColor(0x2f, 0x4b, 0x6e);
    if (outcome == QLatin1String("blocking"))
        return QColor(0xD5, 0x5E, 0x00);
    if (outcome == QLatin1String("deleted"))
        return QColor(0x00, 0x72, 0xB2);
    if (outcome == QLatin1String("nulled"))
        return QColor(0xE6, 0x9F, 0x00);
    return QColor(0x88, 0x88, 0x88); // unknown
}

QSet<TableId> SchemaScene::showImpact(const ImpactResult &r)
{
    clearImpact();
    m_showingImpact = true;
    const TableId root = m_graph.findTable(r.root);
    if (root == kInvalidId)
        return {};
    // Best outcome first wins a table's colour: blocking > root > deleted > nulled > unknown.
    QHash<TableId, int> rank;
    QHash<TableId, QStringList> badges;
    auto note = [&](const TableRef &ref, int level, const QString &badge) {
        const TableId id = m_graph.findTable(ref);
        if (id == kInvalidId)
            return;
        const TableId drawn = drawnAs(id);
        rank[drawn] = std::max(rank.value(drawn, 0), level);
        if (!badge.isEmpty())
            badges[drawn] << badge;
    };
    QHash<ForeignKeyId, int> edgeRank;
    // Resolves a path of constraint names from the root, one FK step (parent -> child) at a time.
    auto walk = [&](const QStringList &path, int lastLevel) {
        TableId at = root;
        for (int i = 0; i < path.size(); ++i) {
            ForeignKeyId found = kInvalidId;
            for (ForeignKeyId id : m_graph.incoming(at)) {
                if (m_graph.foreignKey(id).name == path[i]) {
                    found = id;
                    break;
                }
            }
            if (found == kInvalidId)
                return;
            const FkAction rule = m_graph.foreignKey(found).onDelete;
            const int level = i == path.size() - 1 && lastLevel == 5 ? 5
                : rule == FkAction::Cascade                          ? 3
                                                                     : 2;
            edgeRank[found] = std::max(edgeRank.value(found, 0), level);
            at = m_graph.foreignKey(found).child;
        }
    };
    note(r.root, 4, tr("DELETE %1").arg(r.rootRows));
    for (const ImpactEffect &e : r.effects) {
        QStringList parts;
        if (e.deleted && !(e.table == r.root))
            parts << tr("deleted %1").arg(e.deleted);
        if (e.setNull)
            parts << tr("set NULL %1").arg(e.setNull);
        if (e.setDefault)
            parts << tr("set DEFAULT %1").arg(e.setDefault);
        note(e.table, e.deleted ? 3 : 2, parts.join(QStringLiteral(", ")));
        for (const QStringList &p : e.paths)
            walk(p, 3);
    }
    for (const ImpactBlocker &b : r.blockers) {
        const int rows = static_cast<int>(std::min<qint64>(b.rows, INT_MAX));
        note(b.table, 5, b.certain ? tr("✗ blocks: %n row(s)", nullptr, rows) : tr("? may block: %n row(s)", nullptr, rows));
        walk(b.path, 5);
    }
    for (const TableRef &t : r.unknownTables)
        note(t, 1, tr("unknown: no SELECT"));

    static const char *const names[] = {"", "unknown", "nulled", "deleted", "root", "blocking"};
    QSet<TableId> involved;
    for (auto it = rank.constBegin(); it != rank.constEnd(); ++it) {
        involved.insert(it.key());
        if (TableItem *item = m_tables.value(it.key()))
            item->setMark(impactColor(QLatin1String(names[it.value()])), badges.value(it.key()).join(QStringLiteral(" · ")));
    }
    setFocusSet(involved);
    for (auto it = edgeRank.constBegin(); it != edgeRank.constEnd(); ++it) {
        if (ForeignKeyEdge *edge = m_edges.value(it.key())) {
            edge->setMark(impactColor(QLatin1String(names[it.value()])));
            edge->setHighlighted(true);
            edge->setDimmed(false);
        }
    }
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        if (!edgeRank.contains(it.key()))
            it.value()->setDimmed(true);
    }
    return involved;
}

void SchemaScene::clearImpact()
{
    if (!m_showingImpact)
        return;
    m_showingImpact = false;
    for (TableItem *item : std::as_const(m_tables))
        item->setMark(QColor(), QString());
    for (ForeignKeyEdge *edge : std::as_const(m_edges)) {
        edge->setMark(QColor());
        edge->setHighlighted(false);
    }
    setFocusSet({});
}

} // namespace fkscope
