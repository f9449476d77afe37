#pragma once

#include "repositories/surveyrepository.h"
#include "spreadsheet/rowsource.h"
#include "survey/respondentmatcher.h"
#include "survey/surveyplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kartoitus::survey {

// What SurveyImporter wrote.
struct SurveyImportResult
{
    qint64 surveyId = 0;
    int responses = 0;
    int matched = 0;
    int unmatched = 0;
    int questions = 0;
    QStringList warnings; // cells that did not fit their question's type, with line and header
};

class SurveyImport
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::survey::SurveyImport)

public:
    // Reads a survey export (CSV in any encoding, XLSX, ODS) through spreadsheet::RowSource:
    // the first non-blank row is the header, every further non-blank row a response; then
    // plans it (SurveyPlanner::plan). False and *error (naming the file, and the line when
    // known) when the file cannot be read or holds no response.
    static bool read(const QString &path, const spreadsheet::SourceOptions &options,
                     SurveyPlan *plan, QString *error);

    // Who each row says it comes from, by the plan's respondent columns.
    static Respondent respondent(const SurveyPlan &plan, int row);
    // Who a stored response says it comes from, by the headers of its raw row: for matching
    // it later.
    static Respondent respondent(const SurveyResponse &response);
    // Matches every row; the wizard shows these for review and passes them (changed) back.
    static QList<RespondentMatch> match(const SurveyPlan &plan, const RespondentMatcher &matcher);

    // Writes the survey (name, year, source), its included questions, one response per row
    // with its raw row and its organisation (matches[row], when given; otherwise matched
    // here), and the answers — in one transaction (a savepoint inside the caller's). A
    // survey of the same name and year is refused. `progress` (rows done) may stop it by
    // returning false; then nothing is written.
    static bool write(const QSqlDatabase &db, const SurveyPlan &plan, Survey survey,
                      const QList<RespondentMatch> &matches, SurveyImportResult *result,
                      QString *error, const std::function<bool(int)> &progress = {});
};

} // namespace kartoitus::survey
