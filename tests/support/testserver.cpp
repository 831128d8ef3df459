// SPDX-License-Identifier: Apache-2.0
#include "testserver.h"

#include "source/mysqluri.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <QFile>
#include <QProcess>
#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <stdexcept>

namespace fkscope::test {

QString serverConninfo()
{
    const QByteArray value = qgetenv("FKSCOPE_TEST_PG");
    if (value.isEmpty())
        throw std::runtime_error("FKSCOPE_TEST_PG is not set: run the tests through scripts/test.sh, which "
                                 "starts a private PostgreSQL server and sets it");
    return QString::fromUtf8(value);
}

QString conninfoFor(const QString &database, const QString &extra)
{
    QString info = serverConninfo() + QStringLiteral(" dbname=") + database;
    if (!extra.isEmpty())
        info += QLatin1Char(' ') + extra;
    return info;
}

QString standbyConninfoFor(const QString &database, const QString &extra)
{
    const QByteArray value = qgetenv("FKSCOPE_TEST_PG_STANDBY");
    if (value.isEmpty())
        throw std::runtime_error("FKSCOPE_TEST_PG_STANDBY is not set: run the tests through scripts/test.sh, which "
                                 "starts a hot standby of its private PostgreSQL server and sets it");
    QString info = QString::fromUtf8(value) + QStringLiteral(" dbname=") + database;
    if (!extra.isEmpty())
        info += QLatin1Char(' ') + extra;
    return info;
}

void waitForStandbyReplay(int timeoutMs)
{
    std::string lsn;
    {
        pqxx::connection primary(conninfoFor(QStringLiteral("postgres")).toStdString());
        pqxx::nontransaction tx(primary);
        lsn = tx.exec("SELECT pg_catalog.pg_current_wal_lsn()::text")[0][0].c_str();
    }
    pqxx::connection standby(standbyConninfoFor(QStringLiteral("postgres")).toStdString());
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        pqxx::nontransaction tx(standby);
        if (tx.exec_params("SELECT pg_catalog.pg_last_wal_replay_lsn() >= $1::pg_lsn", lsn)[0][0].as<bool>())
            return;
        if (timer.elapsed() > timeoutMs)
            throw std::runtime_error("the hot standby did not replay the primary's WAL in time");
        QThread::msleep(50);
    }
}

QString mysqlUri(const QString &database, const QString &user, const std::optional<QString> &password)
{
    const QString base = qEnvironmentVariable("FKSCOPE_TEST_MYSQL");
    if (base.isEmpty())
        throw std::runtime_error("FKSCOPE_TEST_MYSQL is not set: run the tests through scripts/test.sh, which "
                                 "starts a private MariaDB server and sets it");
    MysqlUri uri = MysqlUri::parse(base);
    uri.database = database;
    if (!user.isEmpty())
        uri.user = user;
    QString text = uri.display();
    if (password)
        text.replace(QStringLiteral("://%1@").arg(uri.user), QStringLiteral("://%1:%2@").arg(uri.user, *password));
    return text;
}

namespace {

void execOn(const QString &conninfo, const QString &sql)
{
    pqxx::connection c(conninfo.toStdString());
    pqxx::nontransaction tx(c);
    tx.exec(sql.toStdString());
}

} // namespace

void addDatasetRows()
{
    QTest::addColumn<QString>("database");
    const QDir dir(QStringLiteral(FKSCOPE_DATASETS_DIR));
    QVERIFY2(dir.exists(), "the shared datasets directory is missing");
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(dir.filePath(name + QStringLiteral("/schema.sql"))))
            QTest::newRow(qPrintable(name)) << QStringLiteral("ds_") + QString(name).replace(u'-', u'_');
    }
}

void execAdmin(const QString &sql) { execOn(conninfoFor(QStringLiteral("postgres")), sql); }

QString backendState(pqxx::connection &watcher, int pid)
{
    pqxx::nontransaction tx(watcher);
    const pqxx::result r = tx.exec_params("SELECT state FROM pg_catalog.pg_stat_activity WHERE pid = $1", pid);
    return r.empty() || r[0][0].is_null() ? QString() : QString::fromUtf8(r[0][0].c_str());
}

QString readTextFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return QString::fromUtf8(f.readAll());
}

ProcessRun runFkscope(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(FKSCOPE_BINARY), arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

ScratchDatabase::ScratchDatabase(const QString &name)
    : m_name(name)
{
    execAdmin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    execAdmin(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
}

ScratchDatabase::~ScratchDatabase()
{
    try {
        execAdmin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
    } catch (const std::exception &e) {
        qWarning("could not drop scratch database %s: %s", qPrintable(m_name), e.what());
    }
}

void ScratchDatabase::exec(const QString &sql) const { execOn(conninfo(), sql); }

void ScratchDatabase::execFile(const QString &path) const { exec(readTextFile(path)); }

QString ScratchDatabase::scalar(const QString &sql) const
{
    pqxx::connection c(conninfo().toStdString());
    pqxx::nontransaction tx(c);
    const pqxx::result r = tx.exec(sql.toStdString());
    if (r.empty() || r[0][0].is_null())
        return QString();
    return QString::fromUtf8(r[0][0].c_str());
}

} // namespace fkscope::test
