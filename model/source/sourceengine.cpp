// SPDX-License-Identifier: Apache-2.0
#include "sourceengine.h"
#include "sourcespec.h"

#include "core/error.h"
#include "livedatabase.h"

#include <QCoreApplication>

namespace fkscope {

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

QString SourceEngine::sourceFromFields(const ConnectionFields &) const
{
    throw Error(ErrorKind::Unsupported, QCoreApplication::translate("fkscope::Messages", "%1 is not reached through a connection.").arg(displayName()));
}

const SchemaDialect &SourceEngine::schemaDialect() const
{
    static const SchemaDialect standard;
    return standard;
}

std::unique_ptr<CatalogLoader> createLoader(const SourceSpec &spec)
{
    return spec.engine ? spec.engine->createLoader(spec.location) : nullptr;
}

QString SourceSpec::label(const QString &text) const
{
    const QString safe = engine ? engine->withoutPassword(text) : text;
    return safe.isEmpty() && engine ? QCoreApplication::translate("fkscope::Messages", "(a %1 connection)").arg(engine->displayName()) : safe;
}

SchemaGraph SourceEngine::applyMigrations(const QString &, const SchemaGraph &base, const QStringList &files, const LoadOptions &options) const
{
    const SourceEngine *owner = EngineRegistry::find(base.source().engine);
    if (owner && owner != this)
        return owner->applyMigrations(QString(), base, files, options);
    throw Error(ErrorKind::Unsupported,
                QCoreApplication::translate("fkscope::Messages", "%1 migrations cannot be read offline yet.").arg(displayName()));
}

} // namespace fkscope
