// SPDX-License-Identifier: Apache-2.0
#include "rendercommand.h"

#include "interrupt.h"
#include "output.h"
#include "sourceoptions.h"

#include "canvas/comparisonmarks.h"
#include "canvas/schemascene.h"
#include "canvas/scenerender.h"
#include "canvas/tableitem.h"
#include "core/savefile.h"
#include "layout/graphvizlayout.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <limits>

namespace fkscope::cli {

namespace {

const char *const kCommand = "render";

const char *const kHelp = QT_TRANSLATE_NOOP("fkscope::cli", R"(Usage: fkscope render --db SOURCE [options] -o FILE

Draws the foreign-key graph, laid out by Graphviz, to FILE: PNG, SVG or DOT by its extension. Uses
the window's own canvas code; no display is needed.

Examples:
  fkscope render --db "dbname=shop" -o shop.svg
  fkscope render --db shop.json --focus public.orders --hops 2 -o orders.png
  fkscope render --db "dbname=shop" --blast-radius public.customers -o customers-delete.png
)");

TableId findTable(const SchemaGraph &graph, const QString &name)
{
    // SCHEMA.TABLE as displayed (quoted where needed), or a bare table name if unique.
    for (TableId id = 0; id < graph.tables().size(); ++id) {
        if (qualifiedName(graph.table(id).ref()) == name)
            return id;
    }
    TableId found = kInvalidId;
    for (TableId id = 0; id < graph.tables().size(); ++id) {
        if (graph.table(id).name == name) {
            if (found != kInvalidId)
                throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::cli", "%1 is ambiguous: qualify it with its schema.").arg(name));
            found = id;
        }
    }
    if (found == kInvalidId)
        throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::cli", "No table %1 in the loaded schema.").arg(name));
    return found;
}

} // namespace

int runRenderCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("fkscope::cli", "The file to write: .png, .svg or .dot."), QStringLiteral("FILE"));
    const QCommandLineOption focus(QStringLiteral("focus"), QCoreApplication::translate("fkscope::cli", "Only this table and its neighbours."),
                                   QStringLiteral("TABLE"));
    const QCommandLineOption hops(QStringLiteral("hops"), QCoreApplication::translate("fkscope::cli", "Neighbours within N foreign keys (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption blast(QStringLiteral("blast-radius"),
                                   QCoreApplication::translate("fkscope::cli", "Only what a DELETE on TABLE can reach or be blocked by."),
                                   QStringLiteral("TABLE"));
    const QCommandLineOption engine(QStringLiteral("engine"), QCoreApplication::translate("fkscope::cli", "Graphviz engine (default: by size)."),
                                    QStringLiteral("dot|sfdp|neato"));
    const QCommandLineOption dark(QStringLiteral("dark"), QCoreApplication::translate("fkscope::cli", "Dark palette."));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), QCoreApplication::translate("fkscope::cli", "Leave the legend out."));
    const QCommandLineOption collapsed(QStringLiteral("collapsed"), QCoreApplication::translate("fkscope::cli", "Draw boxes as headers only."));
    const QCommandLineOption diffFrom(QStringLiteral("diff-from"),
                                      QCoreApplication::translate("fkscope::cli", "Mark what changed since SOURCE (as fkscope diff --from SOURCE): "
                                                                                  "new keys, changed rules (old → new), removed keys as ghosts."),
                                      QStringLiteral("SOURCE"));
    parser.addOptions({output, focus, hops, blast, engine, dark, noLegend, collapsed, diffFrom});
    if (const auto done = parseCommandLine(parser, arguments, QLatin1String(kCommand), kHelp))
        return *done;
    if (const auto usage = reportUsage(QLatin1String(kCommand), {source.read(parser)}))
        return *usage;
    if (!parser.isSet(output)) {
        printError(QLatin1String(kCommand), QCoreApplication::translate("fkscope::cli", "-o FILE is required (.png, .svg or .dot)"));
        return kExitUsage;
    }
    const QString path = parser.value(output);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("dot")) {
        printError(QLatin1String(kCommand), QCoreApplication::translate("fkscope::cli", "-o takes a .png, .svg or .dot file"));
        return kExitUsage;
    }
    bool hopsOk = false;
    const int hopCount = parser.value(hops).toInt(&hopsOk);
    if (!hopsOk || hopCount < 0) {
        printError(QLatin1String(kCommand), QCoreApplication::translate("fkscope::cli", "--hops takes a whole number"));
        return kExitUsage;
    }
    try {
        const SchemaGraph graph = createLoader(source.spec())->load(source.loadOptions());
        SchemaScene scene;
        scene.setGraph(graph, parser.isSet(dark));
        scene.setLegendVisible(!parser.isSet(noLegend));
        const GraphViewPlanner &planner = scene.planner();
        // A PNG has a size cap: beyond GraphViewPlanner::kViewCap boxes its type cannot be read, so
        // the picture folds (or shows the schema map) and says so. SVG and DOT draw everything asked.
        const bool capped = suffix == QLatin1String("png");
        const int cap = capped ? GraphViewPlanner::kViewCap : std::numeric_limits<int>::max();
        QSet<TableId> wanted;
        TableId centre = kInvalidId;
        if (parser.isSet(focus)) {
            centre = findTable(graph, parser.value(focus));
            wanted = planner.neighbourhood(centre, hopCount);
        }
        if (parser.isSet(blast)) {
            centre = findTable(graph, parser.value(blast));
            const QHash<TableId, bool> radius = planner.blastRadius(centre);
            wanted = QSet<TableId>(radius.keyBegin(), radius.keyEnd());
            scene.markBlastRadius(centre, radius);
        }
        std::optional<ComparisonMarks> marks;
        if (parser.isSet(diffFrom)) {
            const SchemaGraph before = createLoader(SourceSpec::parse(parser.value(diffFrom)))->load(source.loadOptions());
            marks = comparisonMarks(before, graph, diffGraphs(before, graph), true);
            // A focused picture also shows the tables a removed key linked it to, with the ghost.
            if (!wanted.isEmpty()) {
                const QSet<TableId> focused = wanted;
                for (const GhostKey &g : marks->ghosts) {
                    if (focused.contains(planner.drawnAs(g.child)) || focused.contains(planner.drawnAs(g.parent)))
                        wanted << planner.drawnAs(g.child) << planner.drawnAs(g.parent);
                }
            }
        }
        const int asked = wanted.isEmpty() ? planner.drawnCount() : static_cast<int>(wanted.size());
        if (asked > cap && centre == kInvalidId) {
            const SchemaMap map = planner.overviewMap();
            scene.showMap(map);
            printError(QLatin1String(kCommand),
                       (map.clusters ? QCoreApplication::translate("fkscope::cli", "%1 tables do not fit one readable picture: drew a map of %2 "
                                                                                   "clusters of linked tables. Use --focus TABLE, --schema "
                                                                                   "PATTERN, or an .svg file for everything.")
                                     : QCoreApplication::translate("fkscope::cli", "%1 tables do not fit one readable picture: drew the map "
                                                                                   "of %2 schemas. Use --focus TABLE, --schema PATTERN, or "
                                                                                   "an .svg file for everything."))
                           .arg(asked)
                           .arg(map.nodes.size()));
        } else {
            const GraphView view = planner.fold(wanted, centre, cap);
            if (!view.folds.isEmpty())
                printError(QLatin1String(kCommand),
                             QCoreApplication::translate("fkscope::cli", "%1 tables do not fit one readable picture: %2 are folded into "
                                                                         "summary nodes. Use --focus TABLE, --schema PATTERN, or an .svg "
                                                                         "file for everything.")
                                 .arg(asked)
                                 .arg(view.foldedTables()));
            scene.showView(view);
        }
        // Many boxes are drawn as headers only, as in the window.
        if (parser.isSet(collapsed) || scene.tableItemCount() > GraphViewPlanner::kCompactAbove)
            scene.setCompact(true);
        LayoutRequest request = scene.layoutRequest();
        request.engine = parser.value(engine);
        request.aspect = 1.6; // a screen's or a slide's shape
        if (suffix == QLatin1String("dot")) {
            QHash<TableId, QString> labels;
            for (const LayoutNode &n : request.nodes)
                labels.insert(n.table, qualifiedName(graph.table(n.table).ref()));
            throwIfInterrupted(path);
            writeFileWhole(path, GraphvizLayout::dot(request, GraphvizLayout::chooseEngine(request), labels));
            return kExitOk;
        }
        scene.applyLayout(GraphvizLayout::layout(request));
        if (marks)
            scene.setComparison(marks->labels, marks->ghosts);
        throwIfInterrupted(path);
        renderScene(scene, path);
    } catch (const Error &e) {
        return reportError(QLatin1String(kCommand), e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
