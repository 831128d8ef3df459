#pragma once

#include <string>

namespace fkscope::pg {

// The catalog queries of the PostgreSQL loader. Every query takes the same three parameters:
//   $1 text[]  regular expressions a schema name must match (empty array: every schema)
//   $2 text[]  regular expressions that exclude a schema
//   $3 boolean include system schemas
// and works on the relations the shared `selected` / `loaded` CTEs pick: the ordinary, partitioned
// and foreign tables of the chosen schemas that no extension owns, plus ("external") the tables that
// a foreign key links to them from outside the selection.
// All queries read pg_catalog only, take no locks on user tables and need no superuser.
struct CatalogQueries
{
    std::string server;
    std::string tables;
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
