// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/error.h"

#include <QHash>
#include <QString>

namespace fkscope {

// What the real DELETE did, observed inside a transaction that is always rolled back.
struct ObservedDelete
{
    bool failed = false; // the DELETE itself raised an error
    bool failedAtCommit = false; // SET CONSTRAINTS ALL IMMEDIATE raised (deferred constraints)
    ServerMessage error;
    QString constraint; // the constraint the server named, if any
    qint64 rootRows = 0;
    bool onCopy = false; // SQLite: the DELETE ran on a temporary copy of the file, not in a rolled-back transaction
    // Per declared table (partitions summed): rows deleted / row updates, from pg_stat_xact_user_tables.
    // A row set NULL and later deleted counts in both.
    QHash<QString, qint64> deleted, updated; // key: qualifiedName
};

} // namespace fkscope
