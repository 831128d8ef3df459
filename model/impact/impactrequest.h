// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/table.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace fkscope {

class SchemaGraph;

// What to delete: rows of one table, chosen by key values (bound as parameters) and/or a WHERE
// predicate written in the engine's SQL (run inside a read-only transaction). The conditions that
// are set are ANDed together.
struct ImpactRequest
{
    TableRef table;
    QList<QPair<QString, QString>> keys; // one row: column = value (text; the server casts to the column type)
    // Several rows picked by key (the GUI's row grid): rowKeyColumns name the key, each entry of
    // rowKeyValues is one row's values in that order. The rows are ORed.
    QStringList rowKeyColumns;
    QList<QStringList> rowKeyValues;
    QString where;
    int samples = 5; // sample rows per table and per blocker
    int timeoutMs = 30000;

    bool selectsRows() const { return !keys.isEmpty() || !rowKeyValues.isEmpty() || !where.trimmed().isEmpty(); }
    // Every column a key condition names (for validation against the table).
    QStringList keyColumnNames() const;
};

// Builds the request's predicate. `column` renders a column reference (quoted, maybe qualified),
// `value` renders a value (a bound parameter such as $3, or a quoted literal for scripts).
QString requestPredicate(const ImpactRequest &request, const std::function<QString(const QString &)> &column,
                         const std::function<QString(const QString &)> &value);

// The graph's id of `table`; throws Error(BadArgument) when the graph does not have it.
TableId requireTable(const SchemaGraph &graph, const TableRef &table);
// What every engine checks before simulating: the table is in the graph, rows are chosen, every key
// column exists. Returns the table's id; throws Error(BadArgument).
TableId checkRequest(const SchemaGraph &graph, const ImpactRequest &request);

// `DELETE FROM t WHERE ...;` as readable text for reports (values as literals).
QString deleteStatementText(const ImpactRequest &request);

} // namespace fkscope
