// SPDX-License-Identifier: Apache-2.0
// fkscope lint as a user and a CI job run it: exit codes by --fail-on, --rule, the three formats,
// -o written whole, and the usage errors; on an SQLite file and on the PostgreSQL trap schema.
#include "sqlite/sqliteconnection.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

using test::runFkscope;
using Run = test::ProcessRun;

class TestLintCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<test::ScratchDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("shop.sqlite"));
        QFile(m_file).open(QIODevice::WriteOnly);
        SqliteConnection c(m_file, SqliteConnection::Mode::ReadWrite);
        c.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY);"
                              "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers ON DELETE SET NULL);"
                              "CREATE TABLE notes (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders);"
                              "CREATE INDEX notes_order ON notes (order_id)"));
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_lint_cli"));
        m_db->execFile(QStringLiteral(FKSCOPE_TEST_DATA "/pg-traps.sql"));
    }
    void cleanupTestCase() { m_db.reset(); }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("phrase"); // in stdout when 0 or 1, in stderr otherwise
        const QStringList lint{QStringLiteral("lint"), QStringLiteral("--db"), m_file};
        QTest::newRow("error found") << lint << 1 << QStringLiteral("set-null-on-not-null");
        QTest::newRow("fail on error") << (lint + QStringList{QStringLiteral("--fail-on"), QStringLiteral("error")}) << 1 << QStringLiteral("1 error");
        QTest::newRow("one quiet rule")
            << (lint + QStringList{QStringLiteral("--rule"), QStringLiteral("duplicate-fk")}) << 0 << QStringLiteral("0 finding");
        QTest::newRow("info under warning")
            << (lint + QStringList{QStringLiteral("--rule"), QStringLiteral("sqlite-foreign-keys-off")}) << 0 << QStringLiteral("PRAGMA foreign_keys = ON");
        QTest::newRow("info fails on info")
            << (lint + QStringList{QStringLiteral("--rule"), QStringLiteral("sqlite-foreign-keys-off"), QStringLiteral("--fail-on"), QStringLiteral("info")})
            << 1 << QStringLiteral("1 info");
        QTest::newRow("unknown rule") << (lint + QStringList{QStringLiteral("--rule"), QStringLiteral("fk-sans-index")}) << 2
                                      << QStringLiteral("no rule named \"fk-sans-index\"");
        QTest::newRow("bad severity") << (lint + QStringList{QStringLiteral("--fail-on"), QStringLiteral("fatal")}) << 2
                                      << QStringLiteral("--fail-on takes info, warning or error");
        QTest::newRow("two formats") << (lint + QStringList{QStringLiteral("--json"), QStringLiteral("--sarif")}) << 2 << QStringLiteral("pick one");
        QTest::newRow("no db") << QStringList{QStringLiteral("lint")} << 2 << QStringLiteral("--db SOURCE is required");
        QTest::newRow("unreachable")
            << QStringList{QStringLiteral("lint"), QStringLiteral("--db"), QStringLiteral("host=/nonexistent/x port=5999 dbname=x")} << 3
            << QStringLiteral("Cannot reach the PostgreSQL server");
        QTest::newRow("bad file") << QStringList{QStringLiteral("lint"), QStringLiteral("--db"), QStringLiteral(FKSCOPE_TEST_DATA "/broken-snapshot.json")}
                                  << 5 << QStringLiteral("not a valid fkscope snapshot");
        QTest::newRow("help lists the rules") << QStringList{QStringLiteral("lint"), QStringLiteral("--help")} << 0
                                              << QStringLiteral("order-dependent-restrict");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, phrase);
        const Run r = runFkscope(arguments);
        QCOMPARE(r.exitCode, exitCode);
        const QString text = QString::fromUtf8(exitCode <= 1 ? r.out : r.err);
        QVERIFY2(text.contains(phrase), qPrintable(text));
        if (exitCode > 1)
            QCOMPARE(text.count(QLatin1Char('\n')), 1); // one line
    }

    void jsonAndSarif()
    {
        const Run json = runFkscope({QStringLiteral("lint"), QStringLiteral("--db"), m_file, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("fkscope-lint"));
        QStringList rules;
        for (const QJsonValue &f : doc.value(QStringLiteral("findings")).toArray())
            rules << f.toObject().value(QStringLiteral("rule")).toString();
        // orders.customer_id: SET NULL on NOT NULL, no index; one info for the pragma.
        QCOMPARE(rules, (QStringList{QStringLiteral("set-null-on-not-null"), QStringLiteral("fk-without-index"), QStringLiteral("sqlite-foreign-keys-off")}));

        const QString out = m_dir.filePath(QStringLiteral("lint.sarif"));
        const Run sarif = runFkscope({QStringLiteral("lint"), QStringLiteral("--db"), m_file, QStringLiteral("--sarif"), QStringLiteral("-o"), out});
        QCOMPARE(sarif.exitCode, 1);
        QVERIFY(sarif.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject run = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QStringLiteral("results")).toArray().size(), 3);
        const QJsonObject location = run.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("locations")).toArray().first().toObject();
        QVERIFY(location.value(QStringLiteral("physicalLocation")).toObject().value(QStringLiteral("artifactLocation")).toObject()
                    .value(QStringLiteral("uri")).toString().endsWith(QLatin1String("shop.sqlite")));

        // A file that cannot be written: one sentence, exit 5, nothing left behind.
        const QString bad = m_dir.filePath(QStringLiteral("missing/dir/lint.json"));
        const Run failed = runFkscope({QStringLiteral("lint"), QStringLiteral("--db"), m_file, QStringLiteral("--json"), QStringLiteral("-o"), bad});
        QCOMPARE(failed.exitCode, 5);
        QVERIFY(!QFile::exists(bad));
    }

    // The trap schema on the live server: the rules PostgreSQL can trip, each at least once.
    void postgresTraps()
    {
        const Run r = runFkscope({QStringLiteral("lint"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QSet<QString> rules;
        for (const QJsonValue &f : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray())
            rules.insert(f.toObject().value(QStringLiteral("rule")).toString());
        for (const char *rule : {"fk-without-index", "not-valid-fk", "triggers-or-rules", "row-level-security"})
            QVERIFY2(rules.contains(QLatin1String(rule)), rule);
    }
};

QTEST_GUILESS_MAIN(TestLintCommand)
#include "tst_lintcommand.moc"
