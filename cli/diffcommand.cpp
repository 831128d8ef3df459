// SPDX-License-Identifier: Apache-2.0
#include "diffcommand.h"

#include "interrupt.h"
#include "output.h"
#include "sourceoptions.h"

#include "diff/diffreport.h"
#include "source/livedatabase.h"
#include "source/sourceengine.h"

#include <QCoreApplication>
#include <QCommandLineParser>

namespace fkscope::cli {

namespace {

const char *const kCommand = "diff";
constexpr int kSampleKeys = 5;

const char *const kHelp = QT_TRANSLATE_NOOP("fkscope::cli", R"(Usage: fkscope diff --from SOURCE [--to SOURCE] [--apply FILE.sql]... [options]

Compares the foreign keys and tables of two sources and says what each change does to deletes:
rule changes first (deleting content_items now sets generation_jobs.content_id to NULL, was:
blocked by NO ACTION), then changed, renamed, added and removed keys, tables, and the tables whose
DELETE now reaches more or fewer tables through cascades. Keys are matched by what they connect,
then by name, so a rename is a rename.

A SOURCE is anything --db takes (a live database, a snapshot .json, an SQLite file, a MySQL URI)
or a PostgreSQL DDL file (*.sql, read offline with PostgreSQL's own parser; sqlite:FILE.sql for
SQLite DDL). --apply applies migration files, in order, to FROM first (a migration preview); with
--apply and no --to, TO is FROM with the migrations applied.

--check-data counts, for every added or changed key, the live rows that would make ADD CONSTRAINT
or VALIDATE CONSTRAINT fail (read-only, one statement per key, with the statement timeout), with a
few of their keys. The rows are counted on the live side: FROM when migrations are applied,
otherwise TO if it is a database, otherwise FROM.

Examples:
  fkscope diff --from schema.sql --to "host=db dbname=shop"          # drift: expected vs live
  fkscope diff --from "host=db dbname=shop" --apply 0042_fks.sql --check-data
  fkscope diff --from before.json --to after.json --markdown -o review.md

Exit codes: 0 no differences, 1 differences found, 2 bad usage, 3 cannot connect or authenticate,
4 other database error, 5 bad input file.
)");

SchemaGraph loadSource(const SourceSpec &spec, const LoadOptions &options)
{
    return createLoader(spec)->load(options);
}

// Counts, on the live side, the rows each added or changed key would reject. `loaded` is that side's
// graph as the diff read it.
void checkData(const SourceSpec &live, const SchemaGraph &loaded, const SchemaGraph &keys, SchemaDiff &diff, const LoadOptions &options)
{
    const std::unique_ptr<LiveDatabase> database = openLiveDatabase(live);
    // The whole graph: a key may cross into schemas the diff leaves out. Read again only when the
    // diff's load left some out.
    const bool whole = options.includeSchemas.isEmpty() && options.excludeSchemas.isEmpty();
    LoadOptions everything;
    everything.timeoutMs = options.timeoutMs;
    everything.cancel = interruptToken();
    const SchemaGraph graph = whole ? loaded : database->loadGraph(everything);
    const CancelToken &cancel = interruptToken();
    for (FkChange &change : diff.foreignKeys) {
        if (change.to == kInvalidId)
            continue;
        try {
            change.violations = database->countViolations(graph, ForeignKeyDraft::of(keys, keys.foreignKey(change.to)), kSampleKeys,
                                                          options.timeoutMs, cancel);
        } catch (const Error &e) {
            // A key the database cannot check yet (its table or column comes with the migration),
            // or a statement that timed out: said for that key, the others still counted.
            if (e.kind() != ErrorKind::BadArgument && e.kind() != ErrorKind::Timeout && e.kind() != ErrorKind::DatabaseError)
                throw;
            change.checkProblem = e.summary();
        }
    }
}

} // namespace

int runDiffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source(false);
    source.addTo(parser);
    const QCommandLineOption fromOption(QStringLiteral("from"), QCoreApplication::translate("fkscope::cli", "The source before: anything --db takes, or a DDL file (*.sql)."),
                                        QStringLiteral("SOURCE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QCoreApplication::translate("fkscope::cli", "The source after; without it, FROM with the --apply migrations applied."),
                                      QStringLiteral("SOURCE"));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   QCoreApplication::translate("fkscope::cli", "Apply migration FILE (DDL) to FROM first, offline; repeatable, in order."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check-data"),
                                         QCoreApplication::translate("fkscope::cli", "Count the live rows each added or changed key would reject."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("fkscope::cli", "Print the differences as JSON."));
    const QCommandLineOption markdown(QStringLiteral("markdown"), QCoreApplication::translate("fkscope::cli", "Print the report as Markdown, for a review ticket."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("fkscope::cli", "Write the report to FILE instead of stdout (complete or not at all)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({fromOption, toOption, apply, checkOption, json, markdown, output});
    if (const auto done = parseCommandLine(parser, arguments, QLatin1String(kCommand), kHelp))
        return *done;

    std::optional<QString> problem;
    const QStringList migrations = parser.values(apply);
    if (!parser.isSet(fromOption))
        problem = QCoreApplication::translate("fkscope::cli", "--from SOURCE is required");
    else if (!parser.isSet(toOption) && migrations.isEmpty())
        problem = QCoreApplication::translate("fkscope::cli", "give --to SOURCE, or --apply FILE to compare FROM with its migration applied");
    else if (parser.isSet(json) && parser.isSet(markdown))
        problem = QCoreApplication::translate("fkscope::cli", "--json and --markdown both choose the format; pick one");
    if (const auto usage = reportUsage(QLatin1String(kCommand), {problem, source.read(parser)}))
        return *usage;

    try {
        const SourceSpec fromSpec = SourceSpec::parse(parser.value(fromOption));
        const std::optional<SourceSpec> toSpec = parser.isSet(toOption) ? std::optional(SourceSpec::parse(parser.value(toOption))) : std::nullopt;
        // --check-data counts on FROM when migrations are applied, else on TO if it is a database, else on FROM.
        std::optional<bool> countOnFrom;
        if (parser.isSet(checkOption)) {
            countOnFrom = !migrations.isEmpty() || !toSpec || !toSpec->capabilities().liveDatabase;
            const SourceSpec &live = *countOnFrom ? fromSpec : *toSpec;
            if (!live.capabilities().liveDatabase) {
                printError(QLatin1String(kCommand),
                           QCoreApplication::translate("fkscope::cli", "--check-data counts rows in a database: %1 is a %2 source, not a database")
                               .arg(parser.value(*countOnFrom ? fromOption : toOption), live.engine->displayName()));
                return kExitUsage;
            }
        }

        const LoadOptions &options = source.loadOptions();
        const SchemaGraph from = loadSource(fromSpec, options);
        const SchemaGraph applied = migrations.isEmpty() ? from : fromSpec.engine->applyMigrations(fromSpec.location, from, migrations, options);
        const SchemaGraph to = toSpec ? loadSource(*toSpec, options) : applied;
        const SchemaGraph &before = toSpec ? applied : from;
        SchemaDiff diff = diffGraphs(before, to);
        if (countOnFrom)
            checkData(*countOnFrom ? fromSpec : *toSpec, *countOnFrom ? from : to, to, diff, options);

        const DiffSides sides{before, to, fromSpec.label(parser.value(fromOption)),
                              toSpec ? toSpec->label(parser.value(toOption))
                                     : QCoreApplication::translate("fkscope::cli", "FROM with %1 applied").arg(migrations.join(QStringLiteral(", "))),
                              toSpec ? migrations : QStringList(), toSpec ? QStringList() : migrations};
        const QByteArray report = parser.isSet(json) ? diffJson(sides, diff) : diffText(sides, diff, parser.isSet(markdown)).toUtf8();
        writeReport(parser.value(output), report); // complete or not at all
        return diff.isEmpty() ? kExitOk : 1;
    } catch (const Error &e) {
        return reportError(QLatin1String(kCommand), e);
    }
}

} // namespace fkscope::cli
