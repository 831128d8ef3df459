// SPDX-License-Identifier: Apache-2.0
#include "rowpagemodel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace fkscope {

RowPageModel::RowPageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RowPageModel::setPage(const RowPage &page)
{
    beginResetModel();
    m_page = page;
    endResetModel();
}

void RowPageModel::clear()
{
    setPage(RowPage());
}

int RowPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_page.cells.size());
}

int RowPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_page.columns.size());
}

QVariant RowPageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_page.cells.size())
        return QVariant();
    const QVariant &cell = m_page.cells.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.isNull() ? QStringLiteral("NULL") : cell.toString().replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return cell.isNull() ? tr("NULL") : cell.toString();
    case Qt::ForegroundRole:
        if (cell.isNull())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::FontRole:
        if (cell.isNull()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant RowPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::FontRole && orientation == Qt::Horizontal && m_page.keyColumns.contains(m_page.columns.value(section))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return QString::number(m_page.offset + section + 1);
    const QString name = m_page.columns.value(section);
    if (role == Qt::ToolTipRole)
        return m_page.keyColumns.contains(name) ? tr("%1 (key; click to sort)").arg(name) : tr("%1 (click to sort)").arg(name);
    return name;
}

} // namespace fkscope
