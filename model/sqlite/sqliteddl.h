// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/table.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fkscope {

// What SQLite's pragmas do not tell about a table and its CREATE TABLE text does: CHECK
// constraints, constraint names and the DEFERRABLE clause of foreign keys, WITHOUT ROWID.
struct SqliteTableDdl
{
    struct ForeignKeyClause
    {
        QString name; // empty when not named with CONSTRAINT
        QStringList columns; // child columns as written
        QString parent;
        bool initiallyDeferred = false; // DEFERRABLE INITIALLY DEFERRED
        bool deferrable = false;
    };
    bool parsed = false; // false: the text was not a CREATE TABLE this parser understands
    bool withoutRowid = false;
    QList<CheckConstraint> checks;
    QList<ForeignKeyClause> foreignKeys; // in declaration order (PRAGMA foreign_key_list ids run backwards)
    QHash<QString, QString> collations; // lower-case column name -> its COLLATE name (upper case; BINARY left out)
};

// Reads a CREATE TABLE statement as sqlite_schema stores it. Never throws: what it cannot read is
// left empty (parsed = false).
SqliteTableDdl parseCreateTable(const QString &sql);

} // namespace fkscope
