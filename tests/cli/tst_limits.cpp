// SPDX-License-Identifier: Apache-2.0
// PostgreSQL's limits, through the real binary on the private server: 63-byte identifiers (ASCII,
// and two-byte UTF-8 that the server cuts at a character), a table of 1,600 columns (the most a
// table can have), and a foreign key of 32 columns (the most an index can have) named with 63 bytes.
// schema reads them exactly; impact predicts what the real DELETE does (--verify runs it, rolled
// back); plan names them; render draws the wide table as a capped box, not a picture 30,000 px tall.
#include "testserver.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

namespace {

const QString kParent = QStringLiteral("p") + QString(62, u'x');                   // 63 bytes
const QString kUtf8 = QString(31, QChar(0xe9)) + QStringLiteral("z");             // 31 × 2 + 1 = 63 bytes
const QString kFkName = QString(63, u'f');

QString keyColumns(const QString &suffix = QString())
{
    QStringList cols;
    for (int i = 0; i < 32; ++i)
        cols << QStringLiteral("k%1%2").arg(i).arg(suffix);
    return cols.join(QStringLiteral(", "));
}

QJsonObject runJson(const QStringList &arguments, int expectedExit = 0)
{
    const test::ProcessRun run = test::runFkscope(arguments);
    if (run.exitCode != expectedExit)
        qWarning("%s", run.err.constData());
    [&] { QCOMPARE(run.exitCode, expectedExit); }();
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_limits"));
        QStringList wide;
        for (int i = 1; i <= 1598; ++i)
            wide << QStringLiteral("c%1 int").arg(i, 4, 10, QLatin1Char('0'));
        QStringList keyDefs;
        for (int i = 0; i < 32; ++i)
            keyDefs << QStringLiteral("k%1 int").arg(i);
        QStringList gs(32, QStringLiteral("g"));
        m_db->exec(QStringLiteral(
            "CREATE TABLE \"%1\" (id int PRIMARY KEY, \"%2\" int UNIQUE);\n"
            "CREATE TABLE wide (id int PRIMARY KEY, pid int REFERENCES \"%1\" (id) ON DELETE CASCADE, %3);\n"
            "CREATE TABLE k32 (%4, PRIMARY KEY (%5));\n"
            "CREATE TABLE k32c (id int PRIMARY KEY, %4, CONSTRAINT \"%6\" FOREIGN KEY (%5) REFERENCES k32 (%5) ON DELETE SET NULL);\n"
            "CREATE TABLE \"%2\" (id int PRIMARY KEY, r int REFERENCES \"%1\" (\"%2\") ON DELETE RESTRICT);\n"
            "INSERT INTO \"%1\" SELECT g, g FROM generate_series(1, 10) g;\n"
            "INSERT INTO wide (id, pid, c1598) SELECT g, g % 10 + 1, g FROM generate_series(1, 100) g;\n"
            "INSERT INTO k32 SELECT %7 FROM generate_series(1, 5) g;\n"
            "INSERT INTO k32c SELECT g, %7 FROM generate_series(1, 5) g;\n"
            "INSERT INTO \"%2\" VALUES (1, 3);\nANALYZE")
                        .arg(kParent, kUtf8, wide.join(QStringLiteral(", ")), keyDefs.join(QStringLiteral(", ")), keyColumns(), kFkName,
                             gs.join(QStringLiteral(", "))));
    }

    void cleanupTestCase() { m_db.reset(); }

    void schemaReadsThemExactly()
    {
        const QJsonObject snapshot = runJson({QStringLiteral("schema"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--json")});
        QMap<QString, int> columns;
        for (const QJsonValue &t : snapshot.value(QStringLiteral("tables")).toArray())
            columns.insert(t.toObject().value(QStringLiteral("name")).toString(), t.toObject().value(QStringLiteral("columns")).toArray().size());
        QCOMPARE(columns.value(kParent), 2);
        QCOMPARE(columns.value(kUtf8), 2);
        QCOMPARE(columns.value(QStringLiteral("wide")), 1600);
        QStringList names;
        for (const QJsonValue &f : snapshot.value(QStringLiteral("foreign_keys")).toArray()) {
            const QJsonObject fk = f.toObject();
            names << fk.value(QStringLiteral("name")).toString();
            if (fk.value(QStringLiteral("name")).toString() == kFkName)
                QCOMPARE(fk.value(QStringLiteral("columns")).toArray().size(), 32);
        }
        QVERIFY2(names.contains(kFkName), qPrintable(names.join(u' ')));
        // The server cut the generated name "<63-byte table>_r_fkey" at a character boundary.
        const QString cut = QString(28, QChar(0xe9)) + QStringLiteral("_r_fkey");
        QVERIFY2(names.contains(cut), qPrintable(names.join(u' ')));
    }

    void impactMatchesTheRealDelete_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("cascade into 1,600 columns, blocked by a 63-byte UTF-8 name") << kParent << QStringLiteral("id <= 3")
                                                                                      << QStringLiteral("blocked");
        QTest::newRow("cascade into 1,600 columns") << kParent << QStringLiteral("id >= 5") << QStringLiteral("allowed");
        QTest::newRow("SET NULL on 32 columns") << QStringLiteral("k32") << QStringLiteral("k0 < 3") << QStringLiteral("allowed");
    }

    void impactMatchesTheRealDelete()
    {
        QFETCH(QString, table);
        QFETCH(QString, where);
        QFETCH(QString, outcome);
        const QJsonObject result = runJson({QStringLiteral("impact"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--table"), table,
                                            QStringLiteral("--where"), where, QStringLiteral("--verify"), QStringLiteral("--json")});
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), outcome);
        const QJsonObject observed = result.value(QStringLiteral("verification")).toObject();
        QCOMPARE(observed.value(QStringLiteral("outcome")).toString(), outcome);
        if (outcome == QLatin1String("blocked")) {
            const QJsonObject blocker = result.value(QStringLiteral("blockers")).toArray().first().toObject();
            QCOMPARE(blocker.value(QStringLiteral("table")).toString(), kUtf8);
            QVERIFY2(observed.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
                         blocker.value(QStringLiteral("constraint")).toString()),
                     QJsonDocument(observed).toJson().constData());
            return;
        }
        const QJsonObject deleted = observed.value(QStringLiteral("deleted")).toObject();
        const QJsonObject updated = observed.value(QStringLiteral("updated")).toObject();
        for (const QJsonValue &v : result.value(QStringLiteral("effects")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString name = QStringLiteral("public.") + e.value(QStringLiteral("table")).toString();
            QCOMPARE(e.value(QStringLiteral("deleted")).toInteger(), deleted.value(name).toInteger());
            QCOMPARE(e.value(QStringLiteral("set_null")).toInteger(), updated.value(name).toInteger());
        }
        QVERIFY(!result.value(QStringLiteral("effects")).toArray().isEmpty());
    }

    void planNamesThem()
    {
        const test::ProcessRun run = test::runFkscope({QStringLiteral("plan"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("--table"),
                                                       kParent, QStringLiteral("--where"), QStringLiteral("id <= 3")});
        QCOMPARE(run.exitCode, 0);
        const QString script = QString::fromUtf8(run.out);
        const qsizetype child = script.indexOf(QStringLiteral("DELETE FROM ONLY \"public\".\"%1\"").arg(kUtf8));
        const qsizetype root = script.indexOf(QStringLiteral("DELETE FROM ONLY \"public\".\"%1\"").arg(kParent));
        QVERIFY2(child > 0 && root > child, qPrintable(script));
    }

    void renderCapsTheWideTable()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("limits.png"));
        const test::ProcessRun run = test::runFkscope({QStringLiteral("render"), QStringLiteral("--db"), m_db->conninfo(), QStringLiteral("-o"), png});
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        // Uncapped, the 1,600 rows made a 515 x 12,000 picture (the longest side scaled to 12,000).
        QVERIFY2(image.height() < 4000 && image.width() > image.height() / 2, qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
    }
};

QTEST_MAIN(TestLimits)
#include "tst_limits.moc"
