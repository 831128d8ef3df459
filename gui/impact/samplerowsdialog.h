// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace fkscope {

// Sample rows of a result (the engine's JSON array of objects) in a read-only grid.
class SampleRowsDialog : public QDialog
{
    Q_OBJECT

public:
    SampleRowsDialog(const QString &table, const QByteArray &json, QWidget *parent = nullptr);
};

} // namespace fkscope
