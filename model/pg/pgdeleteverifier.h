#pragma once

#include "core/error.h"
#include "impact/impactrequest.h"
#include "schema/schemagraph.h"

#include <QHash>

namespace fkscope {

class PgConnection;

// What the real DELETE did, observed inside a transaction that is always rolled back.
struct ObservedDelete
{
    bool failed = false; // the DELETE itself raised an error
    bool failedAtCommit = false; // SET CONSTRAINTS ALL IMMEDIATE raised (deferred constraints)
    ServerMessage error;
    QString constraint; // the constraint the server named, if any
    qint64 rootRows = 0;
    // Per declared table (partitions summed): rows deleted / row updates, from pg_stat_xact_user_tables.
    // A row set NULL and later deleted counts in both.
    QHash<QString, qint64> deleted, updated; // key: qualifiedName
};

// WRITES to the database: runs the DELETE (firing triggers, taking row locks) in a transaction that
// is rolled back whatever happens, with a lock timeout so it never waits long on other sessions.
// Only for an explicit user request (--verify, the GUI's confirmed "verify" action).
ObservedDelete verifyDelete(PgConnection &connection, const SchemaGraph &graph, const ImpactRequest &request,
                            int lockTimeoutMs = 5000);

} // namespace fkscope
