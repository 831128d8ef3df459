// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace fkscope {

class SchemaScene;

// Writes the scene's visible items to `path`: PNG (or any raster format Qt knows) or SVG, chosen by
// the file's extension. Raster images are capped at `maxPixels` on their longer side (scaled down to
// fit). Throws fkscope::Error(BadInput) when the file cannot be written.
void renderScene(SchemaScene &scene, const QString &path, int maxPixels = 12000);

} // namespace fkscope
