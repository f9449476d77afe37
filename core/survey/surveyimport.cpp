#include "survey/surveyimport.h"

#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QFileInfo>
#include <QJsonObject>

namespace kartoitus::survey {

bool SurveyImport::read(const QString &path, const spreadsheet::SourceOptions &options,
                        SurveyPlan *plan, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    spreadsheet::OpenError openError;
    std::unique_ptr<spreadsheet::RowSource> source =
        spreadsheet::openRowSource(path, options, &openError);
    if (!source) {
        *error = tr("%1: %2").arg(fileName, openError.message);
        return false;
    }
    *plan = SurveyPlan();
    plan->fileName = fileName;
    if (source->info().format == spreadsheet::Format::Csv) {
        plan->encoding = csv::encodingName(source->info().dialect.encoding);
        plan->delimiter = csv::delimiterName(source->info().dialect.delimiter);
    }
    QStringList cells;
    while (source->readRow(&cells)) {
        const bool blank = std::all_of(cells.cbegin(), cells.cend(),
                                       [](const QString &c) { return c.trimmed().isEmpty(); });
        if (blank)
            continue;
        if (plan->headers.isEmpty()) {
            while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
                cells.removeLast(); // the empty columns Excel leaves after the last one
            plan->headers = cells;
            continue;
        }
        cells.resize(plan->headers.size());
        plan->rows.append(cells);
        plan->lines.append(source->line());
    }
    if (source->hasError()) {
        *error = tr("%1: %2").arg(fileName, source->errorString());
        return false;
    }
    if (plan->headers.isEmpty()) {
        *error = tr("%1: the file is empty; a survey export has a header row of questions.")
                     .arg(fileName);
        return false;
    }
    if (plan->rows.isEmpty()) {
        *error = tr("%1: the file has a header row but no responses.").arg(fileName);
        return false;
    }
    SurveyPlanner::plan(plan);
    return true;
}

Respondent SurveyImport::respondent(const SurveyPlan &plan, int row)
{
    const auto cell = [&](ColumnRole role) {
        const int column = plan.columnOf(role);
        return column < 0 ? QString() : plan.rows.at(row).value(column).trimmed();
    };
    return {cell(ColumnRole::OrganisationName), cell(ColumnRole::BusinessId),
            cell(ColumnRole::Email), cell(ColumnRole::Municipality)};
}

Respondent SurveyImport::respondent(const SurveyResponse &response)
{
    Respondent who;
    const std::pair<ColumnRole, QString *> fields[] = {
        {ColumnRole::OrganisationName, &who.organisationName},
        {ColumnRole::BusinessId, &who.businessId},
        {ColumnRole::Email, &who.email},
        {ColumnRole::Municipality, &who.municipality}};
    for (auto it = response.raw.constBegin(); it != response.raw.constEnd(); ++it) {
        const ColumnRole role = SurveyPlanner::roleOf(it.key());
        for (const auto &[fieldRole, text] : fields) {
            if (role == fieldRole && text->isEmpty())
                *text = it.value().toString().trimmed();
        }
    }
    return who;
}

QList<RespondentMatch> SurveyImport::match(const SurveyPlan &plan, const RespondentMatcher &matcher)
{
    QList<RespondentMatch> matches;
    for (int row = 0; row < plan.rows.size(); ++row)
        matches.append(matcher.match(respondent(plan, row)));
    return matches;
}

namespace {

bool writeQuestions(SurveyRepository &surveys, const SurveyPlan &plan, qint64 surveyId,
                    QList<qint64> *ids, QString *error)
{
    int position = 0;
    for (const PlannedQuestion &planned : plan.questions) {
        if (!planned.include) {
            ids->append(0);
            continue;
        }
        SurveyQuestion question;
        question.surveyId = surveyId;
        question.position = ++position;
        question.code = planned.code;
        question.text = planned.text;
        question.type = QuestionTypes::key(planned.type);
        if (QuestionTypes::isChoice(planned.type))
            question.options = planned.options;
        if (!surveys.addQuestion(&question, error))
            return false;
        ids->append(question.id);
    }
    return true;
}

QJsonObject rawRow(const SurveyPlan &plan, int row)
{
    QJsonObject raw;
    for (int column = 0; column < plan.headers.size(); ++column) {
        QString header = plan.headers.at(column);
        while (raw.contains(header)) // two columns of the same header keep both cells
            header += u' ';
        raw.insert(header, plan.rows.at(row).value(column));
    }
    return raw;
}

} // namespace

bool SurveyImport::write(const QSqlDatabase &db, const SurveyPlan &plan, Survey survey,
                         const QList<RespondentMatch> &givenMatches, SurveyImportResult *result,
                         QString *error, const std::function<bool(int)> &progress)
{
    *result = SurveyImportResult();
    SurveyRepository surveys(db);
    if (survey.year && surveys.findSurvey(survey.name, *survey.year)) {
        *error = tr("The register already has the survey \"%1\" of %2; give another name or "
                    "year, or remove that survey first.")
                     .arg(survey.name.simplified())
                     .arg(*survey.year);
        return false;
    }
    QList<RespondentMatch> matches = givenMatches;
    if (matches.size() != plan.rows.size()) {
        RespondentMatcher matcher;
        if (!matcher.load(db, error))
            return false;
        matches = match(plan, matcher);
    }
    repository::Savepoint savepoint(db);
    if (!savepoint.isActive()) {
        *error = tr("The register cannot be written.");
        return false;
    }
    survey.importedAt = currentTimestamp();
    QList<qint64> questionIds;
    if (!surveys.createSurvey(&survey, error) ||
        !writeQuestions(surveys, plan, survey.id, &questionIds, error))
        return false;
    const int respondentColumn = plan.columnOf(ColumnRole::Respondent);
    const int submittedColumn = plan.columnOf(ColumnRole::Submitted);
    for (int row = 0; row < plan.rows.size(); ++row) {
        const RespondentMatch &match = matches.at(row);
        SurveyResponse response;
        response.surveyId = survey.id;
        response.organisationId = match.organisationId;
        response.matchedBy = match.organisationId ? match.matchedBy : QString();
        if (respondentColumn >= 0)
            response.respondent = plan.rows.at(row).value(respondentColumn).trimmed();
        if (submittedColumn >= 0)
            response.submittedAt = plan.rows.at(row).value(submittedColumn).trimmed();
        response.raw = rawRow(plan, row);
        if (!surveys.addResponse(&response, error))
            return false;
        for (int q = 0; q < plan.questions.size(); ++q) {
            const PlannedQuestion &question = plan.questions.at(q);
            if (!question.include)
                continue;
            std::optional<double> number;
            QString problem;
            const QString value = SurveyPlanner::answer(plan, row, question, &number, &problem);
            if (!problem.isEmpty())
                result->warnings.append(tr("Line %1, \"%2\": %3 The cell is kept in the raw row.")
                                            .arg(plan.lines.value(row))
                                            .arg(question.text, problem));
            if (value.isEmpty())
                continue;
            if (!surveys.setAnswer({response.id, questionIds.at(q), value, number}, error))
                return false;
        }
        ++result->responses;
        ++(match.organisationId ? result->matched : result->unmatched);
        if (progress && !progress(row + 1)) {
            *error = tr("The import was cancelled; nothing was written.");
            return false;
        }
    }
    if (!savepoint.release(error))
        return false;
    result->surveyId = survey.id;
    result->questions = int(std::count_if(plan.questions.cbegin(), plan.questions.cend(),
                                          [](const PlannedQuestion &q) { return q.include; }));
    return true;
}

} // namespace kartoitus::survey
