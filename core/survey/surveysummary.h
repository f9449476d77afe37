#pragma once

#include "reports/report.h"
#include "repositories/surveyrepository.h"
#include "survey/surveyresults.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kartoitus::survey {

// The printable summary of a survey's results: the survey's name, year and number of
// responses at the top, then one block per question — its text, how many answered, and a
// table of options with count, percentage and a bar (numbers: count, mean, median, min, max).
// As CSV/XLSX the same rows become `question,option,count,percent`.
class SurveySummary
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::survey::SurveySummary)

public:
    static bool build(const QSqlDatabase &db, qint64 surveyId, const QString &language,
                      reports::Report *report, QString *error);
    static reports::Report fromResults(const Survey &survey, int responses,
                                       const QList<QuestionResult> &results,
                                       const QString &language);
    // "45.8": the percentage as the table carries it.
    static QString percentText(double percent);
    static QString numberText(double value);
};

} // namespace kartoitus::survey
