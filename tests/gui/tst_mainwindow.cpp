// The window, offscreen: opening a source loads and lays out in workers (the window stays live),
// search selects, focus and blast radius change what is visible, and the jobs report failures and
// drop superseded answers.
#include "canvas/schemascene.h"
#include "docks/schematree.h"
#include "canvas/tableitem.h"
#include "jobs/layoutjob.h"
#include "jobs/loadjob.h"
#include "mainwindow.h"
#include "snapshot/snapshot.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_snapshot;
    std::unique_ptr<test::ScratchDatabase> m_db;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("fkscope-tests"));
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_window"));
        m_db->exec(test::readTextFile(QStringLiteral(FKSCOPE_SOURCE_DIR "/resources/demo/demo.sql")));
        m_snapshot = m_dir.filePath(QStringLiteral("demo.json"));
    }

    void cleanupTestCase() { m_db.reset(); }

    void opensALiveDatabaseWithoutBlocking()
    {
        MainWindow window;
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(m_db->conninfo());
        QVERIFY(window.isBusy()); // the load runs in a worker: the call returned at once
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.scene()->tableItemCount(), 22);
        QCOMPARE(window.scene()->edgeItemCount(), 25);
        QVERIFY(!window.isBusy());
        // Keep a snapshot of it for the next cases.
        snapshot::writeFile(window.scene()->graph(), m_snapshot);
        const QImage shot = window.grab().toImage();
        QVERIFY(shot.width() > 800);
    }

    void focusBlastRadiusAndSearch()
    {
        MainWindow window;
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(QStringLiteral("snapshot:") + m_snapshot, QStringLiteral("public.robots"));
        QVERIFY(ready.wait(30000));
        // Opened focused on robots: robots and script_reference only (1 hop).
        const SchemaGraph &g = window.scene()->graph();
        const TableId robots = g.findTable(QStringLiteral("public"), QStringLiteral("robots"));
        const TableId scripts = g.findTable(QStringLiteral("public"), QStringLiteral("script_reference"));
        QCOMPARE(window.scene()->visibleTables(), (QSet<TableId>{robots, scripts}));
        QVERIFY(window.scene()->tableItem(robots)->isSelected());
    }

    void schemaCheckboxesFilterTheCanvas()
    {
        QList<Table> tables;
        for (const char *schema : {"sales", "hr", "ops"}) {
            Table t;
            t.schema = QString::fromLatin1(schema);
            t.name = QStringLiteral("t");
            tables << t;
        }
        SchemaTree tree;
        tree.setGraph(SchemaGraph({}, tables, {}));
        QVERIFY(tree.allSchemasChecked());
        QSignalSpy changed(&tree, &SchemaTree::schemaFilterChanged);
        QTreeWidget *widget = tree.findChild<QTreeWidget *>();
        widget->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!tree.allSchemasChecked());
        QCOMPARE(tree.checkedSchemas().size(), 2);
        QVERIFY(!tree.checkedSchemas().contains(widget->topLevelItem(1)->data(0, Qt::UserRole + 2).toString()));
    }

    void loadFailuresAndCancel()
    {
        LoadJob job;
        QSignalSpy failed(&job, &LoadJob::loadFailed);
        job.start(SourceSpec::parse(QStringLiteral("host=/nonexistent/fk port=1 dbname=x")), LoadOptions());
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(2).toInt(), 3);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("Cannot reach")));
    }

    void supersededLoadsAreDropped()
    {
        LoadJob job;
        QSignalSpy finished(&job, &LoadJob::loadFinished);
        QSignalSpy failed(&job, &LoadJob::loadFailed);
        const int first = job.start(SourceSpec::parse(m_db->conninfo()), LoadOptions());
        const int second = job.start(SourceSpec::parse(QStringLiteral("snapshot:") + m_snapshot), LoadOptions());
        QVERIFY(second > first);
        QVERIFY(finished.wait(30000));
        QTest::qWait(500);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), second);
        QCOMPARE(failed.size(), 0); // the first was cancelled and its answer dropped, not reported
    }

    void layoutJobRunsOffTheGuiThread()
    {
        const SchemaGraph graph = snapshot::readFile(m_snapshot);
        SchemaScene scene;
        scene.setGraph(graph);
        LayoutJob job;
        QSignalSpy done(&job, &LayoutJob::layoutFinished);
        job.start(scene.layoutRequest());
        const int latest = job.start(scene.layoutRequest());
        QVERIFY(done.wait(30000));
        QTest::qWait(300);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toInt(), latest);
        QCOMPARE(done.first().at(1).value<LayoutResult>().topLeft.size(), 22);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
