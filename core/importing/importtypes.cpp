#include "importing/importtypes.h"

#include "common/keytable.h"

namespace kartoitus::importing {

namespace {

constexpr KeyName<MatchPolicy> matchPolicies[] = {{MatchPolicy::Update, "update"},
                                                  {MatchPolicy::Fill, "fill"},
                                                  {MatchPolicy::Skip, "skip"},
                                                  {MatchPolicy::Create, "create"}};

constexpr KeyName<RowAction> rowActions[] = {
    {RowAction::Create, "create"}, {RowAction::Update, "update"},
    {RowAction::Fill, "fill"},     {RowAction::Unchanged, "unchanged"},
    {RowAction::Skip, "skip"},     {RowAction::Reject, "reject"}};

} // namespace

QString matchPolicyKey(MatchPolicy policy)
{
    return keyOf(matchPolicies, policy);
}

bool parseMatchPolicy(const QString &word, MatchPolicy *policy)
{
    const std::optional<MatchPolicy> p = valueOf(matchPolicies, word.trimmed().toLower());
    if (p)
        *policy = *p;
    return p.has_value();
}

QString rowActionKey(RowAction action)
{
    return keyOf(rowActions, action);
}

} // namespace kartoitus::importing
