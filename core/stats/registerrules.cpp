// The data-quality rules of `check`: what SQL can find, and field values judged by the
// same validators that editors and import use.
#include "common/finnishtext.h"
#include "fields/fieldcatalogue.h"
#include "stats/registercheck.h"
#include "validation/validators.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kartoitus {

namespace {

using Severity = CheckFinding::Severity;

// A rule's query selects the offending rows' ids, then up to two values for the message.
struct Rule
{
    Severity severity;
    const char *table;
    const char *field;
    const char *sql;
    const char *message;
};

constexpr Rule rules[] = {
    {Severity::Warning, "organisations", "home_municipality",
     "SELECT id FROM organisations WHERE coalesce(home_municipality, '') = ''",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck", "The organisation has no home municipality.")},
    {Severity::Warning, "organisations", "business_id",
     "SELECT o.id, o.business_id, (SELECT min(p.id) FROM organisations p WHERE p.business_id ="
     " o.business_id AND p.id <> o.id) AS other FROM organisations o WHERE o.business_id <> ''"
     " AND other IS NOT NULL",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "Business ID %1 is also used by organisation %2: a duplicate?")},
    {Severity::Warning, "organisations", "register_number",
     "SELECT o.id, o.register_number, (SELECT min(p.id) FROM organisations p WHERE"
     " p.register_number = o.register_number AND p.id <> o.id) AS other FROM organisations o"
     " WHERE o.register_number <> '' AND other IS NOT NULL",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "Register number %1 is also used by organisation %2: a duplicate?")},
    {Severity::Warning, "organisations", "sectors",
     "SELECT id FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM organisation_sectors s"
     " WHERE s.organisation_id = o.id)",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck", "The organisation has no sector.")},
    {Severity::Warning, "organisations", "sectors",
     "SELECT organisation_id FROM organisation_sectors GROUP BY organisation_id"
     " HAVING sum(is_primary) <> 1",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The organisation should have exactly one primary sector.")},
    {Severity::Warning, "organisations", "contact_person_id",
     "SELECT id FROM organisations WHERE status = 'active' AND coalesce(email, '') = '' AND"
     " coalesce(phone, '') = '' AND contact_person_id IS NULL",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The active organisation has no email, phone or contact person.")},
    {Severity::Warning, "persons", "email",
     "SELECT id FROM persons WHERE coalesce(email, '') = '' AND coalesce(phone, '') = ''",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck", "The person has no email or phone.")},
    {Severity::Warning, "persons", "organisation_id",
     "SELECT id FROM persons WHERE organisation_id IS NULL AND municipality_code IS NULL",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The person belongs to no organisation and no municipality.")},
    {Severity::Warning, "persons", "consent_date",
     "SELECT id FROM persons WHERE publish_consent = 1 AND coalesce(consent_date, '') = ''",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The person's publish consent has no date: when was it given?")},
    {Severity::Warning, "activities", "municipalities",
     "SELECT id FROM activities a WHERE NOT EXISTS (SELECT 1 FROM activity_municipalities m"
     " WHERE m.activity_id = a.id)",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The activity has no municipality: municipal lists leave it out.")},
    {Severity::Warning, "activities", "themes",
     "SELECT id FROM activities a WHERE hyte = 1 AND NOT EXISTS (SELECT 1 FROM activity_themes t"
     " WHERE t.activity_id = a.id)",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The health and wellbeing activity has no theme.")},
    {Severity::Warning, "networks", "representatives",
     "SELECT id, name FROM networks n WHERE NOT EXISTS (SELECT 1 FROM network_representatives r"
     " WHERE r.network_id = n.id)",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The network %1 has no representative at the partnership table.")},
    {Severity::Error, "network_representatives", "term_end",
     "SELECT id, term_start, term_end FROM network_representatives WHERE term_start <> '' AND"
     " term_end <> '' AND term_end < term_start",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck", "The term ends (%2) before it starts (%1).")},
};

void add(CheckReport *report, Severity severity, const QString &table, qint64 id,
         const QString &field, const QString &message)
{
    report->findings.append({severity, table, id, field, message});
}

} // namespace

void RegisterCheck::checkRules(const QSqlDatabase &db, CheckReport *report)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const Rule &rule : rules) {
        if (!query.exec(QLatin1String(rule.sql))) {
            queryFailed(QLatin1String(rule.table), query.lastError().text(), report);
            continue;
        }
        const int values = query.record().count();
        while (query.next()) {
            QString message = tr(rule.message);
            if (values > 1)
                message = message.arg(query.value(1).toString());
            if (values > 2)
                message = message.arg(query.value(2).toString());
            add(report, rule.severity, QLatin1String(rule.table), query.value(0).toLongLong(),
                QLatin1String(rule.field), message);
        }
    }
}

// Every count of people the catalogue knows (members, paid staff, ...) is 0 or more.
void RegisterCheck::checkCounts(const QSqlDatabase &db, CheckReport *report)
{
    QStringList negative;
    QStringList labels;
    QString first;
    for (const fields::Field &field :
         fields::FieldCatalogue::fields(fields::Entity::Organisations)) {
        if (field.kind != fields::FieldKind::Count || field.column.isEmpty())
            continue;
        negative.append(field.column + QStringLiteral(" < 0"));
        labels.append(field.label);
        if (first.isEmpty())
            first = field.column;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM organisations WHERE ") +
                    negative.join(QLatin1String(" OR ")))) {
        queryFailed(QStringLiteral("organisations"), query.lastError().text(), report);
        return;
    }
    while (query.next())
        add(report, Severity::Error, QStringLiteral("organisations"), query.value(0).toLongLong(),
            first,
            tr("A number of people (%1) is negative.").arg(labels.join(QLatin1String(", "))));
}

void RegisterCheck::checkOrganisationValues(const QSqlDatabase &db, CheckReport *report)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, business_id, register_number, postal_code, email,"
                                   " phone, website, founded_year FROM organisations"))) {
        queryFailed(QStringLiteral("organisations"), query.lastError().text(), report);
        return;
    }
    const QString table = QStringLiteral("organisations");
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto check = [&](const char *field, const Validation &result) {
            if (!result.ok)
                add(report, Severity::Error, table, id, QLatin1String(field), result.error);
        };
        check("business_id", Validators::businessId(query.value(1).toString()));
        check("register_number", Validators::registerNumber(query.value(2).toString()));
        check("postal_code", Validators::postalCode(query.value(3).toString()));
        check("email", Validators::email(query.value(4).toString()));
        check("phone", Validators::phone(query.value(5).toString()));
        check("website", Validators::website(query.value(6).toString()));
        check("founded_year", Validators::foundedYear(query.value(7).toString()));
    }
}

void RegisterCheck::checkPersonValues(const QSqlDatabase &db, CheckReport *report)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, email, phone FROM persons"))) {
        queryFailed(QStringLiteral("persons"), query.lastError().text(), report);
        return;
    }
    const QString table = QStringLiteral("persons");
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (const Validation email = Validators::email(query.value(1).toString()); !email.ok)
            add(report, Severity::Error, table, id, QStringLiteral("email"), email.error);
        if (const Validation phone = Validators::phone(query.value(2).toString()); !phone.ok)
            add(report, Severity::Error, table, id, QStringLiteral("phone"), phone.error);
    }
}

void RegisterCheck::checkSortKeys(const QSqlDatabase &db, CheckReport *report)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const char *table : {"organisations", "persons", "activities"}) {
        if (!query.exec(
                QStringLiteral("SELECT id, name, name_sort FROM %1").arg(QLatin1String(table)))) {
            queryFailed(QLatin1String(table), query.lastError().text(), report);
            continue;
        }
        while (query.next()) {
            if (query.value(2).toString() != FinnishText::sortKey(query.value(1).toString()))
                add(report, Severity::Error, QLatin1String(table), query.value(0).toLongLong(),
                    QStringLiteral("name_sort"),
                    tr("The sort key of “%1” is out of date: lists show it in the wrong place.")
                        .arg(query.value(1).toString()));
        }
    }
}

// Organisations of one home municipality whose names differ only in the association
// suffix ("Kävelijät ry", "Kävelijät r.y.", "Kävelijät") are most likely one association
// entered twice; import matches them as one.
void RegisterCheck::checkNearDuplicates(const QSqlDatabase &db, CheckReport *report)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, coalesce(home_municipality, '') FROM "
                                   "organisations ORDER BY id"))) {
        queryFailed(QStringLiteral("organisations"), query.lastError().text(), report);
        return;
    }
    QHash<QString, std::pair<qint64, QString>> first; // municipality + name -> first id, name
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QString key = query.value(2).toString() + u'\n' + FinnishText::matchingName(name);
        const auto found = first.constFind(key);
        if (found == first.cend()) {
            first.insert(key, {query.value(0).toLongLong(), name});
            continue;
        }
        add(report, Severity::Warning, QStringLiteral("organisations"), query.value(0).toLongLong(),
            QStringLiteral("name"),
            tr("“%1” and organisation %2 “%3” in the same municipality have the same name, "
               "the association suffix (ry, r.y., rf) aside: a duplicate?")
                .arg(name)
                .arg(found->first)
                .arg(found->second));
    }
}

} // namespace kartoitus
