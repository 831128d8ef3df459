// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactrequest.h"
#include "impact/impactresult.h"
#include "schema/schemagraph.h"
#include "source/livedatabase.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace fkscope {

class DatabaseJob;
class ImpactResultView;
class RowPageModel;

// The impact panel: choose rows of a table (a paged, sortable, filterable grid read in a worker;
// key values; or a WHERE), simulate their DELETE in a worker with progress and cancel, and show the
// answer. It uses the model's LiveDatabase / ImpactEngine, never an implementation of its own.
class ImpactPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Rows, Keys, Where };

    explicit ImpactPanel(QWidget *parent = nullptr);
    ~ImpactPanel() override;

    // A new source: its graph (a full load) and whether rows can be read from it.
    void setSource(const SourceSpec &source, const SchemaGraph &graph);
    void setTable(TableId table);
    TableId table() const { return m_table; }
    void setMode(Mode mode);
    void setWhere(const QString &where);
    void setKeyValues(const QList<QPair<QString, QString>> &keys);

    // Builds the request from the current mode; an empty optional with a message when it cannot.
    std::optional<ImpactRequest> currentRequest(QString *why = nullptr) const;

    void reloadRows();
    void simulate();
    void cancel();
    void clearResult();
    void showPlan();
    // Asks for confirmation (it writes, then rolls back), then runs the real DELETE.
    void verify();
    // Without the confirmation dialog: for tests and for callers that confirmed already.
    void runVerification();

    bool isSimulating() const;
    bool isLoadingRows() const;
    QTableView *rowView() const { return m_rowView; }
    RowPageModel *rowModel() const { return m_rowModel; }
    ImpactResultView *resultView() const { return m_resultView; }

signals:
    void resultShown(const fkscope::ImpactResult &result);
    void resultCleared();
    void simulationFailed(const QString &message);
    void rowsLoaded();
    void rowsFailed(const QString &message);
    void planReady(const QString &script);
    void verificationFinished(const fkscope::ObservedDelete &observed);
    void tableActivated(fkscope::TableId table);

private:
    enum class Work { None, Simulate, Plan, Verify };
    void buildKeyForm();
    void loadPage(qint64 offset);
    void updateButtons();
    void setRunning(Work work, const QString &message);

    SchemaGraph m_graph;
    SourceSpec m_source;
    bool m_live = false;
    TableId m_table = kInvalidId;
    QString m_sortColumn;
    bool m_descending = false;
    qint64 m_offset = 0;
    int m_rowsToken = 0, m_impactToken = 0;
    Work m_work = Work::None;
    ImpactRequest m_lastRequest;

    DatabaseJob *m_rowsJob;
    DatabaseJob *m_impactJob;
    QComboBox *m_tableBox;
    QTabWidget *m_modes;
    QLineEdit *m_filter;
    QTableView *m_rowView;
    RowPageModel *m_rowModel;
    QToolButton *m_prev, *m_next;
    QLabel *m_pageLabel;
    QWidget *m_keyPage;
    QFormLayout *m_keyForm;
    QList<QPair<QString, QLineEdit *>> m_keyEdits;
    QPlainTextEdit *m_where;
    QPushButton *m_run, *m_stop;
    QProgressBar *m_progress;
    QLabel *m_runLabel;
    ImpactResultView *m_resultView;
};

} // namespace fkscope
