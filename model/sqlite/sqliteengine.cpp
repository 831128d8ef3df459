// SPDX-License-Identifier: Apache-2.0
// SQLite behind the engine seam: `sqlite:PATH`, a file named *.sqlite / *.sqlite3 / *.db / *.db3, an
// existing file that starts with SQLite's header, or `demo` (the embedded demo database, built on
// first use).
#include "demo/demodatabase.h"
#include "source/sourceengine.h"
#include "sqlitecatalogloader.h"
#include "sqliteddlfile.h"
#include "sqlitelivedatabase.h"
#include "sqliteschemadialect.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fkscope {

namespace {

// `sqlite:schema.sql`: SQLite DDL, run in a scratch database.
class SqliteDdlLoader final : public CatalogLoader
{
public:
    explicit SqliteDdlLoader(QString path)
        : m_path(std::move(path))
    {
    }
    SchemaGraph load(const LoadOptions &options) override
    {
        return readSqliteScripts({{readSourceFile(m_path), m_path}}, QFileInfo(m_path).fileName(), options);
    }

private:
    QString m_path;
};

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
        if (isSqlTextFile(location))
            return std::make_unique<SqliteDdlLoader>(location);
        return std::make_unique<SqliteCatalogLoader>(location);
    }
    SchemaGraph applyMigrations(const QString &location, const SchemaGraph &base, const QStringList &files, const LoadOptions &options) const override
    {
        if (location.isEmpty())
            throw Error(ErrorKind::Unsupported, QCoreApplication::translate("fkscope::Messages",
                                                                            "Migrations apply to an SQLite file or DDL file, not to a snapshot of one."));
        QList<SqlScript> scripts{{isSqlTextFile(location) ? readSourceFile(location) : sqliteSchemaText(location), location}};
        for (const QString &file : files)
            scripts.append({readSourceFile(file), file});
        return readSqliteScripts(scripts, base.source().database, options);
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
