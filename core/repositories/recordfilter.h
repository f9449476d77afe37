#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kartoitus {

// Which records a list, an export or a report shows: the search box's text and the facets.
// The one filter of organisations, and of the activities and persons an export selects.
// Every part narrows (AND); within a part, any value matches (OR). Empty parts do not
// filter.
struct RecordFilter
{
    QString search;             // what the user typed; every word matches as a prefix
    QStringList municipalities; // codes ("179"); home municipality or a municipality served
    QList<int> sectors;         // sectors.id
    QStringList statuses;       // "active", "dormant", "dissolved"
    QList<int> themes;          // themes.id: organisations running an activity with one
    QList<int> targetGroups;    // target_groups.id: named by the organisation or an activity

    bool isEmpty() const;
    // Only words to search for: the search index alone answers how many match.
    bool isSearchOnly() const;
    bool operator==(const RecordFilter &other) const;
    bool operator!=(const RecordFilter &other) const { return !(*this == other); }

    // The conditions over organisation `o`, joined by AND ("" for none), with their values
    // appended to *binds in order.
    QString organisationConditions(QVariantList *binds) const;
    // The search as an FTS5 MATCH expression (empty when no word is left).
    QString matchExpression() const;
};

} // namespace kartoitus
