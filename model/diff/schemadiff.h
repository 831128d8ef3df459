// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fkviolations.h"
#include "schema/schemagraph.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace fkscope {

enum class FkChangeKind { Added, Removed, Changed, Renamed };
QString toString(FkChangeKind kind); // "added", "removed", "changed", "renamed"

// One foreign key that differs between the two sides. `from` / `to` index the two graphs' foreign
// keys; an added key has no `from`, a removed one no `to`.
struct FkChange
{
    FkChangeKind kind = FkChangeKind::Changed;
    ForeignKeyId from = kInvalidId;
    ForeignKeyId to = kInvalidId;
    // The properties that differ, in snapshot spelling: "name", "columns", "ref_schema", "ref_table",
    // "ref_columns", "on_delete", "on_update", "match", "deferrable", "deferred", "validated",
    // "set_columns"; and column changes that alter the key's behaviour: "type" (a column's type on
    // either side), "not_null" (a referencing column's NOT NULL), "default" (the default a SET
    // DEFAULT writes).
    QStringList fields;
    // Column changes in words: "generation_jobs.content_id: NOT NULL (was: nullable)".
    QStringList columnNotes;
    std::optional<FkViolations> violations; // set by --check-data
    QString checkProblem; // why the rows could not be counted, when they could not
};

struct TableChange
{
    bool added = false; // else removed
    TableRef table;
};

// A table whose DELETE now removes rows from more or fewer tables (ON DELETE CASCADE paths).
struct BlastRadiusChange
{
    TableRef table;
    QList<TableRef> gained; // reached by cascades only on the TO side
    QList<TableRef> lost; // reached only on the FROM side
};

struct SchemaDiff
{
    QList<FkChange> foreignKeys; // changes of rules first, then other changes, renames, additions, removals
    QList<TableChange> tables;
    QList<BlastRadiusChange> blastRadius;
    QStringList warnings; // the two sides' own (a reader's left-out statements, a load's), each once

    bool isEmpty() const { return foreignKeys.isEmpty() && tables.isEmpty(); }
};

// Compares the foreign keys and tables of two graphs. Keys are matched by what they connect (child
// table and columns, parent table and columns, column pairs in any order), then the rest by child
// table and name; a matched pair with another name is a rename. Partition clones are not compared
// (they follow their declared key); external tables are not listed as added or removed.
SchemaDiff diffGraphs(const SchemaGraph &from, const SchemaGraph &to);

// The side a change is named after: TO when it has the key, else FROM (a removed key); and that key.
inline const SchemaGraph &namingSide(const SchemaGraph &from, const SchemaGraph &to, const FkChange &c)
{
    return c.to != kInvalidId ? to : from;
}
inline const ForeignKey &namingKey(const SchemaGraph &from, const SchemaGraph &to, const FkChange &c)
{
    return c.to != kInvalidId ? to.foreignKey(c.to) : from.foreignKey(c.from);
}

// How reports group changes: rule changes (ON DELETE / ON UPDATE) first, whatever the kind.
enum class FkChangeGroup { Rules, Changed, Renamed, Added, Removed };
FkChangeGroup changeGroup(const FkChange &change);

// True when the change alters what deleting a parent row does (ON DELETE, its SET columns, the
// target, the columns, or a key that appears or disappears).
bool changesDeleteEffect(const FkChange &change);

} // namespace fkscope
