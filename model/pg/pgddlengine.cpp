// SPDX-License-Identifier: Apache-2.0
// PostgreSQL DDL files behind the engine seam: a *.sql file (or ddl:PATH) read offline with
// PostgreSQL's own parser. Its graph says "postgresql", so the lint and the diff treat it as one.
#include "pgddlreader.h"
#include "source/sourceengine.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fkscope {

namespace {

class PgDdlLoader final : public CatalogLoader
{
public:
    explicit PgDdlLoader(QString path)
        : m_path(std::move(path))
    {
    }
    SchemaGraph load(const LoadOptions &options) override
    {
        SourceInfo source;
        source.engine = QStringLiteral("postgresql");
        source.database = QFileInfo(m_path).fileName();
        PgDdlReader reader(SchemaGraph(source, {}, {}));
        reader.apply(readSourceFile(m_path), m_path);
        return selectSchemas(reader.graph(), options);
    }

private:
    QString m_path;
};

class PgDdlEngine final : public SourceEngine
{
public:
    QString id() const override { return QStringLiteral("postgresql-ddl"); }
    QString displayName() const override { return QCoreApplication::translate("fkscope::Messages", "PostgreSQL DDL file"); }
    EngineCapabilities capabilities() const override { return {}; }
    int recognize(const QString &text, QString &location) const override
    {
        if (text.startsWith(QLatin1String("ddl:"))) {
            location = text.mid(4);
            return 100;
        }
        location = text;
        return text.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive) ? 60 : 0;
    }
    std::unique_ptr<CatalogLoader> createLoader(const QString &location) const override { return std::make_unique<PgDdlLoader>(location); }
};

} // namespace

const SourceEngine &pgDdlEngine()
{
    static const PgDdlEngine engine;
    return engine;
}

SchemaGraph applyPgMigrations(const SchemaGraph &base, const QStringList &files, const LoadOptions &options)
{
    PgDdlReader reader(base);
    for (const QString &file : files)
        reader.apply(readSourceFile(file), file);
    return selectSchemas(reader.graph(), options);
}

} // namespace fkscope
