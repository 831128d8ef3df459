// SPDX-License-Identifier: Apache-2.0
#include "impactresultview.h"

#include "samplerowsdialog.h"

#include "core/error.h"
#include "core/savefile.h"
#include "impact/impactreport.h"
#include "schema/schemagraph.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace fkscope {

namespace {

enum Role { SampleRole = Qt::UserRole, TableSchemaRole, TableNameRole };

} // namespace

ImpactResultView::ImpactResultView(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_verdict->setFont(big);
    m_verdict->setMargin(6);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36b; padding: 4px; }"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->hide();
    layout->addWidget(m_verdict);
    layout->addWidget(m_totals);
    layout->addWidget(m_warnings);

    m_tree->setObjectName(QStringLiteral("impactTree"));
    m_tree->setAccessibleName(tr("Blockers and effects"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Table / item"), tr("Rows"), tr("Constraint / kind"), tr("Path from the deleted rows")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, SampleRole).toByteArray().isEmpty()) {
            openSamples(item);
            return;
        }
        const QString name = item->data(0, TableNameRole).toString();
        if (!name.isEmpty())
            emit tableActivated(TableRef{item->data(0, TableSchemaRole).toString(), name});
    });

    auto *buttons = new QHBoxLayout;
    auto add = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_actions << b;
        return b;
    };
    add(tr("Copy &Markdown"), tr("Copy the report as Markdown"), &ImpactResultView::copyMarkdown);
    add(tr("Copy &JSON"), tr("Copy the result as the JSON of fkscope impact --json"), &ImpactResultView::copyJson);
    add(tr("&Save report..."), tr("Save the report as Markdown or JSON"), &ImpactResultView::saveReport);
    add(tr("Deletion &plan..."), tr("The ordered SQL script that deletes the blocking rows first"), &ImpactResultView::planRequested);
    add(tr("&Verify..."), tr("Run the real DELETE in a transaction that is always rolled back"), &ImpactResultView::verifyRequested);
    add(tr("C&lear"), tr("Clear the result and restore the canvas"), &ImpactResultView::clearRequested);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    clear();
}

QString ImpactResultView::verdictText() const { return m_verdict->text(); }

void ImpactResultView::setActionsEnabled(bool enabled)
{
    for (QPushButton *b : m_actions)
        b->setEnabled(enabled && m_hasResult);
}

void ImpactResultView::clear()
{
    m_hasResult = false;
    m_result = ImpactResult();
    m_tree->clear();
    m_warnings->hide();
    m_totals->clear();
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Choose rows and press Simulate DELETE (Ctrl+Return). Nothing is written."));
    m_verdict->setFont(font());
    setActionsEnabled(false);
}

void ImpactResultView::showMessage(const QString &text, bool error)
{
    m_verdict->setText(text);
    m_verdict->setStyleSheet(error ? QStringLiteral("QLabel { color: #8b1a1a; }") : QString());
}

QTreeWidgetItem *ImpactResultView::addSamples(QTreeWidgetItem *parent, const QByteArray &json, const TableRef &table)
{
    if (json.isEmpty() || json == "[]")
        return nullptr;
    auto *item = new QTreeWidgetItem(parent);
    QString text = QString::fromUtf8(json);
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    item->setText(0, tr("Sample rows (Enter to open)"));
    item->setText(3, text);
    item->setToolTip(3, QString::fromUtf8(json));
    item->setData(0, SampleRole, json);
    item->setData(0, TableSchemaRole, table.schema);
    item->setData(1, SampleRole, qualifiedName(table));
    return item;
}

void ImpactResultView::showResult(const ImpactResult &r, const QString &statement)
{
    m_result = r;
    m_statement = statement;
    m_hasResult = true;
    m_tree->clear();

    QString symbol, style;
    switch (r.outcome) {
    case ImpactOutcome::Allowed:
        symbol = QStringLiteral("✓ ");
        style = QStringLiteral("QLabel { background: #dff0d8; color: #1e4620; border-left: 6px solid #009E73; }");
        break;
    case ImpactOutcome::Blocked:
        symbol = QStringLiteral("✗ ");
        style = QStringLiteral("QLabel { background: #f8d7da; color: #6b1a1a; border-left: 6px double #D55E00; }");
        break;
    case ImpactOutcome::BlockedAtCommit:
        symbol = QStringLiteral("⧗ ");
        style = QStringLiteral("QLabel { background: #fde9cf; color: #5c3400; border-left: 6px dashed #E69F00; }");
        break;
    }
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_verdict->setFont(big);
    m_verdict->setStyleSheet(style);
    // The verdict, and the error the server would raise, in its own words.
    const QString first = firstErrorLine(r);
    m_verdict->setText(symbol + outcomeHeadline(r) + (first.isEmpty() ? QString() : QLatin1Char('\n') + first));
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Verdict: %1").arg(outcomeHeadline(r) + (first.isEmpty() ? QString() : QLatin1Char(' ') + first)));

    qint64 deleted = 0, setNull = 0, setDefault = 0;
    int deletedTables = 0;
    for (const ImpactEffect &e : r.effects) {
        deleted += e.deleted;
        setNull += e.setNull;
        setDefault += e.setDefault;
        deletedTables += e.deleted > 0 ? 1 : 0;
    }
    auto n = [](qint64 v) { return static_cast<int>(std::min<qint64>(v, INT_MAX)); };
    m_totals->setText(QStringList{tr("%n row(s) of %1 selected", nullptr, n(r.rootRows)).arg(qualifiedName(r.root)),
                                  tr("%n row(s) deleted in %1", nullptr, n(deleted)).arg(tr("%n table(s)", nullptr, deletedTables)),
                                  tr("%1 set NULL").arg(setNull), tr("%1 set DEFAULT").arg(setDefault),
                                  tr("%n blocker(s)", nullptr, static_cast<int>(r.blockers.size())),
                                  tr("simulated on %1 in %2 ms, read-only").arg(r.engine).arg(r.elapsedMs)}
                          .join(QStringLiteral(" · ")));
    m_totals->setToolTip(statement);

    QStringList warnings = r.warnings;
    if (!r.unknownTables.isEmpty()) {
        QStringList names;
        for (const TableRef &t : r.unknownTables)
            names << qualifiedName(t);
        warnings.prepend(tr("Not simulated for lack of SELECT privilege (unknown): %1").arg(names.join(QStringLiteral(", "))));
    }
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));

    QFont bold = m_tree->font();
    bold.setBold(true);
    auto section = [&](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, title);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    auto tableItem = [&](QTreeWidgetItem *parent, const TableRef &table) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, qualifiedName(table));
        item->setData(0, TableSchemaRole, table.schema);
        item->setData(0, TableNameRole, table.name);
        return item;
    };

    if (!r.blockers.isEmpty()) {
        QTreeWidgetItem *blockers = section(tr("Blockers (%1)").arg(r.blockers.size()));
        for (const ImpactBlocker &b : r.blockers) {
            QTreeWidgetItem *item = tableItem(blockers, b.table);
            item->setText(0, (b.certain ? QStringLiteral("✗ ") : QStringLiteral("? ")) + qualifiedName(b.table));
            item->setText(1, QString::number(b.rows));
            item->setText(2, QStringLiteral("%1 (%2)").arg(b.kind == BlockerKind::NotNull ? b.column : b.constraint, toString(b.kind)));
            item->setText(3, constraintPathText(b.path));
            item->setToolTip(0, blockerSummary(b));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setExpanded(true);
            auto *what = new QTreeWidgetItem(item);
            what->setText(0, blockerSummary(b));
            what->setFirstColumnSpanned(true);
            auto *fix = new QTreeWidgetItem(item);
            fix->setText(0, tr("What to do: %1").arg(blockerRemedy(b)));
            fix->setFirstColumnSpanned(true);
            if (!b.certain) {
                auto *order = new QTreeWidgetItem(item);
                order->setText(0, tr("Order-dependent: the engine's row order decides whether these rows block."));
                order->setFirstColumnSpanned(true);
            }
            if (!b.engineNames.isEmpty()) {
                auto *names = new QTreeWidgetItem(item);
                names->setText(0, tr("The server may name it %1").arg(b.engineNames.join(QStringLiteral(", "))));
                names->setFirstColumnSpanned(true);
            }
            addSamples(item, b.sampleJson, b.table);
        }
    }

    struct Action
    {
        QString title;
        qint64 ImpactEffect::*count;
        qint64 total;
    };
    const QList<Action> actions = {{tr("Deleted (%n row(s))", nullptr, n(deleted)), &ImpactEffect::deleted, deleted},
                                   {tr("Set NULL (%n row(s))", nullptr, n(setNull)), &ImpactEffect::setNull, setNull},
                                   {tr("Set DEFAULT (%n row(s))", nullptr, n(setDefault)), &ImpactEffect::setDefault, setDefault}};
    for (const Action &a : actions) {
        if (a.total == 0)
            continue;
        QTreeWidgetItem *group = section(a.title);
        for (const ImpactEffect &e : r.effects) {
            const qint64 rows = e.*a.count;
            if (rows == 0)
                continue;
            QTreeWidgetItem *item = tableItem(group, e.table);
            item->setText(1, QString::number(rows));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (e.table == r.root && e.paths.isEmpty())
                item->setText(3, tr("(the statement)"));
            for (const QStringList &p : e.paths) {
                if (p.isEmpty()) {
                    item->setText(3, tr("(the statement)"));
                    continue;
                }
                auto *path = new QTreeWidgetItem(item);
                path->setText(0, tr("via"));
                path->setText(3, constraintPathText(p));
            }
            if (e.paths.size() == 1 && !e.paths.first().isEmpty())
                item->setText(3, constraintPathText(e.paths.first()));
            addSamples(item, e.sampleJson, e.table);
        }
    }
    if (!r.unknownTables.isEmpty()) {
        QTreeWidgetItem *unknown = section(tr("Unknown: no SELECT privilege (%1)").arg(r.unknownTables.size()));
        for (const TableRef &t : r.unknownTables) {
            QTreeWidgetItem *item = tableItem(unknown, t);
            item->setText(3, tr("not simulated: what happens to its rows is unknown"));
        }
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    setActionsEnabled(true);
}

void ImpactResultView::copyMarkdown()
{
    if (m_hasResult)
        QApplication::clipboard()->setText(toMarkdown(m_result, m_statement));
}

void ImpactResultView::copyJson()
{
    if (m_hasResult)
        QApplication::clipboard()->setText(QString::fromUtf8(toJson(m_result)));
}

void ImpactResultView::saveReport()
{
    if (!m_hasResult)
        return;
    QString filter;
    const QString markdown = tr("Markdown (*.md)"), json = tr("JSON (*.json)");
    QString file = QFileDialog::getSaveFileName(this, tr("Save impact report"),
                                                QStringLiteral("impact-%1.md").arg(m_result.root.name),
                                                markdown + QStringLiteral(";;") + json, &filter);
    if (file.isEmpty())
        return;
    const bool asJson = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || (filter == json && !file.endsWith(QLatin1String(".md"), Qt::CaseInsensitive));
    try {
        writeFileWhole(file, asJson ? toJson(m_result) : toMarkdown(m_result, m_statement).toUtf8());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Could not save the report"), e.summary());
    }
}

void ImpactResultView::openSamples(QTreeWidgetItem *item)
{
    auto *dialog = new SampleRowsDialog(item->data(1, SampleRole).toString(), item->data(0, SampleRole).toByteArray(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace fkscope
