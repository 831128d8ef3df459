// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QGraphicsItem>

namespace fkscope {

// The ON DELETE legend: for each rule its colour, its line style drawn as a sample, and the style in
// words, so that it reads without colour.
class LegendItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit LegendItem(bool dark);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setDark(bool dark);
    // A first line above the rules (the schema of a one-schema view); empty: none.
    void setCaption(const QString &caption);

private:
    void updateWidth();

    bool m_dark;
    QString m_caption;
    qreal m_width = 330, m_row = 20;
};

} // namespace fkscope
