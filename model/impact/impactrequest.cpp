#include "impactrequest.h"

#include "schema/schemagraph.h"

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

QString deleteStatementText(const ImpactRequest &request)
{
    const QString predicate = requestPredicate(
        request, [](const QString &c) { return displayIdentifier(c); },
        [](const QString &v) { return QLatin1Char('\'') + QString(v).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\''); });
    return QStringLiteral("DELETE FROM %1 WHERE %2;").arg(qualifiedName(request.table), predicate);
}

} // namespace fkscope
