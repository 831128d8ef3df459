// SPDX-License-Identifier: Apache-2.0
#include "explaindialog.h"

#include "jobs/databasejob.h"
#include "source/sourceengine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fkscope {

ExplainDialog::ExplainDialog(QWidget *parent)
    : QDialog(parent)
    , m_job(new DatabaseJob(QStringLiteral("fkscope-explain"), this))
    , m_message(new QPlainTextEdit(this))
    , m_statement(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Explain"), this))
    , m_status(new QLabel(this))
    , m_answer(new QTextBrowser(this))
{
    setWindowTitle(tr("Explain a foreign-key error"));
    m_message->setPlaceholderText(tr("Paste the error here: psql output, a log line, a driver's exception, MySQL 1451 / 1452, SQLite's message."));
    m_message->setAccessibleName(tr("Error message"));
    m_statement->setPlaceholderText(tr("Optional: the statement that failed (DELETE FROM ...)"));
    m_statement->setAccessibleName(tr("Failed statement"));
    m_answer->setAccessibleName(tr("Answer"));
    m_status->setWordWrap(true);
    m_run->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Statement:"), m_statement);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message, 2);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_answer, 3);
    layout->addWidget(buttons);
    resize(760, 560);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &ExplainDialog::explain);
    connect(m_job, &DatabaseJob::taskFinished, this, [this](int token, const QVariant &value) {
        if (token != m_token)
            return;
        m_run->setEnabled(true);
        m_status->clear();
        const Explanation e = value.value<Explanation>();
        showAnswer(e);
        emit explained(e);
    });
    connect(m_job, &DatabaseJob::taskFailed, this, [this](int token, const QString &message) {
        if (token != m_token)
            return;
        m_run->setEnabled(true);
        m_status->setText(message);
        emit failed(message);
    });
}

ExplainDialog::~ExplainDialog() = default;

void ExplainDialog::setSource(const SourceSpec &source, const SchemaGraph &graph)
{
    m_source = source;
    m_graph = graph;
    m_job->setSource(source);
    m_answer->clear();
    m_status->clear();
}

void ExplainDialog::setMessage(const QString &text)
{
    m_message->setPlainText(text);
}

bool ExplainDialog::isRunning() const
{
    return m_job->isRunning();
}

void ExplainDialog::explain()
{
    QString why;
    const std::optional<FkErrorMessage> message = parseFkError(m_message->toPlainText(), &why);
    if (!message) {
        m_status->setText(why);
        m_answer->clear();
        return;
    }
    if (!m_source.capabilities().liveDatabase) {
        m_status->setText(tr("A snapshot holds no rows: connect to the database the error came from."));
        return;
    }
    m_run->setEnabled(false);
    m_status->setText(tr("Looking it up..."));
    const SchemaGraph graph = m_graph;
    const QString statement = m_statement->text();
    const SchemaDialect *dialect = &EngineRegistry::dialectFor(graph.source().engine);
    const FkErrorMessage parsed = *message;
    m_token = m_job->start([graph, statement, dialect, parsed](LiveDatabase &db, const CancelToken &cancel, const ProgressFn &) {
        return QVariant::fromValue(explainFkError(db, graph, *dialect, parsed, statement, cancel));
    });
}

void ExplainDialog::showAnswer(const Explanation &e)
{
    QString html;
    for (const QString &f : e.findings)
        html += QStringLiteral("<p>%1</p>").arg(f.toHtmlEscaped());
    if (!e.keyFoundIn.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const KeyLocation &k : e.keyFoundIn)
            html += QStringLiteral("<li>%1 (%2)</li>").arg(qualifiedName(k.table).toHtmlEscaped(), k.columns.join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (e.impact)
        html += tr("<p>The impact panel shows the simulation of: %1</p>").arg(e.deleteStatement.toHtmlEscaped());
    if (!e.fix.isEmpty())
        html += tr("<p><b>Fix</b> (for review):</p><pre style=\"white-space: pre-wrap\">%1</pre>").arg(e.fix.toHtmlEscaped());
    m_answer->setHtml(html);
}

} // namespace fkscope
