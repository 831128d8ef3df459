// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fkerrormessage.h"

#include "core/canceltoken.h"
#include "impact/impactrequest.h"
#include "impact/impactresult.h"
#include "schema/schemagraph.h"
#include "source/schemadialect.h"

#include <QMetaType>

#include <optional>

namespace fkscope {

class LiveDatabase;

// Where a key value was found: a table whose one-column key holds it.
struct KeyLocation
{
    TableRef table;
    QStringList columns;
};

// A pasted FK error, answered against the database it came from.
struct Explanation
{
    enum class Side { Delete, Update, Insert };
    FkErrorMessage message;
    ForeignKeyId foreignKey = kInvalidId;
    Side side = Side::Delete;
    QList<QPair<QString, QString>> key; // column = value as the error printed it; empty: not known
    std::optional<bool> parentHasKey; // insert side, with a key
    QList<KeyLocation> keyFoundIn; // insert side: other tables whose key holds the value
    int keyTablesSearched = 0;
    QList<QPair<ForeignKeyId, qint64>> violations; // rows that violate a key now (SQLite without a statement)
    QList<QPair<ForeignKeyId, qint64>> referencing; // update side, with a key: the rows each foreign key to it has
    std::optional<ImpactRequest> request; // delete side: the rows whose DELETE was simulated
    std::optional<ImpactResult> impact; // delete side: the simulated DELETE
    QString deleteStatement; // what was simulated, as text
    QStringList findings; // what the answer says, one sentence each
    QString fix; // DDL for review, or advice
};

QString toString(Explanation::Side side); // "delete", "update", "insert"

// Finds the constraint of `message` in `graph` (PostgreSQL's names are unique per table only: the
// table decides), then answers by side: the delete side simulates the DELETE of the key (or of
// `statement`, a DELETE), the insert side looks for the key in the parent and in the other tables
// whose key has the same type. Throws Error(BadInput) when the message names nothing in this
// database, and the database's errors as they come.
Explanation explainFkError(LiveDatabase &database, const SchemaGraph &graph, const SchemaDialect &dialect,
                           const FkErrorMessage &message, const QString &statement, const CancelToken &cancel, int timeoutMs = 30000);

// {"constraint": {...}, "side", "key", "parent_has_key", "key_found_in", "impact", ...}: docs/explain.md.
QByteArray toJson(const SchemaGraph &graph, const Explanation &explanation);

} // namespace fkscope

Q_DECLARE_METATYPE(fkscope::Explanation)
