// SPDX-License-Identifier: Apache-2.0
// The one entry point: a headless subcommand, or the window.
#include "cli.h"
#include "appsettings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("fkscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("fkscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fkscope.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FKSCOPE_VERSION));
}

bool noDisplay()
{
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runWindow(int argc, char *argv[])
{
    if (noDisplay()) {
        std::fprintf(stderr, "fkscope: no display to open the window on (DISPLAY is not set); run a subcommand "
                             "(fkscope --help), or set QT_QPA_PLATFORM=offscreen\n");
        return 2;
    }
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.fkscope"));
    fkscope::settings::installTranslations(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("fkscope: a database's foreign-key graph, and what a DELETE would do."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open this source: a conninfo / URI, a SQLite file, a snapshot file, or demo."),
                                QStringLiteral("SOURCE"));
    const QCommandLineOption focus(QStringLiteral("focus"), QStringLiteral("Open focused on this table (SCHEMA.TABLE)."),
                                   QStringLiteral("TABLE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window as PNG once the source is shown, then quit."),
                                        QStringLiteral("FILE"));
    parser.addOptions({db, focus, screenshot});
    parser.process(app);

    fkscope::MainWindow window;
    window.show();
    if (parser.isSet(db))
        window.openSource(parser.value(db), parser.value(focus));
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto save = [&window, file] {
            QTimer::singleShot(200, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QCoreApplication::exit(ok ? 0 : 5);
            });
        };
        if (parser.isSet(db))
            QObject::connect(&window, &fkscope::MainWindow::ready, &window, save);
        else
            save();
        QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(4); }); // never hang a script
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!fkscope::cli::isCommandLine(args))
        return runWindow(argc, argv);
    // `render` draws with the canvas (QtWidgets): it needs a QApplication, offscreen without a display.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "render") == 0;
    if (drawing && noDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawing ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    setIdentity();
    fkscope::settings::installTranslations(*app); // messages follow the locale, like the window
    return fkscope::cli::run(QCoreApplication::arguments());
}
