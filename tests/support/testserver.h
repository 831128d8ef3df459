// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <pqxx/connection>

#include <optional>


namespace fkscope::test {

// The private PostgreSQL server that scripts/test.sh starts: its conninfo comes in FKSCOPE_TEST_PG.
// A missing variable is a failure, never a skip: database tests always run.
QString serverConninfo();
QString conninfoFor(const QString &database, const QString &extra = QString());

// The streaming hot standby of that server (FKSCOPE_TEST_PG_STANDBY; missing is a failure), and
// a wait until it has replayed everything the primary wrote so far (throws after `timeoutMs`).
QString standbyConninfoFor(const QString &database, const QString &extra = QString());
void waitForStandbyReplay(int timeoutMs = 60000);

// The private MariaDB of scripts/test.sh: its URI comes in FKSCOPE_TEST_MYSQL (a missing variable is
// a failure). This one names `database` (empty: none), and `user` with `password` when given.
QString mysqlUri(const QString &database, const QString &user = QString(), const std::optional<QString> &password = std::nullopt);

// A fresh database, created on construction and dropped (with its connections) on destruction.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &name);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    const QString &name() const { return m_name; }
    QString conninfo(const QString &extra = QString()) const { return conninfoFor(m_name, extra); }
    // Runs SQL text (several statements allowed) as the superuser; throws on error.
    void exec(const QString &sql) const;
    void execFile(const QString &path) const;
    // First column of the first row, as text.
    QString scalar(const QString &sql) const;

private:
    QString m_name;
};

// The databases tests/data/load-datasets.sh made, one per ../shared/datasets entry ("ds_pagila", ...),
// as QTest data rows in column "database" (to be called from a _data() function).
void addDatasetRows();

// Runs SQL on the maintenance database (postgres) as the superuser.
void execAdmin(const QString &sql);
QString readTextFile(const QString &path);
// pg_stat_activity's state of backend `pid` ("active", "idle", ...; empty when it is gone), read
// through `watcher`, another connection.
QString backendState(pqxx::connection &watcher, int pid);

// The fkscope binary run as a user runs it.
struct ProcessRun
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
};
ProcessRun runFkscope(const QStringList &arguments);

} // namespace fkscope::test
