// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactengine.h"
#include "schema/schemagraph.h"

#include <QSet>

namespace fkscope {

class SqliteConnection;

// Simulates `DELETE FROM table WHERE ...` on a SQLite file opened read-only, following SQLite's own
// foreign-key semantics (with PRAGMA foreign_keys = ON):
// - CASCADE, SET NULL and SET DEFAULT act row by row as the rows go; the rows a cascade reaches do
//   not depend on the order, so they are computed breadth-first, one set-based INSERT ... SELECT per
//   (level, foreign key) into TEMP tables (the file itself is never written).
// - RESTRICT is checked at once, when each parent row goes (also when DEFERRABLE): a referencing
//   row that survives always blocks; one that the cascade deletes too blocks only if it is still
//   there at that moment, which depends on SQLite's row and trigger order: reported uncertain.
// - NO ACTION counts violations and checks them at the end of the statement (deferred ones at
//   COMMIT): the referencing rows that survive block.
// - SET NULL / SET DEFAULT updates are checked for NOT NULL and CHECK constraints when they run; a
//   SET DEFAULT that leaves a row pointing at no parent is a violation at the statement's end.
// - A foreign key whose parent columns are not a PRIMARY KEY or UNIQUE index fails any statement
//   that has to check it ("foreign key mismatch"), before any row is touched.
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
