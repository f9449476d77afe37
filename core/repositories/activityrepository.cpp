#include "repositories/activityrepository.h"

#include "common/finnishtext.h"
#include "repositories/recordcolumns.h"
#include "repositories/repositoryutil.h"
#include "storage/register.h"

#include <QSqlQuery>

#include <iterator>

namespace kartoitus {

using namespace repository;

namespace {

// The activity's own row: each column once, by catalogue key (a column that is no field of
// the catalogue by its own name), in the table's order.
constexpr RecordColumn<Activity> activityTable[] = {
    {"uuid", "uuid", &Activity::uuid},
    {"organisation", "organisation_id", &Activity::organisationId},
    {"name", "name", &Activity::name},
    {"name_sort", "name_sort", &Activity::nameSort},
    {"description", "description", &Activity::description},
    {"hyte", "hyte", &Activity::hyte},
    {"place", "place_type", &Activity::placeType},
    {"address", "address", &Activity::address},
    {"schedule", "schedule", &Activity::schedule},
    {"cost", "cost", &Activity::cost},
    {"cost_text", "cost_text", &Activity::costText},
    {"accessibility", "accessibility", &Activity::accessibility},
    {"languages", "languages", &Activity::languages},
    {"how_to_join", "how_to_join", &Activity::howToJoin},
    {"open_for_referral", "open_for_referral", &Activity::openForReferral},
    {"contact_person", "contact_person_id", &Activity::contactPersonId},
    {"created_at", "created_at", &Activity::createdAt},
    {"updated_at", "updated_at", &Activity::updatedAt},
    {"verified_at", "verified_at", &Activity::verifiedAt},
};
constexpr RecordColumns activityColumns(activityTable);

} // namespace

bool ActivityRepository::validate(Activity *a, QString *error) const
{
    if (!requireName(&a->name, tr("Name: an activity needs a name."), error))
        return false;
    a->nameSort = FinnishText::sortKey(a->name);
    if (!rowExists(m_db, QStringLiteral("organisations"), QStringLiteral("id"), a->organisationId))
        return fail(error,
                    tr("Organisation: no organisation has the id %1.").arg(a->organisationId));
    static const QStringList places = {QStringLiteral("place"), QStringLiteral("online"),
                                       QStringLiteral("hybrid")};
    if (!a->placeType.isEmpty() && !places.contains(a->placeType))
        return fail(error, tr("Place \"%1\": use place, online or hybrid.").arg(a->placeType));
    if (!a->cost.isEmpty() && a->cost != QLatin1String("free") && a->cost != QLatin1String("paid"))
        return fail(error, tr("Cost \"%1\": use free or paid.").arg(a->cost));
    for (const QString &code : std::as_const(a->municipalityCodes)) {
        if (!rowExists(m_db, QStringLiteral("municipalities"), QStringLiteral("code"), code))
            return fail(error,
                        tr("Municipalities: no municipality has the code \"%1\".").arg(code));
    }
    for (int theme : std::as_const(a->themeIds)) {
        if (!rowExists(m_db, QStringLiteral("themes"), QStringLiteral("id"), theme))
            return fail(error, tr("Themes: no theme has the id %1.").arg(theme));
    }
    for (int group : std::as_const(a->targetGroupIds)) {
        if (!rowExists(m_db, QStringLiteral("target_groups"), QStringLiteral("id"), group))
            return fail(error, tr("Target groups: no target group has the id %1.").arg(group));
    }
    return true;
}

bool ActivityRepository::writeLinks(const Activity &a, QString *error)
{
    QVariantList themes;
    for (int id : a.themeIds)
        themes.append(id);
    QVariantList groups;
    for (int id : a.targetGroupIds)
        groups.append(id);
    QVariantList codes;
    for (const QString &code : a.municipalityCodes)
        codes.append(code);
    const QString owner = QStringLiteral("activity_id");
    return replaceLinks(m_db, QStringLiteral("activity_themes"), owner, a.id,
                        QStringLiteral("theme_id"), themes, error) &&
           replaceLinks(m_db, QStringLiteral("activity_target_groups"), owner, a.id,
                        QStringLiteral("target_group_id"), groups, error) &&
           replaceLinks(m_db, QStringLiteral("activity_municipalities"), owner, a.id,
                        QStringLiteral("municipality_code"), codes, error);
}

bool ActivityRepository::readLinks(Activity *a, QString *error) const
{
    QString message;
    const QString owner = QStringLiteral("activity_id");
    for (const QVariant &id : links(m_db, QStringLiteral("activity_themes"), owner, a->id,
                                    QStringLiteral("theme_id"), &message))
        a->themeIds.append(id.toInt());
    for (const QVariant &id : links(m_db, QStringLiteral("activity_target_groups"), owner, a->id,
                                    QStringLiteral("target_group_id"), &message))
        a->targetGroupIds.append(id.toInt());
    for (const QVariant &code : links(m_db, QStringLiteral("activity_municipalities"), owner, a->id,
                                      QStringLiteral("municipality_code"), &message))
        a->municipalityCodes.append(code.toString());
    return message.isEmpty() || fail(error, message);
}

const RecordColumns<Activity> &ActivityRepository::recordColumns()
{
    return activityColumns;
}

} // namespace kartoitus
