// SPDX-License-Identifier: Apache-2.0
// Random foreign-key schemas, data and deletes for differential runs against PostgreSQL, and the
// oracle that runs the real DELETE in a transaction and rolls it back. Used by
// tst_pgimpactdifferential (exactness) and bench_impact --cyclic (time against the real DELETE).
#pragma once

#include "impact/impactresult.h"
#include "schema/foreignkey.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <pqxx/connection>

#include <random>

namespace fkscope::test {

struct RandomFk
{
    int child = 0, parent = 0;
    bool composite = false;
    QString name;
    QStringList columns; // in the child
    FkAction action = FkAction::NoAction;
    bool matchFull = false, notNull = false, deferrable = false, deferred = false, notValid = false;
    bool setColumnSubset = false;
    bool chain = false; // a self reference whose rows form one chain (row n references row n - 1)
    QString defaultSql; // for the single column / first composite column
};

struct RandomCase
{
    QString schema;
    int tables = 0;
    QList<int> rows; // per table
    QList<RandomFk> fks;
    QStringList ddl; // statements, in order
    QString root; // schema.table
    QString where;
};

// Mixed: 2-10 tables, every rule about equally. Cycles: up to `maxTables` tables, mostly CASCADE,
// many self references (some holding long chains of rows), more foreign keys per table.
enum class RandomProfile { Mixed, Cycles };

class RandomSchemaGenerator
{
public:
    explicit RandomSchemaGenerator(quint64 seed, RandomProfile profile = RandomProfile::Mixed, int maxTables = 10);
    RandomCase make(const QString &schema);

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    std::mt19937_64 m_rng;
    RandomProfile m_profile;
    int m_maxTables;
};

// What PostgreSQL did with the case's DELETE (run in a transaction, rolled back).
struct ObservedOutcome
{
    QString outcome; // allowed, blocked, blocked_at_commit
    QString sqlstate, constraint, column, table;
    QString message;
    QHash<QString, qint64> deleted, updated; // per table name (t0, t1, ...)
    qint64 deleteMs = 0; // the DELETE statement alone
};

// Creates the case's schema (its DDL and data) in one committed transaction.
void createCase(pqxx::connection &conn, const RandomCase &c);
void dropCase(pqxx::connection &conn, const RandomCase &c);
ObservedOutcome runReal(pqxx::connection &conn, const RandomCase &c);
// Empty when the prediction matches what PostgreSQL did; otherwise what differs.
QString compareWithReal(const ImpactResult &predicted, const ObservedOutcome &observed, bool *orderDependent);

} // namespace fkscope::test
