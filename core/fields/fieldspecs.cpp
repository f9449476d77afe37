#include "fields/fieldspecs.h"

#include <iterator>

namespace kartoitus::fields::detail {

namespace {

// Names joined by ", " in a fixed order: group_concat over an ordered subquery, so that
// an export, re-imported and exported again, gives the same bytes.
#define JOINED(select) "(SELECT group_concat(n, ', ') FROM (" select "))"

// Labels are spelled out as QT_TRANSLATE_NOOP: lupdate does not expand macros, so a label
// behind a macro of our own would never reach the translations.
// Header variants: what registers, survey tools and spreadsheets kept by hand call the
// column in Finnish, Swedish and English, and the Finnish labels this program's own
// exports write. Case, spaces and punctuation do not matter (normaliseHeader()).
constexpr FieldSpec organisationSpecs[] = {
    FieldSpec{"id", FieldKind::Uuid, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "ID"),
              "uuid|tunniste|id-tunnus|identifierare|identifier"}
        .read("o.uuid"),
    FieldSpec{
        "name", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Name"),
        "nimi|järjestön nimi|järjestö|yhdistyksen nimi|yhdistys|organisaation nimi|organisaatio|"
        "yhteisön nimi|namn|föreningens namn|förening|organisationens namn|organisation|"
        "organisation name|organization|organization name|association|association name"}
        .stored()
        .list(OrganisationColumn::Name, true),
    FieldSpec{"short_name", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Short name"),
              "lyhenne|lyhyt nimi|kutsumanimi|förkortning|kort namn|abbreviation|acronym"}
        .stored()
        .list(OrganisationColumn::ShortName, false),
    FieldSpec{"business_id", FieldKind::BusinessId, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Business ID"),
              "y-tunnus|ytunnus|y-tun|yritys- ja yhteisötunnus|fo-nummer|fo-nr|företags- och "
              "organisationsnummer|business id|business identity code"}
        .stored()
        .identifies(1)
        .list(OrganisationColumn::BusinessId, true),
    FieldSpec{
        "register_number", FieldKind::RegisterNumber, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Register number"),
        "rekisterinumero|yhdistysrekisterinumero|rek.nro|rekisterinro|yhdistysrekisterinro|"
        "registernummer|föreningsregisternummer|association register number|registration number"}
        .stored()
        .identifies(2)
        .list(OrganisationColumn::RegisterNumber, false),
    FieldSpec{"legal_form", FieldKind::Reference, "legal_forms",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Legal form"),
              "oikeudellinen muoto|yhteisömuoto|organisaatiomuoto|yritysmuoto|juridisk form|"
              "organisationsform"}
        .stored("legal_form_id")
        .read("(SELECT lf.name_fi FROM legal_forms lf WHERE lf.id = o.legal_form_id)"),
    FieldSpec{
        "municipality", FieldKind::Municipality, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipality"),
        "kunta|kotikunta|kotipaikka|kotipaikkakunta|kommun|hemkommun|hemort|home municipality"}
        .stored("home_municipality")
        .read("(SELECT m.name_fi FROM municipalities m WHERE m.code = o.home_municipality)")
        .list(OrganisationColumn::Municipality, true)
        .listLabel(QT_TRANSLATE_NOOP3("kartoitus::fields::FieldCatalogue", "Municipality",
                                      "the list's column: the home municipality")),
    FieldSpec{
        "municipalities_served", FieldKind::MunicipalityList, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipalities served"),
        "toimintakunnat|toiminta-alue|toiminta-alueen kunnat|kunnat joissa toimii|toimintakunta|"
        "verksamhetskommuner|verksamhetsområde|municipalities|area of operation|service area"}
        .linked("organisation_municipalities", "organisation_id", "municipality_code")
        .read(JOINED("SELECT m.name_fi AS n FROM organisation_municipalities om JOIN "
                     "municipalities m ON m.code = om.municipality_code WHERE "
                     "om.organisation_id = o.id ORDER BY m.name_fi"))
        .list(OrganisationColumn::MunicipalitiesServed, false),
    FieldSpec{"sectors", FieldKind::ReferenceList, "sectors",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Sectors"),
              "toimialat|toimiala|sektorit|branscher|bransch|sektor|sector"}
        .linked("organisation_sectors", "organisation_id", "sector_id")
        .read(JOINED("SELECT s.name_fi AS n FROM organisation_sectors os JOIN sectors s ON "
                     "s.id = os.sector_id WHERE os.organisation_id = o.id ORDER BY "
                     "os.is_primary DESC, s.sort_order, s.name_fi"))
        .list(OrganisationColumn::Sectors, true),
    FieldSpec{"primary_sector", FieldKind::Reference, "sectors",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Primary sector"),
              "päätoimiala|ensisijainen toimiala|huvudbransch|main sector"}
        .read("(SELECT s.name_fi FROM organisation_sectors os JOIN sectors s ON s.id = "
              "os.sector_id WHERE os.organisation_id = o.id AND os.is_primary = 1)"),
    FieldSpec{"target_groups", FieldKind::ReferenceList, "target_groups",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Target groups"),
              "kohderyhmät|kohderyhmä|målgrupper|målgrupp|target group"}
        .linked("organisation_target_groups", "organisation_id", "target_group_id")
        .read(JOINED("SELECT t.name_fi AS n FROM organisation_target_groups ot JOIN "
                     "target_groups t ON t.id = ot.target_group_id WHERE ot.organisation_id "
                     "= o.id ORDER BY t.sort_order, t.name_fi")),
    FieldSpec{"languages", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Languages"),
              "kielet|kieli|toimintakieli|toimintakielet|språk|language"}
        .stored(),
    FieldSpec{"description", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Description"),
              "kuvaus|toiminnan kuvaus|esittely|beskrivning|about"}
        .stored()
        .multiline(),
    FieldSpec{"street_address", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Street address"),
              "katuosoite|osoite|postiosoite|lähiosoite|gatuadress|adress|address"}
        .stored()
        .privacy(Privacy::OrganisationContact)
        .list(OrganisationColumn::StreetAddress, false),
    FieldSpec{"postal_code", FieldKind::PostalCode, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Postal code"),
              "postinumero|postinro|postnummer|zip|zip code|postcode|post code"}
        .stored()
        .privacy(Privacy::OrganisationContact)
        .list(OrganisationColumn::PostalCode, false),
    FieldSpec{"city", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "City"),
              "postitoimipaikka|paikkakunta|postitoimipaikan nimi|postanstalt|postort|ort|post "
              "office|town"}
        .stored("post_office")
        .privacy(Privacy::OrganisationContact)
        .list(OrganisationColumn::City, false),
    FieldSpec{"email", FieldKind::Email, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Email"),
              "sähköposti|sähköpostiosoite|s-posti|e-mail|e-post|e-postadress|email address"}
        .stored()
        .privacy(Privacy::OrganisationContact)
        .list(OrganisationColumn::Email, true),
    FieldSpec{"phone", FieldKind::Phone, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Phone"),
              "puhelin|puhelinnumero|puh|telefon|telefonnummer|tel|telephone|phone number"}
        .stored()
        .privacy(Privacy::OrganisationContact)
        .list(OrganisationColumn::Phone, true),
    FieldSpec{
        "website", FieldKind::Website, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Website"),
        "verkkosivut|verkkosivu|kotisivu|kotisivut|www|www-sivut|internetsivut|webbplats|hemsida|"
        "webb|web|homepage|url"}
        .stored()
        .privacy(Privacy::OrganisationContact)
        .list(OrganisationColumn::Website, false),
    FieldSpec{
        "founded_year", FieldKind::Year, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Founded"),
        "perustamisvuosi|perustettu|perustettu vuonna|grundat|grundår|grundningsår|year founded|"
        "founded year|founding year"}
        .stored(),
    FieldSpec{"members", FieldKind::Count, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Members"),
              "jäsenmäärä|jäseniä|jäsenet|jäsenten määrä|medlemmar|antal medlemmar|medlemsantal|"
              "number of members|membership"}
        .stored()
        .list(OrganisationColumn::Members, true),
    FieldSpec{"volunteers", FieldKind::Count, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Volunteers"),
              "vapaaehtoiset|vapaaehtoisia|vapaaehtoisten määrä|frivilliga|antal frivilliga|"
              "number of volunteers"}
        .stored()
        .list(OrganisationColumn::Volunteers, false),
    FieldSpec{"paid_staff", FieldKind::Count, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Paid staff"),
              "työntekijät|työntekijöitä|palkatut työntekijät|palkattu henkilöstö|henkilöstö|"
              "henkilökunta|työntekijämäärä|anställda|personal|antal anställda|employees|staff"}
        .stored(),
    FieldSpec{"status", FieldKind::Status, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Status"),
              "tila|toiminnan tila|tillstånd|state"}
        .stored()
        .orDefault("'active'")
        .list(OrganisationColumn::Status, true),
    FieldSpec{"contact_person", FieldKind::PersonName, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact person"),
              "yhteyshenkilö|yhteyshenkilön nimi|kontaktperson|contact|contact name"}
        .read("(SELECT cp.name FROM persons cp WHERE cp.id = o.contact_person_id)")
        .privacy(Privacy::Personal),
    FieldSpec{"tags", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Tags"),
              "tunnisteet|avainsanat|asiasanat|taggar|nyckelord|keywords"}
        .stored(),
    FieldSpec{
        "notes", FieldKind::Text, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Notes"),
        "muistiinpanot|huomiot|lisätiedot|huomautukset|anteckningar|noteringar|comments|remarks"}
        .stored()
        .multiline(),
    FieldSpec{"verified_at", FieldKind::Date, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Last checked"),
              "tarkistettu|viimeksi tarkistettu|tarkistuspäivä|kontrollerad|senast kontrollerad|"
              "verified|last verified"}
        .stored()
        .dayOnly()
        .read("substr(o.verified_at, 1, 10)"),
};

constexpr FieldSpec activitySpecs[] = {
    FieldSpec{"id", FieldKind::Uuid, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "ID"),
              "uuid|tunniste|id-tunnus|identifierare|identifier"}
        .read("a.uuid"),
    FieldSpec{"organisation", FieldKind::Organisation, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Organisation"),
              "järjestö|järjestön nimi|yhdistys|yhdistyksen nimi|organisaatio|järjestäjä|toimija|"
              "förening|arrangör|organisation name|organization|organiser|organizer|provider"}
        .stored("organisation_id")
        .read("(SELECT o.name FROM organisations o WHERE o.id = a.organisation_id)"),
    FieldSpec{
        "name", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Name"),
        "nimi|toiminnan nimi|toiminta|namn|verksamhet|verksamhetens namn|activity|activity name"}
        .stored(),
    FieldSpec{"description", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Description"),
              "kuvaus|toiminnan kuvaus|esittely|beskrivning|about"}
        .stored()
        .multiline(),
    FieldSpec{
        "hyte", FieldKind::YesNo, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Health promotion (hyte)"),
        "hyte|hyte-toiminta|hyvinvoinnin ja terveyden edistäminen|terveyden edistäminen (hyte)|"
        "terveyden edistäminen|hälsofrämjande|health promotion"}
        .stored()
        .orDefault("0"),
    FieldSpec{"themes", FieldKind::ReferenceList, "themes",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Themes"),
              "teemat|teema|aihe|aiheet|teman|tema|theme|topics"}
        .linked("activity_themes", "activity_id", "theme_id")
        .read(JOINED("SELECT t.name_fi AS n FROM activity_themes at JOIN themes t ON t.id = "
                     "at.theme_id WHERE at.activity_id = a.id ORDER BY t.sort_order, "
                     "t.name_fi")),
    FieldSpec{"target_groups", FieldKind::ReferenceList, "target_groups",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Target groups"),
              "kohderyhmät|kohderyhmä|målgrupper|målgrupp|target group"}
        .linked("activity_target_groups", "activity_id", "target_group_id")
        .read(JOINED("SELECT t.name_fi AS n FROM activity_target_groups ag JOIN "
                     "target_groups t ON t.id = ag.target_group_id WHERE ag.activity_id = "
                     "a.id ORDER BY t.sort_order, t.name_fi")),
    FieldSpec{"municipalities", FieldKind::MunicipalityList, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipalities"),
              "kunnat|kunta|toimintakunnat|paikkakunta|kommuner|kommun|municipality"}
        .linked("activity_municipalities", "activity_id", "municipality_code")
        .read(JOINED("SELECT m.name_fi AS n FROM activity_municipalities am JOIN "
                     "municipalities m ON m.code = am.municipality_code WHERE am.activity_id "
                     "= a.id ORDER BY m.name_fi")),
    FieldSpec{"place", FieldKind::PlaceType, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Place"),
              "paikka|toimintamuoto|toteutustapa|lähi- vai etätoiminta|plats|form|format|mode"}
        .stored("place_type"),
    FieldSpec{"address", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Address"),
              "osoite|toimintapaikka|paikan osoite|katuosoite|adress|venue"}
        .stored(),
    FieldSpec{"schedule", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Schedule"),
              "aikataulu|ajankohta|aika|milloin|tidtabell|tid|när|time|when"}
        .stored(),
    FieldSpec{"cost", FieldKind::Cost, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Cost"),
              "hinta|maksullisuus|maksu|kustannus|pris|avgift|kostnad|price|fee"}
        .stored(),
    FieldSpec{
        "cost_text", FieldKind::Text, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Cost details"),
        "hinnan lisätiedot|hintatiedot|maksun lisätiedot|prisuppgifter|price details|fee details"}
        .stored(),
    FieldSpec{"accessibility", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Accessibility"),
              "saavutettavuus|esteettömyys|tillgänglighet"}
        .stored(),
    FieldSpec{"languages", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Languages"),
              "kielet|kieli|toimintakieli|toimintakielet|språk|language"}
        .stored(),
    FieldSpec{
        "how_to_join", FieldKind::Text, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "How to join"),
        "miten mukaan|miten pääsee mukaan|ilmoittautuminen|osallistuminen|hur man deltar|anmälan|"
        "registration|how to participate"}
        .stored(),
    FieldSpec{"open_for_referral", FieldKind::YesNo, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Open for referral"),
              "avoin palveluohjaukselle|palveluohjaus|voi ohjata|ohjattavissa|öppen för hänvisning|"
              "hänvisning|referral"}
        .stored()
        .orDefault("0"),
    FieldSpec{"contact_person", FieldKind::PersonName, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact person"),
              "yhteyshenkilö|yhteyshenkilön nimi|kontaktperson|contact|contact name"}
        .read("(SELECT cp.name FROM persons cp WHERE cp.id = a.contact_person_id)")
        .privacy(Privacy::Personal),
    FieldSpec{
        "contact_email", FieldKind::Email, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact email"),
        "yhteyshenkilön sähköposti|sähköposti|sähköpostiosoite|kontaktpersonens e-post|e-post|"
        "contact e-mail|email|e-mail"}
        .read("(SELECT cp.email FROM persons cp WHERE cp.id = a.contact_person_id)")
        .privacy(Privacy::Personal),
    FieldSpec{"contact_phone", FieldKind::Phone, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact phone"),
              "yhteyshenkilön puhelin|yhteyshenkilön puhelinnumero|puhelin|puhelinnumero|puh|"
              "kontaktpersonens telefon|telefon|phone|telephone"}
        .read("(SELECT cp.phone FROM persons cp WHERE cp.id = a.contact_person_id)")
        .privacy(Privacy::Personal),
};

constexpr FieldSpec personSpecs[] = {
    FieldSpec{"id", FieldKind::Uuid, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "ID"),
              "uuid|tunniste|id-tunnus|identifierare|identifier"}
        .read("p.uuid"),
    FieldSpec{"name", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Name"),
              "nimi|henkilön nimi|yhteyshenkilö|koko nimi|namn|person|full name"}
        .stored()
        .privacy(Privacy::Personal),
    FieldSpec{
        "organisation", FieldKind::Organisation, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Organisation"),
        "järjestö|järjestön nimi|yhdistys|organisaatio|förening|organisation name|organization"}
        .stored("organisation_id")
        .read("(SELECT o.name FROM organisations o WHERE o.id = p.organisation_id)"),
    FieldSpec{"municipality", FieldKind::Municipality, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipality"),
              "kunta|kommun|municipality"}
        .stored("municipality_code")
        .read("(SELECT m.name_fi FROM municipalities m WHERE m.code = p.municipality_code)"),
    FieldSpec{"role", FieldKind::Text, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Role"),
              "rooli|tehtävä|asema|titteli|nimike|roll|uppgift|titel|title|position"}
        .stored(),
    FieldSpec{"email", FieldKind::Email, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Email"),
              "sähköposti|sähköpostiosoite|s-posti|e-mail|e-post|e-postadress|email address"}
        .stored()
        .privacy(Privacy::Personal),
    FieldSpec{"phone", FieldKind::Phone, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Phone"),
              "puhelin|puhelinnumero|puh|telefon|telefonnummer|tel|telephone|phone number"}
        .stored()
        .privacy(Privacy::Personal),
    FieldSpec{"publish_consent", FieldKind::YesNo, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Publish consent"),
              "julkaisulupa|lupa julkaista|saa julkaista|julkaisusuostumus|publiceringstillstånd|"
              "consent|publication consent"}
        .stored()
        .orDefault("0"),
    FieldSpec{"consent_date", FieldKind::Date, "",
              QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Consent date"),
              "luvan päivämäärä|julkaisuluvan päivämäärä|suostumuksen päivämäärä|samtyckesdatum|"
              "date of consent"}
        .stored(),
    FieldSpec{
        "notes", FieldKind::Text, "",
        QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Notes"),
        "muistiinpanot|huomiot|lisätiedot|huomautukset|anteckningar|noteringar|comments|remarks"}
        .stored()
        .multiline(),
};

#undef JOINED

template<std::size_t N> SpecTable table(const FieldSpec (&specs)[N])
{
    return {std::begin(specs), std::end(specs)};
}

} // namespace

SpecTable specs(Entity entity)
{
    switch (entity) {
    case Entity::Organisations:
        return table(organisationSpecs);
    case Entity::Activities:
        return table(activitySpecs);
    case Entity::Persons:
        return table(personSpecs);
    }
    return {nullptr, nullptr};
}

} // namespace kartoitus::fields::detail
