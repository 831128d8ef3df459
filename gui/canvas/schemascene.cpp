// SPDX-License-Identifier: Apache-2.0
#include "schemascene.h"

#include "foreignkeyedge.h"
#include "ghostedge.h"
#include "legenditem.h"
#include "summaryitem.h"
#include "tableitem.h"

#include <algorithm>
#include <climits>

namespace fkscope {

namespace {

constexpr qreal kLegendGap = 30; // between the legend and the picture below it

} // namespace

SchemaScene::SchemaScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // A view holds a few hundred items at most (GraphViewPlanner::kViewCap boxes, their edges and
    // summary nodes): the BSP index stays cheap to rebuild, and finds items under the mouse fast.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void SchemaScene::setGraph(const SchemaGraph &graph, bool dark)
{
    clearView();
    m_marks.clear();
    m_edgeMarks.clear();
    m_findings.clear();
    m_focusSet.clear();
    m_showingImpact = false;
    m_planner = GraphViewPlanner(graph);
    m_dark = dark;
    m_palette = dark ? CanvasPalette::darkPalette() : CanvasPalette::light();
    setBackgroundBrush(m_palette.background);
    // A graph that fits one view is shown whole; a bigger one waits for the caller's view (a map or
    // a focus), so that no throw-away view of 150 boxes is built and painted first.
    if (m_planner.drawnCount() <= GraphViewPlanner::kViewCap)
        setVisibleTables({});
    else
        showView(GraphView());
}

void SchemaScene::clearView()
{
    clear();
    m_tables.clear();
    m_edges.clear();
    m_summaries.clear();
    m_summaryEdges.clear();
    m_ghostItems.clear();
    m_labelItems.clear();
    m_legend = nullptr;
    m_view = GraphView();
    m_map = SchemaMap();
    m_showingMap = false;
}

GraphView SchemaScene::setVisibleTables(const QSet<TableId> &tables, TableId focus, int cap,
                                        const QHash<QString, int> &openedPages)
{
    const GraphView view = m_planner.fold(tables, focus, cap, openedPages);
    showView(view);
    return view;
}

TableItem *SchemaScene::createTable(TableId id)
{
    auto *item = new TableItem(id, m_planner.graph(), m_palette);
    item->setCollapsed(m_compact);
    if (m_marks.contains(id))
        item->setMark(m_marks.value(id).first, m_marks.value(id).second);
    if (const auto f = m_findings.constFind(id); f != m_findings.constEnd())
        item->setFindings(f->first, f->second);
    if (!m_focusSet.isEmpty() && !m_focusSet.contains(id))
        item->setEmphasis(TableItem::Emphasis::Dimmed);
    addItem(item);
    m_tables.insert(id, item);
    return item;
}

void SchemaScene::removeTable(TableId id)
{
    TableItem *item = m_tables.take(id);
    if (!item)
        return;
    for (ForeignKeyEdge *edge : QList<ForeignKeyEdge *>(item->edges())) {
        m_edges.remove(edge->foreignKeyId());
        for (TableItem *end : {m_tables.value(drawnAs(graph().foreignKey(edge->foreignKeyId()).child)),
                               m_tables.value(drawnAs(graph().foreignKey(edge->foreignKeyId()).parent))}) {
            if (end)
                end->removeEdge(edge);
        }
        delete edge;
    }
    delete item;
}

void SchemaScene::syncEdge(ForeignKeyEdge *edge) const
{
    const ForeignKeyId id = edge->foreignKeyId();
    const ForeignKey &fk = graph().foreignKey(id);
    const TableId child = drawnAs(fk.child), parent = drawnAs(fk.parent);
    edge->setMark(m_edgeMarks.value(id));
    if (edge->isEmphasised() != m_changeLabels.value(id).second)
        edge->setEmphasised(m_changeLabels.value(id).second);
    const TableItem *a = m_tables.value(child), *b = m_tables.value(parent);
    edge->setHighlighted(m_edgeMarks.contains(id) || (a && a->isSelected()) || (b && b->isSelected()));
    edge->setDimmed(m_dimUnmarkedEdges ? !m_edgeMarks.contains(id)
                                       : !m_focusSet.isEmpty() && !(m_focusSet.contains(child) && m_focusSet.contains(parent)));
}

void SchemaScene::addSummary(int node, SummaryItem::Kind kind, const QString &title, const std::array<int, 5> &byRule,
                             const QStringList &lines)
{
    auto *item = new SummaryItem(node, kind, title, byRule, lines, m_palette);
    addItem(item);
    m_summaries.insert(node, item);
}

void SchemaScene::showView(const GraphView &view)
{
    // Summary nodes and the map are rebuilt; table items that stay keep their state (collapsed,
    // selection) and their edges.
    for (SummaryEdge *e : std::as_const(m_summaryEdges))
        delete e;
    m_summaryEdges.clear();
    for (SummaryItem *s : std::as_const(m_summaries))
        delete s;
    m_summaries.clear();
    m_showingMap = false;
    m_map = SchemaMap();
    const QSet<TableId> wanted(view.tables.begin(), view.tables.end());
    for (TableId id : m_tables.keys()) {
        if (!wanted.contains(id))
            removeTable(id);
    }
    for (TableId id : view.tables) {
        if (!m_tables.contains(id))
            createTable(id);
    }
    // Edges between drawn tables, each found once from its child: what this costs follows the view,
    // not the thousands of FKs a drawn hub may have.
    for (TableId id : view.tables) {
        for (TableId member : m_planner.members(id)) {
            for (ForeignKeyId fkId : graph().outgoing(member)) {
                if (m_edges.contains(fkId))
                    continue;
                TableItem *parent = m_tables.value(drawnAs(graph().foreignKey(fkId).parent));
                if (!parent)
                    continue;
                auto *edge = new ForeignKeyEdge(fkId, graph(), m_tables.value(id), parent, m_dark);
                syncEdge(edge);
                addItem(edge);
                m_edges.insert(fkId, edge);
            }
        }
    }
    for (const FoldGroup &f : view.folds) {
        QStringList lines;
        QString title;
        if (f.anchor == kInvalidId) {
            title = tr("+ %n other table(s)", nullptr, static_cast<int>(f.members.size()));
        } else {
            const QString anchor = qualifiedName(graph().table(f.anchor).ref());
            title = f.referencing ? tr("+ %n table(s) referencing %1", nullptr, static_cast<int>(f.members.size())).arg(anchor)
                                  : tr("+ %n table(s) that %1 references", nullptr, static_cast<int>(f.members.size())).arg(anchor);
        }
        lines << tr("double-click: show %n more", nullptr, static_cast<int>(std::min<qsizetype>(GraphViewPlanner::kPageSize, f.members.size())));
        addSummary(f.node, SummaryItem::Kind::Fold, title, f.byRule, lines);
        if (TableItem *anchor = m_tables.value(f.anchor)) {
            SummaryItem *node = m_summaries.value(f.node);
            auto *edge = f.referencing ? new SummaryEdge(f.node, node, anchor, {}, m_dark)
                                       : new SummaryEdge(f.node, anchor, node, {}, m_dark);
            addItem(edge);
            m_summaryEdges.insert(f.node, edge);
        }
    }
    m_view = view;
    if (!m_legend) {
        m_legend = new LegendItem(m_dark);
        m_legend->setVisible(m_legendVisible);
        addItem(m_legend);
    }
    // Boxes of one schema show bare names (the schema is said once, in the legend): narrower boxes,
    // larger type at Fit. Tables of several schemas keep qualified names.
    QSet<QString> schemas;
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd() && schemas.size() < 2; ++it)
        schemas.insert(graph().table(it.key()).schema);
    const bool oneSchema = schemas.size() == 1 && !schemas.begin()->isEmpty();
    for (TableItem *item : std::as_const(m_tables))
        item->setSchemaShown(!oneSchema);
    m_legend->setCaption(oneSchema ? tr("Schema %1").arg(displayIdentifier(*schemas.begin())) : QString());
    placeLegend();
}

void SchemaScene::showMap(const SchemaMap &map)
{
    showView(GraphView());
    m_showingMap = true;
    m_map = map;
    for (const SchemaMap::Node &n : map.nodes)
        addSummary(n.node, SummaryItem::Kind::Schema, map.clusters ? tr("around %1").arg(n.schema) : displayIdentifier(n.schema), {},
                   {tr("%n table(s)", nullptr, n.tables), tr("%n foreign key(s) inside", nullptr, n.foreignKeys),
                    tr("double-click to open")});
    // Counts on every edge while they can be read; beyond that in the edges' tooltips.
    constexpr int kLabelledEdges = 40;
    const bool labels = map.edges.size() <= kLabelledEdges;
    for (const SchemaMap::Edge &e : map.edges) {
        auto *edge = new SummaryEdge(e.id, m_summaries.value(e.from), m_summaries.value(e.to), e.byRule, m_dark, labels);
        addItem(edge);
        m_summaryEdges.insert(e.id, edge);
    }
    placeLegend();
}

const FoldGroup *SchemaScene::foldGroup(int node) const
{
    for (const FoldGroup &f : m_view.folds) {
        if (f.node == node)
            return &f;
    }
    return nullptr;
}

const SchemaMap::Node *SchemaScene::mapNode(int node) const
{
    for (const SchemaMap::Node &n : m_map.nodes) {
        if (n.node == node)
            return &n;
    }
    return nullptr;
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

LayoutRequest SchemaScene::layoutRequest() const
{
    LayoutRequest request;
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        const TableItem *item = it.value();
        request.nodes.append({it.key(), item->boxWidth(), item->headerHeight(), item->rowHeight(), item->visibleRows()});
    }
    for (auto it = m_summaries.constBegin(); it != m_summaries.constEnd(); ++it)
        request.nodes.append({it.key(), it.value()->size().width(), it.value()->size().height(), 0, 0});
    std::sort(request.nodes.begin(), request.nodes.end(),
              [](const LayoutNode &a, const LayoutNode &b) { return a.table < b.table; });
    if (isLegendVisible())
        request.reservedHeight = m_legend->boundingRect().height() + kLegendGap;
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        if (!it.value()->isVisible())
            continue;
        const ForeignKey &fk = graph().foreignKey(it.key());
        const TableItem *child = m_tables.value(drawnAs(fk.child));
        const TableItem *parent = m_tables.value(drawnAs(fk.parent));
        request.edges.append({it.key(), child->tableId(), parent->tableId(), child->rowOf(fk.columns.value(0)),
                              parent->rowOf(fk.refColumns.value(0)), {}});
    }
    auto nodeOf = [](const QGraphicsItem *item) {
        if (const auto *t = qgraphicsitem_cast<const TableItem *>(item))
            return t->tableId();
        return static_cast<const SummaryItem *>(item)->node();
    };
    for (auto it = m_summaryEdges.constBegin(); it != m_summaryEdges.constEnd(); ++it)
        request.edges.append({it.key(), nodeOf(it.value()->from()), nodeOf(it.value()->to()), -1, -1, it.value()->labelSize()});
    std::sort(request.edges.begin(), request.edges.end(),
              [](const LayoutEdge &a, const LayoutEdge &b) { return a.foreignKey < b.foreignKey; });
    return request;
}

void SchemaScene::applyLayout(const LayoutResult &result)
{
    for (auto it = result.topLeft.constBegin(); it != result.topLeft.constEnd(); ++it) {
        if (TableItem *item = m_tables.value(it.key())) {
            // Every edge gets its path below: no per-move edge update while placing.
            item->setFlag(QGraphicsItem::ItemSendsGeometryChanges, false);
            item->setPos(it.value());
            item->setFlag(QGraphicsItem::ItemSendsGeometryChanges, true);
        } else if (SummaryItem *node = m_summaries.value(it.key())) {
            node->setPos(it.value());
        }
    }
    for (auto it = m_edges.constBegin(); it != m_edges.constEnd(); ++it) {
        if (!it.value()->isVisible())
            continue;
        if (result.edgePaths.contains(it.key()))
            it.value()->setLayoutPath(result.edgePaths.value(it.key()));
        else
            it.value()->adjust();
    }
    for (auto it = m_summaryEdges.constBegin(); it != m_summaryEdges.constEnd(); ++it)
        it.value()->setLayoutPath(result.edgePaths.value(it.key()), result.labelCentres.value(it.key()));
    syncComparison();
    placeLegend();
    setSceneRect(itemsBoundingRect().adjusted(-40, -40, 40, 40));
}

void SchemaScene::placeLegend()
{
    if (!m_legend)
        return;
    QRectF bounds;
    for (TableItem *item : std::as_const(m_tables))
        bounds = bounds.united(item->sceneBoundingRect());
    for (SummaryItem *item : std::as_const(m_summaries))
        bounds = bounds.united(item->sceneBoundingRect());
    m_legend->setPos(bounds.left(), bounds.top() - m_legend->boundingRect().height() - kLegendGap);
}

void SchemaScene::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    if (m_legend)
        m_legend->setVisible(visible);
}

bool SchemaScene::isLegendVisible() const { return m_legend && m_legend->isVisible(); }

void SchemaScene::setDark(bool dark)
{
    m_dark = dark;
    m_palette = dark ? CanvasPalette::darkPalette() : CanvasPalette::light();
    setBackgroundBrush(m_palette.background);
    for (TableItem *item : std::as_const(m_tables))
        item->setPalette(m_palette);
    for (ForeignKeyEdge *edge : std::as_const(m_edges))
        edge->setDark(dark);
    for (SummaryItem *item : std::as_const(m_summaries))
        item->setPalette(m_palette);
    for (SummaryEdge *edge : std::as_const(m_summaryEdges))
        edge->setDark(dark);
    if (m_legend)
        m_legend->setDark(dark);
}

void SchemaScene::setCompact(bool compact)
{
    m_compact = compact;
    for (TableItem *item : std::as_const(m_tables))
        item->setCollapsed(compact);
}

void SchemaScene::setFocusSet(const QSet<TableId> &tables)
{
    m_focusSet = tables;
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it)
        it.value()->setEmphasis(tables.isEmpty() || tables.contains(it.key()) ? TableItem::Emphasis::Normal
                                                                             : TableItem::Emphasis::Dimmed);
    for (ForeignKeyEdge *edge : std::as_const(m_edges))
        syncEdge(edge);
}

void SchemaScene::setComparison(const QHash<ForeignKeyId, QPair<QString, bool>> &labels, const QList<GhostKey> &ghosts)
{
    m_changeLabels = labels;
    m_ghostKeys = ghosts;
    for (ForeignKeyEdge *edge : std::as_const(m_edges))
        syncEdge(edge);
    syncComparison();
}

void SchemaScene::syncComparison()
{
    qDeleteAll(m_ghostItems);
    m_ghostItems.clear();
    qDeleteAll(m_labelItems);
    m_labelItems.clear();
    auto addLabel = [this](const QString &text, const QColor &color, const QPointF &at) {
        auto *label = new ChangeLabelItem(text, color, m_dark);
        label->setPos(at);
        addItem(label);
        m_labelItems << label;
    };
    for (auto it = m_changeLabels.constBegin(); it != m_changeLabels.constEnd(); ++it) {
        const ForeignKeyEdge *edge = m_edges.value(it.key());
        if (edge && edge->isVisible() && !it.value().first.isEmpty())
            addLabel(it.value().first, edge->currentPen().color(), edge->path().pointAtPercent(0.5));
    }
    for (const GhostKey &g : std::as_const(m_ghostKeys)) {
        const TableItem *child = m_tables.value(drawnAs(g.child)), *parent = m_tables.value(drawnAs(g.parent));
        if (!child || !parent || !child->isVisible() || !parent->isVisible())
            continue;
        auto *ghost = new GhostEdge(child->sceneBoundingRect(), parent->sceneBoundingRect(), g.onDelete, g.label, m_dark);
        addItem(ghost);
        m_ghostItems << ghost;
        addLabel(g.label, ghost->color(), ghost->path().pointAtPercent(0.5));
    }
}

QStringList SchemaScene::comparisonLabels() const
{
    QStringList labels;
    for (const QGraphicsItem *item : m_labelItems)
        labels << static_cast<const ChangeLabelItem *>(item)->label();
    labels.sort();
    return labels;
}

void SchemaScene::setMark(TableId table, const QColor &color, const QString &badge)
{
    const TableId drawn = drawnAs(table);
    if (color.isValid())
        m_marks.insert(drawn, {color, badge});
    else
        m_marks.remove(drawn);
    if (TableItem *item = m_tables.value(drawn))
        item->setMark(color, badge);
}

void SchemaScene::setFindings(const QHash<TableId, QPair<Severity, int>> &findings)
{
    m_findings.clear();
    for (auto it = findings.constBegin(); it != findings.constEnd(); ++it) {
        // A partition's findings go to the box of the table it is drawn in.
        auto &f = m_findings[drawnAs(it.key())];
        f = {f.second == 0 ? it->first : std::max(f.first, it->first), f.second + it->second};
    }
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        const auto f = m_findings.value(it.key(), {Severity::Info, 0});
        it.value()->setFindings(f.first, f.second);
    }
}

void SchemaScene::clearMarks()
{
    m_marks.clear();
    for (TableItem *item : std::as_const(m_tables))
        item->setMark(QColor(), QString());
}

void SchemaScene::markBlastRadius(TableId root, const QHash<TableId, bool> &radius)
{
    clearMarks();
    for (auto it = radius.constBegin(); it != radius.constEnd(); ++it) {
        const bool isRoot = it.key() == drawnAs(root);
        // Okabe-Ito, with the role in words on the badge.
        setMark(it.key(), isRoot ? QColor(0x2f, 0x4b, 0x6e) : it.value() ? QColor(0xCC, 0x79, 0xA7) : QColor(0xD5, 0x5E, 0x00),
                isRoot ? tr("DELETE") : it.value() ? tr("can block") : tr("reached"));
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
    const TableId root = graph().findTable(r.root);
    if (root == kInvalidId)
        return {};
    // Best outcome first wins a table's colour: blocking > root > deleted > nulled > unknown.
    QHash<TableId, int> rank;
    QHash<TableId, QStringList> badges;
    auto note = [&](const TableRef &ref, int level, const QString &badge) {
        const TableId id = graph().findTable(ref);
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
            for (ForeignKeyId id : graph().incoming(at)) {
                if (graph().foreignKey(id).name == path[i]) {
                    found = id;
                    break;
                }
            }
            if (found == kInvalidId)
                return;
            const FkAction rule = graph().foreignKey(found).onDelete;
            const int level = i == path.size() - 1 && lastLevel == 5 ? 5
                : rule == FkAction::Cascade                          ? 3
                                                                     : 2;
            edgeRank[found] = std::max(edgeRank.value(found, 0), level);
            at = graph().foreignKey(found).child;
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
        setMark(it.key(), impactColor(QLatin1String(names[it.value()])), badges.value(it.key()).join(QStringLiteral(" · ")));
    }
    for (auto it = edgeRank.constBegin(); it != edgeRank.constEnd(); ++it)
        m_edgeMarks.insert(it.key(), impactColor(QLatin1String(names[it.value()])));
    m_dimUnmarkedEdges = true;
    setFocusSet(involved);
    return involved;
}

void SchemaScene::clearImpact()
{
    if (!m_showingImpact)
        return;
    m_showingImpact = false;
    m_dimUnmarkedEdges = false;
    m_edgeMarks.clear();
    clearMarks();
    setFocusSet({});
}

} // namespace fkscope
