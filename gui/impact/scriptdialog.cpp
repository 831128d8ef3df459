// SPDX-License-Identifier: Apache-2.0
#include "scriptdialog.h"

#include "core/error.h"
#include "core/savefile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fkscope {

ScriptDialog::ScriptDialog(const QString &title, const QString &intro, const QString &script, const QString &suggestedFile,
                           QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_suggestedFile(suggestedFile)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_text->setReadOnly(true);
    m_text->setPlainText(script);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(title);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save..."), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save script"), m_suggestedFile, tr("SQL (*.sql)"));
        if (file.isEmpty())
            return;
        try {
            writeFileWhole(file, m_text->toPlainText().toUtf8());
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Could not save"), e.summary());
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

QString ScriptDialog::script() const { return m_text->toPlainText(); }

} // namespace fkscope
