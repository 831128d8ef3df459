#include "plancommand.h"

#include "livetarget.h"
#include "output.h"
#include "rowselection.h"
#include "sourceoptions.h"

#include "impact/impactreport.h"
#include "pg/pgdeleteplan.h"
#include "pg/pgimpactengine.h"

#include <QCommandLineParser>
#include <QFile>

namespace fkscope::cli {

namespace {

const char *const kCommand = "plan";

const char *const kHelp = R"(Usage: fkscope plan --db CONNINFO --table NAME (--key COL=VALUE... | --where SQL) [-o FILE]

Prints a SQL script, inside BEGIN / COMMIT, that deletes the chosen rows together with every row that
blocks them through RESTRICT / NO ACTION foreign keys, children first. CASCADE, SET NULL and SET
DEFAULT are left to the database. fkscope never runs the script: review it, then run it yourself.

Example:
  fkscope plan --db "dbname=shop" --table script_reference --where "archived = 1" -o cleanup.sql
)";

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    RowSelection selection;
    selection.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the script to FILE."), QStringLiteral("FILE"));
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
        PgConnection &connection = *target.connection;
        // Blockers that deleting more rows cannot remove go into the script as notes.
        const QStringList notes = planNotes(PgImpactEngine(connection, target.graph).simulate(selection.request()));
        const QuoteFn quoteName = [&](const QString &s) {
            return QString::fromStdString(connection.raw().quote_name(s.toStdString()));
        };
        const QuoteFn quoteLiteral = [&](const QString &s) {
            return QString::fromStdString(connection.raw().quote(s.toStdString()));
        };
        const DeletePlanScript script = buildDeletePlan(target.graph, selection.request(), quoteName, quoteLiteral, notes);
        if (parser.isSet(output)) {
            QFile f(parser.value(output));
            if (!f.open(QIODevice::WriteOnly) || f.write(script.sql.toUtf8()) < 0)
                throw Error(ErrorKind::BadInput, QStringLiteral("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
        } else {
            printOut(script.sql);
        }
    } catch (const Error &e) {
        return reportError(command, e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
