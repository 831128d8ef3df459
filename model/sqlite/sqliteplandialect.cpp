// SPDX-License-Identifier: Apache-2.0
#include "sqliteplandialect.h"

#include "core/error.h"
#include "sqliteconnection.h"
#include "sqliteimpactengine.h"

#include <QCoreApplication>

namespace fkscope {

QString SqlitePlanDialect::quoteName(const QString &identifier) const { return SqliteConnection::quoteName(identifier); }

QString SqlitePlanDialect::quoteLiteral(const QString &value) const { return SqliteConnection::quoteLiteral(value); }

QString SqlitePlanDialect::relation(const Table &table) const
{
    return quoteName(table.schema) + QLatin1Char('.') + quoteName(table.name);
}

QStringList SqlitePlanDialect::rowIdentity(const Table &table, const QString &alias) const
{
    QStringList out;
    for (const QString &c : table.primaryKey) // also names the rows of WITHOUT ROWID tables
        out << alias + QLatin1Char('.') + quoteName(c);
    if (!out.isEmpty())
        return out;
    const QString rowid = SqliteImpactEngine::rowidName(table);
    if (rowid.isEmpty())
        throw Error(ErrorKind::Unsupported,
                    QCoreApplication::translate("fkscope::Messages", "%1 has columns named rowid, oid and _rowid_, so SQL cannot tell its rows "
                                                                     "apart; --verify runs the real DELETE on a copy.")
                        .arg(qualifiedName(table.ref())));
    return {alias + QLatin1Char('.') + rowid};
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
