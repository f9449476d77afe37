#include "surveys/surveychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <cmath>

namespace kartoitus {

namespace {

// 1, 2, 5, 10, 20, 50, … : about five ticks up to `largest`.
qreal tickStep(qreal largest)
{
    const qreal rough = qMax<qreal>(1, largest / 5);
    const qreal magnitude = std::pow(10, std::floor(std::log10(rough)));
    for (const qreal f : {1.0, 2.0, 5.0}) {
        if (f * magnitude >= rough)
            return f * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

SurveyChart::SurveyChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Labels and axes as the user's language writes numbers: 45,8 % in Finnish.
    chart->setLocalizeNumbers(true);
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
    // Not isVisible(): while the Surveys view is hidden (the register opened in another
    // view) that is false, and the chart stayed empty when the view was shown.
    const bool drawn = !numbers && !options.isEmpty();
    setVisible(drawn);
    if (!drawn)
        return;
    const bool percent = series.size() > 1;
    auto *bars = new QHorizontalBarSeries;
    qreal largest = 0;
    // The first option at the top: horizontal bars are drawn bottom up.
    QStringList categories = options;
    std::reverse(categories.begin(), categories.end());
    for (const ResultSeries &s : series) {
        auto *set = new QBarSet(s.name);
        set->setLabelColor(palette().color(QPalette::WindowText));
        for (const QString &option : std::as_const(categories)) {
            const survey::OptionCount count = survey::SurveyResults::countOf(s.result, option);
            const qreal value = percent ? count.percent : count.count;
            largest = qMax(largest, value);
            set->append(value);
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    // After the bar's end: inside a short bar the number was cut to ".67 %".
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(percent ? QStringLiteral("@value %") : QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    // Ticks written as the user's language writes numbers, with room after the longest bar
    // for its number.
    auto *valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setStartValue(-0.001); // the "0" tick is a category of its own, ending at 0
    const qreal step = percent ? 20 : tickStep(largest);
    const qreal top = percent ? 100 : qMax<qreal>(step, std::ceil(largest / step) * step);
    for (qreal tick = 0; tick <= top + step / 2; tick += step)
        valueAxis->append(
            percent ? tr("%1 %").arg(QLocale().toString(tick)) : QLocale().toString(tick), tick);
    valueAxis->setRange(0, percent ? 118 : top * 1.18);
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
