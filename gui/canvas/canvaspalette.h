// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>

namespace fkscope {

// The canvas colours; `dark` follows the system palette (or the user's choice).
struct CanvasPalette
{
    bool dark = false;
    QColor background, boxFill, boxBorder, header, headerText, text, subtleText, pkBadge, fkBadge, selection, dimmed;

    static CanvasPalette light();
    static CanvasPalette darkPalette();
};

// The system's font at `relative` times its size, so that the canvas follows the desktop's font
// settings (9 pt desktops get the sizes the canvas was designed at).
QFont canvasFont(qreal relative, bool bold = false);

// Below this level of detail (screen pixels per scene unit) items are drawn as a thumbnail: boxes
// without text, edges as one-pixel lines in their rule's style, without arrowheads. Type is under
// 2 px there, so nothing readable is lost; the overview map paints many times faster.
constexpr qreal kThumbnailDetail = 0.15;

} // namespace fkscope
