// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include "core/licence.h"

#include "interrupt.h"
#include "output.h"
#include "diffcommand.h"
#include "explaincommand.h"
#include "impactcommand.h"
#include "lintcommand.h"
#include "plancommand.h"
#include "rendercommand.h"
#include "schemacommand.h"

#include <QCoreApplication>

namespace fkscope::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const Command kCommands[] = {
    {"schema", QT_TRANSLATE_NOOP("fkscope::cli", "read a database's foreign-key graph; print it as JSON or a summary"), runSchemaCommand},
    {"impact", QT_TRANSLATE_NOOP("fkscope::cli", "simulate a DELETE read-only: what cascades, is set NULL, or blocks"), runImpactCommand},
    {"plan", QT_TRANSLATE_NOOP("fkscope::cli", "print a reviewable SQL script that deletes rows with everything blocking them"), runPlanCommand},
    {"explain", QT_TRANSLATE_NOOP("fkscope::cli", "paste a foreign-key error: find the constraint, what blocks, where the key is, and the fix"), runExplainCommand},
    {"lint", QT_TRANSLATE_NOOP("fkscope::cli", "check a schema for foreign-key traps (unindexed, mismatched, missing keys...), with fixes"), runLintCommand},
    {"diff", QT_TRANSLATE_NOOP("fkscope::cli", "compare two schemas, snapshots or DDL files; preview a migration; count rows a new key rejects"), runDiffCommand},
    {"render", QT_TRANSLATE_NOOP("fkscope::cli", "draw the foreign-key graph to PNG, SVG or DOT (no display needed)"), runRenderCommand},
};

QString usage()
{
    QString text = QCoreApplication::translate("fkscope::cli", "Usage: fkscope <command> [options]\n\n"
                                  "fkscope shows a database's foreign-key graph and what a DELETE would do.\n\n"
                                  "Commands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -8).arg(QCoreApplication::translate("fkscope::cli", c.summary));
    text += QCoreApplication::translate("fkscope::cli", "\nRun 'fkscope <command> --help' for a command's options and examples.\n"
                           "Options: --help, --version\n");
    return text;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version"))
        return true;
    // Any bare word is a subcommand, known or not (an unknown one is reported as such); the window
    // takes options only (--db, --focus, --screenshot).
    return !first.startsWith(QLatin1Char('-'));
}

int run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        printOut(usage());
        return kExitUsage;
    }
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printOut(usage());
        return kExitOk;
    }
    if (first == QLatin1String("--version")) {
        printOut(QCoreApplication::translate("fkscope::cli", "fkscope %1\n").arg(QCoreApplication::applicationVersion())
                 + licenceSummary() + QLatin1Char('\n'));
        return kExitOk;
    }
    for (const Command &c : kCommands) {
        if (first == QLatin1String(c.name)) {
            const InterruptWatch interrupts;
            const int code = c.run(arguments.mid(1));
            return interruptSignal() != 0 ? 128 + interruptSignal() : code;
        }
    }
    printError(QString(), QCoreApplication::translate("fkscope::cli", "unknown command \"%1\"; see fkscope --help").arg(first));
    return kExitUsage;
}

} // namespace fkscope::cli
