// SPDX-License-Identifier: Apache-2.0
// Faults in the middle of the work, as production has them, each against a real server:
// - SIGINT / SIGTERM during a CLI run (PostgreSQL and MariaDB): the query is cancelled on the server,
//   a verification's transaction is gone with its locks, the exit code is the shell's 128 + signal,
//   and an interrupted `render -o` or `diff --check-data -o` leaves no file;
// - a full disk (a file size limit) when writing -o files: one line, exit 5, no file at all (Qt's
//   buffered QSaveFile used to rename a truncated file into place);
// - the server restarted (a private PostgreSQL this test starts, so it can restart it) during a
//   simulation and a verification from the CLI, and during the window's row page, simulation and
//   verification: one clear sentence each, the window stays usable and works
//   again once the server is back, and nothing is left running or locked.
#include "canvas/schemascene.h"
#include "impact/impactpanel.h"
#include "impact/rowpagemodel.h"
#include "mainwindow.h"
#include "mysql/mysqlconnection.h"
#include "source/mysqluri.h"
#include "biggraph.h"
#include "snapshot/snapshot.h"
#include "testserver.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>

using namespace fkscope;

namespace {

QString script() { return QStringLiteral(FKSCOPE_SOURCE_DIR "/scripts/pg-temp.sh"); }

QString runScript(const QStringList &arguments, const QByteArray &port = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!port.isEmpty())
        env.insert(QStringLiteral("PGTEMP_PORT"), QString::fromLatin1(port));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), QStringList{script()} + arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        throw std::runtime_error("pg-temp.sh " + arguments.join(u' ').toStdString() + " failed: " + p.readAllStandardError().toStdString());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A PostgreSQL of this test's own, so that it can be restarted without disturbing the other tests.
class PrivateServer
{
public:
    PrivateServer()
    {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/fkscope-faults.XXXXXX"));
        dir.setAutoRemove(false); // pg-temp.sh stop removes it
        m_dir = dir.path();
        m_conninfo = runScript({QStringLiteral("start"), m_dir}, "54361");
    }
    ~PrivateServer()
    {
        try {
            runScript({QStringLiteral("stop"), m_dir});
        } catch (const std::exception &e) {
            qWarning("%s", e.what());
        }
    }
    QString conninfo(const QString &database) const { return m_conninfo + QStringLiteral(" dbname=") + database; }
    QString socketPath() const { return m_dir + QStringLiteral("/.s.PGSQL.54361"); }
    void restart() const { runScript({QStringLiteral("restart"), m_dir}); }
    QString scalar(const QString &database, const QString &sql) const
    {
        pqxx::connection c(conninfo(database).toStdString());
        pqxx::nontransaction tx(c);
        const pqxx::result r = tx.exec(sql.toStdString());
        return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
    }
    void exec(const QString &database, const QString &sql) const { scalar(database, sql); }

private:
    QString m_dir, m_conninfo;
};

// Client sessions other than the caller's that are running a statement, are in a transaction, or
// hold a lock on `table`: "active/in transaction/locks".
QString leftovers(const PrivateServer &server, const QString &table)
{
    return server.scalar(QStringLiteral("fk_faults"), QStringLiteral(
        "SELECT (SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend' "
        "AND state = 'active') || '/' || (SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND "
        "backend_type = 'client backend' AND xact_start IS NOT NULL) || '/' || (SELECT count(*) FROM pg_locks l JOIN pg_class c "
        "ON c.oid = l.relation WHERE l.pid <> pg_backend_pid() AND c.relname = '%1')").arg(table));
}

// Waits until a session other than the caller's runs a statement containing `text`.
bool waitForStatement(const std::function<QString(const QString &)> &count, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (count(text).toInt() > 0)
            return true;
        QTest::qWait(50);
    }
    return false;
}

// fkscope started in the background, as a user starts it in a terminal.
struct Background
{
    QProcess process;
    explicit Background(const QStringList &arguments, const QString &shellPrefix = QString())
    {
        if (shellPrefix.isEmpty()) {
            process.start(QStringLiteral(FKSCOPE_BINARY), arguments);
        } else {
            // A shell sets a limit, then becomes fkscope (exec), so the limit applies to it alone.
            process.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), shellPrefix + QStringLiteral("; exec \"$0\" \"$@\""),
                                                                 QStringLiteral(FKSCOPE_BINARY)} + arguments);
        }
        process.waitForStarted();
    }
    void signal(int sig) { ::kill(static_cast<pid_t>(process.processId()), sig); }
    int finish(int ms = 20000)
    {
        // waitForFinished() says false for a process that has finished already.
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(ms)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    // stderr without Qt's note about the test environment (no XDG_RUNTIME_DIR)
    QStringList errorLines()
    {
        QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
        return lines;
    }
};

// A TCP port in front of the server's unix socket, the network between fkscope and its server. While
// it passes data it forwards both ways; silenced, it keeps every connection open and passes nothing,
// as a network that drops packets or a stuck proxy does (the kernel still acknowledges, so TCP
// keepalives see nothing wrong). Told to hold answers after a text, it stops passing the server's
// answers on a connection once the client has sent that text there: the client waits in the middle
// of its work, for as long as the test needs.
class SilenceableProxy : public QObject
{
public:
    explicit SilenceableProxy(const QString &socketPath)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this, socketPath] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *server = new QLocalSocket(client);
                server->connectToServer(socketPath);
                auto sent = std::make_shared<QByteArray>(); // the client's latest bytes, to find the text in
                auto held = std::make_shared<bool>(false);
                connect(client, &QTcpSocket::readyRead, server, [=] {
                    if (m_silent)
                        return;
                    const QByteArray data = client->readAll();
                    server->write(data);
                    if (!m_holdAfter.isEmpty() && !*held) {
                        *sent = sent->right(m_holdAfter.size()) + data;
                        if (sent->contains(m_holdAfter)) {
                            *held = true;
                            ++m_held;
                        }
                    }
                });
                connect(server, &QLocalSocket::readyRead, client, [=] {
                    if (!m_silent && !*held)
                        client->write(server->readAll());
                });
                connect(server, &QLocalSocket::disconnected, client, [client] { client->disconnectFromHost(); });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QString conninfo(const QString &database) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2").arg(port()).arg(database);
    }
    void silence() { m_silent = true; }
    void holdAnswersAfter(const QByteArray &text) { m_holdAfter = text; }
    int heldConnections() const { return m_held; }

private:
    QTcpServer m_server;
    bool m_silent = false;
    QByteArray m_holdAfter;
    int m_held = 0;
};

// How many MariaDB sessions other than the caller's run a statement containing `text`.
QString mariaDbRunning(MysqlConnection &admin, const QString &text)
{
    return admin.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() "
                                       "AND INFO LIKE '%%%1%%'").arg(text)).toString();
}

// The proxy goes silent under a running `run` (--timeout 3): fkscope gives up 5 s after the statement
// timeout, with one line that says so (the proxy lives on this thread's event loop, kept turning).
void expectGivenUp(Background &run, SilenceableProxy &proxy)
{
    proxy.silence();
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.process.state() == QProcess::NotRunning, 30000);
    const int code = run.finish();
    const QStringList lines = run.errorLines();
    QVERIFY2(code == 4, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(lines.join(u'\n'))));
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(lines.last().contains(QLatin1String("The server sent nothing for 8 s")), qPrintable(lines.join(u'\n')));
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PrivateServer> m_server;
    QTemporaryDir m_out;

    QString activeCount(const QString &text) const
    {
        return m_server->scalar(QStringLiteral("fk_faults"),
                                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() "
                                               "AND query LIKE '%%%1%%' AND query NOT LIKE '%%pg_stat_activity%%'").arg(text));
    }
    // The server is restarted while it runs a statement containing `text`.
    void restartDuring(const QString &text)
    {
        QVERIFY2(waitForStatement([this](const QString &t) { return activeCount(t); }, text), qPrintable(text));
        m_server->restart();
    }
    QStringList outputFiles() const { return QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("fkscope-tests"));
        m_server = std::make_unique<PrivateServer>();
        m_server->exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE fk_faults"));
        pqxx::connection c(m_server->conninfo(QStringLiteral("fk_faults")).toStdString());
        pqxx::nontransaction tx(c);
        tx.exec(test::readTextFile(QStringLiteral(FKSCOPE_SOURCE_DIR "/resources/demo/demo.sql")).toStdString());
        // The verification fires triggers; this one makes it slow enough to be interrupted.
        tx.exec("CREATE FUNCTION slow_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(60); "
                "RETURN OLD; END $$;"
                "CREATE TRIGGER slow_delete BEFORE DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION slow_delete();"
                "ANALYZE");
    }

    void cleanupTestCase() { m_server.reset(); }

    void signalsDuringACliRun_data()
    {
        QTest::addColumn<int>("sig");
        QTest::addColumn<bool>("verify");
        QTest::newRow("SIGINT, simulation") << int(SIGINT) << false;
        QTest::newRow("SIGTERM, simulation") << int(SIGTERM) << false;
        QTest::newRow("SIGTERM, verification") << int(SIGTERM) << true;
    }

    void signalsDuringACliRun()
    {
        QFETCH(int, sig);
        QFETCH(bool, verify);
        const QString where = verify ? QStringLiteral("id = 7") : QStringLiteral("id = 7 AND pg_sleep(60) IS NOT NULL");
        QStringList arguments{QStringLiteral("impact"), QStringLiteral("--db"), m_server->conninfo(QStringLiteral("fk_faults")),
                              QStringLiteral("--table"), QStringLiteral("sessions"), QStringLiteral("--where"), where};
        if (verify)
            arguments << QStringLiteral("--verify");
        Background run(arguments);
        QElapsedTimer timer;
        timer.start();
        // The verification's DELETE waits in the table's trigger.
        QVERIFY(waitForStatement([this](const QString &t) { return activeCount(t); },
                                 verify ? QStringLiteral("DELETE FROM") : QStringLiteral("pg_sleep(60)")));
        run.signal(sig);
        QCOMPARE(run.finish(), 128 + sig);
        QVERIFY(timer.elapsed() < 15000);
        const QStringList lines = run.errorLines();
        QVERIFY2(lines.last().contains(QLatin1String("cancelled")), qPrintable(lines.join(u'\n')));
        // Gone on the server: no statement, no transaction, no lock; the rows are all there.
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(*m_server, QStringLiteral("sessions")), QStringLiteral("0/0/0"), 5000);
        QCOMPARE(m_server->scalar(QStringLiteral("fk_faults"), QStringLiteral("SELECT count(*) FROM sessions WHERE id = 7")),
                 QStringLiteral("1"));
    }

    void aSignalOnMariaDbKillsTheQuery()
    {
        MysqlConnection admin(test::mysqlUri(QString()));
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS fk_faults"));
        admin.exec(QStringLiteral("CREATE DATABASE fk_faults"));
        admin.exec(QStringLiteral("CREATE TABLE fk_faults.p (id INT PRIMARY KEY)"));
        admin.exec(QStringLiteral("CREATE TABLE fk_faults.c (id INT PRIMARY KEY, p INT, FOREIGN KEY (p) REFERENCES fk_faults.p (id))"));
        admin.exec(QStringLiteral("INSERT INTO fk_faults.p VALUES (1), (2)"));
        const auto running = [&admin](const QString &text) { return mariaDbRunning(admin, text); };
        Background run({QStringLiteral("impact"), QStringLiteral("--db"), test::mysqlUri(QStringLiteral("fk_faults")), QStringLiteral("--table"),
                        QStringLiteral("p"), QStringLiteral("--where"), QStringLiteral("id = 1 AND SLEEP(60) = 0")});
        QVERIFY(waitForStatement(running, QStringLiteral("SLEEP(60)")));
        run.signal(SIGINT);
        QCOMPARE(run.finish(), 128 + SIGINT);
        QVERIFY2(run.errorLines().last().contains(QLatin1String("cancelled")), "no cancel message");
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("SLEEP(60)")), QStringLiteral("0"), 5000);
        admin.exec(QStringLiteral("DROP DATABASE fk_faults"));
    }

    // `diff --check-data` interrupted while it counts the rows a new foreign key would reject (the
    // count waits for a lock the test holds): the count is cancelled on the server, the exit code is
    // 128 + signal, and the -o report is not written.
    void anInterruptedCheckDataWritesNothing_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void anInterruptedCheckDataWritesNothing()
    {
        QFETCH(int, sig);
        QDir out(m_out.path());
        QVERIFY(out.mkpath(QStringLiteral("checkdata")));
        const QString migration = m_out.filePath(QStringLiteral("checkdata-0042.sql"));
        QFile file(migration);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("ALTER TABLE sessions ADD CONSTRAINT sessions_user_again FOREIGN KEY (user_id) REFERENCES users (id);\n");
        file.close();
        const QString target = m_out.filePath(QStringLiteral("checkdata/review.md"));
        pqxx::connection locker(m_server->conninfo(QStringLiteral("fk_faults")).toStdString());
        auto lock = std::make_unique<pqxx::work>(locker);
        lock->exec("LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE");
        Background run({QStringLiteral("diff"), QStringLiteral("--from"), m_server->conninfo(QStringLiteral("fk_faults")),
                        QStringLiteral("--apply"), migration, QStringLiteral("--check-data"), QStringLiteral("--markdown"),
                        QStringLiteral("-o"), target});
        QVERIFY(waitForStatement([this](const QString &t) { return activeCount(t); }, QStringLiteral("fkscope_total")));
        run.signal(sig);
        QCOMPARE(run.finish(), 128 + sig);
        const QStringList lines = run.errorLines();
        QVERIFY2(!lines.isEmpty() && lines.last().contains(QLatin1String("cancelled")), qPrintable(lines.join(u'\n')));
        QTRY_COMPARE_WITH_TIMEOUT(activeCount(QStringLiteral("fkscope_total")), QStringLiteral("0"), 5000);
        lock->abort();
        lock.reset();
        locker.disconnect();
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(*m_server, QStringLiteral("sessions")), QStringLiteral("0/0/0"), 5000);
        QCOMPARE(QDir(m_out.filePath(QStringLiteral("checkdata"))).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A render of 10,000 tables interrupted while it lays them out (Graphviz has no cancel point: the
    // process ends 5 s after the signal): no picture and no temporary file.
    void anInterruptedRenderWritesNothing()
    {
        const QString snapshot = m_out.filePath(QStringLiteral("hub-10000.json"));
        snapshot::writeFile(test::hubSchema(), snapshot);
        QDir out(m_out.path());
        QVERIFY(out.mkpath(QStringLiteral("render")));
        const QString target = m_out.filePath(QStringLiteral("render/graph.svg")); // everything: no folding
        Background run({QStringLiteral("render"), QStringLiteral("--db"), snapshot,
                        QStringLiteral("-o"), target});
        QTest::qWait(700);
        run.signal(SIGTERM);
        QCOMPARE(run.finish(), 128 + SIGTERM);
        QCOMPARE(QDir(m_out.filePath(QStringLiteral("render"))).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A file size limit stands in for a full disk: the write stops part-way.
    void aFullDiskLeavesNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        const QString demo = QStringLiteral("demo");
        QTest::newRow("render png") << QStringList{QStringLiteral("render"), QStringLiteral("--db"), demo} << QStringLiteral("graph.png");
        QTest::newRow("render svg") << QStringList{QStringLiteral("render"), QStringLiteral("--db"), demo} << QStringLiteral("graph.svg");
        QTest::newRow("render dot") << QStringList{QStringLiteral("render"), QStringLiteral("--db"), demo} << QStringLiteral("graph.dot");
        QTest::newRow("snapshot") << QStringList{QStringLiteral("schema"), QStringLiteral("--db"), demo} << QStringLiteral("demo.json");
        QTest::newRow("lint") << QStringList{QStringLiteral("lint"), QStringLiteral("--db"), demo, QStringLiteral("--json"),
                                             QStringLiteral("--fail-on"), QStringLiteral("error")}
                              << QStringLiteral("lint.json");
        QTest::newRow("plan") << QStringList{QStringLiteral("plan"), QStringLiteral("--db"), demo, QStringLiteral("--table"),
                                             QStringLiteral("accounts"), QStringLiteral("--where"), QStringLiteral("true")}
                              << QStringLiteral("plan.sql");
    }

    void aFullDiskLeavesNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QDir out(m_out.path());
        QVERIFY(out.mkpath(QStringLiteral("full")));
        const QString target = m_out.filePath(QStringLiteral("full/") + file);
        // 2 KB (ulimit counts 1,024-byte blocks in bash and 512-byte ones in dash: either is too small);
        // SIGXFSZ ignored, as a full disk sends none: the write fails with EFBIG instead.
        Background run(arguments + QStringList{QStringLiteral("-o"), target}, QStringLiteral("ulimit -f 2; trap '' XFSZ"));
        QCOMPARE(run.finish(), 5);
        const QStringList lines = run.errorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QLatin1String("Cannot write ") + target + QLatin1String(": File too large")), qPrintable(lines.first()));
        QCOMPARE(QDir(m_out.filePath(QStringLiteral("full"))).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void serverRestartDuringACliRun_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("statement");
        // The catalog load has a test of its own (serverRestartDuringACatalogLoad): holding a catalog's
        // lock to keep a load waiting also blocks new connections that must rebuild the relation cache
        // (seen in CI: the test's own connections hung), so a proxy holds the load's answer instead.
        QTest::newRow("simulation") << QStringList{QStringLiteral("impact"), QStringLiteral("--table"), QStringLiteral("users"),
                                                   QStringLiteral("--where"), QStringLiteral("id = 3 AND pg_sleep(60) IS NOT NULL")}
                                    << QStringLiteral("pg_sleep(60)");
        QTest::newRow("verification") << QStringList{QStringLiteral("impact"), QStringLiteral("--table"), QStringLiteral("sessions"),
                                                     QStringLiteral("--where"), QStringLiteral("id = 9"), QStringLiteral("--verify")}
                                      << QStringLiteral("DELETE FROM");
    }

    void serverRestartDuringACliRun()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, statement);
        Background run(QStringList{arguments.first(), QStringLiteral("--db"), m_server->conninfo(QStringLiteral("fk_faults"))}
                       + arguments.mid(1));
        restartDuring(statement);
        QCOMPARE(run.finish(), 4);
        const QStringList lines = run.errorLines();
        QVERIFY2(lines.last().contains(QLatin1String("The connection to the server was lost: the server closed it")),
                 qPrintable(lines.join(u'\n')));
        QCOMPARE(leftovers(*m_server, QStringLiteral("sessions")), QStringLiteral("0/0/0"));
        QCOMPARE(m_server->scalar(QStringLiteral("fk_faults"), QStringLiteral("SELECT count(*) FROM sessions WHERE id = 9")),
                 QStringLiteral("1"));
        // The next run works.
        const test::ProcessRun again = test::runFkscope({QStringLiteral("schema"), QStringLiteral("--db"),
                                                         m_server->conninfo(QStringLiteral("fk_faults")), QStringLiteral("--summary")});
        QCOMPARE(again.exitCode, 0);
    }

    // The server restarts while fkscope reads its catalog: the proxy holds the answer to the
    // columns query, so the restart comes in the middle of the load, whatever the machine's speed.
    // One line, exit 4, no session left, and the next load works.
    void serverRestartDuringACatalogLoad()
    {
        SilenceableProxy proxy(m_server->socketPath());
        proxy.holdAnswersAfter("pg_collation");
        Background run({QStringLiteral("schema"), QStringLiteral("--db"), proxy.conninfo(QStringLiteral("fk_faults")),
                        QStringLiteral("--summary")});
        QTRY_VERIFY_WITH_TIMEOUT(proxy.heldConnections() > 0, 20000);
        m_server->restart();
        QTRY_VERIFY_WITH_TIMEOUT(run.process.state() == QProcess::NotRunning, 20000);
        QCOMPARE(run.finish(), 4);
        const QStringList lines = run.errorLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.last().contains(QLatin1String("The connection to the server was lost: the server closed it")),
                 qPrintable(lines.join(u'\n')));
        QCOMPARE(leftovers(*m_server, QStringLiteral("users")), QStringLiteral("0/0/0"));
        const test::ProcessRun again = test::runFkscope({QStringLiteral("schema"), QStringLiteral("--db"),
                                                         m_server->conninfo(QStringLiteral("fk_faults")), QStringLiteral("--summary")});
        QCOMPARE(again.exitCode, 0);
    }

    // The same in the window: one message box that says so, and the window opens the source again.
    void serverRestartDuringAWindowLoad()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        SilenceableProxy proxy(m_server->socketPath());
        proxy.holdAnswersAfter("pg_collation");
        // The box is modal: a timer, turning in its event loop, reads and closes it.
        QStringList boxes;
        QTimer closer;
        closer.setInterval(50);
        connect(&closer, &QTimer::timeout, this, [&boxes] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                boxes << box->text();
                box->done(QMessageBox::Ok);
            }
        });
        closer.start();
        window.openSource(proxy.conninfo(QStringLiteral("fk_faults")));
        QTRY_VERIFY_WITH_TIMEOUT(proxy.heldConnections() > 0, 20000);
        m_server->restart();
        QTRY_VERIFY_WITH_TIMEOUT(!boxes.isEmpty(), 20000);
        QVERIFY2(boxes.first().contains(QLatin1String("The connection to the server was lost: the server closed it")),
                 qPrintable(boxes.first()));
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(m_server->conninfo(QStringLiteral("fk_faults")));
        QVERIFY(ready.wait(30000));
        QCOMPARE(boxes.size(), 1);
        QVERIFY(window.scene()->graph().findTable(QStringLiteral("public"), QStringLiteral("users")) != kInvalidId);
        QVERIFY(window.isVisible());
    }

    // The network goes silent while a simulation waits for its answer: the server cancels the
    // statement at its timeout, but the answer never arrives; fkscope stops waiting 5 s later.
    void aSilentNetworkEndsAtTheTimeout()
    {
        SilenceableProxy proxy(m_server->socketPath());
        QVERIFY(proxy.port() != 0);
        const QString conninfo = proxy.conninfo(QStringLiteral("fk_faults"));
        Background run({QStringLiteral("impact"), QStringLiteral("--db"), conninfo, QStringLiteral("--timeout"), QStringLiteral("3"),
                        QStringLiteral("--table"), QStringLiteral("users"), QStringLiteral("--where"),
                        QStringLiteral("id = 3 AND pg_sleep(60) IS NOT NULL")});
        QVERIFY(waitForStatement([this](const QString &t) { return activeCount(t); }, QStringLiteral("pg_sleep(60)")));
        expectGivenUp(run, proxy);
        QTRY_COMPARE_WITH_TIMEOUT(activeCount(QStringLiteral("pg_sleep(60)")), QStringLiteral("0"), 5000);
    }

    // The same on MariaDB: max_statement_time stops the query, its answer does not come through.
    void aSilentNetworkEndsAtTheTimeoutOnMariaDb()
    {
        MysqlConnection admin(test::mysqlUri(QString()));
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS fk_faults_net"));
        admin.exec(QStringLiteral("CREATE DATABASE fk_faults_net"));
        admin.exec(QStringLiteral("CREATE TABLE fk_faults_net.p (id INT PRIMARY KEY)"));
        admin.exec(QStringLiteral("INSERT INTO fk_faults_net.p VALUES (1), (2)"));
        SilenceableProxy proxy(MysqlUri::parse(test::mysqlUri(QString())).socket);
        const QString uri = QStringLiteral("mariadb://%1@127.0.0.1:%2/fk_faults_net")
                                .arg(MysqlUri::parse(test::mysqlUri(QString())).user).arg(proxy.port());
        Background run({QStringLiteral("impact"), QStringLiteral("--db"), uri, QStringLiteral("--timeout"), QStringLiteral("3"),
                        QStringLiteral("--table"), QStringLiteral("p"), QStringLiteral("--where"), QStringLiteral("id = 1 AND SLEEP(60) = 0")});
        const auto running = [&admin](const QString &text) { return mariaDbRunning(admin, text); };
        QVERIFY(waitForStatement(running, QStringLiteral("SLEEP(60)")));
        expectGivenUp(run, proxy);
        admin.exec(QStringLiteral("DROP DATABASE fk_faults_net"));
    }

    // The window through three restarts: row page, simulation, verification.
    void serverRestartsUnderTheWindow()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        const QString conninfo = m_server->conninfo(QStringLiteral("fk_faults"));
        QVERIFY(window.isVisible());
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(conninfo);
        QVERIFY(ready.wait(30000));

        ImpactPanel *panel = window.impactPanel();
        const TableId users = window.scene()->graph().findTable(QStringLiteral("public"), QStringLiteral("users"));
        const TableId sessions = window.scene()->graph().findTable(QStringLiteral("public"), QStringLiteral("sessions"));
        {
            pqxx::connection locker(conninfo.toStdString());
            pqxx::work lockTx(locker);
            lockTx.exec("LOCK TABLE public.users IN ACCESS EXCLUSIVE MODE");
            QSignalSpy rowsFailed(panel, &ImpactPanel::rowsFailed);
            window.openImpactFor(users);
            QVERIFY(waitForStatement([this](const QString &) {
                return m_server->scalar(QStringLiteral("fk_faults"), QStringLiteral(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()"));
            }, QString()));
            m_server->restart();
            QVERIFY(rowsFailed.wait(20000));
            QVERIFY2(rowsFailed.first().first().toString().contains(QLatin1String("connection to the server was lost")),
                     qPrintable(rowsFailed.first().first().toString()));
        }
        QSignalSpy rows(panel, &ImpactPanel::rowsLoaded);
        window.openImpactFor(users);
        QVERIFY(rows.wait(20000));
        QCOMPARE(panel->rowModel()->rowCount(), 100);

        QSignalSpy failed(panel, &ImpactPanel::simulationFailed);
        panel->setWhere(QStringLiteral("id = 3 AND pg_sleep(60) IS NOT NULL"));
        panel->simulate();
        restartDuring(QStringLiteral("pg_sleep(60)"));
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("connection to the server was lost")),
                 qPrintable(failed.first().first().toString()));

        // The verification's transaction dies with the server; the rows stay.
        window.openImpactFor(sessions);
        panel->setWhere(QStringLiteral("id = 11"));
        QSignalSpy shown(panel, &ImpactPanel::resultShown);
        panel->simulate();
        QVERIFY(shown.wait(30000));
        failed.clear();
        panel->runVerification();
        restartDuring(QStringLiteral("DELETE FROM"));
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().startsWith(QLatin1String("The verification did not finish")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(leftovers(*m_server, QStringLiteral("sessions")), QStringLiteral("0/0/0"));
        QCOMPARE(m_server->scalar(QStringLiteral("fk_faults"), QStringLiteral("SELECT count(*) FROM sessions WHERE id = 11")),
                 QStringLiteral("1"));

        // And everything works again.
        panel->setWhere(QStringLiteral("id = 12"));
        shown.clear();
        panel->simulate();
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.first().first().value<ImpactResult>().rootRows, 1);
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
