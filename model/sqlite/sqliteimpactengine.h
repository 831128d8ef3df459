// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactengine.h"
#include "schema/schemagraph.h"

#include <QSet>

namespace fkscope {

class SqliteConnection;

// Simulates `DELETE FROM table WHERE ...` on a SQLite file opened read-only, following SQLite's own
// foreign-key semantics (with PRAGMA foreign_keys = ON), exactly:
// - First a breadth-first model: the rows CASCADE reaches, one set-based INSERT ... SELECT per
//   (level, foreign key) into TEMP tables (the file itself is never written); RESTRICT and NO ACTION
//   rows that survive; SET NULL / SET DEFAULT rows evaluated against NOT NULL and CHECK; foreign keys
//   whose parent columns are not a PRIMARY KEY or UNIQUE index ("foreign key mismatch").
// - Where SQLite's fixed order can decide (any blocker, a SET DEFAULT, a SET action on a row whose
//   table it references itself or on a column another foreign key uses or references, a CASCADE
//   cycle deep enough for SQLite's 1,000-level trigger limit), SQLite itself decides: SqliteReplay
//   runs the DELETE on TEMP copies of the rows it can reach, and its outcome, its error and, when it
//   is allowed, its counts are the answer.
// Counts are the end state: rows deleted, and surviving rows set NULL / to DEFAULT.
class SqliteImpactEngine : public ImpactEngine
{
public:
    SqliteImpactEngine(SqliteConnection &connection, const SchemaGraph &graph);

    ImpactResult simulate(const ImpactRequest &request, const CancelToken &cancel = CancelToken(),
                          const ProgressFn &progress = {}) override;

    // NAME or main.NAME (SQL identifier syntax, case-insensitive as SQLite is). Throws Error(BadInput).
    static TableRef resolveTable(const SchemaGraph &graph, const QString &name);
    // The SQL expressions that identify a row of `table` (its rowid, or the PRIMARY KEY columns of a
    // WITHOUT ROWID table), qualified by `alias`. Throws Error(Unsupported) when the table's columns
    // take every name of the rowid.
    static QStringList rowKey(const Table &table, bool withoutRowid, const QString &alias);
    // A name that reaches the rowid of `table`: rowid, oid or _rowid_, the first no column takes (a
    // column named rowid shadows it), else an INTEGER PRIMARY KEY column (the rowid itself); empty
    // when there is none.
    static QString rowidName(const Table &table);
    // The column definitions ("k0 INTEGER", ...) of a TEMP table holding row keys of `table`, with
    // the key's affinity so that joins with the table use indexes on both sides.
    static QStringList keyColumns(const Table &table, bool withoutRowid);
    // "p.ref = c.col AND ...": the rows of `child` (alias) that reference the row of `parent` (alias)
    // through `fk`; the parent's column on the left, so SQLite compares with the parent key's
    // collation and affinity, as its own check does.
    static QString referenceMatch(const ForeignKey &fk, const QString &parent, const QString &child);
    // The SQL value a SET DEFAULT writes to `column`: its DEFAULT expression as the schema says, or NULL.
    static QString defaultValue(const Table &table, const QString &column);
    // The names of the tables that keep their rows by PRIMARY KEY (WITHOUT ROWID), read from the
    // CREATE TABLE texts in sqlite_schema.
    static QSet<QString> withoutRowidTables(SqliteConnection &connection);
    // The predicate selecting the request's rows: key values as ?1, ?2... (appended to `params`),
    // the WHERE text as written. `alias` qualifies key columns ("r" gives r."id"; empty: bare).
    static QString rootPredicate(const ImpactRequest &request, const QString &alias, QStringList &params);
    // True when SQLite can find the parent row of `fk` (its parent columns are the parent's PRIMARY
    // KEY or have a UNIQUE index); false means "foreign key mismatch".
    static bool parentKeyIsUnique(const SchemaGraph &graph, const ForeignKey &fk);

private:
    SqliteConnection &m_connection;
    const SchemaGraph &m_graph;
};

} // namespace fkscope
