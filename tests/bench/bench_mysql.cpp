// SPDX-License-Identifier: Apache-2.0
// MySQL/MariaDB benchmarks (issue 12): prints figures, asserts nothing.
//
//   bench_mysql [--tables N] [--scale F] [--runs R] [--catalog-only | --orders-only] [--keep]
//
// catalog: a database of N tables (default 2,000; every table references a hub and its parent in a
//   binary tree, some composite keys, CHECKs, triggers) loaded by MysqlCatalogLoader against the raw
//   information_schema queries it is built on, run by the same client (target ratio <= 2).
// orders: an order system (scale 1: 20,000 customers, 100,000 orders, 300,000 order items, 100,000
//   shipments, 50,000 notes set NULL; freshly loaded, never analyzed) and a DELETE of 1% of the
//   customers: the read-only simulation against the real DELETE in a transaction that is rolled back
//   (target ratio <= 0.25), with the counts compared.
// The server's URI comes from FKSCOPE_BENCH_MYSQL (scripts/bench.sh starts a private MariaDB).
#include "mysql/mysqlcatalogloader.h"
#include "mysql/mysqlconnection.h"
#include "mysql/mysqlimpactengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace fkscope;

namespace {

QString uriFor(const QString &database)
{
    const QString base = qEnvironmentVariable("FKSCOPE_BENCH_MYSQL");
    if (base.isEmpty()) {
        std::fprintf(stderr, "FKSCOPE_BENCH_MYSQL is not set: run scripts/bench.sh\n");
        std::exit(2);
    }
    MysqlUri uri = MysqlUri::parse(base);
    uri.database = database;
    return uri.display();
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

double argDouble(const QStringList &args, const QString &name, double fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
}

void benchCatalog(MysqlConnection &admin, int tables, int runs)
{
    const QString db = QStringLiteral("fkb_catalog");
    QElapsedTimer t;
    t.start();
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
    admin.exec(QStringLiteral("CREATE DATABASE %1").arg(db));
    admin.exec(QStringLiteral("USE %1").arg(db));
    admin.exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
    admin.exec(QStringLiteral("CREATE TABLE hub (id INT PRIMARY KEY, a INT NOT NULL, b INT NOT NULL, UNIQUE KEY uab (a, b))"));
    for (int i = 0; i < tables - 1; ++i) {
        const QString parent = i == 0 ? QStringLiteral("hub") : QStringLiteral("t%1").arg((i - 1) / 2);
        QString ddl = QStringLiteral("CREATE TABLE t%1 (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, hub_id INT, parent_id INT, "
                                     "ha INT, hb INT, created DATETIME DEFAULT CURRENT_TIMESTAMP, CHECK (id > 0), "
                                     "CONSTRAINT fk_t%1_hub FOREIGN KEY (hub_id) REFERENCES hub (id) ON DELETE %2, "
                                     "CONSTRAINT fk_t%1_parent FOREIGN KEY (parent_id) REFERENCES %3 (id) ON DELETE CASCADE")
                          .arg(i)
                          .arg(i % 3 == 0 ? QStringLiteral("CASCADE") : i % 3 == 1 ? QStringLiteral("SET NULL") : QStringLiteral("RESTRICT"), parent);
        if (i % 10 == 0)
            ddl += QStringLiteral(", CONSTRAINT fk_t%1_pair FOREIGN KEY (ha, hb) REFERENCES hub (a, b)").arg(i);
        admin.exec(ddl + QLatin1Char(')'));
        if (i % 50 == 0)
            admin.exec(QStringLiteral("CREATE TRIGGER tr_t%1 BEFORE DELETE ON t%1 FOR EACH ROW SET @x = 1").arg(i));
    }
    admin.exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
    std::printf("catalog: %d tables created in %.1f s\n", tables, t.elapsed() / 1000.0);

    MysqlConnection c(uriFor(db));
    const QStringList raw{
        QStringLiteral("SELECT TABLE_NAME, ENGINE, TABLE_ROWS, DATA_LENGTH, INDEX_LENGTH, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"),
        QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"),
        QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, COLLATION FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?"),
        QStringLiteral("SELECT CONSTRAINT_NAME, TABLE_NAME, DELETE_RULE, UPDATE_RULE, MATCH_OPTION FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"),
        QStringLiteral("SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL"),
        QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"),
        QStringLiteral("SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?")};
    qint64 bestRaw = LLONG_MAX, bestLoad = LLONG_MAX;
    int fks = 0;
    for (int r = 0; r < runs; ++r) {
        t.restart();
        qint64 rows = 0;
        for (const QString &sql : raw) {
            MysqlStatement s(c, sql);
            s.execute({db});
            while (s.fetch())
                ++rows;
        }
        bestRaw = std::min(bestRaw, t.elapsed());
        t.restart();
        const SchemaGraph g = MysqlCatalogLoader(c, false).load(LoadOptions());
        bestLoad = std::min(bestLoad, t.elapsed());
        fks = static_cast<int>(g.foreignKeys().size());
        if (r == 0)
            std::printf("catalog: %lld information_schema rows; graph of %d tables, %d foreign keys\n", rows,
                        static_cast<int>(g.tables().size()), fks);
    }
    std::printf("catalog: raw information_schema queries %lld ms, fkscope load %lld ms (best of %d): ratio %.2f (target <= 2)\n",
                bestRaw, bestLoad, runs, bestRaw > 0 ? double(bestLoad) / double(bestRaw) : 0.0);
    admin.exec(QStringLiteral("DROP DATABASE %1").arg(db));
}

void benchOrders(MysqlConnection &admin, double scale, int runs, bool keep)
{
    const QString db = QStringLiteral("fkb_orders");
    const int customers = std::max(100, static_cast<int>(20000 * scale));
    QElapsedTimer t;
    t.start();
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
    admin.exec(QStringLiteral("CREATE DATABASE %1").arg(db));
    admin.exec(QStringLiteral("USE %1").arg(db));
    const QStringList ddl{
        QStringLiteral("CREATE TABLE customers (id INT PRIMARY KEY, region INT NOT NULL, name VARCHAR(40), KEY kr (region))"),
        QStringLiteral("CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, placed DATE, "
                       "CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE order_items (id INT PRIMARY KEY, order_id INT NOT NULL, sku VARCHAR(20), qty INT, "
                       "CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE shipments (id INT PRIMARY KEY, order_id INT NOT NULL, carrier VARCHAR(20), "
                       "CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE notes (id INT PRIMARY KEY, item_id INT NULL, body VARCHAR(80), "
                       "CONSTRAINT fk_notes_item FOREIGN KEY (item_id) REFERENCES order_items (id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE invoices (id INT PRIMARY KEY, customer_id INT NOT NULL, "
                       "CONSTRAINT fk_invoices_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT)")};
    for (const QString &s : ddl)
        admin.exec(s);
    admin.exec(QStringLiteral("SET SESSION foreign_key_checks = 0, unique_checks = 0"));
    // Rows from a sequence: MariaDB's seq_1_to_N engine.
    admin.exec(QStringLiteral("INSERT INTO customers SELECT seq, seq %% 100, CONCAT('c', seq) FROM seq_1_to_%1").arg(customers).replace(QLatin1String("%%"), QLatin1String("%")));
    admin.exec(QStringLiteral("INSERT INTO orders SELECT seq, 1 + (seq * 7919) %% %1, '2024-01-01' FROM seq_1_to_%2").arg(customers).arg(customers * 5).replace(QLatin1String("%%"), QLatin1String("%")));
    admin.exec(QStringLiteral("INSERT INTO order_items SELECT seq, 1 + (seq - 1) DIV 3, 'sku', 1 FROM seq_1_to_%1").arg(customers * 15));
    admin.exec(QStringLiteral("INSERT INTO shipments SELECT seq, seq, 'ups' FROM seq_1_to_%1").arg(customers * 5));
    admin.exec(QStringLiteral("INSERT INTO notes SELECT seq, seq * 6, 'note' FROM seq_1_to_%1").arg(customers * 5 / 2));
    // Invoices only for customers the DELETE does not reach (region 0 is deleted).
    admin.exec(QStringLiteral("INSERT INTO invoices SELECT seq, seq FROM seq_1_to_%1 WHERE seq %% 100 <> 0").arg(customers).replace(QLatin1String("%%"), QLatin1String("%")));
    admin.exec(QStringLiteral("SET SESSION foreign_key_checks = 1, unique_checks = 1"));
    std::printf("orders: %d customers, %d orders, %d items, %d shipments, %d notes loaded in %.1f s (not analyzed)\n", customers,
                customers * 5, customers * 15, customers * 5, customers * 5 / 2, t.elapsed() / 1000.0);

    const QString where = QStringLiteral("region = 0"); // 1% of the customers
    MysqlConnection c(uriFor(db));
    const SchemaGraph g = MysqlCatalogLoader(c, false).load(LoadOptions());
    ImpactRequest request;
    request.table = {db, QStringLiteral("customers")};
    request.where = where;
    qint64 bestSim = LLONG_MAX, bestReal = LLONG_MAX;
    ImpactResult result;
    qint64 realRows = 0;
    for (int r = 0; r < runs; ++r) {
        t.restart();
        result = MysqlImpactEngine(c, g).simulate(request);
        bestSim = std::min(bestSim, t.elapsed());
        admin.exec(QStringLiteral("START TRANSACTION"));
        t.restart();
        {
            MysqlStatement del(admin, QStringLiteral("DELETE FROM customers WHERE %1").arg(where));
            del.execute();
            realRows = del.affectedRows();
        }
        bestReal = std::min(bestReal, t.elapsed());
        admin.exec(QStringLiteral("ROLLBACK"));
    }
    qint64 touched = 0;
    for (const ImpactEffect &e : result.effects)
        touched += e.deleted + e.setNull;
    std::printf("orders: simulation %lld ms (%s, %lld rows touched, %lld root rows; the server deleted %lld root rows), real DELETE %lld ms "
                "(best of %d): ratio %.2f (target <= 0.25)\n",
                bestSim, qPrintable(toString(result.outcome)), touched, result.rootRows, realRows, bestReal, runs,
                bestReal > 0 ? double(bestSim) / double(bestReal) : 0.0);
    if (keep)
        std::printf("orders: kept as %s (--keep)\n", qPrintable(db));
    else
        admin.exec(QStringLiteral("DROP DATABASE %1").arg(db));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    MysqlConnection admin(uriFor(QString()));
    const int runs = argValue(args, QStringLiteral("--runs"), 3);
    if (!args.contains(QStringLiteral("--orders-only")))
        benchCatalog(admin, argValue(args, QStringLiteral("--tables"), 2000), runs);
    if (!args.contains(QStringLiteral("--catalog-only")))
        benchOrders(admin, argDouble(args, QStringLiteral("--scale"), 1.0), runs, args.contains(QStringLiteral("--keep")));
    return 0;
}
