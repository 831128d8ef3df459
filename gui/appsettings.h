// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace fkscope::settings {

// What the user chose in Settings, kept with QSettings (window geometry and dock layout, recent
// sources and connection profiles are kept by the window and the connect dialog; never passwords).

// "" follows the system locale; otherwise a code from availableLanguages().
QString language();
void setLanguage(const QString &code);
QStringList availableLanguages(); // "en", "de", "nl"
QString languageName(const QString &code); // in that language: "Deutsch"

enum class Palette { System, Light, Dark };
Palette palette();
void setPalette(Palette palette);
// The canvas palette to use now: the user's choice, or the system palette's lightness.
bool canvasIsDark();

// Installs fkscope's translation for the chosen language (or the system's first UI language that
// has one), and Qt's own where the system has it. Returns the language in use ("en" if none).
// The .qm files are resources of the fkscope binary (":/i18n/fkscope_<code>.qm").
QString installTranslations(QCoreApplication &app);

} // namespace fkscope::settings
