#include "importing/importlabels.h"

namespace kartoitus {

using importing::MatchPolicy;
using importing::RowAction;

namespace {

template<typename Value>
QString wordsFor(const ImportLabels::Choices<Value> &choices, const Value &value)
{
    for (const auto &[choice, words] : choices) {
        if (choice == value)
            return words;
    }
    return {};
}

} // namespace

ImportLabels::Choices<csv::Encoding> ImportLabels::encodings()
{
    using csv::Encoding;
    return {{Encoding::Auto, tr("Detect")},
            {Encoding::Utf8, tr("UTF-8")},
            {Encoding::Utf8Bom, tr("UTF-8 with BOM")},
            {Encoding::Windows1252, tr("Windows-1252")},
            {Encoding::Utf16LE, tr("UTF-16 LE")},
            {Encoding::Utf16BE, tr("UTF-16 BE")}};
}

// Those the reader considers (csv::candidateDelimiters), in the order it prefers them.
ImportLabels::Choices<QChar> ImportLabels::delimiters()
{
    return {{QChar(), tr("Detect")},
            {QChar(u';'), tr("Semicolon ( ; )")},
            {QChar(u','), tr("Comma ( , )")},
            {QChar(u'\t'), tr("Tab")},
            {QChar(u'|'), tr("Vertical bar ( | )")}};
}

ImportLabels::Choices<MatchPolicy> ImportLabels::policies()
{
    return {{MatchPolicy::Update, tr("Update them with the file's values")},
            {MatchPolicy::Fill, tr("Fill in only their blank fields")},
            {MatchPolicy::Skip, tr("Leave them as they are")},
            {MatchPolicy::Create, tr("Do not match: add every row as a new record")}};
}

ImportLabels::Choices<fields::Entity> ImportLabels::entities()
{
    return {{fields::Entity::Organisations, tr("Organisations")},
            {fields::Entity::Activities, tr("Activities")},
            {fields::Entity::Persons, tr("Contact persons")}};
}

QString ImportLabels::encoding(csv::Encoding encoding)
{
    return wordsFor(encodings(), encoding);
}

QString ImportLabels::delimiter(QChar delimiter)
{
    const QString words = wordsFor(delimiters(), delimiter);
    return words.isEmpty() ? QString(delimiter) : words;
}

QString ImportLabels::policyHelp(MatchPolicy policy)
{
    switch (policy) {
    case MatchPolicy::Update:
        return tr("The file wins: mapped fields take the file's values, and blank cells "
                  "clear them.");
    case MatchPolicy::Fill:
        return tr("What the register already holds stays; the file only fills what is "
                  "missing.");
    case MatchPolicy::Skip:
        return tr("Only rows that match nothing in the register are added.");
    case MatchPolicy::Create:
        return tr("Use this only for a file you know holds no records of the register: "
                  "matching rows become duplicates.");
    }
    return {};
}

QString ImportLabels::action(RowAction action)
{
    const Choices<RowAction> actions = {
        {RowAction::Create, tr("New")},       {RowAction::Update, tr("Update")},
        {RowAction::Fill, tr("Fill blanks")}, {RowAction::Unchanged, tr("Unchanged")},
        {RowAction::Skip, tr("Skip")},        {RowAction::Reject, tr("Rejected")}};
    return wordsFor(actions, action);
}

} // namespace kartoitus
