// SPDX-License-Identifier: Apache-2.0
// Catalog-load benchmark (issue: foundation). Generates a database of 10,000 tables and 20,000
// foreign keys (every ON DELETE rule, composite keys, self references, cycles, deferrable FKs, half
// of the FK columns indexed), then prints:
//   - fkscope's load time (in-process PgCatalogLoader, and the `fkscope schema --summary` binary),
//   - the time psql takes to run the same catalog queries with the same parameters,
//   - their ratio, and the peak memory of the fkscope binary.
// Usage: bench_catalog [--tables N] [--runs R]   (conninfo from FKSCOPE_BENCH_PG or FKSCOPE_TEST_PG)
#include "pg/catalogqueries.h"
#include "pg/pgcatalogloader.h"
#include "pg/pgconnection.h"

#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fkscope;

namespace {

const char *const kRules[] = {"CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION"};

QString tableName(int i, int schemas) { return QStringLiteral("bench_%1.t%2").arg(i % schemas, 2, 10, QLatin1Char('0')).arg(i, 5, 10, QLatin1Char('0')); }

void generate(const QString &conninfo, int n)
{
    const int schemas = 20;
    pqxx::connection c(conninfo.toStdString());
    {
        pqxx::nontransaction tx(c);
        const pqxx::result done = tx.exec("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'bench_00'");
        if (!done.empty() && !done[0][0].is_null()
            && QString::fromUtf8(done[0][0].c_str()) == QStringLiteral("fkscope bench %1").arg(n)) {
            std::printf("reusing the generated schema (%d tables)\n", n);
            return;
        }
    }
    std::printf("generating %d tables and %d foreign keys ...\n", n, 2 * n);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    {
        pqxx::nontransaction tx(c);
        for (int s = 0; s < schemas; ++s)
            tx.exec(QStringLiteral("DROP SCHEMA IF EXISTS bench_%1 CASCADE; CREATE SCHEMA bench_%1")
                        .arg(s, 2, 10, QLatin1Char('0'))
                        .toStdString());
    }
    const int chunk = 250;
    for (int start = 0; start < n; start += chunk) {
        pqxx::work tx(c);
        std::string sql;
        for (int i = start; i < std::min(n, start + chunk); ++i)
            sql += QStringLiteral("CREATE TABLE %1 (id integer PRIMARY KEY, k1 integer NOT NULL, k2 integer NOT NULL, "
                                  "ref_a integer, ref_b integer DEFAULT 0, ref_c1 integer, ref_c2 integer, "
                                  "parent_id integer, label text DEFAULT 'x', UNIQUE (k1, k2));\n")
                       .arg(tableName(i, schemas))
                       .toStdString();
        tx.exec(sql);
        tx.commit();
    }
    for (int start = 0; start < n; start += chunk) {
        pqxx::work tx(c);
        std::string sql;
        for (int i = start; i < std::min(n, start + chunk); ++i) {
            const QString t = tableName(i, schemas);
            const QString deferrable = i % 17 == 0 ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QString();
            // FK A: to a scattered table (sometimes itself); every rule.
            sql += QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT fk_a FOREIGN KEY (ref_a) REFERENCES %2 (id) "
                                  "ON DELETE %3%4;\n")
                       .arg(t, tableName((i * 7 + 3) % n, schemas), QLatin1String(kRules[i % 5]), deferrable)
                       .toStdString();
            // FK B: a self reference, a composite key, or the next table (one long cycle).
            QString fkB;
            if (i % 10 == 0)
                fkB = QStringLiteral("FOREIGN KEY (parent_id) REFERENCES %1 (id) ON DELETE CASCADE").arg(t);
            else if (i % 4 == 1)
                fkB = QStringLiteral("FOREIGN KEY (ref_c1, ref_c2) REFERENCES %1 (k1, k2) ON DELETE %2")
                          .arg(tableName((i * 13 + 5) % n, schemas), QLatin1String(kRules[(i / 5) % 5]));
            else
                fkB = QStringLiteral("FOREIGN KEY (ref_b) REFERENCES %1 (id) ON DELETE %2")
                          .arg(tableName((i + 1) % n, schemas), QLatin1String(kRules[(i / 5) % 5]));
            sql += QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT fk_b %2;\n").arg(t, fkB).toStdString();
            if (i % 2 == 0)
                sql += QStringLiteral("CREATE INDEX ON %1 (ref_a);\n").arg(t).toStdString();
        }
        tx.exec(sql);
        tx.commit();
    }
    pqxx::nontransaction tx(c);
    tx.exec("ANALYZE pg_catalog.pg_class; ANALYZE pg_catalog.pg_constraint; ANALYZE pg_catalog.pg_attribute; "
            "ANALYZE pg_catalog.pg_index; ANALYZE pg_catalog.pg_depend; ANALYZE pg_catalog.pg_inherits;");
    tx.exec(QStringLiteral("COMMENT ON SCHEMA bench_00 IS 'fkscope bench %1'").arg(n).toStdString());
    std::printf("generated in %.1f s\n", timer.elapsed() / 1000.0);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// A psql script that runs exactly the loader's statements, with the same parameters and settings:
// the tables query with the selection, then every other query with the OID arrays it picked.
QByteArray psqlScript(int serverVersion, const QByteArray &chosen, const QByteArray &external)
{
    const pg::CatalogQueries q = pg::CatalogQueries::forServer(serverVersion);
    QByteArray s = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\nSET LOCAL jit = off;\nSET LOCAL work_mem = '64MB';\n";
    s += QByteArray::fromStdString(q.server) + ";\n";
    s += "PREPARE qt(text[], text[], boolean) AS " + QByteArray::fromStdString(q.tables)
        + ";\nEXECUTE qt('{}', '{}', false);\n";
    int n = 0;
    for (const std::string *sql : {&q.columns, &q.keys, &q.indexes, &q.checks, &q.hooks, &q.foreignKeys,
                                   &q.foreignKeyClones}) {
        s += "PREPARE q" + QByteArray::number(n) + "(oid[], oid[]) AS " + QByteArray::fromStdString(*sql)
            + ";\nEXECUTE q" + QByteArray::number(n) + "('" + chosen + "', '" + external + "');\n";
        ++n;
    }
    return s + "COMMIT;\n";
}

double timeProcess(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, arguments);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int tables = 10000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--tables"))
            tables = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    QString base = qEnvironmentVariable("FKSCOPE_BENCH_PG", qEnvironmentVariable("FKSCOPE_TEST_PG"));
    if (base.isEmpty()) {
        std::fprintf(stderr, "set FKSCOPE_BENCH_PG (or FKSCOPE_TEST_PG) to a server conninfo; "
                             "scripts/bench.sh starts a private one\n");
        return 2;
    }
    const QString dbName = QStringLiteral("fk_bench_catalog");
    {
        pqxx::connection admin((base + QStringLiteral(" dbname=postgres")).toStdString());
        pqxx::nontransaction tx(admin);
        if (tx.exec("SELECT 1 FROM pg_database WHERE datname = " + tx.quote(dbName.toStdString())).empty())
            tx.exec("CREATE DATABASE " + tx.quote_name(dbName.toStdString()));
    }
    const QString conninfo = base + QStringLiteral(" dbname=") + dbName;
    generate(conninfo, tables);

    // Warm the server's catalog caches once, as any second run of either tool would find them.
    SchemaGraph graph = PgCatalogLoader(conninfo).load(LoadOptions());
    const GraphStats stats = graph.stats();
    std::printf("loaded: %d tables, %d foreign keys (cascade %d, set null %d, set default %d, restrict %d, "
                "no action %d; composite %d, self %d, deferrable %d)\n",
                stats.tables, stats.foreignKeys, stats.onDelete[2], stats.onDelete[3], stats.onDelete[4],
                stats.onDelete[1], stats.onDelete[0], stats.composite, stats.selfReferences, stats.deferrable);

    std::vector<double> inProcess, binary, psql;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        graph = PgCatalogLoader(conninfo).load(LoadOptions());
        inProcess.push_back(timer.nsecsElapsed() / 1e6);
    }
    const QString fkscopeBinary = QStringLiteral(FKSCOPE_BINARY);
    for (int r = 0; r < runs; ++r)
        binary.push_back(timeProcess(fkscopeBinary, {QStringLiteral("schema"), QStringLiteral("--db"), conninfo,
                                                     QStringLiteral("--summary")}));
    struct rusage children {};
    getrusage(RUSAGE_CHILDREN, &children); // only fkscope children so far
    const double fkscopePeakMb = children.ru_maxrss / 1024.0;

    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("catalog.sql"));
    {
        PgConnection c(conninfo);
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(script));
        pqxx::nontransaction tx(c.raw());
        // Every generated table is chosen (no schema filter), none external.
        const pqxx::row oids = tx.exec1(
            "SELECT coalesce(array_agg(c.oid ORDER BY c.oid), '{}') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'f') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'");
        f.write(psqlScript(c.serverVersionNum(), QByteArray(oids[0].c_str()), QByteArray("{}")));
    }
    for (int r = 0; r < runs; ++r)
        psql.push_back(timeProcess(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"),
                                                            QStringLiteral("-A"), QStringLiteral("-t"),
                                                            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                            QStringLiteral("-d"), conninfo, QStringLiteral("-f"), script}));

    const double mIn = median(inProcess), mBin = median(binary), mPsql = median(psql);
    std::printf("\ncatalog load, median of %d runs (connection included):\n", runs);
    std::printf("  fkscope in-process load      %8.1f ms\n", mIn);
    std::printf("  fkscope schema --summary     %8.1f ms (whole process)\n", mBin);
    std::printf("  psql, same queries           %8.1f ms (whole process, unaligned output to /dev/null)\n", mPsql);
    std::printf("  ratio in-process / psql      %8.2f\n", mIn / mPsql);
    std::printf("  ratio binary / psql          %8.2f\n", mBin / mPsql);
    std::printf("  fkscope binary peak RSS      %8.1f MB\n", fkscopePeakMb);
    return 0;
}
