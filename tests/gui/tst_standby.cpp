// SPDX-License-Identifier: Apache-2.0
// A hot standby, as production readers often are: scripts/test.sh starts a streaming replica of its
// private PostgreSQL (pg_basebackup -R). On the replica, `schema`, `impact`, `plan` and `lint` give
// the primary's answers byte for byte (timings aside), for every shared dataset and for the demo
// schema with rows; the window loads, pages rows and simulates there with the same result as the CLI
// on the primary; and a verification, which needs a DELETE, says in one sentence why it cannot run,
// in the CLI and in the panel, leaving nothing behind on either server.
#include "impact/impactpanel.h"
#include "impact/impactreport.h"
#include "impact/impactresultview.h"
#include "impact/rowpagemodel.h"
#include "mainwindow.h"
#include "canvas/schemascene.h"
#include "testserver.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

#include <tuple>
#include <utility>

using namespace fkscope;

namespace {

// Timings differ between two runs; everything else must not.
QJsonValue withoutTimings(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.key() != QLatin1String("elapsed_ms"))
                out.insert(it.key(), withoutTimings(it.value()));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutTimings(v));
        return out;
    }
    return value;
}

QByteArray canonical(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return "not JSON: " + json;
    const QJsonValue v = withoutTimings(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    return v.isObject() ? QJsonDocument(v.toObject()).toJson() : QJsonDocument(v.toArray()).toJson();
}

QByteArray withoutMilliseconds(QByteArray text)
{
    return QString::fromUtf8(text).replace(QRegularExpression(QStringLiteral("\\b\\d+ ms\\b")), QStringLiteral("N ms")).toUtf8();
}

// The same command on the primary and on the standby: same exit code, same output. Autovacuum may
// ANALYZE a freshly loaded dataset on the primary between the two runs (its row estimates are in the
// output), so a difference is looked at again once the standby has replayed everything.
void compareOnBoth(const QString &database, const QStringList &arguments, bool json)
{
    const auto both = [&] {
        return std::pair{test::runFkscope(QStringList{arguments.first(), QStringLiteral("--db"), test::conninfoFor(database)} + arguments.mid(1)),
                         test::runFkscope(QStringList{arguments.first(), QStringLiteral("--db"), test::standbyConninfoFor(database)}
                                          + arguments.mid(1))};
    };
    auto [primary, standby] = both();
    const auto same = [&] {
        return standby.exitCode == primary.exitCode && standby.err == primary.err
            && (json ? canonical(standby.out) == canonical(primary.out) : withoutMilliseconds(standby.out) == withoutMilliseconds(primary.out));
    };
    if (!same()) {
        test::waitForStandbyReplay();
        std::tie(primary, standby) = both();
    }
    QVERIFY2(primary.exitCode == 0 || primary.exitCode == 1, primary.err.constData());
    QCOMPARE(standby.exitCode, primary.exitCode);
    QCOMPARE(standby.err, primary.err);
    if (json)
        QCOMPARE(canonical(standby.out), canonical(primary.out));
    else
        QCOMPARE(withoutMilliseconds(standby.out), withoutMilliseconds(primary.out));
}

} // namespace

class TestStandby : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_db;

    // Sessions other than the watcher's own, on either server, in a transaction or holding a lock on
    // the demo's tables.
    static QString leftovers(const QString &conninfo)
    {
        pqxx::connection c(conninfo.toStdString());
        pqxx::nontransaction tx(c);
        const pqxx::result r = tx.exec(
            "SELECT (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = "
            "'client backend' AND xact_start IS NOT NULL)::text || '/' || (SELECT count(*) FROM pg_catalog.pg_locks l JOIN "
            "pg_catalog.pg_class c ON c.oid = l.relation WHERE l.pid <> pg_backend_pid() AND c.relname = 'script_reference')");
        return QString::fromUtf8(r[0][0].c_str());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("fkscope-tests"));
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_standby"));
        m_db->exec(test::readTextFile(QStringLiteral(FKSCOPE_SOURCE_DIR "/resources/demo/demo.sql")));
        m_db->exec(test::readTextFile(QStringLiteral(FKSCOPE_TEST_DATA "/pg-traps.sql")));
        m_db->exec(QStringLiteral("ANALYZE"));
        test::waitForStandbyReplay();
        pqxx::connection standby(test::standbyConninfoFor(m_db->name()).toStdString());
        pqxx::nontransaction tx(standby);
        QVERIFY(tx.exec("SELECT pg_catalog.pg_is_in_recovery()")[0][0].as<bool>());
    }

    void cleanupTestCase() { m_db.reset(); }

    void datasetSchemas_data() { test::addDatasetRows(); }

    void datasetSchemas()
    {
        QFETCH(QString, database);
        compareOnBoth(database, {QStringLiteral("schema"), QStringLiteral("--json")}, true);
        compareOnBoth(database, {QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--fail-on"), QStringLiteral("error")},
                      true);
    }

    void impactAndPlan_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::newRow("blocked, two NO ACTION children") << QStringList{QStringLiteral("--table"), QStringLiteral("script_reference"),
                                                                        QStringLiteral("--where"), QStringLiteral("archived = 1")};
        QTest::newRow("deep cascade") << QStringList{QStringLiteral("--table"), QStringLiteral("accounts"), QStringLiteral("--key"),
                                                     QStringLiteral("id=1")};
        QTest::newRow("set null") << QStringList{QStringLiteral("--table"), QStringLiteral("users"), QStringLiteral("--where"),
                                                 QStringLiteral("id < 40")};
        QTest::newRow("quoted names, composite keys") << QStringList{QStringLiteral("--table"), QStringLiteral("other.parent2"),
                                                                     QStringLiteral("--where"), QStringLiteral("true")};
    }

    void impactAndPlan()
    {
        QFETCH(QStringList, selection);
        compareOnBoth(m_db->name(), QStringList{QStringLiteral("impact"), QStringLiteral("--json")} + selection, true);
        compareOnBoth(m_db->name(), QStringList{QStringLiteral("impact")} + selection, false);
        compareOnBoth(m_db->name(), QStringList{QStringLiteral("plan")} + selection, false);
        compareOnBoth(m_db->name(), {QStringLiteral("schema"), QStringLiteral("--summary")}, false);
    }

    // The verification needs a DELETE; on a replica it cannot run: one sentence, exit 4, and no
    // session or lock left behind.
    void verificationIsRefusedInOneSentence()
    {
        const test::ProcessRun run = test::runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), test::standbyConninfoFor(m_db->name()),
                                                       QStringLiteral("--table"), QStringLiteral("script_reference"),
                                                       QStringLiteral("--where"), QStringLiteral("archived = 1"), QStringLiteral("--verify")});
        QCOMPARE(run.exitCode, 4);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QVERIFY2(lines.last().contains("The server is read-only (a hot standby?)"), run.err.constData());
        QVERIFY2(!run.out.contains("predicted") && !run.out.contains("observed"), run.out.constData());
        QCOMPARE(leftovers(test::standbyConninfoFor(m_db->name())), QStringLiteral("0/0"));
    }

    // The window on the replica: load, rows, simulation (the CLI's answer on the primary), and the
    // verification's refusal in the panel, with the window still usable after it.
    void theWindowOnTheStandby()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(test::standbyConninfoFor(m_db->name()));
        QVERIFY(ready.wait(30000));
        ImpactPanel *panel = window.impactPanel();
        const TableId table = window.scene()->graph().findTable(QStringLiteral("public"), QStringLiteral("script_reference"));
        QVERIFY(table != kInvalidId);
        QSignalSpy rows(panel, &ImpactPanel::rowsLoaded);
        window.openImpactFor(table);
        QVERIFY(rows.wait(20000));
        QCOMPARE(panel->rowModel()->rowCount(), 60);

        panel->setWhere(QStringLiteral("archived = 1"));
        QSignalSpy shown(panel, &ImpactPanel::resultShown);
        panel->simulate();
        QVERIFY(shown.wait(30000));
        const test::ProcessRun primary = test::runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), test::conninfoFor(m_db->name()),
                                                           QStringLiteral("--table"), QStringLiteral("script_reference"),
                                                           QStringLiteral("--where"), QStringLiteral("archived = 1"), QStringLiteral("--json")});
        QCOMPARE(primary.exitCode, 0);
        QCOMPARE(canonical(toJson(shown.first().first().value<ImpactResult>())), canonical(primary.out));

        QSignalSpy failed(panel, &ImpactPanel::simulationFailed);
        panel->runVerification();
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("read-only (a hot standby?)")), qPrintable(message));
        QVERIFY(!panel->isSimulating());
        QVERIFY(window.isVisible());
        // Still usable: the next simulation answers.
        panel->setWhere(QStringLiteral("archived = 0"));
        shown.clear();
        panel->simulate();
        QVERIFY(shown.wait(30000));
        QCOMPARE(leftovers(test::standbyConninfoFor(m_db->name())).section(u'/', 1), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestStandby)
#include "tst_standby.moc"
