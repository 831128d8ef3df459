// SPDX-License-Identifier: Apache-2.0
// Layout benchmark: how long Graphviz takes on FK graphs of growing size with dot and with sfdp, to
// choose GraphvizLayout::kDotLimit (the window must stay responsive; layouts run in a worker, but a
// user waits for them). Synthetic graphs: tables of 3-12 rows, 2 FKs per table on average, a few hubs.
#include "layout/graphvizlayout.h"
#include "snapshot/snapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace fkscope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::mt19937 rng(7);
    // Real schemas from snapshot files given as arguments (boxes as the canvas sizes them, roughly).
    for (const QString &path : app.arguments().mid(1)) {
        const SchemaGraph g = snapshot::readFile(path);
        LayoutRequest request;
        for (TableId id = 0; id < g.tables().size(); ++id) {
            if (!g.table(id).isPartition())
                request.nodes.append({id, 200, 30, 18, static_cast<int>(g.table(id).columns.size())});
        }
        for (ForeignKeyId id = 0; id < g.foreignKeys().size(); ++id) {
            const ForeignKey &fk = g.foreignKey(id);
            if (g.table(fk.child).isPartition() || g.table(fk.parent).isPartition())
                continue;
            request.edges.append({id, fk.child, fk.parent, g.table(fk.child).columnIndex(fk.columns[0]),
                                  g.table(fk.parent).columnIndex(fk.refColumns[0]), {}});
        }
        for (const char *engine : {"dot", "sfdp"}) {
            request.engine = QString::fromLatin1(engine);
            QElapsedTimer t;
            t.start();
            GraphvizLayout::layout(request);
            std::printf("%-40s %5lld tables %5lld FKs %-5s %8lld ms\n", qPrintable(path), static_cast<long long>(request.nodes.size()),
                        static_cast<long long>(request.edges.size()), engine, static_cast<long long>(t.elapsed()));
            std::fflush(stdout);
        }
    }
    if (app.arguments().size() > 1)
        return 0;
    std::printf("%8s %12s %12s\n", "tables", "dot ms", "sfdp ms");
    for (int n : {50, 100, 200, 300, 400, 600}) {
        LayoutRequest request;
        for (int i = 0; i < n; ++i)
            request.nodes.append({i, 180, 30, 18, 3 + static_cast<int>(rng() % 10)});
        for (int i = 0; i < 2 * n; ++i) {
            const int child = static_cast<int>(rng() % n);
            // a fifth of the FKs point at one of five hub tables
            const int parent = rng() % 5 == 0 ? static_cast<int>(rng() % 5) : static_cast<int>(rng() % n);
            request.edges.append({i, child, parent, 1, 0, {}});
        }
        double times[2] = {0, 0};
        int k = 0;
        for (const char *engine : {"dot", "sfdp"}) {
            if (std::string(engine) == "dot" && n > 400) {
                times[k++] = -1;
                continue;
            }
            request.engine = QString::fromLatin1(engine);
            QElapsedTimer t;
            t.start();
            GraphvizLayout::layout(request);
            times[k++] = t.elapsed();
        }
        std::printf("%8d %12.0f %12.0f\n", n, times[0], times[1]);
        std::fflush(stdout);
    }
    return 0;
}
