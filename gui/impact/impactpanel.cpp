// SPDX-License-Identifier: Apache-2.0
#include "impactpanel.h"

#include "impactresultview.h"
#include "rowpagemodel.h"
#include "scriptdialog.h"
#include "verificationdialog.h"

#include "jobs/databasejob.h"

#include "core/error.h"
#include "impact/impactreport.h"

#include <QComboBox>
#include <QAbstractListModel>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fkscope {

namespace {

// The table chooser's rows: qualified names in order, each with its table id (Qt::UserRole).
class TableListModel : public QAbstractListModel
{
public:
    TableListModel(QList<QPair<QString, TableId>> rows, QObject *parent)
        : QAbstractListModel(parent)
        , m_rows(std::move(rows))
    {
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return m_rows[index.row()].first;
        if (role == Qt::UserRole)
            return m_rows[index.row()].second;
        return {};
    }

private:
    QList<QPair<QString, TableId>> m_rows;
};

} // namespace

namespace {

constexpr int kPageSize = 100;
constexpr int kSamples = 5;
constexpr int kTimeoutMs = 60000;

} // namespace

ImpactPanel::ImpactPanel(QWidget *parent)
    : QWidget(parent)
    , m_rowsJob(new DatabaseJob(QStringLiteral("fkscope-rows"), this))
    , m_impactJob(new DatabaseJob(QStringLiteral("fkscope-impact"), this))
    , m_tableBox(new QComboBox(this))
    , m_modes(new QTabWidget(this))
    , m_filter(new QLineEdit(this))
    , m_rowView(new QTableView(this))
    , m_rowModel(new RowPageModel(this))
    , m_prev(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
    , m_keyPage(new QWidget(this))
    , m_keyForm(new QFormLayout(m_keyPage))
    , m_where(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("&Simulate DELETE"), this))
    , m_stop(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_runLabel(new QLabel(this))
    , m_resultView(new ImpactResultView(this))
{
    qRegisterMetaType<fkscope::ImpactResult>("fkscope::ImpactResult");
    qRegisterMetaType<fkscope::ObservedDelete>("fkscope::ObservedDelete");
    qRegisterMetaType<fkscope::RowPage>("fkscope::RowPage");

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableRow = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("&Delete from:"), left);
    tableLabel->setBuddy(m_tableBox);
    m_tableBox->setAccessibleName(tr("Table to delete from"));
    m_tableBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tableBox->setMinimumContentsLength(24);
    tableRow->addWidget(tableLabel);
    tableRow->addWidget(m_tableBox, 1);
    leftLayout->addLayout(tableRow);

    // Rows: a paged grid read on the server, one page at a time.
    auto *rowsPage = new QWidget(m_modes);
    auto *rowsLayout = new QVBoxLayout(rowsPage);
    m_filter->setPlaceholderText(tr("Filter: an SQL condition, e.g. status = 'archived' (Enter to apply)"));
    m_filter->setAccessibleName(tr("Row filter (SQL condition)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("rowFilter"));
    rowsLayout->addWidget(m_filter);
    m_rowView->setModel(m_rowModel);
    m_rowView->setAccessibleName(tr("Rows of the table; select the rows to delete"));
    m_rowView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rowView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowView->setAlternatingRowColors(true);
    m_rowView->setWordWrap(false);
    m_rowView->horizontalHeader()->setSortIndicatorShown(true);
    m_rowView->horizontalHeader()->setSectionsClickable(true);
    m_rowView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_rowView->verticalHeader()->setDefaultSectionSize(m_rowView->fontMetrics().height() + 6);
    rowsLayout->addWidget(m_rowView, 1);
    auto *pager = new QHBoxLayout;
    m_prev->setText(tr("◀ Previous"));
    m_prev->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_prev->setAccessibleName(tr("Previous page"));
    m_next->setText(tr("Next ▶"));
    m_next->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_next->setAccessibleName(tr("Next page"));
    m_pageLabel->setWordWrap(true);
    pager->addWidget(m_prev);
    pager->addWidget(m_next);
    pager->addWidget(m_pageLabel, 1);
    rowsLayout->addLayout(pager);
    m_modes->addTab(rowsPage, tr("&Rows"));

    m_keyPage->setAccessibleName(tr("Key values"));
    m_modes->addTab(m_keyPage, tr("&Key values"));

    m_where->setPlaceholderText(tr("An SQL condition on the table, e.g.\ncreated_at < now() - interval '5 years'"));
    m_where->setAccessibleName(tr("WHERE condition"));
    m_where->setTabChangesFocus(true);
    m_modes->addTab(m_where, tr("&WHERE"));
    leftLayout->addWidget(m_modes, 1);

    auto *runRow = new QHBoxLayout;
    m_run->setToolTip(tr("Simulate the DELETE in a read-only transaction (Ctrl+Return). Nothing is written."));
    m_run->setDefault(true);
    m_stop->setToolTip(tr("Cancel the running query on the server (Esc)"));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_runLabel->setWordWrap(true);
    runRow->addWidget(m_run);
    runRow->addWidget(m_stop);
    runRow->addWidget(m_progress);
    runRow->addStretch(1);
    leftLayout->addLayout(runRow);
    leftLayout->addWidget(m_runLabel);

    splitter->addWidget(left);
    splitter->addWidget(m_resultView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &ImpactPanel::simulate);
    runKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *runKey2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, &ImpactPanel::simulate);
    runKey2->setContext(Qt::WidgetWithChildrenShortcut);
    auto *stopKey = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ImpactPanel::cancel);
    stopKey->setContext(Qt::WidgetWithChildrenShortcut);

    setFocusProxy(m_tableBox);
    connect(m_run, &QPushButton::clicked, this, &ImpactPanel::simulate);
    connect(m_stop, &QPushButton::clicked, this, &ImpactPanel::cancel);
    connect(m_tableBox, &QComboBox::activated, this, [this](int index) { setTable(m_tableBox->itemData(index).toInt()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { loadPage(0); });
    connect(m_prev, &QToolButton::clicked, this, [this] { loadPage(std::max<qint64>(0, m_offset - kPageSize)); });
    connect(m_next, &QToolButton::clicked, this, [this] { loadPage(m_offset + kPageSize); });
    connect(m_rowView, &QTableView::activated, this, [this] { simulate(); });
    connect(m_rowView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const QString column = m_rowModel->page().columns.value(section);
        if (column.isEmpty())
            return;
        m_descending = column == m_sortColumn ? !m_descending : false;
        m_sortColumn = column;
        m_rowView->horizontalHeader()->setSortIndicator(section, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        loadPage(0);
    });

    connect(m_rowsJob, &DatabaseJob::taskFinished, this, [this](int token, const QVariant &value) {
        if (token != m_rowsToken)
            return;
        const RowPage page = value.value<RowPage>();
        m_rowModel->setPage(page);
        m_rowView->resizeColumnsToContents();
        for (int c = 0; c < m_rowModel->columnCount(); ++c)
            m_rowView->setColumnWidth(c, std::min(m_rowView->columnWidth(c), 260));
        m_offset = page.offset;
        QString text = page.cells.isEmpty()
            ? tr("No rows.")
            : tr("Rows %1-%2").arg(page.offset + 1).arg(page.offset + page.cells.size());
        if (page.estimatedTotal >= 0)
            text += QLatin1Char(' ') + tr("of about %1").arg(QLocale().toString(page.estimatedTotal));
        text += QStringLiteral(" · %1 ms").arg(page.elapsedMs);
        if (page.keyColumns.isEmpty() && !page.cells.isEmpty())
            text += QStringLiteral("<br>") + tr("This table has no primary key or NOT NULL unique key: choose rows with a WHERE.");
        m_pageLabel->setText(text);
        m_pageLabel->setStyleSheet(QString());
        updateButtons();
        m_prev->setEnabled(page.offset > 0);
        m_next->setEnabled(page.hasMore);
        emit rowsLoaded();
    });
    connect(m_rowsJob, &DatabaseJob::taskFailed, this, [this](int token, const QString &message, int) {
        if (token != m_rowsToken)
            return;
        m_rowModel->clear();
        m_pageLabel->setText(tr("Could not read rows: %1").arg(message.toHtmlEscaped()));
        m_pageLabel->setStyleSheet(QStringLiteral("QLabel { color: #8b1a1a; }"));
        updateButtons();
        emit rowsFailed(message);
    });

    connect(m_impactJob, &DatabaseJob::progress, this, [this](int token, int done, int total, const QString &step) {
        if (token != m_impactToken)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_runLabel->setText(tr("Step %1 of %2: %3...").arg(done + 1).arg(total).arg(step));
    });
    connect(m_impactJob, &DatabaseJob::taskFinished, this, [this](int token, const QVariant &value) {
        if (token != m_impactToken)
            return;
        const Work work = m_work;
        setRunning(Work::None, QString());
        switch (work) {
        case Work::Simulate: {
            const ImpactResult result = value.value<ImpactResult>();
            m_resultView->showResult(result, deleteStatementText(m_lastRequest));
            m_runLabel->setText(tr("Simulated in %1 ms; nothing was written.").arg(result.elapsedMs));
            emit resultShown(result);
            break;
        }
        case Work::Plan: {
            const QString script = value.toString();
            auto *dialog = new ScriptDialog(tr("Deletion plan"),
                                            tr("Deletes the chosen rows with every row that blocks them, children first. "
                                               "CASCADE, SET NULL and SET DEFAULT are left to the database. fkscope does "
                                               "not run this script: review it, then run it yourself."),
                                            script, QStringLiteral("delete-%1.sql").arg(m_lastRequest.table.name), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            emit planReady(script);
            break;
        }
        case Work::Verify: {
            const ObservedDelete observed = value.value<ObservedDelete>();
            auto *dialog = new VerificationDialog(m_resultView->result(), observed, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            m_runLabel->setText(tr("Verified: the real DELETE ran; nothing was kept."));
            emit verificationFinished(observed);
            break;
        }
        case Work::None:
            break;
        }
    });
    connect(m_impactJob, &DatabaseJob::taskFailed, this, [this](int token, const QString &message, int kind) {
        if (token != m_impactToken)
            return;
        const Work work = m_work;
        setRunning(Work::None, QString());
        const bool cancelled = kind == static_cast<int>(ErrorKind::Cancelled);
        QString text;
        switch (work) {
        case Work::Simulate:
            text = cancelled ? tr("Cancelled: the simulation was stopped on the server.")
                             : tr("The simulation did not finish: %1").arg(message);
            m_resultView->showMessage(text, !cancelled);
            break;
        case Work::Plan:
            text = tr("No deletion plan: %1").arg(message);
            break;
        case Work::Verify:
            text = cancelled ? tr("Cancelled: the verification was stopped and rolled back.")
                             : tr("The verification did not finish: %1").arg(message);
            break;
        case Work::None:
            break;
        }
        m_runLabel->setText(text);
        emit simulationFailed(text);
    });

    connect(m_resultView, &ImpactResultView::planRequested, this, &ImpactPanel::showPlan);
    connect(m_resultView, &ImpactResultView::verifyRequested, this, &ImpactPanel::verify);
    connect(m_resultView, &ImpactResultView::clearRequested, this, &ImpactPanel::clearResult);
    connect(m_resultView, &ImpactResultView::tableActivated, this, [this](const TableRef &ref) {
        const TableId id = m_graph.findTable(ref);
        if (id != kInvalidId)
            emit tableActivated(id);
    });
    setSource(SourceSpec(), SchemaGraph());
}

ImpactPanel::~ImpactPanel() = default;

void ImpactPanel::setSource(const SourceSpec &source, const SchemaGraph &graph)
{
    m_source = source;
    m_graph = graph;
    m_live = !source.location.isEmpty() && source.capabilities().liveDatabase;
    m_rowsJob->setSource(source);
    m_impactJob->setSource(source);
    m_work = Work::None;
    m_table = kInvalidId;
    m_rowModel->clear();
    clearResult();

    // The chooser's model is a sorted list of (name, id): at 10,000 tables a model of items cost the
    // GUI thread tens of ms to fill, and as much again to free when the next source replaced it.
    QList<QPair<QString, TableId>> names;
    names.reserve(graph.tables().size());
    for (TableId id = 0; id < graph.tables().size(); ++id)
        names.append({qualifiedName(graph.table(id).ref()), id});
    std::sort(names.begin(), names.end());
    auto *model = new TableListModel(std::move(names), m_tableBox); // the combo box deletes the model it replaces
    m_tableBox->setModel(model);
    m_tableBox->setCurrentIndex(-1);
    m_pageLabel->setText(source.location.isEmpty() ? QString()
                         : m_live          ? tr("Choose a table: from the list, the canvas (right-click) or the schema tree.")
                                           : tr("A snapshot holds the schema only: connect to the database to read rows "
                                                "and simulate deletes."));
    m_runLabel->clear();
    setRunning(Work::None, QString());
}

void ImpactPanel::setTable(TableId table)
{
    if (table < 0 || table >= m_graph.tables().size())
        return;
    const bool changed = table != m_table;
    m_table = table;
    m_tableBox->setCurrentIndex(m_tableBox->findData(table));
    if (changed) {
        m_sortColumn.clear();
        m_descending = false;
        m_filter->clear();
        m_rowView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_rowModel->clear();
        buildKeyForm();
    }
    loadPage(0);
    updateButtons();
}

void ImpactPanel::setMode(Mode mode) { m_modes->setCurrentIndex(static_cast<int>(mode)); }

void ImpactPanel::setWhere(const QString &where)
{
    m_where->setPlainText(where);
    setMode(Mode::Where);
}

void ImpactPanel::setKeyValues(const QList<QPair<QString, QString>> &keys)
{
    for (const auto &[column, value] : keys) {
        for (const auto &[name, edit] : m_keyEdits) {
            if (name == column)
                edit->setText(value);
        }
    }
    setMode(Mode::Keys);
}

void ImpactPanel::buildKeyForm()
{
    while (m_keyForm->rowCount() > 0)
        m_keyForm->removeRow(0);
    m_keyEdits.clear();
    if (m_table == kInvalidId)
        return;
    const Table &t = m_graph.table(m_table);
    const QStringList key = rowKeyOf(t);
    if (key.isEmpty()) {
        auto *label = new QLabel(tr("%1 has no primary key or NOT NULL unique key: use the WHERE tab.").arg(qualifiedName(t.ref())), m_keyPage);
        label->setWordWrap(true);
        m_keyForm->addRow(label);
        return;
    }
    for (const QString &column : key) {
        auto *edit = new QLineEdit(m_keyPage);
        const Column *c = t.column(column);
        edit->setPlaceholderText(c ? c->type : QString());
        edit->setAccessibleName(tr("Value of key column %1").arg(column));
        connect(edit, &QLineEdit::returnPressed, this, &ImpactPanel::simulate);
        m_keyForm->addRow(column + QLatin1Char(':'), edit);
        m_keyEdits.append({column, edit});
    }
}

void ImpactPanel::loadPage(qint64 offset)
{
    if (!m_live || m_table == kInvalidId)
        return;
    RowPageRequest request;
    request.table = m_graph.table(m_table).ref();
    request.filter = m_filter->text();
    request.sortColumn = m_sortColumn;
    request.descending = m_descending;
    request.offset = offset;
    request.limit = kPageSize;
    request.timeoutMs = kTimeoutMs;
    const SchemaGraph graph = m_graph;
    m_pageLabel->setText(tr("Reading rows %1-%2 of %3...").arg(offset + 1).arg(offset + kPageSize).arg(qualifiedName(request.table)));
    m_pageLabel->setStyleSheet(QString());
    m_rowsToken = m_rowsJob->start([graph, request](LiveDatabase &db, const CancelToken &cancel, const ProgressFn &) {
        return QVariant::fromValue(db.fetchRows(graph, request, cancel));
    });
    updateButtons();
}

std::optional<ImpactRequest> ImpactPanel::currentRequest(QString *why) const
{
    auto fail = [why](const QString &text) -> std::optional<ImpactRequest> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (!m_live)
        return fail(tr("Simulating needs a live database; this source is a snapshot."));
    if (m_table == kInvalidId)
        return fail(tr("Choose the table to delete from first."));
    ImpactRequest request;
    request.table = m_graph.table(m_table).ref();
    request.samples = kSamples;
    request.timeoutMs = kTimeoutMs;
    switch (static_cast<Mode>(m_modes->currentIndex())) {
    case Mode::Rows: {
        const RowPage &page = m_rowModel->page();
        if (!(page.table == request.table))
            return fail(tr("The rows are still loading."));
        if (page.keyColumns.isEmpty())
            return fail(tr("%1 has no key to pick rows by: use the WHERE tab.").arg(qualifiedName(request.table)));
        QModelIndexList rows = m_rowView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return fail(tr("Select one or more rows in the grid (Shift or Ctrl to add more), or use the Key values or WHERE tab."));
        std::sort(rows.begin(), rows.end());
        request.rowKeyColumns = page.keyColumns;
        for (const QModelIndex &index : rows)
            request.rowKeyValues << page.keyValues.value(index.row());
        break;
    }
    case Mode::Keys:
        if (m_keyEdits.isEmpty())
            return fail(tr("%1 has no key: use the WHERE tab.").arg(qualifiedName(request.table)));
        for (const auto &[column, edit] : m_keyEdits) {
            if (edit->text().isEmpty())
                return fail(tr("Enter a value for %1.").arg(column));
            request.keys.append({column, edit->text()});
        }
        break;
    case Mode::Where:
        request.where = m_where->toPlainText().trimmed();
        if (request.where.isEmpty())
            return fail(tr("Write the condition of the rows to delete."));
        break;
    }
    return request;
}

void ImpactPanel::simulate()
{
    QString why;
    const std::optional<ImpactRequest> request = currentRequest(&why);
    if (!request) {
        m_resultView->showMessage(why, true);
        return;
    }
    clearResult();
    m_lastRequest = *request;
    const SchemaGraph graph = m_graph;
    const ImpactRequest r = *request;
    setRunning(Work::Simulate, tr("Simulating %1...").arg(deleteStatementText(r).left(160)));
    m_impactToken = m_impactJob->start([graph, r](LiveDatabase &db, const CancelToken &cancel, const ProgressFn &progress) {
        return QVariant::fromValue(db.simulate(graph, r, cancel, progress));
    });
}

void ImpactPanel::cancel()
{
    if (m_work != Work::None)
        m_impactJob->cancel();
    if (m_rowsJob->isRunning())
        m_rowsJob->cancel();
}

void ImpactPanel::clearResult()
{
    const bool had = m_resultView->hasResult();
    m_resultView->clear();
    if (had)
        emit resultCleared();
}

void ImpactPanel::showPlan()
{
    if (!m_resultView->hasResult())
        return;
    const SchemaGraph graph = m_graph;
    const ImpactRequest request = m_lastRequest;
    const ImpactResult result = m_resultView->result();
    setRunning(Work::Plan, tr("Writing the deletion plan..."));
    m_impactToken = m_impactJob->start([graph, request, result](LiveDatabase &db, const CancelToken &, const ProgressFn &) {
        return QVariant(db.deletePlan(graph, request, result));
    });
}

void ImpactPanel::verify()
{
    if (!m_resultView->hasResult())
        return;
    const bool sqlite = m_source.capabilities().verifiesOnCopy;
    QMessageBox box(QMessageBox::Warning, tr("Verify with a rolled-back DELETE"),
                    sqlite ? tr("This runs the real DELETE on a temporary copy of the SQLite file.")
                           : tr("This runs the real DELETE on the database, inside a transaction that is always rolled back."),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        (sqlite ? tr("Your file is not opened for writing. Copying it takes time and disk space in proportion to its size; "
                     "triggers run on the copy.")
                : tr("While it runs it takes row locks on every row it deletes or updates (other sessions that write those "
                     "rows wait; fkscope gives up after 5 seconds of waiting for a lock) and fires triggers, including any "
                     "with effects outside the database. It can take as long as the DELETE itself. Nothing is committed."))
        + QStringLiteral("\n\n") + deleteStatementText(m_lastRequest).left(400));
    QPushButton *run = box.addButton(sqlite ? tr("Run on a copy") : tr("Run and roll back"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == run)
        runVerification();
}

void ImpactPanel::runVerification()
{
    if (!m_resultView->hasResult())
        return;
    const SchemaGraph graph = m_graph;
    const ImpactRequest request = m_lastRequest;
    setRunning(Work::Verify, tr("Running the real DELETE; nothing will be kept..."));
    m_impactToken = m_impactJob->start([graph, request](LiveDatabase &db, const CancelToken &cancel, const ProgressFn &) {
        return QVariant::fromValue(db.verifyDelete(graph, request, cancel));
    });
}

bool ImpactPanel::isSimulating() const { return m_work != Work::None; }

bool ImpactPanel::isLoadingRows() const { return m_rowsJob->isRunning(); }

void ImpactPanel::setRunning(Work work, const QString &message)
{
    m_work = work;
    m_progress->setVisible(work != Work::None);
    m_progress->setRange(0, 0);
    if (!message.isEmpty())
        m_runLabel->setText(message);
    m_resultView->setActionsEnabled(work == Work::None);
    updateButtons();
}

void ImpactPanel::updateButtons()
{
    const bool ready = m_live && m_table != kInvalidId;
    m_run->setEnabled(ready);
    m_stop->setEnabled(m_work != Work::None);
    m_modes->setEnabled(m_live);
    m_filter->setEnabled(ready);
    if (!ready) {
        m_prev->setEnabled(false);
        m_next->setEnabled(false);
    }
}

} // namespace fkscope
