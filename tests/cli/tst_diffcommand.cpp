// SPDX-License-Identifier: Apache-2.0
// fkscope diff as review sessions use it, against the real engines: the drift story (a migration
// marked applied while the live key still says NO ACTION), the five-keys story (a migration preview
// whose --check-data counts match what PostgreSQL's own ADD CONSTRAINT does with the same rows, and
// nothing is written), SQLite DDL and files, MariaDB's rows, and the exit codes.
#undef QT_NO_CAST_FROM_ASCII

#include "mysql/mysqlconnection.h"
#include "sqlite/sqliteconnection.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/nontransaction>
#include <pqxx/transaction>

using namespace fkscope;
using test::runFkscope;

namespace {

QJsonObject json(const test::ProcessRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject change(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &v : report.value("foreign_keys").toArray()) {
        if (v.toObject().value("name").toString() == name)
            return v.toObject();
    }
    return {};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
        return path;
    }

private slots:
    // The drift story: the migration file says SET NULL, the live key still says NO ACTION.
    void driftIsFound()
    {
        test::ScratchDatabase db("fk_diff_drift");
        db.exec("CREATE TABLE content_items (id bigserial PRIMARY KEY, title text NOT NULL);"
                "CREATE TABLE generation_jobs (id bigserial PRIMARY KEY, content_id bigint REFERENCES content_items (id), status text);"
                "CREATE TABLE job_logs (id serial PRIMARY KEY, job_id bigint NOT NULL REFERENCES generation_jobs ON DELETE CASCADE);");
        const QString expected = write("expected.sql",
                                       "CREATE TABLE content_items (id bigserial PRIMARY KEY, title text NOT NULL);\n"
                                       "CREATE TABLE generation_jobs (id bigserial PRIMARY KEY, content_id bigint, status text);\n"
                                       "CREATE TABLE job_logs (id serial PRIMARY KEY, job_id bigint NOT NULL REFERENCES generation_jobs ON DELETE CASCADE);\n"
                                       "-- migration 0042: the key re-created with SET NULL\n"
                                       "ALTER TABLE generation_jobs ADD CONSTRAINT generation_jobs_content_id_fkey FOREIGN KEY (content_id)\n"
                                       "    REFERENCES content_items (id) ON DELETE SET NULL;\n");
        test::ProcessRun r = runFkscope({"diff", "--from", expected, "--to", db.conninfo(), "--json"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray());
        const QJsonObject report = json(r);
        QCOMPARE(report.value("format").toString(), QString("fkscope-diff"));
        QCOMPARE(report.value("version").toInt(), 1);
        QCOMPARE(report.value("foreign_keys").toArray().size(), 1);
        const QJsonObject c = change(report, "generation_jobs_content_id_fkey");
        QCOMPARE(c.value("change").toString(), QString("changed"));
        QCOMPARE(c.value("fields").toArray(), QJsonArray({"on_delete"}));
        QCOMPARE(c.value("from").toObject().value("on_delete").toString(), QString("set_null"));
        QCOMPARE(c.value("to").toObject().value("on_delete").toString(), QString("no_action"));
        QCOMPARE(c.value("deletes").toArray().first().toString(),
                 QString("deleting public.content_items now fails (NO ACTION) while rows of public.generation_jobs reference it "
                         "(was: set generation_jobs.content_id to NULL)"));
        QVERIFY(c.value("violations").isNull());

        r = runFkscope({"diff", "--from", expected, "--to", db.conninfo(), "--markdown"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("### Rule changes\n\n- **public.generation_jobs** `generation_jobs_content_id_fkey`\n  - ON DELETE: NO ACTION (was: SET NULL)"),
                 r.out.constData());

        // Fixed on the server: no drift left.
        db.exec("ALTER TABLE generation_jobs DROP CONSTRAINT generation_jobs_content_id_fkey;"
                "ALTER TABLE generation_jobs ADD CONSTRAINT generation_jobs_content_id_fkey FOREIGN KEY (content_id) REFERENCES content_items ON DELETE SET NULL;");
        r = runFkscope({"diff", "--from", expected, "--to", db.conninfo()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("No differences"), r.out.constData());
    }

    // The five-keys story: before the migration runs, which keys would the rows reject?
    void migrationPreviewCountsRows()
    {
        test::ScratchDatabase db("fk_diff_preview");
        db.exec("CREATE TABLE customers (id int PRIMARY KEY, name text);"
                "CREATE TABLE products (id int PRIMARY KEY, sku text UNIQUE);"
                "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, note text);"
                "CREATE TABLE order_items (order_id int, product_id int, qty int, PRIMARY KEY (order_id, product_id));"
                "CREATE TABLE reviews (id int PRIMARY KEY, product_sku text, customer_id int, region int, code int);"
                "CREATE TABLE regions (region int, code int, PRIMARY KEY (region, code));"
                "INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 100) g;"
                "INSERT INTO products SELECT g, 'sku' || g FROM generate_series(1, 50) g;"
                "INSERT INTO regions VALUES (1, 1), (1, 2);"
                "INSERT INTO orders SELECT g, CASE WHEN g % 97 = 0 THEN 1000 + g ELSE g % 100 + 1 END FROM generate_series(1, 1000) g;"
                "INSERT INTO order_items SELECT g, g % 60 + 1, 1 FROM generate_series(1, 1000) g;"
                "INSERT INTO reviews SELECT g, 'sku' || (g % 55 + 1), NULL, CASE WHEN g % 10 = 0 THEN NULL ELSE 1 END, g % 3 FROM generate_series(1, 200) g;");
        const QStringList statements{
            "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE",
            "ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders ON DELETE CASCADE",
            "ALTER TABLE order_items ADD FOREIGN KEY (product_id) REFERENCES products (id)",
            "ALTER TABLE reviews ADD FOREIGN KEY (product_sku) REFERENCES products (sku)",
            "ALTER TABLE reviews ADD FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL",
            "ALTER TABLE reviews ADD FOREIGN KEY (region, code) REFERENCES regions MATCH FULL",
        };
        const QString migration = write("0043_add_fks.sql", statements.join(";\n") + ";\n");
        const QString fingerprint = "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT * FROM orders) t";
        // Rows written, by the statistics collector: a backend's counters are flushed when it exits,
        // and each scalar() is a new session, so fkscope's sessions are counted once they are gone.
        const QString written = "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del + n_tup_hot_upd) FROM pg_stat_user_tables";
        const QString before = db.scalar(fingerprint) + db.scalar("SELECT count(*) FROM pg_constraint WHERE contype = 'f'");
        QTest::qWait(1500); // the load's own session flushes its counters
        const QString writtenBefore = db.scalar(written);

        const test::ProcessRun r = runFkscope({"diff", "--from", db.conninfo(), "--apply", migration, "--check-data", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = json(r);
        QCOMPARE(report.value("foreign_keys").toArray().size(), 6);
        QCOMPARE(report.value("to").toObject().value("applied").toArray(), QJsonArray({migration})); // TO is FROM with it applied
        QCOMPARE(report.value("from").toObject().value("applied").toArray(), QJsonArray());
        // Each count against the server's own verdict: ADD CONSTRAINT fails exactly when rows violate,
        // and an independent anti-join counts the same rows.
        pqxx::connection c(db.conninfo().toStdString());
        const QList<QPair<QString, QString>> keys{
            {"orders_customer_id_fkey", "SELECT count(*) FROM orders o LEFT JOIN customers p ON p.id = o.customer_id WHERE o.customer_id IS NOT NULL AND p.id IS NULL"},
            {"order_items_order_fk", "SELECT count(*) FROM order_items o LEFT JOIN orders p ON p.id = o.order_id WHERE p.id IS NULL"},
            {"order_items_product_id_fkey", "SELECT count(*) FROM order_items o LEFT JOIN products p ON p.id = o.product_id WHERE p.id IS NULL"},
            {"reviews_product_sku_fkey", "SELECT count(*) FROM reviews o LEFT JOIN products p ON p.sku = o.product_sku WHERE o.product_sku IS NOT NULL AND p.sku IS NULL"},
            {"reviews_customer_id_fkey", "SELECT count(*) FROM reviews o LEFT JOIN customers p ON p.id = o.customer_id WHERE o.customer_id IS NOT NULL AND p.id IS NULL"},
            {"reviews_region_code_fkey", "SELECT count(*) FROM reviews o LEFT JOIN regions p ON (p.region, p.code) = (o.region, o.code) "
                                         "WHERE (o.region IS NULL) <> (o.code IS NULL) OR (o.region IS NOT NULL AND o.code IS NOT NULL AND p.region IS NULL)"},
        };
        for (int i = 0; i < keys.size(); ++i) {
            const QJsonObject k = change(report, keys[i].first);
            QVERIFY2(!k.isEmpty(), qPrintable(keys[i].first));
            QCOMPARE(k.value("change").toString(), QString("added"));
            const qint64 counted = k.value("violations").toInteger(-1);
            QCOMPARE(counted, db.scalar(keys[i].second).toLongLong());
            bool refused = false;
            try {
                pqxx::work tx(c);
                tx.exec(statements[i].toStdString());
                tx.abort();
            } catch (const pqxx::foreign_key_violation &) {
                refused = true;
            }
            QCOMPARE(refused, counted > 0);
            QCOMPARE(k.value("check").toObject().value("sample_keys").toArray().size(), std::min<qint64>(counted, 5));
        }
        QVERIFY(change(report, "orders_customer_id_fkey").value("violations").toInt() > 0);
        QCOMPARE(change(report, "reviews_customer_id_fkey").value("violations").toInt(), 0);
        QCOMPARE(db.scalar(fingerprint) + db.scalar("SELECT count(*) FROM pg_constraint WHERE contype = 'f'"), before);
        QTest::qWait(1500);
        QCOMPARE(db.scalar(written), writtenBefore);

        // The same in words, with the cascade the migration adds.
        const test::ProcessRun text = runFkscope({"diff", "--from", db.conninfo(), "--apply", migration, "--check-data"});
        // "(about N rows to check)" comes in between once autovacuum has analyzed the table.
        QVERIFY2(text.out.contains("10 existing rows violate it, so adding or validating it fails"), text.out.constData());
        QVERIFY2(text.out.contains("keys: (1097), (1194), (1291), (1388), (1485)"), text.out.constData());
        QVERIFY2(text.out.contains("deleting public.customers now also deletes rows of public.orders, public.order_items"), text.out.constData());
    }

    // A count that runs into the statement timeout is stopped on the server and said for that key.
    void checkDataTimesOut()
    {
        test::ScratchDatabase db("fk_diff_timeout");
        db.exec("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int);"
                "INSERT INTO p SELECT generate_series(1, 1000);"
                "INSERT INTO c SELECT i, i % 1500 FROM generate_series(1, 3000000) i;");
        const QString migration = write("0045.sql", "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p;\n");
        const test::ProcessRun r = runFkscope({"diff", "--from", db.conninfo(), "--apply", migration, "--check-data", "--json", "--timeout", "0.2"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject k = change(json(r), "c_p");
        QVERIFY(k.value("violations").isNull());
        QVERIFY2(k.value("check").toObject().value("problem").toString().contains("timeout", Qt::CaseInsensitive),
                 qPrintable(k.value("check").toObject().value("problem").toString()));
        // Nothing of it is left running on the server.
        QCOMPARE(db.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"), QString("0"));
    }

    // A key that the migration adds on a column it also adds cannot be counted yet: said per key.
    void keysOnNewColumnsAreNotCounted()
    {
        test::ScratchDatabase db("fk_diff_newcol");
        db.exec("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY);");
        const QString migration = write("0044.sql", "ALTER TABLE c ADD COLUMN p_id int REFERENCES p;\n");
        const test::ProcessRun r = runFkscope({"diff", "--from", db.conninfo(), "--apply", migration, "--check-data", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject k = change(json(r), "c_p_id_fkey");
        QVERIFY(k.value("violations").isNull());
        QCOMPARE(k.value("check").toObject().value("problem").toString(), QString("column public.c.p_id does not exist in the database"));
    }

    // SQLite: DDL files and a migration applied to a file (SQLite's own parser decides), rows
    // counted in the file, which is left as it was.
    void sqliteFilesAndDdl()
    {
        const QString file = m_dir.filePath("shop.sqlite");
        QFile(file).open(QIODevice::WriteOnly);
        {
            SqliteConnection c(file, SqliteConnection::Mode::ReadWrite);
            c.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY);"
                   "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);"
                   "INSERT INTO customers VALUES (1), (2);"
                   "INSERT INTO orders VALUES (1, 1), (2, 7), (3, 8), (4, NULL);");
        }
        const QByteArray hash = fileHash(file);
        const QString migration = write("0001.sql", "CREATE TABLE orders_new (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers ON DELETE CASCADE);\n"
                                                    "INSERT INTO orders_new SELECT * FROM orders;\nDROP TABLE orders;\n"
                                                    "ALTER TABLE orders_new RENAME TO orders;\n");
        test::ProcessRun r = runFkscope({"diff", "--from", file, "--apply", migration, "--check-data", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject k = change(json(r), "orders_customer_id_fkey");
        QCOMPARE(k.value("change").toString(), QString("added"));
        QCOMPARE(k.value("violations").toInt(), 2);
        QCOMPARE(fileHash(file), hash);

        const QString ddl = write("expected.sql", "CREATE TABLE customers (id INTEGER PRIMARY KEY);\n"
                                                  "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);\n");
        r = runFkscope({"diff", "--from", "sqlite:" + ddl, "--to", file});
        QCOMPARE(r.exitCode, 0);
        const QString bad = write("bad.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INT,, x);\n");
        r = runFkscope({"diff", "--from", "sqlite:" + bad, "--to", file});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.err, QByteArray("fkscope diff: " + bad.toUtf8() + ":2:24: near \",\": syntax error\n"));
    }

    // MariaDB: a key added with foreign_key_checks off lets orphans in; --check-data counts them.
    void mariadbRowsAreCounted()
    {
        MysqlConnection admin(test::mysqlUri(QString()));
        admin.exec("DROP DATABASE IF EXISTS fk_diff");
        admin.exec("CREATE DATABASE fk_diff");
        admin.exec("USE fk_diff");
        admin.exec("CREATE TABLE p (id INT PRIMARY KEY)");
        admin.exec("CREATE TABLE c (id INT PRIMARY KEY, p_id INT, KEY (p_id))");
        admin.exec("INSERT INTO p VALUES (1), (2)");
        admin.exec("INSERT INTO c VALUES (1, 1), (2, 3), (3, 4), (4, NULL)");
        const QString uri = test::mysqlUri("fk_diff");
        const QString snapshot = m_dir.filePath("fk_diff.json");
        QCOMPARE(runFkscope({"schema", "--db", uri, "--json", "-o", snapshot}).exitCode, 0);
        admin.exec("SET SESSION foreign_key_checks = 0");
        admin.exec("ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE");
        admin.exec("SET SESSION foreign_key_checks = 1");
        test::ProcessRun r = runFkscope({"diff", "--from", snapshot, "--to", uri, "--check-data", "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject k = change(json(r), "c_p");
        QCOMPARE(k.value("change").toString(), QString("added"));
        QCOMPARE(k.value("violations").toInt(), 2);
        QCOMPARE(json(r).value("to").toObject().value("engine").toString(), QString("mysql"));
        // MySQL DDL is not read offline yet: said, exit 4.
        r = runFkscope({"diff", "--from", uri, "--apply", write("m.sql", "ALTER TABLE c DROP FOREIGN KEY c_p;")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("cannot be read offline yet"), r.err.constData());
        admin.exec("DROP DATABASE fk_diff");
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString ddl = write("a.sql", "CREATE TABLE a (id int PRIMARY KEY);\n");
        const QString bad = write("broken.sql", "CREATE TABLE a (id int PRIMARY KEY);\n\nALTER TABLE a ADD CONSTRAINT FOREIGN KEY;\n");
        QTest::newRow("no from") << QStringList{"diff", "--to", ddl} << 2 << "--from SOURCE is required";
        QTest::newRow("no to") << QStringList{"diff", "--from", ddl} << 2 << "give --to SOURCE, or --apply FILE";
        QTest::newRow("two formats") << QStringList{"diff", "--from", ddl, "--to", ddl, "--json", "--markdown"} << 2 << "pick one";
        QTest::newRow("no database to count in") << QStringList{"diff", "--from", ddl, "--to", ddl, "--check-data"} << 2
                                                 << "--check-data counts rows in a database";
        QTest::newRow("same") << QStringList{"diff", "--from", ddl, "--to", ddl} << 0 << "";
        QTest::newRow("syntax error") << QStringList{"diff", "--from", bad, "--to", ddl} << 5 << bad + ":3:30: syntax error at or near \"FOREIGN\"";
        QTest::newRow("bad migration") << QStringList{"diff", "--from", ddl, "--apply", bad} << 5 << bad + ":3:30: syntax error";
        QTest::newRow("missing file") << QStringList{"diff", "--from", m_dir.filePath("none.sql"), "--to", ddl} << 5 << "Cannot read";
        QTest::newRow("unreachable") << QStringList{"diff", "--from", "host=/nonexistent dbname=x", "--to", ddl} << 3 << "";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const test::ProcessRun r = runFkscope(arguments);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode >= 2) {
            QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    void outputFileIsWrittenWhole()
    {
        const QString from = write("from.sql", "CREATE TABLE a (id int PRIMARY KEY);\n");
        const QString to = write("to.sql", "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a);\n");
        const QString out = m_dir.filePath("review.md");
        test::ProcessRun r = runFkscope({"diff", "--from", from, "--to", to, "--markdown", "-o", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(test::readTextFile(out).contains("### Added"));
        r = runFkscope({"diff", "--from", from, "--to", to, "-o", m_dir.filePath("no/such/dir/x.txt")});
        QCOMPARE(r.exitCode, 5);
        // The same comparison drawn.
        const QString png = m_dir.filePath("diff.png");
        r = runFkscope({"render", "--db", to, "--diff-from", from, "-o", png});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QImage(png).width() > 100);
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
