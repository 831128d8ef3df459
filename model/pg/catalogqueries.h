// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace fkscope::pg {

// The catalog queries of the PostgreSQL loader.
// `tables` takes the selection parameters and picks the relations:
//   $1 text[]  regular expressions a schema name must match (empty array: every schema)
//   $2 text[]  regular expressions that exclude a schema
//   $3 boolean include system schemas
// i.e. the ordinary, partitioned and foreign tables of the chosen schemas that no extension owns,
// plus ("external") the tables a foreign key links to them from outside the selection.
// Every other query (but `server`) takes what it picked:
//   $1 oid[]   the chosen tables,  $2 oid[]  the external tables.
// Column references come back as attribute numbers (conkey, confkey, indkey); the loader maps them to
// names from the columns it has read, which costs nothing, where a per-row name lookup in SQL cost
// more than the rest of the query on 10,000 tables.
// All queries read pg_catalog only, take no locks on user tables and need no superuser.
struct CatalogQueries
{
    std::string server;
    std::string tables;
    std::string inheritance;
    std::string columns;
    std::string keys;
    std::string indexes;
    std::string checks;
    std::string hooks; // triggers, rules, policies
    std::string foreignKeys;
    std::string foreignKeyClones;

    // Queries for a server of that version (server_version_num); older than 12 is not supported.
    static CatalogQueries forServer(int serverVersionNum);
};

constexpr int kMinimumServerVersion = 120000;

} // namespace fkscope::pg
