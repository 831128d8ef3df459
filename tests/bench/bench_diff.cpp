// SPDX-License-Identifier: Apache-2.0
// fkscope diff benchmark (issue 13). Three figures:
//  1. offline read of a 10,000-table schema written as pg_dump writes it (CREATE TABLE, then one
//     ALTER TABLE ... ADD CONSTRAINT per key), with PgDdlReader (target: under 2 s);
//  2. two 10,000-table snapshots (21,000 keys, hubs; a third of the keys' rules changed): reading
//     both, and the diff itself (target: under 1 s);
//  3. --check-data's count on a child of N rows (default 10 million; --rows N) against PostgreSQL's
//     own ALTER TABLE ... VALIDATE CONSTRAINT on the same data (run in a transaction, rolled back).
// Usage: bench_diff [--rows N] [--tables N]  (conninfo from FKSCOPE_BENCH_PG; part 3 is skipped without it)
#include "biggraph.h"
#include "core/error.h"
#include "diff/schemadiff.h"
#include "pg/pgcatalogloader.h"
#include "pg/pgddlreader.h"
#include "pg/pglivedatabase.h"
#include "snapshot/snapshot.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace fkscope;

namespace {

QString dumpText(const SchemaGraph &g)
{
    QString sql = QStringLiteral("SELECT pg_catalog.set_config('search_path', '', false);\n");
    QSet<QString> schemas;
    for (const Table &t : g.tables()) {
        if (!schemas.contains(t.schema)) {
            schemas.insert(t.schema);
            sql += QStringLiteral("CREATE SCHEMA %1;\n").arg(t.schema);
        }
    }
    for (const Table &t : g.tables()) {
        QStringList columns;
        for (const Column &c : t.columns)
            columns << QStringLiteral("    %1 %2%3").arg(c.name, c.type, c.notNull ? QStringLiteral(" NOT NULL") : QString());
        sql += QStringLiteral("CREATE TABLE %1.%2 (\n%3\n);\n").arg(t.schema, t.name, columns.join(QStringLiteral(",\n")));
    }
    for (const Table &t : g.tables()) {
        if (!t.primaryKey.isEmpty())
            sql += QStringLiteral("ALTER TABLE ONLY %1.%2\n    ADD CONSTRAINT %2_pkey PRIMARY KEY (%3);\n").arg(t.schema, t.name, t.primaryKey.join(u','));
    }
    for (const ForeignKey &fk : g.foreignKeys()) {
        const Table &c = g.table(fk.child), &p = g.table(fk.parent);
        sql += QStringLiteral("ALTER TABLE ONLY %1.%2\n    ADD CONSTRAINT %3 FOREIGN KEY (%4) REFERENCES %5.%6(%7) ON DELETE %8;\n")
                   .arg(c.schema, c.name, fk.name, fk.columns.join(u','), p.schema, p.name, fk.refColumns.join(u','), toSql(fk.onDelete));
    }
    return sql;
}

void offline(int tables)
{
    const SchemaGraph big = test::hubSchema(tables, tables * 21 / 10);
    const QByteArray sql = dumpText(big).toUtf8();
    QElapsedTimer t;
    t.start();
    PgDdlReader reader{SchemaGraph()};
    reader.apply(sql, QStringLiteral("bench.sql"));
    const SchemaGraph read = reader.graph();
    std::printf("offline read of a %d-table dump (%.1f MB, %lld keys): %lld ms (target < 2000)\n", tables, sql.size() / 1e6,
                static_cast<long long>(read.foreignKeys().size()), static_cast<long long>(t.elapsed()));

    QList<ForeignKey> keys = big.foreignKeys();
    for (int i = 0; i < keys.size(); i += 3)
        keys[i].onDelete = keys[i].onDelete == FkAction::Cascade ? FkAction::NoAction : FkAction::Cascade;
    const QString a = QStringLiteral("/tmp/bench-diff-a.json"), b = QStringLiteral("/tmp/bench-diff-b.json");
    snapshot::writeFile(big, a);
    snapshot::writeFile(SchemaGraph(big.source(), big.tables(), keys), b);
    t.restart();
    const SchemaGraph from = snapshot::readFile(a), to = snapshot::readFile(b);
    const qint64 readMs = t.restart();
    const SchemaDiff diff = diffGraphs(from, to);
    std::printf("two %d-table snapshots: read in %lld ms, diffed in %lld ms (target < 1000): %lld keys changed, %lld blast radii\n", tables,
                static_cast<long long>(readMs), static_cast<long long>(t.elapsed()), static_cast<long long>(diff.foreignKeys.size()),
                static_cast<long long>(diff.blastRadius.size()));
    QFile::remove(a);
    QFile::remove(b);
}

void checkData(const QString &conninfo, qint64 rows)
{
    pqxx::connection c(conninfo.toStdString());
    {
        pqxx::nontransaction tx(c);
        const QString marker = QStringLiteral("fkscope bench diff v1 %1").arg(rows);
        const pqxx::result done = tx.exec("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'diffbench'");
        if (done.empty() || done[0][0].is_null() || QString::fromUtf8(done[0][0].c_str()) != marker) {
            std::printf("generating diffbench.child with %lld rows ...\n", static_cast<long long>(rows));
            std::fflush(stdout);
            tx.exec(QStringLiteral("DROP SCHEMA IF EXISTS diffbench CASCADE; CREATE SCHEMA diffbench;"
                                   "CREATE TABLE diffbench.parent (id bigint PRIMARY KEY);"
                                   "INSERT INTO diffbench.parent SELECT generate_series(1, %1);"
                                   "CREATE TABLE diffbench.child (id bigint PRIMARY KEY, parent_id bigint);"
                                   "INSERT INTO diffbench.child SELECT i, CASE WHEN i % 100000 = 0 THEN -i ELSE i % %1 + 1 END "
                                   "FROM generate_series(1::bigint, %2) i;")
                        .arg(std::max<qint64>(rows / 10, 1))
                        .arg(rows)
                        .toStdString());
            tx.exec("VACUUM ANALYZE diffbench.parent");
            tx.exec("VACUUM ANALYZE diffbench.child");
            tx.exec(QStringLiteral("COMMENT ON SCHEMA diffbench IS '%1'").arg(marker).toStdString());
        }
    }
    PgLiveDatabase db(conninfo);
    const SchemaGraph graph = db.loadGraph(LoadOptions());
    const ForeignKeyDraft draft{{QStringLiteral("diffbench"), QStringLiteral("child")},
                                {QStringLiteral("diffbench"), QStringLiteral("parent")},
                                {QStringLiteral("parent_id")},
                                {QStringLiteral("id")},
                                MatchType::Simple};
    QElapsedTimer t;
    t.start();
    const FkViolations v = db.countViolations(graph, draft, 5, 0, CancelToken());
    const qint64 counted = t.elapsed();
    t.restart();
    bool failed = false;
    try {
        pqxx::work tx(c);
        tx.exec("ALTER TABLE diffbench.child ADD CONSTRAINT bench_fk FOREIGN KEY (parent_id) REFERENCES diffbench.parent NOT VALID");
        tx.exec("ALTER TABLE diffbench.child VALIDATE CONSTRAINT bench_fk");
        tx.abort();
    } catch (const pqxx::foreign_key_violation &) {
        failed = true;
    }
    const qint64 validated = t.elapsed();
    // VALIDATE stops at the first violating row; on clean data it scans everything, as the count does.
    t.restart();
    {
        pqxx::work tx(c);
        tx.exec("DELETE FROM diffbench.child WHERE parent_id < 0");
        t.restart();
        tx.exec("ALTER TABLE diffbench.child ADD CONSTRAINT bench_fk FOREIGN KEY (parent_id) REFERENCES diffbench.parent NOT VALID");
        tx.exec("ALTER TABLE diffbench.child VALIDATE CONSTRAINT bench_fk");
        tx.abort();
    }
    const qint64 cleanValidated = t.elapsed();
    std::printf("--check-data on %lld rows: %lld violating rows counted in %lld ms; VALIDATE CONSTRAINT %s in %lld ms (stops at the first "
                "violation); on the same rows without the violations VALIDATE takes %lld ms (count / full validation: %.2f)\n",
                static_cast<long long>(rows), static_cast<long long>(v.rows), static_cast<long long>(counted), failed ? "failed" : "passed",
                static_cast<long long>(validated), static_cast<long long>(cleanValidated), cleanValidated ? double(counted) / double(cleanValidated) : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = args.contains(QStringLiteral("--rows")) ? args.value(args.indexOf(QStringLiteral("--rows")) + 1).toLongLong() : 10000000;
    const int tables = args.contains(QStringLiteral("--tables")) ? args.value(args.indexOf(QStringLiteral("--tables")) + 1).toInt() : 10000;
    try {
        offline(tables);
        const QString conninfo = qEnvironmentVariable("FKSCOPE_BENCH_PG");
        if (conninfo.isEmpty())
            std::printf("FKSCOPE_BENCH_PG not set: --check-data part skipped\n");
        else
            checkData(conninfo, rows);
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_diff: %s\n", qPrintable(e.summary()));
        return 1;
    }
    return 0;
}
