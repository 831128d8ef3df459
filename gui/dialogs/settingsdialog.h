// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;

namespace fkscope {

// Language (applies at the next start), canvas palette (at once), and resetting the window layout.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

signals:
    void paletteChanged();
    void layoutResetRequested();

private:
    void apply();

    QComboBox *m_language;
    QComboBox *m_palette;
};

} // namespace fkscope
