// SPDX-License-Identifier: Apache-2.0
#include "rulestyle.h"

#include <QCoreApplication>

namespace fkscope {

RuleStyle ruleStyle(FkAction action, bool dark)
{
    switch (action) {
    case FkAction::Cascade:
        return {dark ? QColor(0xff, 0x8a, 0x3d) : QColor(0xD5, 0x5E, 0x00), Qt::SolidLine, 2.2,
                QCoreApplication::translate("RuleStyle", "CASCADE"), QCoreApplication::translate("RuleStyle", "solid, thick")};
    case FkAction::SetNull:
        return {dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2), Qt::DashLine, 1.8,
                QCoreApplication::translate("RuleStyle", "SET NULL"), QCoreApplication::translate("RuleStyle", "dashed")};
    case FkAction::SetDefault:
        return {dark ? QColor(0x3d, 0xd6, 0xa6) : QColor(0x00, 0x9E, 0x73), Qt::DashDotLine, 1.8,
                QCoreApplication::translate("RuleStyle", "SET DEFAULT"), QCoreApplication::translate("RuleStyle", "dash-dot")};
    case FkAction::Restrict:
        return {dark ? QColor(0xe6, 0x9f, 0xc8) : QColor(0xCC, 0x79, 0xA7), Qt::DotLine, 2.4,
                QCoreApplication::translate("RuleStyle", "RESTRICT"), QCoreApplication::translate("RuleStyle", "dotted")};
    case FkAction::NoAction:
        return {dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x55, 0x55, 0x55), Qt::DashDotDotLine, 1.4,
                QCoreApplication::translate("RuleStyle", "NO ACTION"), QCoreApplication::translate("RuleStyle", "dash-dot-dot, thin")};
    }
    return {};
}

QPen rulePen(FkAction action, bool dark, qreal scale)
{
    const RuleStyle s = ruleStyle(action, dark);
    QPen pen(s.color, s.width * scale, s.line, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(false);
    return pen;
}

} // namespace fkscope
