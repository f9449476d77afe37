#include "reports/healthstationlist.h"

#include <QJsonArray>

namespace kartoitus::reports {

bool HealthStationOptions::operator==(const HealthStationOptions &other) const
{
    return filter == other.filter && grouping == other.grouping && language == other.language &&
           name == other.name;
}

QJsonObject HealthStationOptions::toJson() const
{
    const RecordFilter &r = filter.records;
    const auto ints = [](const QList<int> &values) {
        QJsonArray array;
        for (int value : values)
            array.append(value);
        return array;
    };
    QJsonObject json{
        {QStringLiteral("municipalities"), QJsonArray::fromStringList(r.municipalities)},
        {QStringLiteral("themes"), ints(r.themes)},
        {QStringLiteral("target_groups"), ints(r.targetGroups)},
        {QStringLiteral("sectors"), ints(r.sectors)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(filter.languages)},
        {QStringLiteral("free_only"), filter.freeOnly},
        {QStringLiteral("accessible_only"), filter.accessibleOnly},
        {QStringLiteral("open_for_referral_only"), filter.openForReferralOnly},
        {QStringLiteral("hyte_only"), filter.hyteOnly},
        {QStringLiteral("grouping"), grouping == HealthStationGrouping::Theme
                                         ? QStringLiteral("theme")
                                         : QStringLiteral("municipality")},
    };
    if (!r.search.isEmpty())
        json.insert(QStringLiteral("search"), r.search);
    return json;
}

bool HealthStationOptions::fromJson(const QJsonObject &json, HealthStationOptions *options,
                                    QString *error)
{
    HealthStationOptions result;
    RecordFilter &r = result.filter.records;
    const auto ints = [&json](const char *key, QList<int> *values) {
        for (const QJsonValue &value : json.value(QLatin1String(key)).toArray()) {
            if (!value.isDouble())
                return false;
            values->append(value.toInt());
        }
        return true;
    };
    const auto strings = [&json](const char *key, QStringList *values) {
        for (const QJsonValue &value : json.value(QLatin1String(key)).toArray()) {
            if (!value.isString())
                return false;
            values->append(value.toString());
        }
        return true;
    };
    const QString grouping =
        json.value(QLatin1String("grouping")).toString(QStringLiteral("theme"));
    const char *bad = nullptr;
    if (!strings("municipalities", &r.municipalities))
        bad = "municipalities";
    else if (!ints("themes", &r.themes))
        bad = "themes";
    else if (!ints("target_groups", &r.targetGroups))
        bad = "target_groups";
    else if (!ints("sectors", &r.sectors))
        bad = "sectors";
    else if (!strings("languages", &result.filter.languages))
        bad = "languages";
    else if (grouping != QLatin1String("theme") && grouping != QLatin1String("municipality"))
        bad = "grouping";
    if (bad) {
        if (error)
            *error = HealthStationList::tr("The saved list cannot be read: \"%1\" is not valid.")
                         .arg(QLatin1String(bad));
        return false;
    }
    r.search = json.value(QLatin1String("search")).toString();
    result.filter.freeOnly = json.value(QLatin1String("free_only")).toBool();
    result.filter.accessibleOnly = json.value(QLatin1String("accessible_only")).toBool();
    result.filter.openForReferralOnly =
        json.value(QLatin1String("open_for_referral_only")).toBool();
    result.filter.hyteOnly = json.value(QLatin1String("hyte_only")).toBool();
    result.grouping = grouping == QLatin1String("theme") ? HealthStationGrouping::Theme
                                                         : HealthStationGrouping::Municipality;
    result.language = options->language;
    result.name = options->name;
    *options = result;
    return true;
}

} // namespace kartoitus::reports
