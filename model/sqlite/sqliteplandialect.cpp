// SPDX-License-Identifier: Apache-2.0
#include "sqliteplandialect.h"

#include "sqliteconnection.h"
#include "sqliteimpactengine.h"

namespace fkscope {

QString SqlitePlanDialect::quoteName(const QString &identifier) const { return SqliteConnection::quoteName(identifier); }

QString SqlitePlanDialect::quoteLiteral(const QString &value) const { return SqliteConnection::quoteLiteral(value); }

QString SqlitePlanDialect::relation(const Table &table) const
{
    return quoteName(table.schema) + QLatin1Char('.') + quoteName(table.name);
}

QStringList SqlitePlanDialect::rowIdentity(const Table &table, const QString &alias) const
{
    // The primary key (it also names the rows of WITHOUT ROWID tables), else a rowid alias no column
    // shadows, as the impact engine tells rows apart.
    return SqliteImpactEngine::rowKey(table, !table.primaryKey.isEmpty(), alias);
}

QString SqlitePlanDialect::deleteFrom(const QString &relation, const QString &alias) const
{
    return QStringLiteral("DELETE FROM %1 AS %2").arg(relation, alias);
}

QString SqlitePlanDialect::preamble() const
{
    return QStringLiteral("PRAGMA foreign_keys = ON; -- SQLite runs CASCADE / SET NULL only with it (outside a transaction)");
}

} // namespace fkscope
