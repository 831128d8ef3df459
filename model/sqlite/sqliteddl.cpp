// SPDX-License-Identifier: Apache-2.0
#include "sqliteddl.h"

namespace fkscope {

namespace {

struct Token
{
    enum Kind { Word, Quoted, String, Number, Punct };
    Kind kind;
    QString text; // identifier text unquoted; punctuation as itself
    int begin = 0, end = 0; // offsets into the SQL
    bool is(const char *keyword) const { return kind == Word && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0; }
    bool isPunct(char c) const { return kind == Punct && text.size() == 1 && text[0] == QLatin1Char(c); }
    bool isName() const { return kind == Word || kind == Quoted || kind == String; }
};

QList<Token> tokenize(const QString &s)
{
    QList<Token> out;
    int i = 0;
    const int n = static_cast<int>(s.size());
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && s[i + 1] == QLatin1Char('-')) {
            while (i < n && s[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && s[i + 1] == QLatin1Char('*')) {
            const int close = s.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('\'') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            QString text;
            int j = i + 1;
            while (j < n) {
                if (s[j] == close) {
                    if (close != QLatin1Char(']') && j + 1 < n && s[j + 1] == close) {
                        text += close;
                        j += 2;
                        continue;
                    }
                    break;
                }
                text += s[j++];
            }
            out.append({c == QLatin1Char('\'') ? Token::String : Token::Quoted, text, i, std::min(j + 1, n)});
            i = std::min(j + 1, n);
        } else if (c.isLetter() || c == QLatin1Char('_') || c.unicode() > 127) {
            int j = i;
            while (j < n && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_') || s[j] == QLatin1Char('$') || s[j].unicode() > 127))
                ++j;
            out.append({Token::Word, s.mid(i, j - i), i, j});
            i = j;
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && s[i + 1].isDigit())) {
            int j = i;
            while (j < n && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('.')))
                ++j;
            out.append({Token::Number, s.mid(i, j - i), i, j});
            i = j;
        } else {
            out.append({Token::Punct, QString(c), i, i + 1});
            ++i;
        }
    }
    return out;
}

// Index just past the parenthesis that closes the one at `open`.
int skipParens(const QList<Token> &t, int open)
{
    int depth = 0;
    for (int i = open; i < t.size(); ++i) {
        if (t[i].isPunct('('))
            ++depth;
        else if (t[i].isPunct(')') && --depth == 0)
            return i + 1;
    }
    return static_cast<int>(t.size());
}

QStringList nameList(const QList<Token> &t, int open, int end)
{
    QStringList names;
    bool expectName = true;
    for (int i = open + 1; i < end - 1; ++i) {
        if (t[i].isPunct(','))
            expectName = true;
        else if (expectName && t[i].isName()) {
            names << t[i].text;
            expectName = false;
        }
    }
    return names;
}

// Parses `REFERENCES parent [(cols)] [ON ... | MATCH x | [NOT] DEFERRABLE [INITIALLY x]]*` from `i`
// (at REFERENCES); returns the index after it.
int parseReferences(const QList<Token> &t, int i, SqliteTableDdl::ForeignKeyClause &fk)
{
    ++i;
    if (i < t.size() && t[i].isName()) {
        fk.parent = t[i].text;
        ++i;
        if (i + 1 < t.size() && t[i].isPunct('.') && t[i + 1].isName()) { // schema.table
            fk.parent = t[i + 1].text;
            i += 2;
        }
    }
    if (i < t.size() && t[i].isPunct('('))
        i = skipParens(t, i);
    while (i < t.size()) {
        if (t[i].is("ON") && i + 1 < t.size()) {
            i += 2; // ON DELETE|UPDATE
            if (i < t.size() && (t[i].is("SET") || t[i].is("NO")))
                i += 2;
            else
                ++i;
        } else if (t[i].is("MATCH")) {
            i += 2;
        } else if (t[i].is("NOT") && i + 1 < t.size() && t[i + 1].is("DEFERRABLE")) {
            fk.deferrable = false;
            i += 2;
            if (i + 1 < t.size() && t[i].is("INITIALLY"))
                i += 2;
        } else if (t[i].is("DEFERRABLE")) {
            fk.deferrable = true;
            ++i;
            if (i + 1 < t.size() && t[i].is("INITIALLY")) {
                fk.initiallyDeferred = t[i + 1].is("DEFERRED");
                i += 2;
            }
        } else {
            break;
        }
    }
    return i;
}

} // namespace

SqliteTableDdl parseCreateTable(const QString &sql)
{
    SqliteTableDdl ddl;
    const QList<Token> t = tokenize(sql);
    int i = 0;
    if (i >= t.size() || !t[i].is("CREATE"))
        return ddl;
    while (i < t.size() && !t[i].isPunct('(')) {
        if (t[i].is("AS"))
            return ddl; // CREATE TABLE ... AS SELECT: no constraints
        ++i;
    }
    if (i >= t.size())
        return ddl;
    const int bodyEnd = skipParens(t, i) - 1; // the closing parenthesis
    for (int k = bodyEnd + 1; k < t.size(); ++k) {
        if (t[k].is("WITHOUT") && k + 1 < t.size() && t[k + 1].is("ROWID"))
            ddl.withoutRowid = true;
    }
    // Items at depth 0, separated by commas.
    int start = i + 1;
    QList<QPair<int, int>> items;
    for (int k = start, depth = 0; k <= bodyEnd; ++k) {
        if (t[k].isPunct('('))
            ++depth;
        else if (t[k].isPunct(')') && k < bodyEnd)
            --depth;
        if ((depth == 0 && t[k].isPunct(',')) || k == bodyEnd) {
            items.append({start, k});
            start = k + 1;
        }
    }
    for (const auto &[from, to] : items) {
        if (from >= to)
            continue;
        const Token &first = t[from];
        const bool tableConstraint = first.kind == Token::Word
            && (first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE") || first.is("CHECK") || first.is("FOREIGN"));
        const QString column = tableConstraint ? QString() : first.text;
        QString pendingName;
        int k = tableConstraint ? from : from + 1;
        while (k < to) {
            const Token &tok = t[k];
            if (tok.is("CONSTRAINT") && k + 1 < to) {
                pendingName = t[k + 1].text;
                k += 2;
            } else if (tok.is("CHECK") && k + 1 < to && t[k + 1].isPunct('(')) {
                const int end = skipParens(t, k + 1);
                const int exprBegin = t[k + 1].end;
                const int exprEnd = t[end - 1].begin;
                ddl.checks.append({pendingName, sql.mid(exprBegin, exprEnd - exprBegin).trimmed(), true});
                pendingName.clear();
                k = end;
            } else if (tok.is("FOREIGN") && k + 2 < to && t[k + 1].is("KEY") && t[k + 2].isPunct('(')) {
                SqliteTableDdl::ForeignKeyClause fk;
                fk.name = pendingName;
                const int end = skipParens(t, k + 2);
                fk.columns = nameList(t, k + 2, end);
                k = end;
                if (k < to && t[k].is("REFERENCES"))
                    k = parseReferences(t, k, fk);
                ddl.foreignKeys.append(fk);
                pendingName.clear();
            } else if (tok.is("REFERENCES")) {
                SqliteTableDdl::ForeignKeyClause fk;
                fk.name = pendingName;
                fk.columns = QStringList{column};
                k = parseReferences(t, k, fk);
                ddl.foreignKeys.append(fk);
                pendingName.clear();
            } else if (tok.is("COLLATE") && k + 1 < to && !column.isEmpty()) {
                const QString name = t[k + 1].text.toUpper();
                if (name == QLatin1String("BINARY"))
                    ddl.collations.remove(column.toLower());
                else
                    ddl.collations.insert(column.toLower(), name);
                pendingName.clear();
                k += 2;
            } else if (tok.isPunct('(')) {
                k = skipParens(t, k); // type arguments, DEFAULT (expr), GENERATED AS (expr), key lists
            } else {
                if (tok.is("PRIMARY") || tok.is("UNIQUE") || tok.is("NULL") || tok.is("DEFAULT") || tok.is("COLLATE")
                    || tok.is("GENERATED") || tok.is("AS"))
                    pendingName.clear();
                ++k;
            }
        }
    }
    ddl.parsed = true;
    return ddl;
}

} // namespace fkscope
