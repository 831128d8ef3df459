// SPDX-License-Identifier: Apache-2.0
// The real window on a generated hub-heavy schema (10,000 tables, 21,000 FKs, four hubs referenced by
// 1,050 to 8,820 FKs), offscreen or under Xvfb: for each phase a user goes through, the longest stall
// of the GUI thread's event loop (a 10 ms timer's lateness) and the time until the view is done, and
// the resident memory at the end.
//
//   build/release/tests/bench/bench_window [TABLES] [FKS] [SCHEMAS] [KEEP.json]
// KEEP.json: also write the generated schema there (a snapshot, for `fkscope render` and the window).
// FKSCOPE_BENCH_NOINDEX=1 runs the scene without its BSP index, to compare.
// Last, a table with 108 leaf children (the shape of musicbrainz.link) is opened and fitted: the
// picture's aspect and the header type size in pixels at Fit. FKSCOPE_BENCH_FAN=SOURCE@TABLE
// measures a real table's neighbourhood instead. FKSCOPE_BENCH_SLOW_EVENTS=MS prints every event whose
// handling took at least MS (which receiver, which event type), to find what a stall is made of.
#include "biggraph.h"
#include "canvas/canvaspalette.h"
#include "canvas/schemascene.h"
#include "canvas/schemaview.h"
#include "mainwindow.h"
#include "snapshot/snapshot.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace fkscope;

namespace {

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// FKSCOPE_BENCH_SLOW_EVENTS=MS: every event whose handling takes longer (receiver, event type).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_threshold <= 0)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        QByteArray name = receiver->metaObject()->className() + QByteArray(" ") + receiver->objectName().toUtf8();
        if (receiver->parent())
            name += QByteArray(" in ") + receiver->parent()->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        if (t.elapsed() >= m_threshold)
            std::printf("  slow event: %lld ms, %s, event type %d\n", t.elapsed(), name.constData(), type);
        return result;
    }
    int m_threshold = qEnvironmentVariableIntValue("FKSCOPE_BENCH_SLOW_EVENTS");
};

} // namespace

int main(int argc, char **argv)
{
    TimingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("fkscope-bench"));
    const int tables = argc > 1 ? atoi(argv[1]) : 10000;
    const int fks = argc > 2 ? atoi(argv[2]) : 21000;
    const int schemas = argc > 3 ? atoi(argv[3]) : 4;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hubs.json"));
    snapshot::writeFile(test::hubSchema(tables, fks, schemas), file);
    if (argc > 4)
        QFile::copy(file, QString::fromLocal8Bit(argv[4]));
    std::printf("schema: %d tables, %d FKs, %d schemas, hubs app0.t0..t3; platform %s\n", tables, fks, schemas,
                qPrintable(QGuiApplication::platformName()));

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    // Shortcuts (Ctrl+L, Ctrl+B) go to the active window; under Xvfb without a window manager it
    // must be activated by hand.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::printf("(the window did not become active: shortcut phases will not run)\n");
    if (qEnvironmentVariableIntValue("FKSCOPE_BENCH_NOINDEX"))
        window.scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    std::printf("scene index: %s\n", window.scene()->itemIndexMethod() == QGraphicsScene::NoIndex ? "none" : "BSP tree");
    test::LatencyProbe probe;
    QSignalSpy ready(&window, &MainWindow::ready);
    auto phase = [&](const char *name, const std::function<void()> &action) {
        ready.clear();
        probe.reset();
        action();
        // A phase that changes nothing on screen (no new layout) ends after 5 s without `ready`.
        const bool done = ready.wait(window.isBusy() ? 120000 : 5000) || !window.isBusy();
        std::printf("%-28s longest GUI stall %6lld ms   done in %6lld ms   %d boxes, %d summary nodes%s\n", name,
                    probe.longestStallMs(), probe.phaseMs(), window.scene()->tableItemCount(),
                    window.scene()->summaryItemCount(), done ? "" : "   (NOT DONE)");
    };
    auto find = [&](const QString &text) {
        QLineEdit *search = nullptr;
        for (QLineEdit *e : window.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Find a table"))
                search = e;
        }
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
    };
    phase("open (first view)", [&] { window.openSource(QStringLiteral("snapshot:") + file); });
    int treeRows = 0;
    for (QTreeView *tree : window.findChildren<QTreeView *>()) {
        if (tree->model() && tree->model()->rowCount() > 0 && tree->objectName() == QLatin1String("SchemaTreeView"))
            for (int r = 0; r < tree->model()->rowCount(); ++r)
                treeRows += tree->model()->rowCount(tree->model()->index(r, 0));
    }
    std::printf("%-28s %d tables listed\n", "schema tree", treeRows);
    phase("find + select hub app0.t0", [&] { find(QStringLiteral("t0")); });
    phase("focus hub, 2 hops", [&] {
        window.findChild<QSpinBox *>()->setValue(2);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    });
    phase("blast radius of hub", [&] { QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier); });
    phase("find app2.t5000", [&] { find(QStringLiteral("t5000")); });
    phase("show all", [&] { QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); });
    std::printf("resident memory %ld MB\n", residentKb() / 1024);

    // A fan: `link` with 108 leaf children and one parent.
    QList<Table> fanTables;
    QList<ForeignKey> fanKeys;
    for (int i = 0; i <= 109; ++i) {
        Table t;
        t.schema = QStringLiteral("musicbrainz");
        t.name = i == 0 ? QStringLiteral("link") : i == 109 ? QStringLiteral("link_type") : QStringLiteral("l_area_table_%1").arg(i);
        t.columns.append({QStringLiteral("id"), QStringLiteral("integer"), true, std::nullopt, {}, {}, {}, {}});
        t.columns.append({QStringLiteral("link"), QStringLiteral("integer"), true, std::nullopt, {}, {}, {}, {}});
        t.primaryKey = {QStringLiteral("id")};
        fanTables << t;
        if (i == 0)
            continue;
        ForeignKey fk;
        fk.name = t.name + QStringLiteral("_fkey");
        fk.child = i == 109 ? 0 : i;
        fk.parent = i == 109 ? 109 : 0;
        fk.columns = {QStringLiteral("link")};
        fk.refColumns = {QStringLiteral("id")};
        fanKeys << fk;
    }
    const QString fanFile = dir.filePath(QStringLiteral("fan.json"));
    snapshot::writeFile(SchemaGraph({QStringLiteral("postgresql"), QStringLiteral("15"), QStringLiteral("fan"), {}, {}}, fanTables, fanKeys),
                        fanFile);
    // FKSCOPE_BENCH_FAN=SOURCE@SCHEMA.TABLE measures a real one instead (e.g. a musicbrainz snapshot).
    const QString realFan = qEnvironmentVariable("FKSCOPE_BENCH_FAN");
    const QString fanSource = realFan.isEmpty() ? QStringLiteral("snapshot:") + fanFile : realFan.section(QLatin1Char('@'), 0, -2);
    const QString fanFocus = realFan.isEmpty() ? QStringLiteral("musicbrainz.link") : realFan.section(QLatin1Char('@'), -1);
    window.findChild<QSpinBox *>()->setValue(1);
    phase(realFan.isEmpty() ? "fan of 108 (link)" : "fan (FKSCOPE_BENCH_FAN)", [&] { window.openSource(fanSource, fanFocus); });
    QTest::qWait(200);
    window.view()->fitAll();
    const QRectF bounds = window.scene()->itemsBoundingRect();
    const qreal scale = window.view()->transform().m11();
    const QFont header = canvasFont(1.05, true);
    std::printf("fan at Fit: canvas %d x %d, picture %.0f x %.0f (aspect %.2f), scale %.2f, header type %.1f px\n",
                window.view()->viewport()->width(), window.view()->viewport()->height(), bounds.width(), bounds.height(),
                bounds.width() / bounds.height(), scale, QFontInfo(header).pixelSize() * scale);
    return 0;
}
