// SPDX-License-Identifier: Apache-2.0
#include "impactrequest.h"

#include "core/error.h"
#include "schema/schemagraph.h"

#include <QCoreApplication>

namespace fkscope {

QStringList ImpactRequest::keyColumnNames() const
{
    QStringList names = rowKeyColumns;
    for (const auto &kv : keys)
        names << kv.first;
    return names;
}

QString requestPredicate(const ImpactRequest &request, const std::function<QString(const QString &)> &column,
                         const std::function<QString(const QString &)> &value)
{
    QStringList conditions;
    for (const auto &[name, text] : request.keys)
        conditions << QStringLiteral("%1 = %2").arg(column(name), value(text));
    if (!request.rowKeyValues.isEmpty()) {
        QStringList rows;
        if (request.rowKeyColumns.size() == 1) {
            // col IN (...) keeps one index scan per value and lets the server type the values.
            QStringList values;
            for (const QStringList &row : request.rowKeyValues)
                values << value(row.value(0));
            conditions << QStringLiteral("%1 IN (%2)").arg(column(request.rowKeyColumns.first()), values.join(QStringLiteral(", ")));
        } else {
            for (const QStringList &row : request.rowKeyValues) {
                QStringList parts;
                for (int i = 0; i < request.rowKeyColumns.size(); ++i)
                    parts << QStringLiteral("%1 = %2").arg(column(request.rowKeyColumns[i]), value(row.value(i)));
                rows << QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" AND ")));
            }
            conditions << QStringLiteral("(%1)").arg(rows.join(QStringLiteral(" OR ")));
        }
    }
    if (!request.where.trimmed().isEmpty())
        conditions << QStringLiteral("(%1)").arg(request.where);
    return conditions.join(QStringLiteral(" AND "));
}

TableId requireTable(const SchemaGraph &graph, const TableRef &table)
{
    const TableId id = graph.findTable(table);
    if (id == kInvalidId)
        throw Error(ErrorKind::BadArgument,
                    QCoreApplication::translate("fkscope::Messages", "Table %1 is not in the loaded schema.").arg(qualifiedName(table)));
    return id;
}

TableId checkRequest(const SchemaGraph &graph, const ImpactRequest &request)
{
    const TableId root = requireTable(graph, request.table);
    if (!request.selectsRows())
        throw Error(ErrorKind::BadArgument,
                    QCoreApplication::translate("fkscope::Messages", "Say which rows to delete: key values or a WHERE predicate."));
    const Table &table = graph.table(root);
    for (const QString &column : request.keyColumnNames()) {
        if (table.columnIndex(column) < 0)
            throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::Messages", "%1 has no column %2.")
                                                    .arg(qualifiedName(table.ref()), displayIdentifier(column)));
    }
    return root;
}

QString deleteStatementText(const ImpactRequest &request)
{
    const QString predicate = requestPredicate(
        request, [](const QString &c) { return displayIdentifier(c); },
        [](const QString &v) { return QLatin1Char('\'') + QString(v).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\''); });
    return QStringLiteral("DELETE FROM %1 WHERE %2;").arg(qualifiedName(request.table), predicate);
}

} // namespace fkscope
