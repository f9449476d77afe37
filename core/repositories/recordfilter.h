#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace kartoitus {

// Which records a list, an export or a report shows: the search box's text and the facets.
// The one filter of every kind of record: the organisation list, the activity and person
// lists, the repositories' list() and count(), the export's cursor and the health-station
// list all take it. Every part narrows (AND); within a part, any value matches (OR). Empty
// parts (and std::nullopt: "any") do not filter. A part a kind of record has no use for is
// left out by that kind's conditions (an organisation has no HYTE flag).
struct RecordFilter
{
    enum class PersonKind
    {
        Any,
        Contact, // a contact person (of an organisation, or of none)
        Liaison, // a municipality's liaison person
    };

    QString search; // what the user typed; each list says where the words are looked for
    // Codes ("179"). Organisations: home municipality or a municipality served; activities:
    // where the activity runs; persons: a liaison's municipality or the organisation's.
    QStringList municipalities;
    QList<int> sectors;      // sectors.id (of the organisation)
    QStringList statuses;    // "active", "dormant", "dissolved" (of the organisation)
    QList<int> themes;       // themes.id: an organisation's activities' or an activity's own
    QList<int> targetGroups; // target_groups.id: named by the organisation or an activity
    std::optional<qint64> organisationId; // activities and persons of that organisation

    // Activities.
    std::optional<bool> hyte;
    std::optional<bool> free; // cost "free"; no: any other cost or none given
    std::optional<bool> openForReferral;
    bool accessibleOnly = false; // accessibility described, and not as "not accessible"
    QStringList languages; // codes as the register writes them ("fi", "sv", "en"); any of them

    // Persons.
    std::optional<bool> publishConsent;
    PersonKind personKind = PersonKind::Any;

    // A check box's "only ..." as a yes/no part: yes when ticked, any otherwise.
    static std::optional<bool> onlyIf(bool ticked)
    {
        return ticked ? std::optional<bool>(true) : std::nullopt;
    }

    bool isEmpty() const;
    // Only words to search for: the search index alone answers how many organisations match.
    bool isSearchOnly() const;
    bool operator==(const RecordFilter &other) const;
    bool operator!=(const RecordFilter &other) const { return !(*this == other); }

    // The conditions over organisation `o` (search, municipalities, sectors, statuses,
    // themes, target groups), joined by AND ("" for none), with their values appended to
    // *binds in order.
    QString organisationConditions(QVariantList *binds) const;
    // The conditions over activity `a`: every part but the search and the statuses, which
    // each list of activities reads in its own way.
    QString activityConditions(QVariantList *binds) const;
    // The conditions over person `p`: every part but the search, the statuses and the
    // activities' flags.
    QString personConditions(QVariantList *binds) const;
    // The search as an FTS5 MATCH expression (empty when no word is left).
    QString matchExpression() const;
};

} // namespace kartoitus
