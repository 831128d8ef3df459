// SPDX-License-Identifier: Apache-2.0
// `fkscope impact` and `fkscope plan` as a user runs them: exit codes, the documented JSON, the
// human report, --verify, and the plan script.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

using test::runFkscope;
using Run = test::ProcessRun;

class TestImpactCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_cli_impact"));
        m_db->exec(QStringLiteral(
            "CREATE SCHEMA \"Sales & Co\";"
            "CREATE TABLE \"Sales & Co\".\"Customer \"\"Main\"\"\" (id int PRIMARY KEY);"
            "CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES \"Sales & Co\".\"Customer \"\"Main\"\"\" ON DELETE CASCADE);"
            "CREATE TABLE public.notes (id int PRIMARY KEY, order_id int REFERENCES orders ON DELETE SET NULL);"
            "CREATE TABLE public.shipments (id int PRIMARY KEY, order_id int CONSTRAINT shipments_order_fk REFERENCES orders ON DELETE RESTRICT);"
            "INSERT INTO \"Sales & Co\".\"Customer \"\"Main\"\"\" VALUES (1), (2), (3);"
            "INSERT INTO orders VALUES (10, 1), (11, 1), (20, 2);"
            "INSERT INTO notes VALUES (1, 10), (2, 11), (3, 20);"
            "INSERT INTO shipments VALUES (41, 20);"));
    }

    void cleanupTestCase() { m_db.reset(); }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("phrase");
        const QString db = test::conninfoFor(QStringLiteral("fk_cli_impact"));
        QTest::newRow("help") << QStringList{QStringLiteral("impact"), QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("plan help") << QStringList{QStringLiteral("plan"), QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("no table") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"), db, QStringLiteral("--where"), QStringLiteral("true")}
                                  << 2 << QStringLiteral("--table NAME is required");
        QTest::newRow("no rows") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"), db, QStringLiteral("--table"), QStringLiteral("orders")}
                                 << 2 << QStringLiteral("say which rows");
        QTest::newRow("bad key") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"), db, QStringLiteral("--table"),
                                                QStringLiteral("orders"), QStringLiteral("--key"), QStringLiteral("id")}
                                 << 2 << QStringLiteral("COL=VALUE");
        QTest::newRow("unknown table") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"), db, QStringLiteral("--table"),
                                                      QStringLiteral("nope"), QStringLiteral("--key"), QStringLiteral("id=1")}
                                       << 2 << QStringLiteral("No table named nope");
        QTest::newRow("unknown column") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"), db, QStringLiteral("--table"),
                                                       QStringLiteral("orders"), QStringLiteral("--key"), QStringLiteral("nope=1")}
                                        << 2 << QStringLiteral("has no column nope");
        QTest::newRow("bad SQL in --where") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"), db, QStringLiteral("--table"),
                                                           QStringLiteral("orders"), QStringLiteral("--where"), QStringLiteral("nosuchcol = 1")}
                                            << 4 << QStringLiteral("nosuchcol");
        QTest::newRow("snapshot is not enough") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"),
                                                               QStringLiteral(FKSCOPE_TEST_DATA "/broken-snapshot.json"),
                                                               QStringLiteral("--table"), QStringLiteral("t"), QStringLiteral("--key"), QStringLiteral("id=1")}
                                                << 2 << QStringLiteral("needs a live database");
        QTest::newRow("unreachable") << QStringList{QStringLiteral("impact"), QStringLiteral("--db"), QStringLiteral("host=/nonexistent/x port=1 dbname=x"),
                                                    QStringLiteral("--table"), QStringLiteral("t"), QStringLiteral("--key"), QStringLiteral("id=1")}
                                     << 3 << QStringLiteral("Cannot reach");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, phrase);
        const Run r = runFkscope(arguments);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode != 0) {
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(err.contains(phrase), qPrintable(err));
            QCOMPARE(err.count(QLatin1Char('\n')), 1);
        }
    }

    void jsonDocument()
    {
        // Identifier syntax for --table, a value bound as a parameter.
        const Run r = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--table"),
                                  QStringLiteral("\"Sales & Co\".\"Customer \"\"Main\"\"\""), QStringLiteral("--key"),
                                  QStringLiteral("id=2"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("engine")).toString(), QStringLiteral("postgresql"));
        const QJsonObject rootTable = root.value(QLatin1String("root")).toObject();
        QCOMPARE(rootTable.value(QLatin1String("schema")).toString(), QStringLiteral("Sales & Co"));
        QCOMPARE(rootTable.value(QLatin1String("table")).toString(), QStringLiteral("Customer \"Main\""));
        QCOMPARE(rootTable.value(QLatin1String("rows")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("outcome")).toString(), QStringLiteral("blocked"));
        const QJsonArray effects = root.value(QLatin1String("effects")).toArray();
        QCOMPARE(effects.first().toObject().value(QLatin1String("table")).toString(), QStringLiteral("Customer \"Main\""));
        QJsonObject orders, notes;
        for (const QJsonValue &e : effects) {
            if (e[QLatin1String("table")] == QLatin1String("orders"))
                orders = e.toObject();
            if (e[QLatin1String("table")] == QLatin1String("notes"))
                notes = e.toObject();
        }
        QCOMPARE(orders.value(QLatin1String("deleted")).toInt(), 1);
        QCOMPARE(orders.value(QLatin1String("sample")).toArray().first().toObject().value(QLatin1String("id")).toInt(), 20);
        QCOMPARE(orders.value(QLatin1String("paths")).toArray().first().toArray().first().toString(),
                 QStringLiteral("orders_customer_id_fkey"));
        QCOMPARE(notes.value(QLatin1String("set_null")).toInt(), 1);
        const QJsonObject blocker = root.value(QLatin1String("blockers")).toArray().first().toObject();
        QCOMPARE(blocker.value(QLatin1String("table")).toString(), QStringLiteral("shipments"));
        QCOMPARE(blocker.value(QLatin1String("constraint")).toString(), QStringLiteral("shipments_order_fk"));
        QCOMPARE(blocker.value(QLatin1String("kind")).toString(), QStringLiteral("restrict"));
        QVERIFY(blocker.value(QLatin1String("column")).isNull());
        QCOMPARE(blocker.value(QLatin1String("rows")).toInt(), 1);
        QCOMPARE(blocker.value(QLatin1String("sample")).toArray().first().toObject().value(QLatin1String("id")).toInt(), 41);
        QCOMPARE(blocker.value(QLatin1String("path")).toArray(),
                 (QJsonArray{QStringLiteral("orders_customer_id_fkey"), QStringLiteral("shipments_order_fk")}));
        QVERIFY(root.value(QLatin1String("warnings")).isArray());
    }

    void humanReportAndVerify()
    {
        const Run r = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--table"),
                                  QStringLiteral("\"Sales & Co\".\"Customer \"\"Main\"\"\""), QStringLiteral("--key"),
                                  QStringLiteral("id=1"), QStringLiteral("--verify")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QLatin1String("Outcome: ALLOWED")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("public.orders: deleted 2")));
        QVERIFY(out.contains(QLatin1String("public.notes: set NULL 2")));
        QVERIFY(out.contains(QLatin1String("outcome: predicted allowed, observed allowed")));
        QVERIFY(QString::fromUtf8(r.err).contains(QLatin1String("rolled back")));
        // --verify rolled back: the rows are still there.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("3"));
    }

    void planScript()
    {
        const Run r = runFkscope({QStringLiteral("plan"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--table"),
                                  QStringLiteral("\"Sales & Co\".\"Customer \"\"Main\"\"\""), QStringLiteral("--key"),
                                  QStringLiteral("id=2")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        const int shipments = out.indexOf(QLatin1String("DELETE FROM ONLY \"public\".\"shipments\""));
        const int customers = out.indexOf(QLatin1String("DELETE FROM ONLY \"Sales & Co\".\"Customer \"\"Main\"\"\""));
        QVERIFY2(shipments > 0 && customers > shipments, qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("DELETE FROM ONLY \"public\".\"orders\""))); // left to CASCADE
        QVERIFY(out.contains(QLatin1String("'2'"))); // the key value, as a quoted literal
    }

    void renderFiles()
    {
        QTemporaryDir dir;
        for (const char *name : {"g.png", "g.svg", "g.dot"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            const Run r = runFkscope({QStringLiteral("render"), QStringLiteral("--db"), m_db->conninfo(),
                                      QStringLiteral("--blast-radius"), QStringLiteral("public.orders"), QStringLiteral("-o"), path});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(QFileInfo(path).size() > 100, name);
        }
        QVERIFY(!QImage(dir.filePath(QStringLiteral("g.png"))).isNull());
        QFile svg(dir.filePath(QStringLiteral("g.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        // One schema in the picture: bare names, the schema said once in the legend; text, not bitmaps.
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains(">shipments<"));
        QVERIFY(text.contains(">Schema public<"));
        QVERIFY(!text.contains("<image"));
        const Run bad = runFkscope({QStringLiteral("render"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("g.gif"))});
        QCOMPARE(bad.exitCode, 2);
        const Run unknown = runFkscope({QStringLiteral("render"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--focus"),
                                        QStringLiteral("nope"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(QString::fromUtf8(unknown.err).contains(QLatin1String("No table nope")));
    }
};

QTEST_GUILESS_MAIN(TestImpactCommand)
#include "tst_impactcommand.moc"
