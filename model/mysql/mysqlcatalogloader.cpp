// SPDX-License-Identifier: Apache-2.0
#include "mysqlcatalogloader.h"

#include "mysqlconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace fkscope {

namespace {


const char *const kSchemata = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA";
const char *const kTables = "SELECT TABLE_NAME, ENGINE, TABLE_ROWS, COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0), "
                            "TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? "
                            "AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')";
const char *const kColumns = "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, "
                             "EXTRA, COLUMN_COMMENT, COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?";
// Without ORDER BY the rows come per table in the table's key order (PRIMARY, then the others as
// the server keeps them), which is the order InnoDB checks foreign keys in.
const char *const kIndexes = "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, COLLATION "
                             "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?";
const char *const kReferential = "SELECT CONSTRAINT_NAME, TABLE_NAME, DELETE_RULE, UPDATE_RULE, MATCH_OPTION "
                                 "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?";
const char *const kKeyColumns = "SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, REFERENCED_TABLE_SCHEMA, "
                                "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
                                "WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL";
const char *const kChecksMariaDb = "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                                   "WHERE CONSTRAINT_SCHEMA = ?";
const char *const kChecksMysql = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS tc "
                                 "JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
                                 "AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME WHERE tc.CONSTRAINT_SCHEMA = ? "
                                 "AND tc.CONSTRAINT_TYPE = 'CHECK'";
const char *const kTriggers = "SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?";
// Privileges that make every table of a database visible: global ones, or on the database itself.
const char *const kGlobalPrivileges = "SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE <> 'USAGE'";
const char *const kSchemaPrivileges = "SELECT DISTINCT TABLE_SCHEMA FROM information_schema.SCHEMA_PRIVILEGES";

std::optional<FkAction> actionFromRule(const QString &rule)
{
    if (rule == QLatin1String("CASCADE"))
        return FkAction::Cascade;
    if (rule == QLatin1String("SET NULL"))
        return FkAction::SetNull;
    if (rule == QLatin1String("SET DEFAULT"))
        return FkAction::SetDefault;
    if (rule == QLatin1String("RESTRICT"))
        return FkAction::Restrict;
    if (rule == QLatin1String("NO ACTION"))
        return FkAction::NoAction;
    return std::nullopt;
}

struct PendingFk
{
    QString schema;
    QString name;
    QString table;
    QString refSchema;
    QString refTable;
    std::map<int, QPair<QString, QString>> pairs; // ordinal -> (column, referenced column)
    FkAction onDelete = FkAction::Restrict;
    FkAction onUpdate = FkAction::Restrict;
    MatchType match = MatchType::Simple;
};

// Everything information_schema says about the tables of one database (or some of them).
struct SchemaContents
{
    QList<Table> tables;
    QList<PendingFk> fks; // declared on these tables
};

class Reader
{
public:
    explicit Reader(MysqlConnection &c)
        : m_c(c)
    {
    }

    // Loads the tables of `schema`; only `only` when it is not empty.
    SchemaContents readSchema(const QString &schema, const QSet<QString> &only = {})
    {
        SchemaContents out;
        QHash<QString, int> byName;
        auto wanted = [&](const QString &table) { return only.isEmpty() || only.contains(table); };
        {
            MysqlStatement s(m_c, QLatin1String(kTables));
            s.execute({schema});
            while (s.fetch()) {
                const QString name = s.text(0);
                if (!wanted(name))
                    continue;
                Table t;
                t.schema = schema;
                t.name = name;
                t.estimatedRows = s.isNull(2) ? -1 : s.integer(2);
                t.sizeBytes = s.integer(3);
                t.comment = s.text(4);
                if (!s.isNull(1) && s.text(1).compare(QLatin1String("InnoDB"), Qt::CaseInsensitive) != 0)
                    m_engineWarnings << QCoreApplication::translate("fkscope::Messages", "%1.%2 uses the %3 storage engine, which ignores foreign keys.").arg(schema, name, s.text(1));
                byName.insert(name, static_cast<int>(out.tables.size()));
                out.tables.append(t);
            }
        }
        if (out.tables.isEmpty())
            return out;
        {
            MysqlStatement s(m_c, QLatin1String(kColumns));
            s.execute({schema});
            QHash<int, QList<QPair<int, Column>>> columns;
            while (s.fetch()) {
                const auto it = byName.constFind(s.text(0));
                if (it == byName.constEnd())
                    continue;
                Column col;
                col.name = s.text(1);
                col.type = s.text(3);
                col.notNull = s.text(4) == QLatin1String("NO");
                // MariaDB writes a default NULL as the word NULL, literals quoted; MySQL as SQL NULL.
                if (!s.isNull(5) && s.text(5) != QLatin1String("NULL"))
                    col.defaultExpr = s.text(5);
                const QString extra = s.text(6).toUpper();
                if (extra.contains(QLatin1String("AUTO_INCREMENT")))
                    col.identity = QStringLiteral("by_default");
                if (extra.contains(QLatin1String("STORED GENERATED")) || extra.contains(QLatin1String("PERSISTENT")))
                    col.generated = QStringLiteral("stored");
                else if (extra.contains(QLatin1String("VIRTUAL")))
                    col.generated = QStringLiteral("virtual");
                col.comment = s.text(7);
                col.collation = s.isNull(8) ? QString() : s.text(8); // string columns only
                columns[*it].append({static_cast<int>(s.integer(2)), col});
            }
            for (auto it = columns.begin(); it != columns.end(); ++it) {
                std::sort(it->begin(), it->end(), [](const auto &a, const auto &b) { return a.first < b.first; });
                for (const auto &c : *it)
                    out.tables[it.key()].columns.append(c.second);
            }
            // Every table has a column; one without was dropped after the table list was read.
            for (const Table &t : out.tables) {
                if (t.columns.isEmpty())
                    m_vanished.insert(schema + QChar(0) + t.name);
            }
        }
        {
            MysqlStatement s(m_c, QLatin1String(kIndexes));
            s.execute({schema});
            // Per table: indexes in arrival order, columns by SEQ_IN_INDEX.
            QHash<int, QList<Index>> indexes;
            QHash<int, QHash<QString, std::map<int, QString>>> parts;
            QHash<int, QHash<QString, QStringList>> descending;
            while (s.fetch()) {
                const auto it = byName.constFind(s.text(0));
                if (it == byName.constEnd())
                    continue;
                const QString name = s.text(1);
                QList<Index> &list = indexes[*it];
                if (std::none_of(list.begin(), list.end(), [&](const Index &i) { return i.name == name; })) {
                    Index index;
                    index.name = name;
                    index.unique = s.integer(2) == 0;
                    index.primary = name == QLatin1String("PRIMARY");
                    list.append(index);
                }
                QString column = s.isNull(4) ? QStringLiteral("<expression>") : s.text(4);
                if (!s.isNull(5))
                    column += QStringLiteral("(%1)").arg(s.text(5)); // a prefix index
                parts[*it][name][static_cast<int>(s.integer(3))] = column;
                if (s.text(6) == QLatin1String("D"))
                    descending[*it][name] << column;
            }
            for (auto it = indexes.begin(); it != indexes.end(); ++it) {
                Table &t = out.tables[it.key()];
                for (Index index : *it) {
                    for (const auto &p : parts[it.key()][index.name])
                        index.columns << p.second;
                    index.descending = descending[it.key()].value(index.name);
                    if (index.primary) {
                        t.primaryKeyName = index.name;
                        t.primaryKey = index.columns;
                    } else if (index.unique) {
                        t.uniqueConstraints.append({index.name, index.columns});
                    }
                    t.indexes.append(index);
                }
            }
        }
        {
            // The keys and their column pairs come from KEY_COLUMN_USAGE, which MariaDB shows to a
            // user with SELECT only; REFERENTIAL_CONSTRAINTS (the rules) it shows only with more
            // privileges. Keys it leaves out get their rules from SHOW CREATE TABLE.
            QHash<QString, PendingFk> fks; // by table and constraint name
            MysqlStatement k(m_c, QLatin1String(kKeyColumns));
            k.execute({schema});
            while (k.fetch()) {
                if (!wanted(k.text(1)))
                    continue;
                PendingFk &fk = fks[k.text(1) + QChar(0) + k.text(0)];
                fk.schema = schema;
                fk.name = k.text(0);
                fk.table = k.text(1);
                fk.refSchema = k.text(4);
                fk.refTable = k.text(5);
                fk.pairs[static_cast<int>(k.integer(3))] = {k.text(2), k.text(6)};
            }
            QSet<QString> ruled;
            MysqlStatement r(m_c, QLatin1String(kReferential));
            r.execute({schema});
            while (r.fetch()) {
                auto it = fks.find(r.text(1) + QChar(0) + r.text(0));
                if (it == fks.end())
                    continue;
                it->onDelete = actionFromRule(r.text(2)).value_or(FkAction::Restrict);
                it->onUpdate = actionFromRule(r.text(3)).value_or(FkAction::Restrict);
                const QString match = r.text(4);
                it->match = match == QLatin1String("FULL") ? MatchType::Full
                                                           : match == QLatin1String("PARTIAL") ? MatchType::Partial : MatchType::Simple;
                ruled.insert(it.key());
            }
            QSet<QString> unruledTables;
            for (auto it = fks.cbegin(); it != fks.cend(); ++it) {
                if (!ruled.contains(it.key()))
                    unruledTables.insert(it->table);
            }
            for (const QString &table : unruledTables)
                readRulesFromCreateTable(schema, table, fks);
            QList<PendingFk> list = fks.values();
            // Constraint ids (db/name) in byte order: InnoDB's own order, and a stable one.
            std::sort(list.begin(), list.end(), [](const PendingFk &a, const PendingFk &b) {
                return a.name.toUtf8() < b.name.toUtf8() || (a.name == b.name && a.table < b.table);
            });
            for (const PendingFk &fk : list) {
                if (!fk.pairs.empty())
                    out.fks.append(fk);
            }
        }
        {
            MysqlStatement s(m_c, QLatin1String(m_c.server().isMariaDb() ? kChecksMariaDb : kChecksMysql));
            s.execute({schema});
            while (s.fetch()) {
                const auto it = byName.constFind(s.text(0));
                if (it != byName.constEnd())
                    out.tables[*it].checks.append({s.text(1), s.text(2), true});
            }
        }
        {
            MysqlStatement s(m_c, QLatin1String(kTriggers));
            s.execute({schema});
            while (s.fetch()) {
                const auto it = byName.constFind(s.text(0));
                if (it != byName.constEnd())
                    out.tables[*it].triggers << s.text(1);
            }
        }
        return out;
    }

    QStringList m_engineWarnings;
    // Tables dropped by someone else while the catalog was read ("db\0table"): left out, with a
    // warning, rather than failing the whole load.
    QSet<QString> m_vanished;

    // The ON DELETE / ON UPDATE rules of `table`'s keys as SHOW CREATE TABLE prints them (no clause:
    // RESTRICT).
    void readRulesFromCreateTable(const QString &schema, const QString &table, QHash<QString, PendingFk> &fks)
    {
        QString ddl;
        try { // prepared, SHOW CREATE TABLE already looks the table up
            MysqlStatement s(m_c, QStringLiteral("SHOW CREATE TABLE %1.%2").arg(MysqlConnection::quoteName(schema), MysqlConnection::quoteName(table)));
            s.execute();
            if (s.fetch())
                ddl = s.text(1);
            while (s.fetch()) {
            }
        } catch (const Error &e) {
            if (e.server().code != QLatin1String("1146")) // ER_NO_SUCH_TABLE: dropped since
                throw;
            m_vanished.insert(schema + QChar(0) + table);
            return;
        }
        static const QRegularExpression constraint(
            QStringLiteral("CONSTRAINT `((?:[^`]|``)+)` FOREIGN KEY .*?REFERENCES .*?\\)"
                           "(?: ON DELETE (RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT))?"
                           "(?: ON UPDATE (RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT))?,?$"),
            QRegularExpression::MultilineOption);
        for (auto m = constraint.globalMatch(ddl); m.hasNext();) {
            const QRegularExpressionMatch one = m.next();
            auto it = fks.find(table + QChar(0) + one.captured(1).replace(QLatin1String("``"), QLatin1String("`")));
            if (it == fks.end())
                continue;
            it->onDelete = actionFromRule(one.captured(2)).value_or(FkAction::Restrict);
            it->onUpdate = actionFromRule(one.captured(3)).value_or(FkAction::Restrict);
        }
    }

private:
    MysqlConnection &m_c;
};

} // namespace

bool MysqlCatalogLoader::isSystemDatabase(const QString &name)
{
    static const QSet<QString> system{QStringLiteral("mysql"), QStringLiteral("information_schema"),
                                      QStringLiteral("performance_schema"), QStringLiteral("sys")};
    return system.contains(name.toLower());
}

MysqlCatalogLoader::MysqlCatalogLoader(QString uri, bool allDatabases)
    : m_uri(std::move(uri))
    , m_allDatabases(allDatabases)
{
}

MysqlCatalogLoader::MysqlCatalogLoader(MysqlConnection &connection, bool allDatabases)
    : m_connection(&connection)
    , m_allDatabases(allDatabases)
{
}

SchemaGraph MysqlCatalogLoader::load(const LoadOptions &options)
{
    if (m_connection)
        return loadWith(*m_connection, options);
    MysqlConnection connection(m_uri);
    return loadWith(connection, options);
}

SchemaGraph MysqlCatalogLoader::loadWith(MysqlConnection &c, const LoadOptions &options)
{
    SourceInfo source;
    source.engine = QStringLiteral("mysql");
    source.flavor = c.server().flavor;
    source.serverVersion = c.server().version;
    source.database = c.uri().database;
    source.user = c.currentUser();
    return c.run(options.cancel, options.timeoutMs, [&]() -> SchemaGraph {
        MysqlTransaction transaction(c);

        QStringList all;
        {
            MysqlStatement s(c, QLatin1String(kSchemata));
            s.execute();
            while (s.fetch())
                all << s.text(0);
        }
        std::sort(all.begin(), all.end());
        const QString home = c.uri().database;
        QStringList selected;
        for (const QString &db : all) {
            if (isSystemDatabase(db) && !options.includeSystemSchemas)
                continue;
            bool take;
            if (m_allDatabases || (home.isEmpty() && options.includeSchemas.isEmpty()))
                take = true;
            else
                take = db == home || (!options.includeSchemas.isEmpty() && options.selects(db));
            LoadOptions exclude;
            exclude.excludeSchemas = options.excludeSchemas;
            if (!exclude.selects(db))
                take = false;
            if (take)
                selected << db;
        }
        const QSet<QString> selectedSet(selected.begin(), selected.end());

        Reader reader(c);
        QList<Table> tables;
        QList<PendingFk> fks;
        QStringList warnings;
        int done = 0;
        for (const QString &db : selected) {
            if (options.progress)
                options.progress(done++, static_cast<int>(selected.size()), QStringLiteral("databases"));
            SchemaContents contents = reader.readSchema(db);
            tables += contents.tables;
            fks += contents.fks;
        }

        // Other databases: their tables that reference the selection (cascades cross databases) and
        // the tables the selection references, loaded in full, marked external.
        QHash<QString, QSet<QString>> externalWanted; // database -> tables
        for (const PendingFk &fk : fks) {
            if (!selectedSet.contains(fk.refSchema))
                externalWanted[fk.refSchema].insert(fk.refTable);
        }
        for (const QString &db : all) {
            if (selectedSet.contains(db) || isSystemDatabase(db))
                continue;
            MysqlStatement s(c, QLatin1String(kKeyColumns));
            s.execute({db});
            while (s.fetch()) {
                if (selectedSet.contains(s.text(4)))
                    externalWanted[db].insert(s.text(1));
            }
        }
        for (auto it = externalWanted.cbegin(); it != externalWanted.cend(); ++it) {
            SchemaContents contents = reader.readSchema(it.key(), it.value());
            for (Table &t : contents.tables) {
                t.external = true;
                tables.append(t);
            }
            for (const PendingFk &fk : contents.fks) {
                // Only the keys that link to the selection.
                if (selectedSet.contains(fk.refSchema) || it.value().contains(fk.refTable))
                    fks.append(fk);
            }
        }

        // Databases whose tables the user sees only through table grants: tables without a grant are
        // invisible, and so are their foreign keys.
        const bool global = c.scalar(QLatin1String(kGlobalPrivileges)).toLongLong() > 0;
        if (!global) {
            QSet<QString> granted;
            MysqlStatement s(c, QLatin1String(kSchemaPrivileges));
            s.execute();
            while (s.fetch())
                granted.insert(s.text(0));
            for (const QString &db : selected) {
                // A grant on `db\_%`-style patterns is stored with its wildcards; a match counts.
                const bool covered = std::any_of(granted.begin(), granted.end(), [&](const QString &g) {
                    QString pattern = g;
                    pattern.replace(QLatin1String("\\_"), QLatin1String("\x01")).replace(QLatin1Char('_'), QLatin1Char('?'));
                    pattern.replace(QLatin1Char('%'), QLatin1Char('*')).replace(QLatin1Char('\x01'), QLatin1Char('_'));
                    return QRegularExpression(QRegularExpression::anchoredPattern(schemaGlobToRegex(pattern))).match(db).hasMatch();
                });
                if (!covered)
                    warnings << QCoreApplication::translate("fkscope::Messages", "User %1 has privileges on single tables of database %2 only: tables without a grant are "
                                   "invisible, and so are their foreign keys. Cascades and blockers through them are missing.")
                                    .arg(c.currentUser(), db);
            }
        }
        warnings += reader.m_engineWarnings;
        if (!reader.m_vanished.isEmpty()) {
            tables.erase(std::remove_if(tables.begin(), tables.end(), [&](const Table &t) {
                if (!reader.m_vanished.contains(t.schema + QChar(0) + t.name))
                    return false;
                warnings << QCoreApplication::translate("fkscope::Messages", "Table %1.%2 was dropped while the catalog was read; it is left out.").arg(t.schema, t.name);
                return true;
            }), tables.end());
            fks.erase(std::remove_if(fks.begin(), fks.end(), [&](const PendingFk &fk) {
                return reader.m_vanished.contains(fk.schema + QChar(0) + fk.table) || reader.m_vanished.contains(fk.refSchema + QChar(0) + fk.refTable);
            }), fks.end());
        }

        // Foreign keys to ids.
        QHash<QString, TableId> ids;
        for (int i = 0; i < tables.size(); ++i)
            ids.insert(tables[i].schema + QChar(0) + tables[i].name, i);
        QList<ForeignKey> foreignKeys;
        QSet<QString> seen;
        for (const PendingFk &p : fks) {
            const QString key = p.schema + QChar(0) + p.table + QChar(0) + p.name;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const TableId child = ids.value(p.schema + QChar(0) + p.table, kInvalidId);
            const TableId parent = ids.value(p.refSchema + QChar(0) + p.refTable, kInvalidId);
            if (child == kInvalidId)
                continue;
            if (parent == kInvalidId) {
                warnings << QCoreApplication::translate("fkscope::Messages", "Foreign key %1 on %2.%3 references %4.%5, which the user cannot see (or which does not exist).")
                                .arg(p.name, p.schema, p.table, p.refSchema, p.refTable);
                continue;
            }
            ForeignKey fk;
            fk.name = p.name;
            fk.child = child;
            fk.parent = parent;
            for (const auto &pair : p.pairs) {
                fk.columns << pair.second.first;
                fk.refColumns << pair.second.second;
            }
            fk.onDelete = p.onDelete;
            fk.onUpdate = p.onUpdate;
            fk.match = p.match;
            foreignKeys.append(fk);
        }
        if (options.progress)
            options.progress(static_cast<int>(selected.size()), static_cast<int>(selected.size()), QStringLiteral("databases"));
        return SchemaGraph(source, tables, foreignKeys, warnings);
    });
}

} // namespace fkscope
