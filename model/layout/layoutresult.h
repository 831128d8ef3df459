// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/table.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace fkscope {

// What to lay out: boxes of known size (the scene measures them) and FK edges between column rows.
struct LayoutNode
{
    TableId table = kInvalidId;
    double width = 0; // scene units (pixels at zoom 1)
    double headerHeight = 0;
    double rowHeight = 0;
    int rows = 0; // visible column rows; 0 for a collapsed box
};

struct LayoutEdge
{
    ForeignKeyId foreignKey = kInvalidId;
    TableId child = kInvalidId;
    TableId parent = kInvalidId;
    int childRow = -1; // -1: the header (collapsed box or column not shown)
    int parentRow = -1;
    QSizeF label; // a label box to place on the edge (empty: none)
};

struct LayoutRequest
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    QString engine; // empty: chosen by size (dot up to kDotLimit nodes, sfdp above)
    // The width : height the picture should have (the window's viewport); 0: no preference. Fans
    // wrapped into blocks are shaped so that the picture fits it at the largest scale.
    double aspect = 0;
    double reservedHeight = 0; // drawn above the picture (the legend): part of the aspect
};

// Plain data, in scene coordinates (y grows downwards), applied on the GUI thread.
struct LayoutResult
{
    QString engine;
    QRectF bounds;
    QHash<TableId, QPointF> topLeft;
    // Cubic Bezier control points from the child's port to the parent's port: p0, (c1, c2, p)...
    // Empty when the engine drew no spline (the scene then draws its own curve).
    QHash<ForeignKeyId, QList<QPointF>> edgePaths;
    QHash<ForeignKeyId, QPointF> labelCentres; // where Graphviz placed each edge's label box
    qint64 elapsedMs = 0;
};

} // namespace fkscope
