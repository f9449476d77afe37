#pragma once

#include "models/readonlytablemodel.h"
#include "reports/report.h"

namespace kartoitus::reports {

// A report's entries as a table, the way its CSV holds them: the group column (when the
// report has one), then the report's columns, one row per printed entry in print order.
// For a window that shows what a list will print while its choices change.
class ReportModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ColumnKeyRole = Qt::UserRole + 1, // header: the column's canonical key
        MarkedRole                        // cell: whether the entry is highlighted in print
    };

    explicit ReportModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant columnHeader(int section, int role) const override;

private:
    bool grouped() const { return !m_report.groupColumn.key.isEmpty(); }

    Report m_report;
    // Per row: the group and the entry within it.
    QList<std::pair<int, int>> m_rows;
};

} // namespace kartoitus::reports
