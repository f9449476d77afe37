#pragma once

#include "repositories/surveyrepository.h"
#include "survey/surveyplan.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kartoitus::survey {

// One option (or one answer text) and how many chose it. Percentages are of the responses
// that answered the question, so a multiple choice's add up to more than 100.
struct OptionCount
{
    QString option;
    int count = 0;
    double percent = 0;
};

struct NumberStats
{
    int count = 0;
    double mean = 0;
    double median = 0;
    double min = 0;
    double max = 0;
};

// A question's results: how many answered, the count per option (for a choice or a scale:
// every option, chosen or not, in the question's order, then any answer not among them; for
// text and dates each distinct answer), and for numbers and scales the statistics.
struct QuestionResult
{
    SurveyQuestion question;
    QuestionType type = QuestionType::Text;
    int answered = 0;
    QList<OptionCount> counts;
    std::optional<NumberStats> stats;
};

// A question's results for each group of answering organisations (their sectors or their
// home municipality); an organisation in two sectors counts in both. Responses not matched to
// an organisation, or whose organisation has no sector or municipality, form the last group.
struct CrossTab
{
    QString by; // "sectors" or "municipality"
    QStringList groups;
    QList<QuestionResult> results; // one per group, in the order of groups
};

// The same question in two surveys side by side: the options of both in one list.
struct Comparison
{
    QuestionResult first;
    QuestionResult second;
    QStringList options;
};

class SurveyResults
{
    Q_DECLARE_TR_FUNCTIONS(kartoitus::survey::SurveyResults)

public:
    // Every question of a survey, in its order.
    static bool survey(const QSqlDatabase &db, qint64 surveyId, QList<QuestionResult> *results,
                       QString *error);
    static QuestionResult compute(const SurveyQuestion &question, const QList<AnswerRow> &answers);
    // by: "sectors" or "municipality".
    static bool crossTab(const QSqlDatabase &db, const SurveyQuestion &question, const QString &by,
                         CrossTab *table, QString *error);
    static bool compare(const QSqlDatabase &db, const SurveyQuestion &first,
                        const SurveyQuestion &second, Comparison *comparison, QString *error);
    // The question of `others` that asks what `question` asks: the same text (compared
    // case-folded, whitespace collapsed), else the same code and type; null when none.
    static std::optional<SurveyQuestion> counterpart(const SurveyQuestion &question,
                                                     const QList<SurveyQuestion> &others);
    // The count of `option` in a result (0 when no one chose it).
    static OptionCount countOf(const QuestionResult &result, const QString &option);
    static QString notMatchedGroup();
};

} // namespace kartoitus::survey
