// SPDX-License-Identifier: Apache-2.0
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
    // Measured with tests/bench/bench_layout (2 cores): real schemas are nearly acyclic and dot lays
    // them out fast (dhis2 473 tables 257 ms, musicbrainz 515 tables 121 ms, faster than sfdp), but
    // on graphs full of cycles dot explodes (300 random tables 3.5 s, 400 tables 10 s) while sfdp
    // stays under 0.4 s. So: dot up to kDotAlways tables; sfdp above kDotLimit; in between dot only
    // when at most a tenth of the edges close a cycle.
    static constexpr int kDotAlways = 150;
    static constexpr int kDotLimit = 600;

    static LayoutResult layout(const LayoutRequest &request);
    // The DOT text handed to Graphviz (also what `fkscope render -o x.dot` writes).
    static QByteArray dot(const LayoutRequest &request, const QString &engine, const QHash<TableId, QString> &labels = {});
    static QString chooseEngine(const LayoutRequest &request);

private:
    // One connected request (fans wrapped into blocks), through Graphviz.
    static LayoutResult layoutConnected(const LayoutRequest &request, const QString &engine);
    // One Graphviz run on the request as it is.
    static LayoutResult runGraphviz(const LayoutRequest &request, const QString &engine);

public:
    // A table with at least this many leaf neighbours on one side (dot) gets them in a grid block
    // beside it instead of one rank-long column.
    static constexpr int kFanWrap = 8;
    static constexpr double kPackGap = 40; // between packed unconnected parts
};

} // namespace fkscope
