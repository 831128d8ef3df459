#include "pgcatalogloader.h"

#include "catalogqueries.h"
#include "pgconnection.h"

#include <pqxx/result>
#include <pqxx/transaction>

#include <QElapsedTimer>
#include <QHash>

namespace fkscope {

namespace {

using Oid = quint32;
using ReadOnlySnapshot = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

struct QueryArgs
{
    std::string include;
    std::string exclude;
    bool system = false;
};

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
            throw Error(ErrorKind::Cancelled, QStringLiteral("Loading the catalog was cancelled."));
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

pqxx::result runQuery(ReadOnlySnapshot &tx, const char *name, const std::string &sql, const QueryArgs &args)
{
    QElapsedTimer timer;
    timer.start();
    pqxx::result r = tx.exec_params(sql, args.include, args.exclude, args.system);
    qCDebug(lcPg).noquote() << "catalog query" << name << ":" << r.size() << "rows in" << timer.elapsed() << "ms";
    return r;
}

QList<TableRef> refList(const pqxx::field &schemas, const pqxx::field &names)
{
    const QStringList s = fieldTextArray(schemas);
    const QStringList n = fieldTextArray(names);
    QList<TableRef> out;
    out.reserve(n.size());
    for (int i = 0; i < n.size() && i < s.size(); ++i)
        out.append({s[i], n[i]});
    return out;
}

char firstChar(const pqxx::field &field) { return field.is_null() || field.size() == 0 ? '\0' : field.c_str()[0]; }

} // namespace

PgCatalogLoader::PgCatalogLoader(QString conninfo)
    : m_conninfo(std::move(conninfo))
{
}

PgCatalogLoader::PgCatalogLoader(PgConnection &connection)
    : m_connection(&connection)
{
}

QString PgCatalogLoader::globToRegex(const QString &glob)
{
    QString re = QStringLiteral("^");
    for (const QChar c : glob) {
        if (c == u'*')
            re += QLatin1String(".*");
        else if (c == u'?')
            re += QLatin1Char('.');
        else if (QStringLiteral("\\.^$|()[]{}+").contains(c))
            re += QLatin1Char('\\') + c;
        else
            re += c;
    }
    return re + QLatin1Char('$');
}

SchemaGraph PgCatalogLoader::load(const LoadOptions &options)
{
    if (m_connection)
        return loadWith(*m_connection, options);
    if (options.cancel.isCancelled())
        throw Error(ErrorKind::Cancelled, QStringLiteral("Loading the catalog was cancelled."));
    PgConnection connection(m_conninfo);
    return loadWith(connection, options);
}

SchemaGraph PgCatalogLoader::loadWith(PgConnection &connection, const LoadOptions &options)
{
    if (connection.serverVersionNum() < pg::kMinimumServerVersion)
        throw Error(ErrorKind::Unsupported,
                    QStringLiteral("PostgreSQL %1 is not supported; fkscope needs PostgreSQL 12 or newer.")
                        .arg(connection.serverVersionNum() / 10000));
    const pg::CatalogQueries sql = pg::CatalogQueries::forServer(connection.serverVersionNum());

    QueryArgs args;
    QStringList include, exclude;
    for (const QString &g : options.includeSchemas)
        include.append(globToRegex(g));
    for (const QString &g : options.excludeSchemas)
        exclude.append(globToRegex(g));
    args.include = textArrayLiteral(include);
    args.exclude = textArrayLiteral(exclude);
    args.system = options.includeSystemSchemas;

    Steps steps(options, 9);
    return connection.run(options.cancel, [&]() -> SchemaGraph {
        ReadOnlySnapshot tx(connection.raw());
        // JIT compilation costs ~70 ms per catalog query (their cost estimates pass jit_above_cost)
        // and buys nothing on a few thousand catalog rows.
        tx.exec_params("SELECT pg_catalog.set_config('statement_timeout', $1, true), "
                       "pg_catalog.set_config('jit', 'off', true)",
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

        steps.next(QStringLiteral("tables"));
        QList<Table> tables;
        QHash<Oid, TableId> byOid;
        {
            const pqxx::result r = runQuery(tx, "tables", sql.tables, args);
            tables.reserve(static_cast<int>(r.size()));
            byOid.reserve(static_cast<int>(r.size()));
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
                if (!row[10].is_null())
                    t.partitionOf = TableRef{fieldText(row[9]), fieldText(row[10])};
                t.inheritsFrom = refList(row[11], row[12]);
                t.partitions = refList(row[13], row[14]);
                byOid.insert(row[0].as<Oid>(), static_cast<TableId>(tables.size()));
                tables.append(std::move(t));
            }
        }

        steps.next(QStringLiteral("columns"));
        for (const pqxx::row &row : runQuery(tx, "columns", sql.columns, args)) {
            const TableId id = byOid.value(row[0].as<Oid>(), kInvalidId);
            if (id == kInvalidId)
                continue;
            Column c;
            c.name = fieldText(row[1]);
            c.type = fieldText(row[2]);
            c.notNull = row[3].as<bool>();
            const char identity = firstChar(row[5]);
            const char generated = firstChar(row[6]);
            if (!row[4].is_null()) {
                if (generated)
                    c.generated = fieldText(row[4]);
                else
                    c.defaultExpr = fieldText(row[4]);
            }
            c.identity = identity == 'a' ? QStringLiteral("always")
                                         : (identity == 'd' ? QStringLiteral("by_default") : QString());
            c.comment = fieldText(row[7]);
            tables[id].columns.append(std::move(c));
        }

        steps.next(QStringLiteral("keys"));
        for (const pqxx::row &row : runQuery(tx, "keys", sql.keys, args)) {
            const TableId id = byOid.value(row[0].as<Oid>(), kInvalidId);
            if (id == kInvalidId)
                continue;
            if (firstChar(row[2]) == 'p') {
                tables[id].primaryKeyName = fieldText(row[1]);
                tables[id].primaryKey = fieldTextArray(row[3]);
            } else {
                tables[id].uniqueConstraints.append({fieldText(row[1]), fieldTextArray(row[3])});
            }
        }

        steps.next(QStringLiteral("indexes"));
        for (const pqxx::row &row : runQuery(tx, "indexes", sql.indexes, args)) {
            const TableId id = byOid.value(row[0].as<Oid>(), kInvalidId);
            if (id == kInvalidId)
                continue;
            Index index;
            index.name = fieldText(row[1]);
            index.unique = row[2].as<bool>();
            index.primary = row[3].as<bool>();
            index.partial = row[4].as<bool>();
            index.valid = row[5].as<bool>();
            index.columns = fieldTextArray(row[6]);
            tables[id].indexes.append(std::move(index));
        }

        steps.next(QStringLiteral("checks"));
        for (const pqxx::row &row : runQuery(tx, "checks", sql.checks, args)) {
            const TableId id = byOid.value(row[0].as<Oid>(), kInvalidId);
            if (id != kInvalidId)
                tables[id].checks.append({fieldText(row[1]), fieldText(row[2]), row[3].as<bool>()});
        }

        steps.next(QStringLiteral("triggers, rules and policies"));
        for (const pqxx::row &row : runQuery(tx, "hooks", sql.hooks, args)) {
            const TableId id = byOid.value(row[0].as<Oid>(), kInvalidId);
            if (id == kInvalidId)
                continue;
            const char kind = firstChar(row[1]);
            QStringList &list = kind == 't' ? tables[id].triggers
                                            : (kind == 'r' ? tables[id].rules : tables[id].policies);
            list.append(fieldText(row[2]));
        }

        steps.next(QStringLiteral("foreign keys"));
        QList<ForeignKey> fks;
        QHash<Oid, ForeignKeyId> fkByOid;
        {
            const pqxx::result r = runQuery(tx, "foreign keys", sql.foreignKeys, args);
            fks.reserve(static_cast<int>(r.size()));
            for (const pqxx::row &row : r) {
                ForeignKey fk;
                fk.name = fieldText(row[1]);
                fk.child = byOid.value(row[2].as<Oid>(), kInvalidId);
                fk.parent = byOid.value(row[3].as<Oid>(), kInvalidId);
                if (fk.child == kInvalidId || fk.parent == kInvalidId)
                    continue; // both ends are always loaded; defensive against concurrent DDL
                fk.columns = fieldTextArray(row[4]);
                fk.refColumns = fieldTextArray(row[5]);
                fk.onDelete = fkActionFromPgCode(firstChar(row[6])).value_or(FkAction::NoAction);
                fk.onUpdate = fkActionFromPgCode(firstChar(row[7])).value_or(FkAction::NoAction);
                fk.match = matchTypeFromPgCode(firstChar(row[8])).value_or(MatchType::Simple);
                fk.deferrable = row[9].as<bool>();
                fk.deferred = row[10].as<bool>();
                fk.validated = row[11].as<bool>();
                if (!row[12].is_null())
                    fk.setColumns = fieldTextArray(row[12]);
                fkByOid.insert(row[0].as<Oid>(), static_cast<ForeignKeyId>(fks.size()));
                fks.append(std::move(fk));
            }
        }

        steps.next(QStringLiteral("partition copies of foreign keys"));
        for (const pqxx::row &row : runQuery(tx, "foreign key clones", sql.foreignKeyClones, args)) {
            const ForeignKeyId id = fkByOid.value(row[0].as<Oid>(), kInvalidId);
            if (id != kInvalidId)
                fks[id].clones.append({{fieldText(row[1]), fieldText(row[2])}, fieldText(row[3])});
        }
        tx.commit();
        steps.finish();

        return SchemaGraph(std::move(source), std::move(tables), std::move(fks));
    });
}

} // namespace fkscope
