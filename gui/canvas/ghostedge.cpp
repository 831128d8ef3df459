// SPDX-License-Identifier: Apache-2.0
#include "ghostedge.h"

#include "foreignkeyedge.h"
#include "rulestyle.h"

#include <QPainter>
#include <QtMath>

namespace fkscope {

GhostEdge::GhostEdge(const QRectF &child, const QRectF &parent, FkAction onDelete, const QString &label, bool dark)
    : m_onDelete(onDelete)
    , m_label(label)
    , m_dark(dark)
{
    // From the child's side that faces the parent to the parent's facing side.
    const bool rightward = parent.center().x() >= child.center().x();
    const QPointF from(rightward ? child.right() : child.left(), child.center().y());
    const QPointF to(rightward ? parent.left() : parent.right(), parent.center().y());
    QPainterPath path(from);
    const qreal bend = std::max<qreal>(40, std::abs(to.x() - from.x()) / 2);
    if (child == parent) {
        // A self reference: a loop out of the right side.
        const QPointF a(child.right(), child.center().y() - 10), b(child.right(), child.center().y() + 10);
        path = QPainterPath(a);
        path.cubicTo(a + QPointF(60, -30), b + QPointF(60, 30), b);
    } else {
        path.cubicTo(from + QPointF(rightward ? bend : -bend, 0), to + QPointF(rightward ? -bend : bend, 0), to);
    }
    setPath(path);
    setToolTip(label);
    setZValue(-0.5);
}

QRectF GhostEdge::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().adjusted(-12, -12, 12, 12);
}

QColor GhostEdge::color() const
{
    QColor c = rulePen(m_onDelete, m_dark).color();
    c.setAlpha(150);
    return c;
}

void GhostEdge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QPen pen = rulePen(m_onDelete, m_dark, 1.2);
    const QColor c = color();
    pen.setColor(c);
    pen.setStyle(Qt::DashDotDotLine);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    QPointF tipFrom, tip = path().pointAtPercent(1.0);
    tipFrom = path().pointAtPercent(0.97);
    if (const QPolygonF head = ForeignKeyEdge::arrowHead(tipFrom, tip, 9, M_PI / 7); !head.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawPolygon(head);
    }
}

} // namespace fkscope
