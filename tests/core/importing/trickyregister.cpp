#include "trickyregister.h"

#include "importtestutil.h"

#include "repositories/activityrepository.h"
#include "repositories/organisationrepository.h"
#include "repositories/personrepository.h"

#include <QHash>

using namespace importtest;

namespace roundtrip {

namespace {

int referenceId(const QSqlDatabase &db, const char *table, const QString &name)
{
    return value(db,
                 QStringLiteral("SELECT id FROM %1 WHERE name_fi = ?").arg(QLatin1String(table)),
                 {name})
        .toInt();
}

QList<int> referenceIds(const QSqlDatabase &db, const char *table, const QStringList &names)
{
    QList<int> ids;
    for (const QString &name : names)
        ids.append(referenceId(db, table, name));
    return ids;
}

// Every field the export writes, with delimiters, quotes, a line break, Finnish letters,
// a leading zero and lists.
Organisation everyField(const QSqlDatabase &db)
{
    Organisation full;
    full.name = QStringLiteral("Äänekosken Seudun Ääni ry");
    full.shortName = QStringLiteral("ÄSÄ");
    full.businessId = QStringLiteral("0221704-3");
    full.registerNumber = QStringLiteral("192130");
    full.legalFormId =
        value(db, QStringLiteral("SELECT id FROM legal_forms WHERE code = 'ry'")).toInt();
    full.homeMunicipality = QStringLiteral("992");
    full.municipalitiesServed = {QStringLiteral("992"), QStringLiteral("179"),
                                 QStringLiteral("077")};
    full.sectorIds = referenceIds(db, "sectors", {"Kulttuuri", "Muu"});
    full.primarySectorId = full.sectorIds.first();
    full.targetGroupIds = referenceIds(db, "target_groups", {"Ikäihmiset", "Kaikki"});
    full.languages = QStringLiteral("fi, sv");
    full.description = QStringLiteral("Kuoro, joka laulaa; \"aina\" ja\nkaikkialla");
    full.streetAddress = QStringLiteral("Köydenpunojankatu 3 A 1");
    full.postalCode = QStringLiteral("04400");
    full.postOffice = QStringLiteral("ÄÄNEKOSKI");
    full.email = QStringLiteral("kuoro@aani.example.org");
    full.phone = QStringLiteral("+358 40 123 4567");
    full.website = QStringLiteral("https://aani.example.org/kuoro?a=1;b=2");
    full.foundedYear = 1998;
    full.members = 1240;
    full.volunteers = 15;
    full.paidStaff = 2;
    full.tags = QStringLiteral("kuoro; laulu, musiikki");
    full.notes = QStringLiteral("=1+1 ei ole kaava");
    full.verifiedAt = QStringLiteral("2024-05-31T12:00:00Z");
    return full;
}

// Cells a spreadsheet would run as formulas or that start with a tab or a line break,
// quotes and delimiters in a name, and an organisation with nothing but its name.
QList<Organisation> trickyOrganisations(const QSqlDatabase &db)
{
    Organisation formula;
    formula.name = QStringLiteral("=SUM(A1:A9)");
    formula.shortName = QStringLiteral("@SUM");
    formula.homeMunicipality = QStringLiteral("179");
    formula.description = QStringLiteral("+358 40 123 4567");
    formula.notes = QStringLiteral("@mention");
    formula.tags = QStringLiteral("-miinus");
    formula.status = QStringLiteral("dormant");
    formula.members = 0;
    formula.sectorIds = referenceIds(db, "sectors", {"Nuoriso"});

    Organisation minus;
    minus.name = QStringLiteral("-Miinus ry");
    minus.homeMunicipality = QStringLiteral("179");
    minus.registerNumber = QStringLiteral("1234");
    minus.municipalitiesServed = {QStringLiteral("500")};
    minus.description = QStringLiteral("\tSisennetty kuvaus");
    minus.notes = QStringLiteral("\r\nAlkaa rivinvaihdolla");

    Organisation escaped;
    escaped.name = QStringLiteral("'=Jo suojattu");
    escaped.homeMunicipality = QStringLiteral("077");
    escaped.description = QStringLiteral("Rivi 1\r\nRivi 2");
    escaped.notes = QStringLiteral("''+kaksi heittomerkkiä");
    escaped.status = QStringLiteral("dissolved");

    Organisation quoted;
    quoted.name = QStringLiteral("Keuruun \"Kylä\"; yhdistys, ry");
    quoted.homeMunicipality = QStringLiteral("249");
    quoted.sectorIds = referenceIds(db, "sectors", {"Kylä- ja asukastoiminta"});
    quoted.primarySectorId = quoted.sectorIds.first();
    quoted.tags = QStringLiteral("|putki|");

    Organisation bare;
    bare.name = QStringLiteral("Pihtiputaan Pelimannit ry");
    return {everyField(db), formula, minus, escaped, quoted, bare};
}

bool addPeople(const QSqlDatabase &db, const QList<qint64> &organisations,
               QHash<QString, qint64> *byName, QString *error)
{
    struct Spec
    {
        const char *name;
        int organisation; // index, or -1
        const char *municipality, *role, *email, *phone, *consentDate, *notes;
    };
    const Spec specs[] = {
        {"Åsa Öhman", 0, "", "puheenjohtaja; kuoronjohtaja", "asa@aani.example.org", "040 123 4567",
         "2024-05-31", "=huom"},
        {"Pekka \"Pete\" Päivärinta", 2, "", "", "", "", "", ""},
        {"Matti Meikäläinen", 1, "", "", "matti@example.org", "", "", ""},
        {"Liisa Yhdyshenkilö", -1, "179", "järjestöyhdyshenkilö", "liisa@jyvaskyla.example",
         "014 266 0000", "2023-01-02", "Rivi\nrivi"},
        {"-Miinus Henkilö", -1, "992", "", "", "", "", "@kaikki"},
    };
    PersonRepository persons(db);
    for (const Spec &s : specs) {
        Person p;
        p.name = QString::fromUtf8(s.name);
        if (s.organisation >= 0)
            p.organisationId = organisations[s.organisation];
        p.municipalityCode = QString::fromUtf8(s.municipality);
        p.role = QString::fromUtf8(s.role);
        p.email = QString::fromUtf8(s.email);
        p.phone = QString::fromUtf8(s.phone);
        p.consentDate = QString::fromUtf8(s.consentDate);
        p.publishConsent = !p.consentDate.isEmpty();
        p.notes = QString::fromUtf8(s.notes);
        if (!persons.create(&p, error))
            return false;
        byName->insert(p.name, p.id);
    }
    return true;
}

bool addActivities(const QSqlDatabase &db, const QList<qint64> &organisations,
                   const QHash<QString, qint64> &persons, QString *error)
{
    Activity choir;
    choir.organisationId = organisations[0];
    choir.name = QStringLiteral("Laulupiiri \"Ilo\"");
    choir.description = QStringLiteral("Joka tiistai; tervetuloa,\nkaikki!");
    choir.hyte = true;
    choir.themeIds = referenceIds(
        db, "themes", {"Kulttuuri ja harrastukset", "Yksinäisyyden ehkäisy ja osallisuus"});
    choir.targetGroupIds = referenceIds(db, "target_groups", {"Ikäihmiset"});
    choir.municipalityCodes = {QStringLiteral("992"), QStringLiteral("179")};
    choir.placeType = QStringLiteral("place");
    choir.address = QStringLiteral("Köydenpunojankatu 3, 44100 Äänekoski");
    choir.schedule = QStringLiteral("ti klo 17–19");
    choir.cost = QStringLiteral("free");
    choir.costText = QStringLiteral("=0 €");
    choir.accessibility = QStringLiteral("Esteetön; hissi");
    choir.languages = QStringLiteral("fi");
    choir.howToJoin = QStringLiteral("Soita: +358 40 123 4567");
    choir.openForReferral = true;
    choir.contactPersonId = persons.value(QStringLiteral("Åsa Öhman"));

    Activity evening;
    evening.organisationId = organisations[1];
    evening.name = QStringLiteral("Nuorten ilta");
    evening.placeType = QStringLiteral("online");
    evening.cost = QStringLiteral("paid");
    evening.targetGroupIds = referenceIds(db, "target_groups", {"Nuoret", "Lapset"});
    evening.contactPersonId = persons.value(QStringLiteral("Matti Meikäläinen"));

    Activity walk;
    walk.organisationId = organisations[2];
    walk.name = QStringLiteral("=Kävelyryhmä");
    walk.themeIds = referenceIds(db, "themes", {"Liikunta"});
    walk.placeType = QStringLiteral("hybrid");
    walk.municipalityCodes = {QStringLiteral("500")};

    Activity practice;
    practice.organisationId = organisations[5];
    practice.name = QStringLiteral("Pelimanniharjoitus");

    ActivityRepository activities(db);
    for (Activity a : {choir, evening, walk, practice}) {
        if (!activities.create(&a, error))
            return false;
    }
    return true;
}

} // namespace

bool fillTrickyRegister(const QSqlDatabase &db, QString *error)
{
    OrganisationRepository organisations(db);
    QList<qint64> ids;
    for (Organisation o : trickyOrganisations(db)) {
        if (!organisations.create(&o, error))
            return false;
        ids.append(o.id);
    }
    QHash<QString, qint64> persons;
    if (!addPeople(db, ids, &persons, error) || !addActivities(db, ids, persons, error))
        return false;
    // Contacts of the first and third organisation.
    for (const auto &[index, name] :
         {std::pair{0, "Åsa Öhman"}, std::pair{2, "Pekka \"Pete\" Päivärinta"}}) {
        auto o = organisations.get(ids[index], error);
        if (!o)
            return false;
        o->contactPersonId = persons.value(QString::fromUtf8(name));
        if (!organisations.update(&*o, error))
            return false;
    }
    return true;
}

} // namespace roundtrip
