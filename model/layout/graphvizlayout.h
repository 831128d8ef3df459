#pragma once

#include "layoutresult.h"

namespace fkscope {

// Lays out table boxes with Graphviz (cgraph/gvc). Nodes are HTML tables with one fixed-size cell
// per column row, so edges run from the child's column to the parent's column on the very geometry
// the scene draws. Graphviz is not thread-safe: every call goes through one process-wide mutex, so
// layouts may be requested from any thread (the GUI runs them in a worker). Throws fkscope::Error.
class GraphvizLayout
{
public:
    // Measured with bench: dot stays interactive up to a few hundred boxes; beyond, sfdp.
    static constexpr int kDotLimit = 400;

    static LayoutResult layout(const LayoutRequest &request);
    // The DOT text handed to Graphviz (also what `fkscope render -o x.dot` writes).
    static QByteArray dot(const LayoutRequest &request, const QString &engine, const QHash<TableId, QString> &labels = {});
    static QString chooseEngine(const LayoutRequest &request);
};

} // namespace fkscope
