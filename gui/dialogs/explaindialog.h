// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "explain/explainer.h"
#include "source/sourcespec.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace fkscope {

class DatabaseJob;

// Impact > Explain an error (Ctrl+E): a box to paste a foreign-key error into, the statement that
// failed if the user has it, and the answer. The lookup runs on the dialog's own database worker;
// the window is told where the answer is so that it selects the constraint's table and opens the
// impact panel on the rows.
class ExplainDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExplainDialog(QWidget *parent = nullptr);
    ~ExplainDialog() override;

    void setSource(const SourceSpec &source, const SchemaGraph &graph);
    void setMessage(const QString &text);
    void explain();
    bool isRunning() const;

signals:
    void explained(const fkscope::Explanation &explanation);
    void failed(const QString &message);

private:
    void showAnswer(const Explanation &e);

    SchemaGraph m_graph;
    SourceSpec m_source;
    DatabaseJob *m_job;
    QPlainTextEdit *m_message;
    QLineEdit *m_statement;
    QPushButton *m_run;
    QLabel *m_status;
    QTextBrowser *m_answer;
    int m_token = -1;
};

} // namespace fkscope
