#include "activities/activityrecord.h"

#include "fields/fieldcatalogue.h"

#include <QVariant>

#include <algorithm>

namespace kartoitus {

using fields::Entity;
using fields::FieldCatalogue;

namespace {

// More changed fields than this are counted, not named.
constexpr int MaxNamedFields = 3;

template<typename T> QString sortedJoined(QList<T> values)
{
    std::sort(values.begin(), values.end());
    QStringList parts;
    for (const T &v : values)
        parts.append(QVariant::fromValue(v).toString());
    return parts.join(QLatin1Char(','));
}

QString yes(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

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
    if (key == QLatin1String("organisation"))
        return QString::number(a.organisationId);
    if (key == QLatin1String("name"))
        return a.name;
    if (key == QLatin1String("description"))
        return a.description;
    if (key == QLatin1String("hyte"))
        return yes(a.hyte);
    if (key == QLatin1String("themes"))
        return sortedJoined(a.themeIds);
    if (key == QLatin1String("target_groups"))
        return sortedJoined(a.targetGroupIds);
    if (key == QLatin1String("municipalities"))
        return sortedJoined(a.municipalityCodes);
    if (key == QLatin1String("place"))
        return a.placeType;
    if (key == QLatin1String("address"))
        return a.address;
    if (key == QLatin1String("schedule"))
        return a.schedule;
    if (key == QLatin1String("cost"))
        return a.cost;
    if (key == QLatin1String("cost_text"))
        return a.costText;
    if (key == QLatin1String("accessibility"))
        return a.accessibility;
    if (key == QLatin1String("languages"))
        return a.languages;
    if (key == QLatin1String("how_to_join"))
        return a.howToJoin;
    if (key == QLatin1String("open_for_referral"))
        return yes(a.openForReferral);
    if (key == QLatin1String("contact_person"))
        return a.contactPersonId ? QString::number(*a.contactPersonId) : QString();
    if (key == QLatin1String("verified_at"))
        return a.verifiedAt;
    return {};
}

QStringList ActivityRecord::changedKeys(const Activity &before, const Activity &after)
{
    QStringList changed;
    for (const QString &key : keys()) {
        if (value(before, key) != value(after, key))
            changed.append(key);
    }
    return changed;
}

QString ActivityRecord::fieldWord(const QString &key)
{
    QString label = key == QLatin1String("verified_at")
                        ? tr("Verified")
                        : FieldCatalogue::label(Entity::Activities, key);
    // "Schedule" reads "schedule" inside a sentence; "HYTE" keeps its capitals.
    if (label.size() > 1 && label.at(1).isLower())
        label[0] = label.at(0).toLower();
    return label;
}

QString ActivityRecord::editText(const QString &name, const QStringList &keys)
{
    if (keys.size() > MaxNamedFields)
        return tr("Edit: %1, %n fields", nullptr, int(keys.size())).arg(name);
    QStringList words;
    for (const QString &key : keys)
        words.append(fieldWord(key));
    return tr("Edit: %1, %2").arg(name, words.join(QStringLiteral(", ")));
}

QString ActivityRecord::createText(const QString &name)
{
    return tr("New activity: %1").arg(name);
}

QString ActivityRecord::deleteText(const QStringList &names)
{
    if (names.size() == 1)
        return tr("Delete: %1").arg(names.first());
    return tr("Delete %n activities", nullptr, int(names.size()));
}

QString ActivityRecord::verifyText(const QStringList &names)
{
    if (names.size() == 1)
        return tr("Mark as verified: %1").arg(names.first());
    return tr("Mark %n activities as verified", nullptr, int(names.size()));
}

} // namespace kartoitus
