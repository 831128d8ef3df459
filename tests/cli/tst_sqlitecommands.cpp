// SPDX-License-Identifier: Apache-2.0
// The CLI on SQLite sources, as a user runs it: schema, impact (all three outcomes, JSON, main.NAME,
// --verify on a copy), plan (the script runs in sqlite and removes the blockers first), render, and
// the errors for a missing table or a bad file; tables whose columns shadow the rowid. The user's
// file is never written.
#include "demo/demodatabase.h"
#include "sqlite/sqliteconnection.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace fkscope;
using test::runFkscope;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSqliteCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file; // a copy of the demo, named like an application's database

    QJsonObject impactJson(const QStringList &selection)
    {
        const test::ProcessRun r = runFkscope(QStringList{QStringLiteral("impact"), QStringLiteral("--db"), m_file, QStringLiteral("--json")} + selection);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("app.db"));
        QVERIFY(QFile::copy(ensureDemoDatabase(), m_file));
    }

    void schemaSummary()
    {
        const test::ProcessRun r = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_file,
                                               QStringLiteral("--summary")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QLatin1String("Tables: 22")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("Foreign keys: 25")));
        QVERIFY(out.contains(QLatin1String("deferrable 1")));
        const test::ProcessRun json = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_file, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("source")).toObject().value(QStringLiteral("engine")).toString(),
                 QStringLiteral("sqlite"));
    }

    void impactOutcomes_data()
    {
        QTest::addColumn<QStringList>("selection");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("blockingTable");
        QTest::newRow("allowed: jobs are kept, set NULL")
            << QStringList{QStringLiteral("--table"), QStringLiteral("content_items"), QStringLiteral("--key"), QStringLiteral("id=1")}
            << QStringLiteral("allowed") << QString();
        QTest::newRow("blocked: NO ACTION triggers and settings")
            << QStringList{QStringLiteral("--table"), QStringLiteral("main.script_reference"), QStringLiteral("--where"), QStringLiteral("archived = 1")}
            << QStringLiteral("blocked") << QStringLiteral("event_trigger");
        QTest::newRow("blocked: the CHECK that exactly one target is set")
            << QStringList{QStringLiteral("--table"), QStringLiteral("model_rows"), QStringLiteral("--key"), QStringLiteral("id=3")}
            << QStringLiteral("blocked") << QStringLiteral("jobs");
        QTest::newRow("blocked at commit: deferred invoices")
            << QStringList{QStringLiteral("--table"), QStringLiteral("\"customers\""), QStringLiteral("--key"), QStringLiteral("id=1")}
            << QStringLiteral("blocked_at_commit") << QStringLiteral("invoices");
    }

    void impactOutcomes()
    {
        QFETCH(QStringList, selection);
        QFETCH(QString, outcome);
        QFETCH(QString, blockingTable);
        const QByteArray before = hashOf(m_file);
        const QJsonObject r = impactJson(selection);
        QCOMPARE(r.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(r.value(QStringLiteral("outcome")).toString(), outcome);
        QCOMPARE(r.value(QStringLiteral("root")).toObject().value(QStringLiteral("schema")).toString(), QStringLiteral("main"));
        if (!blockingTable.isEmpty()) {
            QStringList tables;
            for (const QJsonValue &b : r.value(QStringLiteral("blockers")).toArray())
                tables << b.toObject().value(QStringLiteral("table")).toString();
            QVERIFY2(tables.contains(blockingTable), qPrintable(tables.join(QLatin1Char(','))));
        }
        QCOMPARE(hashOf(m_file), before);
    }

    void verifyRunsOnACopy()
    {
        const QByteArray before = hashOf(m_file);
        const test::ProcessRun r = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_file, QStringLiteral("--table"),
                                               QStringLiteral("content_items"), QStringLiteral("--where"), QStringLiteral("id <= 20"),
                                               QStringLiteral("--verify")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QLatin1String("temporary copy")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("outcome: predicted allowed, observed allowed")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("main.generation_jobs")));
        QCOMPARE(hashOf(m_file), before);
    }

    void planRemovesTheBlockersFirst()
    {
        const test::ProcessRun r = runFkscope({QStringLiteral("plan"), QStringLiteral("--db"), m_file, QStringLiteral("--table"),
                                               QStringLiteral("script_reference"), QStringLiteral("--where"), QStringLiteral("archived = 1")});
        QCOMPARE(r.exitCode, 0);
        const QString script = QString::fromUtf8(r.out);
        QVERIFY(script.contains(QLatin1String("PRAGMA foreign_keys = ON")));
        // Run it on a scratch copy: everything goes, and the FKs hold.
        const QString scratch = m_dir.filePath(QStringLiteral("scratch.db"));
        QFile::remove(scratch);
        QVERIFY(QFile::copy(m_file, scratch));
        QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
        SqliteConnection c(scratch, SqliteConnection::Mode::ReadWrite);
        c.exec(script);
        SqliteStatement left(c, QStringLiteral("SELECT count(*) FROM script_reference WHERE archived = 1"));
        QVERIFY(left.step());
        QCOMPARE(left.integer(0), 0);
        SqliteStatement check(c, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        QVERIFY(check.step());
        QCOMPARE(check.integer(0), 0);
    }

    // SQLite checks RESTRICT row by row: a subtree linked by a self-referencing RESTRICT key cannot
    // go in one DELETE (the first parent fails while its children remain). The plan sets those
    // links aside and cuts them first, and refuses with a clear message when the column is NOT NULL.
    void planCutsSelfReferencingRestrictLinks()
    {
        const QString file = m_dir.filePath(QStringLiteral("tree.db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        const char *ddl = R"SQL(
CREATE TABLE node (id INTEGER PRIMARY KEY, up INTEGER REFERENCES node (id) ON DELETE RESTRICT);
CREATE TABLE note (txt TEXT, n INTEGER REFERENCES node (id) ON DELETE NO ACTION);
CREATE TABLE strict (id INTEGER PRIMARY KEY, up INTEGER NOT NULL REFERENCES strict (id) ON DELETE RESTRICT);
INSERT INTO node VALUES (1, NULL), (2, 1), (3, 2), (4, NULL), (5, 3);
INSERT INTO note VALUES ('a', 3), ('b', 4);
INSERT INTO strict VALUES (1, 1), (2, 1);
)SQL";
        QCOMPARE(sqlite3_exec(db, ddl, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const test::ProcessRun r = runFkscope({QStringLiteral("plan"), QStringLiteral("--db"), file, QStringLiteral("--table"),
                                               QStringLiteral("node"), QStringLiteral("--key"), QStringLiteral("id=1")});
        QCOMPARE(r.exitCode, 0);
        const QString scratch = m_dir.filePath(QStringLiteral("tree-scratch.db"));
        QFile::remove(scratch);
        QVERIFY(QFile::copy(file, scratch));
        QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
        SqliteConnection c(scratch, SqliteConnection::Mode::ReadWrite);
        c.exec(QString::fromUtf8(r.out)); // throws if SQLite refuses it
        SqliteStatement left(c, QStringLiteral("SELECT group_concat(id) FROM node"));
        QVERIFY(left.step());
        QCOMPARE(left.text(0), QStringLiteral("4"));
        SqliteStatement notes(c, QStringLiteral("SELECT group_concat(txt) FROM note"));
        QVERIFY(notes.step());
        QCOMPARE(notes.text(0), QStringLiteral("b"));

        const test::ProcessRun refused = runFkscope({QStringLiteral("plan"), QStringLiteral("--db"), file, QStringLiteral("--table"),
                                                     QStringLiteral("strict"), QStringLiteral("--key"), QStringLiteral("id=1")});
        QVERIFY2(refused.exitCode != 0, refused.out.constData());
        QVERIFY2(QString::fromUtf8(refused.err).contains(QLatin1String("delete them leaves first")), refused.err.constData());
    }

    // Columns named rowid, oid or _rowid_ take those names from the rowid (issue 16: impact failed
    // with "NOT NULL constraint failed: fkscope_del_0.k0" where the real DELETE works).
    void rowidShadowedByColumns()
    {
        const QString file = m_dir.filePath(QStringLiteral("shadow.db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        const char *ddl = R"SQL(
PRAGMA foreign_keys = ON;
CREATE TABLE p (id INTEGER PRIMARY KEY, rowid TEXT, oid TEXT, _rowid_ TEXT);
CREATE TABLE c (rowid TEXT, code TEXT UNIQUE, p_id INTEGER REFERENCES p ON DELETE CASCADE);
CREATE TABLE g (rowid INT, OID INT, x TEXT, c_code TEXT REFERENCES c (code) ON DELETE SET NULL);
CREATE TABLE q (code TEXT PRIMARY KEY);
CREATE TABLE h (rowid INT, oid INT, _rowid_ INT, q_code TEXT REFERENCES q ON DELETE CASCADE);
INSERT INTO q VALUES ('a'); INSERT INTO h VALUES (1, 2, 3, 'a');
INSERT INTO p VALUES (1, NULL, NULL, NULL), (2, 'x', 'y', 'z');
INSERT INTO c VALUES (NULL, 'a', 1), (NULL, 'b', 1), ('r', 'c', 2);
INSERT INTO g VALUES (NULL, NULL, 'g1', 'a'), (5, 5, 'g2', 'b'), (NULL, NULL, 'g3', 'c');
)SQL";
        QCOMPARE(sqlite3_exec(db, ddl, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = hashOf(file);
        const test::ProcessRun r = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), file, QStringLiteral("--table"),
                                               QStringLiteral("p"), QStringLiteral("--key"), QStringLiteral("id=1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("allowed"));
        QHash<QString, QPair<int, int>> effects; // table -> (deleted, set null)
        for (const QJsonValue &v : result.value(QStringLiteral("effects")).toArray()) {
            const QJsonObject e = v.toObject();
            effects.insert(e.value(QStringLiteral("table")).toString(),
                           {e.value(QStringLiteral("deleted")).toInt(), e.value(QStringLiteral("set_null")).toInt()});
        }
        QCOMPARE(effects.value(QStringLiteral("p")), qMakePair(1, 0));
        QCOMPARE(effects.value(QStringLiteral("c")), qMakePair(2, 0));
        QCOMPARE(effects.value(QStringLiteral("g")), qMakePair(0, 2));
        // The real DELETE on a copy agrees.
        const test::ProcessRun verify = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), file, QStringLiteral("--table"),
                                                    QStringLiteral("p"), QStringLiteral("--key"), QStringLiteral("id=1"), QStringLiteral("--verify")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QVERIFY2(QString::fromUtf8(verify.out).contains(QLatin1String("outcome: predicted allowed, observed allowed")), verify.out.constData());
        // h takes all three names and has no INTEGER PRIMARY KEY: said in one sentence.
        const test::ProcessRun h = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), file, QStringLiteral("--table"),
                                               QStringLiteral("q"), QStringLiteral("--key"), QStringLiteral("code=a")});
        QCOMPARE(h.exitCode, 4);
        QVERIFY2(QString::fromUtf8(h.err).contains(QLatin1String("rowid, oid and _rowid_")), h.err.constData());
        QCOMPARE(hashOf(file), before);
    }

    void renderAndErrors()
    {
        const QString png = m_dir.filePath(QStringLiteral("demo.png"));
        const test::ProcessRun r = runFkscope({QStringLiteral("render"), QStringLiteral("--db"), QStringLiteral("demo"), QStringLiteral("-o"), png});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QImage(png).isNull());
        const test::ProcessRun missing = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_file, QStringLiteral("--table"),
                                                     QStringLiteral("nope"), QStringLiteral("--key"), QStringLiteral("id=1")});
        QCOMPARE(missing.exitCode, 5);
        QVERIFY(QString::fromUtf8(missing.err).contains(QLatin1String("No table nope")));
        const test::ProcessRun absent = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.sqlite")),
                                                    QStringLiteral("--summary")});
        QCOMPARE(absent.exitCode, 5);
        QVERIFY(QString::fromUtf8(absent.err).contains(QLatin1String("No SQLite file")));
        // A damaged header (schema format 99) is a bad input file, exit 5, in one line.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(m_file, damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(44);
            f.write(QByteArray("\x00\x00\x00\x63", 4));
        }
        const test::ProcessRun bad = runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), damaged, QStringLiteral("--summary")});
        QCOMPARE(bad.exitCode, 5);
        QVERIFY2(bad.err.count('\n') == 1, bad.err.constData());
        // Control characters in a message (here from the command line; a damaged file's names do the
        // same) reach the terminal as text, not as escape sequences.
        const test::ProcessRun escape = runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_file, QStringLiteral("--table"),
                                                    QStringLiteral("\x1b[31mred\x07"), QStringLiteral("--key"), QStringLiteral("id=1")});
        QCOMPARE(escape.exitCode, 5);
        QVERIFY2(!escape.err.contains('\x1b') && !escape.err.contains('\x07'), escape.err.constData());
        QVERIFY2(escape.err.contains("\\x1b[31mred\\x07"), escape.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSqliteCommands)
#include "tst_sqlitecommands.moc"
