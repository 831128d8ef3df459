// SPDX-License-Identifier: Apache-2.0
#include "pglivedatabase.h"

#include "impact/impactreport.h"
#include "pgcatalogloader.h"
#include "pgconnection.h"
#include "impact/deleteplan.h"
#include "pgplandialect.h"
#include "pgdeleteverifier.h"
#include "pgimpactengine.h"

#include <QElapsedTimer>

#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <pqxx/transaction>

namespace fkscope {

namespace {

using ReadOnlyTransaction = pqxx::transaction<pqxx::read_committed, pqxx::read_only>;

} // namespace

PgLiveDatabase::PgLiveDatabase(const QString &conninfo)
    : m_connection(std::make_unique<PgConnection>(conninfo))
{
}

PgLiveDatabase::~PgLiveDatabase() = default;

SchemaGraph PgLiveDatabase::loadGraph(const LoadOptions &options)
{
    return PgCatalogLoader(*m_connection).load(options);
}

TableRef PgLiveDatabase::resolveTable(const SchemaGraph &, const QString &name)
{
    return PgImpactEngine::resolveTable(*m_connection, name);
}

RowPage PgLiveDatabase::fetchRows(const SchemaGraph &graph, const RowPageRequest &request, const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    RowPage page;
    const Table &table = startRowPage(graph, request, page);
    for (const Column &c : table.columns)
        page.columns << c.name;

    pqxx::connection &conn = m_connection->raw();
    auto quote = [&](const QString &s) { return conn.quote_name(s.toStdString()); };
    // Display values are cut on the server so a page never carries megabytes of text; key values
    // come whole, since they are what a delete is asked for with.
    std::string select;
    for (const Column &c : table.columns) {
        if (!select.empty())
            select += ", ";
        select += "pg_catalog.left(" + quote(c.name) + "::pg_catalog.text, $1::int)";
    }
    for (const QString &k : page.keyColumns)
        select += ", " + quote(k) + "::pg_catalog.text";
    if (select.empty())
        select = "NULL";
    // ORDER BY names the table's columns through the alias: a bare name would pick the output
    // column of the same name (the key cast to text) and sort 10 before 2.
    std::string order;
    if (!request.sortColumn.isEmpty())
        order = "r." + quote(request.sortColumn) + (request.descending ? " DESC NULLS LAST" : " ASC NULLS LAST");
    for (const QString &k : page.keyColumns)
        order += (order.empty() ? "r." : ", r.") + quote(k) + (request.descending && request.sortColumn.isEmpty() ? " DESC" : "");
    std::string sql = "SELECT " + select + " FROM " + quote(table.schema) + "." + quote(table.name) + " AS r";
    if (!request.filter.trimmed().isEmpty())
        sql += " WHERE (" + request.filter.toStdString() + "\n)";
    if (!order.empty())
        sql += " ORDER BY " + order;
    sql += " LIMIT $2 OFFSET $3";

    const int width = static_cast<int>(table.columns.size());
    return m_connection->run(cancel, request.timeoutMs, [&]() -> RowPage {
        ReadOnlyTransaction tx(conn);
        tx.exec_params("SELECT pg_catalog.set_config('statement_timeout', $1, true)", std::to_string(request.timeoutMs));
        const pqxx::result r = tx.exec_params(sql, request.maxTextLength, request.limit + 1, request.offset);
        int i = -1;
        fillRowPage(
            page, request, width, [&] { return ++i < static_cast<int>(r.size()); },
            [&](int c) { return r[i][c].is_null() ? QVariant() : QVariant(fieldText(r[i][c])); },
            [&](int c) { return fieldText(r[i][c]); });
        tx.commit();
        page.elapsedMs = timer.elapsed();
        return page;
    });
}

qint64 PgLiveDatabase::countRows(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel)
{
    const Table &table = graph.table(checkRequest(graph, request));
    pqxx::connection &conn = m_connection->raw();
    std::vector<std::string> params;
    const QString predicate = PgImpactEngine::rootPredicate(
        request, QString(), [&](const QString &s) { return QString::fromStdString(conn.quote_name(s.toStdString())); }, params);
    const std::string sql = "SELECT count(*) FROM " + conn.quote_name(table.schema.toStdString()) + "." + conn.quote_name(table.name.toStdString())
        + " WHERE " + predicate.toStdString();
    return m_connection->run(cancel, request.timeoutMs, [&]() -> qint64 {
        ReadOnlyTransaction tx(conn);
        tx.exec_params("SELECT pg_catalog.set_config('statement_timeout', $1, true)", std::to_string(request.timeoutMs));
        const pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
        tx.commit();
        return r[0][0].as<qint64>();
    });
}

void PgLiveDatabase::runViolationQuery(const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs, const CancelToken &cancel,
                                       FkViolations &out)
{
    pqxx::connection &conn = m_connection->raw();
    auto quote = [&](const QString &s) { return QString::fromStdString(conn.quote_name(s.toStdString())); };
    const std::string sql = violationQuery(
                                draft, [&](const TableRef &t) { return quote(t.schema) + QLatin1Char('.') + quote(t.name); }, quote, sampleLimit)
                                .toStdString();
    m_connection->run(cancel, timeoutMs, [&]() {
        ReadOnlyTransaction tx(conn);
        tx.exec_params("SELECT pg_catalog.set_config('statement_timeout', $1, true), pg_catalog.set_config('jit', 'off', true)",
                       std::to_string(timeoutMs));
        const pqxx::result r = tx.exec(sql);
        tx.commit();
        int row = -1;
        readViolations(
            out, draft.columns.size(), [&] { return ++row < static_cast<int>(r.size()); }, [&](int i) { return r[row][i].is_null(); },
            [&](int i) { return QString::fromUtf8(r[row][i].c_str()); });
    });
}

ImpactResult PgLiveDatabase::simulate(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel,
                                      const ProgressFn &progress)
{
    return PgImpactEngine(*m_connection, graph).simulate(request, cancel, progress);
}

ObservedDelete PgLiveDatabase::verifyDelete(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel)
{
    return fkscope::verifyDelete(*m_connection, graph, request, 5000, cancel);
}

QString PgLiveDatabase::deletePlan(const SchemaGraph &graph, const ImpactRequest &request, const ImpactResult &impact)
{
    return buildDeletePlan(graph, request, PgPlanDialect(m_connection->raw()), planNotes(impact)).sql;
}

} // namespace fkscope
