// SPDX-License-Identifier: Apache-2.0
#include "canvaspalette.h"

#include <QGuiApplication>

#include <algorithm>

namespace fkscope {

QFont canvasFont(qreal relative, bool bold)
{
    QFont f = QGuiApplication::font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * relative);
    else
        f.setPixelSize(std::max(6, static_cast<int>(f.pixelSize() * relative)));
    f.setBold(bold);
    return f;
}

CanvasPalette CanvasPalette::light()
{
    CanvasPalette p;
    p.dark = false;
    p.background = QColor(0xfa, 0xfa, 0xf7);
    p.boxFill = Qt::white;
    p.boxBorder = QColor(0x8a, 0x94, 0xa0);
    p.header = QColor(0x2f, 0x4b, 0x6e);
    p.headerText = Qt::white;
    p.text = QColor(0x1d, 0x22, 0x28);
    p.subtleText = QColor(0x6a, 0x73, 0x7d);
    p.pkBadge = QColor(0xE6, 0x9F, 0x00);
    p.fkBadge = QColor(0x00, 0x72, 0xB2);
    p.selection = QColor(0xE6, 0x9F, 0x00);
    p.dimmed = QColor(0, 0, 0, 40);
    return p;
}

CanvasPalette CanvasPalette::darkPalette()
{
    CanvasPalette p;
    p.dark = true;
    p.background = QColor(0x1e, 0x20, 0x24);
    p.boxFill = QColor(0x2a, 0x2d, 0x33);
    p.boxBorder = QColor(0x5d, 0x66, 0x70);
    p.header = QColor(0x3b, 0x5f, 0x8a);
    p.headerText = Qt::white;
    p.text = QColor(0xe6, 0xe8, 0xeb);
    p.subtleText = QColor(0x9a, 0xa3, 0xad);
    p.pkBadge = QColor(0xF0, 0xE4, 0x42);
    p.fkBadge = QColor(0x56, 0xB4, 0xE9);
    p.selection = QColor(0xF0, 0xE4, 0x42);
    p.dimmed = QColor(0, 0, 0, 90);
    return p;
}

} // namespace fkscope
