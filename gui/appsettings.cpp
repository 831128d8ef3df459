// SPDX-License-Identifier: Apache-2.0
#include "appsettings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QTranslator>

namespace fkscope::settings {

namespace {

const char *const kLanguage = "ui/language";
const char *const kPalette = "ui/palette";

} // namespace

QString language() { return QSettings().value(QLatin1String(kLanguage)).toString(); }

void setLanguage(const QString &code) { QSettings().setValue(QLatin1String(kLanguage), code); }

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("nl")}; }

QString languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

Palette palette()
{
    const QString value = QSettings().value(QLatin1String(kPalette)).toString();
    return value == QLatin1String("light") ? Palette::Light : value == QLatin1String("dark") ? Palette::Dark : Palette::System;
}

void setPalette(Palette palette)
{
    QSettings().setValue(QLatin1String(kPalette), palette == Palette::Light  ? QStringLiteral("light")
                                                  : palette == Palette::Dark ? QStringLiteral("dark")
                                                                             : QStringLiteral("system"));
}

bool canvasIsDark()
{
    switch (palette()) {
    case Palette::Light: return false;
    case Palette::Dark: return true;
    case Palette::System: break;
    }
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString installTranslations(QCoreApplication &app)
{
    QStringList wanted;
    if (!language().isEmpty())
        wanted << language();
    for (const QString &ui : QLocale::system().uiLanguages())
        wanted << ui.section(QLatin1Char('-'), 0, 0).toLower();
    QString chosen = QStringLiteral("en");
    for (const QString &code : std::as_const(wanted)) {
        if (availableLanguages().contains(code)) {
            chosen = code;
            break;
        }
    }
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/fkscope_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (chosen != QLatin1String("en") && qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(chosen == QLatin1String("en") ? QLocale::system().name() : chosen));
    return chosen;
}

} // namespace fkscope::settings
