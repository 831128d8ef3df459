// SPDX-License-Identifier: Apache-2.0
// Each lint rule on crafted schemas read back from the real engines (PostgreSQL and MariaDB of
// scripts/test.sh, SQLite files): it finds what it should and stays quiet on the near misses. Where a
// finding's fix is one statement, the fix is run on the engine and the rule, run again, is quiet.
#include "lint/lintreport.h"
#include "mysql/mysqlcatalogloader.h"
#include "mysql/mysqlconnection.h"
#include "pg/pgcatalogloader.h"
#include "source/sourceengine.h"
#include "sqlite/sqlitecatalogloader.h"
#include "sqlite/sqliteconnection.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

class TestLint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_pg;
    std::unique_ptr<MysqlConnection> m_mysql;
    QTemporaryDir m_dir;
    int m_files = 0;

    // Creates the schema on `engine` and reads it back.
    SchemaGraph load(const QString &engine, const QString &ddl)
    {
        if (engine == QLatin1String("postgresql")) {
            m_pg->exec(QStringLiteral("DROP SCHEMA IF EXISTS lint CASCADE; CREATE SCHEMA lint; SET search_path = lint;\n") + ddl);
            LoadOptions options;
            options.includeSchemas = {QStringLiteral("lint")};
            return PgCatalogLoader(m_pg->conninfo()).load(options);
        }
        if (engine == QLatin1String("sqlite")) {
            const QString path = m_dir.filePath(QStringLiteral("lint%1.sqlite").arg(++m_files));
            QFile(path).open(QIODevice::WriteOnly); // ReadWrite opens files that exist
            {
                SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
                c.exec(ddl);
            }
            m_sqlitePath = path;
            return SqliteCatalogLoader(path).load(LoadOptions());
        }
        m_mysql->exec(QStringLiteral("SET SESSION foreign_key_checks = 0"));
        m_mysql->exec(QStringLiteral("DROP DATABASE IF EXISTS fk_lint"));
        m_mysql->exec(QStringLiteral("SET SESSION foreign_key_checks = 1"));
        m_mysql->exec(QStringLiteral("CREATE DATABASE fk_lint"));
        m_mysql->exec(QStringLiteral("USE fk_lint"));
        for (const QString &s : ddl.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty())
                m_mysql->exec(s);
        }
        return MysqlCatalogLoader(test::mysqlUri(QStringLiteral("fk_lint"))).load(LoadOptions());
    }
    // Runs a fix on the engine the graph came from.
    void apply(const QString &engine, const QString &sql)
    {
        if (engine == QLatin1String("postgresql"))
            m_pg->exec(QStringLiteral("SET search_path = lint;\n") + sql);
        else if (engine == QLatin1String("sqlite"))
            SqliteConnection(m_sqlitePath, SqliteConnection::Mode::ReadWrite).exec(sql);
        else
            m_mysql->exec(sql);
    }
    SchemaGraph reload(const QString &engine)
    {
        if (engine == QLatin1String("postgresql")) {
            LoadOptions options;
            options.includeSchemas = {QStringLiteral("lint")};
            return PgCatalogLoader(m_pg->conninfo()).load(options);
        }
        if (engine == QLatin1String("sqlite"))
            return SqliteCatalogLoader(m_sqlitePath).load(LoadOptions());
        return MysqlCatalogLoader(test::mysqlUri(QStringLiteral("fk_lint"))).load(LoadOptions());
    }
    static QStringList keys(const SchemaGraph &g, const QList<LintFinding> &findings)
    {
        QStringList out;
        for (const LintFinding &f : findings)
            out << (f.table == kInvalidId ? QString() : g.table(f.table).name) + QLatin1Char(':') + f.columns.join(QLatin1Char(','));
        out.sort();
        return out;
    }
    QString m_sqlitePath;

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_lint"));
        m_mysql = std::make_unique<MysqlConnection>(test::mysqlUri(QString()));
    }
    void cleanupTestCase()
    {
        m_pg.reset();
        m_mysql->exec(QStringLiteral("DROP DATABASE IF EXISTS fk_lint"));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<QStringList>("expected"); // "table:columns", sorted
        QTest::addColumn<bool>("fixable"); // every fix is one statement the engine runs

        const QString pg = QStringLiteral("postgresql"), sqlite = QStringLiteral("sqlite"), mysql = QStringLiteral("mysql");
        QTest::newRow("fk-without-index pg") << pg << "fk-without-index"
            << "CREATE TABLE p (id int PRIMARY KEY, k int, UNIQUE (id, k));"
               "CREATE TABLE \"Child Table\" (id int PRIMARY KEY, p int REFERENCES p, q int REFERENCES p, r int REFERENCES p, s int, t int,"
               "  FOREIGN KEY (s, t) REFERENCES p (id, k) MATCH FULL);"
               "CREATE INDEX ON \"Child Table\" (q, id);"        // leads with q: indexed
               "CREATE INDEX ON \"Child Table\" (id, r);"        // r second: not
               "CREATE INDEX ON \"Child Table\" (p) WHERE p > 0;" // partial: not
               "CREATE INDEX ON \"Child Table\" (t, s)"           // both, another order: indexed
            << QStringList{QStringLiteral("Child Table:p"), QStringLiteral("Child Table:r")} << true;
        QTest::newRow("fk-without-index pg quiet") << pg << "fk-without-index"
            << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p); CREATE INDEX ON c (p)"
            << QStringList{} << true;
        QTest::newRow("fk-without-index sqlite") << sqlite << "fk-without-index"
            << "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id), q INTEGER REFERENCES p (id));"
               "CREATE INDEX c_q ON c (q)"
            << QStringList{QStringLiteral("c:p")} << true;
        QTest::newRow("fk-without-index mysql quiet") << mysql << "fk-without-index" // InnoDB indexes every key itself
            << "CREATE TABLE p (id INT PRIMARY KEY); CREATE TABLE c (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES p (id))"
            << QStringList{} << true;

        QTest::newRow("set-null-on-not-null pg") << pg << "set-null-on-not-null"
            << "CREATE TABLE p (id int PRIMARY KEY, k int NOT NULL, UNIQUE (id, k));"
               "CREATE TABLE c (id int PRIMARY KEY, a int NOT NULL REFERENCES p ON DELETE SET NULL, b int REFERENCES p ON DELETE SET NULL,"
               "  t int NOT NULL, u int, FOREIGN KEY (u, t) REFERENCES p (id, k) ON DELETE SET NULL (u),"  // sets u only: fine
               "  v int NOT NULL REFERENCES p ON UPDATE SET NULL)"
            << QStringList{QStringLiteral("c:a"), QStringLiteral("c:v")} << true;
        QTest::newRow("set-null-on-not-null sqlite") << sqlite << "set-null-on-not-null"
            << "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, a INTEGER NOT NULL REFERENCES p ON DELETE SET NULL,"
               " b INTEGER REFERENCES p ON DELETE SET NULL)"
            << QStringList{QStringLiteral("c:a")} << false;

        QTest::newRow("set-default-without-default pg") << pg << "set-default-without-default"
            << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, a int REFERENCES p ON DELETE SET DEFAULT,"
               " b int DEFAULT 0 REFERENCES p ON DELETE SET DEFAULT)"
            << QStringList{QStringLiteral("c:a")} << false;

        QTest::newRow("fk-type-mismatch pg") << pg << "fk-type-mismatch"
            << "CREATE TABLE p (id bigint PRIMARY KEY, code varchar(20) UNIQUE, n int4 UNIQUE);"
               "CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p, code varchar(10) REFERENCES p (code), n integer REFERENCES p (n),"
               " same bigint REFERENCES p)"
            << QStringList{QStringLiteral("c:code"), QStringLiteral("c:p")} << false;
        QTest::newRow("fk-type-mismatch mysql") << mysql << "fk-type-mismatch"
            << "CREATE TABLE p (id INT(10) UNSIGNED PRIMARY KEY, code VARCHAR(20), KEY (code));"
               "CREATE TABLE c (id INT PRIMARY KEY, p INT(11) UNSIGNED, code VARCHAR(10),"
               " FOREIGN KEY (p) REFERENCES p (id), FOREIGN KEY (code) REFERENCES p (code))"
            << QStringList{QStringLiteral("c:code")} << false;
        QTest::newRow("fk-type-mismatch sqlite") << sqlite << "fk-type-mismatch"
            << "CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT UNIQUE);"
               "CREATE TABLE c (id INTEGER PRIMARY KEY, p TEXT REFERENCES p (id), q INT REFERENCES p (id), code VARCHAR(5) REFERENCES p (code))"
            << QStringList{QStringLiteral("c:p")} << false;
        // The same type with another collation.
        QTest::newRow("fk-type-mismatch pg collation") << pg << "fk-type-mismatch"
            << "CREATE TABLE p (code text COLLATE \"C\" PRIMARY KEY, name text UNIQUE);"
               "CREATE TABLE c (id int PRIMARY KEY, code text REFERENCES p (code), name text COLLATE \"C\" REFERENCES p (name),"
               " same text COLLATE \"C\" REFERENCES p (code))"
            << QStringList{QStringLiteral("c:code"), QStringLiteral("c:name")} << false;
        QTest::newRow("fk-type-mismatch sqlite collation") << sqlite << "fk-type-mismatch"
            << "CREATE TABLE p (code TEXT COLLATE NOCASE UNIQUE, k TEXT UNIQUE);"
               "CREATE TABLE c (id INTEGER PRIMARY KEY, code TEXT REFERENCES p (code), k TEXT COLLATE nocase REFERENCES p (k),"
               " same TEXT COLLATE NOCASE REFERENCES p (code), b TEXT COLLATE BINARY REFERENCES p (k))"
            << QStringList{QStringLiteral("c:code"), QStringLiteral("c:k")} << false;

        QTest::newRow("missing-fk pg") << pg << "missing-fk"
            << "CREATE TABLE customers (id int PRIMARY KEY); CREATE TABLE categories (id int PRIMARY KEY);"
               "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, category_id int);"  // likely, likely
               "CREATE TABLE notes (id int PRIMARY KEY, customer_id bigint, order_id int REFERENCES orders);" // possible; has a key
               "CREATE TABLE logs (id int PRIMARY KEY, customer_id text);"  // another type: no
               "CREATE TABLE person (person_no int PRIMARY KEY); CREATE TABLE visit (id int PRIMARY KEY, person_no int);" // the key's own name: likely
               "CREATE TABLE kind (gid uuid PRIMARY KEY); CREATE TABLE thing (gid uuid PRIMARY KEY)"  // a generic key name: no
            << QStringList{QStringLiteral("notes:customer_id"), QStringLiteral("orders:category_id"), QStringLiteral("orders:customer_id"),
                           QStringLiteral("visit:person_no")}
            << true;

        // Keys declared on the partitions only (as pagila's payment): the partitioned table has them.
        QTest::newRow("missing-fk pg partitions") << pg << "missing-fk"
            << "CREATE TABLE customer (customer_id int PRIMARY KEY);"
               "CREATE TABLE payment (payment_id int, customer_id int, PRIMARY KEY (payment_id)) PARTITION BY RANGE (payment_id);"
               "CREATE TABLE payment_p1 PARTITION OF payment FOR VALUES FROM (0) TO (100);"
               "CREATE TABLE payment_p2 PARTITION OF payment FOR VALUES FROM (100) TO (200);"
               "ALTER TABLE payment_p1 ADD FOREIGN KEY (customer_id) REFERENCES customer;"
               "ALTER TABLE payment_p2 ADD FOREIGN KEY (customer_id) REFERENCES customer"
            << QStringList{} << false;
        QTest::newRow("duplicate-fk pg") << pg << "duplicate-fk"
            << "CREATE TABLE p (id int PRIMARY KEY, k int UNIQUE); CREATE TABLE c (id int PRIMARY KEY, a int, b int,"
               " CONSTRAINT c_a1 FOREIGN KEY (a) REFERENCES p, CONSTRAINT c_a2 FOREIGN KEY (a) REFERENCES p ON DELETE CASCADE,"
               " CONSTRAINT c_b1 FOREIGN KEY (b) REFERENCES p, CONSTRAINT c_b2 FOREIGN KEY (b) REFERENCES p (k))" // another key: not a duplicate
            << QStringList{QStringLiteral("c:a")} << true;
        QTest::newRow("duplicate-fk mysql") << mysql << "duplicate-fk"
            << "CREATE TABLE p (id INT PRIMARY KEY); CREATE TABLE c (id INT PRIMARY KEY, a INT,"
               " CONSTRAINT c_a1 FOREIGN KEY (a) REFERENCES p (id), CONSTRAINT c_a2 FOREIGN KEY (a) REFERENCES p (id))"
            << QStringList{QStringLiteral("c:a")} << true;

        QTest::newRow("not-valid-fk pg") << pg << "not-valid-fk"
            << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, a int, b int REFERENCES p);"
               "ALTER TABLE c ADD CONSTRAINT c_a FOREIGN KEY (a) REFERENCES p NOT VALID"
            << QStringList{QStringLiteral("c:a")} << true;

        QTest::newRow("fk-name-collision pg") << pg << "fk-name-collision"
            << "CREATE TABLE p (id int PRIMARY KEY);"
               "CREATE TABLE a (id int PRIMARY KEY, p int CONSTRAINT to_parent REFERENCES p);"
               "CREATE TABLE b (id int PRIMARY KEY, p int CONSTRAINT to_parent REFERENCES p);"
               "CREATE TABLE c (id int PRIMARY KEY, p int CONSTRAINT c_own REFERENCES p)"
            << QStringList{QStringLiteral("a:p"), QStringLiteral("b:p")} << true;

        QTest::newRow("polymorphic-fk pg") << pg << "polymorphic-fk"
            << "CREATE TABLE p (id int PRIMARY KEY);"
               "CREATE TABLE comments (id int PRIMARY KEY, commentable_type text, commentable_id int, owner_type text, owner_id int REFERENCES p)"
            << QStringList{QStringLiteral("comments:commentable_type,commentable_id")} << false;

        QTest::newRow("cascade-into-large-table pg") << pg << "cascade-into-large-table"
            << "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a int REFERENCES a ON DELETE CASCADE);"
               "CREATE TABLE big (id int PRIMARY KEY, b int REFERENCES b ON DELETE CASCADE);"
               "CREATE TABLE r (id int PRIMARY KEY); CREATE TABLE big2 (id int PRIMARY KEY, r int REFERENCES r ON DELETE RESTRICT);"
               "UPDATE pg_class SET reltuples = 2500000 WHERE oid IN ('lint.big'::regclass, 'lint.big2'::regclass)"
            << QStringList{QStringLiteral("a:"), QStringLiteral("b:")} << false;

        QTest::newRow("sqlite-foreign-keys-off") << sqlite << "sqlite-foreign-keys-off"
            << "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p)"
            << QStringList{QStringLiteral(":")} << false;
        QTest::newRow("sqlite-foreign-keys-off no keys") << sqlite << "sqlite-foreign-keys-off"
            << "CREATE TABLE p (id INTEGER PRIMARY KEY)" << QStringList{} << false;
        QTest::newRow("sqlite-foreign-keys-off not pg") << pg << "sqlite-foreign-keys-off"
            << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p)" << QStringList{} << false;

        const QString orderDependent = QStringLiteral(
            "CREATE TABLE p (id INT PRIMARY KEY);"
            "CREATE TABLE a (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE);"
            "CREATE TABLE b (id INT PRIMARY KEY, p INT, a INT, CONSTRAINT b_p FOREIGN KEY (p) REFERENCES p (id) ON DELETE RESTRICT,"
            "  CONSTRAINT b_a FOREIGN KEY (a) REFERENCES a (id) ON DELETE CASCADE);"
            "CREATE TABLE other (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES p (id) ON DELETE RESTRICT)");
        QTest::newRow("order-dependent-restrict mysql") << mysql << "order-dependent-restrict" << orderDependent
                                                        << QStringList{QStringLiteral("b:p")} << false;
        QTest::newRow("order-dependent-restrict not pg") << pg << "order-dependent-restrict" << orderDependent << QStringList{} << false;

        QTest::newRow("fk-to-non-unique-key mysql") << mysql << "fk-to-non-unique-key"
            << "CREATE TABLE p (id INT PRIMARY KEY, code INT, u INT, KEY (code), UNIQUE KEY (u));"
               "CREATE TABLE c (id INT PRIMARY KEY, code INT, u INT, FOREIGN KEY (code) REFERENCES p (code), FOREIGN KEY (u) REFERENCES p (u))"
            << QStringList{QStringLiteral("c:code")} << false;
        QTest::newRow("fk-to-non-unique-key sqlite") << sqlite << "fk-to-non-unique-key"
            << "CREATE TABLE p (id INTEGER PRIMARY KEY, code INTEGER, u INTEGER UNIQUE);"
               "CREATE TABLE c (id INTEGER PRIMARY KEY, code INTEGER REFERENCES p (code), u INTEGER REFERENCES p (u), i INTEGER REFERENCES p)"
            << QStringList{QStringLiteral("c:code")} << false;

        QTest::newRow("triggers-or-rules pg") << pg << "triggers-or-rules"
            << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE q (id int PRIMARY KEY);"
               "CREATE FUNCTION lint.f() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN OLD; END';"
               "CREATE TRIGGER t BEFORE DELETE ON p FOR EACH ROW EXECUTE FUNCTION lint.f()"
            << QStringList{QStringLiteral("p:")} << false;
        QTest::newRow("row-level-security pg") << pg << "row-level-security"
            << "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE q (id int PRIMARY KEY); ALTER TABLE p ENABLE ROW LEVEL SECURITY"
            << QStringList{QStringLiteral("p:")} << false;
    }

    void rules()
    {
        QFETCH(QString, engine);
        QFETCH(QString, rule);
        QFETCH(QString, ddl);
        QFETCH(QStringList, expected);
        QFETCH(bool, fixable);
        QVERIFY(LintRegistry::find(rule));
        const SchemaGraph g = load(engine, ddl);
        const SchemaDialect &dialect = EngineRegistry::dialectFor(engine);
        const QList<LintFinding> found = lintGraph(g, dialect, {rule});
        for (const LintFinding &f : found) {
            QCOMPARE(f.rule, rule);
            QVERIFY(!f.message.isEmpty());
            QCOMPARE(static_cast<int>(f.severity), static_cast<int>(LintRegistry::find(rule)->severity()));
        }
        QCOMPARE(keys(g, found), expected);
        if (!fixable || found.isEmpty())
            return;
        // The fixes run as written, and the rule has nothing more to say.
        for (const LintFinding &f : found) {
            QVERIFY2(!f.fix.isEmpty(), qPrintable(f.message));
            apply(engine, f.fix);
        }
        const SchemaGraph fixed = reload(engine);
        QCOMPARE(keys(fixed, lintGraph(fixed, dialect, {rule})), QStringList());
    }

    // The same findings in JSON (the documented fields) and SARIF 2.1.0 (the fields CI systems read).
    void reports()
    {
        const SchemaGraph g = load(QStringLiteral("postgresql"),
                                   QStringLiteral("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, a int NOT NULL "
                                                  "CONSTRAINT c_a REFERENCES p ON DELETE SET NULL)"));
        const QList<LintFinding> found = lintGraph(g, SchemaDialect());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].rule, QStringLiteral("set-null-on-not-null")); // errors first
        const QJsonObject json = QJsonDocument::fromJson(lintJson(g, found)).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("fkscope-lint"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject first = findings[0].toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("columns"), QStringLiteral("constraint"), QStringLiteral("fix"), QStringLiteral("message"),
                                            QStringLiteral("rule"), QStringLiteral("schema"), QStringLiteral("severity"), QStringLiteral("table")}));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("schema")).toString(), QStringLiteral("lint"));
        QCOMPARE(first.value(QStringLiteral("table")).toString(), QStringLiteral("c"));
        QCOMPARE(first.value(QStringLiteral("constraint")).toString(), QStringLiteral("c_a"));
        QCOMPARE(first.value(QStringLiteral("columns")).toArray().size(), 1);
        QCOMPARE(first.value(QStringLiteral("fix")).toString(), QStringLiteral("ALTER TABLE lint.c ALTER COLUMN a DROP NOT NULL;"));

        const QJsonObject sarif = QJsonDocument::fromJson(lintSarif(g, found, QStringLiteral("1.2.3"))).object();
        QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = sarif.value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonObject driver = run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("fkscope"));
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), LintRegistry::rules().size());
        const QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject r0 = results[0].toObject();
        QCOMPARE(r0.value(QStringLiteral("ruleId")).toString(), QStringLiteral("set-null-on-not-null"));
        QCOMPARE(r0.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QCOMPARE(rules[r0.value(QStringLiteral("ruleIndex")).toInt()].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("set-null-on-not-null"));
        const QJsonObject logical = r0.value(QStringLiteral("locations")).toArray().first().toObject().value(QStringLiteral("logicalLocations")).toArray().first().toObject();
        QCOMPARE(logical.value(QStringLiteral("fullyQualifiedName")).toString(), QStringLiteral("lint.c.c_a"));
        QCOMPARE(results[1].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    }

    // Hostile names come out of the fixes quoted for the engine that runs them.
    void fixesQuoteForTheirEngine()
    {
        const SchemaGraph g = load(QStringLiteral("mysql"),
                                   QStringLiteral("CREATE TABLE `p``x` (id INT PRIMARY KEY);"
                                                  "CREATE TABLE `my child` (id INT PRIMARY KEY, `the p` INT NOT NULL, CONSTRAINT `dup 1` FOREIGN KEY (`the p`) REFERENCES `p``x` (id),"
                                                  " CONSTRAINT `dup 2` FOREIGN KEY (`the p`) REFERENCES `p``x` (id))"));
        const QList<LintFinding> found = lintGraph(g, EngineRegistry::dialectFor(QStringLiteral("mysql")), {QStringLiteral("duplicate-fk")});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].fix, QStringLiteral("ALTER TABLE `fk_lint`.`my child` DROP FOREIGN KEY `dup 2`;"));
    }

    // 10,000 tables, four hubs with thousands of referencing tables, cascade chains and a large
    // table: every rule runs (each in time proportional to the graph; a quadratic rule would not finish).
    void bigGraph()
    {
        QList<Table> tables;
        QList<ForeignKey> fks;
        const int n = 10000;
        for (int i = 0; i < n; ++i) {
            Table t;
            t.schema = QStringLiteral("app");
            t.name = QStringLiteral("t%1").arg(i);
            t.columns = {{QStringLiteral("id"), QStringLiteral("integer"), true, std::nullopt, {}, {}, {}, {}},
                         {QStringLiteral("hub_id"), QStringLiteral("integer"), false, std::nullopt, {}, {}, {}, {}},
                         {QStringLiteral("t%1_id").arg(i + 1), QStringLiteral("integer"), false, std::nullopt, {}, {}, {}, {}}};
            t.primaryKey = {QStringLiteral("id")};
            t.estimatedRows = i == n - 1 ? 5000000 : 10;
            tables << t;
            if (i >= 4) {
                ForeignKey hub;
                hub.name = QStringLiteral("fk_hub");
                hub.child = i;
                hub.parent = i % 4;
                hub.columns = {QStringLiteral("hub_id")};
                hub.refColumns = {QStringLiteral("id")};
                hub.onDelete = i % 2 ? FkAction::Cascade : FkAction::Restrict;
                fks << hub;
            }
        }
        SourceInfo source;
        source.engine = QStringLiteral("mysql");
        const SchemaGraph g(source, tables, fks);
        QElapsedTimer clock;
        clock.start();
        const QList<LintFinding> found = lintGraph(g, EngineRegistry::dialectFor(QStringLiteral("mysql")));
        qInfo("%lld findings on 10,000 tables in %lld ms", static_cast<long long>(found.size()), static_cast<long long>(clock.elapsed()));
        QVERIFY(found.size() > n); // each t<i>_id looks like a key of t<i+1>; fk_hub collides everywhere
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
