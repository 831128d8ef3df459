// SPDX-License-Identifier: Apache-2.0
#include "pgplandialect.h"

#include <pqxx/connection_base>

namespace fkscope {

QString PgPlanDialect::quoteName(const QString &identifier) const
{
    return QString::fromStdString(m_connection.quote_name(identifier.toStdString()));
}

QString PgPlanDialect::quoteLiteral(const QString &value) const
{
    return QString::fromStdString(m_connection.quote(value.toStdString()));
}

QString PgPlanDialect::relation(const Table &table) const
{
    const QString name = quoteName(table.schema) + QLatin1Char('.') + quoteName(table.name);
    return table.kind == TableKind::PartitionedTable ? name : QStringLiteral("ONLY ") + name;
}

QStringList PgPlanDialect::rowIdentity(const Table &, const QString &alias) const
{
    return {alias + QStringLiteral(".tableoid"), alias + QStringLiteral(".ctid")};
}

QString PgPlanDialect::deleteFrom(const QString &relation, const QString &alias) const
{
    return QStringLiteral("DELETE FROM %1 %2").arg(relation, alias);
}

} // namespace fkscope
