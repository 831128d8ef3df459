// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace fkscope {

// A read-only SQL script (the deletion plan) with Copy and Save. fkscope never runs it.
class ScriptDialog : public QDialog
{
    Q_OBJECT

public:
    ScriptDialog(const QString &title, const QString &intro, const QString &script, const QString &suggestedFile,
                 QWidget *parent = nullptr);
    QString script() const;

private:
    QPlainTextEdit *m_text;
    QString m_suggestedFile;
};

} // namespace fkscope
