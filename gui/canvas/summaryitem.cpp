// SPDX-License-Identifier: Apache-2.0
#include "summaryitem.h"

#include "foreignkeyedge.h"
#include "rulestyle.h"
#include "schemascene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace fkscope {

namespace {

constexpr qreal kPad = 10;
constexpr qreal kSample = 34; // the line-style sample before a rule's count

const FkAction kRules[] = {FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault, FkAction::Restrict, FkAction::NoAction};

} // namespace

SummaryItem::SummaryItem(int node, Kind kind, const QString &title, const std::array<int, 5> &byRule,
                         const QStringList &lines, const CanvasPalette &palette)
    : m_node(node)
    , m_kind(kind)
    , m_title(title)
    , m_byRule(byRule)
    , m_lines(lines)
    , m_palette(palette)
    , m_bold(canvasFont(1.1, true))
    , m_small(canvasFont(0.95))
{
    const QFontMetricsF bold(m_bold), small(m_small);
    qreal width = bold.horizontalAdvance(m_title);
    int rows = 0;
    for (FkAction rule : kRules) {
        const int n = m_byRule[static_cast<int>(rule)];
        if (n == 0)
            continue;
        ++rows;
        width = std::max(width, kSample + 6 + small.horizontalAdvance(ruleStyle(rule).label + QStringLiteral(" ") + QLocale().toString(n)));
    }
    for (const QString &line : m_lines)
        width = std::max(width, small.horizontalAdvance(line));
    m_width = std::ceil(width + 2 * kPad);
    m_height = std::ceil(bold.height() + 8 + (rows + m_lines.size()) * (small.height() + 2) + 8);
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setToolTip(m_title + QLatin1Char('\n') + m_lines.join(QLatin1Char('\n')));
    setZValue(1);
    // Its words and rule samples are drawn once per zoom level, then copied: a map or a folded
    // view repaints tens of these on every scroll.
    setCacheMode(DeviceCoordinateCache);
}

QString SummaryItem::ruleCounts(const std::array<int, 5> &byRule)
{
    QStringList parts;
    for (FkAction rule : kRules) {
        if (const int n = byRule[static_cast<int>(rule)])
            parts << ruleStyle(rule).label + QLatin1Char(' ') + QLocale().toString(n);
    }
    return parts.join(QStringLiteral(" · "));
}

QSizeF SummaryItem::drawRuleRows(QPainter *painter, const QPointF &topLeft, const std::array<int, 5> &byRule,
                                 const QFont &font, const QColor &text, bool dark)
{
    const QFontMetricsF fm(font);
    qreal y = topLeft.y(), width = 0;
    for (FkAction rule : kRules) {
        const int n = byRule[static_cast<int>(rule)];
        if (n == 0)
            continue;
        const QString words = ruleStyle(rule).label + QStringLiteral(" ") + QLocale().toString(n);
        width = std::max(width, kSample + 6 + fm.horizontalAdvance(words));
        if (painter) {
            const qreal mid = y + fm.height() / 2;
            painter->setPen(rulePen(rule, dark));
            painter->drawLine(QPointF(topLeft.x(), mid), QPointF(topLeft.x() + kSample, mid));
            painter->setPen(text);
            painter->setFont(font);
            painter->drawText(QRectF(topLeft.x() + kSample + 6, y, fm.horizontalAdvance(words) + 2, fm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, words);
        }
        y += fm.height() + 2;
    }
    return {width, y - topLeft.y()};
}

void SummaryItem::setPalette(const CanvasPalette &palette)
{
    m_palette = palette;
    update();
}

QRectF SummaryItem::boundingRect() const { return QRectF(-3, -3, m_width + 6, m_height + 6); }

void SummaryItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(0, 0, m_width, m_height);
    // A stack of cards: this node stands for many tables.
    QPen border(isSelected() ? m_palette.selection : m_palette.boxBorder, isSelected() ? 3 : 1.2);
    if (m_kind == Kind::Fold)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_palette.boxFill);
    if (m_kind == Kind::Fold) {
        painter->drawRoundedRect(box.translated(6, 6), 6, 6);
        painter->drawRoundedRect(box.translated(3, 3), 6, 6);
    }
    painter->drawRoundedRect(box, 6, 6);

    const QFontMetricsF bold(m_bold), small(m_small);
    qreal y = 5;
    painter->setFont(m_bold);
    painter->setPen(m_palette.text);
    painter->drawText(QRectF(kPad, y, m_width - 2 * kPad, bold.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += bold.height() + 6;
    y += drawRuleRows(painter, QPointF(kPad, y), m_byRule, m_small, m_palette.text, m_palette.dark).height();
    painter->setFont(m_small);
    painter->setPen(m_palette.subtleText);
    for (const QString &line : m_lines) {
        painter->drawText(QRectF(kPad, y, m_width - 2 * kPad, small.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += small.height() + 2;
    }
}

void SummaryItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *s = qobject_cast<SchemaScene *>(scene()))
        emit s->summaryActivated(m_node);
    event->accept();
}

SummaryEdge::SummaryEdge(int id, QGraphicsItem *from, QGraphicsItem *to, const std::array<int, 5> &byRule, bool dark,
                         bool showLabel)
    : m_id(id)
    , m_from(from)
    , m_to(to)
    , m_byRule(byRule)
    , m_dark(dark)
{
    setZValue(0);
    const QSizeF rows = SummaryItem::drawRuleRows(nullptr, QPointF(), byRule, canvasFont(0.9), QColor(), dark);
    if (!rows.isEmpty()) {
        if (showLabel)
            m_labelSize = rows + QSizeF(12, 8);
        setToolTip(SummaryItem::ruleCounts(byRule));
    }
}

void SummaryEdge::setLayoutPath(const QList<QPointF> &points, const QPointF &labelCentre)
{
    prepareGeometryChange();
    if (points.size() >= 4) {
        m_path = ForeignKeyEdge::splinePath(points, m_tipFrom, m_tip);
    } else {
        const QRectF a = m_from->sceneBoundingRect(), b = m_to->sceneBoundingRect();
        const bool leftToRight = a.center().x() < b.center().x();
        const QPointF start(leftToRight ? a.right() : a.left(), a.center().y());
        m_tip = QPointF(leftToRight ? b.left() : b.right(), b.center().y());
        m_tipFrom = m_tip + QPointF(leftToRight ? -10 : 10, 0);
        QPainterPath path(start);
        path.lineTo(m_tipFrom);
        m_path = path;
    }
    m_labelCentre = labelCentre.isNull() ? m_path.pointAtPercent(0.5) : labelCentre;
}

void SummaryEdge::setDark(bool dark)
{
    m_dark = dark;
    update();
}

QRectF SummaryEdge::boundingRect() const
{
    QRectF r = m_path.boundingRect().united(QRectF(m_tip, m_tipFrom).normalized());
    if (!m_labelSize.isEmpty())
        r = r.united(QRectF(m_labelCentre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize));
    return r.adjusted(-12, -12, 12, 12);
}

void SummaryEdge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_path.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor band = m_dark ? QColor(0xc8, 0xc8, 0xc8, 110) : QColor(0x55, 0x55, 0x55, 90);
    // Unlabelled edges come many to a map: thinner, so that the nodes stay readable.
    painter->setPen(QPen(band, m_labelSize.isEmpty() && !toolTip().isEmpty() ? 3 : 7, Qt::SolidLine, Qt::FlatCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (const QPolygonF head = ForeignKeyEdge::arrowHead(m_tipFrom, m_tip, 14, M_PI / 6); !head.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(band);
        painter->drawPolygon(head);
    }
    if (!m_labelSize.isEmpty()) {
        const QRectF r(m_labelCentre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
        painter->setPen(QPen(band, 1));
        painter->setBrush(m_dark ? QColor(0x2a, 0x2d, 0x33) : QColor(Qt::white));
        painter->drawRoundedRect(r, 3, 3);
        SummaryItem::drawRuleRows(painter, r.topLeft() + QPointF(6, 4), m_byRule, canvasFont(0.9),
                                  m_dark ? QColor(0xe6, 0xe8, 0xeb) : QColor(0x1d, 0x22, 0x28), m_dark);
    }
}

} // namespace fkscope
