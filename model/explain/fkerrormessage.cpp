// SPDX-License-Identifier: Apache-2.0
#include "fkerrormessage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fkscope {

namespace {

// The quote pairs PostgreSQL's translations put around names: "x" (en), »x« (de), «x» (fr, ru),
// “x” and „x“ (several), ‘x’, 「x」 (ja); and '...' as drivers print fields.
QStringList quotedTokens(const QString &line)
{
    static const QRegularExpression quoted(QStringLiteral(
        "\"(.+?)\"(?=[\\s.,:;)\\]]|$)|\u00bb(.+?)\u00ab|\u00ab(.+?)\u00bb|\u201c(.+?)\u201d|\u201e(.+?)[\u201c\u201d]|\u2018(.+?)\u2019|\u300c(.+?)\u300d"));
    QStringList out;
    for (auto it = quoted.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            if (m.capturedStart(i) >= 0) {
                out << m.captured(i).trimmed(); // « x » (fr) has spaces inside
                break;
            }
        }
    }
    return out;
}

// "a, \"B c\"" -> [a, B c]
QStringList splitColumns(const QString &text)
{
    QStringList out;
    QString current;
    bool inQuotes = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            if (inQuotes && i + 1 < text.size() && text[i + 1] == u'"') {
                current += c;
                ++i;
            } else {
                inQuotes = !inQuotes;
            }
        } else if (c == u',' && !inQuotes) {
            out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty() || !out.isEmpty())
        out << current.trimmed();
    return out;
}

// `Key (a, b)=(1, x)`: the columns and the values (PostgreSQL prints values unquoted, joined by ", ";
// a value that itself holds ", " is taken whole into the last column).
bool readKey(const QString &line, QStringList &columns, QStringList &values)
{
    const int eq = line.indexOf(QLatin1String(")=("));
    if (eq < 0)
        return false;
    const int open = line.lastIndexOf(QLatin1Char('('), eq);
    if (open < 0)
        return false;
    int depth = 1, end = eq + 3;
    for (; end < line.size() && depth > 0; ++end) {
        if (line[end] == u'(')
            ++depth;
        else if (line[end] == u')')
            --depth;
    }
    if (depth != 0)
        return false;
    columns = splitColumns(line.mid(open + 1, eq - open - 1));
    const QString valueText = line.mid(eq + 3, end - 1 - (eq + 3));
    QStringList parts = valueText.split(QStringLiteral(", "));
    while (parts.size() > columns.size() && parts.size() > 1) {
        const QString last = parts.takeLast();
        parts.last() += QStringLiteral(", ") + last;
    }
    values = parts;
    return !columns.isEmpty() && columns.size() == values.size();
}

QString unbacktick(const QString &s)
{
    QString out = s;
    return out.replace(QLatin1String("``"), QLatin1String("`"));
}

QStringList backtickList(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("`((?:[^`]|``)*)`"));
    QStringList out;
    for (auto it = name.globalMatch(text); it.hasNext();)
        out << unbacktick(it.next().captured(1));
    return out;
}

bool parseMysql(const QString &text, FkErrorMessage &out)
{
    static const QRegularExpression code(QStringLiteral("\\b(1451|1452|1216|1217)\\b"));
    // (`db`.`child`, CONSTRAINT `name` FOREIGN KEY (`a`, `b`) REFERENCES `parent` (`x`, `y`) ...)
    static const QRegularExpression structure(QStringLiteral(
        "\\((?:`((?:[^`]|``)*)`\\.)?`((?:[^`]|``)*)`,\\s*CONSTRAINT\\s+`((?:[^`]|``)*)`\\s+FOREIGN KEY\\s*\\(([^)]*)\\)\\s*"
        "REFERENCES\\s+(?:`((?:[^`]|``)*)`\\.)?`((?:[^`]|``)*)`\\s*\\(([^)]*)\\)"));
    const QRegularExpressionMatch c = code.match(text);
    const QRegularExpressionMatch s = structure.match(text);
    if (!s.hasMatch() && !(c.hasMatch() && text.contains(QLatin1String("foreign key constraint fails"), Qt::CaseInsensitive)))
        return false;
    out.engine = FkErrorMessage::Engine::MySQL;
    if (c.hasMatch())
        out.code = c.captured(1);
    const QString number = out.code;
    if (number == QLatin1String("1451") || number == QLatin1String("1217"))
        out.side = FkErrorMessage::Side::ParentChange;
    else if (number == QLatin1String("1452") || number == QLatin1String("1216"))
        out.side = FkErrorMessage::Side::ChildWrite;
    else if (text.contains(QLatin1String("parent row"), Qt::CaseInsensitive))
        out.side = FkErrorMessage::Side::ParentChange;
    else if (text.contains(QLatin1String("child row"), Qt::CaseInsensitive))
        out.side = FkErrorMessage::Side::ChildWrite;
    if (s.hasMatch()) {
        out.schema = unbacktick(s.captured(1));
        out.childTable = unbacktick(s.captured(2));
        out.constraint = unbacktick(s.captured(3));
        out.columns = backtickList(s.captured(4));
        out.parentSchema = s.captured(5).isEmpty() ? out.schema : unbacktick(s.captured(5));
        out.parentTable = unbacktick(s.captured(6));
        out.refColumns = backtickList(s.captured(7));
    }
    return true;
}

bool parsePostgres(const QString &text, const QStringList &lines, FkErrorMessage &out)
{
    // Fields, as psql's VERBOSITY verbose prints them and as node-postgres shows its error object.
    static const QRegularExpression field(QStringLiteral(
        "^\\s*(SCHEMA NAME|TABLE NAME|CONSTRAINT NAME|schema|table|constraint|code|detail)\\s*:\\s*'?(.*?)'?,?\\s*$"));
    QString fieldSchema, fieldTable, fieldConstraint, detail;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = field.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        if (key.startsWith(QLatin1String("schema")))
            fieldSchema = m.captured(2);
        else if (key.startsWith(QLatin1String("table")))
            fieldTable = m.captured(2);
        else if (key.startsWith(QLatin1String("constraint")))
            fieldConstraint = m.captured(2);
        else if (key == QLatin1String("code"))
            out.code = m.captured(2);
        else if (key == QLatin1String("detail"))
            detail = m.captured(2);
    }
    static const QRegularExpression sqlstate(QStringLiteral("\\b23503\\b"));
    const bool hasCode = sqlstate.match(text).hasMatch();
    // The main line: the first with two or three quoted names that is not the key's line.
    QStringList main;
    int keyLine = -1;
    QStringList keyColumns, keyValues;
    for (int i = 0; i < lines.size(); ++i) {
        QStringList columns, values;
        if (keyLine < 0 && readKey(lines[i], columns, values)) {
            keyLine = i;
            keyColumns = columns;
            keyValues = values;
            continue;
        }
        if (main.isEmpty() && !field.match(lines[i]).hasMatch()) {
            QStringList tokens = quotedTokens(lines[i]);
            // Some translations break the main line in two (fr: "... viole la contrainte de clé\n
            // étrangère « c »"): a line with one name reads on into the next, unless that one is
            // the key's line, a field, or a main line of its own (a traceback's `File "job.py"`
            // line before psycopg2's message).
            if (tokens.size() == 1 && i + 1 < lines.size() && quotedTokens(lines[i + 1]).size() == 1 && !field.match(lines[i + 1]).hasMatch()) {
                QStringList nextColumns, nextValues;
                if (!readKey(lines[i + 1], nextColumns, nextValues))
                    tokens = quotedTokens(lines[i] + QLatin1Char(' ') + lines[i + 1]);
            }
            if (tokens.size() == 2 || tokens.size() == 3)
                main = tokens;
        }
    }
    if (keyLine < 0 && !detail.isEmpty()) {
        QStringList columns, values;
        if (readKey(detail, columns, values)) {
            keyColumns = columns;
            keyValues = values;
        }
    }
    const bool looksLikeFk = hasCode || text.contains(QLatin1String("ForeignKeyViolation"))
        || text.contains(QLatin1String("foreign key"), Qt::CaseInsensitive) || !fieldConstraint.isEmpty() || !keyColumns.isEmpty();
    if (!looksLikeFk || (main.isEmpty() && fieldConstraint.isEmpty()))
        return false;
    out.engine = FkErrorMessage::Engine::PostgreSQL;
    if (out.code.isEmpty() && hasCode)
        out.code = QStringLiteral("23503");
    if (main.size() == 3) { // update or delete on table P violates foreign key constraint C on table T
        out.side = FkErrorMessage::Side::ParentChange;
        out.parentTable = main[0];
        out.constraint = main[1];
        out.childTable = main[2];
    } else if (main.size() == 2) { // insert or update on table T violates foreign key constraint C
        out.side = FkErrorMessage::Side::ChildWrite;
        out.childTable = main[0];
        out.constraint = main[1];
    }
    // The fields are exact (no quoting to undo); the table field is the constraint's own table.
    if (!fieldConstraint.isEmpty())
        out.constraint = fieldConstraint;
    if (!fieldTable.isEmpty())
        out.childTable = fieldTable;
    out.schema = fieldSchema;
    out.keyColumns = keyColumns;
    out.keyValues = keyValues;
    // The DETAIL line names the other table: the parent on the insert side.
    const QString detailLine = keyLine >= 0 ? lines[keyLine] : detail;
    const QStringList detailTables = quotedTokens(detailLine);
    if (out.side == FkErrorMessage::Side::ChildWrite && !detailTables.isEmpty())
        out.parentTable = detailTables.last();
    return !out.constraint.isEmpty();
}

} // namespace

std::optional<FkErrorMessage> parseFkError(const QString &pasted, QString *problem)
{
    QString text = pasted;
    // A message copied out of a log as one escaped string ("...\nDETAIL: ...").
    if (!text.contains(QLatin1Char('\n')) && text.contains(QLatin1String("\\n")))
        text.replace(QLatin1String("\\n"), QLatin1String("\n"));
    text.replace(QLatin1String("\\\""), QLatin1String("\""));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));

    FkErrorMessage out;
    static const QRegularExpression sqlStatement(QStringLiteral("\\[SQL: (.*?)\\]|STATEMENT:\\s+(.*)$"),
                                                 QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = sqlStatement.match(text); m.hasMatch())
        out.statement = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).trimmed();

    if (text.contains(QLatin1String("FOREIGN KEY constraint failed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("SQLITE_CONSTRAINT_FOREIGNKEY"))) {
        out.engine = FkErrorMessage::Engine::SQLite;
        out.code = QStringLiteral("787");
        return out;
    }
    if (parseMysql(text, out) || parsePostgres(text, lines, out))
        return out;
    if (problem)
        *problem = QCoreApplication::translate("fkscope::Messages",
                                               "This is not a foreign-key error fkscope can read: expected PostgreSQL's \"violates foreign key "
                                               "constraint\" with its quoted names (SQLSTATE 23503), MySQL/MariaDB error 1451 or 1452, or "
                                               "SQLite's \"FOREIGN KEY constraint failed\".");
    return std::nullopt;
}

} // namespace fkscope
