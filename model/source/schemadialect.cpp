// SPDX-License-Identifier: Apache-2.0
#include "schemadialect.h"

#include "schema/schemagraph.h"

#include <QRegularExpression>

namespace fkscope {

QString SchemaDialect::quoteName(const QString &identifier) const
{
    return displayIdentifier(identifier);
}

QString SchemaDialect::relation(const Table &table) const
{
    if (table.schema.isEmpty())
        return quoteName(table.name);
    return quoteName(table.schema) + QLatin1Char('.') + quoteName(table.name);
}

QString SchemaDialect::columnList(const QStringList &columns) const
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quoteName(c);
    return quoted.join(QStringLiteral(", "));
}

QString SchemaDialect::objectName(const Table &table, const QStringList &columns, const QString &suffix) const
{
    QString name = table.name;
    for (const QString &c : columns)
        name += QLatin1Char('_') + c;
    const int room = maxIdentifierLength() - static_cast<int>(suffix.size()) - 1;
    // Cut by UTF-8 bytes: the engines count bytes (PostgreSQL) or characters (MySQL); bytes is the
    // stricter of the two.
    while (name.toUtf8().size() > room)
        name.chop(1);
    return name + QLatin1Char('_') + suffix;
}

QString SchemaDialect::typeKey(const QString &type) const
{
    QString t = type.trimmed().toLower().simplified();
    // Spellings PostgreSQL prints for the same type.
    static const QList<QPair<QString, QString>> same{{QStringLiteral("int4"), QStringLiteral("integer")},
                                                     {QStringLiteral("int"), QStringLiteral("integer")},
                                                     {QStringLiteral("int8"), QStringLiteral("bigint")},
                                                     {QStringLiteral("int2"), QStringLiteral("smallint")},
                                                     {QStringLiteral("varchar"), QStringLiteral("character varying")},
                                                     {QStringLiteral("char"), QStringLiteral("character")},
                                                     {QStringLiteral("bool"), QStringLiteral("boolean")}};
    for (const auto &[from, to] : same) {
        if (t == from || t.startsWith(from + QLatin1Char('(')))
            return to + t.mid(from.size());
    }
    return t;
}

QString SchemaDialect::typeFamily(const QString &type) const
{
    const QString t = typeKey(type);
    static const QList<QPair<QRegularExpression, QString>> families{
        {QRegularExpression(QStringLiteral("^(tiny|small|medium|big)?int(eger)?\\b|^(small|big)?serial|^int[248]")), QStringLiteral("integer")},
        {QRegularExpression(QStringLiteral("^(numeric|decimal|real|double|float)")), QStringLiteral("numeric")},
        {QRegularExpression(QStringLiteral("^(character|char|varchar|text|tinytext|mediumtext|longtext|citext|nvarchar|nchar|clob)")), QStringLiteral("text")},
        {QRegularExpression(QStringLiteral("^(bytea|blob|binary|varbinary|tinyblob|mediumblob|longblob)")), QStringLiteral("binary")},
        {QRegularExpression(QStringLiteral("^(timestamp|datetime|date|time)")), QStringLiteral("time")},
        {QRegularExpression(QStringLiteral("^uuid")), QStringLiteral("uuid")},
    };
    for (const auto &[pattern, family] : families) {
        if (pattern.match(t).hasMatch())
            return family;
    }
    return t;
}

QString SchemaDialect::exactlyOneSet(const QStringList &columns) const
{
    QStringList terms;
    for (const QString &c : columns)
        terms << QStringLiteral("(CASE WHEN %1 IS NULL THEN 0 ELSE 1 END)").arg(quoteName(c));
    return terms.join(QStringLiteral(" + ")) + QStringLiteral(" = 1");
}

QString SchemaDialect::createIndex(const Table &table, const QString &name, const QStringList &columns) const
{
    return QStringLiteral("CREATE INDEX %1 ON %2 (%3);").arg(quoteName(name), relation(table), columnList(columns));
}

std::optional<QString> SchemaDialect::dropNotNull(const Table &table, const Column &column) const
{
    return QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL;").arg(relation(table), quoteName(column.name));
}

std::optional<QString> SchemaDialect::addForeignKey(const Table &child, const QString &name, const QStringList &columns,
                                                    const Table &parent, const QStringList &refColumns, FkAction onDelete) const
{
    QString sql = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 (%5)")
                      .arg(relation(child), quoteName(name), columnList(columns), relation(parent), columnList(refColumns));
    if (onDelete != FkAction::NoAction)
        sql += QStringLiteral(" ON DELETE %1").arg(toSql(onDelete));
    return sql + QLatin1Char(';');
}

std::optional<QString> SchemaDialect::dropForeignKey(const Table &table, const QString &name) const
{
    return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(relation(table), quoteName(name));
}

std::optional<QString> SchemaDialect::validateForeignKey(const Table &table, const QString &name) const
{
    return QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(relation(table), quoteName(name));
}

std::optional<QString> SchemaDialect::renameConstraint(const Table &table, const QString &from, const QString &to) const
{
    return QStringLiteral("ALTER TABLE %1 RENAME CONSTRAINT %2 TO %3;").arg(relation(table), quoteName(from), quoteName(to));
}

std::optional<QString> SchemaDialect::addCheck(const Table &table, const QString &name, const QString &expression) const
{
    return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3);").arg(relation(table), quoteName(name), expression);
}

std::optional<QString> SchemaDialect::addColumn(const Table &table, const QString &column, const QString &type) const
{
    return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;").arg(relation(table), quoteName(column), type);
}

} // namespace fkscope
