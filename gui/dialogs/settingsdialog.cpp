// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace fkscope {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_palette(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : settings::availableLanguages())
        m_language->addItem(settings::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies when fkscope starts again."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    m_palette->addItem(tr("Follow the system"), static_cast<int>(settings::Palette::System));
    m_palette->addItem(tr("Light"), static_cast<int>(settings::Palette::Light));
    m_palette->addItem(tr("Dark"), static_cast<int>(settings::Palette::Dark));
    m_palette->setCurrentIndex(m_palette->findData(static_cast<int>(settings::palette())));
    m_palette->setAccessibleName(tr("Canvas colours"));
    form->addRow(tr("Canvas &colours:"), m_palette);

    auto *reset = new QPushButton(tr("&Reset the window layout"), this);
    reset->setToolTip(tr("Put the docks and toolbars back where they were at first start"));
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::layoutResetRequested);
    form->addRow(QString(), reset);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::apply()
{
    QString problem = settings::setLanguage(m_language->currentData().toString());
    const auto palette = static_cast<settings::Palette>(m_palette->currentData().toInt());
    if (problem.isEmpty() && palette != settings::palette()) {
        problem = settings::setPalette(palette);
        if (problem.isEmpty())
            emit paletteChanged();
    }
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Settings not saved"), problem);
}

} // namespace fkscope
