// SPDX-License-Identifier: Apache-2.0
#include "sqlitelivedatabase.h"

#include "impact/impactreport.h"
#include "impact/deleteplan.h"
#include "sqliteplandialect.h"
#include "sqlitecatalogloader.h"
#include "sqliteconnection.h"
#include "sqliteimpactengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace fkscope {

namespace {

QString q(const QString &identifier) { return SqliteConnection::quoteName(identifier); }

} // namespace

SqliteLiveDatabase::SqliteLiveDatabase(const QString &path)
    : m_connection(std::make_unique<SqliteConnection>(path))
{
}

SqliteLiveDatabase::~SqliteLiveDatabase() = default;

SchemaGraph SqliteLiveDatabase::loadGraph(const LoadOptions &options)
{
    return SqliteCatalogLoader(*m_connection).load(options);
}

TableRef SqliteLiveDatabase::resolveTable(const SchemaGraph &graph, const QString &name)
{
    return SqliteImpactEngine::resolveTable(graph, name);
}

RowPage SqliteLiveDatabase::fetchRows(const SchemaGraph &graph, const RowPageRequest &request, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    RowPage page;
    const Table &table = startRowPage(graph, request, page);
    QStringList select;
    for (const Column &c : table.columns) {
        page.columns << c.name;
        // BLOBs as X'..' literals (cut like text); everything else as text, cut on the database side.
        select << QStringLiteral("CASE typeof(r.%1) WHEN 'blob' THEN 'X''' || substr(hex(r.%1), 1, ?1) || '''' "
                                 "ELSE substr(CAST(r.%1 AS TEXT), 1, ?1) END")
                      .arg(q(c.name));
    }
    for (const QString &k : page.keyColumns)
        select << QStringLiteral("CAST(r.%1 AS TEXT)").arg(q(k));
    QStringList order;
    if (!request.sortColumn.isEmpty())
        order << QStringLiteral("r.%1 %2 NULLS LAST").arg(q(request.sortColumn), request.descending ? QStringLiteral("DESC")
                                                                                                      : QStringLiteral("ASC"));
    for (const QString &k : page.keyColumns)
        order << QStringLiteral("r.%1%2").arg(q(k), request.descending && request.sortColumn.isEmpty() ? QStringLiteral(" DESC") : QString());
    const QString rowid = SqliteImpactEngine::rowidName(table);
    if (order.isEmpty() && !rowid.isEmpty())
        order << QStringLiteral("r.%1%2").arg(rowid, request.descending ? QStringLiteral(" DESC") : QString());
    QString sql = QStringLiteral("SELECT %1 FROM main.%2 AS r").arg(select.isEmpty() ? QStringLiteral("NULL") : select.join(QStringLiteral(", ")), q(table.name));
    if (!request.filter.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE (%1\n)").arg(request.filter);
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    sql += QStringLiteral(" LIMIT ?2 OFFSET ?3");
    const int width = static_cast<int>(table.columns.size());
    return m_connection->run(cancel, request.timeoutMs, [&]() -> RowPage {
        SqliteStatement s(*m_connection, sql);
        s.bind(1, static_cast<qint64>(request.maxTextLength));
        s.bind(2, static_cast<qint64>(request.limit + 1));
        s.bind(3, request.offset);
        fillRowPage(
            page, request, width, [&] { return s.step(); }, [&](int c) { return s.value(c); }, [&](int c) { return s.text(c); });
        page.elapsedMs = timer.elapsed();
        return page;
    });
}

std::optional<QList<QPair<ForeignKeyId, qint64>>> SqliteLiveDatabase::currentViolations(const SchemaGraph &graph, const CancelToken &cancel)
{
    // fkid is the key's number in pragma_foreign_key_list, which is the order the catalog loader
    // added the table's keys in (graph.outgoing() keeps it).
    return m_connection->run(cancel, 30000, [&]() -> QList<QPair<ForeignKeyId, qint64>> {
        QList<QPair<ForeignKeyId, qint64>> out;
        SqliteStatement s(*m_connection, QStringLiteral("SELECT \"table\", fkid, count(*) FROM main.pragma_foreign_key_check GROUP BY 1, 2 ORDER BY 1, 2"));
        while (s.step()) {
            const TableId table = graph.findTable(QStringLiteral("main"), s.text(0));
            const qint64 fkid = s.integer(1);
            if (table == kInvalidId || fkid < 0 || fkid >= graph.outgoing(table).size())
                continue;
            out << qMakePair(graph.outgoing(table).at(static_cast<int>(fkid)), s.integer(2));
        }
        return out;
    });
}

qint64 SqliteLiveDatabase::countRows(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel)
{
    const Table &table = graph.table(checkRequest(graph, request));
    QStringList params;
    const QString sql = QStringLiteral("SELECT count(*) FROM main.%1 WHERE %2").arg(q(table.name), SqliteImpactEngine::rootPredicate(request, QString(), params));
    return m_connection->run(cancel, request.timeoutMs, [&]() -> qint64 {
        SqliteStatement s(*m_connection, sql);
        for (int i = 0; i < params.size(); ++i)
            s.bind(i + 1, params[i]);
        return s.step() ? s.integer(0) : 0;
    });
}

void SqliteLiveDatabase::runViolationQuery(const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs, const CancelToken &cancel,
                                           FkViolations &out)
{
    const QString sql = violationQuery(
        draft, [](const TableRef &t) { return QStringLiteral("main.") + q(t.name); }, q, sampleLimit);
    m_connection->run(cancel, timeoutMs, [&]() {
        SqliteStatement s(*m_connection, sql);
        readViolations(
            out, draft.columns.size(), [&] { return s.step(); }, [&](int i) { return s.isNull(i); }, [&](int i) { return s.text(i); });
    });
}

ImpactResult SqliteLiveDatabase::simulate(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel,
                                          const ProgressFn &progress)
{
    return SqliteImpactEngine(*m_connection, graph).simulate(request, cancel, progress);
}

ObservedDelete SqliteLiveDatabase::verifyDelete(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel)
{
    const TableId root = requireTable(graph, request.table);
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "No temporary directory for the copy: %1").arg(dir.errorString()));
    const QString copyPath = dir.filePath(QStringLiteral("verify.sqlite"));
    // The copy: SQLite's online backup reads the file through the read-only connection.
    {
        sqlite3 *target = nullptr;
        if (sqlite3_open_v2(copyPath.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(target);
            throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot create the copy %1.").arg(copyPath));
        }
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_connection->raw(), "main");
        int rc = backup ? SQLITE_OK : sqlite3_errcode(target);
        while (backup && (rc = sqlite3_backup_step(backup, 1024)) == SQLITE_OK) {
            if (cancel.isCancelled())
                break;
        }
        if (backup)
            sqlite3_backup_finish(backup);
        sqlite3_close_v2(target);
        if (cancel.isCancelled())
            throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The verification was cancelled."));
        if (rc != SQLITE_DONE)
            throw Error(ErrorKind::DatabaseError, QCoreApplication::translate("fkscope::Messages", "Could not copy %1: %2").arg(m_connection->path(), QString::fromUtf8(sqlite3_errstr(rc))));
    }
    SqliteConnection copy(copyPath, SqliteConnection::Mode::ReadWrite);
    ObservedDelete observed;
    observed.onCopy = true;
    return copy.run(cancel, request.timeoutMs, [&]() -> ObservedDelete {
        copy.exec(QStringLiteral("PRAGMA foreign_keys = ON; CREATE TEMP TABLE fkscope_seen (tbl TEXT, op TEXT, k TEXT, "
                                 "PRIMARY KEY (tbl, op, k)) WITHOUT ROWID;"));
        // Temporary triggers count what the DELETE and its foreign-key actions do, per table.
        const QSet<QString> withoutRowid = SqliteImpactEngine::withoutRowidTables(copy);
        for (const Table &t : graph.tables()) {
            if (t.external)
                continue;
            QStringList key;
            QStringList columns; // a table whose columns take every name of the rowid: its whole row
            if (!withoutRowid.contains(t.name) && SqliteImpactEngine::rowidName(t).isEmpty()) {
                for (const Column &c : t.columns)
                    columns << QStringLiteral("old.") + q(c.name);
            }
            for (const QString &k : columns.isEmpty() ? SqliteImpactEngine::rowKey(t, withoutRowid.contains(t.name), QStringLiteral("old")) : columns)
                key << QStringLiteral("quote(%1)").arg(k);
            for (const char *op : {"DELETE", "UPDATE"})
                copy.exec(QStringLiteral("CREATE TEMP TRIGGER %1 AFTER %2 ON main.%3 BEGIN INSERT OR IGNORE INTO "
                                         "fkscope_seen VALUES (%4, '%5', %6); END")
                              .arg(q(QStringLiteral("fkscope_%1_%2").arg(t.name, QLatin1String(op))), QLatin1String(op), q(t.name),
                                   SqliteConnection::quoteLiteral(t.name), QLatin1String(op).left(1),
                                   key.join(QStringLiteral(" || ',' || "))));
        }
        QStringList params;
        const QString predicate = SqliteImpactEngine::rootPredicate(request, QString(), params);
        copy.exec(QStringLiteral("BEGIN"));
        try {
            SqliteStatement del(copy, QStringLiteral("DELETE FROM main.%1 WHERE %2").arg(q(graph.table(root).name), predicate));
            for (int i = 0; i < params.size(); ++i)
                del.bind(i + 1, params[i]);
            del.step();
            observed.rootRows = sqlite3_changes64(copy.raw());
        } catch (const Error &e) {
            if (e.kind() == ErrorKind::Cancelled || e.kind() == ErrorKind::Timeout)
                throw;
            observed.failed = true;
            observed.error = e.server();
        }
        if (!observed.failed) {
            SqliteStatement seen(copy, QStringLiteral("SELECT tbl, op, count(*) FROM temp.fkscope_seen GROUP BY tbl, op"));
            while (seen.step()) {
                const QString name = qualifiedName(QStringLiteral("main"), seen.text(0));
                (seen.text(1) == QLatin1String("D") ? observed.deleted : observed.updated)[name] = seen.integer(2);
            }
            // The copy may be committed: deferred constraints are checked only then.
            try {
                copy.exec(QStringLiteral("COMMIT"));
            } catch (const Error &e) {
                observed.failedAtCommit = true;
                observed.error = e.server();
                sqlite3_exec(copy.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
            }
        } else {
            sqlite3_exec(copy.raw(), "ROLLBACK", nullptr, nullptr, nullptr);
        }
        return observed;
    });
}

QString SqliteLiveDatabase::deletePlan(const SchemaGraph &graph, const ImpactRequest &request, const ImpactResult &impact)
{
    return buildDeletePlan(graph, request, SqlitePlanDialect(), planNotes(impact)).sql;
}

} // namespace fkscope
