// SPDX-License-Identifier: Apache-2.0
#include "lintcommand.h"

#include "output.h"
#include "sourceoptions.h"

#include "lint/lintreport.h"
#include "source/sourceengine.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QFileInfo>

namespace fkscope::cli {

namespace {

const char *const kCommand = "lint";

const char *const kHelp = QT_TRANSLATE_NOOP("fkscope::cli", R"(Usage: fkscope lint --db SOURCE [options]

Checks a schema for foreign-key traps before they fire: keys without an index, SET NULL on NOT NULL
columns, type mismatches, missing, duplicate or NOT VALID keys, colliding names, polymorphic
columns, cascades into large tables, and each engine's own (SQLite's foreign_keys pragma, InnoDB's
order-dependent RESTRICT, keys to non-unique columns). Each finding has a fix, as DDL where one fits.
Reads the catalog only; nothing is written to the database.

Examples:
  fkscope lint --db "host=db.example.com dbname=shop user=dba"
  fkscope lint --db shop.json --rule fk-without-index --rule duplicate-fk --fail-on error
  fkscope lint --db mysql://dba@db.example.com/shop --sarif -o fkscope.sarif

Exit codes: 0 nothing found at or above --fail-on, 1 found, 2 bad usage, 3 cannot connect or
authenticate, 4 other database error, 5 bad input file.

Rules:
)");

} // namespace

int runLintCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("fkscope::cli", "Print the findings as JSON."));
    const QCommandLineOption sarif(QStringLiteral("sarif"), QCoreApplication::translate("fkscope::cli", "Print the findings as SARIF 2.1.0, for CI systems."));
    const QCommandLineOption rule(QStringLiteral("rule"), QCoreApplication::translate("fkscope::cli", "Run only rule NAME; repeatable."), QStringLiteral("NAME"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    QCoreApplication::translate("fkscope::cli", "Exit 1 when a finding is at least this severe: info, warning (default) or error."),
                                    QStringLiteral("SEVERITY"), QStringLiteral("warning"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("fkscope::cli", "Write the report to FILE instead of stdout (complete or not at all)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({json, sarif, rule, failOn, output});
    QString help = QCoreApplication::translate("fkscope::cli", kHelp);
    for (const LintRule *r : LintRegistry::rules())
        help += QStringLiteral("  %1 (%2)\n      %3\n").arg(r->name(), toString(r->severity()), r->description());
    const QByteArray helpText = help.toUtf8();
    if (const auto done = parseCommandLine(parser, arguments, QLatin1String(kCommand), helpText.constData()))
        return *done;
    std::optional<QString> problem;
    const auto threshold = severityFromString(parser.value(failOn));
    if (!threshold)
        problem = QCoreApplication::translate("fkscope::cli", "--fail-on takes info, warning or error, not \"%1\"").arg(parser.value(failOn));
    const QStringList rules = parser.values(rule);
    for (const QString &name : rules) {
        if (!problem && !LintRegistry::find(name)) {
            QStringList known;
            for (const LintRule *r : LintRegistry::rules())
                known << r->name();
            problem = QCoreApplication::translate("fkscope::cli", "no rule named \"%1\"; the rules are %2").arg(name, known.join(QStringLiteral(", ")));
        }
    }
    if (!problem && parser.isSet(json) && parser.isSet(sarif))
        problem = QCoreApplication::translate("fkscope::cli", "--json and --sarif both choose the format; pick one");
    if (const auto usage = reportUsage(QLatin1String(kCommand), {source.read(parser), problem}))
        return *usage;

    try {
        const SchemaGraph graph = createLoader(source.spec())->load(source.loadOptions());
        const QList<LintFinding> findings = lintGraph(graph, EngineRegistry::dialectFor(graph.source().engine), rules);
        QByteArray report;
        if (parser.isSet(json)) {
            report = lintJson(graph, findings);
        } else if (parser.isSet(sarif)) {
            // A file source is the artifact the findings belong to.
            const QFileInfo file(source.spec().location);
            report = lintSarif(graph, findings, QCoreApplication::applicationVersion(), file.isFile() ? file.absoluteFilePath() : QString());
        } else {
            report = lintText(findings).toUtf8();
        }
        writeReport(parser.value(output), report); // complete or not at all
        const bool fail = std::any_of(findings.begin(), findings.end(), [&](const LintFinding &f) { return f.severity >= *threshold; });
        return fail ? 1 : kExitOk;
    } catch (const Error &e) {
        return reportError(QLatin1String(kCommand), e);
    }
}

} // namespace fkscope::cli
