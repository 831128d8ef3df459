// SPDX-License-Identifier: Apache-2.0
// SQLite delete-impact benchmark (issue 15). Builds SQLite files of three shapes in a temporary
// directory and, for each DELETE, prints the simulation's time (SqliteImpactEngine on the file opened
// read-only, best of 3) against the real DELETE's (on the same file with foreign keys on, rolled back,
// best of 3), the ratio and the outcome:
// - orders: customers -> addresses, orders (-> items -> notes SET NULL), reviews; the 10% of
//   customers of one region, all CASCADE / SET NULL (the model alone answers), then with reviews
//   RESTRICT (blocked: SQLite's own replay answers).
// - chains: a self-referencing comment table of 500-row reply chains; deleting the chain heads
//   (each row reached once: the model alone) and a range that also holds rows deep in the chains
//   (rows reached twice: replayed for SQLite's depth limit).
// Usage: bench_sqliteimpact [--scale N]  (N customers, default 20000; chains: 10 x N comments)
#include "schema/schemagraph.h"
#include "sqlite/sqlitecatalogloader.h"
#include "sqlite/sqliteconnection.h"
#include "sqlite/sqliteimpactengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace fkscope;

namespace {

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

void build(const QString &path, const QString &sql)
{
    QFile(path).open(QIODevice::WriteOnly);
    SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
    c.exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN; ") + sql + QStringLiteral("; COMMIT; ANALYZE;"));
}

void measure(const QString &label, const QString &path, const QString &table, const QString &where)
{
    ImpactResult result;
    qint64 simulated = -1;
    for (int i = 0; i < 3; ++i) {
        SqliteConnection ro(path);
        const SchemaGraph graph = SqliteCatalogLoader(ro).load(LoadOptions());
        ImpactRequest request;
        request.table = SqliteImpactEngine::resolveTable(graph, table);
        request.where = where;
        request.timeoutMs = 600000;
        QElapsedTimer t;
        t.start();
        result = SqliteImpactEngine(ro, graph).simulate(request);
        simulated = simulated < 0 ? t.elapsed() : std::min(simulated, t.elapsed());
    }
    qint64 real = -1;
    QString outcome = QStringLiteral("allowed");
    SqliteConnection rw(path, SqliteConnection::Mode::ReadWrite);
    rw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    for (int i = 0; i < 3; ++i) {
        rw.exec(QStringLiteral("BEGIN"));
        QElapsedTimer t;
        t.start();
        try {
            rw.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where));
        } catch (const Error &e) {
            outcome = QStringLiteral("blocked (%1)").arg(e.server().message);
        }
        real = real < 0 ? t.elapsed() : std::min(real, t.elapsed());
        rw.exec(QStringLiteral("ROLLBACK"));
    }
    qint64 deleted = 0;
    for (const ImpactEffect &e : result.effects)
        deleted += e.deleted;
    std::printf("%-44s simulated %6lld ms  real DELETE %6lld ms  ratio %.2f  predicted %s, %lld rows deleted; SQLite: %s\n",
                qPrintable(label), static_cast<long long>(simulated), static_cast<long long>(real),
                real > 0 ? static_cast<double>(simulated) / static_cast<double>(real) : 0.0, qPrintable(toString(result.outcome)),
                static_cast<long long>(deleted), qPrintable(outcome));
    std::fflush(stdout);
}

QString orders(int n, const QString &reviewRule)
{
    return QStringLiteral(R"SQL(
CREATE TABLE customers (id INTEGER PRIMARY KEY, region INTEGER NOT NULL);
CREATE TABLE addresses (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL REFERENCES customers ON DELETE CASCADE);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL REFERENCES customers ON DELETE CASCADE,
                     address INTEGER REFERENCES addresses ON DELETE SET NULL);
CREATE TABLE items (id INTEGER PRIMARY KEY, ord INTEGER NOT NULL REFERENCES orders ON DELETE CASCADE, qty INTEGER);
CREATE TABLE notes (id INTEGER PRIMARY KEY, item INTEGER REFERENCES items ON DELETE SET NULL, body TEXT);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, customer INTEGER REFERENCES customers ON DELETE %2, body TEXT);
CREATE INDEX addresses_customer ON addresses (customer);
CREATE INDEX orders_customer ON orders (customer);
CREATE INDEX orders_address ON orders (address);
CREATE INDEX items_ord ON items (ord);
CREATE INDEX notes_item ON notes (item);
CREATE INDEX reviews_customer ON reviews (customer);
WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < %1 * 30)
INSERT INTO items SELECT i, i % (%1 * 10), 1 FROM s;
INSERT INTO orders SELECT id, id % %1, (id * 7) % (%1 * 3 / 2) FROM items WHERE id < %1 * 10;
INSERT INTO addresses SELECT id, id % %1 FROM items WHERE id < %1 * 3 / 2;
INSERT INTO customers SELECT id, id % 10 FROM items WHERE id < %1;
INSERT INTO notes SELECT id, (id * 13) % (%1 * 30), 'x' FROM items WHERE id < %1 * 3;
INSERT INTO reviews SELECT id, (id * 3) % %1, 'r' FROM items WHERE id < %1 * 5
)SQL")
        .arg(n)
        .arg(reviewRule);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int scale = 20000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--scale")); i >= 0 && i + 1 < args.size())
        scale = args.at(i + 1).toInt();
    QTemporaryDir dir;
    try {
        const QString cascade = dir.filePath(QStringLiteral("orders.sqlite")), restrict = dir.filePath(QStringLiteral("orders-restrict.sqlite")),
                      chains = dir.filePath(QStringLiteral("chains.sqlite"));
        build(cascade, orders(scale, QStringLiteral("CASCADE")));
        build(restrict, orders(scale, QStringLiteral("RESTRICT")));
        build(chains, QStringLiteral(R"SQL(
CREATE TABLE comments (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES comments ON DELETE CASCADE, author INTEGER);
CREATE INDEX comments_parent ON comments (parent);
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1 * 10)
INSERT INTO comments SELECT i, CASE WHEN i % 500 = 1 THEN NULL ELSE i - 1 END, i % 100 FROM s
)SQL")
                          .arg(scale));
        std::printf("SQLite %s, scale %d (customers; comments: %d)\n", sqlite3_libversion(), scale, scale * 10);
        measure(QStringLiteral("orders: one region, CASCADE"), cascade, QStringLiteral("customers"), QStringLiteral("region = 3"));
        measure(QStringLiteral("orders: one region, reviews RESTRICT"), restrict, QStringLiteral("customers"), QStringLiteral("region = 3"));
        measure(QStringLiteral("chains: every head (rows reached once)"), chains, QStringLiteral("comments"), QStringLiteral("id % 500 = 1"));
        measure(QStringLiteral("chains: a range (rows reached twice)"), chains, QStringLiteral("comments"),
                QStringLiteral("id <= %1").arg(scale * 5 + 1));
        std::printf("peak RSS %ld KB\n", peakRssKb());
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_sqliteimpact: %s\n", qPrintable(e.fullText()));
        return 1;
    }
    return 0;
}
