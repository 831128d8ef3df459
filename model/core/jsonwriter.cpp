// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"

#include <cmath>

namespace fkscope {

void JsonWriter::appendEscaped(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void JsonWriter::newline()
{
    if (m_compact)
        return;
    m_out += '\n';
    m_out.append(m_depth * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth == 0)
        return;
    if (!m_first)
        m_out += ',';
    newline();
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    ++m_depth;
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    --m_depth;
    if (!m_first)
        newline();
    m_out += '}';
    m_first = false;
    if (m_depth == 0 && !m_compact)
        m_out += '\n';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    ++m_depth;
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    --m_depth;
    if (!m_first)
        newline();
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    appendEscaped(m_out, QString::fromUtf8(name));
    m_out += m_compact ? ":" : ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &s)
{
    beforeValue();
    appendEscaped(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(qint64 n)
{
    beforeValue();
    m_out += QByteArray::number(n);
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    beforeValue();
    if (std::isfinite(d))
        m_out += QByteArray::number(d, 'g', 17);
    else
        m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::rawValue(const QByteArray &json)
{
    beforeValue();
    m_out += json;
    return *this;
}

JsonWriter &JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    return endArray();
}

JsonWriter &JsonWriter::inlineStrings(const QStringList &list)
{
    beforeValue();
    m_out += '[';
    for (int i = 0; i < list.size(); ++i) {
        if (i)
            m_out += m_compact ? "," : ", ";
        appendEscaped(m_out, list[i]);
    }
    m_out += ']';
    return *this;
}

} // namespace fkscope
