// SPDX-License-Identifier: Apache-2.0
// The fkscope binary as a user runs it: exit codes, stdout/stderr, JSON and files.
#include "snapshot/snapshot.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

using test::runFkscope;
using Run = test::ProcessRun;

class TestSchemaCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_cli"));
        m_db->execFile(QStringLiteral(FKSCOPE_TEST_DATA "/pg-traps.sql"));
    }

    void cleanupTestCase() { m_db.reset(); }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPhrase");
        const QString db = test::conninfoFor(QStringLiteral("fk_cli"));
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QString();
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("schema help") << QStringList{QStringLiteral("schema"), QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("no --db") << QStringList{QStringLiteral("schema"), QStringLiteral("--json")} << 2
                                 << QStringLiteral("--db SOURCE is required");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("schema"), QStringLiteral("--db"), db, QStringLiteral("--jsn")} << 2
            << QStringLiteral("Unknown option");
        QTest::newRow("nothing to print") << QStringList{QStringLiteral("schema"), QStringLiteral("--db"), db} << 2
                                          << QStringLiteral("--json, --summary or -o FILE");
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("schema"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--json"), QStringLiteral("--timeout"),
                                                    QStringLiteral("soon")}
                                     << 2 << QStringLiteral("--timeout takes a number");
        QTest::newRow("unreachable") << QStringList{QStringLiteral("schema"), QStringLiteral("--db"),
                                                    QStringLiteral("host=/nonexistent/x port=5999 dbname=x"),
                                                    QStringLiteral("--summary")}
                                     << 3 << QStringLiteral("Cannot reach the PostgreSQL server");
        QTest::newRow("missing database")
            << QStringList{QStringLiteral("schema"), QStringLiteral("--db"),
                           test::conninfoFor(QStringLiteral("fk_no_such_db")), QStringLiteral("--summary")}
            << 3 << QStringLiteral("does not exist");
        QTest::newRow("bad snapshot file") << QStringList{QStringLiteral("schema"), QStringLiteral("--db"),
                                                          QStringLiteral(FKSCOPE_TEST_DATA "/broken-snapshot.json"),
                                                          QStringLiteral("--summary")}
                                           << 5 << QStringLiteral("not a valid fkscope snapshot");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPhrase);
        const Run r = runFkscope(arguments);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY(r.err.isEmpty());
            QVERIFY(!r.out.isEmpty());
        } else {
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(err.contains(stderrPhrase), qPrintable(err));
            QCOMPARE(err.count(QLatin1Char('\n')), 1); // the reason, in one line
            QVERIFY(err.startsWith(QLatin1String("fkscope")));
        }
    }

    void jsonOnStdoutAndFileAreTheSame()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.json"));
        const Run r = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_db->conninfo(),
                               QStringLiteral("--json"), QStringLiteral("-o"), file});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("fkscope-snapshot"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), r.out);
        QCOMPARE(snapshot::readFile(file).foreignKeys().size(), 11);
    }

    void summaryFromLiveAndFromSnapshotAgree()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("traps.json"));
        QCOMPARE(runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("-o"), file})
                     .exitCode,
                 0);
        const Run live = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_db->conninfo(),
                                  QStringLiteral("--schema"), QStringLiteral("public"), QStringLiteral("--summary")});
        const Run saved = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), file, QStringLiteral("--schema"),
                                   QStringLiteral("public"), QStringLiteral("--summary")});
        QCOMPARE(live.exitCode, 0);
        QCOMPARE(saved.exitCode, 0);
        const QString text = QString::fromUtf8(live.out);
        QVERIFY2(text.contains(QLatin1String("Tables: 13 (1 partitioned, with 2 partitions; 1 foreign; 3 external, "
                                             "outside the selected schemas)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ON DELETE: CASCADE 5, SET NULL 2, SET DEFAULT 1, RESTRICT 1, NO ACTION 2")),
                 qPrintable(text));
        // Everything but the first line (timing) is the same from the file.
        QCOMPARE(QString::fromUtf8(saved.out).section(QLatin1Char('\n'), 1),
                 text.section(QLatin1Char('\n'), 1));
    }
};

QTEST_GUILESS_MAIN(TestSchemaCommand)
#include "tst_schemacommand.moc"
