// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/table.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fkscope {

enum class ImpactOutcome { Allowed, Blocked, BlockedAtCommit };

enum class BlockerKind {
    Restrict, // ON DELETE RESTRICT: a referencing row still exists when the check runs
    NoAction, // ON DELETE NO ACTION, checked at the end of the statement
    DeferredNoAction, // NO ACTION, INITIALLY DEFERRED: fails at COMMIT
    NotNull, // SET NULL / SET DEFAULT (to NULL) on a NOT NULL column
    Check, // the nulled / defaulted row fails a CHECK constraint
    SetDefaultMissingParent, // SET DEFAULT to a key that has no (remaining) parent row
    // A row that two SET actions update is re-checked against its other foreign keys (PostgreSQL
    // re-checks rows this transaction already changed); one of them references a row gone by then.
    ForeignKeyRecheck,
    // SQLite: a foreign key whose parent columns are not its parent's PRIMARY KEY or a UNIQUE index
    // ("foreign key mismatch"); any statement that must check it fails before touching a row.
    ForeignKeyMismatch,
    // MySQL/MariaDB (InnoDB): a CASCADE or SET NULL action nested 15 levels deep; InnoDB allows 14.
    CascadeTooDeep,
};

QString toString(ImpactOutcome outcome);
QString toString(BlockerKind kind);

struct ImpactEffect
{
    TableRef table;
    qint64 deleted = 0;
    qint64 setNull = 0;
    qint64 setDefault = 0;
    qint64 updated = 0; // distinct rows set NULL or to DEFAULT (a row can be both, by two FKs)
    // FK paths from the root table, as constraint names; each path ends at this table.
    QList<QStringList> paths;
    QByteArray sampleJson; // JSON array of key objects, e.g. [{"id":7}]
};

struct ImpactBlocker
{
    TableRef table; // the child table whose rows block
    QString constraint; // the declared constraint (CHECK name for kind Check; empty for NotNull)
    QStringList engineNames; // other names the engine may report for it (partition copies)
    BlockerKind kind = BlockerKind::NoAction;
    QString column; // NotNull: the column
    qint64 rows = 0;
    QByteArray sampleJson;
    QStringList path; // FK names from the root table to the foreign key at fault
    // False when the engine's answer depends on the order in which it visits rows (two events in
    // the same trigger batch that come from different parent rows): the rows may or may not block.
    bool certain = true;
};

// The error the server raises for the statement: the first blocker it meets, in the engine's own
// code and words (MySQL 1451 and its text, PostgreSQL 23503).
struct ImpactFirstError
{
    QString code;
    QString constraint;
    QString schema;
    QString table;
    QString message;
};

struct ImpactResult
{
    QString engine;
    TableRef root;
    qint64 rootRows = 0;
    ImpactOutcome outcome = ImpactOutcome::Allowed;
    QList<ImpactEffect> effects; // every table with a non-zero count, the root first
    QList<ImpactBlocker> blockers;
    std::optional<ImpactFirstError> firstError; // none when the DELETE is allowed
    QStringList warnings;
    QList<TableRef> unknownTables; // no SELECT privilege: not simulated
    qint64 elapsedMs = 0;

    const ImpactEffect *effect(const TableRef &table) const;
    // True when an uncertain blocker could change the outcome.
    bool orderDependent() const;
};

// The documented `fkscope impact --json` document.
struct ObservedDelete;
// With `verification`, the document gains "verification": what the real DELETE did (impact --verify).
QByteArray toJson(const ImpactResult &result, bool compact = false, const ObservedDelete *verification = nullptr);

} // namespace fkscope
