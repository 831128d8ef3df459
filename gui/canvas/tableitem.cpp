// SPDX-License-Identifier: Apache-2.0
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

// Laid over a dimmed box: the background, mostly opaque.
QColor dimOverlay(const CanvasPalette &palette)
{
    return palette.dark ? QColor(0x1e, 0x20, 0x24, 170) : QColor(0xfa, 0xfa, 0xf7, 170);
}

} // namespace

TableItem::TableItem(TableId id, const SchemaGraph &graph, const CanvasPalette &palette)
    : m_id(id)
    , m_palette(palette)
{
    const Table &t = graph.table(id);
    m_title = qualifiedName(t.ref());
    m_name = displayIdentifier(t.name);
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

    QSet<QString> fkColumns, referenced;
    for (ForeignKeyId fk : graph.outgoing(id)) {
        for (const QString &c : graph.foreignKey(fk).columns)
            fkColumns.insert(c);
    }
    for (ForeignKeyId fk : graph.incoming(id)) {
        for (const QString &c : graph.foreignKey(fk).refColumns)
            referenced.insert(c);
    }
    const qsizetype count = t.columns.size();
    QList<bool> shown(count, count <= kMaxRows);
    if (count > kMaxRows) {
        int room = kMaxRows - 1; // the last row says how many are left out
        for (const bool keysPass : {true, false}) {
            for (qsizetype i = 0; i < count && room > 0; ++i) {
                const QString &name = t.columns[i].name;
                const bool key = t.primaryKey.contains(name) || fkColumns.contains(name) || referenced.contains(name);
                if (!shown[i] && key == keysPass) {
                    shown[i] = true;
                    --room;
                }
            }
        }
    }
    for (qsizetype i = 0; i < count; ++i) {
        const Column &c = t.columns[i];
        if (shown[i])
            m_rows.append({c.name, c.type, t.primaryKey.contains(c.name), fkColumns.contains(c.name), c.notNull, false, 0, {}, {}});
    }
    if (m_rows.size() < count) {
        const int hidden = static_cast<int>(count - m_rows.size());
        m_rows.append({tr("… %n more column(s)", nullptr, hidden), QString(), false, false, false, true, 0, {}, {}});
    }

    m_font = canvasFont(1.05);
    m_boldFont = canvasFont(1.05, true);
    m_smallFont = canvasFont(0.9);
    const QFontMetricsF fm(m_font), bold(m_boldFont), small(m_smallFont);
    m_rowHeight = std::ceil(fm.height() + 4);
    m_headerHeight = std::ceil(bold.height() + (m_subtitle.isEmpty() ? 8 : small.height() + 10));
    qreal nameWidth = 0, typeWidth = 0;
    for (Row &r : m_rows) {
        r.nameAdvance = fm.horizontalAdvance(r.name);
        nameWidth = std::max(nameWidth, (r.notNull ? bold : fm).horizontalAdvance(QStringLiteral("● ") + r.name));
        typeWidth = std::max(typeWidth, small.horizontalAdvance(r.type));
    }
    m_rowsWidth = kBadge + nameWidth + typeWidth + 4 * kPad;
    updateWidth();
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(m_title + (m_subtitle.isEmpty() ? QString() : QStringLiteral("\n") + m_subtitle)
               + (t.comment.isEmpty() ? QString() : QStringLiteral("\n") + t.comment));
    setZValue(1);
}

void TableItem::updateWidth()
{
    const QFontMetricsF bold(m_boldFont), small(m_smallFont);
    qreal width = std::max({bold.horizontalAdvance(m_schemaShown ? m_title : m_name) + 2 * kPad,
                            small.horizontalAdvance(m_subtitle) + 2 * kPad, qreal(m_collapsed ? 80 : 120)});
    if (!m_collapsed)
        width = std::max(width, m_rowsWidth);
    width = std::ceil(width);
    if (width == m_width)
        return;
    prepareGeometryChange();
    m_width = width;
    m_textsReady = m_rowTextsReady = false;
}

namespace {

QStaticText staticText(const QString &text, const QFont &font)
{
    QStaticText s(text);
    s.setTextFormat(Qt::PlainText);
    s.prepare(QTransform(), font); // its size() is known before it is drawn
    return s;
}

} // namespace

// The texts at the box's width (elided), laid out at the first paint after a change and kept for
// every paint to come (drawText would shape them again each time). Boxes never painted cost nothing.
void TableItem::prepareTexts() const
{
    if (m_textsReady)
        return;
    const QFontMetricsF bold(m_boldFont);
    m_titleText = staticText(bold.elidedText(m_schemaShown ? m_title : m_name, Qt::ElideMiddle, m_width - 2 * kPad), m_boldFont);
    m_subtitleText = staticText(m_subtitle, m_smallFont);
    m_textsReady = true;
}

void TableItem::prepareRowTexts() const
{
    if (m_rowTextsReady)
        return;
    const QFontMetricsF small(m_smallFont);
    m_pkText = staticText(QStringLiteral("PK"), m_smallFont);
    m_fkText = staticText(QStringLiteral("FK"), m_smallFont);
    for (const Row &r : m_rows) {
        // NOT NULL: bold name with a filled dot; nullable: a hollow dot.
        if (r.more) {
            r.nameText = staticText(r.name, m_smallFont);
            r.typeText = QStaticText();
            continue;
        }
        r.nameText = staticText((r.notNull ? QStringLiteral("● ") : QStringLiteral("○ ")) + r.name, r.notNull ? m_boldFont : m_font);
        r.typeText = staticText(small.elidedText(r.type, Qt::ElideRight, m_width / 2), m_smallFont);
    }
    m_rowTextsReady = true;
}

void TableItem::setSchemaShown(bool shown)
{
    if (shown == m_schemaShown)
        return;
    m_schemaShown = shown;
    updateWidth();
    m_textsReady = false; // the title changes, the width may not
    update();
    for (ForeignKeyEdge *e : std::as_const(m_edges))
        e->adjust();
}

QRectF TableItem::boundingRect() const
{
    const qreal h = m_headerHeight + visibleRows() * m_rowHeight;
    QRectF r(-3, -3, m_width + 6, h + 6);
    if (!m_badge.isEmpty()) // drawn above the header's right end, and may be wider than the box
        r = r.united(badgeRect());
    if (m_findingCount > 0)
        r = r.united(findingRect());
    return r;
}

QRectF TableItem::findingRect() const
{
    return QRectF(4, -12, m_findingWidth, 14);
}

void TableItem::setFindings(Severity worst, int count)
{
    if (count == m_findingCount && worst == m_findingSeverity)
        return;
    prepareGeometryChange();
    m_findingSeverity = worst;
    m_findingCount = count;
    m_findingWidth = count > 0 ? QFontMetricsF(m_smallFont).horizontalAdvance(QString::number(count)) + 22 : 0;
    update();
}

// Okabe-Ito colours, and a shape of its own for each severity, so that colour is never the only cue.
void TableItem::paintFindings(QPainter *painter) const
{
    const QRectF r = findingRect();
    const QColor colour = m_findingSeverity == Severity::Error ? QColor(0xD5, 0x5E, 0x00)
        : m_findingSeverity == Severity::Warning                ? QColor(0xE6, 0x9F, 0x00)
                                                                : QColor(0x00, 0x72, 0xB2);
    painter->setPen(QPen(colour.darker(130), 1));
    painter->setBrush(m_palette.boxFill);
    painter->drawRoundedRect(r, 3, 3);
    const QRectF glyph(r.left() + 3, r.top() + 2, 10, 10);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    if (m_findingSeverity == Severity::Error) {
        painter->drawEllipse(glyph);
    } else if (m_findingSeverity == Severity::Warning) {
        painter->drawPolygon(QPolygonF({QPointF(glyph.center().x(), glyph.top()), glyph.bottomRight(), glyph.bottomLeft()}));
    } else {
        painter->drawRect(glyph.adjusted(1, 1, -1, -1));
    }
    painter->setPen(m_palette.dark ? Qt::white : Qt::black);
    painter->setFont(m_smallFont);
    painter->drawText(QRectF(glyph.right() + 3, r.top(), r.width() - glyph.width() - 6, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      QString::number(m_findingCount));
}

QRectF TableItem::badgeRect() const
{
    return QRectF(m_width - 4 - m_badgeWidth, -12, m_badgeWidth, 14);
}

int TableItem::rowOf(const QString &column) const
{
    if (m_collapsed)
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == column && !m_rows[i].more)
            return i;
    }
    return !m_rows.isEmpty() && m_rows.last().more ? static_cast<int>(m_rows.size()) - 1 : -1;
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
    updateWidth();
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
    if (badge != m_badge) {
        prepareGeometryChange();
        m_badgeWidth = QFontMetricsF(m_smallFont).horizontalAdvance(badge) + 8;
    }
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
    if (lod < kThumbnailDetail) {
        // A thumbnail (the overview map, a far zoom): the box's shape and colours, no text.
        painter->fillRect(box, m_palette.boxFill);
        painter->fillRect(QRectF(0, 0, m_width, m_headerHeight), m_mark.isValid() ? m_mark : m_palette.header);
        if (isSelected()) {
            painter->setPen(QPen(m_palette.selection, 0));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(box);
        }
        if (m_emphasis == Emphasis::Dimmed)
            painter->fillRect(box, dimOverlay(m_palette));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Box and header.
    QPen border(isSelected() ? m_palette.selection : (m_mark.isValid() ? m_mark : m_palette.boxBorder),
                isSelected() || m_mark.isValid() ? 3 : 1);
    painter->setPen(border);
    painter->setBrush(m_palette.boxFill);
    painter->drawRoundedRect(box, 4, 4);
    // The header: rounded at the top, square where the rows begin (two fills, no path arithmetic).
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_mark.isValid() ? m_mark.darker(m_palette.dark ? 100 : 115) : m_palette.header);
    painter->drawRoundedRect(QRectF(0, 0, m_width, m_headerHeight), 4, 4);
    painter->drawRect(QRectF(0, m_headerHeight / 2, m_width, m_headerHeight / 2));
    painter->setPen(m_palette.headerText);
    painter->setFont(m_boldFont);
    const QFontMetricsF bold(m_boldFont), small(m_smallFont);
    prepareTexts();
    painter->drawStaticText(QPointF(kPad, 3), m_titleText);
    if (!m_subtitle.isEmpty() && lod > 0.45) {
        painter->setFont(m_smallFont);
        const qreal room = m_headerHeight - bold.height() - 5;
        painter->drawStaticText(QPointF(kPad, 3 + bold.height() + (room - small.height()) / 2), m_subtitleText);
    }
    if (!m_badge.isEmpty()) {
        painter->setFont(m_smallFont);
        const QRectF badgeRect = this->badgeRect();
        painter->setBrush(m_mark);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(badgeRect, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(badgeRect, Qt::AlignCenter, m_badge);
    }

    if (m_findingCount > 0)
        paintFindings(painter);

    // Rows; at low zoom the box and its name are enough (level of detail).
    if (!m_collapsed && lod > 0.45) {
        prepareRowTexts();
        const QFontMetricsF plain(m_font);
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
            const qreal smallTop = row.top() + (m_rowHeight - small.height()) / 2;
            if (r.more) {
                painter->setPen(m_palette.subtleText);
                painter->drawStaticText(QPointF(kBadge + kPad / 2, smallTop), r.nameText);
                continue;
            }
            if (r.pk || r.fk) {
                const QStaticText &badge = r.pk ? m_pkText : m_fkText;
                painter->setPen(r.pk ? m_palette.pkBadge.darker(m_palette.dark ? 100 : 140) : m_palette.fkBadge);
                painter->drawStaticText(QPointF(kPad / 2 + (kBadge - 2 - badge.size().width()) / 2, smallTop), badge);
            }
            painter->setFont(r.notNull ? m_boldFont : m_font);
            painter->setPen(m_palette.text);
            const qreal nameTop = row.top() + (m_rowHeight - (r.notNull ? bold : plain).height()) / 2;
            painter->drawStaticText(QPointF(kBadge + kPad / 2, nameTop), r.nameText);
            painter->setFont(m_smallFont);
            painter->setPen(m_palette.subtleText);
            painter->drawStaticText(QPointF(m_width - kPad - r.typeText.size().width(), smallTop), r.typeText);
        }
    }
    if (!m_collapsed && lod <= 0.45) {
        // Too small to read: a faint bar per row keeps the box's shape legible.
        const QColor bar = m_palette.subtleText.lighter(m_palette.dark ? 80 : 160);
        for (int i = 0; i < m_rows.size(); ++i) {
            const qreal w = std::min(m_width - kBadge - 2 * kPad, m_rows[i].nameAdvance);
            painter->fillRect(QRectF(kBadge, m_headerHeight + i * m_rowHeight + m_rowHeight * 0.3, w, m_rowHeight * 0.4), bar);
        }
    }
    if (m_emphasis == Emphasis::Dimmed) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(dimOverlay(m_palette));
        painter->drawRoundedRect(box, 4, 4);
    }
}

} // namespace fkscope
