// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "canvas/foreignkeyedge.h"
#include "core/error.h"
#include "core/licence.h"
#include "canvas/schemascene.h"
#include "canvas/schemaview.h"
#include "canvas/scenerender.h"
#include "canvas/summaryitem.h"
#include "canvas/tableitem.h"
#include "appsettings.h"
#include "dialogs/connectdialog.h"
#include "dialogs/settingsdialog.h"
#include "docks/detailsview.h"
#include "dialogs/explaindialog.h"
#include "canvas/comparisonmarks.h"
#include "docks/changesview.h"
#include "docks/findingsview.h"
#include "jobs/comparejob.h"
#include "docks/schematree.h"
#include "impact/impactpanel.h"
#include "jobs/layoutjob.h"
#include "jobs/loadjob.h"
#include "layout/graphvizlayout.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QDropEvent>
#include <QMimeData>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QStatusBar>
#include <QStyleHints>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <functional>
#include <memory>

static void initIconResource()
{
    Q_INIT_RESOURCE(icons);
}

static void initLegalResource() // LICENSE and THIRD_PARTY_NOTICES, for the About box
{
    Q_INIT_RESOURCE(legal);
}

namespace fkscope {

namespace {

// Above this many tables the first view is a neighbourhood or the schema map, not every box at once.
constexpr int kOverviewLimit = GraphViewPlanner::kViewCap;


} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_scene(new SchemaScene(this))
    , m_view(new SchemaView(this))
    , m_load(new LoadJob(this))
    , m_layout(new LayoutJob(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("fkscope"));
    setObjectName(QStringLiteral("MainWindow"));
    initIconResource();
    setWindowIcon(QIcon(QStringLiteral(":/fkscope/fkscope.svg")));
    m_view->setScene(m_scene);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);
    m_start->setRecent(QSettings().value(QStringLiteral("sources/recent")).toStringList());

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel->hide();
    m_statusLabel->setText(tr("Open a database or a snapshot to begin."));

    buildActions();
    buildDocks();

    connect(m_start, &StartPage::connectRequested, this, &MainWindow::connectToDatabase);
    connect(m_start, &StartPage::openSnapshotRequested, this, &MainWindow::openSnapshot);
    connect(m_start, &StartPage::openDemoRequested, this, [this] { openSource(QStringLiteral("demo")); });
    connect(m_start, &StartPage::openSqliteRequested, this, &MainWindow::openSqlite);
    setAcceptDrops(true);
    connect(m_start, &StartPage::recentChosen, this, [this](const QString &s) { openSource(s); });
    connect(m_cancel, &QPushButton::clicked, m_load, &LoadJob::cancel);

    connect(m_load, &LoadJob::progress, this, [this](int token, int done, int total, const QString &step) {
        if (token != m_loadToken)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_statusLabel->setText(tr("Reading the catalog: %1...").arg(step));
    });
    connect(m_load, &LoadJob::loadFinished, this, [this](int token, const SchemaGraph &graph) {
        if (token == m_loadToken)
            showGraph(graph);
    });
    connect(m_load, &LoadJob::loadFailed, this, [this](int token, const QString &message, int) {
        if (token != m_loadToken)
            return;
        setBusy(false);
        m_statusLabel->setText(tr("Could not open %1.").arg(ConnectDialog::withoutPassword(m_source)));
        QMessageBox::warning(this, tr("Could not open the source"), message);
    });
    connect(m_layout, &LayoutJob::layoutFinished, this, [this](int token, const LayoutResult &result) {
        if (token != m_layoutToken)
            return;
        m_scene->applyLayout(result);
        setBusy(false);
        m_view->fitAll();
        if (m_minimap)
            m_minimap->refit();
        m_statusLabel->setText(tr("%1 · %2, %3 · showing %4 · layout %5 in %6 ms")
                                   .arg(m_scene->graph().source().database)
                                   .arg(tr("%n table(s)", nullptr, m_tableCount))
                                   .arg(tr("%n foreign key(s)", nullptr, static_cast<int>(m_scene->graph().foreignKeys().size())))
                                   .arg(m_shown.isEmpty() ? tr("all") : tr("%n table(s)", nullptr, static_cast<int>(m_shown.size())))
                                   .arg(result.engine)
                                   .arg(result.elapsedMs));
        emit ready();
    });
    connect(m_layout, &LayoutJob::layoutFailed, this, [this](int token, const QString &message) {
        if (token != m_layoutToken)
            return;
        setBusy(false);
        QMessageBox::warning(this, tr("Layout failed"), message);
    });
    connect(m_scene, &SchemaScene::summaryActivated, this, &MainWindow::openSummary);
    // The details and the tree follow the selection in an event of their own (coalesced): selecting
    // a hub re-lays its details, and that work need not add to the selection's own stretch.
    m_selectionFollower = new QTimer(this);
    m_selectionFollower->setSingleShot(true);
    m_selectionFollower->setInterval(0);
    connect(m_scene, &QGraphicsScene::selectionChanged, m_selectionFollower, qOverload<>(&QTimer::start));
    connect(m_selectionFollower, &QTimer::timeout, this, [this] {
        const TableId table = selectedTable();
        if (table != kInvalidId) {
            m_details->showTable(m_scene->graph(), table);
            m_tree->selectTable(table);
            return;
        }
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (auto *edge = qgraphicsitem_cast<ForeignKeyEdge *>(item)) {
                m_details->showForeignKey(m_scene->graph(), edge->foreignKeyId());
                return;
            }
        }
        m_details->showNothing();
    });

    m_defaultState = saveState();
    QSettings stored;
    if (!restoreGeometry(stored.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 880);
    restoreState(stored.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // The jobs and the scene are children and die after this body: no late result, and no
    // selectionChanged from the scene clearing its items, may reach a half-destroyed window.
    m_load->disconnect(this);
    m_layout->disconnect(this);
    m_scene->disconnect(this);
    m_scene->disconnect(m_selectionFollower);
    m_selectionFollower->disconnect(this);
    m_impact->disconnect(this);
    // Closing the window hides its docks: the Findings dock's visibilityChanged must not reach it.
    m_findingsDock->disconnect(this);
    m_findings->disconnect(this);
    m_changes->disconnect(this);
    m_compare->disconnect(this);
    m_load->cancel();
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect to PostgreSQL..."), this, &MainWindow::connectToDatabase);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+N")));
    file->addAction(tr("Open S&QLite database..."), this, &MainWindow::openSqlite)->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addAction(tr("&Open snapshot..."), this, &MainWindow::openSnapshot)->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &demo database"), this, [this] { openSource(QStringLiteral("demo")); });
    QMenu *compare = file->addMenu(tr("Co&mpare with"));
    compare->addAction(tr("A &snapshot, DDL or SQLite file..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare with"), QString(),
                                                          tr("Snapshots and DDL files (*.json *.sql);;SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)"));
        if (!path.isEmpty())
            compareWith(path);
    });
    compare->addAction(tr("Another &database..."), this, [this] {
        ConnectDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            compareWith(dialog.conninfo());
    });
    compare->addAction(tr("&Preview a migration..."), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Preview a migration"), QString(), tr("SQL files (*.sql);;All files (*)"));
        if (!files.isEmpty())
            previewMigrations(files);
    });
    file->addAction(tr("&Export image..."), this, &MainWindow::exportImage)->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    file->addAction(tr("&Settings..."), this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::paletteChanged, this, [this] { m_scene->setDark(settings::canvasIsDark()); });
        connect(&dialog, &SettingsDialog::layoutResetRequested, this, [this] { restoreState(m_defaultState); });
        dialog.exec();
    })->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    m_impactMenu = menuBar()->addMenu(tr("&Impact"));
    m_impactMenu->addAction(tr("Simulate &DELETE from the selected table..."), this, [this] {
        if (selectedTable() != kInvalidId)
            openImpactFor(selectedTable());
        else
            statusBar()->showMessage(tr("Select a table on the canvas or in the schema tree first."), 5000);
    })->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_impactMenu->addAction(tr("&Explain an error..."), this, &MainWindow::explainError)->setShortcut(QKeySequence(tr("Ctrl+E")));

    QToolBar *bar = addToolBar(tr("Canvas"));
    bar->setObjectName(QStringLiteral("CanvasToolBar"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a table (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_search->setAccessibleName(tr("Find a table"));
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { searchFor(m_search->text()); });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(findAction);

    bar->addSeparator();
    bar->addAction(tr("Zoom in"), this, [this] { m_view->zoomBy(1.25); })->setShortcut(QKeySequence::ZoomIn);
    bar->addAction(tr("Zoom out"), this, [this] { m_view->zoomBy(0.8); })->setShortcut(QKeySequence::ZoomOut);
    bar->addAction(tr("Fit"), m_view, &SchemaView::fitAll)->setShortcut(QKeySequence(tr("Ctrl+0")));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Hops: "), this));
    m_hops = new QSpinBox(this);
    m_hops->setRange(0, 6);
    m_hops->setValue(1);
    m_hops->setAccessibleName(tr("Neighbourhood size in foreign-key hops"));
    bar->addWidget(m_hops);
    bar->addAction(tr("Focus"), this, [this] {
        if (selectedTable() != kInvalidId)
            focusOn(selectedTable(), m_hops->value());
    })->setShortcut(QKeySequence(tr("Ctrl+L")));
    bar->addAction(tr("Blast radius"), this, [this] {
        if (selectedTable() != kInvalidId)
            showBlastRadius(selectedTable());
    })->setShortcut(QKeySequence(tr("Ctrl+B")));
    bar->addAction(tr("Show all"), this, &MainWindow::showAll)->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));

    auto *filterButton = new QToolButton(this);
    filterButton->setText(tr("Filters"));
    filterButton->setPopupMode(QToolButton::InstantPopup);
    auto *filterMenu = new QMenu(filterButton);
    for (FkAction a : {FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault, FkAction::Restrict, FkAction::NoAction}) {
        QAction *act = filterMenu->addAction(tr("Show %1 foreign keys").arg(toSql(a)));
        act->setCheckable(true);
        act->setChecked(true);
        act->setData(static_cast<int>(a));
        connect(act, &QAction::toggled, this, &MainWindow::applyFilters);
        m_ruleActions.append(act);
    }
    filterMenu->addSeparator();
    m_hideLonelyAction = filterMenu->addAction(tr("Hide tables without foreign keys"));
    m_hideLonelyAction->setCheckable(true);
    connect(m_hideLonelyAction, &QAction::toggled, this, &MainWindow::applyFilters);
    filterButton->setMenu(filterMenu);
    bar->addWidget(filterButton);

    m_legendAction = bar->addAction(tr("Legend"));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, m_scene, &SchemaScene::setLegendVisible);
    m_collapseAction = bar->addAction(tr("Headers only"));
    m_collapseAction->setCheckable(true);
    connect(m_collapseAction, &QAction::toggled, this, &MainWindow::applyFilters);
}

void MainWindow::buildDocks()
{
    auto *treeDock = new QDockWidget(tr("Schemas"), this);
    treeDock->setObjectName(QStringLiteral("SchemaDock"));
    m_tree = new SchemaTree(treeDock);
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);
    connect(m_tree, &SchemaTree::tableChosen, this, &MainWindow::selectTable);
    connect(m_tree, &SchemaTree::tableFocused, this, [this](TableId t) { focusOn(t, m_hops->value()); });
    connect(m_tree, &SchemaTree::schemaFilterChanged, this, &MainWindow::applyFilters);

    auto *mapDock = new QDockWidget(tr("Overview"), this);
    mapDock->setObjectName(QStringLiteral("OverviewDock"));
    m_minimap = new MinimapView(m_view, mapDock);
    m_minimap->setMinimumHeight(140);
    mapDock->setWidget(m_minimap);
    addDockWidget(Qt::LeftDockWidgetArea, mapDock);

    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("DetailsDock"));
    m_details = new DetailsView(detailsDock);
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    connect(m_tree, &SchemaTree::impactRequested, this, &MainWindow::openImpactFor);

    m_impactDock = new QDockWidget(tr("Impact"), this);
    m_impactDock->setObjectName(QStringLiteral("ImpactDock"));
    m_impact = new ImpactPanel(m_impactDock);
    m_impactDock->setWidget(m_impact);
    addDockWidget(Qt::BottomDockWidgetArea, m_impactDock);
    m_impactDock->hide();
    QAction *toggle = m_impactDock->toggleViewAction();
    toggle->setText(tr("Impact &panel"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_impactMenu->addAction(toggle);
    connect(m_impact, &ImpactPanel::resultShown, this, [this](const ImpactResult &result) {
        const QSet<TableId> involved = m_scene->showImpact(result);
        const QSet<TableId> visible = m_scene->visibleTables();
        // Affected tables outside the current view are brought into view (folded around the root
        // when they are many); so are their neighbours' edges through which the effect travels.
        if (!visible.contains(involved)) {
            showTables(involved, m_scene->graph().findTable(result.root));
        }
        m_statusLabel->setText(tr("Impact of %1: %2").arg(qualifiedName(result.root), toString(result.outcome)));
    });
    connect(m_impact, &ImpactPanel::resultCleared, m_scene, &SchemaScene::clearImpact);

    // Findings: the lint runs on every graph shown; the boxes carry their marks while the dock is open.
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("FindingsDock"));
    m_findings = new FindingsView(m_findingsDock);
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    tabifyDockWidget(m_impactDock, m_findingsDock);
    m_findingsDock->hide();
    buildComparison();
    auto showFindingMarks = [this] {
        m_scene->setFindings(m_findingsDock->isVisible() ? m_findings->byTable() : QHash<TableId, QPair<Severity, int>>());
    };
    connect(m_findingsDock, &QDockWidget::visibilityChanged, this, showFindingMarks);
    connect(m_findings, &FindingsView::findingsReady, this, showFindingMarks);
    connect(m_findings, &FindingsView::tableActivated, this, &MainWindow::selectTable);
    connect(m_findings, &FindingsView::tablesRequested, this, [this](const QSet<TableId> &tables) {
        if (tables.isEmpty())
            return;
        m_scene->setFocusSet({});
        showTables(tables, m_scene->planner().busiest(tables));
    });
    QAction *findingsToggle = m_findingsDock->toggleViewAction();
    findingsToggle->setText(tr("&Findings (lint)"));
    findingsToggle->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_impactMenu->addAction(findingsToggle);
    connect(m_impact, &ImpactPanel::tableActivated, this, &MainWindow::selectTable);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showCanvasMenu);
    connect(m_view, &SchemaView::impactRequested, this, &MainWindow::openImpactFor);

    // Keyboard: every dock and the canvas can be reached directly.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    struct Target
    {
        QString text;
        QKeySequence key;
        std::function<void()> focus;
    };
    const QList<Target> targets = {
        {tr("Go to the &schema tree"), QKeySequence(tr("Ctrl+1")), [treeDock, this] { treeDock->show(); treeDock->raise(); m_tree->setFocus(); }},
        {tr("Go to the &canvas"), QKeySequence(tr("Ctrl+2")), [this] { m_view->setFocus(); }},
        {tr("Go to the &details"), QKeySequence(tr("Ctrl+3")), [detailsDock, this] { detailsDock->show(); detailsDock->raise(); m_details->setFocus(); }},
        {tr("Go to the &impact panel"), QKeySequence(tr("Ctrl+4")), [this] { m_impactDock->show(); m_impactDock->raise(); m_impact->setFocus(); }},
        {tr("Go to the &findings"), QKeySequence(tr("Ctrl+5")), [this] { m_findingsDock->show(); m_findingsDock->raise(); m_findings->setFocus(); }},
        {tr("Go to the c&hanges"), QKeySequence(tr("Ctrl+6")), [this] { m_changesDock->show(); m_changesDock->raise(); m_changes->setFocus(); }},
    };
    for (const Target &t : targets)
        view->addAction(t.text, this, t.focus)->setShortcut(t.key);
    view->addSeparator();
    for (QDockWidget *dock : {treeDock, mapDock, detailsDock, m_changesDock})
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About fkscope"), this, &MainWindow::showAbout);

    resizeDocks({treeDock, detailsDock}, {280, 320}, Qt::Horizontal);
    resizeDocks({treeDock, mapDock}, {520, 200}, Qt::Vertical);
}

void MainWindow::showAbout()
{
    initLegalResource();
    QFile notices(QStringLiteral(":/fkscope/THIRD_PARTY_NOTICES"));
    QString text;
    if (notices.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(notices.readAll());
    QMessageBox box(this);
    box.setWindowTitle(tr("About fkscope"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setText(tr("<b>fkscope %1</b><br>A database's foreign keys, and what a DELETE would do.")
                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(licenceSummary());
    box.setDetailedText(text); // the third-party notices, in full
    box.exec();
}

void MainWindow::openSource(const QString &source, const QString &focus)
{
    m_source = source;
    m_pendingFocus = focus;
    QStringList recent = QSettings().value(QStringLiteral("sources/recent")).toStringList();
    const QString remembered = ConnectDialog::withoutPassword(source);
    if (!remembered.isEmpty()) { // a string that cannot be cleaned of its password is not remembered
        recent.removeAll(remembered);
        recent.prepend(remembered);
        const QString problem = settings::store({{QStringLiteral("sources/recent"), recent.mid(0, 10)}});
        if (!problem.isEmpty())
            statusBar()->showMessage(problem, 10000);
    }
    SourceSpec spec;
    try {
        spec = SourceSpec::parse(source); // "demo" builds the demo file on first use
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Could not open the source"), e.fullText());
        return;
    }
    m_spec = spec;
    setBusy(true, tr("Opening %1...").arg(remembered));
    m_loadToken = m_load->start(spec, LoadOptions());
}

void MainWindow::connectToDatabase()
{
    ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openSource(dialog.conninfo());
}

void MainWindow::openSnapshot()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open snapshot"), QString(), tr("fkscope snapshots (*.json)"));
    if (!file.isEmpty())
        openSource(QStringLiteral("snapshot:") + file);
}

void MainWindow::openSqlite()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open SQLite database"), QString(),
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)"));
    if (!file.isEmpty())
        openSource(QStringLiteral("sqlite:") + file);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString file = urls.first().toLocalFile();
    // A snapshot by its suffix; anything else is opened as SQLite, which says so if it is not.
    openSource((file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("snapshot:") : QStringLiteral("sqlite:")) + file);
    event->acceptProposedAction();
}

bool MainWindow::isBusy() const { return m_progress->isVisible(); }

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy && m_load->isRunning());
    if (busy)
        m_progress->setRange(0, 0);
    if (!message.isEmpty())
        m_statusLabel->setText(message);
}

void MainWindow::buildComparison()
{
    m_compare = new CompareJob(this);
    m_changesDock = new QDockWidget(tr("Changes"), this);
    m_changesDock->setObjectName(QStringLiteral("ChangesDock"));
    m_changes = new ChangesView(m_changesDock);
    m_changesDock->setWidget(m_changes);
    addDockWidget(Qt::BottomDockWidgetArea, m_changesDock);
    tabifyDockWidget(m_impactDock, m_changesDock);
    m_changesDock->hide();
    connect(m_changes, &ChangesView::tableActivated, this, &MainWindow::selectTable);
    connect(m_changes, &ChangesView::closeRequested, this, &MainWindow::clearComparison);
    connect(m_compare, &CompareJob::comparisonFinished, this, [this](int token, const Comparison &c) {
        if (token == m_compareToken)
            showComparison(c);
    });
    connect(m_compare, &CompareJob::comparisonFailed, this, [this](int token, const QString &message) {
        if (token != m_compareToken)
            return;
        m_statusLabel->setText(tr("The comparison failed."));
        QMessageBox::warning(this, tr("Could not compare"), message);
    });
}

void MainWindow::compareWith(const QString &source)
{
    m_statusLabel->setText(tr("Comparing with %1...").arg(ConnectDialog::withoutPassword(source)));
    m_compareToken = m_compare->compareWith(m_scene->graph(), ConnectDialog::withoutPassword(m_source), source);
}

void MainWindow::previewMigrations(const QStringList &files)
{
    m_statusLabel->setText(tr("Applying %n migration file(s)...", nullptr, static_cast<int>(files.size())));
    m_compareToken = m_compare->previewMigrations(m_scene->graph(), m_spec, ConnectDialog::withoutPassword(m_source), files);
}

void MainWindow::showComparison(const Comparison &c)
{
    const ComparisonMarks marks = comparisonMarks(c.from, c.to, c.diff, c.shownIsTo);
    m_scene->setComparison(marks.labels, marks.ghosts);
    m_changes->setComparison(c);
    m_changesDock->show();
    m_changesDock->raise();
    m_statusLabel->setText(tr("%n difference(s) with %1", nullptr, m_changes->changeCount()).arg(c.shownIsTo ? c.fromLabel : c.toLabel));
    emit comparisonShown();
}

void MainWindow::clearComparison()
{
    ++m_compareToken; // a comparison still running is dropped
    m_compare->cancel();
    m_scene->clearComparison();
    m_changes->clear();
}

void MainWindow::showGraph(const SchemaGraph &graph)
{
    // A comparison belongs to the graph it was made with.
    clearComparison();
    // The graph shown until now is freed in a worker once every part has let go of it (its lists
    // are shared, so this holds it without copying): at 10,000 tables freeing it took the GUI thread
    // tens of ms.
    auto previous = std::make_shared<SchemaGraph>(m_scene->graph());
    m_scene->setGraph(graph, settings::canvasIsDark());
    // Counted once for the status line (GraphStats would also look for each FK's index: 7 ms at
    // 21,000 FKs, once per layout before).
    m_tableCount = static_cast<int>(std::count_if(graph.tables().begin(), graph.tables().end(),
                                                  [](const Table &t) { return !t.external && !t.isPartition(); }));
    m_scene->setLegendVisible(m_legendAction->isChecked());
    m_tree->setGraph(graph);
    m_details->showNothing();
    m_impact->setSource(m_spec, graph);
    if (m_explain)
        m_explain->setSource(m_spec, graph);
    m_findings->lint(graph);
    QThreadPool::globalInstance()->start([previous]() mutable { *previous = SchemaGraph(); });
    m_stack->setCurrentWidget(m_view);
    setWindowTitle(tr("%1 - fkscope").arg(graph.source().database));
    setShown({}, kInvalidId);
    m_cancel->hide();
    const GraphViewPlanner &planner = m_scene->planner();
    TableId focus = kInvalidId;
    if (!m_pendingFocus.isEmpty()) {
        const QList<TableId> hits = planner.search(m_pendingFocus.section(QLatin1Char('.'), -1));
        for (TableId id : hits) {
            if (qualifiedName(graph.table(id).ref()) == m_pendingFocus || graph.table(id).name == m_pendingFocus)
                focus = id;
        }
        if (focus == kInvalidId && !hits.isEmpty())
            focus = hits.first();
    }
    if (focus != kInvalidId) {
        focusOn(focus, m_hops->value());
        if (TableItem *item = m_scene->tableItem(m_scene->drawnAs(focus)))
            item->setSelected(true);
    } else {
        // A big database opens on its map (of schemas, or of clusters when it has one schema);
        // computed in the next turn of the event loop, so that the window paints the tree first.
        QTimer::singleShot(0, this, &MainWindow::applyFilters);
    }
}

void MainWindow::relayout()
{
    setBusy(true, tr("Laying out %n table(s)...", nullptr, m_scene->tableItemCount()));
    LayoutRequest request = m_scene->layoutRequest();
    const QSize viewport = m_view->viewport()->size();
    request.aspect = viewport.height() > 0 ? std::clamp(double(viewport.width()) / viewport.height(), 0.5, 2.0) : 1.6;
    m_layoutToken = m_layout->start(request);
}

void MainWindow::focusOn(TableId table, int hops)
{
    m_scene->setFocusSet({});
    showTables(m_scene->planner().neighbourhood(table, hops), m_scene->drawnAs(table));
}

void MainWindow::showBlastRadius(TableId table)
{
    const QHash<TableId, bool> radius = m_scene->planner().blastRadius(table);
    m_scene->markBlastRadius(table, radius);
    showTables(QSet<TableId>(radius.keyBegin(), radius.keyEnd()), m_scene->drawnAs(table));
}

void MainWindow::showAll()
{
    m_scene->clearMarks();
    showTables({}, kInvalidId);
}

void MainWindow::setShown(const QSet<TableId> &tables, TableId focus)
{
    m_shown = tables;
    m_focus = focus;
    m_openedPages.clear();
    m_pinned.clear();
}

void MainWindow::showTables(const QSet<TableId> &tables, TableId focus)
{
    setShown(tables, focus);
    applyFilters();
}

void MainWindow::openSummary(int node)
{
    if (const SchemaMap::Node *part = m_scene->mapNode(node)) {
        // A schema or cluster on the map: its tables, folded around its busiest one when they are many.
        const QSet<TableId> tables(part->members.begin(), part->members.end());
        showTables(tables, m_scene->planner().busiest(tables));
    } else if (const FoldGroup *fold = m_scene->foldGroup(node)) {
        if (fold->anchor == kInvalidId) {
            // Tables not connected to the view: the busiest of them becomes the next focus.
            focusOn(fold->members.first(), m_hops->value());
            return;
        }
        ++m_openedPages[fold->key()];
        applyFilters();
    }
}

void MainWindow::openFoldByName(int node)
{
    const FoldGroup *fold = m_scene->foldGroup(node);
    if (!fold)
        return;
    const QList<TableId> members = fold->members; // the group goes when the view changes
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Show folded tables"),
                                               tr("Show the tables of this group whose name contains:"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (!ok || text.isEmpty())
        return;
    int found = 0;
    for (TableId t : members) {
        if (m_scene->graph().table(t).name.contains(text, Qt::CaseInsensitive)) {
            m_pinned.insert(t);
            ++found;
        }
    }
    if (found == 0) {
        m_statusLabel->setText(tr("No table of the group matches \"%1\".").arg(text));
        return;
    }
    applyFilters();
}

void MainWindow::applyFilters()
{
    QSet<FkAction> rules;
    for (QAction *a : std::as_const(m_ruleActions)) {
        if (a->isChecked())
            rules.insert(static_cast<FkAction>(a->data().toInt()));
    }
    const GraphViewPlanner &planner = m_scene->planner();
    QSet<TableId> visible = m_shown;
    if (visible.isEmpty())
        visible = QSet<TableId>(planner.drawnTables().begin(), planner.drawnTables().end());
    if (rules.size() < 5)
        visible.intersect(planner.tablesWithRules(rules));
    if (m_hideLonelyAction->isChecked())
        visible.intersect(planner.tablesWithForeignKeys());
    if (!m_tree->allSchemasChecked())
        visible.intersect(planner.tablesInSchemas(m_tree->checkedSchemas()));
    {
        const QSignalBlocker block(m_collapseAction);
        if (m_shown.isEmpty() && m_focus == kInvalidId && visible.size() > kOverviewLimit) {
            // Too many boxes for one picture and no table to centre on: the map.
            m_scene->showMap(planner.overviewMap(visible));
            relayout();
            return;
        }
        const GraphView view = planner.fold(visible, m_focus, GraphViewPlanner::kViewCap, m_openedPages, m_pinned);
        // Many boxes open as headers only (one click on "Headers only" expands them).
        if (m_shown != m_compactDecidedFor) {
            m_compactDecidedFor = m_shown;
            m_collapseAction->setChecked(view.tables.size() > GraphViewPlanner::kCompactAbove);
        }
        m_scene->setCompact(m_collapseAction->isChecked());
        m_scene->showView(view);
    }
    // Edges of rules filtered out are hidden too.
    for (TableId id : m_scene->visibleTables()) {
        for (ForeignKeyEdge *edge : m_scene->tableItem(id)->edges())
            edge->setVisible(rules.contains(edge->onDelete()));
    }
    relayout();
}

void MainWindow::searchFor(const QString &text)
{
    const QList<TableId> hits = m_scene->planner().search(text);
    if (hits.isEmpty()) {
        m_statusLabel->setText(tr("No table matches \"%1\".").arg(text));
        return;
    }
    selectTable(hits.first());
}

void MainWindow::selectTable(TableId table)
{
    if (table < 0 || table >= m_scene->graph().tables().size())
        return;
    if (!m_scene->tableItem(m_scene->drawnAs(table)))
        focusOn(table, m_hops->value()); // a new view (laid out in the worker); selection follows
    TableItem *item = m_scene->tableItem(m_scene->drawnAs(table));
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    m_view->centerOn(item);
}

void MainWindow::explainError()
{
    if (!m_explain) {
        m_explain = new ExplainDialog(this);
        m_explain->setSource(m_spec, m_scene->graph());
        connect(m_explain, &ExplainDialog::explained, this, [this](const Explanation &e) {
            const SchemaGraph &graph = m_scene->graph();
            if (e.foreignKey != kInvalidId && e.foreignKey < graph.foreignKeys().size()) {
                const ForeignKey &fk = graph.foreignKey(e.foreignKey);
                focusOn(fk.child, 1);
                selectTable(fk.child);
                m_details->showForeignKey(graph, e.foreignKey);
            }
            if (e.request) {
                // The panel simulates the same rows again, on its own connection.
                const TableId root = graph.findTable(e.request->table);
                openImpactFor(root);
                if (!e.request->keys.isEmpty()) {
                    m_impact->setMode(ImpactPanel::Mode::Keys);
                    m_impact->setKeyValues(e.request->keys);
                } else {
                    m_impact->setMode(ImpactPanel::Mode::Where);
                    m_impact->setWhere(e.request->where);
                }
                m_impact->simulate();
            }
        });
    }
    m_explain->show();
    m_explain->raise();
    m_explain->activateWindow();
}

void MainWindow::openImpactFor(TableId table)
{
    if (table == kInvalidId)
        return;
    m_impactDock->show();
    m_impactDock->raise();
    m_impact->setTable(table);
    resizeDocks({m_impactDock}, {std::max(320, height() * 2 / 5)}, Qt::Vertical);
    m_impact->rowView()->setFocus();
}

void MainWindow::showCanvasMenu(const QPoint &pos)
{
    TableItem *table = nullptr;
    for (QGraphicsItem *item : m_view->items(pos)) {
        if ((table = qgraphicsitem_cast<TableItem *>(item)))
            break;
    }
    if (!table) // the Menu key: the selected table
        table = m_view->selectedItem();
    QMenu menu(this);
    for (QGraphicsItem *item : m_view->items(pos)) {
        auto *summary = qgraphicsitem_cast<SummaryItem *>(item);
        if (!summary)
            continue;
        const int node = summary->node();
        if (m_scene->foldGroup(node)) {
            menu.addAction(tr("Show %n more", nullptr, GraphViewPlanner::kPageSize), this, [this, node] { openSummary(node); });
            menu.addAction(tr("Show the ones whose name contains..."), this, [this, node] { openFoldByName(node); });
        } else {
            menu.addAction(tr("Open"), this, [this, node] { openSummary(node); });
        }
        menu.addSeparator();
        break;
    }
    if (table) {
        const TableId id = table->tableId();
        m_scene->clearSelection();
        table->setSelected(true);
        menu.addAction(tr("Simulate DELETE from %1...").arg(table->title()), this, [this, id] { openImpactFor(id); });
        menu.addAction(tr("Focus on its neighbours"), this, [this, id] { focusOn(id, m_hops->value()); });
        menu.addAction(tr("Blast radius"), this, [this, id] { showBlastRadius(id); });
        menu.addSeparator();
    }
    if (m_scene->isShowingImpact())
        menu.addAction(tr("Clear the impact result"), m_impact, &ImpactPanel::clearResult);
    menu.addAction(tr("Show all"), this, &MainWindow::showAll);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

TableId MainWindow::selectedTable() const
{
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *t = qgraphicsitem_cast<TableItem *>(item))
            return t->tableId();
    }
    return kInvalidId;
}

void MainWindow::exportImage()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("schema.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    try {
        renderScene(*m_scene, path);
        m_statusLabel->setText(tr("Exported %1.").arg(path));
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QString problem = settings::store({{QStringLiteral("window/geometry"), saveGeometry()}, {QStringLiteral("window/state"), saveState()}});
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem)); // the window is going: the terminal is all that is left
    m_load->cancel();
    event->accept();
}

} // namespace fkscope
