#include "activities/activityrecord.h"

#include "common/recordtexts.h"
#include "fields/fieldcatalogue.h"
#include "repositories/activityrepository.h"

#include <QVariant>

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;

QStringList ActivityRecord::keys()
{
    return {QStringLiteral("organisation"),   QStringLiteral("name"),
            QStringLiteral("description"),    QStringLiteral("hyte"),
            QStringLiteral("themes"),         QStringLiteral("target_groups"),
            QStringLiteral("municipalities"), QStringLiteral("place"),
            QStringLiteral("address"),        QStringLiteral("schedule"),
            QStringLiteral("cost"),           QStringLiteral("cost_text"),
            QStringLiteral("accessibility"),  QStringLiteral("languages"),
            QStringLiteral("how_to_join"),    QStringLiteral("open_for_referral"),
            QStringLiteral("contact_person"), QStringLiteral("verified_at")};
}

QString ActivityRecord::value(const Activity &a, const QString &key)
{
    if (key == QLatin1String("themes"))
        return RecordTexts::sortedJoined(a.themeIds);
    if (key == QLatin1String("target_groups"))
        return RecordTexts::sortedJoined(a.targetGroupIds);
    if (key == QLatin1String("municipalities"))
        return RecordTexts::sortedJoined(a.municipalityCodes);
    return ActivityRepository::valueText(a, key); // the activity's own row
}

RecordStepTexts ActivityRecord::stepTexts(int count)
{
    return {tr("New activity: %1"), tr("Delete %n activities", nullptr, count),
            tr("Mark %n activities as verified", nullptr, count)};
}

} // namespace kartoitus
