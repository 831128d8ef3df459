// SPDX-License-Identifier: Apache-2.0
// SQLite behind the engine seam: `sqlite:PATH`, a file named *.sqlite / *.sqlite3 / *.db / *.db3, an
// existing file that starts with SQLite's header, or `demo` (the embedded demo database, built on
// first use).
#include "demo/demodatabase.h"
#include "source/sourceengine.h"
#include "sqlitecatalogloader.h"
#include "sqlitelivedatabase.h"
#include "sqliteschemadialect.h"

#include <QFile>
#include <QFileInfo>

namespace fkscope {

namespace {

class SqliteEngine final : public SourceEngine
{
public:
    QString id() const override { return QStringLiteral("sqlite"); }
    QString displayName() const override { return QStringLiteral("SQLite"); }
    EngineCapabilities capabilities() const override { return {true, true, false}; }
    int recognize(const QString &text, QString &location) const override
    {
        static const QString prefix = QStringLiteral("sqlite:");
        if (text.startsWith(prefix)) {
            location = text.mid(prefix.size());
            return 100;
        }
        if (text == QLatin1String("demo")) {
            location = ensureDemoDatabase();
            return 100;
        }
        location = text;
        if (QFileInfo(text).isFile()) {
            QFile f(text);
            if (f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16))
                return 80;
        }
        for (const char *suffix : {".sqlite", ".sqlite3", ".db", ".db3"}) {
            // "dbname=x.db" is a conninfo, not a file.
            if (text.endsWith(QLatin1String(suffix), Qt::CaseInsensitive) && !text.contains(QLatin1Char('=')))
                return 60;
        }
        return 0;
    }
    std::unique_ptr<CatalogLoader> createLoader(const QString &location) const override
    {
        return std::make_unique<SqliteCatalogLoader>(location);
    }
    const SchemaDialect &schemaDialect() const override
    {
        static const SqliteSchemaDialect dialect;
        return dialect;
    }
    std::unique_ptr<LiveDatabase> openLive(const QString &location) const override
    {
        return std::make_unique<SqliteLiveDatabase>(location);
    }
};

} // namespace

const SourceEngine &sqliteEngine()
{
    static const SqliteEngine engine;
    return engine;
}

} // namespace fkscope
