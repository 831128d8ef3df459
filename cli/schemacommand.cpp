// SPDX-License-Identifier: Apache-2.0
#include "schemacommand.h"

#include "interrupt.h"
#include "output.h"
#include "sourceoptions.h"

#include "lint/lint.h"
#include "source/sourceengine.h"
#include "snapshot/snapshot.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <map>

namespace fkscope::cli {

namespace {

const char *const kCommand = "schema";

const char *const kHelp = QT_TRANSLATE_NOOP("fkscope::cli", R"(Usage: fkscope schema --db SOURCE [options] (--json | --summary)

Reads the whole foreign-key graph of a database (or a snapshot file) and prints it.

Examples:
  fkscope schema --db "host=db.example.com dbname=shop user=dba" --summary
  fkscope schema --db postgresql://dba@db.example.com/shop --schema 'sales*' --json -o shop.json
  fkscope schema --db mysql://dba@db.example.com/shop --schema 'shop_*' --summary
  fkscope schema --db shop.json --summary          (reopen a snapshot)

Exit codes: 0 done, 2 bad usage, 3 cannot connect or authenticate, 4 other database error,
5 bad input file. The reason is printed on stderr in one line.
)");

QString summaryText(const SchemaGraph &graph, qint64 elapsedMs)
{
    const GraphStats s = graph.stats();
    const SourceInfo &src = graph.source();
    QString out;
    out += QCoreApplication::translate("fkscope::cli", "%1 %2, database %3").arg(src.engine, src.serverVersion, displayIdentifier(src.database));
    if (!src.user.isEmpty())
        out += QCoreApplication::translate("fkscope::cli", " (as %1)").arg(src.user);
    out += QCoreApplication::translate("fkscope::cli", ", read in %1 ms\n").arg(elapsedMs);

    std::map<QString, int> perSchema;
    for (const Table &t : graph.tables()) {
        if (!t.external && !t.isPartition())
            ++perSchema[t.schema];
    }
    out += QCoreApplication::translate("fkscope::cli", "Tables: %1").arg(s.tables);
    QStringList extra;
    if (s.partitionedTables)
        extra << QCoreApplication::translate("fkscope::cli", "%1 partitioned, with %2 partitions").arg(s.partitionedTables).arg(s.partitions);
    else if (s.partitions)
        extra << QCoreApplication::translate("fkscope::cli", "%1 partitions").arg(s.partitions);
    if (s.foreignTables)
        extra << QCoreApplication::translate("fkscope::cli", "%1 foreign").arg(s.foreignTables);
    if (s.externalTables)
        extra << QCoreApplication::translate("fkscope::cli", "%1 external, outside the selected schemas").arg(s.externalTables);
    if (!extra.isEmpty())
        out += QStringLiteral(" (%1)").arg(extra.join(QStringLiteral("; ")));
    const int schemas = static_cast<int>(perSchema.size());
    out += QCoreApplication::translate("fkscope::cli", " in %n schema(s)\n", nullptr, schemas);
    for (const auto &[schema, count] : perSchema)
        out += QStringLiteral("  %1: %2\n").arg(displayIdentifier(schema)).arg(count);

    out += QCoreApplication::translate("fkscope::cli", "Foreign keys: %1\n").arg(s.foreignKeys);
    QStringList rules;
    for (const FkAction a : {FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault, FkAction::Restrict,
                             FkAction::NoAction})
        rules << QStringLiteral("%1 %2").arg(toSql(a)).arg(s.onDelete[static_cast<std::size_t>(a)]);
    out += QCoreApplication::translate("fkscope::cli", "  ON DELETE: %1\n").arg(rules.join(QStringLiteral(", ")));
    out += QCoreApplication::translate("fkscope::cli", "  composite %1, self-referencing %2, deferrable %3, not valid %4, without index %5\n")
               .arg(s.composite)
               .arg(s.selfReferences)
               .arg(s.deferrable)
               .arg(s.notValidated)
               .arg(s.unindexedForeignKeys);

    // The lint's findings, a few per rule (fkscope lint lists them all, with fixes).
    const QList<LintFinding> findings = lintGraph(graph, EngineRegistry::dialectFor(src.engine));
    QStringList warnings = graph.warnings();
    std::map<QString, QStringList> byRule;
    for (const LintFinding &f : findings)
        byRule[f.rule].append(f.message);
    constexpr int kShown = 5;
    for (const auto &[rule, messages] : byRule) {
        Q_UNUSED(rule);
        for (int i = 0; i < messages.size() && i < kShown; ++i)
            warnings.append(messages[i]);
        if (messages.size() > kShown)
            warnings.append(QCoreApplication::translate("fkscope::cli", "... and %1 more like the above").arg(messages.size() - kShown));
    }
    if (warnings.isEmpty()) {
        out += QCoreApplication::translate("fkscope::cli", "Warnings: none\n");
    } else {
        out += QCoreApplication::translate("fkscope::cli", "Warnings:\n");
        for (const QString &w : warnings)
            out += QStringLiteral("  - %1\n").arg(w);
    }
    return out;
}

} // namespace

int runSchemaCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("fkscope::cli", "Print the snapshot JSON."));
    const QCommandLineOption summary(QStringLiteral("summary"), QCoreApplication::translate("fkscope::cli", "Print a short human summary."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("fkscope::cli", "Write the snapshot JSON to FILE."), QStringLiteral("FILE"));
    parser.addOptions({json, summary, output});
    if (const auto done = parseCommandLine(parser, arguments, QLatin1String(kCommand), kHelp))
        return *done;
    if (const auto usage = reportUsage(QLatin1String(kCommand), {source.read(parser)}))
        return *usage;
    const bool wantJson = parser.isSet(json);
    const bool wantSummary = parser.isSet(summary);
    const bool wantFile = parser.isSet(output);
    if (!wantJson && !wantSummary && !wantFile) {
        printError(QLatin1String(kCommand), QCoreApplication::translate("fkscope::cli", "say what to print: --json, --summary or -o FILE"));
        return kExitUsage;
    }
    if (wantJson && wantSummary) {
        printError(QLatin1String(kCommand), QCoreApplication::translate("fkscope::cli", "--json and --summary both print to stdout; pick one"));
        return kExitUsage;
    }

    try {
        QElapsedTimer timer;
        timer.start();
        const SchemaGraph graph = createLoader(source.spec())->load(source.loadOptions());
        const qint64 elapsed = timer.elapsed();
        if (wantFile) {
            throwIfInterrupted(parser.value(output));
            snapshot::writeFile(graph, parser.value(output)); // whole or not at all (QSaveFile)
        }
        if (wantJson)
            printOutBytes(snapshot::write(graph));
        if (wantSummary)
            printOut(summaryText(graph, elapsed));
    } catch (const Error &e) {
        return reportError(QLatin1String(kCommand), e);
    }
    return kExitOk;
}

} // namespace fkscope::cli
