#pragma once

#include "core/canceltoken.h"
#include "core/progress.h"
#include "schema/schemagraph.h"

#include <QStringList>

namespace fkscope {

struct LoadOptions
{
    // Glob patterns (`*`, `?`) matched against whole schema names. Empty include = every schema.
    QStringList includeSchemas;
    QStringList excludeSchemas;
    // pg_catalog, information_schema, pg_toast*, pg_temp_* are left out unless asked for.
    bool includeSystemSchemas = false;
    int timeoutMs = 30000; // per statement; 0 = no limit
    ProgressFn progress;
    CancelToken cancel;
};

// The seam between the engines: each source (PostgreSQL, snapshot file, later SQLite and MySQL)
// turns into the same SchemaGraph. Throws fkscope::Error.
class CatalogLoader
{
public:
    virtual ~CatalogLoader() = default;
    virtual SchemaGraph load(const LoadOptions &options) = 0;
};

} // namespace fkscope
