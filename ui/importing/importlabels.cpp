#include "importing/importlabels.h"

namespace kartoitus {

using importing::MatchPolicy;
using importing::RowAction;

QString ImportLabels::encoding(csv::Encoding encoding)
{
    switch (encoding) {
    case csv::Encoding::Auto:
        return tr("Detect");
    case csv::Encoding::Utf8:
        return tr("UTF-8");
    case csv::Encoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case csv::Encoding::Utf16LE:
        return tr("UTF-16 LE");
    case csv::Encoding::Utf16BE:
        return tr("UTF-16 BE");
    case csv::Encoding::Windows1252:
        return tr("Windows-1252");
    }
    return {};
}

QString ImportLabels::delimiter(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u';':
        return tr("Semicolon ( ; )");
    case u',':
        return tr("Comma ( , )");
    case u'\t':
        return tr("Tab");
    case u'|':
        return tr("Vertical bar ( | )");
    case 0:
        return tr("Detect");
    }
    return QString(delimiter);
}

QString ImportLabels::policy(MatchPolicy policy)
{
    switch (policy) {
    case MatchPolicy::Update:
        return tr("Update them with the file's values");
    case MatchPolicy::Fill:
        return tr("Fill in only their blank fields");
    case MatchPolicy::Skip:
        return tr("Leave them as they are");
    case MatchPolicy::Create:
        return tr("Do not match: add every row as a new record");
    }
    return {};
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
    switch (action) {
    case RowAction::Create:
        return tr("New");
    case RowAction::Update:
        return tr("Update");
    case RowAction::Fill:
        return tr("Fill blanks");
    case RowAction::Unchanged:
        return tr("Unchanged");
    case RowAction::Skip:
        return tr("Skip");
    case RowAction::Reject:
        return tr("Rejected");
    }
    return {};
}

QString ImportLabels::entity(fields::Entity entity)
{
    switch (entity) {
    case fields::Entity::Organisations:
        return tr("Organisations");
    case fields::Entity::Activities:
        return tr("Activities");
    case fields::Entity::Persons:
        return tr("Contact persons");
    }
    return {};
}

} // namespace kartoitus
