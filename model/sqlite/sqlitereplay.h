// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "core/error.h"
#include "impact/impactresult.h"
#include "schema/schemagraph.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace fkscope {

class SqliteConnection;

// SQLite's own answer where its order decides: the DELETE replayed by SQLite itself on TEMP copies of
// the rows it can read or write, with foreign keys on, then rolled back. SQLite deletes depth first
// (each row's actions run before the next row goes; the actions of the newest-declared foreign key
// first; rows in rowid or primary-key order) and counts violations per statement with a counter that
// a deleted orphan row can lower; the replay gets all of that, and the trigger depth limit, from the
// engine rather than from a model of it.
//
// The rows copied are a superset of those the statement touches: every row a CASCADE or SET action
// can reach through the original key values or a column's DEFAULT, the rows that reference them
// (checked), and the parent rows their foreign keys look up. Tables are created in the order of the
// file's sqlite_schema, with their indexes, so that the foreign keys reach the same action lists.
// The file itself is never written: the copies live in the connection's TEMP database and are dropped
// afterwards.
class SqliteReplay
{
public:
    struct Counts
    {
        qint64 deleted = 0, setNull = 0, setDefault = 0, updated = 0;
    };
    // What SQLite did.
    struct Verdict
    {
        enum class Kind { NotReplayed, Allowed, Blocked, BlockedAtCommit };
        Kind kind = Kind::NotReplayed;
        QString why; // NotReplayed: one sentence
        QString message; // the error SQLite raised, its words
        QString code; // its extended result code
        // The blockers the run proves: the error's own first (Blocked), then every foreign key left
        // violated at the end of the statement or at COMMIT with its rows.
        struct Proven
        {
            ForeignKeyId fk = kInvalidId;
            BlockerKind kind = BlockerKind::Restrict;
            qint64 rows = 0;
            QString column; // NOT NULL
            QString constraint; // CHECK
        };
        QList<Proven> blockers;
        QHash<TableId, Counts> counts; // Allowed: what the statement changed
    };

    SqliteReplay(SqliteConnection &connection, const SchemaGraph &graph, const QSet<QString> &withoutRowid);
    ~SqliteReplay(); // drops every TEMP object, whatever happened
    SqliteReplay(const SqliteReplay &) = delete;
    SqliteReplay &operator=(const SqliteReplay &) = delete;

    // In the caller's read transaction (foreign keys off): finds the rows and copies them with their
    // tables. `rootFrom`: "FROM main.<root> AS r WHERE ..." with its parameters. False, with `why`,
    // when the replay cannot be exact (an ON UPDATE action would run, more than kMaxRows rows).
    bool copy(TableId root, const QString &rootFrom, const QStringList &params, const CancelToken &cancel, QString &why);
    // After the caller's transaction ended: the DELETE on the copies, rolled back.
    Verdict run(const CancelToken &cancel);
    // "FROM ... WHERE ..." over `alias` (main.<table>): the rows of `table` the replayed DELETE removed.
    QString deletedFrom(TableId table, const QString &alias) const;

    static constexpr qint64 kMaxRows = 2'000'000;

private:
    QString universe(TableId t) const;
    QStringList key(TableId t, const QString &alias) const;
    QString keyJoin(const QString &universeAlias, TableId t, const QString &alias) const;
    QString keyText(TableId t, const QString &alias) const;
    // Adds the rows `selectKeys` gives to the table's row set: 'd' may be deleted (first reached at
    // `round`), 's' may be updated, 'r' read. Returns the rows added or flagged so far.
    qint64 mark(TableId t, const QString &selectKeys, char how, int round);
    qint64 scalar(const QString &sql);
    void exec(const QString &sql, const QStringList &params = {});
    QList<ForeignKeyId> setActions(TableId t) const;
    QString defaulted(const ForeignKey &fk, int column, const QList<ForeignKeyId> &setDefaults, const QString &alias) const;
    ForeignKeyId foreignKeyFor(const QString &table, int pragmaId);
    // How many rows each foreign key of the copies finds violated: (table, pragma id) -> rows.
    using Violations = QHash<QPair<QString, int>, qint64>;
    Violations violations();
    // Per foreign key the rows the run updated (`updated`: "table:key") re-check: the rows that now
    // reference no row. SQLite re-checks on update the keys whose columns change and a key to the
    // row's own table always, an orphan too, even when the values stay the same.
    QHash<ForeignKeyId, qint64> touchedViolations(const QSet<QString> &updated);
    // The DELETE on the copies once more with TEMP triggers that feed `trace` (the deletes in flight,
    // the rows deleted and updated), every check deferred if asked; `whenDone` runs on the end state
    // before the rollback. Returns SQLite's error, empty when the statement succeeded.
    QString tracedRun(void *trace, bool deferChecks, const std::function<void()> &whenDone);
    // The foreign keys the DELETE leaves violated at its end, from a traced run (every check deferred
    // if asked; only the deferred keys if asked).
    QList<Verdict::Proven> violatedAtEnd(bool deferChecks, bool deferredOnly);
    // The foreign keys the statement left violated: more rows violating them than before, or the
    // touched violations above.
    QList<Verdict::Proven> leftViolated(const Violations &before, const Violations &after, const QHash<ForeignKeyId, qint64> &touched,
                                        bool deferredOnly);
    bool attribute(Verdict &v, const CancelToken &cancel);
    QString deleteStatement() const;
    void rollback(); // the run's transaction, if SQLite has not ended it already
    Counts countsOf(TableId t);

    SqliteConnection &m_c;
    const SchemaGraph &m_g;
    QSet<QString> m_withoutRowid;
    TableId m_root = kInvalidId;
    QSet<TableId> m_program; // tables the DELETE program deletes from
    QList<TableId> m_tables; // in the universe, by id
    QList<TableId> m_created; // TEMP copies, in sqlite_schema order
    qint64 m_rows = 0;
    QStringList m_params; // bound to the statement mark() runs (the root's predicate)
    bool m_foreignKeysOn = false; // turned on for the run: off again at the end
    bool m_inRun = false; // a transaction of the run is open
};

} // namespace fkscope
