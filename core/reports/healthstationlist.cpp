#include "reports/healthstationlist.h"

#include "common/finnishtext.h"
#include "fields/fieldvalues.h"
#include "reports/reportlanguage.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace kartoitus::reports {

namespace {

constexpr const char *Context = "kartoitus::reports::HealthStationList";

// Reference names in the list's language, and the words of the list.
struct Vocabulary
{
    explicit Vocabulary(const QSqlDatabase &db, const QString &code)
        : language(code)
        , themes(ActivityListing::referenceNames(db, QStringLiteral("themes"), code))
        , targetGroups(ActivityListing::referenceNames(db, QStringLiteral("target_groups"), code))
        , sectors(ActivityListing::referenceNames(db, QStringLiteral("sectors"), code))
        , municipalities(ActivityListing::municipalityNames(db, code))
    {}

    QString t(const char *source, int n = -1) const { return language.text(Context, source, n); }
    static QString nameOf(const QList<std::pair<int, QString>> &list, int id)
    {
        for (const auto &[key, name] : list) {
            if (key == id)
                return name;
        }
        return QString::number(id);
    }
    QString municipality(const QString &code) const { return municipalities.value(code, code); }

    ReportLanguage language;
    QList<std::pair<int, QString>> themes;
    QList<std::pair<int, QString>> targetGroups;
    QList<std::pair<int, QString>> sectors;
    QHash<QString, QString> municipalities;
};

QStringList sortedMunicipalities(const Vocabulary &words, const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names.append(words.municipality(code));
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return FinnishText::sortKey(a) < FinnishText::sortKey(b);
    });
    return names;
}

QStringList namesOf(const QList<std::pair<int, QString>> &list, const QList<int> &ids)
{
    QStringList names;
    for (const auto &[id, name] : list) {
        if (ids.contains(id))
            names.append(name);
    }
    return names;
}

// A display value of the field catalogue (place type, cost) in the list's language.
QString valueText(const Vocabulary &words, fields::FieldKind kind, const QString &key)
{
    const fields::FieldValue *value = fields::FieldValues::find(kind, key);
    return value ? words.language.text(value->context, value->label) : QString();
}

QString placeText(const Vocabulary &words, const Activity &a)
{
    const QString place = valueText(words, fields::FieldKind::PlaceType, a.placeType);
    QString where = a.address;
    if (where.isEmpty() && a.placeType != QLatin1String("online"))
        where = sortedMunicipalities(words, a.municipalityCodes).join(QLatin1String(", "));
    if (place.isEmpty())
        return where;
    return where.isEmpty() ? place : place + QLatin1String(": ") + where;
}

QString costText(const Vocabulary &words, const Activity &a)
{
    const QString cost = valueText(words, fields::FieldKind::Cost, a.cost);
    if (a.costText.isEmpty())
        return cost;
    return cost.isEmpty() ? a.costText : cost + QLatin1String(", ") + a.costText;
}

// A language code in words of the list's language; the code itself when unknown.
QString nameOfLanguage(const QString &code, const ReportLanguage &language)
{
    static const struct
    {
        const char *code;
        const char *name;
    } names[] = {
        {"fi", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Finnish")},
        {"sv", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Swedish")},
        {"en", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "English")},
        {"se", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Sami")},
        {"ru", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Russian")},
        {"et", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Estonian")},
        {"ar", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Arabic")},
        {"so", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Somali")},
        {"uk", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Ukrainian")},
        {"fa", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Persian")},
        {"fse",
         QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Finnish Sign Language")},
    };
    const QString lower = code.trimmed().toLower();
    for (const auto &entry : names) {
        if (lower == QLatin1String(entry.code))
            return language.text(Context, entry.name);
    }
    return code.trimmed();
}

QString languagesText(const Vocabulary &words, const QString &languages)
{
    QStringList names;
    for (const QString &code : languages.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(nameOfLanguage(code, words.language));
    return names.join(QLatin1String(", "));
}

QList<ReportColumn> entryColumns(const Vocabulary &words)
{
    const auto column = [&words](const char *key, const char *label) {
        return ReportColumn{QLatin1String(key), words.t(label)};
    };
    return {
        column("activity", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Activity")),
        column("organisation",
               QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Organisation")),
        column("where", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Where")),
        column("when", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "When")),
        column("cost", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Cost")),
        column("accessibility",
               QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Accessibility")),
        column("languages",
               QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Languages")),
        column("how_to_join",
               QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "How to join")),
        column("contact_person",
               QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Contact person")),
        column("email", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Email")),
        column("phone", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Phone")),
        column("website", QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Website")),
    };
}

// The row's published contact: its contact person where the listing left one (consent), and
// otherwise — or for what the person lacks — the organisation's own details.
ReportEntry entryFor(const Vocabulary &words, const ActivityListRow &row)
{
    const Activity &a = row.activity;
    const QString email = row.contactEmail.isEmpty() ? row.organisationEmail : row.contactEmail;
    const QString phone = row.contactPhone.isEmpty() ? row.organisationPhone : row.contactPhone;
    return {{a.name, row.organisationName, placeText(words, a), a.schedule, costText(words, a),
             a.accessibility, languagesText(words, a.languages), a.howToJoin, row.contactName,
             email, phone, row.organisationWebsite}};
}

// Group keys in print order: themes in the reference list's order, municipalities by name.
struct Groups
{
    QList<QString> order;            // headings
    std::map<QString, int> index;    // heading → position in order
    QList<QList<ReportEntry>> lists; // entries per heading
    QList<ReportEntry> ungrouped;

    void add(const QString &heading, const ReportEntry &entry)
    {
        const auto found = index.find(heading);
        if (found != index.end())
            lists[found->second].append(entry);
    }
};

Groups prepareGroups(const Vocabulary &words, const HealthStationOptions &options)
{
    Groups groups;
    const auto declare = [&groups](const QString &heading) {
        if (groups.index.count(heading) == 0) {
            groups.index[heading] = int(groups.order.size());
            groups.order.append(heading);
            groups.lists.append(QList<ReportEntry>());
        }
    };
    const RecordFilter &r = options.filter;
    if (options.grouping == HealthStationGrouping::Theme) {
        for (const auto &[id, name] : words.themes) {
            if (r.themes.isEmpty() || r.themes.contains(id))
                declare(name);
        }
    } else {
        QStringList codes = r.municipalities;
        if (codes.isEmpty())
            codes = words.municipalities.keys();
        for (const QString &name : sortedMunicipalities(words, codes))
            declare(name);
    }
    return groups;
}

void addToGroups(Groups &groups, const Vocabulary &words, const HealthStationOptions &options,
                 const Activity &a, const ReportEntry &entry)
{
    const RecordFilter &r = options.filter;
    bool placed = false;
    if (options.grouping == HealthStationGrouping::Theme) {
        for (int theme : a.themeIds) {
            if (r.themes.isEmpty() || r.themes.contains(theme)) {
                groups.add(Vocabulary::nameOf(words.themes, theme), entry);
                placed = true;
            }
        }
    } else {
        for (const QString &code : a.municipalityCodes) {
            if (r.municipalities.isEmpty() || r.municipalities.contains(code)) {
                groups.add(words.municipality(code), entry);
                placed = true;
            }
        }
    }
    if (!placed)
        groups.ungrouped.append(entry);
}

QStringList footerLines(const Vocabulary &words, const QString &oldest, int unchecked)
{
    QStringList lines;
    if (!oldest.isEmpty())
        lines.append(
            words
                .t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                                     "The oldest entry was last checked on %1."))
                .arg(words.language.date(QDate::fromString(oldest.left(10), Qt::ISODate))));
    if (unchecked > 0)
        lines.append(words.t(QT_TRANSLATE_N_NOOP("kartoitus::reports::HealthStationList",
                                                 "%n of the entries have not been checked yet."),
                             unchecked));
    lines.append(words.t(QT_TRANSLATE_NOOP(
        "kartoitus::reports::HealthStationList",
        "A contact person is named only with their consent to publication; otherwise the "
        "organisation's own contact details are given.")));
    lines.append(words.t(QT_TRANSLATE_NOOP(
        "kartoitus::reports::HealthStationList",
        "Times and places may change: check with the organisation before you go.")));
    return lines;
}

// The list's frame: title, columns, the group column and the words around the entries.
Report frame(const Vocabulary &words, const HealthStationOptions &options, const QString &source)
{
    Report result;
    result.language = words.language.code();
    result.title =
        words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Activities near you"));
    result.columns = entryColumns(words);
    // where · when / cost · languages · accessibility / how to join / contact
    result.cardLines = {{2, 3}, {4, 6, 5}, {7}, {8, 9, 10, 11}};
    result.groupColumn =
        options.grouping == HealthStationGrouping::Theme
            ? ReportColumn{QStringLiteral("theme"),
                           words.t(
                               QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Theme"))}
            : ReportColumn{QStringLiteral("municipality"),
                           words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                                                     "Municipality"))};
    result.source = source;
    result.produced = QDate::currentDate();
    result.emptyMessage = words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                                                    "No activity matches these choices."));
    result.subtitle =
        options.name.isEmpty()
            ? sortedMunicipalities(words, options.filter.municipalities).join(QLatin1String(", "))
            : options.name;
    return result;
}

void addGroups(Report *report, const Groups &groups, HealthStationGrouping grouping,
               const Vocabulary &words)
{
    for (int i = 0; i < groups.order.size(); ++i) {
        if (!groups.lists.at(i).isEmpty())
            report->groups.append({groups.order.at(i), {}, groups.lists.at(i), false, {}});
    }
    if (groups.ungrouped.isEmpty())
        return;
    report->groups.append({grouping == HealthStationGrouping::Theme
                               ? words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                                                           "Other activities"))
                               : words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                                                           "Municipality not given")),
                           {},
                           groups.ungrouped,
                           false,
                           {}});
}

} // namespace

bool HealthStationList::build(const QSqlDatabase &db, const HealthStationOptions &options,
                              const QString &source, Report *report, QString *error)
{
    const Vocabulary words(db, options.language);
    Report result = frame(words, options, source);
    ActivityListing listing(db);
    if (!listing.exec(options.filter, error))
        return false;
    Groups groups = prepareGroups(words, options);
    ActivityListRow row;
    QString oldest;
    int unchecked = 0;
    int activities = 0;
    while (listing.next(&row)) {
        ++activities;
        const QString &verified = row.activity.verifiedAt;
        if (verified.isEmpty())
            ++unchecked;
        else if (oldest.isEmpty() || verified < oldest)
            oldest = verified;
        addToGroups(groups, words, options, row.activity, entryFor(words, row));
    }
    if (!listing.error().isEmpty()) {
        if (error)
            *error = listing.error();
        return false;
    }
    addGroups(&result, groups, options.grouping, words);
    result.filters = describe(db, options);
    result.filters.append(
        words.t(QT_TRANSLATE_N_NOOP("kartoitus::reports::HealthStationList", "%n activities."),
                activities));
    result.footer = footerLines(words, oldest, unchecked);
    *report = result;
    return true;
}

QStringList HealthStationList::describe(const QSqlDatabase &db, const HealthStationOptions &options)
{
    const Vocabulary words(db, options.language);
    const RecordFilter &r = options.filter;
    QStringList lines;
    const auto line = [&lines, &words](const char *label, const QStringList &values) {
        if (!values.isEmpty())
            lines.append(words.t(label).arg(values.join(QLatin1String(", "))));
    };
    if (r.municipalities.isEmpty())
        lines.append(words.t(
            QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "All municipalities")));
    line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Municipalities: %1"),
         sortedMunicipalities(words, r.municipalities));
    line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Themes: %1"),
         namesOf(words.themes, r.themes));
    line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Target groups: %1"),
         namesOf(words.targetGroups, r.targetGroups));
    line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Sectors: %1"),
         namesOf(words.sectors, r.sectors));
    QStringList languages;
    for (const QString &code : r.languages)
        languages.append(nameOfLanguage(code, words.language));
    line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Languages: %1"), languages);
    if (!r.search.trimmed().isEmpty())
        line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                               "Organisations found by: %1"),
             {r.search.trimmed()});
    // Each yes/no choice goes to "only" or "not" (none of them when any will do).
    QStringList only;
    QStringList not_;
    const auto choice = [&words, &only, &not_](const std::optional<bool> &value, const char *word) {
        if (value)
            (*value ? only : not_).append(words.t(word));
    };
    choice(r.free, QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "free"));
    if (r.accessibleOnly)
        only.append(
            words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "accessible")));
    choice(r.openForReferral,
           QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "open for referral"));
    choice(r.hyte, QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "health-promoting"));
    line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList", "Only activities that are: %1"),
         only);
    line(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                           "Only activities that are not: %1"),
         not_);
    lines.append(options.grouping == HealthStationGrouping::Theme
                     ? words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                                                 "Grouped by theme, by name within a theme."))
                     : words.t(QT_TRANSLATE_NOOP("kartoitus::reports::HealthStationList",
                                                 "Grouped by municipality, by name within a "
                                                 "municipality.")));
    return lines;
}

QString HealthStationList::languageName(const QString &code, const QString &inLanguage)
{
    const ReportLanguage language(inLanguage);
    return nameOfLanguage(code, language);
}

QStringList HealthStationList::languageCodes(const QSqlDatabase &db)
{
    return ActivityListing::languageCodes(db);
}

} // namespace kartoitus::reports
