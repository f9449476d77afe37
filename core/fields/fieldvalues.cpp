#include "fields/fieldvalues.h"

#include <QCoreApplication>

namespace kartoitus::fields {

namespace {

// The display values keep the translation contexts they had before the catalogue held
// them: the list's (OrganisationColumns) for status, the health-station list's for place
// and cost.
constexpr struct
{
    FieldKind kind;
    FieldValue value;
} allValues[] = {
    {FieldKind::Status,
     {"active", "kartoitus::OrganisationColumns",
      QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Active"),
      "active|aktiivinen|toimiva|toiminnassa|toimii|verksam|aktiv"}},
    {FieldKind::Status,
     {"dormant", "kartoitus::OrganisationColumns",
      QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Dormant"),
      "dormant|lepäävä|lepää|toimimaton|passiivinen|vilande|inactive"}},
    {FieldKind::Status,
     {"dissolved", "kartoitus::OrganisationColumns",
      QT_TRANSLATE_NOOP("kartoitus::OrganisationColumns", "Dissolved"),
      "dissolved|lakannut|lakkautettu|purettu|upplöst|nedlagd|closed"}},
    {FieldKind::PlaceType,
     {"place", "kartoitus::reports::HealthStationList",
      QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "On site"),
      "place|on site|paikan päällä|lähitoiminta|lähi|på plats|plats|in person"}},
    {FieldKind::PlaceType,
     {"online", "kartoitus::reports::HealthStationList",
      QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Online"),
      "online|verkossa|etänä|etä|verkko|på nätet|distans|remote"}},
    {FieldKind::PlaceType,
     {"hybrid", "kartoitus::reports::HealthStationList",
      QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "On site and online"),
      "hybrid|hybridi|lähi- ja etä|lähi ja etä|paikan päällä ja verkossa|på plats och på nätet|"
      "on site and online"}},
    {FieldKind::Cost,
     {"free", "kartoitus::reports::HealthStationList",
      QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Free"),
      "free|maksuton|ilmainen|ei maksua|0|avgiftsfri|gratis|kostnadsfri"}},
    {FieldKind::Cost,
     {"paid", "kartoitus::reports::HealthStationList",
      QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Paid"),
      "paid|maksullinen|maksu|avgiftsbelagd|avgift|betald"}},
};

} // namespace

QList<FieldValue> FieldValues::of(FieldKind kind)
{
    QList<FieldValue> values;
    for (const auto &entry : allValues) {
        if (entry.kind == kind)
            values.append(entry.value);
    }
    return values;
}

const FieldValue *FieldValues::find(FieldKind kind, const QString &key)
{
    for (const auto &entry : allValues) {
        if (entry.kind == kind && key == QLatin1String(entry.value.key))
            return &entry.value;
    }
    return nullptr;
}

QString FieldValues::label(FieldKind kind, const QString &key)
{
    const FieldValue *value = find(kind, key);
    return value ? QCoreApplication::translate(value->context, value->label) : key;
}

QString FieldValues::keyOf(FieldKind kind, const QString &word)
{
    const QString folded = word.simplified().toCaseFolded();
    for (const FieldValue &value : of(kind)) {
        const QStringList words = QString::fromUtf8(value.words).split(QLatin1Char('|'));
        if (words.contains(folded) ||
            QCoreApplication::translate(value.context, value.label).toCaseFolded() == folded)
            return QLatin1String(value.key);
    }
    return {};
}

} // namespace kartoitus::fields
