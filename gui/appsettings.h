// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

class QCoreApplication;

namespace fkscope::settings {

// What the user chose in Settings, kept with QSettings (window geometry and dock layout, recent
// sources and connection profiles are kept by the window and the connect dialog; never passwords).

// Writes `values` (key, value) into the settings file without ever leaving it half-written. Qt's
// QSettings renames a truncated file into place when the disk fills, and reports no error (seen on
// Qt 6.4 with a file size limit: the file cut at the limit, status NoError). So the whole file is
// written beside the real one, read back, and renamed over it only when it holds every value.
// Returns an empty string, or one sentence saying what went wrong; the settings stay as they were.
QString store(const QList<std::pair<QString, QVariant>> &values);

// "" follows the system locale; otherwise a code from availableLanguages().
QString language();
QString setLanguage(const QString &code); // store()'s answer
QStringList availableLanguages(); // "en", "de", "nl"
QString languageName(const QString &code); // in that language: "Deutsch"

enum class Palette { System, Light, Dark };
Palette palette();
QString setPalette(Palette palette); // store()'s answer
// The canvas palette to use now: the user's choice, or the system palette's lightness.
bool canvasIsDark();

// Installs fkscope's translation for the chosen language (or the system's first UI language that
// has one), and Qt's own where the system has it. Returns the language in use ("en" if none).
// The .qm files are resources of the fkscope binary (":/i18n/fkscope_<code>.qm").
QString installTranslations(QCoreApplication &app);

} // namespace fkscope::settings
