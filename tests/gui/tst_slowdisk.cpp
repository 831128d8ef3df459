// SPDX-License-Identifier: Apache-2.0
// A 1 GB SQLite file on a slow disk, in the window (offscreen). The disk is an SQLite VFS of the test
// that wraps the system one and sleeps before each read of the file (2 ms a page: a full scan of the
// file's 2 million child rows takes minutes). The window opens the file at once (the schema is a
// few pages), shows progress while a simulation that must scan the child table runs, stays
// responsive all along (a latency probe on the GUI thread), and a cancel ends the simulation within
// a second; the row grid pages without scanning. The file is never written: same bytes, no journal.
#include "biggraph.h"
#include "canvas/schemascene.h"
#include "impact/impactpanel.h"
#include "impact/rowpagemodel.h"
#include "mainwindow.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

using namespace fkscope;

namespace {

// The slow disk: every read of a file whose name starts with `prefix` first sleeps `delayUs`.
namespace slow {

sqlite3_vfs *base = nullptr;
sqlite3_vfs vfs;
std::atomic<int> delayUs{0};
std::atomic<qint64> reads{0};
QByteArray prefix;

struct File
{
    sqlite3_file file;
    bool slow;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

File *of(sqlite3_file *f) { return reinterpret_cast<File *>(f); }

int xClose(sqlite3_file *f) { return of(f)->real()->pMethods->xClose(of(f)->real()); }
int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (of(f)->slow) {
        ++reads;
        if (const int us = delayUs.load())
            std::this_thread::sleep_for(std::chrono::microseconds(us));
    }
    return of(f)->real()->pMethods->xRead(of(f)->real(), buffer, amount, offset);
}
int xWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    return of(f)->real()->pMethods->xWrite(of(f)->real(), data, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size) { return of(f)->real()->pMethods->xTruncate(of(f)->real(), size); }
int xSync(sqlite3_file *f, int flags) { return of(f)->real()->pMethods->xSync(of(f)->real(), flags); }
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return of(f)->real()->pMethods->xFileSize(of(f)->real(), size); }
int xLock(sqlite3_file *f, int lock) { return of(f)->real()->pMethods->xLock(of(f)->real(), lock); }
int xUnlock(sqlite3_file *f, int lock) { return of(f)->real()->pMethods->xUnlock(of(f)->real(), lock); }
int xCheckReservedLock(sqlite3_file *f, int *out) { return of(f)->real()->pMethods->xCheckReservedLock(of(f)->real(), out); }
int xFileControl(sqlite3_file *f, int op, void *arg) { return of(f)->real()->pMethods->xFileControl(of(f)->real(), op, arg); }
int xSectorSize(sqlite3_file *f) { return of(f)->real()->pMethods->xSectorSize(of(f)->real()); }
int xDeviceCharacteristics(sqlite3_file *f) { return of(f)->real()->pMethods->xDeviceCharacteristics(of(f)->real()); }

// Version 1: no shared memory (the test file is not in WAL mode) and no memory-mapped pages, so
// every page comes through xRead.
const sqlite3_io_methods methods = {1, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
                                    xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
                                    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = of(f);
    file->file.pMethods = nullptr;
    file->slow = name && !prefix.isEmpty() && std::strncmp(name, prefix.constData(), static_cast<size_t>(prefix.size())) == 0;
    const int rc = base->xOpen(base, name, file->real(), flags, outFlags);
    if (rc == SQLITE_OK && file->real()->pMethods)
        file->file.pMethods = &methods;
    return rc;
}

// Registers the slow disk as SQLite's default for this process.
void install()
{
    base = sqlite3_vfs_find(nullptr);
    vfs = *base;
    vfs.zName = "fkscope-test-slow";
    vfs.szOsFile = static_cast<int>(sizeof(File)) + base->szOsFile;
    vfs.xOpen = xOpen;
    vfs.pNext = nullptr;
    sqlite3_vfs_register(&vfs, 1);
}

} // namespace slow

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        qWarning("%s", error);
        sqlite3_free(error);
        QFAIL(sql);
    }
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result().toHex() : QByteArray();
}

} // namespace

class TestSlowDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QByteArray m_hash;
    std::unique_ptr<MainWindow> m_window;
    ImpactPanel *m_panel = nullptr;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("fkscope-tests"));
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("big.db"));
        // The file: a parent, 2 million children with no index on their key (a parent's delete scans
        // them), and 960 MB of attachments that nothing reads. Written at full speed.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_file.toUtf8().constData(), &db), SQLITE_OK);
        exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;"
                 "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                 "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers ON DELETE CASCADE,"
                 "  note TEXT);"
                 "CREATE TABLE attachments (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers ON DELETE SET NULL, body BLOB);"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)"
                 "  INSERT INTO customers SELECT i, 'customer ' || i FROM n;"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000)"
                 "  INSERT INTO orders SELECT i, 1 + (i * 7919) % 1000, 'order note ' || i FROM n;"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 960)"
                 "  INSERT INTO attachments SELECT i, 1 + i % 1000, zeroblob(1000000) FROM n;"
                 "COMMIT;");
        sqlite3_close(db);
        const qint64 size = QFileInfo(m_file).size();
        QVERIFY2(size > 1000000000, qPrintable(QString::number(size)));
        m_hash = sha256(m_file);
        slow::install();
        slow::prefix = QFile::encodeName(QFileInfo(m_file).canonicalFilePath());
        slow::delayUs = 2000;
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        m_panel = m_window->impactPanel();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        slow::delayUs = 0;
        // Never written: the same bytes, and nothing beside it (no journal, no WAL).
        QCOMPARE(sha256(m_file), m_hash);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("big.db")});
    }

    // The schema is a few pages: the window is ready at once, whatever the file's size.
    void opensAtOnce()
    {
        test::LatencyProbe probe;
        QSignalSpy ready(m_window.get(), &MainWindow::ready);
        const qint64 before = slow::reads.load();
        QElapsedTimer timer;
        timer.start();
        m_window->openSource(m_file);
        QVERIFY(ready.wait(60000));
        qInfo("opened in %lld ms, %lld page reads, longest GUI stall %lld ms", static_cast<long long>(timer.elapsed()),
              static_cast<long long>(slow::reads.load() - before), static_cast<long long>(probe.longestStallMs()));
        QVERIFY2(probe.longestStallMs() < test::kFreezeMs, qPrintable(QString::number(probe.longestStallMs())));
        QVERIFY(slow::reads.load() - before < 2000); // not a scan of the file
        QCOMPARE(m_window->scene()->graph().tables().size(), 3);
    }

    // The first page of the 2 million orders comes by rowid, not by a scan.
    void rowsArePaged()
    {
        test::LatencyProbe probe;
        const TableId orders = m_window->scene()->graph().findTable(QStringLiteral("main"), QStringLiteral("orders"));
        QVERIFY(orders != kInvalidId);
        QSignalSpy loaded(m_panel, &ImpactPanel::rowsLoaded);
        const qint64 before = slow::reads.load();
        m_window->openImpactFor(orders);
        QVERIFY(loaded.wait(60000));
        QVERIFY(m_panel->rowModel()->rowCount() > 0);
        qInfo("first page: %lld page reads, longest GUI stall %lld ms", static_cast<long long>(slow::reads.load() - before),
              static_cast<long long>(probe.longestStallMs()));
        QVERIFY2(probe.longestStallMs() < test::kFreezeMs, qPrintable(QString::number(probe.longestStallMs())));
    }

    // Deleting a customer must scan the orders (no index on customer_id): minutes on this disk. The
    // panel shows its progress, the window stays responsive, and a cancel ends it within a second.
    void aLongSimulationShowsProgressAndCancels()
    {
        const TableId customers = m_window->scene()->graph().findTable(QStringLiteral("main"), QStringLiteral("customers"));
        QVERIFY(customers != kInvalidId);
        m_window->openImpactFor(customers);
        m_panel->setWhere(QStringLiteral("id = 7"));
        test::LatencyProbe probe;
        QSignalSpy failed(m_panel, &ImpactPanel::simulationFailed);
        QSignalSpy shown(m_panel, &ImpactPanel::resultShown);
        m_panel->simulate();
        QVERIFY(m_panel->isSimulating());
        auto *progress = m_panel->findChild<QProgressBar *>();
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 5000);
        const qint64 before = slow::reads.load();
        QTest::qWait(3000);
        QVERIFY2(slow::reads.load() - before > 100, "the simulation is not reading the disk"); // it is scanning
        QVERIFY(m_panel->isSimulating());
        QElapsedTimer timer;
        timer.start();
        m_panel->cancel();
        QVERIFY(failed.wait(10000));
        const qint64 cancelMs = timer.elapsed();
        qInfo("cancelled after 3 s of reading: returned in %lld ms; longest GUI stall %lld ms", static_cast<long long>(cancelMs),
              static_cast<long long>(probe.longestStallMs()));
        QVERIFY2(failed.first().first().toString().startsWith(QLatin1String("Cancelled")), qPrintable(failed.first().first().toString()));
        QVERIFY2(cancelMs < 1000, qPrintable(QString::number(cancelMs)));
        QVERIFY(shown.isEmpty());
        QVERIFY(!m_panel->isSimulating());
        QVERIFY(!progress->isVisible());
        QVERIFY2(probe.longestStallMs() < test::kFreezeMs, qPrintable(QString::number(probe.longestStallMs())));
        // The panel answers at once; the worker's statement must stop reading too, not scan on in
        // the background: the last read comes within a second of the cancel.
        qint64 last = slow::reads.load(), lastMs = timer.elapsed();
        while (timer.elapsed() < lastMs + 500 && timer.elapsed() < 20000) {
            QTest::qWait(10);
            if (slow::reads.load() != last) {
                last = slow::reads.load();
                lastMs = timer.elapsed();
            }
        }
        qInfo("the last read came %lld ms after the cancel", static_cast<long long>(lastMs));
        QVERIFY2(lastMs < 1000, qPrintable(QString::number(lastMs)));
    }
};

QTEST_MAIN(TestSlowDisk)
#include "tst_slowdisk.moc"
