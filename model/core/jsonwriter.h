// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace fkscope {

// A streaming JSON writer that keeps keys in the order written (QJsonObject sorts them), so that
// documents read the way they are documented. Indents with two spaces; `compact` puts everything on
// one line. Strings are escaped per RFC 8259; non-ASCII is written as UTF-8.
class JsonWriter
{
public:
    explicit JsonWriter(bool compact = false)
        : m_compact(compact)
    {
    }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &s);
    JsonWriter &value(const char *s) { return value(QString::fromUtf8(s)); }
    JsonWriter &value(bool b);
    JsonWriter &value(int n) { return value(static_cast<qint64>(n)); }
    JsonWriter &value(qint64 n);
    JsonWriter &value(double d);
    JsonWriter &null();
    // Embeds already-valid JSON text as a value (the caller vouches for it).
    JsonWriter &rawValue(const QByteArray &json);
    JsonWriter &value(const QStringList &list); // array of strings
    JsonWriter &valueOrNull(const std::optional<QString> &s) { return s ? value(*s) : null(); }

    // Shorthand for key(name).value(v).
    template<typename T> JsonWriter &field(const char *name, const T &v) { return key(name).value(v); }

    // An array written on one line, for short lists (column names) inside indented output.
    JsonWriter &inlineStrings(const QStringList &list);

    const QByteArray &bytes() const { return m_out; }

    static void appendEscaped(QByteArray &out, const QString &s);

private:
    void beforeValue();
    void newline();

    QByteArray m_out;
    bool m_compact;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace fkscope
