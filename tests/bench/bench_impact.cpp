// SPDX-License-Identifier: Apache-2.0
// Impact benchmark (issue 15): how long the read-only simulation of a DELETE takes against the
// real DELETE (run in a transaction and rolled back), and whether the counts agree.
//
//   bench_impact [--shape orders|forum|cyclic] [--fresh] [--scale F] [--runs R] [--cases N]
//
// orders: an order system of about 6.4 million rows at scale 1 (100,000 customers, 150,000 addresses,
//   1,000,000 orders, 3,000,000 order items, 300,000 notes, 500,000 reviews, 1,000,000 audit rows;
//   CASCADE and SET NULL chains; every FK indexed); deletes the 10% of customers of one region.
// forum: a shape the engine was not written around: a user's comments go with the user, and every
//   reply below them (a self-referencing CASCADE; reply chains up to 200 deep), votes on comments,
//   and 30 tables fanning out of users (CASCADE, SET NULL, one RESTRICT that no deleted user meets);
//   deletes 0.1% of the users.
// cyclic: N random schemas of up to 50 tables biased to CASCADE cycles and self references (every
//   rule, composite keys, deferrable constraints; tests/support/randomschema), never analyzed;
//   prints how many simulations took longer than max(1 s, 3 x the real DELETE), and checks every
//   answer against PostgreSQL.
// orders and forum also cancel a simulation part-way, and let one run into its statement timeout,
//   and print how long the call took to return and the server to go idle.
// --fresh: the generated tables are never vacuumed or analyzed (autovacuum off for them), as right
//   after a bulk load; otherwise VACUUM ANALYZE runs first, as autovacuum would have.
// The conninfo comes from FKSCOPE_BENCH_PG (scripts/bench.sh starts a private server).
#include "pg/pgcatalogloader.h"
#include "pg/pgconnection.h"
#include "pg/pgdeleteverifier.h"
#include "pg/pgimpactengine.h"
#include "randomschema.h"
#include "testserver.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace fkscope;

namespace {

struct Shape
{
    QString name;
    QString schema;
    QString sql; // %S = the table options ("WITH (autovacuum_enabled = off)" when fresh)
    QString table;
    QString where;
};

Shape orders(double scale)
{
    auto n = [&](double base) { return QString::number(static_cast<qint64>(base * scale)); };
    const QString sql = QStringLiteral(R"SQL(
CREATE TABLE customers (id bigint PRIMARY KEY, region int NOT NULL, name text NOT NULL) %S;
CREATE TABLE addresses (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers ON DELETE CASCADE, line text) %S;
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers ON DELETE CASCADE,
                     shipping_address_id bigint REFERENCES addresses ON DELETE SET NULL, total numeric(10,2)) %S;
CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE,
                          sku text, qty int) %S;
CREATE TABLE item_notes (id bigint PRIMARY KEY, item_id bigint NOT NULL REFERENCES order_items ON DELETE CASCADE, body text) %S;
CREATE TABLE reviews (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE SET NULL,
                      stars int, body text) %S;
CREATE TABLE audit_log (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE SET NULL,
                        action text) %S;
INSERT INTO customers SELECT i, i % 10, 'customer ' || i FROM generate_series(1::bigint, %1) i;
INSERT INTO addresses SELECT i, 1 + (i * 7919) % %1, 'line' FROM generate_series(1::bigint, %2) i;
INSERT INTO orders SELECT i, 1 + (i * 104729) % %1, CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + (i * 37) % %2 END, 10
  FROM generate_series(1::bigint, %3) i;
INSERT INTO order_items SELECT i, 1 + (i * 15485863) % %3, 'sku', 1 FROM generate_series(1::bigint, %4) i;
INSERT INTO item_notes SELECT i, 1 + (i * 32452843) % %4, 'note' FROM generate_series(1::bigint, %5) i;
INSERT INTO reviews SELECT i, 1 + (i * 49979687) % %1, 5, 'ok' FROM generate_series(1::bigint, %6) i;
INSERT INTO audit_log SELECT i, 1 + (i * 67867967) % %1, 'login' FROM generate_series(1::bigint, %7) i;
CREATE INDEX ON addresses (customer_id); CREATE INDEX ON orders (customer_id); CREATE INDEX ON orders (shipping_address_id);
CREATE INDEX ON order_items (order_id); CREATE INDEX ON item_notes (item_id); CREATE INDEX ON reviews (customer_id);
CREATE INDEX ON audit_log (customer_id);
)SQL")
                .arg(n(100000), n(150000), n(1000000), n(3000000), n(300000), n(500000), n(1000000));
    return Shape{QStringLiteral("orders"), QStringLiteral("shop"), sql, QStringLiteral("customers"), QStringLiteral("region = 3")};
}

Shape forum(double scale)
{
    auto n = [&](double base) { return QString::number(static_cast<qint64>(base * scale)); };
    QString sql = QStringLiteral(R"SQL(
CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL) %S;
CREATE TABLE threads (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, title text) %S;
CREATE TABLE comments (id bigint PRIMARY KEY, thread_id bigint NOT NULL REFERENCES threads ON DELETE CASCADE,
                       parent_id bigint REFERENCES comments ON DELETE CASCADE,
                       author_id bigint REFERENCES users ON DELETE CASCADE, body text) %S;
CREATE TABLE votes (id bigint PRIMARY KEY, comment_id bigint NOT NULL REFERENCES comments ON DELETE CASCADE,
                    voter_id bigint REFERENCES users ON DELETE CASCADE, up boolean) %S;
INSERT INTO users SELECT i, 'user ' || i FROM generate_series(1::bigint, %1) i;
INSERT INTO threads SELECT i, 1 + (i * 7919) % %1, 't' FROM generate_series(1::bigint, %2) i;
-- Threads of 400 comments in two branches: each comment replies to the one before it, the 200th
-- to the thread's first.
INSERT INTO comments SELECT i, 1 + (i - 1) / 400,
    CASE WHEN (i - 1) % 400 = 0 THEN NULL WHEN (i - 1) % 200 = 0 THEN i - (i - 1) % 400 ELSE i - 1 END,
    1 + (i * 104729) % %1, 'c' FROM generate_series(1::bigint, %2 * 400) i;
INSERT INTO votes SELECT i, 1 + (i * 15485863) % (%2 * 400), 1 + (i * 49979687) % %1, true
  FROM generate_series(1::bigint, %3) i;
CREATE INDEX ON threads (author_id); CREATE INDEX ON comments (thread_id); CREATE INDEX ON comments (parent_id);
CREATE INDEX ON comments (author_id); CREATE INDEX ON votes (comment_id); CREATE INDEX ON votes (voter_id);
)SQL")
                      .arg(n(50000), n(5000), n(2000000));
    // Wide fan-out: 30 tables referencing users.
    for (int i = 0; i < 30; ++i) {
        const QString rule = i == 29 ? QStringLiteral("RESTRICT") : i % 3 == 2 ? QStringLiteral("SET NULL") : QStringLiteral("CASCADE");
        // The RESTRICT table references only users the delete does not select (ids 1, 101, 201, ...).
        const QString ref = i == 29 ? QStringLiteral("1 + ((g * 31) % %1) / 100 * 100").arg(n(50000))
                                    : QStringLiteral("1 + (g * %1) % %2").arg(7919 + i * 104).arg(n(50000));
        sql += QStringLiteral("CREATE TABLE fan%1 (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE %2, v int) %S;\n"
                              "INSERT INTO fan%1 SELECT g, %3, 0 FROM generate_series(1::bigint, %4) g;\n"
                              "CREATE INDEX ON fan%1 (user_id);\n")
                   .arg(QString::number(i), rule, ref, n(20000));
    }
    return Shape{QStringLiteral("forum"), QStringLiteral("forum"), sql, QStringLiteral("users"), QStringLiteral("id % 1000 = 7")};
}

// Creates the shape's schema unless a run with the same marker already did.
void generate(const QString &conninfo, const Shape &shape, double scale, bool fresh)
{
    pqxx::connection c(conninfo.toStdString());
    pqxx::nontransaction tx(c);
    const QString marker = QStringLiteral("fkscope bench impact v4 %1 %2 %3").arg(shape.name).arg(scale).arg(fresh);
    const pqxx::result done = tx.exec_params("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = $1",
                                             shape.schema.toStdString());
    if (!done.empty() && !done[0][0].is_null() && QString::fromUtf8(done[0][0].c_str()) == marker) {
        if (!fresh) {
            // Earlier runs' rolled-back DELETEs cleared visibility-map bits, which makes index-only
            // scans visit the heap; autovacuum would have set them again on a real server.
            std::printf("reusing the generated %s schema (vacuuming it first)\n", qPrintable(shape.name));
            tx.exec("VACUUM ANALYZE");
        } else {
            std::printf("reusing the generated %s schema (never vacuumed or analyzed)\n", qPrintable(shape.name));
        }
        return;
    }
    std::printf("generating the %s schema (scale %.2f, %s) ...\n", qPrintable(shape.name), scale, fresh ? "fresh" : "vacuumed");
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    QString sql = shape.sql;
    sql.replace(QLatin1String("%S"), fresh ? QStringLiteral("WITH (autovacuum_enabled = off)") : QString());
    tx.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1; SET search_path = %1;").arg(shape.schema).toStdString());
    tx.exec(sql.toStdString());
    tx.exec("RESET search_path");
    // The steady state of a production table: autovacuum keeps statistics and the visibility map.
    if (!fresh)
        tx.exec("VACUUM ANALYZE");
    tx.exec(QStringLiteral("COMMENT ON SCHEMA %1 IS '%2'").arg(shape.schema, marker).toStdString());
    const pqxx::row rows = tx.exec1(QStringLiteral("SELECT sum(reltuples)::bigint, count(*) FROM pg_class c JOIN pg_namespace n "
                                                   "ON n.oid = c.relnamespace WHERE n.nspname = '%1' AND c.relkind = 'r'")
                                        .arg(shape.schema)
                                        .toStdString());
    const QString count = fresh ? QString() : QStringLiteral(" (%1 rows)").arg(QString::fromUtf8(rows[0].c_str()));
    std::printf("generated %s tables in %.1f s%s\n", rows[1].c_str(), timer.elapsed() / 1000.0, qPrintable(count));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Stops a simulation after `afterMs`, by a cancel (timeoutMs == 0) or by its statement timeout, and
// prints how long after that the call returned and the server's backend stopped working.
void measureStop(PgConnection &connection, const QString &conninfo, const SchemaGraph &graph, ImpactRequest request,
                 int afterMs, bool byTimeout)
{
    const int pid = connection.raw().backendpid();
    pqxx::connection watcher(conninfo.toStdString());
    CancelToken token;
    request.timeoutMs = byTimeout ? afterMs : 0;
    QElapsedTimer clock;
    clock.start();
    qint64 returnedMs = -1;
    QString how;
    std::thread worker([&] {
        try {
            PgImpactEngine(connection, graph).simulate(request, token);
            how = QStringLiteral("finished first");
        } catch (const Error &e) {
            how = toString(e.kind());
        }
        returnedMs = clock.elapsed();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
    if (!byTimeout)
        token.cancel();
    worker.join();
    while (test::backendState(watcher, pid) == QLatin1String("active") && clock.elapsed() < 60000)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const qint64 idleMs = clock.elapsed();
    std::printf("  %-28s after %5d ms: returned %4lld ms later (%s), server idle %4lld ms later\n",
                byTimeout ? "statement timeout" : "cancel", afterMs, static_cast<long long>(returnedMs - afterMs),
                qPrintable(how), static_cast<long long>(idleMs - afterMs));
}

// Random cyclic schemas: simulation against the real DELETE, case by case.
int runCyclic(const QString &conninfo, int cases)
{
    pqxx::connection admin(conninfo.toStdString());
    PgConnection connection(conninfo);
    test::RandomSchemaGenerator gen(20261202, test::RandomProfile::Cycles, 50);
    int slow = 0, wrong = 0;
    double worstMs = 0, totalSim = 0, totalReal = 0;
    qint64 worstReal = 0;
    for (int n = 0; n < cases; ++n) {
        const test::RandomCase c = gen.make(QStringLiteral("bc%1").arg(n));
        test::createCase(admin, c);
        LoadOptions options;
        options.includeSchemas = {c.schema};
        const SchemaGraph graph = PgCatalogLoader(connection).load(options);
        PgImpactEngine engine(connection, graph);
        ImpactRequest request;
        request.table = {c.schema, c.root.section(QLatin1Char('.'), 1)};
        request.where = c.where;
        QElapsedTimer t;
        t.start();
        const ImpactResult predicted = engine.simulate(request);
        const double sim = t.nsecsElapsed() / 1e6;
        const test::ObservedOutcome real = test::runReal(admin, c);
        bool orderDependent = false;
        const QString difference = test::compareWithReal(predicted, real, &orderDependent);
        if (!difference.isEmpty()) {
            ++wrong;
            std::printf("  case %d DIFFERS: %s\n", n, qPrintable(difference));
        }
        const double bar = std::max(1000.0, 3.0 * real.deleteMs);
        if (sim > bar) {
            ++slow;
            std::printf("  case %d: %d tables, %lld FKs: simulation %.0f ms, real DELETE %lld ms\n", n, c.tables,
                        static_cast<long long>(c.fks.size()), sim, static_cast<long long>(real.deleteMs));
        }
        if (sim > worstMs) {
            worstMs = sim;
            worstReal = real.deleteMs;
        }
        totalSim += sim;
        totalReal += real.deleteMs;
        test::dropCase(admin, c);
    }
    std::printf("\n%d random cyclic schemas (up to 50 tables, never analyzed):\n", cases);
    std::printf("  simulations in all            %9.1f ms\n", totalSim);
    std::printf("  real DELETEs in all           %9.1f ms\n", totalReal);
    std::printf("  slowest simulation            %9.1f ms (its real DELETE: %lld ms)\n", worstMs, static_cast<long long>(worstReal));
    std::printf("  over max(1 s, 3 x real)       %9d\n", slow);
    std::printf("  answers differing from PostgreSQL %5d\n", wrong);
    return wrong == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    double scale = 1.0;
    int runs = 3, cases = 200;
    bool fresh = false;
    QString shapeName = QStringLiteral("orders");
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--fresh"))
            fresh = true;
        else if (args[i] == QLatin1String("--scale") && hasValue)
            scale = args[++i].toDouble();
        else if (args[i] == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--cases") && hasValue)
            cases = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--shape") && hasValue)
            shapeName = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_impact [--shape orders|forum|cyclic] [--fresh] [--scale F] [--runs R] [--cases N]\n");
            return 2;
        }
    }
    const QString base = qEnvironmentVariable("FKSCOPE_BENCH_PG", qEnvironmentVariable("FKSCOPE_TEST_PG"));
    if (base.isEmpty()) {
        std::fprintf(stderr, "set FKSCOPE_BENCH_PG to a server conninfo; scripts/bench.sh starts a private one\n");
        return 2;
    }
    const QString database = QStringLiteral("fk_bench_impact%1").arg(fresh ? QStringLiteral("_fresh") : QString());
    {
        pqxx::connection admin((base + QStringLiteral(" dbname=postgres")).toStdString());
        pqxx::nontransaction tx(admin);
        if (tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", database.toStdString()).empty())
            tx.exec(QStringLiteral("CREATE DATABASE %1").arg(database).toStdString());
    }
    const QString conninfo = base + QStringLiteral(" dbname=") + database;
    if (shapeName == QLatin1String("cyclic"))
        return runCyclic(conninfo, cases);
    const Shape shape = shapeName == QLatin1String("forum") ? forum(scale) : orders(scale);
    generate(conninfo, shape, scale, fresh);

    PgConnection connection(conninfo);
    LoadOptions options;
    options.includeSchemas = {shape.schema};
    const SchemaGraph graph = PgCatalogLoader(connection).load(options);
    ImpactRequest request;
    request.table = {shape.schema, shape.table};
    request.where = shape.where;
    request.timeoutMs = 0;
    PgImpactEngine engine(connection, graph);

    ImpactResult predicted;
    std::vector<double> simulate, real;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        predicted = engine.simulate(request);
        simulate.push_back(t.nsecsElapsed() / 1e6);
    }
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = usage.ru_maxrss / 1024.0;

    ObservedDelete observed;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        observed = verifyDelete(connection, graph, request, 60000);
        real.push_back(t.nsecsElapsed() / 1e6);
    }

    std::printf("\n%s, %s: DELETE FROM %s.%s WHERE %s (%lld rows), median of %d runs:\n", qPrintable(shape.name),
                fresh ? "fresh (never vacuumed or analyzed)" : "vacuumed", qPrintable(shape.schema), qPrintable(shape.table),
                qPrintable(shape.where), predicted.rootRows, runs);
    bool identical = !observed.failed && predicted.outcome == ImpactOutcome::Allowed;
    std::printf("  %-22s %12s %12s %12s\n", "table", "deleted", "real", "set null / real updates");
    for (const ImpactEffect &e : predicted.effects) {
        const QString name = qualifiedName(e.table);
        const qint64 realDeleted = observed.deleted.value(name);
        const qint64 realUpdated = observed.updated.value(name);
        identical = identical && realDeleted == e.deleted && realUpdated == e.updated;
        std::printf("  %-22s %12lld %12lld %12lld / %lld\n", qPrintable(name), e.deleted, realDeleted, e.updated, realUpdated);
    }
    const double s = median(simulate), d = median(real);
    std::printf("\n  simulation (read-only)       %9.1f ms\n", s);
    std::printf("  real DELETE + ROLLBACK       %9.1f ms\n", d);
    std::printf("  ratio simulation / real      %9.3f\n", s / d);
    std::printf("  counts identical             %9s\n", identical ? "yes" : "NO");
    std::printf("  client peak RSS              %9.1f MB (after the simulations)\n", peakMb);
    for (const double part : {0.1, 0.5}) {
        measureStop(connection, conninfo, graph, request, static_cast<int>(s * part), false);
        measureStop(connection, conninfo, graph, request, static_cast<int>(s * part), true);
    }
    return identical ? 0 : 1;
}
