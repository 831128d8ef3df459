// SPDX-License-Identifier: Apache-2.0
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

    // Whether the include / exclude globs select `schema` (every engine matches them the same way).
    bool selects(const QString &schema) const;
};

// A schema glob (`*`, `?`, everything else literal) as an anchored regular expression that both
// QRegularExpression and PostgreSQL's `~` read the same way.
QString schemaGlobToRegex(const QString &glob);

// The part of `all` that `options` selects, as every loader selects: the chosen schemas' tables,
// plus (marked external) the tables a foreign key links them to.
SchemaGraph selectSchemas(const SchemaGraph &all, const LoadOptions &options);

// A source file's whole contents; throws Error(BadInput) "Cannot read FILE: reason".
QByteArray readSourceFile(const QString &path);

// The seam between the engines: each source (PostgreSQL, snapshot file, later SQLite and MySQL)
// turns into the same SchemaGraph. Throws fkscope::Error.
class CatalogLoader
{
public:
    virtual ~CatalogLoader() = default;
    virtual SchemaGraph load(const LoadOptions &options) = 0;
};

} // namespace fkscope
