// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogloader.h"
#include "schemadialect.h"

#include <QList>
#include <QString>

#include <memory>

namespace fkscope {

class LiveDatabase;

// What the Connect dialog asks for; each engine that connects turns it into its own source text.
struct ConnectionFields
{
    QString host, port, socket, database, user, password;
};

// What an engine can do with its sources, so that the CLI, the window and the panel ask instead of
// switching on the engine.
struct EngineCapabilities
{
    bool liveDatabase = false; // rows, simulation, deletion plan and verification (else: schema only)
    bool verifiesOnCopy = false; // verification runs the DELETE on a copy of a file, not in a rolled-back transaction
    bool connects = false; // a server reached with a connection string (the Connect dialog)
};

// One kind of source behind the seam: which texts given to --db it opens, and the parts it brings
// (catalog loader, live database). Engines are found through EngineRegistry; adding one is adding
// a part and one line to the registry's list, not a branch in the code that uses them.
class SourceEngine
{
public:
    virtual ~SourceEngine() = default;

    virtual QString id() const = 0; // "postgresql", "sqlite", "snapshot"; also the JSON "engine"
    virtual QString displayName() const = 0; // "PostgreSQL"
    virtual EngineCapabilities capabilities() const = 0;
    // How sure the engine is that `text` names one of its sources: 0 not at all; 100 an explicit
    // prefix (sqlite:, snapshot:); 80 a file's contents; 60 a file name; 1 anything (the server's
    // client library decides). Sets `location` to what the engine opens (prefix removed). May throw
    // fkscope::Error (the demo database is built on first use).
    virtual int recognize(const QString &text, QString &location) const = 0;
    virtual std::unique_ptr<CatalogLoader> createLoader(const QString &location) const = 0;
    // Throws Error(Unsupported) when the engine has no live database.
    virtual std::unique_ptr<LiveDatabase> openLive(const QString &location) const;
    // Connects and says what answered ("PostgreSQL 15"); throws fkscope::Error. For engines that connect.
    virtual QString probe(const QString &location) const;

    // For engines that connect (the Connect dialog): the fields they take ("host", "port", "socket",
    // "database", "user", "password"), their source text, and hints for the dialog.
    virtual QStringList connectionFields() const { return {}; }
    virtual QString sourceFromFields(const ConnectionFields &fields) const;
    virtual QString connectionHint() const { return QString(); } // an example source text
    virtual QString defaultPort() const { return QString(); }
    virtual QString passwordHint() const { return QString(); } // where else the client finds a password
    // The source text as it may be remembered: without a password; empty when that cannot be done
    // for sure (then nothing is remembered). Files are remembered as they are.
    virtual QString withoutPassword(const QString &text) const { return text; }
    // Applies migration files (DDL in the engine's SQL), in order and offline, to `base`, a graph this
    // engine read from `location` (empty for a graph from a snapshot). The default hands a graph of
    // another engine (a snapshot's) to that engine. Throws Error(Unsupported) when the engine cannot
    // read DDL, Error(BadInput) "FILE:LINE:COLUMN: ..." for a statement its parser refuses.
    virtual SchemaGraph applyMigrations(const QString &location, const SchemaGraph &base, const QStringList &files,
                                        const LoadOptions &options) const;
    // How the engine writes fixes (the lint's DDL) and compares column types.
    virtual const SchemaDialect &schemaDialect() const;
};

class EngineRegistry
{
public:
    // The built-in engines, in the order they are asked.
    static const QList<const SourceEngine *> &engines();
    static const SourceEngine *find(const QString &id);
    // The dialect of the engine a graph came from (its source's "engine"); the base one if none.
    static const SchemaDialect &dialectFor(const QString &engineId);
};

} // namespace fkscope
