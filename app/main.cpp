// The one entry point: a headless subcommand, or (no subcommand) the window.
#include "cli.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // `render` draws with the canvas (QtWidgets): it needs a QApplication, and without a display it
    // uses the offscreen platform. Every other subcommand stays a plain QCoreApplication.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "render") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawing ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("fkscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fkscope.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FKSCOPE_VERSION));
    // The window is not built yet (the canvas issue); until then the command line is all there is.
    return fkscope::cli::run(QCoreApplication::arguments());
}
