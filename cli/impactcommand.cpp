#include "impactcommand.h"

#include "impactreport.h"
#include "livetarget.h"
#include "output.h"
#include "rowselection.h"
#include "sourceoptions.h"

#include "pg/pgdeleteverifier.h"
#include "pg/pgimpactengine.h"

#include <QCommandLineParser>

namespace fkscope::cli {

namespace {

const char *const kCommand = "impact";

const char *const kHelp = R"(Usage: fkscope impact --db CONNINFO --table NAME (--key COL=VALUE... | --where SQL) [options]

Simulates DELETE FROM NAME WHERE ... without writing anything (one READ ONLY transaction) and tells
what PostgreSQL would do: which rows cascade away, which are set NULL or to their default, and which
block the statement (with the constraint, the rows and the foreign-key path).

Examples:
  fkscope impact --db "dbname=shop" --table customers --key id=42
  fkscope impact --db "dbname=shop" --table '"Sales"."Orders"' --where "created_at < now() - interval '5 years'" --json
  fkscope impact --db "dbname=shop" --table customers --key id=42 --verify

--verify runs the real DELETE inside a transaction that is ALWAYS rolled back, and prints what it
did beside the prediction. It takes row locks and fires triggers while it runs: use it when triggers
or rules are involved, or to confirm an order-dependent answer.

Exit codes: 0 done (whatever the outcome), 2 bad usage, 3 cannot connect or authenticate,
4 other database error, 5 bad input.
)";

} // namespace

int runImpactCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    RowSelection selection;
    selection.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("Also run the real DELETE in a rolled-back transaction."));
    parser.addOptions({json, verify});
    const QString command = QLatin1String(kCommand);
    if (const auto done = parseCommandLine(parser, arguments, command, kHelp))
        return *done;
    if (const auto usage = reportUsage(command, {source.read(parser), selection.read(parser)}))
        return *usage;
    if (const auto usage = reportUsage(command, {requireLiveDatabase(source, "a simulation")}))
        return *usage;
    try {
        LiveTarget target = openLiveTarget(source, selection);
        const ImpactRequest &request = selection.request();
        const ImpactResult result = PgImpactEngine(*target.connection, target.graph).simulate(request);
        if (parser.isSet(json))
            printOutBytes(toJson(result));
        else
            printOut(impactText(result, selection.statement(request.table)));
        if (parser.isSet(verify)) {
            printError(command, QStringLiteral("--verify: running the real DELETE in a transaction that will be rolled "
                                               "back (takes locks, fires triggers)"));
            printOut(verifyText(result, verifyDelete(*target.connection, target.graph, request)));
        }
    } catch (const Error &e) {
        return reportError(command, e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
