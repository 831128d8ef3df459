// SPDX-License-Identifier: Apache-2.0
#include "plancommand.h"

#include "interrupt.h"
#include "livetarget.h"
#include "output.h"
#include "rowselection.h"
#include "sourceoptions.h"


#include <QCoreApplication>
#include <QCommandLineParser>

namespace fkscope::cli {

namespace {

const char *const kCommand = "plan";

const char *const kHelp = QT_TRANSLATE_NOOP("fkscope::cli", R"(Usage: fkscope plan --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [-o FILE]

Prints a SQL script, inside BEGIN / COMMIT, that deletes the chosen rows together with every row that
blocks them through RESTRICT / NO ACTION foreign keys, children first. CASCADE, SET NULL and SET
DEFAULT are left to the database. fkscope never runs the script: review it, then run it yourself.
SOURCE is a PostgreSQL conninfo or URI, or a SQLite file (the script then starts with
PRAGMA foreign_keys = ON).

Example:
  fkscope plan --db "dbname=shop" --table script_reference --where "archived = 1" -o cleanup.sql
)");

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    RowSelection selection;
    selection.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("fkscope::cli", "Write the script to FILE."), QStringLiteral("FILE"));
    parser.addOption(output);
    const QString command = QLatin1String(kCommand);
    if (const auto done = parseCommandLine(parser, arguments, command, kHelp))
        return *done;
    if (const auto usage = reportUsage(command, {source.read(parser), selection.read(parser)}))
        return *usage;
    if (const auto usage = reportUsage(command, {requireLiveDatabase(source, "a plan")}))
        return *usage;
    try {
        LiveTarget target = openLiveTarget(source, selection);
        // Blockers that deleting more rows cannot remove go into the script as notes.
        const ImpactResult impact = target.database->simulate(target.graph, selection.request(), interruptToken(), {});
        const QString script = target.database->deletePlan(target.graph, selection.request(), impact);
        writeReport(parser.value(output), script.toUtf8()); // a file is written whole or not at all
    } catch (const Error &e) {
        return reportError(command, e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
