#pragma once

#include <QColor>

namespace fkscope {

// The canvas colours; `dark` follows the system palette (or the user's choice).
struct CanvasPalette
{
    bool dark = false;
    QColor background, boxFill, boxBorder, header, headerText, text, subtleText, pkBadge, fkBadge, selection, dimmed;

    static CanvasPalette light();
    static CanvasPalette darkPalette();
};

} // namespace fkscope
