// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema/schemagraph.h"
#include "source/sourcespec.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace fkscope {

class ChangesView;
class CompareJob;
struct Comparison;
class DetailsView;
class ExplainDialog;
class FindingsView;
class ImpactPanel;
class LayoutJob;
class LoadJob;
class MinimapView;
class SchemaScene;
class SchemaTree;
class SchemaView;
class StartPage;

// Wires actions, docks and jobs together. Loads and layouts run in workers; this class only starts
// them and applies their results.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a source; `focus` (SCHEMA.TABLE as displayed) is shown with its neighbours once loaded.
    void openSource(const QString &source, const QString &focus = QString());

    SchemaScene *scene() const { return m_scene; }
    SchemaView *view() const { return m_view; }
    ImpactPanel *impactPanel() const { return m_impact; }
    FindingsView *findingsView() const { return m_findings; }
    QDockWidget *findingsDock() const { return m_findingsDock; }
    // Opens the impact panel on `table` (its rows load in the background).
    void openImpactFor(TableId table);
    // Impact > Explain an error: the paste box (created on first use).
    void explainError();
    ExplainDialog *explainDialog() const { return m_explain; }
    // File > Compare with: the window's graph against another source (it is the "from" side), or
    // with migration files applied to it; worked out in a worker, shown on the canvas and in the
    // Changes dock.
    void compareWith(const QString &source);
    void previewMigrations(const QStringList &files);
    ChangesView *changesView() const { return m_changes; }
    QDockWidget *changesDock() const { return m_changesDock; }
    bool isBusy() const;

signals:
    void ready(); // a source is loaded and laid out
    void comparisonShown(); // a comparison's result is on the canvas and in the Changes dock

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectToDatabase();
    void openSnapshot();
    void openSqlite();
    void buildActions();
    void buildDocks();
    void showGraph(const SchemaGraph &graph);
    void relayout();
    void focusOn(TableId table, int hops);
    void showBlastRadius(TableId table);
    void showAll();
    // A new set of tables to show around `focus` (empty: all); pages opened and tables pinned in
    // the previous view's folds are forgotten. showTables() also draws it.
    void setShown(const QSet<TableId> &tables, TableId focus);
    void showTables(const QSet<TableId> &tables, TableId focus);
    // A summary node was double-clicked: open a schema of the map, or a page of a fold.
    void openSummary(int node);
    // Draws the tables of a fold group whose name contains a text the user types.
    void openFoldByName(int node);
    void applyFilters();
    void searchFor(const QString &text);
    void selectTable(TableId table);
    void exportImage();
    void showAbout();
    TableId selectedTable() const;
    void showCanvasMenu(const QPoint &pos);
    void setBusy(bool busy, const QString &message = QString());
    void buildComparison();
    void showComparison(const Comparison &comparison);
    void clearComparison();

    QStackedWidget *m_stack;
    StartPage *m_start;
    SchemaScene *m_scene;
    SchemaView *m_view;
    MinimapView *m_minimap = nullptr;
    SchemaTree *m_tree = nullptr;
    DetailsView *m_details = nullptr;
    ImpactPanel *m_impact = nullptr;
    QDockWidget *m_impactDock = nullptr;
    FindingsView *m_findings = nullptr;
    ExplainDialog *m_explain = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    ChangesView *m_changes = nullptr;
    QDockWidget *m_changesDock = nullptr;
    CompareJob *m_compare = nullptr;
    QMenu *m_impactMenu = nullptr;
    QByteArray m_defaultState; // docks and toolbars as first built, for "reset the window layout"
    LoadJob *m_load;
    LayoutJob *m_layout;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_hops = nullptr;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QAction *m_legendAction = nullptr, *m_collapseAction = nullptr, *m_hideLonelyAction = nullptr;
    QList<QAction *> m_ruleActions;
    QString m_source, m_pendingFocus;
    SourceSpec m_spec; // m_source as parsed, for the impact panel
    QSet<TableId> m_shown; // tables the current focus / filter shows (empty: all)
    int m_tableCount = 0; // of the graph shown (partitions and outside tables not counted), for the status line
    QTimer *m_selectionFollower = nullptr; // updates the details and the tree after a selection
    TableId m_focus = kInvalidId; // the table a folded view centres on
    QHash<QString, int> m_openedPages; // fold groups opened page by page (FoldGroup::key())
    QSet<TableId> m_pinned; // folded tables the user asked for by name
    QSet<TableId> m_compactDecidedFor{-3}; // "headers only" is chosen once per new set of tables
    int m_loadToken = 0, m_layoutToken = 0, m_compareToken = 0;
};

} // namespace fkscope
