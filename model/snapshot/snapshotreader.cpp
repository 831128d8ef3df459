// SPDX-License-Identifier: Apache-2.0
#include "snapshot.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace fkscope::snapshot {

namespace {

// Reads one JSON object with a path for messages ("tables[3].columns[0]"); every accessor throws
// BadInput naming the path and what was expected.
class Node
{
public:
    Node(QJsonObject object, QString path, const QString &origin)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_origin(origin)
    {
    }

    [[noreturn]] void fail(const QString &key, const QString &expected) const
    {
        const QString where = key.isEmpty() ? m_path : (m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key);
        const QString prefix = m_origin.isEmpty() ? QString() : m_origin + QLatin1String(": ");
        throw Error(ErrorKind::BadInput,
                    QCoreApplication::translate("fkscope::Messages", "%1not a valid fkscope snapshot: %2: expected %3").arg(prefix, where, expected));
    }

    QJsonValue raw(const char *key) const { return m_object.value(QLatin1String(key)); }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    QString string(const char *key) const
    {
        const QJsonValue v = raw(key);
        if (!v.isString())
            fail(QLatin1String(key), QStringLiteral("a string"));
        return v.toString();
    }
    QString optionalString(const char *key, const QString &fallback = QString()) const
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            fail(QLatin1String(key), QCoreApplication::translate("fkscope::Messages", "a string or null"));
        return v.toString();
    }
    std::optional<QString> nullableString(const char *key) const
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            fail(QLatin1String(key), QCoreApplication::translate("fkscope::Messages", "a string or null"));
        return v.toString();
    }
    bool boolean(const char *key, std::optional<bool> fallback = std::nullopt) const
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isBool())
            fail(QLatin1String(key), QCoreApplication::translate("fkscope::Messages", "true or false"));
        return v.toBool();
    }
    qint64 integer(const char *key, std::optional<qint64> fallback = std::nullopt) const
    {
        const QJsonValue v = raw(key);
        if ((v.isUndefined() || v.isNull()) && fallback)
            return *fallback;
        // A number a 64-bit integer holds (2^63 is the first double beyond it; fractions are cut):
        // converting anything else is undefined behaviour (found by tests/fuzz/fuzz_snapshot).
        const double d = v.isDouble() ? v.toDouble() : 0;
        if (!v.isDouble() || !(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            fail(QLatin1String(key), QStringLiteral("a number a 64-bit integer can hold"));
        return static_cast<qint64>(d);
    }
    QJsonArray array(const char *key, bool optional = false) const
    {
        const QJsonValue v = raw(key);
        if (optional && (v.isUndefined() || v.isNull()))
            return {};
        if (!v.isArray())
            fail(QLatin1String(key), QStringLiteral("an array"));
        return v.toArray();
    }
    QStringList strings(const char *key, bool optional = true) const
    {
        return stringsOf(array(key, optional), QLatin1String(key));
    }
    QStringList stringsOf(const QJsonArray &a, const QString &key) const
    {
        QStringList out;
        out.reserve(a.size());
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("a string"));
            out.append(a[i].toString());
        }
        return out;
    }
    Node child(const char *key, int index, const QJsonValue &v) const
    {
        const QString p = QStringLiteral("%1%2[%3]")
                              .arg(m_path.isEmpty() ? QString() : m_path + QLatin1Char('.'), QLatin1String(key))
                              .arg(index);
        if (!v.isObject())
            Node(QJsonObject(), p, m_origin).fail(QString(), QStringLiteral("an object"));
        return Node(v.toObject(), p, m_origin);
    }
    Node object(const char *key) const
    {
        const QJsonValue v = raw(key);
        if (!v.isObject())
            fail(QLatin1String(key), QStringLiteral("an object"));
        return Node(v.toObject(), m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key),
                    m_origin);
    }
    TableRef ref() const { return {string("schema"), string("name")}; }

    template<typename Enum>
    Enum enumValue(const char *key, std::optional<Enum> (*parse)(const QString &), const char *expected) const
    {
        const auto v = parse(string(key));
        if (!v)
            fail(QLatin1String(key), QLatin1String(expected));
        return *v;
    }

private:
    QJsonObject m_object;
    QString m_path;
    const QString &m_origin;
};

QList<TableRef> refs(const Node &n, const char *key)
{
    QList<TableRef> out;
    const QJsonArray a = n.array(key, true);
    for (int i = 0; i < a.size(); ++i)
        out.append(n.child(key, i, a[i]).ref());
    return out;
}

Table readTable(const Node &n)
{
    Table t;
    t.schema = n.string("schema");
    t.name = n.string("name");
    t.kind = n.enumValue<TableKind>("kind", tableKindFromString, "table, partitioned_table or foreign_table");
    if (!n.raw("partition_of").isNull() && !n.raw("partition_of").isUndefined())
        t.partitionOf = n.object("partition_of").ref();
    t.partitions = refs(n, "partitions");
    t.inheritsFrom = refs(n, "inherits");
    t.external = n.boolean("external", false);
    t.comment = n.optionalString("comment");
    t.estimatedRows = n.integer("estimated_rows", -1);
    t.sizeBytes = n.integer("size_bytes", 0);
    t.rowSecurity = n.boolean("row_security", false);

    const QJsonArray columns = n.array("columns");
    for (int i = 0; i < columns.size(); ++i) {
        const Node c = n.child("columns", i, columns[i]);
        Column col;
        col.name = c.string("name");
        col.type = c.string("type");
        col.notNull = c.boolean("not_null");
        col.defaultExpr = c.nullableString("default");
        col.identity = c.optionalString("identity");
        col.generated = c.optionalString("generated");
        col.comment = c.optionalString("comment");
        col.collation = c.optionalString("collation");
        t.columns.append(std::move(col));
    }
    t.primaryKey = n.strings("primary_key");
    t.primaryKeyName = n.optionalString("primary_key_name");
    if (n.has("unique_constraints")) {
        const QJsonArray u = n.array("unique_constraints");
        for (int i = 0; i < u.size(); ++i) {
            const Node c = n.child("unique_constraints", i, u[i]);
            t.uniqueConstraints.append({c.optionalString("name"), c.strings("columns", false)});
        }
    } else {
        const QJsonArray u = n.array("unique", true);
        for (int i = 0; i < u.size(); ++i) {
            if (!u[i].isArray())
                n.fail(QStringLiteral("unique[%1]").arg(i), QCoreApplication::translate("fkscope::Messages", "an array of column names"));
            t.uniqueConstraints.append({QString(), n.stringsOf(u[i].toArray(), QStringLiteral("unique[%1]").arg(i))});
        }
    }
    const QJsonArray indexes = n.array("indexes", true);
    for (int i = 0; i < indexes.size(); ++i) {
        const Node c = n.child("indexes", i, indexes[i]);
        Index index;
        index.name = c.string("name");
        index.columns = c.strings("columns", false);
        index.unique = c.boolean("unique", false);
        index.primary = c.boolean("primary", false);
        index.partial = c.boolean("partial", false);
        index.valid = c.boolean("valid", true);
        index.descending = c.strings("descending");
        t.indexes.append(std::move(index));
    }
    const QJsonArray checks = n.array("checks", true);
    for (int i = 0; i < checks.size(); ++i) {
        const Node c = n.child("checks", i, checks[i]);
        t.checks.append({c.string("name"), c.string("expression"), c.boolean("validated", true)});
    }
    t.triggers = n.strings("triggers");
    t.rules = n.strings("rules");
    t.policies = n.strings("policies");
    return t;
}

ForeignKey readForeignKey(const Node &n, const SchemaGraph &tablesOnly)
{
    ForeignKey fk;
    fk.name = n.string("name");
    fk.child = tablesOnly.findTable(n.string("schema"), n.string("table"));
    if (fk.child == kInvalidId)
        n.fail(QStringLiteral("table"), QCoreApplication::translate("fkscope::Messages", "a table listed in \"tables\""));
    fk.parent = tablesOnly.findTable(n.string("ref_schema"), n.string("ref_table"));
    if (fk.parent == kInvalidId)
        n.fail(QStringLiteral("ref_table"), QCoreApplication::translate("fkscope::Messages", "a table listed in \"tables\""));
    fk.columns = n.strings("columns", false);
    fk.refColumns = n.strings("ref_columns", false);
    if (fk.columns.isEmpty() || fk.columns.size() != fk.refColumns.size())
        n.fail(QStringLiteral("ref_columns"), QCoreApplication::translate("fkscope::Messages", "as many columns as \"columns\" (at least one)"));
    const char *rules = "cascade, set_null, set_default, restrict or no_action";
    fk.onDelete = n.enumValue<FkAction>("on_delete", fkActionFromString, rules);
    fk.onUpdate = n.enumValue<FkAction>("on_update", fkActionFromString, rules);
    fk.match = n.enumValue<MatchType>("match", matchTypeFromString, "simple, full or partial");
    fk.deferrable = n.boolean("deferrable", false);
    fk.deferred = n.boolean("deferred", false);
    fk.validated = n.boolean("validated", true);
    if (!n.raw("set_columns").isNull() && !n.raw("set_columns").isUndefined())
        fk.setColumns = n.strings("set_columns", false);
    const QJsonArray clones = n.array("clones", true);
    for (int i = 0; i < clones.size(); ++i) {
        const Node c = n.child("clones", i, clones[i]);
        fk.clones.append({{c.string("schema"), c.string("table")}, c.string("name")});
    }
    return fk;
}

} // namespace

SchemaGraph read(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString prefix = origin.isEmpty() ? QString() : origin + QLatin1String(": ");
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "%1not valid JSON at byte %2: %3")
                                             .arg(prefix)
                                             .arg(parseError.offset)
                                             .arg(parseError.errorString()));
    if (!doc.isObject())
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "%1not a valid fkscope snapshot: expected a JSON object").arg(prefix));
    const Node root(doc.object(), QString(), origin);
    if (root.optionalString("format") != QLatin1String(kFormatName))
        root.fail(QStringLiteral("format"), QStringLiteral("\"%1\"").arg(QLatin1String(kFormatName)));
    const qint64 version = root.integer("version");
    if (version < 1 || version > kFormatVersion)
        throw Error(ErrorKind::BadInput,
                    QCoreApplication::translate("fkscope::Messages", "%1snapshot format version %2 is not supported (this fkscope reads up to %3)")
                        .arg(prefix)
                        .arg(version)
                        .arg(kFormatVersion));
    SourceInfo source;
    const Node src = root.object("source");
    source.engine = src.string("engine");
    source.serverVersion = src.optionalString("server_version");
    source.flavor = src.optionalString("flavor");
    source.database = src.optionalString("database");
    source.user = src.optionalString("user");

    QList<Table> tables;
    const QJsonArray tableArray = root.array("tables");
    tables.reserve(tableArray.size());
    for (int i = 0; i < tableArray.size(); ++i)
        tables.append(readTable(root.child("tables", i, tableArray[i])));
    const SchemaGraph tablesOnly(source, tables, {});
    for (int i = 0; i < tables.size(); ++i) {
        // The name index keeps the last of equal names, so an earlier index reveals a duplicate.
        const TableId owner = tablesOnly.findTable(tables[i].schema, tables[i].name);
        if (owner != i)
            root.fail(QStringLiteral("tables[%1]").arg(owner), QCoreApplication::translate("fkscope::Messages", "a table name not used before"));
    }

    QList<ForeignKey> fks;
    const QJsonArray fkArray = root.array("foreign_keys");
    fks.reserve(fkArray.size());
    for (int i = 0; i < fkArray.size(); ++i)
        fks.append(readForeignKey(root.child("foreign_keys", i, fkArray[i]), tablesOnly));
    return SchemaGraph(std::move(source), std::move(tables), std::move(fks), root.strings("warnings"));
}

SchemaGraph readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot open %1: %2").arg(path, file.errorString()));
    return read(file.readAll(), path);
}

} // namespace fkscope::snapshot
