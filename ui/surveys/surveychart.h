#pragma once

#include "surveys/surveyresultmodel.h"

#include <QChartView>

class QChart;

namespace kartoitus {

// A question's results as horizontal bars: one bar per option, one set of bars per series.
// One series shows counts; several (groups, years) show percentages, so that groups of
// different sizes compare. A number question has no bars (its statistics are the table).
class SurveyChart : public QChartView
{
    Q_OBJECT

public:
    explicit SurveyChart(QWidget *parent = nullptr);

    void showResults(const QString &title, const QList<ResultSeries> &series,
                     const QStringList &options);
    // The values the bars show, per series, in option order (for tests and the screen reader).
    QList<QList<qreal>> barValues() const;
    QStringList categories() const;
};

} // namespace kartoitus
