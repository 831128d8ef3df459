// SPDX-License-Identifier: Apache-2.0
#include "sqliteschemadialect.h"

namespace fkscope {

// The column's affinity, by the rules of SQLite's "Datatypes In SQLite" section 3.1, in their order.
QString SqliteSchemaDialect::typeKey(const QString &type) const
{
    const QString t = type.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QStringLiteral("integer");
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) || t.contains(QLatin1String("TEXT")))
        return QStringLiteral("text");
    if (t.contains(QLatin1String("BLOB")) || t.trimmed().isEmpty())
        return QStringLiteral("blob");
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return QStringLiteral("real");
    return QStringLiteral("numeric");
}

QString SqliteSchemaDialect::createIndex(const Table &table, const QString &name, const QStringList &columns) const
{
    // CREATE INDEX schema.name ON table: the schema goes with the index, never with the table.
    const QString index = table.schema.isEmpty() || table.schema == QLatin1String("main")
        ? quoteName(name)
        : quoteName(table.schema) + QLatin1Char('.') + quoteName(name);
    return QStringLiteral("CREATE INDEX %1 ON %2 (%3);").arg(index, quoteName(table.name), columnList(columns));
}

} // namespace fkscope
