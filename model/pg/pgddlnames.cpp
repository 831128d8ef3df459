// SPDX-License-Identifier: Apache-2.0
#include "pgddlnames.h"

#include "schema/schemagraph.h"

#include <QHash>

namespace fkscope::pgddl {

namespace {

constexpr int kNameDataLen = 64; // NAMEDATALEN: names hold 63 bytes

// The longest prefix of `utf8` of at most `bytes` bytes that ends on a character boundary (pg_mbcliplen).
QByteArray clip(const QByteArray &utf8, int bytes)
{
    if (utf8.size() <= bytes)
        return utf8;
    int n = bytes;
    while (n > 0 && (static_cast<unsigned char>(utf8.at(n)) & 0xC0) == 0x80)
        --n;
    return utf8.left(n);
}

const QHash<QString, QString> &builtinTypes()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("varchar"), QStringLiteral("character varying")},
        {QStringLiteral("bpchar"), QStringLiteral("character")},
        {QStringLiteral("varbit"), QStringLiteral("bit varying")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp without time zone")},
        {QStringLiteral("timestamptz"), QStringLiteral("timestamp with time zone")},
        {QStringLiteral("time"), QStringLiteral("time without time zone")},
        {QStringLiteral("timetz"), QStringLiteral("time with time zone")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
    };
    return names;
}

void collectColumnRefs(const QJsonValue &v, QStringList &out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectColumnRefs(e, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("ColumnRef"))) {
        const QStringList fields = strings(o.value(QLatin1String("ColumnRef")).toObject().value(QLatin1String("fields")).toArray());
        if (!fields.isEmpty() && !out.contains(fields.last()))
            out << fields.last();
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collectColumnRefs(it.value(), out);
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || (c & 0x80);
}

// Skips a quoted string, identifier or dollar-quoted body starting at `i`; returns the index after it.
int skipQuoted(const QByteArray &sql, int i, int end)
{
    const char q = sql.at(i);
    if (q == '\'' || q == '"') {
        for (++i; i < end; ++i) {
            if (sql.at(i) == q) {
                if (i + 1 < end && sql.at(i + 1) == q)
                    ++i;
                else
                    return i + 1;
            }
        }
        return end;
    }
    // $tag$ ... $tag$
    int j = i + 1;
    while (j < end && isWordChar(sql.at(j)) && sql.at(j) != '$')
        ++j;
    if (j >= end || sql.at(j) != '$')
        return i + 1;
    const QByteArray tag = sql.mid(i, j - i + 1);
    const int close = sql.indexOf(tag, j + 1);
    return close < 0 || close >= end ? end : close + tag.size();
}

// Walks SQL text from `i` to `end`, stepping over quoted strings, identifiers, dollar-quoted bodies
// and comments, keeping the parenthesis depth; returns the first position where `stopAt(position,
// character, depth)` says so (a closing parenthesis is seen at the depth outside it), else `end`.
template<typename StopAt>
int scanExpression(const QByteArray &sql, int i, int end, StopAt &&stopAt)
{
    int depth = 0;
    while (i < end) {
        const char c = sql.at(i);
        if (c == '\'' || c == '"' || c == '$') {
            i = skipQuoted(sql, i, end);
            continue;
        }
        if (c == '-' && i + 1 < end && sql.at(i + 1) == '-') {
            while (i < end && sql.at(i) != '\n')
                ++i;
            continue;
        }
        if (c == ')' && depth > 0) {
            --depth;
            ++i;
            continue;
        }
        if (stopAt(i, c, depth))
            return i;
        if (c == '(')
            ++depth;
        ++i;
    }
    return end;
}

} // namespace

QString makeObjectName(const QString &name1, const QString &name2, const QString &label)
{
    const QByteArray n1 = name1.toUtf8(), n2 = name2.toUtf8(), l = label.toUtf8();
    int overhead = 0;
    if (!label.isEmpty())
        overhead += l.size() + 1;
    if (!name2.isEmpty())
        overhead += 1;
    const int avail = kNameDataLen - 1 - overhead;
    int c1 = n1.size(), c2 = n2.size();
    while (c1 + c2 > avail) {
        if (c1 > c2)
            --c1;
        else
            --c2;
    }
    QByteArray name = clip(n1, c1);
    if (!name2.isEmpty())
        name += '_' + clip(n2, c2);
    if (!label.isEmpty())
        name += '_' + l;
    return QString::fromUtf8(name);
}

QString nameAddition(const QStringList &names)
{
    QByteArray buf;
    for (const QString &n : names) {
        if (!buf.isEmpty())
            buf += '_';
        buf += clip(n.toUtf8(), kNameDataLen - 1);
        if (buf.size() >= kNameDataLen)
            break;
    }
    return QString::fromUtf8(clip(buf, kNameDataLen - 1));
}

QStringList strings(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out << v.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString();
    return out;
}

QStringList columnRefs(const QJsonValue &expression)
{
    QStringList out;
    collectColumnRefs(expression, out);
    return out;
}

QString typeName(const QJsonObject &node, bool *isSerial)
{
    QStringList names = strings(node.value(QLatin1String("names")).toArray());
    if (isSerial)
        *isSerial = false;
    if (names.isEmpty())
        return QString();
    const bool catalog = names.size() == 2 && names.first() == QLatin1String("pg_catalog");
    QString base = names.last();
    QString printed;
    if (names.size() == 1 || catalog) {
        static const QHash<QString, QString> serials{{QStringLiteral("serial"), QStringLiteral("integer")},
                                                     {QStringLiteral("serial4"), QStringLiteral("integer")},
                                                     {QStringLiteral("bigserial"), QStringLiteral("bigint")},
                                                     {QStringLiteral("serial8"), QStringLiteral("bigint")},
                                                     {QStringLiteral("smallserial"), QStringLiteral("smallint")},
                                                     {QStringLiteral("serial2"), QStringLiteral("smallint")}};
        if (names.size() == 1 && serials.contains(base)) {
            if (isSerial)
                *isSerial = true;
            return serials.value(base);
        }
        // The one-byte internal type is "char" (quoted); the SQL type char(n) arrives as bpchar.
        printed = base == QLatin1String("char") ? QStringLiteral("\"char\"") : builtinTypes().value(base, catalog ? base : displayIdentifier(base));
    } else {
        // format_type leaves out the schema of a type visible on the default search_path.
        const QString schema = names.at(names.size() - 2);
        printed = schema == QLatin1String("public") || schema == QLatin1String("pg_catalog") ? displayIdentifier(base) : displayIdentifier(schema) + QLatin1Char('.') + displayIdentifier(base);
    }
    QStringList mods;
    for (const QJsonValue &m : node.value(QLatin1String("typmods")).toArray()) {
        const QJsonObject c = m.toObject().value(QLatin1String("A_Const")).toObject();
        if (c.contains(QLatin1String("ival")))
            mods << QString::number(c.value(QLatin1String("ival")).toObject().value(QLatin1String("ival")).toInt());
    }
    // The interval's field restriction is a typmod bit mask: format_type prints it in words; kept as the base name here.
    if (base == QLatin1String("interval"))
        mods.clear();
    if (!mods.isEmpty()) {
        const QString m = QLatin1Char('(') + mods.join(QLatin1Char(',')) + QLatin1Char(')');
        // "timestamp(3) with time zone": the precision goes after the first word.
        const int space = printed.indexOf(QLatin1Char(' '));
        if (printed.startsWith(QLatin1String("time")) && space > 0)
            printed.insert(space, m);
        else
            printed += m;
    }
    if (!node.value(QLatin1String("arrayBounds")).toArray().isEmpty())
        printed += QStringLiteral("[]");
    return printed;
}

QString expressionAfter(const QByteArray &sql, int keywordOffset, int end)
{
    int i = keywordOffset;
    while (i < end && isWordChar(sql.at(i)))
        ++i; // the keyword itself
    while (i < end && (sql.at(i) == ' ' || sql.at(i) == '\t' || sql.at(i) == '\n' || sql.at(i) == '\r'))
        ++i;
    const int start = i;
    static const QList<QByteArray> stops{"not", "null", "constraint", "check", "default", "primary", "unique", "references",
                                         "generated", "collate", "deferrable", "initially"};
    const int stop = scanExpression(sql, start, end, [&](int at, char c, int depth) {
        if (depth > 0)
            return false;
        if (c == ')' || c == ',' || c == ';')
            return true;
        if (at > start && isWordChar(c) && !isWordChar(sql.at(at - 1))) {
            int j = at;
            while (j < end && isWordChar(sql.at(j)))
                ++j;
            return stops.contains(sql.mid(at, j - at).toLower());
        }
        return false;
    });
    return QString::fromUtf8(sql.mid(start, stop - start)).simplified();
}

QString parenthesized(const QByteArray &sql, int offset, int end)
{
    const int open = sql.indexOf('(', offset);
    if (open < 0 || open >= end)
        return QString();
    const int stop = scanExpression(sql, open + 1, end, [](int, char c, int depth) { return c == ')' && depth == 0; });
    return QString::fromUtf8(sql.mid(open + 1, stop - open - 1)).simplified();
}

} // namespace fkscope::pgddl
