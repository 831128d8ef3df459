#include "plancommand.h"

#include "output.h"
#include "rowselection.h"
#include "sourceoptions.h"

#include "pg/pgcatalogloader.h"
#include "pg/pgconnection.h"
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
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    SourceOptions source;
    source.addTo(parser);
    RowSelection selection;
    selection.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the script to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help."));
    parser.addOptions({output, help});
    if (!parser.parse(arguments)) {
        printError(QLatin1String(kCommand), parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(QString::fromUtf8(kHelp) + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 2));
        return kExitOk;
    }
    for (const auto &problem : {source.read(parser), selection.read(parser)}) {
        if (problem) {
            printError(QLatin1String(kCommand), *problem);
            return kExitUsage;
        }
    }
    if (source.spec().kind != SourceSpec::Kind::PostgreSQL) {
        printError(QLatin1String(kCommand), QStringLiteral("a plan needs a live database: --db takes a conninfo or URI"));
        return kExitUsage;
    }
    ImpactRequest &request = selection.request();
    request.timeoutMs = source.loadOptions().timeoutMs;
    try {
        PgConnection connection(source.spec().location);
        request.table = PgImpactEngine::resolveTable(connection, selection.tableName());
        LoadOptions all = source.loadOptions();
        all.includeSchemas.clear();
        all.excludeSchemas.clear();
        const SchemaGraph graph = PgCatalogLoader(connection).load(all);
        // Blockers that deleting more rows cannot remove go into the script as notes.
        QStringList notes;
        const ImpactResult impact = PgImpactEngine(connection, graph).simulate(request);
        for (const ImpactBlocker &b : impact.blockers) {
            if (b.kind == BlockerKind::NotNull || b.kind == BlockerKind::Check || b.kind == BlockerKind::SetDefaultMissingParent)
                notes << QStringLiteral("this plan still fails: %1 rows of %2 break %3 %4 when their parent goes; "
                                        "change the rule or the rows first")
                             .arg(b.rows)
                             .arg(qualifiedName(b.table), toString(b.kind), b.kind == BlockerKind::NotNull ? b.column : b.constraint);
        }
        for (const QString &w : impact.warnings)
            notes << w;
        const QuoteFn quoteName = [&](const QString &s) {
            return QString::fromStdString(connection.raw().quote_name(s.toStdString()));
        };
        const QuoteFn quoteLiteral = [&](const QString &s) {
            return QString::fromStdString(connection.raw().quote(s.toStdString()));
        };
        const DeletePlanScript script = buildDeletePlan(graph, request, quoteName, quoteLiteral, notes);
        if (parser.isSet(output)) {
            QFile f(parser.value(output));
            if (!f.open(QIODevice::WriteOnly) || f.write(script.sql.toUtf8()) < 0)
                throw Error(ErrorKind::BadInput, QStringLiteral("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
        } else {
            printOut(script.sql);
        }
    } catch (const Error &e) {
        return reportError(QLatin1String(kCommand), e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
