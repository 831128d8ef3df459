#pragma once

#include "catalogloader.h"

#include <QString>

#include <memory>

namespace fkscope {

// What the user named with --db: a database to connect to or a file to read.
struct SourceSpec
{
    enum class Kind { PostgreSQL, Snapshot, SQLite };
    Kind kind = Kind::PostgreSQL;
    QString location; // conninfo / URI, or a file path

    // A path to an existing *.json file is a snapshot; `snapshot:PATH` forces it. `sqlite:PATH`, a
    // path ending in .sqlite, .sqlite3, .db or .db3, or an existing file that starts with SQLite's
    // header is a SQLite database. The word `demo` is the embedded demo database (built on first
    // use; may throw fkscope::Error). Anything else is handed to libpq as a conninfo string or URI.
    static SourceSpec parse(const QString &text);
};

std::unique_ptr<CatalogLoader> createLoader(const SourceSpec &spec);

} // namespace fkscope
