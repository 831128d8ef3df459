// SPDX-License-Identifier: Apache-2.0
#include "foreignkeyedge.h"

#include "rulestyle.h"
#include "tableitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QPainterPathStroker>
#include <QtMath>

namespace fkscope {

ForeignKeyEdge::ForeignKeyEdge(ForeignKeyId id, const SchemaGraph &graph, TableItem *child, TableItem *parent, bool dark)
    : m_id(id)
    , m_child(child)
    , m_parent(parent)
    , m_dark(dark)
{
    const ForeignKey &fk = graph.foreignKey(id);
    m_childColumn = fk.columns.value(0);
    m_parentColumn = fk.refColumns.value(0);
    m_onDelete = fk.onDelete;
    m_deferrable = fk.deferrable;
    m_validated = fk.validated;
    // SQL keywords stay as SQL spells them, in every language.
    const auto sql = [](const char *s) { return QLatin1String(s); };
    setToolTip(QStringLiteral("%1\n%2 (%3) → %4 (%5)\n%6 %7 · %8 %9 · MATCH %10\n%11%12")
                   .arg(fk.name, qualifiedName(graph.table(fk.child).ref()), fk.columns.join(QStringLiteral(", ")),
                        qualifiedName(graph.table(fk.parent).ref()), fk.refColumns.join(QStringLiteral(", ")),
                        sql("ON DELETE"), toSql(fk.onDelete), sql("ON UPDATE"), toSql(fk.onUpdate))
                   .arg(toString(fk.match).toUpper(),
                        fk.deferrable ? (fk.deferred ? sql("DEFERRABLE INITIALLY DEFERRED") : sql("DEFERRABLE")) : sql("NOT DEFERRABLE"),
                        fk.validated ? QString() : QStringLiteral(" · ") + sql("NOT VALID")));
    setAcceptHoverEvents(true);
    setZValue(0);
    child->addEdge(this);
    if (parent != child)
        parent->addEdge(this);
    adjust();
}

QPen ForeignKeyEdge::currentPen() const
{
    QPen pen = rulePen(m_onDelete, m_dark, (m_highlighted ? 1.6 : 1.0) * (m_emphasised ? 1.8 : 1.0));
    if (m_mark.isValid())
        pen.setColor(m_mark);
    QColor c = pen.color();
    if (!m_validated)
        c.setAlpha(130);
    if (m_dimmed)
        c.setAlpha(35);
    pen.setColor(c);
    return pen;
}

void ForeignKeyEdge::setLayoutPath(const QList<QPointF> &points)
{
    if (points.size() < 4) {
        adjust();
        return;
    }
    prepareGeometryChange();
    setPath(splinePath(points, m_tipFrom, m_tip));
}

QPolygonF ForeignKeyEdge::arrowHead(const QPointF &from, const QPointF &tip, qreal size, qreal halfAngle)
{
    const QLineF dir(from, tip);
    if (dir.length() <= 0.1)
        return {};
    const qreal angle = std::atan2(-dir.dy(), dir.dx());
    const QPointF p1 = tip - QPointF(std::cos(angle - halfAngle) * size, -std::sin(angle - halfAngle) * size);
    const QPointF p2 = tip - QPointF(std::cos(angle + halfAngle) * size, -std::sin(angle + halfAngle) * size);
    return QPolygonF({tip, p1, p2});
}

QPainterPath ForeignKeyEdge::splinePath(const QList<QPointF> &points, QPointF &tipFrom, QPointF &tip)
{
    QPainterPath path(points.value(0));
    int i = 1;
    for (; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    // Graphviz ends the spline short of the box and gives the arrow tip separately.
    tipFrom = path.currentPosition();
    tip = i < points.size() ? points.last() : tipFrom;
    if (tip == tipFrom)
        tipFrom = path.pointAtPercent(0.97);
    return path;
}

void ForeignKeyEdge::adjust()
{
    prepareGeometryChange();
    const int childRow = m_child->rowOf(m_childColumn);
    const int parentRow = m_parent->rowOf(m_parentColumn);
    QPainterPath path;
    if (m_child == m_parent) {
        // Self reference: a loop on the right side, from the column to the key.
        const QPointF a = m_child->anchor(childRow, true);
        const QPointF b = m_parent->anchor(parentRow, true);
        const qreal bulge = 40 + std::abs(a.y() - b.y()) * 0.3;
        path.moveTo(a);
        path.cubicTo(a + QPointF(bulge, 0), b + QPointF(bulge, 0), b + QPointF(8, 0));
        m_tipFrom = b + QPointF(12, 0);
        m_tip = b;
    } else {
        const bool childLeft = m_child->sceneBoundingRect().center().x() < m_parent->sceneBoundingRect().center().x();
        const QPointF a = m_child->anchor(childRow, childLeft);
        const QPointF b = m_parent->anchor(parentRow, !childLeft);
        const qreal dx = std::max<qreal>(40, std::abs(b.x() - a.x()) / 2);
        const QPointF c1 = a + QPointF(childLeft ? dx : -dx, 0);
        const QPointF c2 = b + QPointF(childLeft ? -dx : dx, 0);
        const QPointF end = b + QPointF(childLeft ? -8 : 8, 0);
        path.moveTo(a);
        path.cubicTo(c1, c2, end);
        m_tipFrom = end;
        m_tip = b;
    }
    setPath(path);
}

void ForeignKeyEdge::setHighlighted(bool on)
{
    m_highlighted = on;
    setZValue(on ? 0.5 : 0);
    update();
}

void ForeignKeyEdge::setDimmed(bool on)
{
    m_dimmed = on;
    update();
}

void ForeignKeyEdge::setDark(bool dark)
{
    m_dark = dark;
    update();
}

void ForeignKeyEdge::setMark(const QColor &color)
{
    m_mark = color;
    update();
}

void ForeignKeyEdge::setEmphasised(bool emphasised)
{
    m_emphasised = emphasised;
    update();
}

QRectF ForeignKeyEdge::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(QRectF(m_tip, m_tipFrom).normalized()).adjusted(-12, -12, 12, 12);
}

QPainterPath ForeignKeyEdge::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path());
}

void ForeignKeyEdge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QPen pen = currentPen();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kThumbnailDetail) {
        // The overview map (and a far zoom): one pixel in the rule's line style, not antialiased,
        // no arrowhead (stroking antialiased curves is most of what painting such a picture costs).
        pen.setCosmetic(true);
        pen.setWidthF(1);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (pen.widthF() * lod < 1.5) {
        // A line about a pixel wide on screen: drawn one pixel wide with a cosmetic pen (its dashes
        // in pixels, so the rule's line style stays visible when zoomed out), which the raster
        // engine draws directly instead of building and filling a dashed outline: several times
        // faster. Thick and thin rules differ by style and colour there, no longer by width.
        pen.setCosmetic(true);
        pen.setWidthF(1);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    // Arrowhead at the parent, solid whatever the line style.
    if (const QPolygonF head = arrowHead(m_tipFrom, m_tip, 9, M_PI / 7); !head.isEmpty()) {
        QPen solid = pen;
        solid.setStyle(Qt::SolidLine);
        solid.setWidthF(1);
        painter->setPen(solid);
        painter->setBrush(pen.color());
        painter->drawPolygon(head);
        painter->drawLine(m_tipFrom, m_tip);
    }
    // Tags: D = deferrable, NV = not validated.
    QStringList tags;
    if (m_deferrable)
        tags << QStringLiteral("D");
    if (!m_validated)
        tags << QStringLiteral("NV");
    if (!tags.isEmpty()) {
        painter->setFont(canvasFont(0.85, true));
        const QPointF mid = path().pointAtPercent(0.5);
        const QString text = tags.join(QLatin1Char(' '));
        const QRectF r(mid.x() - 4 - 4 * text.size(), mid.y() - 8, 8 + 8 * text.size(), 15);
        painter->setPen(pen.color());
        painter->setBrush(m_dark ? QColor(0x1e, 0x20, 0x24) : QColor(Qt::white));
        painter->drawRoundedRect(r, 3, 3);
        painter->drawText(r, Qt::AlignCenter, text);
    }
}

ChangeLabelItem::ChangeLabelItem(const QString &label, const QColor &color, bool dark)
    : m_label(label)
    , m_color(color)
    , m_dark(dark)
{
    const QFontMetricsF metrics(canvasFont(0.85, true));
    const qreal width = metrics.horizontalAdvance(label) + 12;
    const qreal height = metrics.height() + 6;
    m_rect = QRectF(-width / 2, -height / 2, width, height);
    setZValue(20); // above boxes and edges
    setToolTip(label);
}

QRectF ChangeLabelItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void ChangeLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(canvasFont(0.85, true));
    painter->setPen(QPen(m_color, 1.5));
    painter->setBrush(m_dark ? QColor(0x1e, 0x20, 0x24) : QColor(Qt::white));
    painter->drawRoundedRect(m_rect, 4, 4);
    painter->setPen(m_dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20));
    painter->drawText(m_rect, Qt::AlignCenter, m_label);
}

} // namespace fkscope
