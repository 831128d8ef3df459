// SPDX-License-Identifier: Apache-2.0
#include "samplerowsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fkscope {

SampleRowsDialog::SampleRowsDialog(const QString &table, const QByteArray &json, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sample rows of %1").arg(table));
    auto *layout = new QVBoxLayout(this);
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    QStringList columns;
    for (const QJsonValue &row : rows) {
        for (const QString &key : row.toObject().keys()) {
            if (!columns.contains(key))
                columns << key;
        }
    }
    layout->addWidget(new QLabel(tr("%n sample row(s), identified by their key. These are samples, not every row.", nullptr,
                                    static_cast<int>(rows.size())),
                                 this));
    auto *grid = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(columns.size()), this);
    grid->setAccessibleName(tr("Sample rows"));
    grid->setHorizontalHeaderLabels(columns);
    grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        for (int c = 0; c < columns.size(); ++c) {
            const QJsonValue v = row.value(columns[c]);
            QString text = v.isNull() ? QStringLiteral("NULL")
                : v.isString()        ? v.toString()
                                      : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            grid->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    grid->horizontalHeader()->setStretchLastSection(true);
    grid->resizeColumnsToContents();
    layout->addWidget(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 320);
}

} // namespace fkscope
