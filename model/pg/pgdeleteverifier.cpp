// SPDX-License-Identifier: Apache-2.0
#include "pgdeleteverifier.h"

#include "pgconnection.h"
#include "pgimpactengine.h"

#include <QCoreApplication>
#include <pqxx/except>
#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <pqxx/transaction>

namespace fkscope {

ObservedDelete verifyDelete(PgConnection &connection, const SchemaGraph &graph, const ImpactRequest &request,
                            int lockTimeoutMs, const CancelToken &cancel)
{
    const TableId root = requireTable(graph, request.table);
    ObservedDelete observed;
    return connection.run(cancel, request.timeoutMs, [&]() -> ObservedDelete {
        pqxx::work tx(connection.raw());
        tx.exec_params("SELECT pg_catalog.set_config('lock_timeout', $1, true), "
                       "pg_catalog.set_config('statement_timeout', $2, true)",
                       std::to_string(lockTimeoutMs), std::to_string(request.timeoutMs));
        std::vector<std::string> params;
        const QString predicate = PgImpactEngine::rootPredicate(
            request, QString(), [&](const QString &s) { return QString::fromStdString(tx.quote_name(s.toStdString())); }, params);
        const Table &t = graph.table(root);
        const std::string sql = "DELETE FROM " + tx.quote_name(t.schema.toStdString()) + "."
            + tx.quote_name(t.name.toStdString()) + " WHERE " + predicate.toStdString();
        try {
            const pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
            observed.rootRows = static_cast<qint64>(r.affected_rows());
        } catch (const pqxx::sql_error &e) {
            const Error err = PgConnection::translate(e, cancel.isCancelled());
            if (err.kind() == ErrorKind::Timeout || err.kind() == ErrorKind::Cancelled || err.kind() == ErrorKind::ConnectionLost
                || err.kind() == ErrorKind::PermissionDenied)
                throw err; // not what the DELETE would do: the verification could not run
            // 25006: a hot standby, or default_transaction_read_only; the DELETE never reached the keys.
            if (err.server().sqlstate == QLatin1String("25006"))
                throw Error(ErrorKind::Unsupported,
                            QCoreApplication::translate("fkscope::Messages", "The server is read-only (a hot standby?): the verification needs a "
                                                                             "server that accepts the DELETE. %1").arg(err.server().message),
                            err.server());
            observed.failed = true;
            observed.error = err.server();
        }
        if (!observed.failed) {
            const pqxx::result stats = tx.exec(
                "SELECT n.nspname, c.relname, s.n_tup_del, s.n_tup_upd FROM pg_catalog.pg_stat_xact_user_tables s "
                "JOIN pg_catalog.pg_class c ON c.oid = s.relid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE s.n_tup_del > 0 OR s.n_tup_upd > 0");
            for (const pqxx::row &row : stats) {
                // Count a partition's rows under the table the user declared.
                TableRef ref{fieldText(row[0]), fieldText(row[1])};
                for (TableId id = graph.findTable(ref); id != kInvalidId && graph.table(id).partitionOf;) {
                    ref = *graph.table(id).partitionOf;
                    id = graph.findTable(ref);
                }
                observed.deleted[qualifiedName(ref)] += row[2].as<qint64>();
                observed.updated[qualifiedName(ref)] += row[3].as<qint64>();
            }
            try {
                tx.exec0("SET CONSTRAINTS ALL IMMEDIATE");
            } catch (const pqxx::sql_error &e) {
                observed.failedAtCommit = true;
                observed.error = PgConnection::translate(e, false).server();
            }
        }
        // libpq keeps the primary message only; the constraint name is in the server's own text.
        const QString &m = observed.error.message;
        const int at = m.indexOf(QLatin1String("constraint \""));
        if (at >= 0)
            observed.constraint = m.mid(at + 12).section(QLatin1Char('"'), 0, 0);
        tx.abort(); // always rolled back
        return observed;
    });
}

} // namespace fkscope
