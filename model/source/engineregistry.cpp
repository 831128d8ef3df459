// SPDX-License-Identifier: Apache-2.0
// The built-in engines (library fkscope_engines, which links each engine's library) and
// SourceSpec::parse, which asks them all. Adding an engine is adding its library and one line here.
#include "sourceengine.h"
#include "sourcespec.h"

namespace fkscope {

// Each engine's part, defined next to its loader and live database.
const SourceEngine &postgresEngine();
const SourceEngine &sqliteEngine();
const SourceEngine &snapshotEngine();
const SourceEngine &mysqlEngine();
const SourceEngine &pgDdlEngine();

const QList<const SourceEngine *> &EngineRegistry::engines()
{
    static const QList<const SourceEngine *> all{&snapshotEngine(), &sqliteEngine(), &mysqlEngine(), &pgDdlEngine(), &postgresEngine()};
    return all;
}

const SourceEngine *EngineRegistry::find(const QString &id)
{
    for (const SourceEngine *e : engines()) {
        if (e->id() == id)
            return e;
    }
    return nullptr;
}

const SchemaDialect &EngineRegistry::dialectFor(const QString &engineId)
{
    static const SchemaDialect standard;
    const SourceEngine *engine = EngineRegistry::find(engineId);
    return engine ? engine->schemaDialect() : standard;
}

SourceSpec SourceSpec::parse(const QString &text)
{
    SourceSpec best;
    int bestScore = 0;
    for (const SourceEngine *engine : EngineRegistry::engines()) {
        QString location;
        const int score = engine->recognize(text, location);
        if (score > bestScore) {
            bestScore = score;
            best = {engine, location};
        }
    }
    return best;
}

} // namespace fkscope
