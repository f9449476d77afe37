#include "importing/importtypes.h"

namespace kartoitus::importing {

QString matchPolicyKey(MatchPolicy policy)
{
    switch (policy) {
    case MatchPolicy::Update:
        return QStringLiteral("update");
    case MatchPolicy::Fill:
        return QStringLiteral("fill");
    case MatchPolicy::Skip:
        return QStringLiteral("skip");
    case MatchPolicy::Create:
        return QStringLiteral("create");
    }
    return {};
}

bool parseMatchPolicy(const QString &word, MatchPolicy *policy)
{
    for (MatchPolicy p :
         {MatchPolicy::Update, MatchPolicy::Fill, MatchPolicy::Skip, MatchPolicy::Create}) {
        if (matchPolicyKey(p) == word.trimmed().toLower()) {
            *policy = p;
            return true;
        }
    }
    return false;
}

QString rowActionKey(RowAction action)
{
    switch (action) {
    case RowAction::Create:
        return QStringLiteral("create");
    case RowAction::Update:
        return QStringLiteral("update");
    case RowAction::Fill:
        return QStringLiteral("fill");
    case RowAction::Unchanged:
        return QStringLiteral("unchanged");
    case RowAction::Skip:
        return QStringLiteral("skip");
    case RowAction::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

} // namespace kartoitus::importing
