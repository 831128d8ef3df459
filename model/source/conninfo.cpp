// SPDX-License-Identifier: Apache-2.0
#include "conninfo.h"

#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace fkscope {

QString conninfoWithoutPassword(const QString &conninfo)
{
    const QString text = conninfo.trimmed();
    // Files and the demo are not connection strings: kept as they are.
    if (text == QLatin1String("demo") || text.startsWith(QLatin1String("sqlite:")) || text.startsWith(QLatin1String("snapshot:"))
        || QFileInfo(text).isFile())
        return text;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        QUrl url(text);
        if (!url.isValid())
            return QString(); // nothing is remembered rather than something that may hold a password
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query.isEmpty() ? QString() : query.query());
        return url.toString();
    }
    // keyword = value pairs as libpq reads them: values in single quotes may hold spaces, and a
    // backslash escapes the next character, quoted or not. Every pair but the password is kept as
    // it was written. Read from the untrimmed text: trimming would cut a trailing escaped space off
    // a value (found by tests/fuzz/fuzz_conninfo: cleaning the cleaned text changed it).
    const QString &pairs = conninfo;
    QStringList kept;
    int i = 0;
    const int n = static_cast<int>(pairs.size());
    auto skipSpace = [&] {
        while (i < n && pairs[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        const int start = i;
        while (i < n && pairs[i] != QLatin1Char('=') && !pairs[i].isSpace())
            ++i;
        const QString keyword = pairs.mid(start, i - start);
        skipSpace();
        if (i >= n || pairs[i] != QLatin1Char('=') || keyword.isEmpty())
            return QString(); // not a conninfo libpq would accept
        ++i;
        skipSpace();
        if (i < n && pairs[i] == QLatin1Char('\'')) {
            ++i;
            while (i < n && pairs[i] != QLatin1Char('\''))
                i += pairs[i] == QLatin1Char('\\') ? 2 : 1;
            if (i >= n)
                return QString(); // unterminated quote
            ++i;
        } else {
            while (i < n && !pairs[i].isSpace())
                i += pairs[i] == QLatin1Char('\\') ? 2 : 1;
        }
        if (keyword.compare(QLatin1String("password"), Qt::CaseInsensitive) != 0)
            kept << pairs.mid(start, std::min(i, n) - start);
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace fkscope
