#include "reports/healthstationlist.h"

#include <QJsonArray>

namespace kartoitus::reports {

namespace {

// The yes/no choices as a saved list keeps them: true or false, left out for "any". Lists
// saved before the choices had a "no" kept "free_only" (and the others) as true or false,
// false meaning any; they are read the same way.
struct Choice
{
    std::optional<bool> RecordFilter::*member;
    const char *key;
    const char *oldKey;
};

const Choice choices[] = {
    {&RecordFilter::free, "free", "free_only"},
    {&RecordFilter::openForReferral, "open_for_referral", "open_for_referral_only"},
    {&RecordFilter::hyte, "hyte", "hyte_only"},
};

} // namespace

bool HealthStationOptions::operator==(const HealthStationOptions &other) const
{
    return filter == other.filter && grouping == other.grouping && language == other.language &&
           name == other.name;
}

QJsonObject HealthStationOptions::toJson() const
{
    const RecordFilter &r = filter;
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
        {QStringLiteral("languages"), QJsonArray::fromStringList(r.languages)},
        {QStringLiteral("accessible_only"), r.accessibleOnly},
        {QStringLiteral("grouping"), grouping == HealthStationGrouping::Theme
                                         ? QStringLiteral("theme")
                                         : QStringLiteral("municipality")},
    };
    for (const Choice &choice : choices) {
        if (const std::optional<bool> &value = r.*choice.member)
            json.insert(QLatin1String(choice.key), *value);
    }
    if (!r.search.isEmpty())
        json.insert(QStringLiteral("search"), r.search);
    return json;
}

bool HealthStationOptions::fromJson(const QJsonObject &json, HealthStationOptions *options,
                                    QString *error)
{
    HealthStationOptions result;
    RecordFilter &r = result.filter;
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
    else if (!strings("languages", &r.languages))
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
    r.accessibleOnly = json.value(QLatin1String("accessible_only")).toBool();
    for (const Choice &choice : choices) {
        const QJsonValue value = json.value(QLatin1String(choice.key));
        if (value.isBool())
            r.*choice.member = value.toBool();
        else if (json.value(QLatin1String(choice.oldKey)).toBool())
            r.*choice.member = true;
    }
    result.grouping = grouping == QLatin1String("theme") ? HealthStationGrouping::Theme
                                                         : HealthStationGrouping::Municipality;
    result.language = options->language;
    result.name = options->name;
    *options = result;
    return true;
}

} // namespace kartoitus::reports
