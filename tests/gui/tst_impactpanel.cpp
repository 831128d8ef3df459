// SPDX-License-Identifier: Apache-2.0
// The impact panel in the window, offscreen, against the private PostgreSQL: rows are paged, sorted
// and filtered on the server; picked rows give the same answer as `fkscope impact`; the canvas is
// coloured by outcome and restored; cancel stops the server query; a table without SELECT privilege
// is "unknown" while the rest is answered; a connection killed mid-run leaves a message and the
// panel still works; plan, verification and the exports work on the result.
#include "canvas/foreignkeyedge.h"
#include "canvas/schemascene.h"
#include "canvas/tableitem.h"
#include "dialogs/explaindialog.h"
#include "impact/impactpanel.h"
#include "impact/impactreport.h"
#include "impact/impactresultview.h"
#include "impact/rowpagemodel.h"
#include "mainwindow.h"
#include "mysql/mysqlconnection.h"
#include "testserver.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace fkscope;

namespace {

// Per table: deleted / set NULL / set DEFAULT, from either side's JSON.
QMap<QString, QString> effectCounts(const QJsonObject &result)
{
    QMap<QString, QString> out;
    for (const QJsonValue &v : result.value(QStringLiteral("effects")).toArray()) {
        const QJsonObject e = v.toObject();
        out.insert(e.value(QStringLiteral("table")).toString(),
                   QStringLiteral("%1/%2/%3")
                       .arg(e.value(QStringLiteral("deleted")).toInteger())
                       .arg(e.value(QStringLiteral("set_null")).toInteger())
                       .arg(e.value(QStringLiteral("set_default")).toInteger()));
    }
    return out;
}

QStringList blockerLines(const QJsonObject &result)
{
    QStringList out;
    for (const QJsonValue &v : result.value(QStringLiteral("blockers")).toArray()) {
        const QJsonObject b = v.toObject();
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(b.value(QStringLiteral("table")).toString(), b.value(QStringLiteral("constraint")).toString(),
                        b.value(QStringLiteral("kind")).toString())
                   .arg(b.value(QStringLiteral("rows")).toInteger());
    }
    out.sort();
    return out;
}

} // namespace

class TestImpactPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_shots; // the window's pictures, unless FKSCOPE_SHOT_DIR names a folder to keep them
    std::unique_ptr<test::ScratchDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    ImpactPanel *m_panel = nullptr;

    QString shotPath(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("FKSCOPE_SHOT_DIR");
        return (dir.isEmpty() ? m_shots.path() : dir) + QLatin1Char('/') + name;
    }

    TableId table(const QString &name) const
    {
        return m_window->scene()->graph().findTable(QStringLiteral("public"), name);
    }

    void openRows(const QString &name)
    {
        QSignalSpy loaded(m_panel, &ImpactPanel::rowsLoaded);
        m_window->openImpactFor(table(name));
        QVERIFY(loaded.wait(20000));
    }

    ImpactResult simulateAndWait()
    {
        QSignalSpy shown(m_panel, &ImpactPanel::resultShown);
        QSignalSpy failed(m_panel, &ImpactPanel::simulationFailed);
        m_panel->simulate();
        if (!shown.wait(30000))
            qWarning("no result; failures: %s", failed.isEmpty() ? "none" : qPrintable(failed.first().first().toString()));
        return shown.isEmpty() ? ImpactResult() : shown.first().first().value<ImpactResult>();
    }

    // The pids of the panel's connections running a statement that contains `text`.
    QString activeQueries(const QString &text) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> "
                                           "pg_backend_pid() AND query LIKE '%%%1%%' AND query NOT LIKE '%%pg_stat_activity%%'")
                                .arg(text));
    }

    void waitForActive(const QString &text)
    {
        QTRY_VERIFY_WITH_TIMEOUT(activeQueries(text) == QLatin1String("1"), 10000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("fkscope-tests"));
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_impactpanel"));
        m_db->exec(test::readTextFile(QStringLiteral(FKSCOPE_SOURCE_DIR "/resources/demo/demo.sql")));
        m_db->exec(QStringLiteral("ANALYZE"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 950);
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::ready);
        m_window->openSource(m_db->conninfo());
        QVERIFY(ready.wait(30000));
        m_panel = m_window->impactPanel();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_db.reset();
        test::execAdmin(QStringLiteral("DROP ROLE IF EXISTS fk_limited"));
    }

    // Impact > Explain an error: a real error pasted in; the answer selects the constraint's table and
    // the impact panel simulates the DELETE of the key in DETAIL (a script_reference row the robot's
    // delete cascaded to), blocked by the same constraint.
    void explainAPastedError()
    {
        QString message;
        try {
            m_db->exec(QStringLiteral("DELETE FROM robots WHERE id = 1"));
        } catch (const std::exception &e) {
            message = QString::fromUtf8(e.what());
        }
        QVERIFY2(message.contains(QLatin1String("violates foreign key constraint")), qPrintable(message));
        // A window of its own: the answer changes what the canvas shows.
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(m_db->conninfo());
        QVERIFY(ready.wait(30000));
        window.explainError();
        ExplainDialog *dialog = window.explainDialog();
        QVERIFY(dialog && dialog->isVisible());
        QSignalSpy explained(dialog, &ExplainDialog::explained);
        QSignalSpy shown(window.impactPanel(), &ImpactPanel::resultShown);
        dialog->setMessage(QStringLiteral("nonsense"));
        dialog->explain();
        QCOMPARE(explained.count(), 0); // not understood: said in the dialog, nothing started
        dialog->setMessage(message);
        dialog->explain();
        QVERIFY(explained.wait(30000));
        const Explanation e = explained.first().first().value<Explanation>();
        QVERIFY(e.foreignKey != kInvalidId);
        const ForeignKey &fk = window.scene()->graph().foreignKey(e.foreignKey);
        QCOMPARE(window.scene()->graph().table(fk.parent).name, QStringLiteral("script_reference"));
        QVERIFY(shown.wait(30000));
        const ImpactResult result = shown.first().first().value<ImpactResult>();
        QCOMPARE(static_cast<int>(result.outcome), static_cast<int>(ImpactOutcome::Blocked));
        QCOMPARE(result.root.name, QStringLiteral("script_reference"));
        QVERIFY(std::any_of(result.blockers.begin(), result.blockers.end(), [&](const ImpactBlocker &b) { return b.constraint == fk.name; }));
        if (!qEnvironmentVariableIsEmpty("FKSCOPE_SHOT_DIR")) {
            window.grab().save(qEnvironmentVariable("FKSCOPE_SHOT_DIR") + QStringLiteral("/explain-window.png"));
            dialog->grab().save(qEnvironmentVariable("FKSCOPE_SHOT_DIR") + QStringLiteral("/explain-dialog.png"));
        }
        dialog->close();
    }

    void rowsArePagedSortedAndFilteredOnTheServer()
    {
        openRows(QStringLiteral("content_items"));
        RowPageModel *model = m_panel->rowModel();
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->page().hasMore);
        QCOMPARE(model->page().keyColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(model->page().keyValues.first(), QStringList{QStringLiteral("1")});
        QCOMPARE(QString::number(model->page().estimatedTotal), m_db->scalar(QStringLiteral("SELECT count(*) FROM content_items")));

        QSignalSpy loaded(m_panel, &ImpactPanel::rowsLoaded);
        emit m_panel->rowView()->horizontalHeader()->sectionClicked(0); // id ascending
        QVERIFY(loaded.wait(10000));
        emit m_panel->rowView()->horizontalHeader()->sectionClicked(0); // id descending
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model->page().keyValues.first(), QStringList{m_db->scalar(QStringLiteral("SELECT max(id) FROM content_items"))});

        auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("rowFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("id <= 3"));
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(!model->page().hasMore);
        QCOMPARE(model->page().estimatedTotal, -1);

        QSignalSpy failed(m_panel, &ImpactPanel::rowsFailed);
        filter->setText(QStringLiteral("no_such_column = 1"));
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("no_such_column")),
                 qPrintable(failed.first().first().toString()));
    }

    void pickedRowsGiveTheSameAnswerAsTheCli()
    {
        openRows(QStringLiteral("accounts"));
        m_panel->setMode(ImpactPanel::Mode::Rows);
        QTableView *view = m_panel->rowView();
        view->selectionModel()->select(m_panel->rowModel()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(m_panel->rowModel()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const ImpactResult result = simulateAndWait();
        QCOMPARE(result.root.name, QStringLiteral("accounts"));
        QCOMPARE(toString(result.outcome), QStringLiteral("blocked"));

        const test::ProcessRun cli = test::runFkscope({QStringLiteral("impact"), QStringLiteral("--db"), m_db->conninfo(),
                                                        QStringLiteral("--table"), QStringLiteral("accounts"),
                                                        QStringLiteral("--where"), QStringLiteral("id IN (2, 4)"),
                                                        QStringLiteral("--json")});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject expected = QJsonDocument::fromJson(cli.out).object();
        const QJsonObject actual = QJsonDocument::fromJson(toJson(result)).object();
        QCOMPARE(actual.value(QStringLiteral("outcome")), expected.value(QStringLiteral("outcome")));
        QCOMPARE(actual.value(QStringLiteral("root_rows")), expected.value(QStringLiteral("root_rows")));
        QCOMPARE(m_panel->resultView()->statement(), QStringLiteral("DELETE FROM public.accounts WHERE id IN ('2', '4');"));
        QCOMPARE(effectCounts(actual), effectCounts(expected));
        QCOMPARE(blockerLines(actual), blockerLines(expected));
        QVERIFY(effectCounts(actual).size() > 5);

        // The panel shows the verdict and blockers first.
        QVERIFY(m_panel->resultView()->verdictText().contains(QLatin1String("BLOCKED")));
        QTreeWidget *tree = m_panel->resultView()->tree();
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QLatin1String("Blockers")));
        QVERIFY(tree->topLevelItem(0)->child(0)->text(0).contains(QLatin1String("audit_logs")));

        // The canvas: the root, the blocking table and the cascaded tables are marked, the
        // blocking edge too; tables the delete does not touch are dimmed.
        SchemaScene *scene = m_window->scene();
        QVERIFY(scene->isShowingImpact());
        const SchemaGraph &g = scene->graph();
        ForeignKeyId auditFk = kInvalidId;
        for (ForeignKeyId id : g.incoming(table(QStringLiteral("users")))) {
            if (g.foreignKey(id).name == QLatin1String("audit_logs_user_id_fkey"))
                auditFk = id;
        }
        QVERIFY(auditFk != kInvalidId);
        QVERIFY(!scene->edgeItem(auditFk)->currentPen().color().isValid()
                || scene->edgeItem(auditFk)->currentPen().color().rgb() == SchemaScene::impactColor(QStringLiteral("blocking")).rgb());
        TableItem *robots = scene->tableItem(table(QStringLiteral("robots")));
        QVERIFY(robots->emphasis() == TableItem::Emphasis::Dimmed || !robots->isVisible());
        TableItem *audit = scene->tableItem(table(QStringLiteral("audit_logs")));
        QVERIFY(audit->hasMark());
        QVERIFY2(audit->badge().contains(QLatin1String("blocks")), qPrintable(audit->badge()));
        QVERIFY(scene->tableItem(table(QStringLiteral("sessions")))->badge().contains(QLatin1String("deleted")));
        QVERIFY(scene->tableItem(table(QStringLiteral("generation_jobs")))->badge().contains(QLatin1String("set NULL")));

        QCoreApplication::processEvents(); // let the result's layout settle before the picture
        QImage shot = m_window->grab().toImage();
        QVERIFY(shot.save(shotPath(QStringLiteral("impact-blocked.png"))));

        m_panel->clearResult();
        QVERIFY(!scene->isShowingImpact());
        QVERIFY(!audit->hasMark());
        QVERIFY(robots->emphasis() == TableItem::Emphasis::Normal);
        QCOMPARE(scene->edgeItem(auditFk)->currentPen().color().alpha(), 255);
    }

    void keyValuesAndWhereModes()
    {
        openRows(QStringLiteral("content_items"));
        m_panel->setKeyValues({{QStringLiteral("id"), QStringLiteral("1")}});
        ImpactResult result = simulateAndWait();
        QCOMPARE(toString(result.outcome), QStringLiteral("allowed"));
        QCOMPARE(result.rootRows, 1);
        QVERIFY(result.effect({QStringLiteral("public"), QStringLiteral("generation_jobs")}));
        QCOMPARE(result.effect({QStringLiteral("public"), QStringLiteral("generation_jobs")})->setNull, 2);
        QVERIFY(m_panel->resultView()->verdictText().contains(QLatin1String("ALLOWED")));
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().toImage().save(shotPath(QStringLiteral("impact-allowed.png"))));

        m_window->openImpactFor(table(QStringLiteral("script_reference")));
        m_panel->setWhere(QStringLiteral("archived = 1"));
        result = simulateAndWait();
        QCOMPARE(toString(result.outcome), QStringLiteral("blocked"));
        QCOMPARE(result.rootRows, 15);
        QCOMPARE(result.blockers.size(), 2);

        // Nothing chosen: a message, no run.
        m_panel->setWhere(QString());
        QSignalSpy shown(m_panel, &ImpactPanel::resultShown);
        m_panel->simulate();
        QVERIFY(!m_panel->isSimulating());
        QVERIFY(m_panel->resultView()->verdictText().contains(QLatin1String("condition")));
    }

    void planVerificationAndExports()
    {
        m_window->openImpactFor(table(QStringLiteral("script_reference")));
        m_panel->setWhere(QStringLiteral("archived = 1"));
        const ImpactResult result = simulateAndWait();
        QCOMPARE(toString(result.outcome), QStringLiteral("blocked"));

        QSignalSpy plan(m_panel, &ImpactPanel::planReady);
        m_panel->showPlan();
        QVERIFY(plan.wait(20000));
        const QString script = plan.first().first().toString();
        const qsizetype trigger = script.indexOf(QLatin1String("DELETE FROM ONLY \"public\".\"event_trigger\" "));
        const qsizetype root = script.indexOf(QLatin1String("DELETE FROM ONLY \"public\".\"script_reference\""));
        QVERIFY2(trigger > 0 && root > trigger, qPrintable(script));

        QSignalSpy verified(m_panel, &ImpactPanel::verificationFinished);
        m_panel->runVerification();
        QVERIFY(verified.wait(20000));
        const ObservedDelete observed = verified.first().first().value<ObservedDelete>();
        QVERIFY(observed.failed);
        QVERIFY2(observed.constraint.startsWith(QLatin1String("event_trigger")), qPrintable(observed.constraint));
        // Rolled back: the rows are all still there.
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM script_reference WHERE archived = 1")), QStringLiteral("15"));

        const QString markdown = toMarkdown(m_panel->resultView()->result(), m_panel->resultView()->statement());
        QVERIFY(markdown.contains(QLatin1String("**BLOCKED")));
        QVERIFY(markdown.contains(QLatin1String("event\\_trigger\\_script\\_reference\\_id\\_fkey")));
        QCOMPARE(toJson(m_panel->resultView()->result()), toJson(result));
    }

    void cancelStopsTheServerQuery()
    {
        m_window->openImpactFor(table(QStringLiteral("content_items")));
        m_panel->setWhere(QStringLiteral("id = 1 AND pg_sleep(30) IS NOT NULL"));
        QSignalSpy failed(m_panel, &ImpactPanel::simulationFailed);
        QElapsedTimer timer;
        timer.start();
        m_panel->simulate();
        QVERIFY(m_panel->isSimulating());
        waitForActive(QStringLiteral("pg_sleep(30)"));
        m_panel->cancel();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().startsWith(QLatin1String("Cancelled")), qPrintable(failed.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(activeQueries(QStringLiteral("pg_sleep(30)")), QStringLiteral("0"), 5000);
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(!m_panel->isSimulating());
    }

    void aNewRunSupersedesTheOldOne()
    {
        m_window->openImpactFor(table(QStringLiteral("content_items")));
        m_panel->setWhere(QStringLiteral("id = 1 AND pg_sleep(30) IS NOT NULL"));
        m_panel->simulate();
        waitForActive(QStringLiteral("pg_sleep(30)"));
        m_panel->setWhere(QStringLiteral("id = 2"));
        QSignalSpy shown(m_panel, &ImpactPanel::resultShown);
        m_panel->simulate();
        QVERIFY(shown.wait(20000));
        QTest::qWait(300);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().value<ImpactResult>().rootRows, 1);
        QCOMPARE(m_panel->resultView()->statement(), QStringLiteral("DELETE FROM public.content_items WHERE (id = 2);"));
        QTRY_COMPARE_WITH_TIMEOUT(activeQueries(QStringLiteral("pg_sleep(30)")), QStringLiteral("0"), 5000);
    }

    void aKilledConnectionGivesAMessageAndThePanelRecovers()
    {
        m_window->openImpactFor(table(QStringLiteral("content_items")));
        m_panel->setWhere(QStringLiteral("id = 1 AND pg_sleep(30) IS NOT NULL"));
        QSignalSpy failed(m_panel, &ImpactPanel::simulationFailed);
        m_panel->simulate();
        waitForActive(QStringLiteral("pg_sleep(30)"));
        m_db->scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE "
                                    "'%pg_sleep(30)%' AND pid <> pg_backend_pid()"));
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("did not finish")), qPrintable(message));
        QVERIFY(m_window->isVisible());
        // The next run reconnects.
        m_panel->setWhere(QStringLiteral("id = 3"));
        const ImpactResult again = simulateAndWait();
        QCOMPARE(again.rootRows, 1);
        // So does the row grid.
        openRows(QStringLiteral("users"));
        QCOMPARE(m_panel->rowModel()->rowCount(), 100);
    }

    void aChildWithoutSelectPrivilegeIsUnknown()
    {
        test::execAdmin(QStringLiteral("DROP ROLE IF EXISTS fk_limited"));
        test::execAdmin(QStringLiteral("CREATE ROLE fk_limited LOGIN"));
        m_db->exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO fk_limited; "
                                  "GRANT SELECT ON ALL TABLES IN SCHEMA public TO fk_limited; "
                                  "REVOKE SELECT ON generation_jobs FROM fk_limited;"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(m_db->conninfo(QStringLiteral("user=fk_limited")));
        QVERIFY(ready.wait(30000));
        ImpactPanel *panel = window.impactPanel();
        QSignalSpy loaded(panel, &ImpactPanel::rowsLoaded);
        window.openImpactFor(window.scene()->graph().findTable(QStringLiteral("public"), QStringLiteral("content_items")));
        QVERIFY(loaded.wait(20000));
        panel->setKeyValues({{QStringLiteral("id"), QStringLiteral("1")}});
        QSignalSpy shown(panel, &ImpactPanel::resultShown);
        panel->simulate();
        QVERIFY(shown.wait(20000));
        const ImpactResult r = shown.first().first().value<ImpactResult>();
        QCOMPARE(r.unknownTables.size(), 1);
        QCOMPARE(r.unknownTables.first().name, QStringLiteral("generation_jobs"));
        QCOMPARE(r.effect({QStringLiteral("public"), QStringLiteral("content_items")})->deleted, 1);
        QTreeWidget *tree = panel->resultView()->tree();
        QVERIFY(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(0).startsWith(QLatin1String("Unknown")));
        auto *warnings = panel->resultView()->findChild<QLabel *>(QStringLiteral("warnings"));
        QVERIFY(warnings && !warnings->isHidden());
        QVERIFY(warnings->text().contains(QLatin1String("generation_jobs")));

        // Reading rows of the unreadable table gives a message, not a broken panel.
        QSignalSpy rowsFailed(panel, &ImpactPanel::rowsFailed);
        window.openImpactFor(window.scene()->graph().findTable(QStringLiteral("public"), QStringLiteral("generation_jobs")));
        QVERIFY(rowsFailed.wait(20000));
        QVERIFY2(rowsFailed.first().first().toString().contains(QLatin1String("permission")),
                 qPrintable(rowsFailed.first().first().toString()));
    }

    void theEmbeddedDemoOnSqlite()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(QStringLiteral("demo"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.scene()->graph().source().engine, QStringLiteral("sqlite"));
        QCOMPARE(window.scene()->tableItemCount(), 22);
        ImpactPanel *panel = window.impactPanel();
        QSignalSpy loaded(panel, &ImpactPanel::rowsLoaded);
        const SchemaGraph &g = window.scene()->graph();
        window.openImpactFor(g.findTable(QStringLiteral("main"), QStringLiteral("accounts")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel->rowModel()->rowCount(), 20);
        QCOMPARE(panel->rowModel()->page().estimatedTotal, 20);
        panel->rowView()->selectionModel()->select(panel->rowModel()->index(0, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy shown(panel, &ImpactPanel::resultShown);
        panel->simulate();
        QVERIFY(shown.wait(20000));
        const ImpactResult r = shown.first().first().value<ImpactResult>();
        QCOMPARE(r.engine, QStringLiteral("sqlite"));
        QCOMPARE(toString(r.outcome), QStringLiteral("blocked"));
        QCOMPARE(r.blockers.first().table.name, QStringLiteral("audit_logs"));
        QCoreApplication::processEvents();
        QVERIFY(window.grab().toImage().save(shotPath(QStringLiteral("demo-sqlite-blocked.png"))));

        QSignalSpy verified(panel, &ImpactPanel::verificationFinished);
        panel->runVerification();
        QVERIFY(verified.wait(20000));
        const ObservedDelete observed = verified.first().first().value<ObservedDelete>();
        QVERIFY(observed.onCopy);
        QVERIFY(observed.failed);
    }

    // The seed story in the window, on the private MariaDB: the verdict leads with the error the
    // server raises, and the rolled-back verification meets the same one.
    void theSeedStoryOnMariaDb()
    {
        {
            MysqlConnection admin(test::mysqlUri(QString()));
            for (const char *sql : {
                     "DROP DATABASE IF EXISTS fk_panel",
                     "CREATE DATABASE fk_panel",
                     "CREATE TABLE fk_panel.script_reference (id INT PRIMARY KEY, archived TINYINT NOT NULL DEFAULT 0)",
                     "CREATE TABLE fk_panel.event_trigger_setting (id INT PRIMARY KEY, default_script_ref_id INT, CONSTRAINT "
                     "fk_event_trigger_setting_default_script_ref_id FOREIGN KEY (default_script_ref_id) REFERENCES "
                     "fk_panel.script_reference (id) ON DELETE NO ACTION)",
                     "CREATE TABLE fk_panel.script_step (id INT PRIMARY KEY, script_ref_id INT NOT NULL, CONSTRAINT fk_step_ref "
                     "FOREIGN KEY (script_ref_id) REFERENCES fk_panel.script_reference (id) ON DELETE CASCADE)",
                     "INSERT INTO fk_panel.script_reference VALUES (1, 1), (2, 1), (3, 0)",
                     "INSERT INTO fk_panel.event_trigger_setting VALUES (10, 1)",
                     "INSERT INTO fk_panel.script_step VALUES (100, 1), (101, 2)"})
                admin.exec(QLatin1String(sql));
        }
        const QString uri = test::mysqlUri(QStringLiteral("fk_panel"));
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openSource(uri);
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.scene()->graph().source().engine, QStringLiteral("mysql"));
        ImpactPanel *panel = window.impactPanel();
        QSignalSpy loaded(panel, &ImpactPanel::rowsLoaded);
        window.openImpactFor(window.scene()->graph().findTable(QStringLiteral("fk_panel"), QStringLiteral("script_reference")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel->rowModel()->rowCount(), 3);
        panel->setMode(ImpactPanel::Mode::Rows);
        for (int row : {0, 1})
            panel->rowView()->selectionModel()->select(panel->rowModel()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy shown(panel, &ImpactPanel::resultShown);
        panel->simulate();
        QVERIFY(shown.wait(20000));
        const ImpactResult r = shown.first().first().value<ImpactResult>();
        QCOMPARE(r.engine, QStringLiteral("mysql"));
        QCOMPARE(toString(r.outcome), QStringLiteral("blocked"));
        QVERIFY(r.firstError.has_value());
        QCOMPARE(r.firstError->constraint, QStringLiteral("fk_event_trigger_setting_default_script_ref_id"));
        QVERIFY2(panel->resultView()->verdictText().contains(QLatin1String("error 1451")), qPrintable(panel->resultView()->verdictText()));
        QCoreApplication::processEvents();
        QVERIFY(window.grab().toImage().save(shotPath(QStringLiteral("seed-story-mariadb.png"))));

        QSignalSpy verified(panel, &ImpactPanel::verificationFinished);
        panel->runVerification();
        QVERIFY(verified.wait(20000));
        const ObservedDelete observed = verified.first().first().value<ObservedDelete>();
        QVERIFY(!observed.onCopy);
        QVERIFY(observed.failed);
        QCOMPARE(observed.error.code, QStringLiteral("1451"));
        QCOMPARE(observed.constraint, r.firstError->constraint);
        MysqlConnection(uri).exec(QStringLiteral("DROP DATABASE fk_panel"));
    }

    void aSnapshotSourceExplainsThatItHasNoRows()
    {
        ImpactPanel panel;
        panel.setSource(SourceSpec::parse(QStringLiteral("snapshot:/nonexistent.json")), m_window->scene()->graph());
        panel.setTable(0);
        QString why;
        QVERIFY(!panel.currentRequest(&why));
        QVERIFY(why.contains(QLatin1String("snapshot")));
    }
};

QTEST_MAIN(TestImpactPanel)
#include "tst_impactpanel.moc"
