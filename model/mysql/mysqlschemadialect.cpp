// SPDX-License-Identifier: Apache-2.0
#include "mysqlschemadialect.h"

#include <QRegularExpression>

namespace fkscope {

QString MysqlSchemaDialect::quoteName(const QString &identifier) const
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString MysqlSchemaDialect::typeKey(const QString &type) const
{
    QString t = type.trimmed().toLower().simplified();
    // int(11) and int(10) are the same type: the width is for display only (MySQL 8 drops it).
    static const QRegularExpression width(QStringLiteral("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)"));
    t.replace(width, QStringLiteral("\\1"));
    if (t.startsWith(QLatin1String("integer")))
        t = QStringLiteral("int") + t.mid(7);
    return t;
}

std::optional<QString> MysqlSchemaDialect::dropNotNull(const Table &table, const Column &column) const
{
    QString sql = QStringLiteral("ALTER TABLE %1 MODIFY %2 %3 NULL").arg(relation(table), quoteName(column.name), column.type);
    if (column.defaultExpr)
        sql += QStringLiteral(" DEFAULT %1").arg(*column.defaultExpr);
    return sql + QLatin1Char(';');
}

std::optional<QString> MysqlSchemaDialect::dropForeignKey(const Table &table, const QString &name) const
{
    return QStringLiteral("ALTER TABLE %1 DROP FOREIGN KEY %2;").arg(relation(table), quoteName(name));
}

} // namespace fkscope
