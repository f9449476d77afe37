#include "reports/reportmodel.h"

#include <QColor>

namespace kartoitus::reports {

ReportModel::ReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_rows.clear();
    for (int g = 0; g < m_report.groups.size(); ++g) {
        for (int e = 0; e < m_report.groups.at(g).entries.size(); ++e)
            m_rows.append({g, e});
    }
    endResetModel();
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.columns.size()) + (grouped() ? 1 : 0);
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [group, entry] = m_rows.at(index.row());
    if (role == MarkedRole || role == Qt::BackgroundRole) {
        const bool marked = m_report.groups.at(group).entries.at(entry).marked;
        if (role == MarkedRole)
            return marked;
        return marked ? QVariant(QColor(0xfb, 0xe3, 0xb4)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    int column = index.column();
    if (grouped()) {
        if (column == 0)
            return m_report.groups.at(group).heading;
        --column;
    }
    const QStringList &cells = m_report.groups.at(group).entries.at(entry).cells;
    return column < cells.size() ? cells.at(column) : QString();
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ReportColumn &column =
        grouped() ? (section == 0 ? m_report.groupColumn : m_report.columns.at(section - 1))
                  : m_report.columns.at(section);
    if (role == Qt::DisplayRole)
        return column.label;
    if (role == ColumnKeyRole)
        return column.key;
    return {};
}

} // namespace kartoitus::reports
