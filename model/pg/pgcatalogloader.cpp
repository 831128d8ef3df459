// SPDX-License-Identifier: Apache-2.0
#include "pgcatalogloader.h"

#include "catalogqueries.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <pqxx/result>
#include <pqxx/transaction>

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace fkscope {

namespace {

using Oid = quint32;
using ReadOnlySnapshot = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

class Steps
{
public:
    Steps(const LoadOptions &options, int total)
        : m_options(options)
        , m_total(total)
    {
    }

    // Reports the step about to start; stops the load if the user cancelled.
    void next(const QString &what)
    {
        if (m_options.cancel.isCancelled())
            throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "Loading the catalog was cancelled."));
        if (m_options.progress)
            m_options.progress(m_done, m_total, what);
        ++m_done;
    }

    void finish()
    {
        if (m_options.progress)
            m_options.progress(m_total, m_total, QStringLiteral("done"));
    }

private:
    const LoadOptions &m_options;
    int m_total;
    int m_done = 0;
};

template<typename... Params>
pqxx::result runQuery(ReadOnlySnapshot &tx, const char *name, const std::string &sql, Params &&...params)
{
    QElapsedTimer timer;
    timer.start();
    pqxx::result r = tx.exec_params(sql, std::forward<Params>(params)...);
    qCDebug(lcPg).noquote() << "catalog query" << name << ":" << r.size() << "rows in" << timer.elapsed() << "ms";
    return r;
}

// An oid[] literal: {1,2,3}.
std::string oidArrayLiteral(const QList<Oid> &oids)
{
    std::string out = "{";
    out.reserve(static_cast<std::size_t>(oids.size()) * 7 + 2);
    for (int i = 0; i < oids.size(); ++i) {
        if (i)
            out += ',';
        out += std::to_string(oids[i]);
    }
    return out + '}';
}

// A one-dimensional integer array in text form ("{1,2,3}" or an int2vector's "1 2 3").
QList<int> intArray(const pqxx::field &field)
{
    QList<int> out;
    if (field.is_null())
        return out;
    int value = 0;
    bool inNumber = false, negative = false;
    for (const char *p = field.c_str(); *p; ++p) {
        if (*p >= '0' && *p <= '9') {
            value = value * 10 + (*p - '0');
            inNumber = true;
        } else if (*p == '-') {
            negative = true;
        } else {
            if (inNumber)
                out.append(negative ? -value : value);
            value = 0;
            inNumber = negative = false;
        }
    }
    if (inNumber)
        out.append(negative ? -value : value);
    return out;
}

char firstChar(const pqxx::field &field) { return field.is_null() || field.size() == 0 ? '\0' : field.c_str()[0]; }

// Reads the catalog, query by query, into tables and foreign keys. All queries run in one
// REPEATABLE READ snapshot, so the OIDs the first query picks stay valid for the others.
class CatalogReader
{
public:
    CatalogReader(ReadOnlySnapshot &tx, const pg::CatalogQueries &sql)
        : m_tx(tx)
        , m_sql(sql)
    {
    }

    void readTables(const std::string &include, const std::string &exclude, bool system)
    {
        const pqxx::result r = runQuery(m_tx, "tables", m_sql.tables, include, exclude, system);
        m_tables.reserve(static_cast<int>(r.size()));
        m_byOid.reserve(static_cast<int>(r.size()));
        QList<Oid> chosen, external;
        for (const pqxx::row &row : r) {
            Table t;
            t.schema = fieldText(row[1]);
            t.name = fieldText(row[2]);
            const char kind = firstChar(row[3]);
            t.kind = kind == 'p' ? TableKind::PartitionedTable
                                 : (kind == 'f' ? TableKind::ForeignTable : TableKind::Table);
            t.external = row[4].as<bool>();
            t.comment = fieldText(row[5]);
            t.estimatedRows = row[6].is_null() ? -1 : row[6].as<qint64>();
            t.sizeBytes = row[7].as<qint64>(0);
            t.rowSecurity = row[8].as<bool>();
            const Oid oid = row[0].as<Oid>();
            (t.external ? external : chosen).append(oid);
            m_byOid.insert(oid, static_cast<TableId>(m_tables.size()));
            m_tables.append(std::move(t));
        }
        m_attnums.resize(m_tables.size());
        m_chosen = oidArrayLiteral(chosen);
        m_external = oidArrayLiteral(external);
    }

    void readInheritance()
    {
        for (const pqxx::row &row : query("inheritance", m_sql.inheritance)) {
            const TableRef child{fieldText(row[2]), fieldText(row[3])};
            const TableRef parent{fieldText(row[4]), fieldText(row[5])};
            const bool partition = row[6].as<bool>();
            const TableId childId = table(row[0]);
            const TableId parentId = table(row[1]);
            if (childId != kInvalidId) {
                if (partition)
                    m_tables[childId].partitionOf = parent;
                else
                    m_tables[childId].inheritsFrom.append(parent);
            }
            if (parentId != kInvalidId && partition)
                m_tables[parentId].partitions.append(child);
        }
        for (Table &t : m_tables) {
            std::sort(t.partitions.begin(), t.partitions.end(), [](const TableRef &a, const TableRef &b) {
                return a.schema != b.schema ? a.schema.toUtf8() < b.schema.toUtf8() : a.name.toUtf8() < b.name.toUtf8();
            });
        }
    }

    void readColumns()
    {
        for (const pqxx::row &row : query("columns", m_sql.columns)) {
            const TableId id = table(row[0]);
            if (id == kInvalidId)
                continue;
            Column c;
            c.name = fieldText(row[2]);
            c.type = fieldText(row[3]);
            c.notNull = row[4].as<bool>();
            const char identity = firstChar(row[6]);
            const char generated = firstChar(row[7]);
            if (!row[5].is_null()) {
                if (generated)
                    c.generated = fieldText(row[5]);
                else
                    c.defaultExpr = fieldText(row[5]);
            }
            c.identity = identity == 'a' ? QStringLiteral("always")
                                         : (identity == 'd' ? QStringLiteral("by_default") : QString());
            c.comment = fieldText(row[8]);
            c.collation = fieldText(row[9]);
            const int attnum = row[1].as<int>();
            QList<int> &map = m_attnums[id];
            if (map.size() <= attnum)
                map.resize(attnum + 1, -1);
            map[attnum] = static_cast<int>(m_tables[id].columns.size());
            m_tables[id].columns.append(std::move(c));
        }
    }

    void readKeys()
    {
        for (const pqxx::row &row : query("keys", m_sql.keys)) {
            const TableId id = table(row[0]);
            if (id == kInvalidId)
                continue;
            const QStringList columns = names(id, intArray(row[3]));
            if (firstChar(row[2]) == 'p') {
                m_tables[id].primaryKeyName = fieldText(row[1]);
                m_tables[id].primaryKey = columns;
            } else {
                m_tables[id].uniqueConstraints.append({fieldText(row[1]), columns});
            }
        }
    }

    void readIndexes()
    {
        for (const pqxx::row &row : query("indexes", m_sql.indexes)) {
            const TableId id = table(row[0]);
            if (id == kInvalidId)
                continue;
            Index index;
            index.name = fieldText(row[1]);
            index.unique = row[2].as<bool>();
            index.primary = row[3].as<bool>();
            index.partial = row[4].as<bool>();
            index.valid = row[5].as<bool>();
            const QList<int> attnums = intArray(row[6]).mid(0, row[7].as<int>());
            const QStringList texts = fieldTextArray(row[8]); // only for indexes with expressions
            for (int k = 0; k < attnums.size(); ++k)
                index.columns.append(attnums[k] != 0 ? name(id, attnums[k]) : texts.value(k));
            m_tables[id].indexes.append(std::move(index));
        }
    }

    void readChecks()
    {
        for (const pqxx::row &row : query("checks", m_sql.checks)) {
            const TableId id = table(row[0]);
            if (id != kInvalidId)
                m_tables[id].checks.append({fieldText(row[1]), fieldText(row[2]), row[3].as<bool>()});
        }
    }

    void readHooks()
    {
        for (const pqxx::row &row : query("hooks", m_sql.hooks)) {
            const TableId id = table(row[0]);
            if (id == kInvalidId)
                continue;
            const char kind = firstChar(row[1]);
            QStringList &list = kind == 't' ? m_tables[id].triggers
                                            : (kind == 'r' ? m_tables[id].rules : m_tables[id].policies);
            list.append(fieldText(row[2]));
        }
    }

    void readForeignKeys()
    {
        const pqxx::result r = query("foreign keys", m_sql.foreignKeys);
        m_fks.reserve(static_cast<int>(r.size()));
        for (const pqxx::row &row : r) {
            ForeignKey fk;
            fk.name = fieldText(row[1]);
            fk.child = table(row[2]);
            fk.parent = table(row[3]);
            if (fk.child == kInvalidId || fk.parent == kInvalidId)
                continue; // both ends are loaded by construction
            fk.columns = names(fk.child, intArray(row[4]));
            fk.refColumns = names(fk.parent, intArray(row[5]));
            fk.onDelete = fkActionFromPgCode(firstChar(row[6])).value_or(FkAction::NoAction);
            fk.onUpdate = fkActionFromPgCode(firstChar(row[7])).value_or(FkAction::NoAction);
            fk.match = matchTypeFromPgCode(firstChar(row[8])).value_or(MatchType::Simple);
            fk.deferrable = row[9].as<bool>();
            fk.deferred = row[10].as<bool>();
            fk.validated = row[11].as<bool>();
            if (!row[12].is_null())
                fk.setColumns = names(fk.child, intArray(row[12]));
            m_fkByOid.insert(row[0].as<Oid>(), static_cast<ForeignKeyId>(m_fks.size()));
            m_fks.append(std::move(fk));
        }
    }

    void readForeignKeyClones()
    {
        for (const pqxx::row &row : query("foreign key clones", m_sql.foreignKeyClones)) {
            const ForeignKeyId id = m_fkByOid.value(row[0].as<Oid>(), kInvalidId);
            if (id != kInvalidId)
                m_fks[id].clones.append({{fieldText(row[1]), fieldText(row[2])}, fieldText(row[3])});
        }
    }

    QList<Table> takeTables() { return std::move(m_tables); }
    QList<ForeignKey> takeForeignKeys() { return std::move(m_fks); }

private:
    pqxx::result query(const char *name, const std::string &sql)
    {
        return runQuery(m_tx, name, sql, m_chosen, m_external);
    }

    TableId table(const pqxx::field &oid) const { return m_byOid.value(oid.as<Oid>(), kInvalidId); }

    QString name(TableId id, int attnum) const
    {
        const QList<int> &map = m_attnums[id];
        const int index = attnum > 0 && attnum < map.size() ? map[attnum] : -1;
        // System columns (negative attnums) cannot be keys; an unknown number means concurrent DDL.
        return index >= 0 ? m_tables[id].columns[index].name : QStringLiteral("#%1").arg(attnum);
    }

    QStringList names(TableId id, const QList<int> &attnums) const
    {
        QStringList out;
        out.reserve(attnums.size());
        for (int attnum : attnums)
            out.append(name(id, attnum));
        return out;
    }

    ReadOnlySnapshot &m_tx;
    const pg::CatalogQueries &m_sql;
    QList<Table> m_tables;
    QHash<Oid, TableId> m_byOid;
    QList<QList<int>> m_attnums; // per table: attnum -> index in columns, -1 for dropped
    std::string m_chosen, m_external;
    QList<ForeignKey> m_fks;
    QHash<Oid, ForeignKeyId> m_fkByOid;
};

} // namespace

PgCatalogLoader::PgCatalogLoader(QString conninfo)
    : m_conninfo(std::move(conninfo))
{
}

PgCatalogLoader::PgCatalogLoader(PgConnection &connection)
    : m_connection(&connection)
{
}

SchemaGraph PgCatalogLoader::load(const LoadOptions &options)
{
    if (m_connection)
        return loadWith(*m_connection, options);
    if (options.cancel.isCancelled())
        throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "Loading the catalog was cancelled."));
    PgConnection connection(m_conninfo);
    return loadWith(connection, options);
}

SchemaGraph PgCatalogLoader::loadWith(PgConnection &connection, const LoadOptions &options)
{
    if (connection.serverVersionNum() < pg::kMinimumServerVersion)
        throw Error(ErrorKind::Unsupported,
                    QCoreApplication::translate("fkscope::Messages", "PostgreSQL %1 is not supported; fkscope needs PostgreSQL 12 or newer.")
                        .arg(connection.serverVersionNum() / 10000));
    const pg::CatalogQueries sql = pg::CatalogQueries::forServer(connection.serverVersionNum());

    QStringList include, exclude;
    for (const QString &g : options.includeSchemas)
        include.append(schemaGlobToRegex(g));
    for (const QString &g : options.excludeSchemas)
        exclude.append(schemaGlobToRegex(g));

    Steps steps(options, 10);
    return connection.run(options.cancel, options.timeoutMs, [&]() -> SchemaGraph {
        ReadOnlySnapshot tx(connection.raw());
        // Transaction-local settings: JIT compilation costs ~70 ms per catalog query (their cost
        // estimates pass jit_above_cost) and buys nothing on catalog rows; the default 4 MB work_mem
        // makes the sorts of a 10,000-table catalog spill to disk.
        tx.exec_params("SELECT pg_catalog.set_config('statement_timeout', $1, true), "
                       "pg_catalog.set_config('jit', 'off', true), "
                       "pg_catalog.set_config('work_mem', '64MB', true)",
                       std::to_string(options.timeoutMs));

        steps.next(QStringLiteral("server"));
        SourceInfo source;
        {
            const pqxx::row r = tx.exec1(sql.server);
            source.engine = QStringLiteral("postgresql");
            source.serverVersion = fieldText(r[0]).section(QLatin1Char(' '), 0, 0);
            source.database = fieldText(r[2]);
            source.user = fieldText(r[3]);
        }

        CatalogReader reader(tx, sql);
        steps.next(QStringLiteral("tables"));
        reader.readTables(textArrayLiteral(include), textArrayLiteral(exclude), options.includeSystemSchemas);
        steps.next(QCoreApplication::translate("fkscope::Messages", "partitions and inheritance"));
        reader.readInheritance();
        steps.next(QStringLiteral("columns"));
        reader.readColumns();
        steps.next(QStringLiteral("keys"));
        reader.readKeys();
        steps.next(QStringLiteral("indexes"));
        reader.readIndexes();
        steps.next(QStringLiteral("checks"));
        reader.readChecks();
        steps.next(QCoreApplication::translate("fkscope::Messages", "triggers, rules and policies"));
        reader.readHooks();
        steps.next(QCoreApplication::translate("fkscope::Messages", "foreign keys"));
        reader.readForeignKeys();
        steps.next(QCoreApplication::translate("fkscope::Messages", "partition copies of foreign keys"));
        reader.readForeignKeyClones();
        tx.commit();
        steps.finish();
        return SchemaGraph(std::move(source), reader.takeTables(), reader.takeForeignKeys());
    });
}

} // namespace fkscope
