// SPDX-License-Identifier: Apache-2.0
#include "sqliteddlfile.h"

#include "core/error.h"
#include "sqlitecatalogloader.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace fkscope {

namespace {

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

QString position(const QByteArray &text, int offset)
{
    offset = std::clamp(offset, 0, static_cast<int>(text.size()));
    const int line = text.left(offset).count('\n') + 1;
    const int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const int column = QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size() + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

void runScript(sqlite3 *db, const SqlScript &script)
{
    const QByteArray text = script.text;
    const char *begin = text.constData();
    const char *at = begin;
    const char *end = begin + text.size();
    while (at < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(db, at, static_cast<int>(end - at), &stmt, &tail);
        if (rc == SQLITE_OK && stmt) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK) {
            const int offset = sqlite3_error_offset(db);
            // Where SQLite says the problem is, else where the statement starts.
            int skip = static_cast<int>(at - begin);
            while (skip < text.size() && QChar::isSpace(static_cast<uchar>(text.at(skip))))
                ++skip;
            const QString where = position(text, offset >= 0 ? static_cast<int>(at - begin) + offset : skip);
            const QString message = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(stmt);
            throw Error(ErrorKind::BadInput, QStringLiteral("%1:%2: %3").arg(script.origin, where, message));
        }
        sqlite3_finalize(stmt);
        if (!tail || tail == at)
            break;
        at = tail;
    }
}

} // namespace

SchemaGraph readSqliteScripts(const QList<SqlScript> &scripts, const QString &databaseName, const LoadOptions &options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "No temporary directory for the scratch database: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("scratch.sqlite"));
    {
        Handle h;
        if (sqlite3_open_v2(path.toUtf8().constData(), &h.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot create the scratch database %1.").arg(path));
        for (const SqlScript &s : scripts)
            runScript(h.db, s);
    }
    SqliteConnection connection(path);
    const SchemaGraph graph = SqliteCatalogLoader(connection).load(options);
    SourceInfo source = graph.source();
    source.database = databaseName;
    return SchemaGraph(source, graph.tables(), graph.foreignKeys(), graph.warnings());
}

QByteArray sqliteSchemaText(const QString &path)
{
    SqliteConnection c(path);
    QByteArray text;
    // Tables before indexes, triggers and views, each in the order SQLite keeps them.
    SqliteStatement s(c, QStringLiteral("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid"));
    while (s.step())
        text += s.text(0).toUtf8() + ";\n";
    return text;
}

bool isSqlTextFile(const QString &path)
{
    if (!path.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
        return false;
    QFile f(path);
    return !f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16);
}

} // namespace fkscope
