#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoitus::survey {

// What a question asks for; stored in survey_questions.type by key().
enum class QuestionType
{
    SingleChoice,
    MultipleChoice,
    Number,
    Scale,
    Text,
    Date
};

class QuestionTypes
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::survey::QuestionTypes)

public:
    static QList<QuestionType> all();
    // "single_choice", "multiple_choice", "number", "scale", "text", "date".
    static QString key(QuestionType type);
    static std::optional<QuestionType> fromKey(const QString &key);
    // In the user's language: "Single choice".
    static QString label(QuestionType type);
    // The English text label() translates, for a report in a language of its own.
    static const char *labelSource(QuestionType type);
    static bool isChoice(QuestionType type)
    {
        return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice ||
               type == QuestionType::Scale;
    }
};

// What a column of a survey export holds besides answers: who answered.
enum class ColumnRole
{
    Answer,           // a question, or one option of a one-column-per-option question
    OrganisationName, // "Järjestön nimi"
    BusinessId,       // "Y-tunnus"
    Email,            // "Sähköposti"
    Municipality,     // "Kunta"
    Respondent,       // "Vastaajan nimi"
    Submitted,        // "Lähetetty", "Aikaleima", "Completion time"
    Ignored           // "Vastaustunnus", "ID": the tool's own numbering
};

// One question as it will be imported. `columns` are the file's columns it reads: one, or
// one per option when the export gave each option a column of its own (`Q5: Vertaistuki`).
struct PlannedQuestion
{
    QString code; // "q5": from the header ("Q5: …", "5. …") or its position
    QString text;
    QuestionType type = QuestionType::Text;
    QStringList options; // choices, in the order the file shows them (a scale: 1 … 5)
    QList<int> columns;
    bool optionColumns = false; // one column per option
    bool include = true;        // the user may leave a question out
};

// Everything an import needs, adjustable before it is written: the rows as read, which
// columns identify the respondent, and the questions with their types. The planner fills it;
// the wizard (or a script) may change types, roles and inclusion, then SurveyImporter writes.
struct SurveyPlan
{
    QString fileName;
    QStringList headers;
    QList<QStringList> rows; // data rows, each as long as headers
    QList<qint64> lines;     // the file's line (or sheet row) of each row
    QString encoding;        // csv::encodingName(); empty for a workbook
    QString delimiter;       // csv::delimiterName(); empty for a workbook
    QList<ColumnRole> roles; // per header
    QList<PlannedQuestion> questions;

    int columnOf(ColumnRole role) const { return int(roles.indexOf(role)); }
    // The cells of a row that one question reads, trimmed.
    QStringList cells(int row, const PlannedQuestion &question) const;
};

class SurveyPlanner
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::survey::SurveyPlanner)

public:
    // Roles from the headers, questions from the rest (one-column-per-option groups joined),
    // each question's type inferred from its cells.
    static void plan(SurveyPlan *plan);
    // What a header names: "Y-tunnus" a business ID, "Kysymys 5" an answer.
    static ColumnRole roleOf(const QString &header);
    // Changes a question's type and recomputes its options from the cells.
    static void setType(SurveyPlan *plan, int question, QuestionType type);
    // The choices a cell holds for a multiple-choice question in one cell: split on `;`
    // when the question's cells use it (Microsoft Forms), on `, ` otherwise (Google Forms,
    // Webropol).
    static QStringList splitChoices(const QString &cell, bool semicolons);
    // Whether one cell of a one-column-per-option question marks the option chosen: a
    // non-empty cell other than a "no" word (`0`, `ei`, `no`): `1`, `X`, `Kyllä` or the
    // option's own text.
    static bool isChosen(const QString &cell);
    // A question's answer in one row as the register stores it: choices joined by "\n",
    // a number as written, a date as ISO 8601. Empty when unanswered; *error when a cell
    // does not fit the type (a word in a number question).
    static QString answer(const SurveyPlan &plan, int row, const PlannedQuestion &question,
                          std::optional<double> *number, QString *error);

private:
    static QuestionType inferType(const SurveyPlan &plan, const PlannedQuestion &question,
                                  QStringList *options);
};

} // namespace kartoitus::survey
