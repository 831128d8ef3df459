#include "graphvizlayout.h"

#include "core/error.h"

#include <QCoreApplication>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>

#include <QElapsedTimer>

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
        out += "  n" + QByteArray::number(n.table) + " [label=" + table;
        if (labels.contains(n.table)) {
            QByteArray tooltip = labels.value(n.table).toUtf8();
            tooltip.replace('\\', "\\\\").replace('"', "\\\"");
            out += ", tooltip=\"" + tooltip + "\"";
        }
        out += "];\n";
    }
    for (const LayoutEdge &e : request.edges) {
        out += "  n" + QByteArray::number(e.child) + ":" + port(e.childRow).toUtf8();
        out += hierarchical ? ":e" : "";
        out += " -> n" + QByteArray::number(e.parent) + ":" + port(e.parentRow).toUtf8();
        out += hierarchical ? ":w" : "";
        out += " [id=\"e" + QByteArray::number(e.foreignKey) + "\"";
        if (e.child == e.parent)
            out += ", dir=forward";
        out += "];\n";
    }
    out += "}\n";
    return out;
}

LayoutResult GraphvizLayout::layout(const LayoutRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    result.engine = chooseEngine(request);
    if (request.nodes.isEmpty())
        return result;
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
        }
    }
    gvFreeLayout(gvc, g.get());
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace fkscope
