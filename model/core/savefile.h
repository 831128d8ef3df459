// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace fkscope {

// Writes `bytes` to `path` whole or not at all: into a temporary file beside it that is renamed over
// the target only once every byte is on disk (QSaveFile), so a full disk, a size limit or a missing
// permission leaves no half-written file and keeps an older one intact. Written without Qt's write
// buffer, whose flush drops the rest of a short write without an error (a full disk then gave a
// truncated file, renamed into place as if complete). Throws Error(BadInput) "Cannot write PATH: why".
void writeFileWhole(const QString &path, const QByteArray &bytes);

} // namespace fkscope
