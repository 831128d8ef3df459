#include "tableitem.h"

#include "foreignkeyedge.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace fkscope {

namespace {

constexpr qreal kPad = 8;
constexpr qreal kBadge = 22;

} // namespace

TableItem::TableItem(TableId id, const SchemaGraph &graph, const CanvasPalette &palette)
    : m_id(id)
    , m_palette(palette)
{
    const Table &t = graph.table(id);
    m_title = qualifiedName(t.ref());
    QStringList notes;
    if (t.kind == TableKind::PartitionedTable)
        notes << tr("partitioned, %n partition(s)", nullptr,
                                             static_cast<int>(t.partitions.size()));
    if (t.kind == TableKind::ForeignTable)
        notes << tr("foreign table");
    if (t.external)
        notes << tr("outside the selected schemas");
    if (!t.triggers.isEmpty())
        notes << tr("%n trigger(s)", nullptr, static_cast<int>(t.triggers.size()));
    m_subtitle = notes.join(QStringLiteral(" · "));

    QSet<QString> fkColumns;
    for (ForeignKeyId fk : graph.outgoing(id)) {
        for (const QString &c : graph.foreignKey(fk).columns)
            fkColumns.insert(c);
    }
    for (const Column &c : t.columns)
        m_rows.append({c.name, c.type, t.primaryKey.contains(c.name), fkColumns.contains(c.name), c.notNull});

    m_font = canvasFont(1.05);
    m_boldFont = canvasFont(1.05, true);
    m_smallFont = canvasFont(0.9);
    const QFontMetricsF fm(m_font), bold(m_boldFont), small(m_smallFont);
    m_rowHeight = std::ceil(fm.height() + 4);
    m_headerHeight = std::ceil(bold.height() + (m_subtitle.isEmpty() ? 8 : small.height() + 10));
    qreal nameWidth = 0, typeWidth = 0;
    for (const Row &r : m_rows) {
        nameWidth = std::max(nameWidth, (r.notNull ? bold : fm).horizontalAdvance(QStringLiteral("● ") + r.name));
        typeWidth = std::max(typeWidth, small.horizontalAdvance(r.type));
    }
    m_width = std::ceil(std::max({bold.horizontalAdvance(m_title) + 2 * kPad, small.horizontalAdvance(m_subtitle) + 2 * kPad,
                                  kBadge + nameWidth + typeWidth + 4 * kPad, qreal(120)}));
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(m_title + (m_subtitle.isEmpty() ? QString() : QStringLiteral("\n") + m_subtitle)
               + (t.comment.isEmpty() ? QString() : QStringLiteral("\n") + t.comment));
    setZValue(1);
}

QRectF TableItem::boundingRect() const
{
    const qreal h = m_headerHeight + visibleRows() * m_rowHeight;
    return QRectF(-3, -3, m_width + 6, h + 6);
}

int TableItem::rowOf(const QString &column) const
{
    if (m_collapsed)
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == column)
            return i;
    }
    return -1;
}

QPointF TableItem::anchor(int row, bool rightSide) const
{
    const qreal y = row < 0 || m_collapsed ? m_headerHeight / 2 : m_headerHeight + (row + 0.5) * m_rowHeight;
    return mapToScene(QPointF(rightSide ? m_width : 0, y));
}

void TableItem::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    prepareGeometryChange();
    m_collapsed = collapsed;
    for (ForeignKeyEdge *e : std::as_const(m_edges))
        e->adjust();
}

void TableItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

void TableItem::setMark(const QColor &color, const QString &badge)
{
    m_mark = color;
    m_badge = badge;
    update();
}

void TableItem::setPalette(const CanvasPalette &palette)
{
    m_palette = palette;
    update();
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (ForeignKeyEdge *e : std::as_const(m_edges))
            e->adjust();
    }
    if (change == ItemSelectedHasChanged) {
        for (ForeignKeyEdge *e : std::as_const(m_edges))
            e->setHighlighted(value.toBool());
        setZValue(value.toBool() ? 2 : 1);
    }
    return QGraphicsItem::itemChange(change, value);
}

void TableItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    setCollapsed(!m_collapsed);
    event->accept();
}

void TableItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const qreal height = m_headerHeight + visibleRows() * m_rowHeight;
    const QRectF box(0, 0, m_width, height);
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Box and header.
    QPen border(isSelected() ? m_palette.selection : (m_mark.isValid() ? m_mark : m_palette.boxBorder),
                isSelected() || m_mark.isValid() ? 3 : 1);
    painter->setPen(border);
    painter->setBrush(m_palette.boxFill);
    painter->drawRoundedRect(box, 4, 4);
    QRectF header(0, 0, m_width, m_headerHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_mark.isValid() ? m_mark.darker(m_palette.dark ? 100 : 115) : m_palette.header);
    QPainterPath headerPath;
    headerPath.setFillRule(Qt::WindingFill); // the rect overlaps the rounded rect: union, not XOR
    headerPath.addRoundedRect(header, 4, 4);
    headerPath.addRect(QRectF(0, m_headerHeight / 2, m_width, m_headerHeight / 2));
    painter->drawPath(headerPath.simplified());
    painter->setPen(m_palette.headerText);
    painter->setFont(m_boldFont);
    const QFontMetricsF bold(m_boldFont);
    painter->drawText(QRectF(kPad, 3, m_width - 2 * kPad, bold.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      bold.elidedText(m_title, Qt::ElideMiddle, m_width - 2 * kPad));
    if (!m_subtitle.isEmpty() && lod > 0.45) {
        painter->setFont(m_smallFont);
        painter->drawText(QRectF(kPad, 3 + bold.height(), m_width - 2 * kPad, m_headerHeight - bold.height() - 5),
                          Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);
    }
    if (!m_badge.isEmpty()) {
        painter->setFont(m_smallFont);
        const QRectF badgeRect(m_width - 4 - QFontMetricsF(m_smallFont).horizontalAdvance(m_badge) - 8, -12,
                               QFontMetricsF(m_smallFont).horizontalAdvance(m_badge) + 8, 14);
        painter->setBrush(m_mark);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(badgeRect, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, m_badge);
    }

    // Rows; at low zoom the box and its name are enough (level of detail).
    if (!m_collapsed && lod > 0.45) {
        for (int i = 0; i < m_rows.size(); ++i) {
            const Row &r = m_rows[i];
            const QRectF row(0, m_headerHeight + i * m_rowHeight, m_width, m_rowHeight);
            if (!option->exposedRect.intersects(row))
                continue;
            if (i % 2 == 1) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(m_palette.dark ? QColor(255, 255, 255, 10) : QColor(0, 0, 0, 8));
                painter->drawRect(row.adjusted(1, 0, -1, 0));
            }
            painter->setFont(m_smallFont);
            const QRectF badge(kPad / 2, row.top() + 2, kBadge - 2, m_rowHeight - 4);
            if (r.pk || r.fk) {
                painter->setPen(r.pk ? m_palette.pkBadge.darker(m_palette.dark ? 100 : 140) : m_palette.fkBadge);
                painter->drawText(badge, Qt::AlignCenter, r.pk ? QStringLiteral("PK") : QStringLiteral("FK"));
            }
            painter->setFont(r.notNull ? m_boldFont : m_font);
            painter->setPen(m_palette.text);
            // NOT NULL: bold name with a filled dot; nullable: a hollow dot.
            const QString name = (r.notNull ? QStringLiteral("● ") : QStringLiteral("○ ")) + r.name;
            painter->drawText(QRectF(kBadge + kPad / 2, row.top(), m_width - kBadge, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                              name);
            painter->setFont(m_smallFont);
            painter->setPen(m_palette.subtleText);
            painter->drawText(QRectF(0, row.top(), m_width - kPad, m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                              QFontMetricsF(m_smallFont).elidedText(r.type, Qt::ElideRight, m_width / 2));
        }
    }
    if (!m_collapsed && lod <= 0.45) {
        // Too small to read: a faint bar per row keeps the box's shape legible.
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette.subtleText.lighter(m_palette.dark ? 80 : 160));
        const QFontMetricsF fm(m_font);
        for (int i = 0; i < m_rows.size(); ++i) {
            const qreal w = std::min(m_width - kBadge - 2 * kPad, fm.horizontalAdvance(m_rows[i].name));
            painter->drawRoundedRect(QRectF(kBadge, m_headerHeight + i * m_rowHeight + m_rowHeight * 0.3, w, m_rowHeight * 0.4), 2, 2);
        }
    }
    if (m_emphasis == Emphasis::Dimmed) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette.dark ? QColor(0x1e, 0x20, 0x24, 170) : QColor(0xfa, 0xfa, 0xf7, 170));
        painter->drawRoundedRect(box, 4, 4);
    }
}

} // namespace fkscope
