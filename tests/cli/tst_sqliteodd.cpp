// SPDX-License-Identifier: Apache-2.0
// Odd but valid SQLite files through the real binary: DDL with comments in every place (holding
// parentheses and fake clauses), nested parentheses and quoted ')' in CHECK and DEFAULT, keywords as
// table, column and constraint names in every quoting style, non-ASCII and doubled quotes, WITHOUT
// ROWID, STRICT, generated columns, MATCH, DEFERRABLE, a column named oid. SQLite itself reads the
// keys (PRAGMA foreign_key_list); fkscope's own reading of the DDL gives their names and
// deferrability, which decide a result (a deferred key blocks at COMMIT). Each file: `schema` names
// the keys as written, `impact --verify` predicts what SQLite's real DELETE does (on a copy), and
// the file is never written.
#include "testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace fkscope;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestSqliteOdd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void oddButValidDdl_data()
    {
        QTest::addColumn<QString>("ddl");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("keys"); // "child.name deferrable|immediate", any order

        QTest::newRow("comments everywhere") << QStringLiteral(
            "CREATE TABLE \"par ent\" -- the parent (\n"
            "( id INTEGER PRIMARY KEY /* rowid alias ( */ , name TEXT );\n"
            "CREATE TABLE child (\n"
            "  id INTEGER PRIMARY KEY, -- a comment with ( a parenthesis\n"
            "  p INT /* REFERENCES nothing */ CONSTRAINT \"fk one\" REFERENCES \"par ent\" (id) /* ) */ ON DELETE CASCADE,\n"
            "  q INT, -- CONSTRAINT fake FOREIGN KEY (q) REFERENCES x\n"
            "  CONSTRAINT fk_two FOREIGN KEY (q) REFERENCES \"par ent\" (id) -- trailing )\n"
            "    DEFERRABLE INITIALLY DEFERRED\n"
            ");\n"
            "INSERT INTO \"par ent\" VALUES (1, 'a'), (2, 'b');\n"
            "INSERT INTO child VALUES (1, 1, 2), (2, 2, NULL);")
                                             << QStringLiteral("par ent") << QStringLiteral("id = 2")
                                             << QStringLiteral("blocked_at_commit")
                                             << QStringList{QStringLiteral("child.fk one immediate"), QStringLiteral("child.fk_two deferrable")};

        QTest::newRow("nested parentheses, a quoted )") << QStringLiteral(
            "CREATE TABLE p (a INT, b INT, PRIMARY KEY (a, b), CHECK (((a > 0) AND (b IN (1, 2, (3))))));\n"
            "CREATE TABLE c (id INT PRIMARY KEY, x INT DEFAULT ((1 + (2))), y INT CHECK ((y IS NULL) OR (y > (0))),\n"
            "  CHECK (length(printf('%d)', x)) > 0),\n"
            "  CONSTRAINT c_p FOREIGN KEY (x, y) REFERENCES p (a, b) ON DELETE SET NULL ON UPDATE CASCADE);\n"
            "INSERT INTO p VALUES (3, 1), (3, 2);\n"
            "INSERT INTO c VALUES (1, 3, 1), (2, 3, 2);")
                                                        << QStringLiteral("p") << QStringLiteral("a = 3") << QStringLiteral("allowed")
                                                        << QStringList{QStringLiteral("c.c_p immediate")};

        QTest::newRow("keywords as names") << QStringLiteral(
            "CREATE TABLE \"order\" (\"references\" INTEGER PRIMARY KEY, [select] TEXT);\n"
            "CREATE TABLE `group` (\"foreign\" INT, \"key\" INT, [constraint] INT,\n"
            "  CONSTRAINT \"check\" FOREIGN KEY (\"foreign\") REFERENCES \"order\" (\"references\") ON DELETE RESTRICT,\n"
            "  CONSTRAINT [primary] FOREIGN KEY (\"key\") REFERENCES [order] ON DELETE CASCADE);\n"
            "INSERT INTO \"order\" VALUES (1, 'a'), (2, 'b');\n"
            "INSERT INTO `group` VALUES (1, 2, 0), (NULL, 1, 0);")
                                           << QStringLiteral("order") << QStringLiteral("\"references\" = 1") << QStringLiteral("blocked")
                                           << QStringList{QStringLiteral("group.check immediate"), QStringLiteral("group.primary immediate")};

        QTest::newRow("quotes and non-ASCII") << QStringLiteral(
            "CREATE TABLE \"Straße \"\"1\"\"\" (ïd INTEGER PRIMARY KEY);\n"
            "CREATE TABLE \"a \"\"b\"\"\" (id INTEGER PRIMARY KEY, \"ïd ref\" INT DEFAULT 7\n"
            "  CONSTRAINT \"fk 'é'\" REFERENCES \"Straße \"\"1\"\"\" ON DELETE SET DEFAULT);\n"
            "INSERT INTO \"Straße \"\"1\"\"\" VALUES (1), (7);\n"
            "INSERT INTO \"a \"\"b\"\"\" VALUES (1, 1), (2, 1), (3, 7);")
                                              << QStringLiteral("\"Straße \"\"1\"\"\"") << QStringLiteral("ïd = 1") << QStringLiteral("allowed")
                                              << QStringList{QStringLiteral("a \"b\".fk 'é' immediate")};

        QTest::newRow("without rowid, strict, generated, match, oid") << QStringLiteral(
            "CREATE TABLE p (k TEXT PRIMARY KEY, n INT) WITHOUT ROWID;\n"
            "CREATE TABLE c (id INTEGER PRIMARY KEY, k TEXT REFERENCES p MATCH SIMPLE ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,\n"
            "  g INT GENERATED ALWAYS AS (id * 2) VIRTUAL, oid INT) STRICT;\n"
            "CREATE TABLE d (id INTEGER PRIMARY KEY, cid INT, FOREIGN KEY (cid) REFERENCES c (id) DEFERRABLE INITIALLY DEFERRED);\n"
            "INSERT INTO p VALUES ('x', 1), ('y', 2);\n"
            "INSERT INTO c (id, k, oid) VALUES (1, 'x', 5), (2, 'y', 6);\n"
            "INSERT INTO d VALUES (1, 2);")
                                                                      << QStringLiteral("p") << QStringLiteral("k = 'y'")
                                                                      << QStringLiteral("blocked_at_commit")
                                                                      << QStringList{QStringLiteral("c. immediate"), QStringLiteral("d. deferrable")};
    }

    void oddButValidDdl()
    {
        QFETCH(QString, ddl);
        QFETCH(QString, table);
        QFETCH(QString, where);
        QFETCH(QString, outcome);
        QFETCH(QStringList, keys);
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + QStringLiteral(".db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        char *error = nullptr;
        const int rc = sqlite3_exec(db, ddl.toUtf8().constData(), nullptr, nullptr, &error);
        const QString message = error ? QString::fromUtf8(error) : QString();
        sqlite3_free(error);
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message)); // the DDL is valid: SQLite takes it
        const QByteArray before = hashOf(file);

        const test::ProcessRun schema = test::runFkscope({QStringLiteral("schema"), QStringLiteral("--db"), file, QStringLiteral("--json")});
        QCOMPARE(schema.exitCode, 0);
        QVERIFY2(!schema.err.contains("DEFERRABLE clauses are not known"), schema.err.constData()); // the DDL was read
        QStringList seen;
        for (const QJsonValue &v : QJsonDocument::fromJson(schema.out).object().value(QStringLiteral("foreign_keys")).toArray()) {
            const QJsonObject fk = v.toObject();
            QString name = fk.value(QStringLiteral("name")).toString();
            if (!keys.contains(fk.value(QStringLiteral("table")).toString() + u'.' + name + QStringLiteral(" immediate"))
                && !keys.contains(fk.value(QStringLiteral("table")).toString() + u'.' + name + QStringLiteral(" deferrable")))
                name.clear(); // an unnamed key gets a generated name: only its deferrability is compared
            seen << QStringLiteral("%1.%2 %3")
                        .arg(fk.value(QStringLiteral("table")).toString(), name,
                             fk.value(QStringLiteral("deferred")).toBool() ? QStringLiteral("deferrable") : QStringLiteral("immediate"));
        }
        seen.sort();
        keys.sort();
        QCOMPARE(seen, keys);

        const test::ProcessRun impact = test::runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), file, QStringLiteral("--table"), table,
                                                          QStringLiteral("--where"), where, QStringLiteral("--verify"), QStringLiteral("--json")});
        QVERIFY2(impact.exitCode == 0, impact.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(impact.out).object();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), outcome);
        QCOMPARE(result.value(QStringLiteral("verification")).toObject().value(QStringLiteral("outcome")).toString(), outcome);
        QCOMPARE(hashOf(file), before);
    }
};

QTEST_MAIN(TestSqliteOdd)
#include "tst_sqliteodd.moc"
