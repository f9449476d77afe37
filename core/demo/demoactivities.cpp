// The demo's activities: what a health station can refer a client to.
#include "common/finnishtext.h"
#include "demo/demovocabulary.h"
#include "demo/demowriter.h"

#include <QVariant>

namespace kartoitus::demo {

namespace {

QVariant nullable(bool present, const QVariant &value)
{
    return present ? value : QVariant();
}

} // namespace

QString DemoWriter::schedule()
{
    const int roll = m_random.below(100);
    if (roll < 8)
        return QStringLiteral("sopimuksen mukaan");
    const QString day = m_random.pick(weekdays());
    const int start = m_random.between(9, 19);
    const int end = qMin(22, start + m_random.between(1, 3));
    const QString time = QStringLiteral("%1 klo %2–%3").arg(day).arg(start).arg(end);
    if (roll < 20)
        return QStringLiteral("joka toinen ") + time;
    if (roll < 30)
        return time + QStringLiteral(" (kesällä tauko)");
    return time;
}

bool DemoWriter::writeActivities(const DemoOrganisation &org, int orgIndex)
{
    const SectorVocabulary &words = sectorVocabulary(m_sectorNames.at(org.sectorIndex));
    const int available = int(words.activities.size());
    const int count = qMin(available, 2 + (orgIndex % 3 == 0 ? 1 : 0));
    for (int k = 0; k < count; ++k) {
        if (!writeActivity(org, words.activities.at((orgIndex + k) % available)))
            return false;
    }
    return true;
}

bool DemoWriter::writeActivity(const DemoOrganisation &org, const ActivityTemplate &activity)
{
    const QString municipality = m_home.at(org.homeIndex).name;
    const bool online = m_random.chance(10);
    const bool hybrid = !online && m_random.chance(15);
    const bool paid = m_random.chance(30);
    const int accessRoll = m_random.below(100);
    // The draws are made in the order of the activity's columns: a seed's register stays the
    // same.
    Activity a;
    a.uuid = uuid(QStringLiteral("activity"), m_activityCount++);
    a.organisationId = org.id;
    a.name = activity.name;
    a.nameSort = FinnishText::sortKey(activity.name);
    a.description = activity.description;
    a.hyte = activity.hyte;
    a.placeType = online   ? QStringLiteral("online")
                  : hybrid ? QStringLiteral("hybrid")
                           : QStringLiteral("place");
    a.address = nullable(!online, QStringLiteral("%1 %2, %3")
                                      .arg(m_random.pick(streetNames()))
                                      .arg(m_random.between(1, 60))
                                      .arg(municipality))
                    .toString();
    a.schedule = schedule();
    a.cost = paid ? QStringLiteral("paid") : QStringLiteral("free");
    a.costText = nullable(paid, m_random.chance(50) ? QStringLiteral("5 € / kerta")
                                                    : QStringLiteral("30 € / kausi"))
                     .toString();
    a.accessibility = accessRoll < 50   ? QStringLiteral("Esteetön sisäänkäynti ja wc")
                      : accessRoll < 70 ? QStringLiteral("Ei esteetön: portaat toiseen kerrokseen")
                                        : QString();
    a.languages = m_random.chance(10) ? QStringLiteral("fi, en") : QStringLiteral("fi");
    a.howToJoin = m_random.chance(50) ? QStringLiteral("Tule paikalle, ei ennakkoilmoittautumista.")
                                      : QStringLiteral("Ilmoittaudu yhteyshenkilölle.");
    a.openForReferral = m_random.chance(activity.hyte ? 60 : 10);
    if (m_random.chance(70))
        a.contactPersonId = org.contactPersonId;
    a.createdAt = a.updatedAt = timestamp();
    a.verifiedAt = nullable(m_random.chance(50), QStringLiteral("2025-11-20T10:00:00Z")).toString();
    qint64 id = 0;
    return m_rows.write(a, &m_error, &id) && writeActivityLinks(id, org, activity);
}

bool DemoWriter::writeActivityLinks(qint64 id, const DemoOrganisation &org,
                                    const ActivityTemplate &activity)
{
    for (const QString &theme : activity.themes) {
        if (const int themeId = m_themes.resolve(theme);
            themeId > 0 && !exec(BulkInserts::Row::ActivityTheme, {id, themeId}))
            return false;
    }
    for (const QString &group : activity.targetGroups) {
        if (const int groupId = m_targetGroups.resolve(group);
            groupId > 0 && !exec(BulkInserts::Row::ActivityTargetGroup, {id, groupId}))
            return false;
    }
    if (!exec(BulkInserts::Row::ActivityMunicipality, {id, m_home.at(org.homeIndex).code}))
        return false;
    // Some activities also reach a neighbouring municipality.
    return !m_random.chance(30) || exec(BulkInserts::Row::ActivityMunicipality,
                                        {id, m_home.at(m_random.below(int(m_home.size()))).code});
}

} // namespace kartoitus::demo
