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
    // Recomputes the path from the boxes' current ports (after a drag or a collapse).
    void adjust();
    void setHighlighted(bool on);
    void setDimmed(bool on);
    void setDark(bool dark);
    // Impact colouring (invalid colour: the rule's own).
    void setMark(const QColor &color);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updatePen();

    ForeignKeyId m_id;
    TableItem *m_child;
    TableItem *m_parent;
    QString m_childColumn, m_parentColumn;
    FkAction m_onDelete;
    bool m_deferrable, m_validated;
    bool m_dark;
    bool m_highlighted = false, m_dimmed = false;
    QColor m_mark;
    QPointF m_tip, m_tipFrom;
};

} // namespace fkscope
