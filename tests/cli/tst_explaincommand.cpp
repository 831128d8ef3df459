// SPDX-License-Identifier: Apache-2.0
// fkscope explain on errors captured from the real servers the test command starts (never written
// by hand): psql's output, plain and verbose; the same text as libpq hands it to drivers, wrapped as
// psycopg2, SQLAlchemy, JDBC, node-postgres and a server log print it; MariaDB 1451 / 1452 as the
// mysql client prints them; SQLite's message (with its statement, or with the file's current
// violations). Both sides, a hostile schema name, a constraint name
// used in two schemas, a composite key, a message without DETAIL, and messages it cannot read.
#include "core/error.h"
#include "mysql/mysqlconnection.h"
#include "sqlite/sqliteconnection.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

using test::runFkscope;
using Run = test::ProcessRun;

namespace {

const char *const kSchema = R"SQL(
CREATE SCHEMA "Sales & Co";
CREATE TABLE public.model_rows (id int PRIMARY KEY);
CREATE TABLE public.variant_rows (id int PRIMARY KEY, model_row_id int REFERENCES public.model_rows);
CREATE TABLE public.jobs (id int PRIMARY KEY, row_id int NOT NULL REFERENCES public.model_rows);
CREATE TABLE "Sales & Co"."Model Rows" (id int PRIMARY KEY);
CREATE TABLE "Sales & Co".jobs (id int PRIMARY KEY, row_id int CONSTRAINT jobs_row_id_fkey REFERENCES "Sales & Co"."Model Rows");
CREATE TABLE public.orders (region int, no int, PRIMARY KEY (region, no));
CREATE TABLE public.lines (id int PRIMARY KEY, region int, no int, CONSTRAINT "lines -> orders" FOREIGN KEY (region, no) REFERENCES public.orders);
INSERT INTO public.model_rows VALUES (1), (2);
INSERT INTO public.variant_rows VALUES (42, 1);
INSERT INTO public.jobs VALUES (1, 1);
INSERT INTO "Sales & Co"."Model Rows" VALUES (7);
INSERT INTO "Sales & Co".jobs VALUES (1, 7);
INSERT INTO public.orders VALUES (1, 1);
INSERT INTO public.lines VALUES (1, 1, 1);
)SQL";

} // namespace

class TestExplainCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_sqlite;
    QHash<QString, QString> m_captured; // name -> the server's text

    // psql's stderr for `sql`, as a user copies it from the terminal.
    QString psql(const QString &sql, bool verbose = false, const QString &locale = QString())
    {
        QProcess p;
        if (!locale.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c lc_messages=") + locale);
            p.setProcessEnvironment(env);
        }
        QStringList args{m_db->conninfo(), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"), sql};
        if (verbose)
            args << QStringLiteral("-v") << QStringLiteral("VERBOSITY=verbose");
        p.start(QStringLiteral("psql"), args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardError()).trimmed();
    }
    // The error text libpq hands a driver (pqxx's what()).
    QString libpq(const QString &sql)
    {
        try {
            m_db->exec(sql);
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what()).trimmed();
        }
        return QString();
    }
    QJsonObject explain(const QString &db, const QString &message, int expectedExit = 0, const QString &statement = QString())
    {
        QStringList args{QStringLiteral("explain"), QStringLiteral("--db"), db, QStringLiteral("--json")};
        if (!statement.isEmpty())
            args << QStringLiteral("--statement") << statement;
        args << message;
        const Run r = runFkscope(args);
        if (r.exitCode != expectedExit)
            qWarning("%s", r.err.constData());
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_explain_cli"));
        m_db->exec(QString::fromUtf8(kSchema));
        m_captured[QStringLiteral("psql insert")] = psql(QStringLiteral("INSERT INTO jobs VALUES (2, 42)"));
        m_captured[QStringLiteral("psql delete")] = psql(QStringLiteral("DELETE FROM model_rows WHERE id = 1"));
        m_captured[QStringLiteral("psql verbose hostile")] = psql(QStringLiteral("INSERT INTO \"Sales & Co\".jobs VALUES (2, 8)"), true);
        m_captured[QStringLiteral("psql plain hostile")] = psql(QStringLiteral("INSERT INTO \"Sales & Co\".jobs VALUES (2, 8)"));
        m_captured[QStringLiteral("psql composite")] = psql(QStringLiteral("INSERT INTO lines VALUES (2, 1, 99)"));
        m_captured[QStringLiteral("libpq insert")] = libpq(QStringLiteral("INSERT INTO jobs VALUES (2, 42)"));
        for (auto it = m_captured.cbegin(); it != m_captured.cend(); ++it)
            QVERIFY2(it.value().contains(QLatin1String("violates foreign key constraint")), qPrintable(it.key() + QLatin1String(": ") + it.value()));
    }
    void cleanupTestCase() { m_db.reset(); }

    // The insert side: the key is not in model_rows but is in variant_rows (the issue's story).
    void insertSideInEveryWrapping_data()
    {
        QTest::addColumn<QString>("message");
        const QString text = m_captured.value(QStringLiteral("libpq insert"));
        const QString primary = text.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral("ERROR:  "), 1);
        const QString detail = text.section(QLatin1Char('\n'), 1, 1).section(QStringLiteral("DETAIL:  "), 1);
        QVERIFY(!primary.isEmpty() && !detail.isEmpty());
        QTest::newRow("psql") << m_captured.value(QStringLiteral("psql insert"));
        QTest::newRow("libpq") << text;
        QTest::newRow("psycopg2") << QStringLiteral("Traceback (most recent call last):\n  File \"job.py\", line 3, in <module>\n"
                                                    "psycopg2.errors.ForeignKeyViolation: %1\nDETAIL:  %2\n").arg(primary, detail);
        QTest::newRow("sqlalchemy") << QStringLiteral("sqlalchemy.exc.IntegrityError: (psycopg2.errors.ForeignKeyViolation) %1\nDETAIL:  %2\n\n"
                                                      "[SQL: INSERT INTO jobs (id, row_id) VALUES (%(id)s, %(row_id)s)]\n[parameters: {'id': 2, 'row_id': 42}]\n"
                                                      "(Background on this error at: https://sqlalche.me/e/20/gkpj)").arg(primary, detail);
        QTest::newRow("jdbc") << QStringLiteral("org.postgresql.util.PSQLException: ERROR: %1\n  Detail: %2\n\tat org.postgresql.core.v3."
                                                "QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)").arg(primary, detail);
        QTest::newRow("node-postgres") << QStringLiteral("error: %1\n    at Parser.parseErrorMessage (node_modules/pg-protocol/dist/parser.js:287:98) {\n"
                                                         "  length: 263,\n  severity: 'ERROR',\n  code: '23503',\n  detail: '%2',\n  schema: 'public',\n"
                                                         "  table: 'jobs',\n  constraint: 'jobs_row_id_fkey',\n}").arg(primary, detail);
        QTest::newRow("server log") << QStringLiteral("2026-12-02 10:00:00.123 UTC [4242] app@shop ERROR:  %1\n2026-12-02 10:00:00.123 UTC [4242] "
                                                      "app@shop DETAIL:  %2\n2026-12-02 10:00:00.123 UTC [4242] app@shop STATEMENT:  INSERT INTO "
                                                      "jobs VALUES (2, 42)").arg(primary, detail);
        QTest::newRow("one escaped line") << QString(text).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    }
    void insertSideInEveryWrapping()
    {
        QFETCH(QString, message);
        const QJsonObject r = explain(m_db->conninfo(), message);
        const QJsonObject c = r.value(QStringLiteral("constraint")).toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("jobs_row_id_fkey"));
        QCOMPARE(c.value(QStringLiteral("schema")).toString(), QStringLiteral("public"));
        QCOMPARE(r.value(QStringLiteral("side")).toString(), QStringLiteral("insert"));
        QCOMPARE(r.value(QStringLiteral("key")).toObject().value(QStringLiteral("row_id")).toString(), QStringLiteral("42"));
        QCOMPARE(r.value(QStringLiteral("parent_has_key")).toBool(true), false);
        const QJsonArray found = r.value(QStringLiteral("key_found_in")).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].toObject().value(QStringLiteral("table")).toString(), QStringLiteral("variant_rows"));
        QVERIFY(r.value(QStringLiteral("fix")).toString().contains(QLatin1String("CHECK")));
        QVERIFY(r.value(QStringLiteral("impact")).isNull());
    }

    // The fix runs on the server as written: the row that failed goes in once it points at its parent.
    void insertSideFixRuns()
    {
        const QJsonObject r = explain(m_db->conninfo(), m_captured.value(QStringLiteral("psql insert")));
        m_db->exec(QStringLiteral("BEGIN;\n") + r.value(QStringLiteral("fix")).toString()
                   + QStringLiteral("\nINSERT INTO jobs (id, row_id, variant_rows_id) VALUES (2, NULL, 42);\nROLLBACK;"));
    }

    void deleteSide()
    {
        const QJsonObject r = explain(m_db->conninfo(), m_captured.value(QStringLiteral("psql delete")));
        QCOMPARE(r.value(QStringLiteral("side")).toString(), QStringLiteral("delete"));
        const QString constraint = r.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(constraint == QLatin1String("variant_rows_model_row_id_fkey") || constraint == QLatin1String("jobs_row_id_fkey"), qPrintable(constraint));
        QCOMPARE(r.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("1"));
        const QJsonObject impact = r.value(QStringLiteral("impact")).toObject();
        QCOMPARE(impact.value(QStringLiteral("outcome")).toString(), QStringLiteral("blocked"));
        QCOMPARE(impact.value(QStringLiteral("blockers")).toArray().size(), 2); // jobs and variant_rows
        QCOMPARE(impact.value(QStringLiteral("first_error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("23503"));
    }

    // An UPDATE of a parent key (the statement tells it from a DELETE): every foreign key to the key
    // with its ON UPDATE rule and the rows that reference the old key now.
    void updateSide()
    {
        const QString update = QStringLiteral("UPDATE model_rows SET id = 99 WHERE id = 1");
        const QString text = psql(update);
        QVERIFY2(text.contains(QLatin1String("violates foreign key constraint")), qPrintable(text));
        const QJsonObject r = explain(m_db->conninfo(), text, 0, update);
        QCOMPARE(r.value(QStringLiteral("side")).toString(), QStringLiteral("update"));
        QVERIFY(r.value(QStringLiteral("impact")).isNull());
        QMap<QString, QString> referencing;
        for (const QJsonValue &v : r.value(QStringLiteral("referencing")).toArray()) {
            const QJsonObject o = v.toObject();
            referencing.insert(o.value(QStringLiteral("constraint")).toString(),
                               QStringLiteral("%1 %2").arg(o.value(QStringLiteral("on_update")).toString()).arg(o.value(QStringLiteral("rows")).toInteger()));
        }
        QCOMPARE(referencing.value(QStringLiteral("jobs_row_id_fkey")), QStringLiteral("no_action 1"));
        QCOMPARE(referencing.value(QStringLiteral("variant_rows_model_row_id_fkey")), QStringLiteral("no_action 1"));
        QVERIFY(r.value(QStringLiteral("fix")).toString().contains(QLatin1String("ON UPDATE CASCADE")));
        // The delete side has the field too, empty.
        const QJsonObject d = explain(m_db->conninfo(), m_captured.value(QStringLiteral("psql delete")));
        QVERIFY(d.value(QStringLiteral("referencing")).isArray());
        QCOMPARE(d.value(QStringLiteral("referencing")).toArray().size(), 0);
    }

    // One constraint name on tables of the same name in two schemas: the parent named in DETAIL
    // decides, or the schema of the verbose message; the first line alone is ambiguous, and the
    // answer says how to get the schema.
    void schemaDecides()
    {
        for (const char *name : {"psql plain hostile", "psql verbose hostile"}) {
            const QJsonObject r = explain(m_db->conninfo(), m_captured.value(QLatin1String(name)));
            const QJsonObject c = r.value(QStringLiteral("constraint")).toObject();
            QCOMPARE(c.value(QStringLiteral("schema")).toString(), QStringLiteral("Sales & Co"));
            QCOMPARE(c.value(QStringLiteral("references")).toObject().value(QStringLiteral("table")).toString(), QStringLiteral("Model Rows"));
            QCOMPARE(r.value(QStringLiteral("parent_has_key")).toBool(true), false);
            QCOMPARE(r.value(QStringLiteral("key_found_in")).toArray().size(), 0); // 8 is nowhere
        }
        const QString firstLine = m_captured.value(QStringLiteral("psql insert")).section(QLatin1Char('\n'), 0, 0);
        const Run alone = runFkscope({QStringLiteral("explain"), QStringLiteral("--db"), m_db->conninfo(), firstLine});
        QCOMPARE(alone.exitCode, 5);
        QVERIFY2(alone.err.contains("VERBOSITY verbose"), alone.err.constData());
    }

    void compositeKey()
    {
        const QJsonObject r = explain(m_db->conninfo(), m_captured.value(QStringLiteral("psql composite")));
        QCOMPARE(r.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("lines -> orders"));
        const QJsonObject key = r.value(QStringLiteral("key")).toObject();
        QCOMPARE(key.value(QStringLiteral("region")).toString(), QStringLiteral("1"));
        QCOMPARE(key.value(QStringLiteral("no")).toString(), QStringLiteral("99"));
        QCOMPARE(r.value(QStringLiteral("parent_has_key")).toBool(true), false);
    }

    // Without DETAIL (copied without its second line): the constraint, and no key to look for.
    void withoutDetail()
    {
        const QString first = m_captured.value(QStringLiteral("psql composite")).section(QLatin1Char('\n'), 0, 0);
        const QJsonObject r = explain(m_db->conninfo(), first);
        QCOMPARE(r.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("lines -> orders"));
        QVERIFY(r.value(QStringLiteral("key")).isNull());
        QVERIFY(r.value(QStringLiteral("parent_has_key")).isNull());
    }

    // A server that speaks German or French (lc_messages): the same answers as in English. The test
    // command's server has both locales (scripts/pg-temp.sh compiles them into its directory); French
    // breaks the insert side's first line in two.
    void localizedServer_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("notEnglish"); // a word of the translation
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Fremdschl\u00fcssel");
        QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("contrainte");
    }

    void localizedServer()
    {
        QFETCH(QString, locale);
        QFETCH(QString, notEnglish);
        try {
            m_db->exec(QStringLiteral("BEGIN; SET LOCAL lc_messages = '%1'; ROLLBACK;").arg(locale));
        } catch (const std::exception &e) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(QStringLiteral("the test server has no %1 locale: %2").arg(locale, QString::fromUtf8(e.what()))));
            QSKIP("this server has no such locale (scripts/pg-temp.sh compiles them when the locales package is installed)");
        }
        const struct
        {
            const char *english;
            QString sql;
            bool verbose;
        } cases[] = {
            {"psql insert", QStringLiteral("INSERT INTO jobs VALUES (2, 42)"), false},
            {"psql delete", QStringLiteral("DELETE FROM model_rows WHERE id = 1"), false},
            {"psql plain hostile", QStringLiteral("INSERT INTO \"Sales & Co\".jobs VALUES (2, 8)"), false},
            {"psql verbose hostile", QStringLiteral("INSERT INTO \"Sales & Co\".jobs VALUES (2, 8)"), true},
            {"psql composite", QStringLiteral("INSERT INTO lines VALUES (2, 1, 99)"), false},
        };
        for (const auto &c : cases) {
            const QString text = psql(c.sql, c.verbose, locale);
            QVERIFY2(text.contains(notEnglish) && !text.contains(QLatin1String("violates")), qPrintable(text));
            const QJsonObject localized = explain(m_db->conninfo(), text);
            const QJsonObject english = explain(m_db->conninfo(), m_captured.value(QLatin1String(c.english)));
            for (const char *field : {"side", "constraint", "key", "parent_has_key", "key_found_in"})
                QVERIFY2(localized.value(QLatin1String(field)) == english.value(QLatin1String(field)),
                         qPrintable(QStringLiteral("%1 (%2): %3 differs\n%4").arg(QLatin1String(c.english), locale, QLatin1String(field), text)));
            QVERIFY(!localized.value(QStringLiteral("constraint")).toObject().isEmpty());
        }
    }

    void notUnderstood_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("unique violation") << psql(QStringLiteral("INSERT INTO model_rows VALUES (1)")) << QStringLiteral("expected");
        QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("expected");
        QTest::newRow("another database") << QStringLiteral("ERROR:  insert or update on table \"t\" violates foreign key constraint \"nope_fkey\"")
                                          << QStringLiteral("no foreign key nope_fkey");
    }
    void notUnderstood()
    {
        QFETCH(QString, message);
        QFETCH(QString, phrase);
        const Run r = runFkscope({QStringLiteral("explain"), QStringLiteral("--db"), m_db->conninfo(), message});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(QString::fromUtf8(r.err).contains(phrase), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    // MariaDB: 1451 and 1452 as the mysql client prints them (errno, SQLSTATE, the server's text).
    void mysqlErrors()
    {
        MysqlConnection admin(test::mysqlUri(QString()));
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS fk_explain"));
        admin.exec(QStringLiteral("CREATE DATABASE fk_explain"));
        admin.exec(QStringLiteral("USE fk_explain"));
        admin.exec(QStringLiteral("CREATE TABLE p (id INT PRIMARY KEY)"));
        admin.exec(QStringLiteral("CREATE TABLE c (id INT PRIMARY KEY, p INT, CONSTRAINT `c to p` FOREIGN KEY (p) REFERENCES p (id))"));
        admin.exec(QStringLiteral("INSERT INTO p VALUES (1), (2)"));
        admin.exec(QStringLiteral("INSERT INTO c VALUES (1, 1)"));
        auto capture = [&](const QString &sql) {
            try {
                admin.exec(sql);
            } catch (const Error &e) {
                return QStringLiteral("ERROR %1 (%2): %3").arg(e.server().code, e.server().sqlstate, e.server().message);
            }
            return QString();
        };
        const QString e1451 = capture(QStringLiteral("DELETE FROM p WHERE id = 1"));
        const QString e1452 = capture(QStringLiteral("INSERT INTO c VALUES (2, 9)"));
        QVERIFY2(e1451.startsWith(QLatin1String("ERROR 1451")), qPrintable(e1451));
        QVERIFY2(e1452.startsWith(QLatin1String("ERROR 1452")), qPrintable(e1452));
        const QString db = test::mysqlUri(QStringLiteral("fk_explain"));

        QJsonObject r = explain(db, e1451);
        QCOMPARE(r.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("c to p"));
        QCOMPARE(r.value(QStringLiteral("side")).toString(), QStringLiteral("delete"));
        QVERIFY(r.value(QStringLiteral("impact")).isNull()); // MySQL prints no key: the statement is needed
        r = explain(db, e1451, 0, QStringLiteral("DELETE FROM p WHERE id = 1"));
        const QJsonObject impact = r.value(QStringLiteral("impact")).toObject();
        QCOMPARE(impact.value(QStringLiteral("first_error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("1451"));
        QCOMPARE(impact.value(QStringLiteral("first_error")).toObject().value(QStringLiteral("message")).toString(), e1451.section(QStringLiteral("): "), 1));

        r = explain(db, e1452);
        QCOMPARE(r.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("c to p"));
        QCOMPARE(r.value(QStringLiteral("side")).toString(), QStringLiteral("insert"));
        QVERIFY(r.value(QStringLiteral("key")).isNull());
        admin.exec(QStringLiteral("DROP DATABASE fk_explain"));
    }

    // SQLite names no constraint: the statement, simulated, finds it.
    void sqliteError()
    {
        const QString path = m_dir.filePath(QStringLiteral("app.sqlite"));
        QFile(path).open(QIODevice::WriteOnly);
        QString message;
        {
            SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
            c.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE posts (id INTEGER PRIMARY KEY, "
                                  "author INTEGER CONSTRAINT posts_author REFERENCES users (id)); INSERT INTO users VALUES (3); INSERT INTO posts VALUES (1, 3);"
                                  "PRAGMA foreign_keys = ON;"));
            try {
                c.exec(QStringLiteral("DELETE FROM users WHERE id = 3"));
            } catch (const Error &e) {
                message = e.server().message;
            }
        }
        QVERIFY2(message.contains(QLatin1String("FOREIGN KEY constraint failed")), qPrintable(message));
        const Run bare = runFkscope({QStringLiteral("explain"), QStringLiteral("--db"), path, message});
        QCOMPARE(bare.exitCode, 5);
        QVERIFY(bare.err.contains("--statement"));
        const QJsonObject r = explain(path, message, 0, QStringLiteral("DELETE FROM users WHERE id = 3"));
        QCOMPARE(r.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("posts_author"));
        QCOMPARE(r.value(QStringLiteral("impact")).toObject().value(QStringLiteral("first_error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("787"));

        // Rows that violate a key already (written while foreign_keys was off): without the
        // statement, the answer lists them, from SQLite's own foreign_key_check.
        SqliteConnection(path, SqliteConnection::Mode::ReadWrite).exec(QStringLiteral("INSERT INTO posts VALUES (2, 99), (3, 98)"));
        const QJsonObject now = explain(path, message);
        QCOMPARE(now.value(QStringLiteral("constraint")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("posts_author"));
        const QJsonArray violations = now.value(QStringLiteral("violations")).toArray();
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations[0].toObject().value(QStringLiteral("rows")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExplainCommand)
#include "tst_explaincommand.moc"
