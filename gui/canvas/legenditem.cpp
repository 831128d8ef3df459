// SPDX-License-Identifier: Apache-2.0
#include "legenditem.h"

#include "canvaspalette.h"

#include "rulestyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace fkscope {

namespace {

constexpr FkAction kOrder[] = {FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault, FkAction::Restrict,
                               FkAction::NoAction};

QString title() { return QCoreApplication::translate("LegendItem", "ON DELETE (arrow points at the parent)"); }
QString footer() { return QCoreApplication::translate("LegendItem", "D deferrable · NV not validated · ● NOT NULL"); }

} // namespace

LegendItem::LegendItem(bool dark)
    : m_dark(dark)
{
    setZValue(10);
    setCacheMode(DeviceCoordinateCache); // drawn once per zoom level, then copied
    m_row = std::ceil(QFontMetricsF(canvasFont(1.0)).height() + 6);
    updateWidth();
}

void LegendItem::updateWidth()
{
    // Sized to its words (translations and the system font change them).
    const QFontMetricsF bold(canvasFont(1.0, true)), plain(canvasFont(1.0));
    qreal width = std::max({bold.horizontalAdvance(title()) + 20, plain.horizontalAdvance(footer()) + 24,
                            bold.horizontalAdvance(m_caption) + 20});
    for (FkAction a : kOrder) {
        const RuleStyle s = ruleStyle(a, m_dark);
        width = std::max(width, 90 + plain.horizontalAdvance(QStringLiteral("%1 — %2").arg(s.label, s.pattern)));
    }
    m_width = std::ceil(width);
}

void LegendItem::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    prepareGeometryChange();
    m_caption = caption;
    updateWidth();
}

QRectF LegendItem::boundingRect() const { return QRectF(0, 0, m_width, m_row * (m_caption.isEmpty() ? 7.5 : 8.7)); }

void LegendItem::setDark(bool dark)
{
    m_dark = dark;
    update();
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor text = m_dark ? QColor(0xe6, 0xe8, 0xeb) : QColor(0x1d, 0x22, 0x28);
    painter->setPen(QPen(m_dark ? QColor(0x5d, 0x66, 0x70) : QColor(0xb0, 0xb8, 0xc0), 1));
    painter->setBrush(m_dark ? QColor(0x2a, 0x2d, 0x33, 235) : QColor(255, 255, 255, 235));
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    QFont f = canvasFont(1.0, true);
    painter->setFont(f);
    painter->setPen(text);
    const qreal kRow = m_row;
    qreal y = 6;
    if (!m_caption.isEmpty()) {
        painter->drawText(QRectF(10, y, m_width - 20, kRow), Qt::AlignLeft | Qt::AlignVCenter, m_caption);
        y += kRow * 1.2;
    }
    painter->drawText(QRectF(10, y, m_width - 20, kRow), Qt::AlignLeft | Qt::AlignVCenter, title());
    f.setBold(false);
    painter->setFont(f);
    y += kRow * 1.3;
    for (FkAction a : kOrder) {
        const RuleStyle s = ruleStyle(a, m_dark);
        painter->setPen(rulePen(a, m_dark));
        painter->drawLine(QPointF(12, y + kRow / 2), QPointF(70, y + kRow / 2));
        painter->setPen(text);
        painter->drawText(QRectF(80, y, m_width - 90, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("%1 — %2").arg(s.label, s.pattern));
        y += kRow;
    }
    painter->drawText(QRectF(12, y, m_width - 20, kRow), Qt::AlignLeft | Qt::AlignVCenter, footer());
}

} // namespace fkscope
