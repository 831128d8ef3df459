// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/catalogloader.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fkscope {

// SQL text and where it came from ("0042_fks.sql"), for messages.
struct SqlScript
{
    QByteArray text;
    QString origin;
};

// SQLite DDL read offline: the scripts run, in order, in a scratch database in a temporary
// directory (SQLite's own parser and rules decide), which the catalog loader then reads; the user's
// files are only read. `databaseName` names the graph's database. Throws Error(BadInput)
// "FILE:LINE:COLUMN: message" for a statement SQLite refuses.
SchemaGraph readSqliteScripts(const QList<SqlScript> &scripts, const QString &databaseName, const LoadOptions &options);

// The CREATE statements of an SQLite file, in the order SQLite keeps them (read-only).
QByteArray sqliteSchemaText(const QString &path);

// True when `path` names SQL text rather than an SQLite database (a *.sql file without SQLite's header).
bool isSqlTextFile(const QString &path);

} // namespace fkscope
