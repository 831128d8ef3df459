// SPDX-License-Identifier: Apache-2.0
#include "explaincommand.h"

#include "interrupt.h"
#include "impactreport.h"
#include "livetarget.h"
#include "output.h"
#include "sourceoptions.h"

#include "explain/explainer.h"
#include "source/livedatabase.h"
#include "source/sourceengine.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace fkscope::cli {

namespace {

const char *const kCommand = "explain";
constexpr int kExitNotUnderstood = 5;

const char *const kHelp = QT_TRANSLATE_NOOP("fkscope::cli", R"(Usage: fkscope explain --db SOURCE [options] (MESSAGE | --message-file FILE | -)

Takes a foreign-key error as it was pasted (psql output, a server log line, a driver's exception:
psycopg2, SQLAlchemy, JDBC, node-postgres; MySQL/MariaDB 1451 and 1452; SQLite's "FOREIGN KEY
constraint failed"), finds the constraint in the database, and answers it. A failed delete: the
DELETE of the key in the message (or of --statement) is simulated read-only, with what blocks it
and the path. A failed insert: whether the parent has the key, and which other tables do (the key
may belong to another parent), with the one-key-per-parent fix as DDL for review.

Examples:
  fkscope explain --db "dbname=shop" 'ERROR: insert or update on table "jobs" violates foreign key constraint "jobs_row_id_fkey"
  DETAIL: Key (row_id)=(42) is not present in table "model_rows".'
  pbpaste | fkscope explain --db mysql://dba@localhost/shop -
  fkscope explain --db app.sqlite --statement "DELETE FROM users WHERE id = 3" "FOREIGN KEY constraint failed"

Exit codes: 0 explained, 2 bad usage, 3 cannot connect or authenticate, 4 other database error,
5 the message was not understood or names nothing in this database (the reason is printed).
)");

} // namespace

int runExplainCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions source;
    source.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("fkscope::cli", "Print the answer as JSON."));
    const QCommandLineOption file(QStringLiteral("message-file"), QCoreApplication::translate("fkscope::cli", "Read the message from FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption statement(QStringLiteral("statement"),
                                       QCoreApplication::translate("fkscope::cli", "The statement that failed (a DELETE is simulated)."),
                                       QStringLiteral("SQL"));
    parser.addOptions({json, file, statement});
    parser.addPositionalArgument(QStringLiteral("MESSAGE"), QCoreApplication::translate("fkscope::cli", "The error message; - reads standard input."));
    if (const auto done = parseCommandLine(parser, arguments, QLatin1String(kCommand), kHelp, 1))
        return *done;
    std::optional<QString> problem;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() == !parser.isSet(file))
        problem = QCoreApplication::translate("fkscope::cli", "give the message once: as an argument, as - for standard input, or with --message-file");
    if (const auto usage = reportUsage(QLatin1String(kCommand), {source.read(parser), problem, requireLiveDatabase(source, kCommand)}))
        return *usage;

    QString text;
    if (parser.isSet(file)) {
        QFile f(parser.value(file));
        if (!f.open(QIODevice::ReadOnly)) {
            printError(QLatin1String(kCommand), QCoreApplication::translate("fkscope::cli", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return kExitNotUnderstood;
        }
        text = QString::fromUtf8(f.read(1 << 20));
    } else if (positional.first() == QLatin1String("-")) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        text = QString::fromUtf8(in.read(1 << 20));
    } else {
        text = positional.first();
    }
    QString why;
    const std::optional<FkErrorMessage> message = parseFkError(text, &why);
    if (!message) {
        printError(QLatin1String(kCommand), why);
        return kExitNotUnderstood;
    }
    try {
        const std::unique_ptr<LiveDatabase> database = openLiveDatabase(source.spec());
        LoadOptions everything; // the constraint can be in any schema
        everything.timeoutMs = source.loadOptions().timeoutMs;
        everything.cancel = interruptToken();
        const SchemaGraph graph = database->loadGraph(everything);
        const CancelToken &cancel = interruptToken();
        const Explanation e = explainFkError(*database, graph, EngineRegistry::dialectFor(graph.source().engine), *message,
                                             parser.value(statement), cancel, source.loadOptions().timeoutMs);
        if (parser.isSet(json)) {
            printOutBytes(toJson(graph, e));
            return kExitOk;
        }
        QString out;
        for (const QString &f : e.findings)
            out += f + QLatin1Char('\n');
        for (const KeyLocation &k : e.keyFoundIn)
            out += QCoreApplication::translate("fkscope::cli", "  key found in %1 (%2)\n").arg(qualifiedName(k.table), k.columns.join(QStringLiteral(", ")));
        if (!e.fix.isEmpty())
            out += QCoreApplication::translate("fkscope::cli", "\nFix:\n%1\n").arg(e.fix);
        if (e.impact)
            out += QLatin1Char('\n') + impactText(*e.impact, e.deleteStatement);
        printOut(out);
        return kExitOk;
    } catch (const Error &e) {
        return reportError(QLatin1String(kCommand), e); // BadInput: exit 5, like a message not understood
    }
}

} // namespace fkscope::cli
