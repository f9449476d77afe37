#include "surveys/surveychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace kartoitus {

SurveyChart::SurveyChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
}

void SurveyChart::showResults(const QString &title, const QList<ResultSeries> &series,
                              const QStringList &options)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    const bool numbers =
        series.isEmpty() || series.first().result.type == survey::QuestionType::Number;
    setVisible(!numbers && !options.isEmpty());
    if (!isVisible())
        return;
    const bool percent = series.size() > 1;
    auto *bars = new QHorizontalBarSeries;
    qreal largest = 0;
    // The first option at the top: horizontal bars are drawn bottom up.
    QStringList categories = options;
    std::reverse(categories.begin(), categories.end());
    for (const ResultSeries &s : series) {
        auto *set = new QBarSet(s.name);
        for (const QString &option : std::as_const(categories)) {
            const survey::OptionCount count = survey::SurveyResults::countOf(s.result, option);
            const qreal value = percent ? count.percent : count.count;
            largest = qMax(largest, value);
            set->append(value);
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(percent ? QStringLiteral("@value %") : QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, percent ? 100 : qMax<qreal>(1, largest * 1.15));
    valueAxis->setLabelFormat(percent ? QStringLiteral("%d %") : QStringLiteral("%d"));
    valueAxis->setTitleText(percent ? tr("% of those who answered") : tr("Responses"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(valueAxis);
    chart->legend()->setVisible(series.size() > 1);
    setMinimumHeight(qMin(900, 80 + int(options.size() * series.size()) * 22 + 60));
}

QList<QList<qreal>> SurveyChart::barValues() const
{
    QList<QList<qreal>> values;
    for (QAbstractSeries *s : chart()->series()) {
        auto *bars = qobject_cast<QHorizontalBarSeries *>(s);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            QList<qreal> row;
            for (int i = set->count() - 1; i >= 0; --i) // back in option order
                row.append(set->at(i));
            values.append(row);
        }
    }
    return values;
}

QStringList SurveyChart::categories() const
{
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical)) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList list = categoryAxis->categories();
            std::reverse(list.begin(), list.end());
            return list;
        }
    }
    return {};
}

} // namespace kartoitus
