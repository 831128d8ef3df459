// SPDX-License-Identifier: Apache-2.0
// The window, offscreen: opening a source loads and lays out in workers (the window stays live),
// search selects, focus and blast radius change what is visible, and the jobs report failures and
// drop superseded answers.
#include "canvas/schemascene.h"
#include "docks/schematree.h"
#include "docks/schematreemodel.h"
#include "canvas/tableitem.h"
#include "jobs/layoutjob.h"
#include "jobs/loadjob.h"
#include "mainwindow.h"
#include "snapshot/snapshot.h"
#include "testserver.h"

#include "canvas/schemaview.h"
#include "impact/impactpanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTreeView>
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

    void keyboardReachesEverything()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(QStringLiteral("snapshot:") + m_snapshot);
        QVERIFY(ready.wait(30000));
        const SchemaGraph &g = window.scene()->graph();
        const TableId robots = g.findTable(QStringLiteral("public"), QStringLiteral("robots"));
        const TableId scripts = g.findTable(QStringLiteral("public"), QStringLiteral("script_reference"));
        SchemaView *view = window.view();
        view->setFocus();
        view->selectItem(window.scene()->tableItem(robots));
        // C: to a child that references it; P: back to the parent.
        QTest::keyClick(view, Qt::Key_C);
        QCOMPARE(view->selectedItem()->tableId(), scripts);
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(view->selectedItem()->tableId(), robots);
        // The arrows move to the nearest table that way; at the edge the selection stays.
        const QPointF start = view->selectedItem()->sceneBoundingRect().center();
        QTest::keyClick(view, Qt::Key_Left);
        QVERIFY(view->selectedItem()->sceneBoundingRect().center().x() < start.x());
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(view->selectedItem());
        const TableId bottom = view->selectedItem()->tableId();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->selectedItem()->tableId(), bottom);
        // Delete opens the impact panel on the selected table.
        view->selectItem(window.scene()->tableItem(scripts));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(window.impactPanel()->table(), scripts);
        QVERIFY(window.impactPanel()->isVisible());
        // Ctrl+1 goes to the schema tree, Ctrl+2 back to the canvas.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<SchemaTree *>()->hasFocus() || window.findChild<SchemaTree *>()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(view->hasFocus());

        // Every control a keyboard or screen reader user meets has a name.
        QStringList unnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w);
            // Qt's own parts of a control (a line edit's clear button, a combo box's popup) are named by it.
            QWidget *parent = w->parentWidget();
            if (!control || !parent || qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QLineEdit *>(parent)
                || qobject_cast<QComboBox *>(parent) || (parent->parentWidget() && qobject_cast<QComboBox *>(parent->parentWidget()))
                || w->inherits("QTabBar") || w->inherits("QComboBoxListView") || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (w->accessibleName().isEmpty() && (!button || button->text().isEmpty()) && w->toolTip().isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
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
        QAbstractItemModel *model = tree.view()->model();
        QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!tree.allSchemasChecked());
        QCOMPARE(tree.checkedSchemas().size(), 2);
        QVERIFY(!tree.checkedSchemas().contains(model->index(1, 0).data(SchemaTreeModel::kSchemaRole).toString()));
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

    void aboutBoxStatesTheLicenceAndTheNotices()
    {
        MainWindow window;
        window.show();
        QAction *about = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("&About fkscope"))
                about = a;
        }
        QVERIFY(about);
        QString text, details;
        QTimer::singleShot(0, &window, [&] {
            for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
                text = box->text() + box->informativeText();
                details = box->detailedText();
                box->accept();
            }
        });
        about->trigger();
        QVERIFY2(text.contains(QLatin1String("Apache License, Version 2.0")), qPrintable(text));
        for (const char *library : {"Qt 6", "LGPL-3.0", "Graphviz", "EPL-1.0", "libpqxx", "BSD 3-Clause", "SQLite"})
            QVERIFY2(details.contains(QLatin1String(library)), library);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
