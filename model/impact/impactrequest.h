#pragma once

#include "schema/table.h"

#include <QList>
#include <QPair>
#include <QString>

namespace fkscope {

// What to delete: rows of one table, chosen by key values (bound as parameters) or by a WHERE
// predicate written in the engine's SQL (run inside a read-only transaction).
struct ImpactRequest
{
    TableRef table;
    QList<QPair<QString, QString>> keys; // column = value (text; the server casts to the column type)
    QString where;
    int samples = 5; // sample rows per table and per blocker
    int timeoutMs = 30000;
};

} // namespace fkscope
