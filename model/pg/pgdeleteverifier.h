// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "impact/impactrequest.h"
#include "impact/observeddelete.h"
#include "schema/schemagraph.h"


namespace fkscope {

class PgConnection;

// WRITES to the database: runs the DELETE (firing triggers, taking row locks) in a transaction that
// is rolled back whatever happens, with a lock timeout so it never waits long on other sessions.
// Only for an explicit user request (--verify, the GUI's confirmed "verify" action).
// Cancelling `cancel` stops the running statement on the server (the transaction is rolled back).
ObservedDelete verifyDelete(PgConnection &connection, const SchemaGraph &graph, const ImpactRequest &request,
                            int lockTimeoutMs = 5000, const CancelToken &cancel = CancelToken());

} // namespace fkscope
