// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/rules.h"

#include <QColor>
#include <QPen>
#include <QString>

namespace fkscope {

// How an ON DELETE rule is drawn. Every rule has its own colour (Okabe-Ito, safe for the common
// colour-vision deficiencies) AND its own line style, so the legend reads without colour too.
struct RuleStyle
{
    QColor color;
    Qt::PenStyle line;
    qreal width;
    QString label; // "CASCADE"
    QString pattern; // how the line looks, in words, for the legend and screen readers
};

RuleStyle ruleStyle(FkAction action, bool dark = false);
QPen rulePen(FkAction action, bool dark = false, qreal scale = 1.0);

} // namespace fkscope
