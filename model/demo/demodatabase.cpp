// SPDX-License-Identifier: Apache-2.0
#include "demodatabase.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <sqlite3.h>

static void initDemoResource()
{
    Q_INIT_RESOURCE(demo);
}

namespace fkscope {

QByteArray demoSql()
{
    initDemoResource();
    QFile f(QStringLiteral(":/fkscope/demo/demo.sql"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "The demo SQL is missing from this build."));
    return f.readAll();
}

QString ensureDemoDatabase()
{
    const QByteArray sql = demoSql();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha1).toHex().left(10));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/fkscope");
    // One folder per version of the SQL, so the file keeps a readable name (it is the database name
    // the window shows).
    const QString folder = dir + QStringLiteral("/demo-%1").arg(hash);
    const QString path = folder + QStringLiteral("/fkscope-demo.sqlite");
    if (QFile::exists(path))
        return path;
    if (!QDir().mkpath(folder))
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot create %1 for the demo database.").arg(folder));
    // Built beside its final name and renamed, so a half-built file is never opened; the name is
    // per process, so that two processes starting at once do not build into the same file.
    const QString building = path + QStringLiteral(".building-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(building);
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(building.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    char *message = nullptr;
    if (rc == SQLITE_OK) {
        const QByteArray script = "PRAGMA foreign_keys = ON; BEGIN;\n" + sql + "\nCOMMIT; ANALYZE;";
        rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &message);
    }
    const QString error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    sqlite3_close_v2(db);
    if (rc != SQLITE_OK) {
        QFile::remove(building);
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot build the demo database at %1: %2").arg(path, error));
    }
    if (!QFile::rename(building, path) && !QFile::exists(path))
        throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "Cannot write the demo database at %1.").arg(path));
    QFile::remove(building);
    return path;
}

} // namespace fkscope
