// SPDX-License-Identifier: Apache-2.0
#include "appsettings.h"

#include <QApplication>
#include <QDateTime>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QTranslator>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fkscope::settings {

namespace {

const char *const kLanguage = "ui/language";
const char *const kPalette = "ui/palette";

// Equal as the INI file gives them back: a one-element list comes back as a string, a number as text.
bool sameStored(const QVariant &a, const QVariant &b)
{
    if (a == b)
        return true;
    if (a.metaType().id() == QMetaType::QByteArray || b.metaType().id() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toStringList() == b.toStringList() || (a.canConvert<QString>() && b.canConvert<QString>() && a.toString() == b.toString());
}

} // namespace

QString store(const QList<std::pair<QString, QVariant>> &values)
{
    const QSettings current;
    const QString real = current.fileName();
    const QString temp = real + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
    const auto failed = [&](const QString &why) {
        QFile::remove(temp);
        return QCoreApplication::translate("fkscope::Messages", "Your settings could not be saved (%1); the previous ones are kept.").arg(why);
    };
    if (!QDir().mkpath(QFileInfo(real).absolutePath()))
        return failed(QCoreApplication::translate("fkscope::Messages", "cannot create %1").arg(QFileInfo(real).absolutePath()));
    QMap<QString, QVariant> expected;
    for (const QString &key : current.allKeys())
        expected.insert(key, current.value(key));
    for (const auto &[key, value] : values)
        expected.insert(key, value);
    QFile::remove(temp);
    {
        QSettings next(temp, QSettings::IniFormat);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            next.setValue(it.key(), it.value());
        next.sync();
        if (next.status() != QSettings::NoError)
            return failed(QCoreApplication::translate("fkscope::Messages", "cannot write %1").arg(temp));
    }
    // Read back: a file cut short by a full disk lacks values or holds shortened ones. QSettings
    // keeps what it wrote in a per-process cache and reads the file again only when its size or
    // time differ from what it noted after writing: a different time makes it read the disk.
    {
        QFile touched(temp);
        if (!touched.open(QIODevice::ReadWrite)
            || !touched.setFileTime(QFileInfo(temp).lastModified().addSecs(-1), QFileDevice::FileModificationTime))
            return failed(QCoreApplication::translate("fkscope::Messages", "cannot write %1").arg(temp));
    }
    const QSettings written(temp, QSettings::IniFormat);
    bool whole = written.status() == QSettings::NoError && written.allKeys().size() == expected.size();
    for (auto it = expected.cbegin(); whole && it != expected.cend(); ++it)
        whole = sameStored(written.value(it.key()), it.value());
    if (!whole)
        return failed(QCoreApplication::translate("fkscope::Messages", "the disk may be full: %1 was cut short").arg(temp));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(real).constData()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    return QString();
}

QString language() { return QSettings().value(QLatin1String(kLanguage)).toString(); }

QString setLanguage(const QString &code) { return store({{QLatin1String(kLanguage), code}}); }

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

QString setPalette(Palette palette)
{
    return store({{QLatin1String(kPalette), palette == Palette::Light  ? QStringLiteral("light")
                                            : palette == Palette::Dark ? QStringLiteral("dark")
                                                                       : QStringLiteral("system")}});
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
