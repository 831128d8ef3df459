// SPDX-License-Identifier: Apache-2.0
// Failures a user meets, against a real server: each gives its kind, one clear sentence and the
// exit code the CLI documents, never a crash.
#include "pg/pgcatalogloader.h"
#include "pg/pgconnection.h"
#include "testserver.h"

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <QElapsedTimer>
#include <QtTest>

#include <thread>

using namespace fkscope;

namespace {

Error loadError(const QString &conninfo, const LoadOptions &options = LoadOptions())
{
    try {
        PgCatalogLoader(conninfo).load(options);
    } catch (const Error &e) {
        return e;
    }
    return Error(ErrorKind::DatabaseError, QStringLiteral("no error was raised"));
}

} // namespace

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // CREATE DATABASE cannot share a multi-statement string (an implicit transaction).
        for (const char *sql : {"DROP DATABASE IF EXISTS fk_closed WITH (FORCE)", "CREATE DATABASE fk_closed",
                                "REVOKE CONNECT ON DATABASE fk_closed FROM PUBLIC",
                                "DROP ROLE IF EXISTS fkscope_pw",
                                "CREATE ROLE fkscope_pw LOGIN PASSWORD 'right-password'",
                                "DROP ROLE IF EXISTS fk_outsider", "CREATE ROLE fk_outsider LOGIN"})
            test::execAdmin(QString::fromUtf8(sql));
    }

    void cleanupTestCase() { test::execAdmin(QStringLiteral("DROP DATABASE IF EXISTS fk_closed WITH (FORCE)")); }

    void connectFailures_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("phrase");
        const QString base = test::serverConninfo();
        QTest::newRow("no server at that socket")
            << QStringLiteral("host=/nonexistent/fkscope port=5999 dbname=x") << ErrorKind::Unreachable
            << QStringLiteral("Cannot reach the PostgreSQL server");
        QTest::newRow("refused on loopback")
            << QStringLiteral("host=127.0.0.1 port=1 dbname=x connect_timeout=5") << ErrorKind::Unreachable
            << QStringLiteral("Connection refused");
        QTest::newRow("wrong password") << base + QStringLiteral(" dbname=postgres user=fkscope_pw password=wrong")
                                        << ErrorKind::AuthenticationFailed
                                        << QStringLiteral("password authentication failed");
        QTest::newRow("unknown role") << base + QStringLiteral(" dbname=postgres user=no_such_role_here")
                                      << ErrorKind::AuthenticationFailed << QStringLiteral("no_such_role_here");
        QTest::newRow("missing database") << base + QStringLiteral(" dbname=no_such_database_here")
                                          << ErrorKind::DatabaseMissing << QStringLiteral("no_such_database_here");
        QTest::newRow("no CONNECT privilege") << base + QStringLiteral(" dbname=fk_closed user=fk_outsider")
                                              << ErrorKind::ConnectNotPermitted
                                              << QStringLiteral("permission denied for database");
        QTest::newRow("malformed conninfo") << QStringLiteral("host=/tmp port=5432 bogus_option=1")
                                            << ErrorKind::ConnectFailed << QStringLiteral("bogus_option");
    }

    void connectFailures()
    {
        QFETCH(QString, conninfo);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, phrase);
        const Error e = loadError(conninfo);
        QCOMPARE(toString(e.kind()), toString(kind));
        QVERIFY2(e.summary().contains(phrase, Qt::CaseInsensitive), qPrintable(e.summary()));
        QVERIFY2(!e.summary().contains(QLatin1Char('\n')), "the summary is one line");
        QCOMPARE(exitCodeFor(e.kind()), 3);
    }

    void rightPasswordWorks()
    {
        const SchemaGraph g =
            PgCatalogLoader(test::conninfoFor(QStringLiteral("postgres"),
                                              QStringLiteral("user=fkscope_pw password=right-password")))
                .load(LoadOptions());
        QCOMPARE(g.source().user, QStringLiteral("fkscope_pw"));
    }

    void statementTimeoutIsReported()
    {
        PgConnection c(test::conninfoFor(QStringLiteral("postgres")));
        CancelToken token;
        try {
            c.run(token, [&] {
                pqxx::nontransaction tx(c.raw());
                tx.exec("SET statement_timeout = 100");
                tx.exec("SELECT pg_sleep(5)");
            });
            QFAIL("expected a timeout");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::Timeout));
            QCOMPARE(e.server().sqlstate, QStringLiteral("57014"));
            QCOMPARE(exitCodeFor(e.kind()), 4);
        }
    }

    void cancelStopsTheServerQuery()
    {
        PgConnection c(test::conninfoFor(QStringLiteral("postgres")));
        CancelToken token;
        std::thread canceller([token] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            token.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        try {
            c.run(token, [&] {
                pqxx::nontransaction tx(c.raw());
                tx.exec("SELECT pg_sleep(30)");
            });
            canceller.join();
            QFAIL("expected a cancellation");
        } catch (const Error &e) {
            canceller.join();
            QCOMPARE(toString(e.kind()), toString(ErrorKind::Cancelled));
        }
        QVERIFY2(timer.elapsed() < 10000, "the server stopped the query long before pg_sleep ended");
        // The connection is still usable after a cancelled statement.
        pqxx::nontransaction tx(c.raw());
        QCOMPARE(tx.exec1("SELECT 1")[0].as<int>(), 1);
    }

    void cancelBeforeAStepStopsTheLoad()
    {
        LoadOptions options;
        options.progress = [&](int done, int, const QString &) {
            if (done == 2)
                options.cancel.cancel();
        };
        const Error e = loadError(test::conninfoFor(QStringLiteral("postgres")), options);
        QCOMPARE(toString(e.kind()), toString(ErrorKind::Cancelled));
    }

    void serverGoneMidwayIsConnectionLost()
    {
        PgConnection c(test::conninfoFor(QStringLiteral("postgres")));
        const int pid = c.backendPid();
        test::execAdmin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        try {
            PgCatalogLoader(c).load(LoadOptions());
            QFAIL("expected the load to fail");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::ConnectionLost));
            QVERIFY2(e.summary().startsWith(QLatin1String("The connection to the server was lost")),
                     qPrintable(e.summary()));
            QCOMPARE(exitCodeFor(e.kind()), 4);
        }
    }

    void serverFieldsAreKept()
    {
        PgConnection c(test::conninfoFor(QStringLiteral("postgres")));
        try {
            c.run(CancelToken(), [&] {
                pqxx::nontransaction tx(c.raw());
                tx.exec("DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the detail', HINT = 'the hint', "
                        "ERRCODE = '22023'; END $$");
            });
            QFAIL("expected an error");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::DatabaseError));
            QCOMPARE(e.server().sqlstate, QStringLiteral("22023"));
            QCOMPARE(e.server().message, QStringLiteral("boom"));
            QCOMPARE(e.server().detail, QStringLiteral("the detail"));
            QCOMPARE(e.server().hint, QStringLiteral("the hint"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
