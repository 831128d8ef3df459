// SPDX-License-Identifier: Apache-2.0
#include "sqlitecatalogloader.h"

#include "sqliteconnection.h"
#include "sqliteddl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace fkscope {

namespace {

const char *const kTables = "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                            "ORDER BY rowid";
const char *const kColumns = "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1) ORDER BY cid";
const char *const kIndexes = "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1) ORDER BY seq";
const char *const kIndexColumns = "SELECT cid, name FROM pragma_index_info(?1) ORDER BY seqno";
const char *const kForeignKeys = "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM "
                                 "pragma_foreign_key_list(?1) ORDER BY id, seq";
const char *const kTriggers = "SELECT name, tbl_name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name";
const char *const kHasStat1 = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'";
const char *const kStat1 = "SELECT tbl, stat FROM sqlite_stat1"; // every row's stat starts with the row count

std::optional<FkAction> actionFromSqlite(const QString &text)
{
    const QString t = text.toUpper();
    if (t == QLatin1String("NO ACTION"))
        return FkAction::NoAction;
    if (t == QLatin1String("RESTRICT"))
        return FkAction::Restrict;
    if (t == QLatin1String("CASCADE"))
        return FkAction::Cascade;
    if (t == QLatin1String("SET NULL"))
        return FkAction::SetNull;
    if (t == QLatin1String("SET DEFAULT"))
        return FkAction::SetDefault;
    return std::nullopt;
}

} // namespace

SqliteCatalogLoader::SqliteCatalogLoader(QString path)
    : m_path(std::move(path))
{
}

SqliteCatalogLoader::SqliteCatalogLoader(SqliteConnection &connection)
    : m_connection(&connection)
{
}

SchemaGraph SqliteCatalogLoader::load(const LoadOptions &options)
{
    if (m_connection)
        return loadWith(*m_connection, options);
    SqliteConnection connection(m_path);
    return loadWith(connection, options);
}

SchemaGraph SqliteCatalogLoader::loadWith(SqliteConnection &c, const LoadOptions &options)
{
    const QString schema = QStringLiteral("main");
    const bool included = options.selects(schema);

    SourceInfo source;
    source.engine = QStringLiteral("sqlite");
    source.serverVersion = QString::fromLatin1(sqlite3_libversion());
    source.database = QFileInfo(c.path()).fileName();

    return c.run(options.cancel, options.timeoutMs, [&]() -> SchemaGraph {
        // One read transaction: the schema cannot change between the statements.
        SqliteTransaction transaction(c);
        struct Pending
        {
            int id;
            QString parent;
            QStringList from, to;
            FkAction onDelete = FkAction::NoAction, onUpdate = FkAction::NoAction;
        };
        QList<Table> tables;
        QList<QList<Pending>> pendingFks;
        QList<SqliteTableDdl> ddls;
        QStringList warnings;
        if (included) {
            SqliteStatement list(c, QLatin1String(kTables));
            while (list.step()) {
                Table t;
                t.schema = schema;
                t.name = list.text(0);
                tables.append(t);
                ddls.append(parseCreateTable(list.text(1)));
                if (!ddls.last().parsed)
                    warnings << QCoreApplication::translate("fkscope::Messages", "Could not read the CREATE TABLE text of %1: its CHECK constraints and "
                                               "DEFERRABLE clauses are not known.").arg(t.name);
            }
        }
        SqliteStatement columns(c, QLatin1String(kColumns));
        SqliteStatement indexes(c, QLatin1String(kIndexes));
        SqliteStatement indexColumns(c, QLatin1String(kIndexColumns));
        SqliteStatement fks(c, QLatin1String(kForeignKeys));
        for (int i = 0; i < tables.size(); ++i) {
            if (options.progress && i % 50 == 0)
                options.progress(i, static_cast<int>(tables.size()), QStringLiteral("tables"));
            Table &t = tables[i];
            QList<QPair<int, QString>> pk;
            columns.reset();
            columns.bind(1, t.name);
            while (columns.step()) {
                const int hidden = static_cast<int>(columns.integer(5));
                if (hidden == 1)
                    continue; // a virtual table's hidden column
                Column col;
                col.name = columns.text(0);
                col.type = columns.text(1);
                col.notNull = columns.integer(2) != 0;
                if (!columns.isNull(3))
                    col.defaultExpr = columns.text(3);
                if (hidden == 2 || hidden == 3)
                    col.generated = hidden == 3 ? QStringLiteral("stored") : QStringLiteral("virtual");
                if (columns.integer(4) > 0)
                    pk.append({static_cast<int>(columns.integer(4)), col.name});
                t.columns.append(col);
            }
            std::sort(pk.begin(), pk.end());
            for (const auto &p : pk)
                t.primaryKey << p.second;
            indexes.reset();
            indexes.bind(1, t.name);
            bool pkIndexed = false;
            while (indexes.step()) {
                Index index;
                index.name = indexes.text(0);
                index.unique = indexes.integer(1) != 0;
                const QString origin = indexes.text(2);
                index.primary = origin == QLatin1String("pk");
                index.partial = indexes.integer(3) != 0;
                indexColumns.reset();
                indexColumns.bind(1, index.name);
                while (indexColumns.step())
                    index.columns << (indexColumns.isNull(1) ? QStringLiteral("<expression>") : indexColumns.text(1));
                pkIndexed = pkIndexed || index.primary;
                if (origin == QLatin1String("u"))
                    t.uniqueConstraints.append({index.name, index.columns});
                t.indexes.append(index);
            }
            if (!t.primaryKey.isEmpty()) {
                t.primaryKeyName = QStringLiteral("%1_pkey").arg(t.name);
                if (!pkIndexed) // INTEGER PRIMARY KEY: the rowid itself, no separate index
                    t.indexes.prepend({QStringLiteral("(rowid)"), t.primaryKey, true, true, false, true, {}});
                if (t.primaryKey.size() == 1 && !pkIndexed && !ddls[i].withoutRowid) {
                    if (Column *col = const_cast<Column *>(t.column(t.primaryKey.first())))
                        col->notNull = true; // a rowid alias is never NULL
                }
            }
            t.checks = ddls[i].checks;
            for (Column &col : t.columns)
                col.collation = ddls[i].collations.value(col.name.toLower());
            for (int k = 0; k < t.checks.size(); ++k) {
                if (t.checks[k].name.isEmpty())
                    t.checks[k].name = QStringLiteral("%1_check%2").arg(t.name).arg(k == 0 ? QString() : QString::number(k));
            }
            QList<Pending> own;
            fks.reset();
            fks.bind(1, t.name);
            while (fks.step()) {
                const int id = static_cast<int>(fks.integer(0));
                if (own.isEmpty() || own.last().id != id) {
                    Pending p;
                    p.id = id;
                    p.parent = fks.text(2);
                    p.onUpdate = actionFromSqlite(fks.text(5)).value_or(FkAction::NoAction);
                    p.onDelete = actionFromSqlite(fks.text(6)).value_or(FkAction::NoAction);
                    own.append(p);
                }
                own.last().from << fks.text(3);
                own.last().to << (fks.isNull(4) ? QString() : fks.text(4));
            }
            pendingFks.append(own);
        }
        {
            SqliteStatement triggers(c, QLatin1String(kTriggers));
            QHash<QString, int> byName;
            for (int i = 0; i < tables.size(); ++i)
                byName.insert(tables[i].name.toLower(), i);
            while (triggers.step()) {
                const int i = byName.value(triggers.text(1).toLower(), -1);
                if (i >= 0)
                    tables[i].triggers << triggers.text(0);
            }
            SqliteStatement hasStat(c, QLatin1String(kHasStat1));
            if (hasStat.step() && hasStat.integer(0) > 0) {
                SqliteStatement stat(c, QLatin1String(kStat1));
                while (stat.step()) {
                    const int i = byName.value(stat.text(0).toLower(), -1);
                    if (i >= 0 && tables[i].estimatedRows < 0)
                        tables[i].estimatedRows = stat.text(1).section(QLatin1Char(' '), 0, 0).toLongLong();
                }
            }
        }
        transaction.end();

        // Foreign keys. SQLite matches table names case-insensitively; a missing parent becomes an
        // external placeholder so the edge can still be drawn and reported.
        QHash<QString, int> byName;
        for (int i = 0; i < tables.size(); ++i)
            byName.insert(tables[i].name.toLower(), i);
        QList<ForeignKey> foreignKeys;
        for (int i = 0; i < pendingFks.size(); ++i) {
            const QList<Pending> &own = pendingFks[i];
            const QList<SqliteTableDdl::ForeignKeyClause> &clauses = ddls[i].foreignKeys;
            QSet<QString> used;
            for (const Pending &p : own) {
                int parent = byName.value(p.parent.toLower(), -1);
                if (parent < 0) {
                    Table missing;
                    missing.schema = schema;
                    missing.name = p.parent;
                    missing.external = true;
                    tables.append(missing);
                    parent = static_cast<int>(tables.size() - 1);
                    byName.insert(p.parent.toLower(), parent);
                    warnings << QCoreApplication::translate("fkscope::Messages", "%1 has a foreign key to %2, which does not exist.").arg(tables[i].name, p.parent);
                }
                ForeignKey fk;
                fk.child = i;
                fk.parent = parent;
                fk.columns = p.from;
                fk.refColumns = p.to;
                if (std::all_of(p.to.begin(), p.to.end(), [](const QString &s) { return s.isEmpty(); }))
                    fk.refColumns = tables[parent].primaryKey; // REFERENCES parent: its primary key
                fk.onDelete = p.onDelete;
                fk.onUpdate = p.onUpdate;
                // The pragma numbers foreign keys backwards from the last one declared.
                const int declared = static_cast<int>(own.size()) - 1 - p.id;
                if (declared >= 0 && declared < clauses.size() && clauses.size() == own.size()) {
                    const SqliteTableDdl::ForeignKeyClause &clause = clauses[declared];
                    fk.name = clause.name;
                    fk.deferrable = clause.deferrable;
                    fk.deferred = clause.initiallyDeferred;
                }
                if (fk.name.isEmpty()) {
                    const QString base = QStringLiteral("%1_%2_fkey").arg(tables[i].name, p.from.join(QLatin1Char('_')));
                    fk.name = base;
                    for (int n = 1; used.contains(fk.name); ++n)
                        fk.name = base + QString::number(n);
                }
                used.insert(fk.name);
                foreignKeys.append(fk);
            }
        }
        if (options.progress)
            options.progress(static_cast<int>(tables.size()), static_cast<int>(tables.size()), QStringLiteral("done"));
        return SchemaGraph(source, tables, foreignKeys, warnings);
    });
}

} // namespace fkscope
