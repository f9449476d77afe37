// The data-quality rules of `check`: what SQL can find, and field values judged by the
// same validators that editors and import use.
#include "common/finnishtext.h"
#include "fields/fieldcatalogue.h"
#include "fields/fieldformat.h"
#include "repositories/statsrepository.h"
#include "stats/registercheck.h"
#include "validation/validators.h"

#include <QHash>

namespace kartoitus {

namespace {

using Severity = CheckFinding::Severity;

// A rule's query (StatsRepository::visitRule, by key) selects the offending rows' ids, then
// up to two values for the message.
struct Rule
{
    Severity severity;
    const char *table;
    const char *field;
    const char *key;
    const char *message;
};

constexpr Rule rules[] = {
    {Severity::Warning, "organisations", "home_municipality", "no_home_municipality",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck", "The organisation has no home municipality.")},
    {Severity::Warning, "organisations", "sectors", "no_sector",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck", "The organisation has no sector.")},
    {Severity::Warning, "organisations", "sectors", "not_one_primary_sector",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The organisation should have exactly one primary sector.")},
    {Severity::Warning, "organisations", "contact_person_id", "no_contact",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The active organisation has no email, phone or contact person.")},
    {Severity::Warning, "persons", "email", "person_no_contact",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck", "The person has no email or phone.")},
    {Severity::Warning, "persons", "organisation_id", "person_unreachable",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The person belongs to no organisation and no municipality.")},
    {Severity::Warning, "persons", "consent_date", "consent_without_date",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The person's publish consent has no date: when was it given?")},
    {Severity::Warning, "activities", "municipalities", "activity_no_municipality",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The activity has no municipality: municipal lists leave it out.")},
    {Severity::Warning, "activities", "themes", "hyte_activity_no_theme",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The health and wellbeing activity has no theme.")},
    {Severity::Warning, "networks", "representatives", "network_no_representative",
     QT_TRANSLATE_NOOP("kartoitus::RegisterCheck",
                       "The network %1 has no representative at the partnership table.")},
    {Severity::Error, "network_representatives", "term_end", "term_ends_before_start",
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
    const StatsRepository repository(db);
    for (const Rule &rule : rules) {
        const QString table = QLatin1String(rule.table);
        const auto visit = [&](const QVariantList &row) {
            QString message = tr(rule.message);
            if (row.size() > 1)
                message = message.arg(row[1].toString());
            if (row.size() > 2)
                message = message.arg(row[2].toString());
            add(report, rule.severity, table, row[0].toLongLong(), QLatin1String(rule.field),
                message);
        };
        QString error;
        if (!repository.visitRule(QLatin1String(rule.key), visit, &error))
            queryFailed(table, error, report);
    }
    checkSharedIdentifiers(db, report);
}

// An identifier of the catalogue's (the business ID, the register number) that two
// organisations share most likely means one organisation entered twice.
void RegisterCheck::checkSharedIdentifiers(const QSqlDatabase &db, CheckReport *report)
{
    const StatsRepository repository(db);
    const QString table = QStringLiteral("organisations");
    for (const fields::Field &field :
         fields::FieldCatalogue::identifiers(fields::Entity::Organisations)) {
        const auto visit = [&](const QVariantList &row) {
            add(report, Severity::Warning, table, row[0].toLongLong(), field.key,
                tr("%1 %2 is also used by organisation %3: a duplicate?")
                    .arg(field.label, row[1].toString(), row[2].toString()));
        };
        QString error;
        if (!field.column.isEmpty() && !repository.visitShared(table, field.column, visit, &error))
            queryFailed(table, error, report);
    }
}

// Every whole number the catalogue knows (members, paid staff, ... and other numbers) is 0
// or more.
void RegisterCheck::checkCounts(const QSqlDatabase &db, CheckReport *report)
{
    for (const fields::FieldKind kind : {fields::FieldKind::Count, fields::FieldKind::Number}) {
        QStringList columns;
        QStringList labels;
        for (const fields::Field &field :
             fields::FieldCatalogue::fields(fields::Entity::Organisations)) {
            if (field.kind != kind || field.column.isEmpty())
                continue;
            columns.append(field.column);
            labels.append(field.label);
        }
        if (columns.isEmpty())
            continue;
        const QString table = QStringLiteral("organisations");
        const QString list = labels.join(QLatin1String(", "));
        const QString message = kind == fields::FieldKind::Count
                                    ? tr("A number of people (%1) is negative.").arg(list)
                                    : tr("A number (%1) is negative.").arg(list);
        QString error;
        if (!StatsRepository(db).visitNegative(
                columns,
                [&](const QVariantList &row) {
                    add(report, Severity::Error, table, row[0].toLongLong(), columns.value(0),
                        message);
                },
                &error))
            queryFailed(table, error, report);
    }
}

// Every stored value of a kind with a format (business ID, email, year, ...) is judged by
// the validator that editors and import use; the catalogue says which columns those are.
void RegisterCheck::checkValues(const QSqlDatabase &db, fields::Entity entity, CheckReport *report)
{
    // Counts and other numbers are judged by the negative-count rule, not here.
    QList<fields::Field> checked;
    QStringList columns;
    for (const fields::Field &field : fields::FieldCatalogue::fields(entity)) {
        const bool counted =
            field.kind == fields::FieldKind::Count || field.kind == fields::FieldKind::Number;
        if (!counted && !field.column.isEmpty() && fields::hasFormat(field.kind)) {
            checked.append(field);
            columns.append(field.column);
        }
    }
    if (columns.isEmpty())
        return;
    const QString table = fields::FieldCatalogue::entityKey(entity);
    const auto visit = [&](const QVariantList &row) {
        for (int i = 0; i < checked.size(); ++i) {
            const auto result = fields::checkFormat(checked[i], row[i + 1].toString());
            if (!result->ok)
                add(report, Severity::Error, table, row[0].toLongLong(), checked[i].key,
                    result->error);
        }
    };
    QString error;
    if (!StatsRepository(db).visitColumns(table, columns, visit, &error))
        queryFailed(table, error, report);
}

void RegisterCheck::checkSortKeys(const QSqlDatabase &db, CheckReport *report)
{
    const StatsRepository repository(db);
    for (const char *name : {"organisations", "persons", "activities"}) {
        const QString table = QLatin1String(name);
        const auto visit = [&](const QVariantList &row) {
            if (row[2].toString() != FinnishText::sortKey(row[1].toString()))
                add(report, Severity::Error, table, row[0].toLongLong(),
                    QStringLiteral("name_sort"),
                    tr("The sort key of “%1” is out of date: lists show it in the wrong place.")
                        .arg(row[1].toString()));
        };
        QString error;
        if (!repository.visitNames(table, visit, &error))
            queryFailed(table, error, report);
    }
}

// Organisations of one home municipality whose names differ only in the association
// suffix ("Kävelijät ry", "Kävelijät r.y.", "Kävelijät") are most likely one association
// entered twice; import matches them as one.
void RegisterCheck::checkNearDuplicates(const QSqlDatabase &db, CheckReport *report)
{
    QHash<QString, std::pair<qint64, QString>> first; // municipality + name -> first id, name
    const auto visit = [&](const QVariantList &row) {
        const QString name = row[1].toString();
        const QString key = row[2].toString() + u'\n' + FinnishText::matchingName(name);
        const auto found = first.constFind(key);
        if (found == first.cend()) {
            first.insert(key, {row[0].toLongLong(), name});
            return;
        }
        add(report, Severity::Warning, QStringLiteral("organisations"), row[0].toLongLong(),
            QStringLiteral("name"),
            tr("“%1” and organisation %2 “%3” in the same municipality have the same name, "
               "the association suffix (ry, r.y., rf) aside: a duplicate?")
                .arg(name)
                .arg(found->first)
                .arg(found->second));
    };
    QString error;
    if (!StatsRepository(db).visitOrganisationNames(visit, &error))
        queryFailed(QStringLiteral("organisations"), error, report);
}

} // namespace kartoitus
