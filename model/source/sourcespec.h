// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogloader.h"
#include "sourceengine.h"

#include <QString>

#include <memory>

namespace fkscope {

// What the user named with --db: a database to connect to or a file to read, and the engine that
// opens it.
struct SourceSpec
{
    const SourceEngine *engine = nullptr; // set by parse()
    QString location; // conninfo / URI, or a file path

    // Asks every engine of the registry how sure it is that `text` is one of its sources; the surest
    // wins (see SourceEngine::recognize): `snapshot:PATH` or an existing *.json file is a snapshot;
    // `sqlite:PATH`, `demo`, a *.sqlite / *.sqlite3 / *.db / *.db3 name or a file with SQLite's header
    // is SQLite; anything else goes to libpq as a conninfo string or URI. May throw fkscope::Error.
    static SourceSpec parse(const QString &text);

    QString engineId() const { return engine ? engine->id() : QString(); }
    // The source as reports and the window name it: `text` (what the user gave) without a password,
    // or "(a PostgreSQL connection)" when the password cannot be taken out for sure.
    QString label(const QString &text) const;
    EngineCapabilities capabilities() const { return engine ? engine->capabilities() : EngineCapabilities(); }
};

std::unique_ptr<CatalogLoader> createLoader(const SourceSpec &spec);

} // namespace fkscope
