#include "sourcespec.h"

#include "pg/pgcatalogloader.h"
#include "snapshot/snapshotloader.h"

#include <QFileInfo>

namespace fkscope {

SourceSpec SourceSpec::parse(const QString &text)
{
    static const QString snapshotPrefix = QStringLiteral("snapshot:");
    if (text.startsWith(snapshotPrefix))
        return {Kind::Snapshot, text.mid(snapshotPrefix.size())};
    const QFileInfo file(text);
    if (text.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && file.isFile())
        return {Kind::Snapshot, text};
    return {Kind::PostgreSQL, text};
}

std::unique_ptr<CatalogLoader> createLoader(const SourceSpec &spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::PostgreSQL:
        return std::make_unique<PgCatalogLoader>(spec.location);
    case SourceSpec::Kind::Snapshot:
        return std::make_unique<SnapshotLoader>(spec.location);
    }
    return nullptr;
}

} // namespace fkscope
