#include "reports/reportmodel.h"

#include <QColor>

namespace kartoitus::reports {

ReportModel::ReportModel(QObject *parent)
    : ReadOnlyTableModel(parent)
{}

void ReportModel::setReport(const Report &report)
{
    reset([&] {
        m_report = report;
        m_rows.clear();
        for (int g = 0; g < m_report.groups.size(); ++g) {
            for (int e = 0; e < m_report.groups.at(g).entries.size(); ++e)
                m_rows.append({g, e});
        }
    });
}

int ReportModel::columns() const
{
    return int(m_report.columns.size()) + (grouped() ? 1 : 0);
}

QVariant ReportModel::cell(int row, int column, int role) const
{
    const auto [group, entry] = m_rows.at(row);
    if (role == MarkedRole || role == Qt::BackgroundRole) {
        const bool marked = m_report.groups.at(group).entries.at(entry).marked;
        if (role == MarkedRole)
            return marked;
        return marked ? QVariant(QColor(0xfb, 0xe3, 0xb4)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (grouped()) {
        if (column == 0)
            return m_report.groups.at(group).heading;
        --column;
    }
    const QStringList &cells = m_report.groups.at(group).entries.at(entry).cells;
    return column < cells.size() ? cells.at(column) : QString();
}

QVariant ReportModel::columnHeader(int section, int role) const
{
    if (section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, Qt::Horizontal, role);
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
