#include "surveys/surveyresultmodel.h"

#include <QLocale>

namespace kartoitus {

using survey::QuestionType;
using survey::SurveyResults;

namespace {

constexpr int StatisticRows = 5; // answered, mean, median, smallest, largest

} // namespace

void SurveyResultModel::setSeries(const QList<ResultSeries> &series, const QStringList &options)
{
    reset([&] {
        m_series = series;
        m_options = options;
        m_statistics = !series.isEmpty() && series.first().result.type == QuestionType::Number;
        if (m_options.isEmpty() && !series.isEmpty()) {
            for (const survey::OptionCount &count : series.first().result.counts)
                m_options.append(count.option);
        }
    });
}

int SurveyResultModel::rows() const
{
    return m_statistics ? StatisticRows : int(m_options.size());
}

int SurveyResultModel::columns() const
{
    return 1 + int(m_series.size()) * (m_statistics ? 1 : 2);
}

QString SurveyResultModel::statisticLabel(int row) const
{
    switch (row) {
    case 0:
        return tr("Answered");
    case 1:
        return tr("Mean");
    case 2:
        return tr("Median");
    case 3:
        return tr("Smallest");
    default:
        return tr("Largest");
    }
}

QVariant SurveyResultModel::statistic(const survey::QuestionResult &result, int row) const
{
    if (!result.stats)
        return QVariant();
    const survey::NumberStats &s = *result.stats;
    if (row == 0)
        return s.count;
    if (s.count == 0)
        return QVariant();
    const double value = row == 1 ? s.mean : row == 2 ? s.median : row == 3 ? s.min : s.max;
    return QLocale().toString(value, 'f', value == qRound64(value) ? 0 : 1);
}

QVariant SurveyResultModel::cell(int row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column > 0)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return QVariant();
    if (column == 0)
        return m_statistics ? statisticLabel(row) : m_options.value(row);
    if (m_statistics)
        return statistic(m_series.at(column - 1).result, row);
    const ResultSeries &series = m_series.at((column - 1) / 2);
    const survey::OptionCount count = SurveyResults::countOf(series.result, m_options.value(row));
    if ((column - 1) % 2 == 0)
        return count.count;
    if (role == Qt::UserRole)
        return count.percent;
    return QStringLiteral("%1 %").arg(QLocale().toString(count.percent, 'f', 1));
}

QVariant SurveyResultModel::columnHeader(int section, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (section == 0)
        return m_statistics ? tr("Statistic") : tr("Option");
    if (m_statistics)
        return m_series.value(section - 1).name;
    const QString name = m_series.value((section - 1) / 2).name;
    const bool percent = (section - 1) % 2 == 1;
    if (m_series.size() == 1)
        return percent ? tr("%") : tr("Count");
    return percent ? tr("%1, %").arg(name) : tr("%1, count").arg(name);
}

} // namespace kartoitus
