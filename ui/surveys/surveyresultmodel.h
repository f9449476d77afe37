#pragma once

#include "models/readonlytablemodel.h"
#include "survey/surveyresults.h"

#include <QList>
#include <QStringList>

namespace kartoitus {

// One column group of the results table and one set of bars of the chart: all responses,
// a sector's or municipality's, or one survey's in a comparison.
struct ResultSeries
{
    QString name;
    survey::QuestionResult result;
};

// A question's results as a table: one row per option (for numbers: count, mean, median,
// smallest and largest), and for each series a count and a percentage column.
class SurveyResultModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    using ReadOnlyTableModel::ReadOnlyTableModel;

    // `options` orders the rows; empty takes the first series' options.
    void setSeries(const QList<ResultSeries> &series, const QStringList &options = {});
    const QList<ResultSeries> &series() const { return m_series; }
    QStringList options() const { return m_options; }
    // Whether the rows are statistics (a number question) rather than options.
    bool showsStatistics() const { return m_statistics; }

private:
    int rows() const override;
    int columns() const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant columnHeader(int section, int role) const override;
    QString statisticLabel(int row) const;
    QVariant statistic(const survey::QuestionResult &result, int row) const;

    QList<ResultSeries> m_series;
    QStringList m_options;
    bool m_statistics = false;
};

} // namespace kartoitus
