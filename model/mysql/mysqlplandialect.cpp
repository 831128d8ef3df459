// SPDX-License-Identifier: Apache-2.0
#include "mysqlplandialect.h"

#include "core/error.h"
#include "mysqlconnection.h"
#include "source/livedatabase.h"

#include <QCoreApplication>

namespace fkscope {

QString MysqlPlanDialect::quoteName(const QString &identifier) const { return MysqlConnection::quoteName(identifier); }

QString MysqlPlanDialect::quoteLiteral(const QString &value) const { return MysqlConnection::quoteLiteral(value); }

QString MysqlPlanDialect::relation(const Table &table) const
{
    return quoteName(table.schema) + QLatin1Char('.') + quoteName(table.name);
}

QStringList MysqlPlanDialect::rowIdentity(const Table &table, const QString &alias) const
{
    const QStringList key = rowKeyOf(table);
    if (key.isEmpty())
        throw Error(ErrorKind::Unsupported,
                    QCoreApplication::translate("fkscope::Messages", "%1 has no primary key and no unique NOT NULL key: the plan cannot tell its rows apart.")
                        .arg(qualifiedName(table.ref())));
    QStringList out;
    for (const QString &c : key)
        out << alias + QLatin1Char('.') + quoteName(c);
    return out;
}

QString MysqlPlanDialect::deleteFrom(const QString &relation, const QString &alias) const
{
    // The multi-table form takes an alias on MySQL 5.7 / 8 and MariaDB alike.
    return QStringLiteral("DELETE %2 FROM %1 AS %2").arg(relation, alias);
}

QString MysqlPlanDialect::createTemporaryTable(const QString &name, const QString &select) const
{
    return QStringLiteral("CREATE TEMPORARY TABLE %1 AS %2;").arg(name, select);
}

QString MysqlPlanDialect::dropTemporaryTable(const QString &name) const
{
    return QStringLiteral("DROP TEMPORARY TABLE %1;").arg(name);
}

QString MysqlPlanDialect::setAsideNote() const
{
    return QCoreApplication::translate("fkscope::Messages", "InnoDB checks RESTRICT row by row: the links among these rows are cut first.");
}

} // namespace fkscope
