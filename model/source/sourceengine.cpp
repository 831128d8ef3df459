// SPDX-License-Identifier: Apache-2.0
#include "sourceengine.h"

#include "core/error.h"
#include "livedatabase.h"

#include <QCoreApplication>

namespace fkscope {

// Each engine's part, defined next to its loader and live database.
const SourceEngine &postgresEngine();
const SourceEngine &sqliteEngine();
const SourceEngine &snapshotEngine();

std::unique_ptr<LiveDatabase> SourceEngine::openLive(const QString &) const
{
    throw Error(ErrorKind::Unsupported,
                QCoreApplication::translate("fkscope::Messages", "A snapshot file holds the schema only: connect to the database to read rows and "
                                                                 "simulate deletes."));
}

QString SourceEngine::probe(const QString &) const
{
    throw Error(ErrorKind::Unsupported, QCoreApplication::translate("fkscope::Messages", "%1 is not reached through a connection.").arg(displayName()));
}

const QList<const SourceEngine *> &EngineRegistry::engines()
{
    static const QList<const SourceEngine *> all{&snapshotEngine(), &sqliteEngine(), &postgresEngine()};
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

} // namespace fkscope
