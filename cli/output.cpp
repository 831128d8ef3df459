// SPDX-License-Identifier: Apache-2.0
#include "output.h"

#include "interrupt.h"

#include "core/savefile.h"

#include <QCoreApplication>
#include <QCommandLineParser>

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
    // One line, and no control characters a damaged file or a server put into the text (a terminal
    // would act on them): they are shown as \xNN.
    QString flat;
    flat.reserve(message.size());
    for (const QChar c : message) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            flat += QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            flat += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            flat += c;
    }
    const QString prefix = command.isEmpty() ? QStringLiteral("fkscope") : QStringLiteral("fkscope ") + command;
    const QByteArray line = QStringLiteral("%1: %2\n").arg(prefix, flat).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

int reportError(const QString &command, const Error &error)
{
    QString text = error.summary();
    if (!error.server().detail.isEmpty())
        text += QCoreApplication::translate("fkscope::cli", " (detail: %1)").arg(error.server().detail);
    if (!error.server().hint.isEmpty())
        text += QCoreApplication::translate("fkscope::cli", " (hint: %1)").arg(error.server().hint);
    printError(command, text);
    return exitCodeFor(error.kind());
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                    const char *help, int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("fkscope::cli", "Show help."));
    parser.addOption(helpOption);
    if (!parser.parse(arguments)) {
        printError(command, parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(helpOption)) {
        printOut(QCoreApplication::translate("fkscope::cli", help) + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2));
        return kExitOk;
    }
    if (parser.positionalArguments().size() > positionals) {
        printError(command, QCoreApplication::translate("fkscope::cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().at(positionals)));
        return kExitUsage;
    }
    return std::nullopt;
}

std::optional<int> reportUsage(const QString &command, const QList<std::optional<QString>> &problems)
{
    for (const std::optional<QString> &problem : problems) {
        if (problem) {
            printError(command, *problem);
            return kExitUsage;
        }
    }
    return std::nullopt;
}

void writeReport(const QString &path, const QByteArray &report)
{
    if (path.isEmpty()) {
        printOutBytes(report);
        return;
    }
    throwIfInterrupted(path);
    writeFileWhole(path, report);
}

} // namespace fkscope::cli
