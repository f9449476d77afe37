#include "survey/surveysummary.h"

#include "reports/reportlanguage.h"

namespace kartoitus::survey {

namespace {

constexpr const char *Context = "kartoitus::survey::SurveySummary";

} // namespace

QString SurveySummary::percentText(double percent)
{
    return QString::number(percent, 'f', 1);
}

QString SurveySummary::numberText(double value)
{
    return qFuzzyCompare(value, double(qRound64(value))) || value == 0
               ? QString::number(qRound64(value))
               : QString::number(value, 'f', 1);
}

bool SurveySummary::build(const QSqlDatabase &db, qint64 surveyId, const QString &language,
                          reports::Report *report, QString *error)
{
    SurveyRepository surveys(db);
    const std::optional<Survey> survey = surveys.survey(surveyId, error);
    if (!survey)
        return false;
    QString readError;
    const int responses = surveys.responseCount(surveyId, &readError);
    QList<QuestionResult> results;
    if (responses < 0 || !SurveyResults::survey(db, surveyId, &results, &readError)) {
        *error = readError;
        return false;
    }
    *report = fromResults(*survey, responses, results, language);
    return true;
}

reports::Report SurveySummary::fromResults(const Survey &survey, int responses,
                                           const QList<QuestionResult> &results,
                                           const QString &languageCode)
{
    const reports::ReportLanguage language(languageCode);
    const auto text = [&](const char *source, int n = -1) {
        return language.text(Context, source, n);
    };
    reports::Report report;
    report.language = language.code();
    report.title =
        survey.year ? QStringLiteral("%1 %2").arg(survey.name).arg(*survey.year) : survey.name;
    report.subtitle = text(
        QT_TRANSLATE_N_NOOP("kartoitus::survey::SurveySummary", "Survey results: %n responses"),
        responses);
    if (!survey.source.isEmpty())
        report.filters.append(
            text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Collected with %1"))
                .arg(survey.source));
    report.layout = reports::ReportLayout::Table;
    report.groupColumn = {QStringLiteral("question"),
                          text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Question"))};
    report.columns = {
        {QStringLiteral("option"),
         text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Option"))},
        {QStringLiteral("count"),
         text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Count")), false, true},
        {QStringLiteral("percent"),
         text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "%")), true, true}};
    for (const QuestionResult &result : results) {
        reports::ReportGroup group;
        group.heading = result.question.text;
        group.notes.append(
            text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Answered: %1 of %2 (%3)"))
                .arg(result.answered)
                .arg(responses)
                .arg(language.text("kartoitus::survey::QuestionTypes",
                                   QuestionTypes::labelSource(result.type))));
        if (result.type != QuestionType::Number) {
            for (const OptionCount &count : result.counts)
                group.entries.append(
                    {{count.option, QString::number(count.count), percentText(count.percent)}});
        }
        if (result.stats && result.stats->count > 0) {
            const NumberStats &s = *result.stats;
            const auto row = [&](const char *label, double value) {
                group.entries.append({{text(label), numberText(value), QString()}});
            };
            if (result.type == QuestionType::Number) {
                row(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Mean"), s.mean);
                row(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Median"), s.median);
                row(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Smallest"), s.min);
                row(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "Largest"), s.max);
            } else {
                group.notes.append(text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary",
                                                          "Mean %1, median %2"))
                                       .arg(language.number(numberText(s.mean)),
                                            language.number(numberText(s.median))));
            }
        }
        report.groups.append(group);
    }
    report.footer.append(text(QT_TRANSLATE_NOOP(
        "kartoitus::survey::SurveySummary",
        "Percentages are of the responses that answered the question; in a multiple choice "
        "they add up to more than 100.")));
    report.produced = QDate::currentDate();
    report.emptyMessage =
        text(QT_TRANSLATE_NOOP("kartoitus::survey::SurveySummary", "The survey has no questions."));
    return report;
}

} // namespace kartoitus::survey
