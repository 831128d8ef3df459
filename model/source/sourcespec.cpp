#include "sourcespec.h"

#include "pg/pgcatalogloader.h"
#include "snapshot/snapshotloader.h"
#include "demo/demodatabase.h"
#include "sqlite/sqlitecatalogloader.h"

#include <QFile>

#include <QFileInfo>

namespace fkscope {

SourceSpec SourceSpec::parse(const QString &text)
{
    static const QString snapshotPrefix = QStringLiteral("snapshot:");
    if (text.startsWith(snapshotPrefix))
        return {Kind::Snapshot, text.mid(snapshotPrefix.size())};
    if (text == QLatin1String("demo"))
        return {Kind::SQLite, ensureDemoDatabase()};
    static const QString sqlitePrefix = QStringLiteral("sqlite:");
    if (text.startsWith(sqlitePrefix))
        return {Kind::SQLite, text.mid(sqlitePrefix.size())};
    const QFileInfo file(text);
    if (text.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && file.isFile())
        return {Kind::Snapshot, text};
    for (const char *suffix : {".sqlite", ".sqlite3", ".db", ".db3"}) {
        if (text.endsWith(QLatin1String(suffix), Qt::CaseInsensitive) && !text.contains(QLatin1Char('=')))
            return {Kind::SQLite, text};
    }
    if (file.isFile()) {
        QFile f(text);
        if (f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16))
            return {Kind::SQLite, text};
    }
    return {Kind::PostgreSQL, text};
}

std::unique_ptr<CatalogLoader> createLoader(const SourceSpec &spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::PostgreSQL:
        return std::make_unique<PgCatalogLoader>(spec.location);
    case SourceSpec::Kind::Snapshot:
        return std::make_unique<SnapshotLoader>(spec.location);
    case SourceSpec::Kind::SQLite:
        return std::make_unique<SqliteCatalogLoader>(spec.location);
    }
    return nullptr;
}

} // namespace fkscope
