#include "reports/networkrosters.h"

#include "reports/reportlanguage.h"
#include "repositories/rosterrepository.h"

namespace kartoitus::reports {

namespace {

constexpr const char *Context = "kartoitus::reports::NetworkRosters";

struct Words
{
    explicit Words(const QString &code)
        : language(code)
    {}

    QString t(const char *source, int n = -1) const { return language.text(Context, source, n); }
    QString date(const QString &iso) const
    {
        const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
        return day.isValid() ? language.date(day) : iso;
    }
    ReportColumn column(const char *key, const char *label) const
    {
        return {QLatin1String(key), t(label)};
    }

    ReportLanguage language;
};

QString memberRole(const Words &words, const QString &role)
{
    return role == QLatin1String("coordinator")
               ? words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "coordinator"))
               : words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "member"));
}

QString representativeRole(const Words &words, const QString &role)
{
    if (role == QLatin1String("chair"))
        return words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "chair"));
    if (role == QLatin1String("deputy"))
        return words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "deputy"));
    return words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "member"));
}

// "1.1.2025–31.12.2026"; an open end stays open.
QString termText(const Words &words, const NetworkRepresentative &term)
{
    if (term.termStart.isEmpty() && term.termEnd.isEmpty())
        return words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "term not given"));
    return words.date(term.termStart) + QStringLiteral("–") + words.date(term.termEnd);
}

// "Name (Organisation), email, phone" without the parts that are empty.
QString personLine(const RosterPerson &person)
{
    QString line = person.name;
    if (!person.organisation.isEmpty())
        line += QStringLiteral(" (%1)").arg(person.organisation);
    for (const QString &part : {person.email, person.phone}) {
        if (!part.isEmpty())
            line += QStringLiteral(", ") + part;
    }
    return line;
}

QString personalDataNote(const Words &words)
{
    return words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                     "Contains personal data: for internal use only, do not "
                                     "publish or pass on."));
}

QString asOn(const Words &words, const QDate &day)
{
    return words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "As on %1"))
        .arg(words.language.date(day));
}

Report frame(const Words &words, const QString &source)
{
    Report report;
    report.language = words.language.code();
    report.layout = ReportLayout::Table;
    report.landscape = true;
    report.source = source;
    report.produced = QDate::currentDate();
    report.pageNote = personalDataNote(words);
    return report;
}

QStringList networkNotes(const Words &words, const NetworkRoster &roster)
{
    QStringList notes;
    if (roster.coordinator)
        notes.append(
            words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Coordinator: %1"))
                .arg(personLine(*roster.coordinator)));
    if (roster.representatives.isEmpty()) {
        notes.append(words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                               "No representative at the partnership table on "
                                               "this day.")));
        return notes;
    }
    notes.append(words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                           "Representatives at the partnership table:")));
    for (const RosterRepresentative &r : roster.representatives)
        notes.append(QStringLiteral("%1: %2, %3")
                         .arg(representativeRole(words, r.term.role), personLine(r.person),
                              termText(words, r.term)));
    return notes;
}

ReportEntry memberEntry(const Words &words, const RosterMember &m)
{
    const QString email = m.contact.email.isEmpty() ? m.organisationEmail : m.contact.email;
    const QString phone = m.contact.phone.isEmpty() ? m.organisationPhone : m.contact.phone;
    return {{m.organisation, m.municipality, memberRole(words, m.membership.role),
             words.date(m.membership.joinedOn), m.contact.name, email, phone},
            m.membership.role == QLatin1String("coordinator")};
}

} // namespace

bool NetworkRosters::roster(const QSqlDatabase &db, const RosterOptions &options,
                            const QString &source, Report *report, QString *error)
{
    const Words words(options.language);
    const RosterRepository repository(db, options.language);
    QString failure;
    const QList<NetworkRoster> rosters =
        repository.rosters(options.sectors, options.day(), &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    Report result = frame(words, source);
    result.title = rosters.size() == 1
                       ? words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                                   "Roster of the sector network"))
                       : words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                                   "Rosters of the sector networks"));
    result.subtitle = rosters.size() == 1 ? rosters.first().network.name + QStringLiteral(" · ") +
                                                asOn(words, options.day())
                                          : asOn(words, options.day());
    result.groupColumn =
        words.column("network", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Network"));
    result.columns = {
        words.column("organisation",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Organisation")),
        words.column("municipality",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Municipality")),
        words.column("role", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Role")),
        words.column("joined", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Joined")),
        words.column("contact_person",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Contact person")),
        words.column("email", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Email")),
        words.column("phone", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Phone")),
    };
    for (const NetworkRoster &roster : rosters) {
        ReportGroup group;
        group.heading = roster.network.name;
        group.notes = networkNotes(words, roster);
        group.newPage = true;
        for (const RosterMember &member : roster.members)
            group.entries.append(memberEntry(words, member));
        group.closing.append(words.t(
            QT_TRANSLATE_N_NOOP("kartoitus::reports::NetworkRosters", "%n member organisations."),
            int(roster.members.size())));
        result.groups.append(group);
    }
    result.emptyMessage = words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                                    "The register has no such network."));
    // The personal-data note is the page note (on every page), not a footer line too.
    result.footer = {words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                               "Coordinating organisations are highlighted."))};
    *report = result;
    return true;
}

bool NetworkRosters::partnershipTable(const QSqlDatabase &db, const RosterOptions &options,
                                      const QString &source, Report *report, QString *error)
{
    const Words words(options.language);
    const RosterRepository repository(db, options.language);
    QString failure;
    const QDate day = options.day();
    const QList<NetworkRoster> rosters = repository.rosters(options.sectors, day, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    Report result = frame(words, source);
    result.title =
        words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Partnership table"));
    result.subtitle = asOn(words, day);
    result.groupColumn =
        words.column("network", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Network"));
    result.columns = {
        words.column("representative",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Representative")),
        words.column("organisation",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Organisation")),
        words.column("role", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Role")),
        words.column("term_start",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Term start")),
        words.column("term_end",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Term end")),
        words.column("email", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Email")),
        words.column("phone", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Phone")),
        words.column("note", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Note")),
    };
    int endingSoon = 0;
    int serving = 0;
    for (const NetworkRoster &roster : rosters) {
        ReportGroup group;
        group.heading = roster.network.name;
        if (roster.representatives.isEmpty())
            group.notes.append(words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                                         "No representative on this day.")));
        for (const RosterRepresentative &r : roster.representatives) {
            const QDate end = QDate::fromString(r.term.termEnd, Qt::ISODate);
            const qint64 left = end.isValid() ? day.daysTo(end) : -1;
            const bool soon = end.isValid() && left <= EndingSoonDays;
            const QString note =
                soon ? words.t(QT_TRANSLATE_N_NOOP("kartoitus::reports::NetworkRosters",
                                                   "Term ends in %n days"),
                               int(left))
                     : QString();
            endingSoon += soon ? 1 : 0;
            ++serving;
            group.entries.append(
                {{r.person.name, r.person.organisation, representativeRole(words, r.term.role),
                  words.date(r.term.termStart), words.date(r.term.termEnd), r.person.email,
                  r.person.phone, note},
                 soon});
        }
        result.groups.append(group);
    }
    result.filters = {words.t(QT_TRANSLATE_N_NOOP("kartoitus::reports::NetworkRosters",
                                                  "%n representatives serving on this day."),
                              serving),
                      words.t(QT_TRANSLATE_N_NOOP("kartoitus::reports::NetworkRosters",
                                                  "%n terms end within 90 days: highlighted."),
                              endingSoon)};
    result.emptyMessage = words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                                    "The register has no such network."));
    *report = result;
    return true;
}

bool NetworkRosters::liaisonPersons(const QSqlDatabase &db, const QString &language,
                                    const QString &source, Report *report, QString *error)
{
    const Words words(language);
    const RosterRepository repository(db, language);
    QString failure;
    const QList<MunicipalityLiaisons> municipalities = repository.liaisons(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    Report result = frame(words, source);
    result.title = words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                             "Municipal liaison persons for organisations"));
    result.subtitle = asOn(words, QDate::currentDate());
    result.columns = {
        words.column("municipality",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Municipality")),
        words.column("name", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Name")),
        words.column("role", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Role")),
        words.column("email", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Email")),
        words.column("phone", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Phone")),
        words.column("last_checked",
                     QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Last checked")),
        words.column("note", QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters", "Note")),
    };
    ReportGroup group;
    QStringList without;
    for (const MunicipalityLiaisons &m : municipalities) {
        if (m.persons.isEmpty()) {
            without.append(m.name);
            group.entries.append({{m.name, QString(), QString(), QString(), QString(), QString(),
                                   words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                                             "No liaison person"))},
                                  true});
        }
        for (const RosterPerson &p : m.persons)
            group.entries.append(
                {{m.name, p.name, p.role, p.email, p.phone, words.date(p.verifiedAt), QString()},
                 false});
    }
    result.groups.append(group);
    result.filters.append(words.t(QT_TRANSLATE_N_NOOP("kartoitus::reports::NetworkRosters",
                                                      "%n municipalities of the region."),
                                  int(municipalities.size())));
    result.filters.append(
        without.isEmpty()
            ? words.t(QT_TRANSLATE_NOOP("kartoitus::reports::NetworkRosters",
                                        "Every municipality has a liaison person."))
            : words
                  .t(QT_TRANSLATE_N_NOOP("kartoitus::reports::NetworkRosters",
                                         "%n without a liaison person (highlighted): %1"),
                     int(without.size()))
                  .arg(without.join(QStringLiteral(", "))));
    *report = result;
    return true;
}

} // namespace kartoitus::reports
