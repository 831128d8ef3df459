// SPDX-License-Identifier: Apache-2.0
#include "verificationdialog.h"

#include "impact/impactreport.h"
#include "schema/schemagraph.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fkscope {

VerificationDialog::VerificationDialog(const ImpactResult &predicted, const ObservedDelete &observed, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Verification: the real DELETE, rolled back"));
    auto *layout = new QVBoxLayout(this);
    const QString seen = observedOutcome(observed);
    const QString expected = toString(predicted.outcome);
    m_agrees = seen == expected || (predicted.orderDependent() && seen == QLatin1String("allowed"));
    QString text = (observed.onCopy ? tr("The DELETE ran on a temporary copy of the file; your file was not opened for writing.")
                                    : tr("The DELETE ran in a transaction that was rolled back; nothing was kept."))
        + QStringLiteral("<br>")
        + tr("Outcome: predicted <b>%1</b>, observed <b>%2</b>.").arg(expected, seen);
    if (observed.failed || observed.failedAtCommit)
        text += QStringLiteral("<br>") + tr("The server said: %1").arg(observed.error.message.toHtmlEscaped())
            + (observed.error.detail.isEmpty() ? QString() : QStringLiteral(" (") + observed.error.detail.toHtmlEscaped() + QLatin1Char(')'));
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(label);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Table"), tr("Deleted (predicted)"), tr("Deleted (observed)"),
                                        tr("Updated (predicted)"), tr("Updated (observed)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Predicted and observed rows per table"));
    QStringList names;
    QHash<QString, const ImpactEffect *> effects;
    for (const ImpactEffect &e : predicted.effects) {
        names << qualifiedName(e.table);
        effects.insert(names.last(), &e);
    }
    if (!observed.failed) {
        for (const QString &n : observed.deleted.keys() + observed.updated.keys()) {
            if (!names.contains(n))
                names << n;
        }
    }
    m_table->setRowCount(static_cast<int>(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const ImpactEffect *e = effects.value(names[row]);
        const qint64 values[4] = {e ? e->deleted : 0, observed.deleted.value(names[row]), e ? e->updated : 0,
                                  observed.updated.value(names[row])};
        m_table->setItem(row, 0, new QTableWidgetItem(names[row]));
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(observed.failed && (c % 2) ? tr("(failed)") : QString::number(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c + 1, item);
        }
        // Observed updates also count rows updated and then deleted, so only deletions must match exactly.
        if (!observed.failed && values[0] != values[1]) {
            m_agrees = false;
            for (int c = 0; c < 5; ++c)
                m_table->item(row, c)->setText(m_table->item(row, c)->text() + (c == 0 ? tr("  ≠ differs") : QString()));
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table);
    auto *note = new QLabel(m_agrees ? tr("✓ The prediction agrees with the engine.")
                                     : tr("≠ The prediction differs from what the engine did. Please report it with the "
                                          "Markdown report."),
                            this);
    note->setObjectName(QStringLiteral("agreement"));
    layout->addWidget(note);
    layout->addWidget(new QLabel(tr("Observed updates count every row update, including rows later deleted and updates "
                                    "made by triggers."),
                                 this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 400);
}

} // namespace fkscope
