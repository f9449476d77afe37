#include "survey/surveyplan.h"

#include "common/finnishtext.h"
#include "common/keytable.h"
#include "common/valueparsing.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kartoitus::survey {

namespace {

// Header words of the columns that say who answered, as Webropol, Microsoft Forms and Google
// Forms write them in Finnish, Swedish and English (compared case-folded).
struct RoleWords
{
    ColumnRole role;
    QStringList headers;
};

const QList<RoleWords> &roleWords()
{
    static const QList<RoleWords> words = {
        {ColumnRole::OrganisationName,
         {QStringLiteral("järjestön nimi"), QStringLiteral("järjestö"),
          QStringLiteral("yhdistyksen nimi"), QStringLiteral("yhdistys"),
          QStringLiteral("organisaatio"), QStringLiteral("organisaation nimi"),
          QStringLiteral("organisation"), QStringLiteral("organisation name"),
          QStringLiteral("organisationens namn"), QStringLiteral("förening"),
          QStringLiteral("föreningens namn"), QStringLiteral("association")}},
        {ColumnRole::BusinessId,
         {QStringLiteral("y-tunnus"), QStringLiteral("ytunnus"), QStringLiteral("business id"),
          QStringLiteral("fo-nummer")}},
        {ColumnRole::Email,
         {QStringLiteral("sähköposti"), QStringLiteral("sähköpostiosoite"), QStringLiteral("email"),
          QStringLiteral("e-mail"), QStringLiteral("e-post"), QStringLiteral("email address"),
          QStringLiteral("sähköpostiosoitteesi")}},
        {ColumnRole::Municipality,
         {QStringLiteral("kunta"), QStringLiteral("kotikunta"), QStringLiteral("municipality"),
          QStringLiteral("kommun"), QStringLiteral("hemkommun")}},
        {ColumnRole::Respondent,
         {QStringLiteral("vastaajan nimi"), QStringLiteral("vastaaja"), QStringLiteral("nimi"),
          QStringLiteral("name"), QStringLiteral("respondent"), QStringLiteral("namn"),
          QStringLiteral("nimesi")}},
        {ColumnRole::Submitted,
         {QStringLiteral("lähetetty"), QStringLiteral("vastausaika"), QStringLiteral("aikaleima"),
          QStringLiteral("timestamp"), QStringLiteral("completion time"),
          QStringLiteral("submitted"), QStringLiteral("valmistumisaika"),
          QStringLiteral("tidsstämpel")}},
        {ColumnRole::Ignored,
         {QStringLiteral("vastaustunnus"), QStringLiteral("id"), QStringLiteral("response id"),
          QStringLiteral("start time"), QStringLiteral("aloitusaika"),
          QStringLiteral("last modified time"), QStringLiteral("viimeksi muokattu")}},
    };
    return words;
}

ColumnRole roleOf(const QString &header)
{
    QString key = FinnishText::normalisedName(header);
    while (key.endsWith(u':') || key.endsWith(u'*'))
        key.chop(1);
    key = key.trimmed();
    for (const RoleWords &words : roleWords()) {
        if (words.headers.contains(key))
            return words.role;
    }
    return ColumnRole::Answer;
}

// "Q5: Vertaistuki", "Q5 - Vertaistuki" and Google Forms' "Q5 [Vertaistuki]": the question
// and the option; an empty question when the header is not of that form.
std::pair<QString, QString> splitOptionHeader(const QString &header)
{
    static const QRegularExpression bracket(QStringLiteral("^(.+?)\\s*\\[([^\\]]+)\\]\\s*$"));
    static const QRegularExpression colon(QStringLiteral("^(.+?)\\s*(?::|\\s[-–]\\s)\\s*(.+)$"));
    for (const QRegularExpression *pattern : {&bracket, &colon}) {
        const QRegularExpressionMatch match = pattern->match(header);
        if (match.hasMatch())
            return {match.captured(1).trimmed(), match.captured(2).trimmed()};
    }
    return {};
}

// "Q5: …", "K5. …", "5) …": the file's own code for a question.
QString codeOf(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-zÅÄÖåäö]{0,2}\\d{1,3}[a-z]?)(?:[.:)]\\s*|\\s+|$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// A scale's range stated in its text: "(1–5)", "asteikolla 1-7", "0 - 10".
std::optional<std::pair<int, int>> statedScale(const QString &text)
{
    static const QRegularExpression range(QStringLiteral("\\b([01])\\s*[-–—]\\s*(4|5|7|10)\\b"));
    const QRegularExpressionMatch match = range.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair<int, int>{match.captured(1).toInt(), match.captured(2).toInt()};
}

// Distinct texts in the order first seen, compared case-insensitively.
void addDistinct(QStringList *list, QSet<QString> *seen, const QString &text)
{
    const QString key = text.toCaseFolded();
    if (!seen->contains(key)) {
        seen->insert(key);
        list->append(text);
    }
}

// Groups neighbouring answer columns whose headers name the same question and an option.
QList<PlannedQuestion> groupColumns(const SurveyPlan &plan)
{
    QList<PlannedQuestion> questions;
    for (int column = 0; column < plan.headers.size(); ++column) {
        if (plan.roles.at(column) != ColumnRole::Answer)
            continue;
        const QString header = plan.headers.at(column).trimmed();
        const auto [stem, option] = splitOptionHeader(header);
        if (!stem.isEmpty() && !questions.isEmpty() && questions.last().optionColumns &&
            questions.last().text == stem && questions.last().columns.last() == column - 1) {
            questions.last().columns.append(column);
            questions.last().options.append(option);
            continue;
        }
        const bool nextShares =
            !stem.isEmpty() && column + 1 < plan.headers.size() &&
            plan.roles.at(column + 1) == ColumnRole::Answer &&
            splitOptionHeader(plan.headers.at(column + 1).trimmed()).first == stem;
        PlannedQuestion question;
        question.columns = {column};
        if (nextShares) {
            question.text = stem;
            question.options = {option};
            question.optionColumns = true;
            question.type = QuestionType::MultipleChoice;
        } else {
            question.text = header;
        }
        questions.append(question);
    }
    QSet<QString> codes;
    for (int i = 0; i < questions.size(); ++i) {
        QString code = codeOf(questions.at(i).text);
        if (code.isEmpty() || codes.contains(code))
            code = QStringLiteral("q%1").arg(i + 1);
        while (codes.contains(code))
            code += u'_';
        codes.insert(code);
        questions[i].code = code;
    }
    return questions;
}

bool usesSemicolons(const SurveyPlan &plan, const PlannedQuestion &question)
{
    for (int row = 0; row < plan.rows.size(); ++row) {
        for (const QString &cell : plan.cells(row, question)) {
            if (cell.contains(u';'))
                return true;
        }
    }
    return false;
}

constexpr KeyName<QuestionType> questionTypeKeys[] = {
    {QuestionType::SingleChoice, "single_choice"},
    {QuestionType::MultipleChoice, "multiple_choice"},
    {QuestionType::Number, "number"},
    {QuestionType::Scale, "scale"},
    {QuestionType::Text, "text"},
    {QuestionType::Date, "date"}};

} // namespace

QList<QuestionType> QuestionTypes::all()
{
    return {QuestionType::SingleChoice, QuestionType::MultipleChoice, QuestionType::Number,
            QuestionType::Scale,        QuestionType::Text,           QuestionType::Date};
}

QString QuestionTypes::key(QuestionType type)
{
    return keyOf(questionTypeKeys, type);
}

std::optional<QuestionType> QuestionTypes::fromKey(const QString &key)
{
    return valueOf(questionTypeKeys, key);
}

const char *QuestionTypes::labelSource(QuestionType type)
{
    switch (type) {
    case QuestionType::SingleChoice:
        return QT_TRANSLATE_NOOP("kartoitus::survey::QuestionTypes", "Single choice");
    case QuestionType::MultipleChoice:
        return QT_TRANSLATE_NOOP("kartoitus::survey::QuestionTypes", "Multiple choice");
    case QuestionType::Number:
        return QT_TRANSLATE_NOOP("kartoitus::survey::QuestionTypes", "Number");
    case QuestionType::Scale:
        return QT_TRANSLATE_NOOP("kartoitus::survey::QuestionTypes", "Scale");
    case QuestionType::Text:
        return QT_TRANSLATE_NOOP("kartoitus::survey::QuestionTypes", "Free text");
    case QuestionType::Date:
        return QT_TRANSLATE_NOOP("kartoitus::survey::QuestionTypes", "Date");
    }
    return "";
}

QString QuestionTypes::label(QuestionType type)
{
    return tr(labelSource(type));
}

QStringList SurveyPlan::cells(int row, const PlannedQuestion &question) const
{
    QStringList result;
    const QStringList &cells = rows.at(row);
    for (int column : question.columns)
        result.append(cells.value(column).trimmed());
    return result;
}

ColumnRole SurveyPlanner::roleOf(const QString &header)
{
    return survey::roleOf(header);
}

void SurveyPlanner::plan(SurveyPlan *plan)
{
    plan->roles.clear();
    QSet<ColumnRole> taken;
    for (const QString &header : std::as_const(plan->headers)) {
        ColumnRole role = roleOf(header);
        // The first column of a role identifies; a second "Nimi" is a question.
        if (role != ColumnRole::Answer && role != ColumnRole::Ignored && taken.contains(role))
            role = ColumnRole::Answer;
        taken.insert(role);
        plan->roles.append(role);
    }
    plan->questions = groupColumns(*plan);
    for (PlannedQuestion &question : plan->questions) {
        if (!question.optionColumns)
            question.type = inferType(*plan, question, &question.options);
    }
}

void SurveyPlanner::setType(SurveyPlan *plan, int index, QuestionType type)
{
    PlannedQuestion &question = plan->questions[index];
    if (question.optionColumns) // its options are its columns, whatever it is called
        return;
    question.type = type;
    QSet<QString> seen;
    QStringList options;
    std::optional<std::pair<int, int>> range = statedScale(question.text);
    int highest = 0;
    for (int row = 0; row < plan->rows.size(); ++row) {
        const QString cell = plan->cells(row, question).value(0);
        if (cell.isEmpty())
            continue;
        if (type == QuestionType::SingleChoice) {
            addDistinct(&options, &seen, cell);
        } else if (type == QuestionType::MultipleChoice) {
            for (const QString &choice : splitChoices(cell, usesSemicolons(*plan, question)))
                addDistinct(&options, &seen, choice);
        } else if (type == QuestionType::Scale) {
            if (const auto value = ValueParsing::parseInteger(cell))
                highest = qMax(highest, int(value.value));
        }
    }
    if (type == QuestionType::Scale) {
        const int from = range ? range->first : 1;
        const int to = range ? range->second : qMax(highest, 5);
        for (int value = from; value <= to; ++value)
            options.append(QString::number(value));
    }
    question.options = options;
}

QStringList SurveyPlanner::splitChoices(const QString &cell, bool semicolons)
{
    QStringList choices;
    const QStringList parts =
        semicolons ? cell.split(u';') : cell.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString choice = part.simplified();
        if (!choice.isEmpty() && !choices.contains(choice))
            choices.append(choice);
    }
    return choices;
}

bool SurveyPlanner::isChosen(const QString &cell)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return false;
    const Parsed<bool> yesNo = ValueParsing::parseYesNo(text);
    return !yesNo || yesNo.value; // "X", "1", "Kyllä" or the option's own text
}

QuestionType SurveyPlanner::inferType(const SurveyPlan &plan, const PlannedQuestion &question,
                                      QStringList *options)
{
    QStringList values;
    bool allNumbers = true, allIntegers = true, allDates = true, anyLong = false;
    int smallest = INT_MAX, largest = INT_MIN;
    for (int row = 0; row < plan.rows.size(); ++row) {
        const QString cell = plan.cells(row, question).value(0);
        if (cell.isEmpty())
            continue;
        values.append(cell);
        anyLong = anyLong || cell.size() > 80;
        const Parsed<double> number = ValueParsing::parseNumber(cell);
        allNumbers = allNumbers && number.ok;
        const Parsed<qint64> integer = ValueParsing::parseInteger(cell);
        allIntegers = allIntegers && integer.ok;
        if (integer.ok) {
            smallest = int(qMin<qint64>(smallest, integer.value));
            largest = int(qMax<qint64>(largest, integer.value));
        }
        allDates = allDates && ValueParsing::parseDate(cell).ok;
    }
    const auto typed = [&](QuestionType type) {
        SurveyPlan single{plan.fileName, plan.headers, plan.rows,  plan.lines,
                          QString(),     QString(),    plan.roles, {question}};
        setType(&single, 0, type);
        *options = single.questions.first().options;
        return type;
    };
    if (values.isEmpty())
        return typed(QuestionType::Text);
    if (allDates)
        return typed(QuestionType::Date);
    if (allNumbers) {
        const auto range = statedScale(question.text);
        const bool scale =
            allIntegers && range && smallest >= range->first && largest <= range->second;
        return typed(scale ? QuestionType::Scale : QuestionType::Number);
    }
    if (anyLong)
        return typed(QuestionType::Text);
    const bool semicolons = usesSemicolons(plan, question);
    QSet<QString> whole, parts;
    bool severalInOne = false;
    for (const QString &value : std::as_const(values)) {
        whole.insert(value.toCaseFolded());
        const QStringList choices = splitChoices(value, semicolons);
        severalInOne = severalInOne || choices.size() > 1;
        for (const QString &choice : choices)
            parts.insert(choice.toCaseFolded());
    }
    // Answers from a list repeat; free text hardly does.
    const auto listLike = [&](qsizetype distinct) {
        return distinct <= 30 && distinct * 2 <= values.size() + 1 && values.size() >= 2;
    };
    if (semicolons && listLike(parts.size()))
        return typed(QuestionType::MultipleChoice); // Microsoft Forms: "A;B;" even for one
    if (severalInOne && parts.size() < whole.size() && listLike(parts.size()))
        return typed(QuestionType::MultipleChoice);
    if (listLike(whole.size()))
        return typed(QuestionType::SingleChoice);
    return typed(QuestionType::Text);
}

QString SurveyPlanner::answer(const SurveyPlan &plan, int row, const PlannedQuestion &question,
                              std::optional<double> *number, QString *error)
{
    *number = std::nullopt;
    const QStringList cells = plan.cells(row, question);
    if (question.optionColumns) {
        QStringList chosen;
        for (int i = 0; i < cells.size(); ++i) {
            if (isChosen(cells.at(i)))
                chosen.append(question.options.value(i));
        }
        return chosen.join(u'\n');
    }
    const QString cell = cells.value(0);
    if (cell.isEmpty())
        return QString();
    switch (question.type) {
    case QuestionType::Number:
    case QuestionType::Scale: {
        const Parsed<double> parsed = ValueParsing::parseNumber(cell);
        if (!parsed) {
            *error = parsed.error;
            return QString();
        }
        *number = parsed.value;
        return QString::number(parsed.value); // "3,0" and "3" are the same point of a scale
    }
    case QuestionType::Date: {
        const Parsed<QString> parsed = ValueParsing::parseIsoDate(cell);
        if (!parsed)
            *error = parsed.error;
        return parsed.value;
    }
    case QuestionType::MultipleChoice:
        return splitChoices(cell, usesSemicolons(plan, question)).join(u'\n');
    case QuestionType::SingleChoice:
    case QuestionType::Text:
        return cell;
    }
    return cell;
}

} // namespace kartoitus::survey
