// SPDX-License-Identifier: Apache-2.0
#include "impactcommand.h"

#include "impactreport.h"
#include "interrupt.h"
#include "livetarget.h"
#include "output.h"
#include "rowselection.h"
#include "sourceoptions.h"


#include <QCoreApplication>
#include <QCommandLineParser>

namespace fkscope::cli {

namespace {

const char *const kCommand = "impact";

const char *const kHelp = QT_TRANSLATE_NOOP("fkscope::cli", R"(Usage: fkscope impact --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [options]

Simulates DELETE FROM NAME WHERE ... without writing anything and tells what the database would do:
which rows cascade away, which are set NULL or to their default, and which block the statement (with
the constraint, the rows and the foreign-key path). SOURCE is a PostgreSQL conninfo or URI (one READ
ONLY transaction), a mysql:// or mariadb:// URI (InnoDB's rules: row by row, RESTRICT at once, 15
nested cascades at most) or a SQLite file (sqlite:PATH or *.sqlite / *.db, opened read-only; SQLite's
own rules apply: RESTRICT acts at once, NO ACTION at the end of the statement). The report leads with
the error the server would raise.

Examples:
  fkscope impact --db "dbname=shop" --table customers --key id=42
  fkscope impact --db "dbname=shop" --table '"Sales"."Orders"' --where "created_at < now() - interval '5 years'" --json
  fkscope impact --db "dbname=shop" --table customers --key id=42 --verify
  fkscope impact --db app.sqlite --table main.users --where "last_login < '2020-01-01'"
  fkscope impact --db mysql://dba@db.example.com/tinybots --table script_reference --where "archived = 1"

--verify runs the real DELETE and prints what it did beside the prediction (with --json, in the
document's "verification"). On PostgreSQL and MySQL/MariaDB it runs inside a transaction that is
ALWAYS rolled back; it takes row locks and fires triggers while it runs.
On SQLite it runs on a temporary copy of the file (your file is never opened for writing). Use it
when triggers or rules are involved, or to confirm an order-dependent answer.

Exit codes: 0 done (whatever the outcome), 2 bad usage, 3 cannot connect or authenticate,
4 other database error, 5 bad input.
)");

} // namespace

int runImpactCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    RowSelection selection;
    selection.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("fkscope::cli", "Print the result as JSON."));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QCoreApplication::translate("fkscope::cli", "Also run the real DELETE in a rolled-back transaction."));
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
        const ImpactResult result = target.database->simulate(target.graph, request, interruptToken(), {});
        if (!parser.isSet(json))
            printOut(impactText(result, selection.statement(request.table)));
        std::optional<ObservedDelete> observed;
        if (parser.isSet(verify)) {
            printError(command, source.spec().capabilities().verifiesOnCopy
                                    ? QCoreApplication::translate("fkscope::cli", "--verify: running the real DELETE on a temporary copy of the file")
                                    : QCoreApplication::translate("fkscope::cli", "--verify: running the real DELETE in a transaction that will be "
                                                     "rolled back (takes locks, fires triggers)"));
            observed = target.database->verifyDelete(target.graph, request, interruptToken());
            if (!parser.isSet(json))
                printOut(verifyText(result, *observed));
        }
        // One JSON document, with the verification inside it.
        if (parser.isSet(json))
            printOutBytes(toJson(result, false, observed ? &*observed : nullptr));
    } catch (const Error &e) {
        return reportError(command, e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
