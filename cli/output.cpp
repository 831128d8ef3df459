#include "output.h"

#include <cstdio>

namespace fkscope::cli {

void printOut(const QString &text) { printOutBytes(text.toUtf8()); }

void printOutBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &command, const QString &message)
{
    QString flat = message;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray line = QStringLiteral("fkscope %1: %2\n").arg(command, flat).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

int reportError(const QString &command, const Error &error)
{
    QString text = error.summary();
    if (!error.server().detail.isEmpty())
        text += QStringLiteral(" (detail: %1)").arg(error.server().detail);
    if (!error.server().hint.isEmpty())
        text += QStringLiteral(" (hint: %1)").arg(error.server().hint);
    printError(command, text);
    return exitCodeFor(error.kind());
}

} // namespace fkscope::cli
