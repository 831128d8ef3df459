// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"

#include <QGraphicsPathItem>

namespace fkscope {

class TableItem;

// One foreign key, from the child's column row to the parent's column row, arrowhead at the parent.
// Colour and line style come from its ON DELETE rule; deferrable constraints carry a "D" tag and NOT
// VALID ones are drawn faint with an "NV" tag. Several FKs between the same two tables get their own
// ports (their own rows), so they are drawn apart; a self reference is a loop on the right side.
class ForeignKeyEdge : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };

    ForeignKeyEdge(ForeignKeyId id, const SchemaGraph &graph, TableItem *child, TableItem *parent, bool dark);

    int type() const override { return Type; }
    ForeignKeyId foreignKeyId() const { return m_id; }
    FkAction onDelete() const { return m_onDelete; }

    // Graphviz's spline (cubic Bezier points, child to parent), valid until a box moves.
    void setLayoutPath(const QList<QPointF> &points);
    // Graphviz's spline points (p0, then c1 c2 p per segment, then the arrow tip if given) as a path;
    // sets where the arrowhead starts and ends.
    static QPainterPath splinePath(const QList<QPointF> &points, QPointF &tipFrom, QPointF &tip);
    // A filled arrowhead at `tip` pointing away from `from` (empty when they coincide).
    static QPolygonF arrowHead(const QPointF &from, const QPointF &tip, qreal size, qreal halfAngle);
    // Recomputes the path from the boxes' current ports (after a drag or a collapse).
    void adjust();
    // Highlight, dimming, palette and mark only change how the edge is painted (read in paint()):
    // no geometry change, so selecting a table with hundreds of edges costs a repaint, not a
    // re-index of each edge.
    void setHighlighted(bool on);
    void setDimmed(bool on);
    void setDark(bool dark);
    // Impact colouring (invalid colour: the rule's own).
    void setMark(const QColor &color);
    // Drawn thicker: a key a comparison found new (its label is the scene's own item, above the boxes).
    void setEmphasised(bool emphasised);
    bool isEmphasised() const { return m_emphasised; }
    // The pen the edge is drawn with now: the rule's colour and line style, or the impact mark.
    QPen currentPen() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ForeignKeyId m_id;
    TableItem *m_child;
    TableItem *m_parent;
    QString m_childColumn, m_parentColumn;
    FkAction m_onDelete;
    bool m_deferrable, m_validated;
    bool m_dark;
    bool m_highlighted = false, m_dimmed = false;
    QColor m_mark;
    bool m_emphasised = false;
    QPointF m_tip, m_tipFrom;
};

// A comparison's word on a key ("SET NULL → NO ACTION", "new", "removed: ..."), in a box framed in
// the key's colour, centred on a point of its edge and drawn above the boxes so it stays readable
// on short edges.
class ChangeLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 8 };

    ChangeLabelItem(const QString &label, const QColor &color, bool dark);
    int type() const override { return Type; }
    const QString &label() const { return m_label; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_label;
    QColor m_color;
    bool m_dark;
    QRectF m_rect;
};

} // namespace fkscope
