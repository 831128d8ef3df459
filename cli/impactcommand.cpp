#include "impactcommand.h"

#include "impactreport.h"
#include "output.h"
#include "rowselection.h"
#include "sourceoptions.h"

#include "pg/pgcatalogloader.h"
#include "pg/pgconnection.h"
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
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    SourceOptions source;
    source.addTo(parser);
    RowSelection selection;
    selection.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("Also run the real DELETE in a rolled-back transaction."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    parser.addOptions({json, verify, help});
    if (!parser.parse(arguments)) {
        printError(QLatin1String(kCommand), parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(QString::fromUtf8(kHelp) + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2));
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QLatin1String(kCommand), QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return kExitUsage;
    }
    for (const auto &problem : {source.read(parser), selection.read(parser)}) {
        if (problem) {
            printError(QLatin1String(kCommand), *problem);
            return kExitUsage;
        }
    }
    if (source.spec().kind != SourceSpec::Kind::PostgreSQL) {
        printError(QLatin1String(kCommand), QStringLiteral("a simulation needs a live database: --db takes a conninfo or URI"));
        return kExitUsage;
    }
    ImpactRequest &request = selection.request();
    request.timeoutMs = source.loadOptions().timeoutMs;
    try {
        PgConnection connection(source.spec().location);
        request.table = PgImpactEngine::resolveTable(connection, selection.tableName());
        LoadOptions all = source.loadOptions();
        all.includeSchemas.clear(); // cascades cross schemas: the engine needs the whole graph
        all.excludeSchemas.clear();
        const SchemaGraph graph = PgCatalogLoader(connection).load(all);
        PgImpactEngine engine(connection, graph);
        const ImpactResult result = engine.simulate(request);
        if (parser.isSet(json))
            printOutBytes(toJson(result));
        else
            printOut(impactText(result, selection.statement(request.table)));
        if (parser.isSet(verify)) {
            printError(QLatin1String(kCommand), QStringLiteral("--verify: running the real DELETE in a transaction "
                                                               "that will be rolled back (takes locks, fires triggers)"));
            const ObservedDelete observed = verifyDelete(connection, graph, request);
            printOut(verifyText(result, observed));
        }
    } catch (const Error &e) {
        return reportError(QLatin1String(kCommand), e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
