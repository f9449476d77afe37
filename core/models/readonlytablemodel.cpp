#include "models/readonlytablemodel.h"

namespace kartoitus {

int ReadOnlyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ReadOnlyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ReadOnlyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant ReadOnlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? columnHeader(section, role) : rowHeader(section, role);
}

QVariant ReadOnlyTableModel::rowHeader(int section, int role) const
{
    return QAbstractTableModel::headerData(section, Qt::Vertical, role);
}

} // namespace kartoitus
