// SPDX-License-Identifier: Apache-2.0
#include "graphvizlayout.h"

#include "core/error.h"

#include <QCoreApplication>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>
#include <cmath>
#include <memory>
#include <mutex>

namespace fkscope {

namespace {

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

// Graphviz works in points (1/72 inch) with y up; the scene uses its own units with y down.
constexpr double kScale = 1.0;

// One context for the process, created on first use under the mutex and kept: gvContext() loads
// the plugin configuration (and libgvc 2.42 leaks part of it on every call), so a context per
// layout would cost time and memory each time.
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

struct GraphDeleter
{
    void operator()(Agraph_t *g) const { agclose(g); }
};

QString port(int row) { return row < 0 ? QStringLiteral("h") : QStringLiteral("r%1").arg(row); }

} // namespace

namespace {

// Edges that close a cycle (back edges of a depth-first search), self references left out.
int backEdges(const LayoutRequest &request)
{
    QHash<TableId, QList<TableId>> out;
    for (const LayoutEdge &e : request.edges) {
        if (e.child != e.parent)
            out[e.child].append(e.parent);
    }
    QHash<TableId, int> state; // 1 on the stack, 2 done
    int back = 0;
    for (const LayoutNode &start : request.nodes) {
        if (state.value(start.table))
            continue;
        // Iterative DFS: deep FK chains must not overflow the stack.
        QList<QPair<TableId, int>> stack{{start.table, 0}};
        state[start.table] = 1;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            const QList<TableId> &targets = out[node];
            if (next < targets.size()) {
                const TableId t = targets[next++];
                const int s = state.value(t);
                if (s == 1)
                    ++back;
                else if (s == 0) {
                    state[t] = 1;
                    stack.append({t, 0});
                }
            } else {
                state[node] = 2;
                stack.removeLast();
            }
        }
    }
    return back;
}

// The request's connected components, each a request of its own (nodes and edges in request order).
QList<LayoutRequest> components(const LayoutRequest &request)
{
    QHash<TableId, TableId> up;
    auto find = [&](TableId x) {
        TableId root = x;
        while (up.value(root, root) != root)
            root = up.value(root);
        while (up.value(x, x) != root) { // path compression
            const TableId next = up.value(x);
            up.insert(x, root);
            x = next;
        }
        return root;
    };
    for (const LayoutEdge &e : request.edges)
        up.insert(find(e.child), find(e.parent));
    QHash<TableId, int> index;
    QList<LayoutRequest> out;
    for (const LayoutNode &n : request.nodes) {
        const TableId root = find(n.table);
        if (!index.contains(root)) {
            index.insert(root, static_cast<int>(out.size()));
            out.append(LayoutRequest());
            out.last().engine = request.engine;
            out.last().aspect = request.aspect;
            out.last().reservedHeight = request.reservedHeight;
        }
        out[index.value(root)].nodes.append(n);
    }
    for (const LayoutEdge &e : request.edges) {
        if (index.contains(find(e.child)))
            out[index.value(find(e.child))].edges.append(e);
    }
    return out;
}

} // namespace

QString GraphvizLayout::chooseEngine(const LayoutRequest &request)
{
    if (!request.engine.isEmpty())
        return request.engine;
    const int n = static_cast<int>(request.nodes.size());
    if (n <= kDotAlways)
        return QStringLiteral("dot");
    if (n > kDotLimit)
        return QStringLiteral("sfdp");
    return backEdges(request) * 10 <= request.edges.size() ? QStringLiteral("dot") : QStringLiteral("sfdp");
}

QByteArray GraphvizLayout::dot(const LayoutRequest &request, const QString &engine, const QHash<TableId, QString> &labels)
{
    const bool hierarchical = engine == QLatin1String("dot");
    QByteArray out = "digraph fkscope {\n";
    out += "  graph [rankdir=LR, nodesep=0.35, ranksep=1.1, pad=0.3";
    // mclimit / nslimit bound dot's crossing minimisation and network simplex: on dense graphs the
    // defaults cost minutes (bench_layout), for a few more crossings.
    out += hierarchical ? ", splines=spline, newrank=true, mclimit=0.3, nslimit=3, nslimit1=3"
                        : ", splines=false, overlap=prism, sep=\"+12\"";
    out += "];\n  node [shape=plaintext, margin=0];\n  edge [arrowsize=0.7];\n";
    for (const LayoutNode &n : request.nodes) {
        // One fixed-size cell for the header and one per row: the node is exactly the box the scene draws.
        QByteArray table = "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
        auto cell = [&](const QString &name, double h) {
            table += QStringLiteral("<TR><TD PORT=\"%1\" WIDTH=\"%2\" HEIGHT=\"%3\" FIXEDSIZE=\"TRUE\"></TD></TR>")
                         .arg(name)
                         .arg(qRound(n.width * kScale))
                         .arg(qRound(h * kScale))
                         .toUtf8();
        };
        cell(QStringLiteral("h"), n.headerHeight);
        for (int r = 0; r < n.rows; ++r)
            cell(port(r), n.rowHeight);
        table += "</TABLE>>";
        out += "  \"n" + QByteArray::number(n.table) + "\" [label=" + table;
        if (labels.contains(n.table)) {
            QByteArray tooltip = labels.value(n.table).toUtf8();
            tooltip.replace('\\', "\\\\").replace('"', "\\\"");
            out += ", tooltip=\"" + tooltip + "\"";
        }
        out += "];\n";
    }
    for (const LayoutEdge &e : request.edges) {
        out += "  \"n" + QByteArray::number(e.child) + "\":" + port(e.childRow).toUtf8();
        out += hierarchical ? ":e" : "";
        out += " -> \"n" + QByteArray::number(e.parent) + "\":" + port(e.parentRow).toUtf8();
        out += hierarchical ? ":w" : "";
        out += " [id=\"e" + QByteArray::number(e.foreignKey) + "\"";
        if (e.child == e.parent)
            out += ", dir=forward";
        if (!e.label.isEmpty())
            out += QStringLiteral(", label=<<TABLE BORDER=\"0\" CELLPADDING=\"0\"><TR><TD WIDTH=\"%1\" HEIGHT=\"%2\" "
                                  "FIXEDSIZE=\"TRUE\"></TD></TR></TABLE>>")
                       .arg(qRound(e.label.width() * kScale))
                       .arg(qRound(e.label.height() * kScale))
                       .toUtf8();
        out += "];\n";
    }
    out += "}\n";
    return out;
}

namespace {

// A table with many leaf neighbours on one side (tables linked to nothing else in the view): dot
// puts them all in one rank, a column a hundred boxes tall, and wrapping them over several ranks
// does not help (each long edge keeps a virtual node in every rank it crosses). So the leaves are
// laid out by hand in a grid block about as wide as it is tall, and Graphviz places the block as one
// node beside the table (Graphviz's unflatten idea, done as a block).
constexpr double kFanGapX = 24, kFanGapY = 10;

struct Fan
{
    TableId hub = kInvalidId;
    bool children = true; // the leaves reference the hub (else the hub references them)
    QList<const LayoutNode *> leaves;
    int columns = 1;
    QSizeF cell;
    int node = 0; // the placeholder's id in the reduced request

    int rows(int c) const { return (static_cast<int>(leaves.size()) + c - 1) / c; }
    int rows() const { return rows(columns); }
    // The leaves fill the block column by column (a list read top to bottom, in the view's order),
    // each column as wide as its widest leaf.
    QList<double> columnWidths(int c) const
    {
        QList<double> widths(c, 0.0);
        const int r = rows(c);
        for (int i = 0; i < leaves.size(); ++i)
            widths[i / r] = std::max(widths[i / r], leaves[i]->width + kFanGapX);
        return widths;
    }
    QSizeF blockSize(int c) const
    {
        const QList<double> widths = columnWidths(c);
        return QSizeF(std::accumulate(widths.begin(), widths.end(), 0.0), rows(c) * cell.height());
    }
    // Where each leaf goes inside the block, in leaf order.
    QList<QPointF> leafOffsets() const
    {
        const QList<double> widths = columnWidths(columns);
        const int r = rows();
        QList<QPointF> out;
        double x = 0;
        for (int i = 0; i < leaves.size(); ++i) {
            if (i > 0 && i % r == 0)
                x += widths[i / r - 1];
            out.append(QPointF(x, (i % r) * cell.height()));
        }
        return out;
    }
};

constexpr int kPlaceholderBase = -1000000; // ids of placeholder nodes and edges: never a table, FK or summary node

QList<Fan> findFans(const LayoutRequest &request)
{
    QHash<TableId, QSet<TableId>> neighbours;
    for (const LayoutEdge &e : request.edges) {
        if (e.child == e.parent)
            continue;
        neighbours[e.child].insert(e.parent);
        neighbours[e.parent].insert(e.child);
    }
    QHash<QPair<TableId, bool>, Fan> byHub; // (hub, leaves are its children)
    QSet<TableId> taken;
    for (const LayoutNode &n : request.nodes) {
        const QSet<TableId> &mine = neighbours[n.table];
        if (mine.size() != 1 || n.table < 0)
            continue; // summary nodes (negative ids) keep their own place and routed edge
        const TableId hub = *mine.begin();
        if (neighbours.value(hub).size() <= 1)
            continue; // two tables linked only to each other
        bool child = false;
        for (const LayoutEdge &e : request.edges)
            child = child || (e.child == n.table && e.parent == hub);
        Fan &fan = byHub[{hub, child}];
        fan.hub = hub;
        fan.children = child;
        fan.leaves.append(&n);
    }
    QList<Fan> out;
    for (Fan &fan : byHub) {
        if (fan.leaves.size() < GraphvizLayout::kFanWrap)
            continue;
        for (const LayoutNode *leaf : std::as_const(fan.leaves)) {
            fan.cell.setWidth(std::max(fan.cell.width(), leaf->width + kFanGapX));
            fan.cell.setHeight(std::max(fan.cell.height(), leaf->headerHeight + leaf->rows * leaf->rowHeight + kFanGapY));
        }
        const int n = static_cast<int>(fan.leaves.size());
        fan.columns = std::clamp(static_cast<int>(std::ceil(std::sqrt(n * fan.cell.height() / fan.cell.width()))), 1, n);
        fan.node = kPlaceholderBase - static_cast<int>(out.size());
        out.append(fan);
    }
    return out;
}

} // namespace

namespace {

// The request Graphviz sees: each fan's leaves become one block node with one edge to its table.
LayoutRequest withFanBlocks(const LayoutRequest &full, const QList<Fan> &fans)
{
    if (fans.isEmpty())
        return full;
    QSet<TableId> inFan;
    for (const Fan &fan : fans) {
        for (const LayoutNode *leaf : fan.leaves)
            inFan.insert(leaf->table);
    }
    LayoutRequest request = full;
    request.nodes.clear();
    for (const LayoutNode &n : full.nodes) {
        if (!inFan.contains(n.table))
            request.nodes.append(n);
    }
    request.edges.clear();
    for (const LayoutEdge &e : full.edges) {
        if (!inFan.contains(e.child) && !inFan.contains(e.parent))
            request.edges.append(e);
    }
    for (const Fan &fan : fans) {
        const QSizeF block = fan.blockSize(fan.columns);
        request.nodes.append({fan.node, block.width(), block.height(), 0, 0});
        request.edges.append({fan.node, fan.children ? fan.node : fan.hub, fan.children ? fan.hub : fan.node, -1, -1, {}});
    }
    return request;
}

// How large a picture of this size is drawn in a viewport of this aspect at Fit (relative).
double fitScale(const QSizeF &picture, double aspect)
{
    return std::min(aspect / std::max(1.0, picture.width()), 1.0 / std::max(1.0, picture.height()));
}

// Reshapes the biggest fan's block so that the picture (bounds, laid out with the blocks as they
// are) would fit `aspect` at the largest scale, estimating that the picture grows and shrinks with
// the block. False when the block's shape stays.
bool reshapeForAspect(QList<Fan> &fans, QSizeF bounds, double aspect)
{
    Fan *big = nullptr;
    for (Fan &fan : fans) {
        if (!big || fan.leaves.size() > big->leaves.size())
            big = &fan;
    }
    const int n = static_cast<int>(big->leaves.size());
    const QSizeF block = big->blockSize(big->columns);
    int best = big->columns;
    double bestScale = fitScale(bounds, aspect);
    for (int c = 1; c <= n; ++c) {
        const QSizeF shaped = big->blockSize(c);
        const QSizeF picture(std::max(shaped.width(), bounds.width() - block.width() + shaped.width()),
                             std::max(shaped.height(), bounds.height() - block.height() + shaped.height()));
        const double scale = fitScale(picture, aspect);
        if (scale > bestScale * 1.03) {
            best = c;
            bestScale = scale;
        }
    }
    if (best == big->columns)
        return false;
    big->columns = best;
    return true;
}

} // namespace

LayoutResult GraphvizLayout::layoutConnected(const LayoutRequest &full, const QString &engine)
{
    if (full.nodes.isEmpty()) {
        LayoutResult result;
        result.engine = engine;
        return result;
    }
    QList<Fan> fans = engine == QLatin1String("dot") ? findFans(full) : QList<Fan>();
    LayoutResult result = runGraphviz(withFanBlocks(full, fans), engine);
    if (full.aspect > 0 && !fans.isEmpty()) {
        // A second pass with the block reshaped, kept when the picture fits the viewport better.
        const QList<Fan> first = fans;
        auto picture = [&](const LayoutResult &r) { return r.bounds.size() + QSizeF(0, full.reservedHeight); };
        if (reshapeForAspect(fans, picture(result), full.aspect)) {
            LayoutResult second = runGraphviz(withFanBlocks(full, fans), engine);
            if (fitScale(picture(second), full.aspect) > fitScale(picture(result), full.aspect))
                result = second;
            else
                fans = first;
        }
    }
    // Fans: their leaves in rows inside the block Graphviz placed; the scene draws their edges.
    for (const Fan &fan : fans) {
        const QPointF origin = result.topLeft.take(fan.node);
        result.edgePaths.remove(fan.node);
        const QList<QPointF> offsets = fan.leafOffsets();
        for (int i = 0; i < fan.leaves.size(); ++i)
            result.topLeft.insert(fan.leaves[i]->table, origin + offsets[i]);
    }
    return result;
}

LayoutResult GraphvizLayout::runGraphviz(const LayoutRequest &request, const QString &engine)
{
    LayoutResult result;
    result.engine = engine;
    const QByteArray text = dot(request, result.engine);

    std::lock_guard<std::mutex> lock(graphvizMutex());
    GVC_t *gvc = context();
    std::unique_ptr<Agraph_t, GraphDeleter> g(agmemread(text.constData()));
    if (!gvc || !g)
        throw Error(ErrorKind::DatabaseError, QCoreApplication::translate("fkscope::Messages", "Graphviz could not read the layout graph."));
    if (gvLayout(gvc, g.get(), result.engine.toUtf8().constData()) != 0)
        throw Error(ErrorKind::DatabaseError, QCoreApplication::translate("fkscope::Messages", "Graphviz layout (%1) failed.").arg(result.engine));
    const boxf bb = GD_bb(g.get());
    const double top = bb.UR.y;
    auto toScene = [&](pointf p) { return QPointF((p.x - bb.LL.x) / kScale, (top - p.y) / kScale); };
    result.bounds = QRectF(0, 0, (bb.UR.x - bb.LL.x) / kScale, (bb.UR.y - bb.LL.y) / kScale);

    for (Agnode_t *n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
        const TableId id = QByteArray(agnameof(n)).mid(1).toInt();
        const pointf c = ND_coord(n);
        const double w = ND_width(n) * 72.0, h = ND_height(n) * 72.0;
        result.topLeft.insert(id, toScene(pointf{c.x - w / 2, c.y + h / 2}));
        for (Agedge_t *e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e)) {
            const char *idAttr = agget(e, const_cast<char *>("id"));
            if (!idAttr || idAttr[0] != 'e' || !ED_spl(e))
                continue;
            const ForeignKeyId fk = QByteArray(idAttr + 1).toInt();
            QList<QPointF> points;
            const splines *spl = ED_spl(e);
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int i = 0; i < bz.size; ++i)
                    points.append(toScene(bz.list[i]));
                if (bz.eflag)
                    points.append(toScene(bz.ep)); // the arrow tip
            }
            result.edgePaths.insert(fk, points);
            if (const textlabel_t *label = ED_label(e); label && label->set)
                result.labelCentres.insert(fk, toScene(label->pos));
        }
    }
    gvFreeLayout(gvc, g.get());
    return result;
}

LayoutResult GraphvizLayout::layout(const LayoutRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.engine = chooseEngine(request);
    // Unconnected parts are laid out one by one and packed in rows about 1.6 times (or the requested
    // aspect) as wide as the whole is tall (dot stacks them in one rank: 60 lone tables made a 45-inch column; Graphviz's
    // own pack=true crashes with newrank in 2.42 and leaks without it). A lone table needs no
    // Graphviz at all.
    QList<LayoutResult> parts;
    double area = 0, widest = 0;
    for (const LayoutRequest &part : components(request)) {
        LayoutResult r;
        if (part.nodes.size() == 1) {
            const LayoutNode &n = part.nodes.first();
            r.topLeft.insert(n.table, QPointF(0, 0));
            r.bounds = QRectF(0, 0, n.width, n.headerHeight + n.rows * n.rowHeight);
        } else {
            r = layoutConnected(part, result.engine);
        }
        area += (r.bounds.width() + kPackGap) * (r.bounds.height() + kPackGap);
        widest = std::max(widest, r.bounds.width());
        parts.append(r);
    }
    // Tallest first, left to right, a new row when the row is full.
    std::stable_sort(parts.begin(), parts.end(),
                     [](const LayoutResult &a, const LayoutResult &b) { return a.bounds.height() > b.bounds.height(); });
    const double rowWidth = std::max(widest, std::sqrt(area * (request.aspect > 0 ? request.aspect : 1.6)));
    double x = 0, y = 0, rowHeight = 0;
    for (const LayoutResult &r : std::as_const(parts)) {
        if (x > 0 && x + r.bounds.width() > rowWidth) {
            x = 0;
            y += rowHeight + kPackGap;
            rowHeight = 0;
        }
        const QPointF offset(x - r.bounds.left(), y - r.bounds.top());
        for (auto it = r.topLeft.constBegin(); it != r.topLeft.constEnd(); ++it)
            result.topLeft.insert(it.key(), it.value() + offset);
        for (auto it = r.edgePaths.constBegin(); it != r.edgePaths.constEnd(); ++it) {
            QList<QPointF> points = it.value();
            for (QPointF &p : points)
                p += offset;
            result.edgePaths.insert(it.key(), points);
        }
        for (auto it = r.labelCentres.constBegin(); it != r.labelCentres.constEnd(); ++it)
            result.labelCentres.insert(it.key(), it.value() + offset);
        result.bounds = result.bounds.united(r.bounds.translated(offset));
        x += r.bounds.width() + kPackGap;
        rowHeight = std::max(rowHeight, r.bounds.height());
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace fkscope
