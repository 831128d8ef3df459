// SPDX-License-Identifier: Apache-2.0
// The command line on MySQL/MariaDB, run as a user runs it, against the private MariaDB of
// scripts/test.sh (FKSCOPE_TEST_MYSQL): schema (JSON source with flavor and version), impact (the
// seed story: first_error names the constraint the server raises, --verify agrees), plan, render,
// and the one-line errors with their exit codes.
#include "mysql/mysqlconnection.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;
using fkscope::test::runFkscope;
namespace test = fkscope::test;

class TestMysqlCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MysqlConnection> m_admin;
    QString m_uri;

private slots:
    void initTestCase()
    {
        m_admin = std::make_unique<MysqlConnection>(test::mysqlUri(QString()));
        m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS fk_cli"));
        m_admin->exec(QStringLiteral("CREATE DATABASE fk_cli"));
        m_admin->exec(QStringLiteral("USE fk_cli"));
        const QStringList ddl{
            QStringLiteral("CREATE TABLE script_reference (id INT PRIMARY KEY, archived TINYINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE event_trigger_setting (id INT PRIMARY KEY, default_script_ref_id INT, fallback_script_ref_id INT, "
                           "CONSTRAINT fk_event_trigger_setting_default_script_ref_id FOREIGN KEY (default_script_ref_id) REFERENCES script_reference (id) ON DELETE NO ACTION, "
                           "CONSTRAINT fk_event_trigger_setting_fallback_script_ref_id FOREIGN KEY (fallback_script_ref_id) REFERENCES script_reference (id) ON DELETE NO ACTION)"),
            QStringLiteral("CREATE TABLE script_step (id INT PRIMARY KEY, script_ref_id INT NOT NULL, "
                           "CONSTRAINT fk_script_step_ref FOREIGN KEY (script_ref_id) REFERENCES script_reference (id) ON DELETE CASCADE)"),
            QStringLiteral("INSERT INTO script_reference VALUES (1, 1), (2, 1), (3, 0)"),
            QStringLiteral("INSERT INTO event_trigger_setting VALUES (10, 1, 3), (11, 3, 2)"),
            QStringLiteral("INSERT INTO script_step VALUES (100, 1), (101, 2), (102, 3)")};
        for (const QString &s : ddl)
            m_admin->exec(s);
        m_uri = test::mysqlUri(QStringLiteral("fk_cli"));
    }

    void schemaJson()
    {
        const auto run = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_uri, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonObject source = doc.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("engine")).toString(), QStringLiteral("mysql"));
        QCOMPARE(source.value(QStringLiteral("flavor")).toString(), QStringLiteral("mariadb"));
        QVERIFY(source.value(QStringLiteral("server_version")).toString().startsWith(QLatin1String("10.")));
        QCOMPARE(doc.value(QStringLiteral("tables")).toArray().size(), 3);
        QVERIFY(doc.value(QStringLiteral("source")).toObject().value(QStringLiteral("user")).toString().startsWith(QLatin1String("root@")));
        QCOMPARE(doc.value(QStringLiteral("foreign_keys")).toArray().size(), 3);
    }

    // A snapshot of a MySQL database reads back as the same graph (flavor, DESC key parts).
    void snapshotRoundTrip()
    {
        m_admin->exec(QStringLiteral("CREATE TABLE fk_cli.ranked (id INT PRIMARY KEY, score INT, KEY ks (score DESC, id))"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cli.json"));
        QCOMPARE(runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_uri, QStringLiteral("-o"), file}).exitCode, 0);
        const auto live = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_uri, QStringLiteral("--json")});
        const auto back = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), file, QStringLiteral("--json")});
        QCOMPARE(back.exitCode, 0);
        QJsonObject a = QJsonDocument::fromJson(live.out).object();
        QJsonObject b = QJsonDocument::fromJson(back.out).object();
        QCOMPARE(b.value(QStringLiteral("source")).toObject().value(QStringLiteral("flavor")).toString(), QStringLiteral("mariadb"));
        QCOMPARE(b.value(QStringLiteral("tables")), a.value(QStringLiteral("tables")));
        QCOMPARE(b.value(QStringLiteral("foreign_keys")), a.value(QStringLiteral("foreign_keys")));
        QVERIFY(live.out.contains("\"descending\": [\"score\"]"));
        m_admin->exec(QStringLiteral("DROP TABLE fk_cli.ranked"));
    }

    void impactLeadsWithTheServersError()
    {
        const QStringList args{QStringLiteral("impact"), QStringLiteral("--db"), m_uri, QStringLiteral("--table"),
                               QStringLiteral("script_reference"), QStringLiteral("--where"), QStringLiteral("archived = 1")};
        const auto text = runFkscope(args);
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.value(3).contains(QLatin1String("error 1451 (fk_event_trigger_setting_default_script_ref_id)")), text.out.constData());
        const auto json = runFkscope(args + QStringList{QStringLiteral("--json"), QStringLiteral("--verify")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        const QJsonObject first = doc.value(QStringLiteral("first_error")).toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("1451"));
        QCOMPARE(first.value(QStringLiteral("constraint")).toString(), QStringLiteral("fk_event_trigger_setting_default_script_ref_id"));
        QCOMPARE(first.value(QStringLiteral("schema")).toString(), QStringLiteral("fk_cli"));
        QVERIFY(first.value(QStringLiteral("message")).toString().startsWith(QLatin1String("Cannot delete or update a parent row")));
        // One JSON document; the verification inside it names the same error.
        const QJsonObject verification = doc.value(QStringLiteral("verification")).toObject();
        QCOMPARE(verification.value(QStringLiteral("outcome")).toString(), QStringLiteral("blocked"));
        const QJsonObject error = verification.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("1451"));
        QCOMPARE(error.value(QStringLiteral("constraint")).toString(), first.value(QStringLiteral("constraint")).toString());
        QCOMPARE(error.value(QStringLiteral("message")).toString(), first.value(QStringLiteral("message")).toString());
        // The verification ran the real DELETE and rolled it back.
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM fk_cli.script_reference")).toInt(), 3);
        // Allowed: the root's other row.
        const auto allowed = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_uri, QStringLiteral("--table"),
                                         QStringLiteral("fk_cli.script_step"), QStringLiteral("--key"), QStringLiteral("id=100"),
                                         QStringLiteral("--json")});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(allowed.out).object().value(QStringLiteral("first_error")).isNull());
    }

    void planAndRender()
    {
        const auto plan = runFkscope({QStringLiteral("plan"), QStringLiteral("--db"), m_uri, QStringLiteral("--table"),
                                      QStringLiteral("script_reference"), QStringLiteral("--where"), QStringLiteral("archived = 1")});
        QCOMPARE(plan.exitCode, 0);
        QVERIFY(plan.out.contains("DELETE x FROM `fk_cli`.`event_trigger_setting` AS x"));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("cli.png"));
        const auto render = runFkscope({QStringLiteral("render"), QStringLiteral("--db"), m_uri, QStringLiteral("-o"), png});
        QCOMPARE(render.exitCode, 0);
        QVERIFY(QFileInfo(png).size() > 1000);
    }

    void oneLineErrors()
    {
        const auto wrong = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), test::mysqlUri(QStringLiteral("fk_cli"), QStringLiteral("fkscope_pw"), QStringLiteral("nope")),
                                       QStringLiteral("--summary")});
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(wrong.err.trimmed().count('\n'), 0);
        QVERIFY2(!wrong.err.contains("nope"), wrong.err.constData());
        const auto gone = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"),
                                      QStringLiteral("mysql://root@localhost/x?socket=/nonexistent/mysqld.sock"), QStringLiteral("--summary")});
        QCOMPARE(gone.exitCode, 3);
        const auto table = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_uri, QStringLiteral("--table"),
                                       QStringLiteral("no_such_table"), QStringLiteral("--key"), QStringLiteral("id=1")});
        QVERIFY(table.exitCode != 0 && table.exitCode != -1);
        QCOMPARE(table.err.trimmed().count('\n'), 0);
    }

    void cleanupTestCase() { m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS fk_cli")); }
};

QTEST_GUILESS_MAIN(TestMysqlCommands)
#include "tst_mysqlcommands.moc"
