// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/rules.h"

#include <QGraphicsPathItem>

namespace fkscope {

// A foreign key the compared side has and this graph does not (a removed key, or one a previewed
// migration adds), drawn between the two boxes as a faint curve in its rule's colour, always
// dash-dotted whatever the rule, with its label ("removed: orders_customer_fkey (CASCADE)"), so
// that it reads as a ghost without colour too (the label is a ChangeLabelItem the scene places).
class GhostEdge : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 7 };

    GhostEdge(const QRectF &child, const QRectF &parent, FkAction onDelete, const QString &label, bool dark);
    int type() const override { return Type; }
    const QString &label() const { return m_label; }
    QColor color() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    FkAction m_onDelete;
    QString m_label;
    bool m_dark;
};

} // namespace fkscope
