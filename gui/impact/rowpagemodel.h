// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/livedatabase.h"

#include <QAbstractTableModel>

namespace fkscope {

// One page of rows as a read-only table. NULL is shown as a dimmed "NULL"; sorting is the
// server's (the panel reloads), so the view's own sorting stays off.
class RowPageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RowPageModel(QObject *parent = nullptr);

    void setPage(const RowPage &page);
    void clear();
    const RowPage &page() const { return m_page; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RowPage m_page;
};

} // namespace fkscope
