// The one entry point: a headless subcommand, or (no subcommand) the window.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fkscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fkscope.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FKSCOPE_VERSION));
    // The window is not built yet (issue: the canvas); until then the command line is all there is.
    return fkscope::cli::run(QCoreApplication::arguments());
}
