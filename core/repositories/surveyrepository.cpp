#include "repositories/surveyrepository.h"

#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kartoitus {

using namespace repository;

namespace {

const QString surveyColumns =
    QStringLiteral("id, uuid, name, year, source, notes, imported_at, created_at, updated_at");

Survey surveyFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),   q.value(1).toString(), q.value(2).toString(),
            toOptionalInt(q.value(3)), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(),     q.value(7).toString(), q.value(8).toString()};
}

QString compactJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

const QStringList questionTypes = {
    QStringLiteral("single_choice"), QStringLiteral("multiple_choice"),
    QStringLiteral("number"),        QStringLiteral("scale"),
    QStringLiteral("text"),          QStringLiteral("date")};

} // namespace

SurveyRepository::SurveyRepository(const QSqlDatabase &db)
    : m_db(db)
{}

bool SurveyRepository::createSurvey(Survey *s, QString *error)
{
    if (!requireName(&s->name, tr("Name: a survey needs a name."), error))
        return false;
    stampNew(s);
    return insertRecord(
        m_db,
        QStringLiteral("INSERT INTO surveys (uuid, name, year, source, notes, imported_at,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {s->uuid, s->name, optionalValue(s->year), textOrNull(s->source), textOrNull(s->notes),
         textOrNull(s->importedAt), s->createdAt, s->updatedAt},
        &s->id, error);
}

bool SurveyRepository::removeSurvey(qint64 id, QString *error)
{
    return removeRow(m_db, QStringLiteral("surveys"), id, tr("No survey has the id %1.").arg(id),
                     error);
}

std::optional<Survey> SurveyRepository::survey(qint64 id, QString *error) const
{
    return oneRecord<Survey>(
        m_db, QStringLiteral("SELECT %1 FROM surveys WHERE id = ?").arg(surveyColumns), {id},
        tr("No such survey."), &surveyFromQuery, error);
}

std::optional<Survey> SurveyRepository::findSurvey(const QString &name, int year,
                                                   QString *error) const
{
    QSqlQuery query(m_db);
    if (!run(
            query,
            QStringLiteral("SELECT %1 FROM surveys WHERE name = ? AND year = ?").arg(surveyColumns),
            {name.simplified(), year}, error) ||
        !query.next())
        return std::nullopt;
    return surveyFromQuery(query);
}

QList<Survey> SurveyRepository::surveys(QString *error) const
{
    return listRecords<Survey>(
        m_db, QStringLiteral("SELECT %1 FROM surveys ORDER BY year DESC, name").arg(surveyColumns),
        {}, &surveyFromQuery, error);
}

bool SurveyRepository::addQuestion(SurveyQuestion *q, QString *error)
{
    if (q->code.trimmed().isEmpty() || q->text.trimmed().isEmpty())
        return fail(error, tr("Question: a question needs a code and a text."));
    if (!questionTypes.contains(q->type))
        return fail(error, tr("Question type \"%1\": use %2.")
                               .arg(q->type, questionTypes.join(QStringLiteral(", "))));
    QSqlQuery query(m_db);
    const QVariant options =
        q->options.isEmpty()
            ? QVariant()
            : QVariant(compactJson(QJsonDocument(QJsonArray::fromStringList(q->options))));
    if (!run(query,
             QStringLiteral("INSERT INTO survey_questions (survey_id, position, code, text, type,"
                            " options) VALUES (?, ?, ?, ?, ?, ?)"),
             {q->surveyId, q->position, q->code.trimmed(), q->text, q->type, options}, error))
        return false;
    q->id = query.lastInsertId().toLongLong();
    return true;
}

QList<SurveyQuestion> SurveyRepository::questions(qint64 surveyId, QString *error) const
{
    QList<SurveyQuestion> result;
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT id, survey_id, position, code, text, type, options FROM"
                            " survey_questions WHERE survey_id = ? ORDER BY position, id"),
             {surveyId}, error))
        return result;
    while (query.next()) {
        QStringList options;
        for (const QJsonValue &option :
             QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
            options.append(option.toString());
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toInt(), query.value(3).toString(), query.value(4).toString(),
                       query.value(5).toString(), options});
    }
    return result;
}

bool SurveyRepository::addResponse(SurveyResponse *r, QString *error)
{
    stampNew(r);
    return insertRecord(
        m_db,
        QStringLiteral("INSERT INTO survey_responses (uuid, survey_id, organisation_id,"
                       " matched_by, respondent, submitted_at, raw, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r->uuid, r->surveyId, optionalValue(r->organisationId), textOrNull(r->matchedBy),
         textOrNull(r->respondent), textOrNull(r->submittedAt), compactJson(QJsonDocument(r->raw)),
         r->createdAt, r->updatedAt},
        &r->id, error);
}

bool SurveyRepository::linkResponse(qint64 responseId, std::optional<qint64> organisationId,
                                    const QString &matchedBy, QString *error)
{
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE survey_responses SET organisation_id = ?, matched_by = ?,"
                              " updated_at = ? WHERE id = ?"),
               {optionalValue(organisationId), organisationId ? textOrNull(matchedBy) : QVariant(),
                currentTimestamp(), responseId},
               error) &&
           (query.numRowsAffected() == 1 ||
            fail(error, tr("No survey response has the id %1.").arg(responseId)));
}

namespace {

const QString responseColumns =
    QStringLiteral("r.id, r.uuid, r.survey_id, r.organisation_id, r.matched_by, r.respondent,"
                   " r.submitted_at, r.raw, r.created_at, r.updated_at");

SurveyResponse responseFromQuery(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toLongLong(),
            toOptionalId(query.value(3)),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toString(),
            QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object(),
            query.value(8).toString(),
            query.value(9).toString()};
}

} // namespace

QList<SurveyResponse> SurveyRepository::responses(qint64 surveyId, QString *error) const
{
    return listRecords<SurveyResponse>(
        m_db,
        QStringLiteral("SELECT %1 FROM survey_responses r WHERE r.survey_id = ? ORDER BY r.id")
            .arg(responseColumns),
        {surveyId}, &responseFromQuery, error);
}

QList<SurveyResponse> SurveyRepository::responsesOf(qint64 organisationId, QString *error) const
{
    return listRecords<SurveyResponse>(
        m_db,
        QStringLiteral("SELECT %1 FROM survey_responses r JOIN surveys s ON s.id = "
                       "r.survey_id WHERE r.organisation_id = ? ORDER BY s.year DESC, "
                       "s.name, r.id")
            .arg(responseColumns),
        {organisationId}, &responseFromQuery, error);
}

bool SurveyRepository::setAnswer(const SurveyAnswer &a, QString *error)
{
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("INSERT OR REPLACE INTO survey_answers (response_id, question_id,"
                              " value, number) VALUES (?, ?, ?, ?)"),
               {a.responseId, a.questionId, textOrNull(a.value), optionalValue(a.number)}, error);
}

QList<SurveyAnswer> SurveyRepository::answers(qint64 responseId, QString *error) const
{
    QList<SurveyAnswer> result;
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT a.response_id, a.question_id, a.value, a.number FROM"
                            " survey_answers a JOIN survey_questions q ON q.id = a.question_id"
                            " WHERE a.response_id = ? ORDER BY q.position, q.id"),
             {responseId}, error))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(),
                       query.value(3).isNull() ? std::nullopt
                                               : std::optional<double>(query.value(3).toDouble())});
    }
    return result;
}

} // namespace kartoitus

namespace kartoitus {

using namespace repository;

QList<SurveyResponse> SurveyRepository::unmatchedResponses(qint64 surveyId, QString *error) const
{
    QList<SurveyResponse> result;
    for (const SurveyResponse &response : responses(surveyId, error)) {
        if (!response.organisationId)
            result.append(response);
    }
    return result;
}

int SurveyRepository::responseCount(qint64 surveyId, QString *error) const
{
    return int(
        countRows(m_db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE survey_id = ?"),
                  {surveyId}, error));
}

QList<AnswerRow> SurveyRepository::answersTo(qint64 questionId, QString *error) const
{
    QList<AnswerRow> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT a.response_id, r.organisation_id, a.value, a.number FROM"
                            " survey_answers a JOIN survey_responses r ON r.id = a.response_id"
                            " WHERE a.question_id = ? ORDER BY r.submitted_at, r.id"),
             {questionId}, error))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), toOptionalId(query.value(1)),
                       query.value(2).toString(),
                       query.value(3).isNull() ? std::nullopt
                                               : std::optional<double>(query.value(3).toDouble())});
    }
    return result;
}

QHash<qint64, QStringList> SurveyRepository::organisationGroups(qint64 surveyId, const QString &by,
                                                                QString *error) const
{
    const QString sql =
        by == QLatin1String("sectors")
            ? QStringLiteral("SELECT DISTINCT os.organisation_id, s.name_fi FROM survey_responses r"
                             " JOIN organisation_sectors os ON os.organisation_id ="
                             " r.organisation_id JOIN sectors s ON s.id = os.sector_id"
                             " WHERE r.survey_id = ? ORDER BY s.sort_order, s.name_fi")
            : QStringLiteral("SELECT DISTINCT o.id, m.name_fi FROM survey_responses r"
                             " JOIN organisations o ON o.id = r.organisation_id"
                             " JOIN municipalities m ON m.code = o.home_municipality"
                             " WHERE r.survey_id = ?");
    QHash<qint64, QStringList> groups;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, sql, {surveyId}, error))
        return groups;
    while (query.next())
        groups[query.value(0).toLongLong()].append(query.value(1).toString());
    return groups;
}

QList<MatchableOrganisation> SurveyRepository::matchableOrganisations(QString *error) const
{
    QList<MatchableOrganisation> result;
    QHash<qint64, qsizetype> index;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT id, name, business_id, home_municipality, email FROM"
                            " organisations ORDER BY id"),
             {}, error))
        return result;
    while (query.next()) {
        MatchableOrganisation o{query.value(0).toLongLong(),
                                query.value(1).toString(),
                                query.value(2).toString(),
                                query.value(3).toString(),
                                {}};
        if (const QString email = query.value(4).toString(); !email.isEmpty())
            o.emails.append(email);
        index.insert(o.id, result.size());
        result.append(o);
    }
    if (!run(query,
             QStringLiteral("SELECT organisation_id, email FROM persons WHERE organisation_id IS"
                            " NOT NULL AND email IS NOT NULL"),
             {}, error))
        return {};
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toLongLong());
        if (found != index.constEnd())
            result[*found].emails.append(query.value(1).toString());
    }
    return result;
}

} // namespace kartoitus
