#include "legenditem.h"

#include "rulestyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace fkscope {

namespace {

constexpr FkAction kOrder[] = {FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault, FkAction::Restrict,
                               FkAction::NoAction};
constexpr qreal kRow = 20;
constexpr qreal kWidth = 330;

} // namespace

LegendItem::LegendItem(bool dark)
    : m_dark(dark)
{
    setZValue(10);
}

QRectF LegendItem::boundingRect() const { return QRectF(0, 0, kWidth, 30 + kRow * 6); }

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
    QFont f = painter->font();
    f.setPointSizeF(9);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(text);
    painter->drawText(QRectF(10, 6, kWidth - 20, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      QCoreApplication::translate("LegendItem", "ON DELETE (arrow points at the parent)"));
    f.setBold(false);
    painter->setFont(f);
    qreal y = 30;
    for (FkAction a : kOrder) {
        const RuleStyle s = ruleStyle(a, m_dark);
        painter->setPen(rulePen(a, m_dark));
        painter->drawLine(QPointF(12, y + kRow / 2), QPointF(70, y + kRow / 2));
        painter->setPen(text);
        painter->drawText(QRectF(80, y, kWidth - 90, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("%1 — %2").arg(s.label, s.pattern));
        y += kRow;
    }
    painter->drawText(QRectF(12, y, kWidth - 20, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                      QCoreApplication::translate("LegendItem", "D deferrable · NV not validated · ● NOT NULL"));
}

} // namespace fkscope
