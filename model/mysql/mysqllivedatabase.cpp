// SPDX-License-Identifier: Apache-2.0
#include "mysqllivedatabase.h"

#include "impact/deleteplan.h"
#include "impact/impactreport.h"
#include "mysqlcatalogloader.h"
#include "mysqlconnection.h"
#include "mysqlimpactengine.h"
#include "mysqlplandialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace fkscope {

namespace {

QString q(const QString &identifier) { return MysqlConnection::quoteName(identifier); }

bool isBinaryType(const QString &type)
{
    const QString t = type.toLower();
    return t.contains(QLatin1String("binary")) || t.contains(QLatin1String("blob")) || t.startsWith(QLatin1String("bit"))
        || t.startsWith(QLatin1String("geometry")) || t.startsWith(QLatin1String("point")) || t.contains(QLatin1String("polygon"))
        || t.contains(QLatin1String("linestring"));
}

} // namespace

MysqlLiveDatabase::MysqlLiveDatabase(const QString &uri)
    : m_connection(std::make_unique<MysqlConnection>(uri))
{
}

MysqlLiveDatabase::~MysqlLiveDatabase() = default;

SchemaGraph MysqlLiveDatabase::loadGraph(const LoadOptions &options)
{
    return MysqlCatalogLoader(*m_connection, options.includeSchemas.isEmpty()).load(options);
}

TableRef MysqlLiveDatabase::resolveTable(const SchemaGraph &graph, const QString &name)
{
    return MysqlImpactEngine::resolveTable(graph, m_connection->uri().database, name);
}

RowPage MysqlLiveDatabase::fetchRows(const SchemaGraph &graph, const RowPageRequest &request, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    RowPage page;
    const Table &table = startRowPage(graph, request, page);
    QStringList select;
    for (const Column &c : table.columns) {
        page.columns << c.name;
        // Binary values as 0x.. hex, everything else as text; both cut on the server.
        if (isBinaryType(c.type))
            select << QStringLiteral("CONCAT('0x', LEFT(HEX(r.%1), ?))").arg(q(c.name));
        else
            select << QStringLiteral("LEFT(CAST(r.%1 AS CHAR CHARACTER SET utf8mb4), ?)").arg(q(c.name));
    }
    for (const QString &k : page.keyColumns) {
        const Column *c = table.column(k);
        select << (c && isBinaryType(c->type) ? QStringLiteral("CONCAT('0x', HEX(r.%1))").arg(q(k))
                                              : QStringLiteral("CAST(r.%1 AS CHAR CHARACTER SET utf8mb4)").arg(q(k)));
    }
    QStringList order;
    const QString direction = request.descending ? QStringLiteral(" DESC") : QString();
    if (!request.sortColumn.isEmpty())
        order << QStringLiteral("r.%1 IS NULL, r.%1%2").arg(q(request.sortColumn), direction);
    for (const QString &k : page.keyColumns)
        order << QStringLiteral("r.%1%2").arg(q(k), request.sortColumn.isEmpty() ? direction : QString());
    QString sql = QStringLiteral("SELECT %1 FROM %2 AS r").arg(select.isEmpty() ? QStringLiteral("NULL") : select.join(QStringLiteral(", ")),
                                                               MysqlImpactEngine::relation(table.ref()));
    if (!request.filter.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE (%1\n)").arg(request.filter);
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    const int width = static_cast<int>(table.columns.size());
    MysqlConnection &c = *m_connection;
    return c.run(cancel, request.timeoutMs, [&]() -> RowPage {
        MysqlTransaction transaction(c);
        QVariantList params;
        for (int i = 0; i < width; ++i)
            params << static_cast<qint64>(request.maxTextLength);
        params << static_cast<qint64>(request.limit + 1) << request.offset;
        MysqlStatement s(c, sql);
        s.execute(params);
        // Rows left unread are dropped when the statement closes.
        fillRowPage(
            page, request, width, [&] { return s.fetch(); }, [&](int i) { return s.value(i); }, [&](int i) { return s.text(i); });
        page.elapsedMs = timer.elapsed();
        return page;
    });
}

qint64 MysqlLiveDatabase::countRows(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel)
{
    const Table &table = graph.table(checkRequest(graph, request));
    QVariantList params;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                            .arg(MysqlImpactEngine::relation(table.ref()), MysqlImpactEngine::rootPredicate(request, QString(), params));
    MysqlConnection &c = *m_connection;
    return c.run(cancel, request.timeoutMs, [&]() -> qint64 {
        MysqlTransaction transaction(c);
        MysqlStatement s(c, sql);
        s.execute(params);
        qint64 n = 0;
        while (s.fetch())
            n = s.integer(0);
        return n;
    });
}

void MysqlLiveDatabase::runViolationQuery(const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs, const CancelToken &cancel,
                                          FkViolations &out)
{
    const QString sql = violationQuery(draft, &MysqlImpactEngine::relation, q, sampleLimit);
    MysqlConnection &c = *m_connection;
    c.run(cancel, timeoutMs, [&]() {
        MysqlTransaction transaction(c);
        MysqlStatement s(c, sql);
        s.execute({});
        readViolations(
            out, draft.columns.size(), [&] { return s.fetch(); }, [&](int i) { return s.isNull(i); }, [&](int i) { return s.text(i); });
    });
}

ImpactResult MysqlLiveDatabase::simulate(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel,
                                         const ProgressFn &progress)
{
    return MysqlImpactEngine(*m_connection, graph).simulate(request, cancel, progress);
}

ObservedDelete MysqlLiveDatabase::verifyDelete(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel)
{
    const TableId root = checkRequest(graph, request);
    MysqlConnection &c = *m_connection;
    // The tables that can lose rows, and the foreign keys that can set rows NULL.
    const QList<TableId> closure = graph.cascadeClosure(root);
    QList<ForeignKeyId> setNull;
    for (TableId t : closure) {
        for (ForeignKeyId id : graph.incoming(t)) {
            if (graph.foreignKey(id).onDelete == FkAction::SetNull && !setNull.contains(id))
                setNull << id;
        }
    }
    auto countRows = [&](QHash<QString, qint64> &rows, QHash<QString, qint64> &nulled) {
        for (TableId t : closure) {
            const Table &table = graph.table(t);
            rows[qualifiedName(table.ref())] = c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(MysqlImpactEngine::relation(table.ref()))).toLongLong();
        }
        for (ForeignKeyId id : setNull) {
            const ForeignKey &fk = graph.foreignKey(id);
            QStringList isNull;
            for (const QString &col : fk.columns)
                isNull << QStringLiteral("%1 IS NULL").arg(q(col));
            const Table &table = graph.table(fk.child);
            nulled[qualifiedName(table.ref())] += c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                                               .arg(MysqlImpactEngine::relation(table.ref()), isNull.join(QStringLiteral(" AND "))))
                                                      .toLongLong();
        }
    };
    ObservedDelete observed;
    return c.run(cancel, request.timeoutMs, [&]() -> ObservedDelete {
        c.exec(QStringLiteral("SET SESSION innodb_lock_wait_timeout = 5"));
        MysqlTransaction transaction(c, MysqlTransaction::Mode::ReadWrite); // always rolled back
        QHash<QString, qint64> rowsBefore, nulledBefore, rowsAfter, nulledAfter;
        countRows(rowsBefore, nulledBefore);
        QVariantList params;
        const QString predicate = MysqlImpactEngine::rootPredicate(request, QString(), params);
        try {
            MysqlStatement del(c, QStringLiteral("DELETE FROM %1 WHERE %2").arg(MysqlImpactEngine::relation(graph.table(root).ref()), predicate));
            del.execute(params);
            observed.rootRows = del.affectedRows();
        } catch (const Error &e) {
            if (e.kind() == ErrorKind::Cancelled || e.kind() == ErrorKind::Timeout || e.kind() == ErrorKind::ConnectionLost
                || e.kind() == ErrorKind::PermissionDenied)
                throw; // not what the DELETE would do: the verification could not run
            // 1290: --read-only (a replica); 1792: a read-only transaction.
            if (e.server().code == QLatin1String("1290") || e.server().code == QLatin1String("1792"))
                throw Error(ErrorKind::Unsupported,
                            QCoreApplication::translate("fkscope::Messages", "The server is read-only (a replica?): the verification needs a "
                                                                             "server that accepts the DELETE. %1").arg(e.server().message),
                            e.server());
            observed.failed = true;
            observed.error = e.server();
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("CONSTRAINT `((?:[^`]|``)+)`")).match(e.server().message);
            if (m.hasMatch())
                observed.constraint = m.captured(1).replace(QLatin1String("``"), QLatin1String("`"));
            observed.error.constraint = observed.constraint;
            return observed;
        }
        countRows(rowsAfter, nulledAfter);
        for (auto it = rowsBefore.cbegin(); it != rowsBefore.cend(); ++it) {
            if (const qint64 gone = it.value() - rowsAfter.value(it.key()); gone > 0)
                observed.deleted[it.key()] = gone;
        }
        for (auto it = nulledAfter.cbegin(); it != nulledAfter.cend(); ++it) {
            if (const qint64 more = it.value() - nulledBefore.value(it.key()); more > 0)
                observed.updated[it.key()] = more;
        }
        return observed;
    });
}

QString MysqlLiveDatabase::deletePlan(const SchemaGraph &graph, const ImpactRequest &request, const ImpactResult &impact)
{
    return buildDeletePlan(graph, request, MysqlPlanDialect(), planNotes(impact)).sql;
}

} // namespace fkscope
