#include "survey/surveyresults.h"

#include "common/finnishtext.h"

#include <QHash>

#include <algorithm>

namespace kartoitus::survey {

namespace {

NumberStats statsOf(QList<double> values)
{
    NumberStats stats;
    stats.count = int(values.size());
    if (values.isEmpty())
        return stats;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double value : std::as_const(values))
        sum += value;
    stats.mean = sum / values.size();
    const qsizetype middle = values.size() / 2;
    stats.median =
        values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
    stats.min = values.first();
    stats.max = values.last();
    return stats;
}

} // namespace

QString SurveyResults::notMatchedGroup()
{
    return tr("(not matched to an organisation)");
}

QuestionResult SurveyResults::compute(const SurveyQuestion &question,
                                      const QList<AnswerRow> &answers)
{
    QuestionResult result;
    result.question = question;
    result.type = QuestionTypes::fromKey(question.type).value_or(QuestionType::Text);
    QList<double> numbers;
    QHash<QString, int> counts;
    QStringList order = QuestionTypes::isChoice(result.type) ? question.options : QStringList();
    QHash<QString, QString> spelling; // case-folded -> the spelling shown
    for (const QString &option : std::as_const(order))
        spelling.insert(option.toCaseFolded(), option);
    for (const AnswerRow &answer : answers) {
        if (answer.value.isEmpty() && !answer.number)
            continue;
        ++result.answered;
        if (answer.number)
            numbers.append(*answer.number);
        if (result.type == QuestionType::Number)
            continue;
        const QStringList values = result.type == QuestionType::MultipleChoice
                                       ? answer.value.split(u'\n', Qt::SkipEmptyParts)
                                       : QStringList{answer.value};
        for (const QString &value : values) {
            const QString folded = value.toCaseFolded();
            if (!spelling.contains(folded)) {
                spelling.insert(folded, value);
                order.append(value);
            }
            ++counts[folded];
        }
    }
    if (result.type == QuestionType::Text || result.type == QuestionType::Date) {
        // Most frequent first; dates in calendar order.
        std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
            if (result.type == QuestionType::Date)
                return a < b;
            return counts.value(a.toCaseFolded()) > counts.value(b.toCaseFolded());
        });
    }
    for (const QString &option : std::as_const(order)) {
        const int count = counts.value(option.toCaseFolded());
        result.counts.append(
            {option, count, result.answered == 0 ? 0.0 : 100.0 * count / result.answered});
    }
    if (result.type == QuestionType::Number || result.type == QuestionType::Scale)
        result.stats = statsOf(numbers);
    return result;
}

bool SurveyResults::survey(const QSqlDatabase &db, qint64 surveyId, QList<QuestionResult> *results,
                           QString *error)
{
    results->clear();
    SurveyRepository surveys(db);
    QString readError;
    const QList<SurveyQuestion> questions = surveys.questions(surveyId, &readError);
    for (const SurveyQuestion &question : questions) {
        const QList<AnswerRow> answers = surveys.answersTo(question.id, &readError);
        if (!readError.isEmpty())
            break;
        results->append(compute(question, answers));
    }
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return true;
}

bool SurveyResults::crossTab(const QSqlDatabase &db, const SurveyQuestion &question,
                             const QString &by, CrossTab *table, QString *error)
{
    SurveyRepository surveys(db);
    QString readError;
    const QList<AnswerRow> answers = surveys.answersTo(question.id, &readError);
    const QHash<qint64, QStringList> groupsOf =
        surveys.organisationGroups(question.surveyId, by, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    QHash<QString, QList<AnswerRow>> byGroup;
    for (const AnswerRow &answer : answers) {
        QStringList groups =
            answer.organisationId ? groupsOf.value(*answer.organisationId) : QStringList();
        if (groups.isEmpty())
            groups = {notMatchedGroup()};
        for (const QString &group : std::as_const(groups))
            byGroup[group].append(answer);
    }
    *table = CrossTab();
    table->by = by;
    table->groups = byGroup.keys();
    std::sort(table->groups.begin(), table->groups.end(), [](const QString &a, const QString &b) {
        if ((a == notMatchedGroup()) != (b == notMatchedGroup()))
            return b == notMatchedGroup();
        return FinnishText::sortKey(a) < FinnishText::sortKey(b);
    });
    for (const QString &group : std::as_const(table->groups))
        table->results.append(compute(question, byGroup.value(group)));
    return true;
}

bool SurveyResults::compare(const QSqlDatabase &db, const SurveyQuestion &first,
                            const SurveyQuestion &second, Comparison *comparison, QString *error)
{
    SurveyRepository surveys(db);
    QString readError;
    const QList<AnswerRow> a = surveys.answersTo(first.id, &readError);
    const QList<AnswerRow> b = surveys.answersTo(second.id, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    *comparison = Comparison{compute(first, a), compute(second, b), {}};
    QStringList folded;
    for (const QuestionResult *result : {&comparison->first, &comparison->second}) {
        for (const OptionCount &count : result->counts) {
            if (!folded.contains(count.option.toCaseFolded())) {
                folded.append(count.option.toCaseFolded());
                comparison->options.append(count.option);
            }
        }
    }
    return true;
}

std::optional<SurveyQuestion> SurveyResults::counterpart(const SurveyQuestion &question,
                                                         const QList<SurveyQuestion> &others)
{
    const QString text = FinnishText::normalisedName(question.text);
    for (const SurveyQuestion &other : others) {
        if (FinnishText::normalisedName(other.text) == text)
            return other;
    }
    for (const SurveyQuestion &other : others) {
        if (other.code.compare(question.code, Qt::CaseInsensitive) == 0 &&
            other.type == question.type)
            return other;
    }
    return std::nullopt;
}

OptionCount SurveyResults::countOf(const QuestionResult &result, const QString &option)
{
    for (const OptionCount &count : result.counts) {
        if (count.option.compare(option, Qt::CaseInsensitive) == 0)
            return count;
    }
    return {option, 0, 0};
}

} // namespace kartoitus::survey
