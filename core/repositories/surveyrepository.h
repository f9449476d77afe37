#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus {

struct Survey
{
    qint64 id = 0;
    QString uuid;
    QString name;
    std::optional<int> year;
    QString source; // "Webropol"
    QString notes;
    QString importedAt;
    QString createdAt;
    QString updatedAt;
};

struct SurveyQuestion
{
    qint64 id = 0;
    qint64 surveyId = 0;
    int position = 0;
    QString code; // "q1"
    QString text;
    QString type; // single_choice, multiple_choice, number, scale, text, date
    QStringList options;
};

struct SurveyResponse
{
    qint64 id = 0;
    QString uuid;
    qint64 surveyId = 0;
    std::optional<qint64> organisationId;
    QString matchedBy; // uuid, business_id, register_number, name, manual
    QString respondent;
    QString submittedAt;
    QJsonObject raw; // the row as it came: header -> cell
    QString createdAt;
    QString updatedAt;
};

struct SurveyAnswer
{
    qint64 responseId = 0;
    qint64 questionId = 0;
    QString value; // several choices joined by "\n"
    std::optional<double> number;
};

// What respondent matching compares an organisation by: its name, business ID, home
// municipality, and the email addresses of the organisation and of its contact persons.
struct MatchableOrganisation
{
    qint64 id = 0;
    QString name;
    QString businessId;
    QString municipality; // code
    QStringList emails;
};

// One answer of one response to a question, with the organisation that gave it (results).
struct AnswerRow
{
    qint64 responseId = 0;
    std::optional<qint64> organisationId;
    QString value;
    std::optional<double> number;
};

// Surveys with their questions, responses (raw rows kept) and answers. Writes return
// false with *error, never throw.
class SurveyRepository
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::SurveyRepository)

public:
    explicit SurveyRepository(const QSqlDatabase &db);

    bool createSurvey(Survey *survey, QString *error);
    bool removeSurvey(qint64 id, QString *error); // with its questions, responses, answers
    std::optional<Survey> survey(qint64 id, QString *error = nullptr) const;
    std::optional<Survey> findSurvey(const QString &name, int year, QString *error = nullptr) const;
    QList<Survey> surveys(QString *error = nullptr) const; // newest year first

    bool addQuestion(SurveyQuestion *question, QString *error);
    QList<SurveyQuestion> questions(qint64 surveyId, QString *error = nullptr) const;

    bool addResponse(SurveyResponse *response, QString *error);
    // Links a response to an organisation (or unlinks it with std::nullopt).
    bool linkResponse(qint64 responseId, std::optional<qint64> organisationId,
                      const QString &matchedBy, QString *error);
    QList<SurveyResponse> responses(qint64 surveyId, QString *error = nullptr) const;
    // The responses linked to one organisation, of every survey: the newest survey first.
    QList<SurveyResponse> responsesOf(qint64 organisationId, QString *error = nullptr) const;

    // Responses not linked to an organisation yet, to be matched later.
    QList<SurveyResponse> unmatchedResponses(qint64 surveyId, QString *error = nullptr) const;
    int responseCount(qint64 surveyId, QString *error = nullptr) const;

    bool setAnswer(const SurveyAnswer &answer, QString *error);
    // Every answer to one question, in response order, newest submission last.
    QList<AnswerRow> answersTo(qint64 questionId, QString *error = nullptr) const;
    // Each answering organisation's groups for a cross-tabulation: "sectors" gives the
    // organisation's sector names, "municipality" its home municipality's name.
    QHash<qint64, QStringList> organisationGroups(qint64 surveyId, const QString &by,
                                                  QString *error = nullptr) const;

    QList<MatchableOrganisation> matchableOrganisations(QString *error = nullptr) const;
    QList<SurveyAnswer> answers(qint64 responseId, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace kartoitus
