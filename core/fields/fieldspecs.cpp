#include "fields/fieldspecs.h"

#include <iterator>

namespace kartoitus::fields::detail {

namespace {

// Labels are spelled out as QT_TRANSLATE_NOOP: lupdate does not expand macros, so a label
// behind a macro of our own would never reach the translations.
// Header variants: what registers, survey tools and spreadsheets kept by hand call the
// column in Finnish, Swedish and English, and the Finnish labels this program's own
// exports write. Case, spaces and punctuation do not matter (normaliseHeader()).
constexpr FieldSpec organisationSpecs[] = {
    {"id", FieldKind::Uuid, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "ID"),
     "uuid|tunniste|id-tunnus|identifierare|identifier"},
    {"name", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Name"),
     "nimi|järjestön nimi|järjestö|yhdistyksen nimi|yhdistys|organisaation nimi|organisaatio|"
     "yhteisön nimi|namn|föreningens namn|förening|organisationens namn|organisation|"
     "organisation name|organization|organization name|association|association name"},
    {"short_name", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Short name"),
     "lyhenne|lyhyt nimi|kutsumanimi|förkortning|kort namn|abbreviation|acronym"},
    {"business_id", FieldKind::BusinessId, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Business ID"),
     "y-tunnus|ytunnus|y-tun|yritys- ja yhteisötunnus|fo-nummer|fo-nr|företags- och "
     "organisationsnummer|business id|business identity code"},
    {"register_number", FieldKind::RegisterNumber, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Register number"),
     "rekisterinumero|yhdistysrekisterinumero|rek.nro|rekisterinro|yhdistysrekisterinro|"
     "registernummer|föreningsregisternummer|association register number|registration number"},
    {"legal_form", FieldKind::Reference, "legal_forms",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Legal form"),
     "oikeudellinen muoto|yhteisömuoto|organisaatiomuoto|yritysmuoto|juridisk form|"
     "organisationsform"},
    {"municipality", FieldKind::Municipality, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipality"),
     "kunta|kotikunta|kotipaikka|kotipaikkakunta|kommun|hemkommun|hemort|home municipality"},
    {"municipalities_served", FieldKind::MunicipalityList, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipalities served"),
     "toimintakunnat|toiminta-alue|toiminta-alueen kunnat|kunnat joissa toimii|toimintakunta|"
     "verksamhetskommuner|verksamhetsområde|municipalities|area of operation|service area"},
    {"sectors", FieldKind::ReferenceList, "sectors",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Sectors"),
     "toimialat|toimiala|sektorit|branscher|bransch|sektor|sector"},
    {"primary_sector", FieldKind::Reference, "sectors",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Primary sector"),
     "päätoimiala|ensisijainen toimiala|huvudbransch|main sector"},
    {"target_groups", FieldKind::ReferenceList, "target_groups",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Target groups"),
     "kohderyhmät|kohderyhmä|målgrupper|målgrupp|target group"},
    {"languages", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Languages"),
     "kielet|kieli|toimintakieli|toimintakielet|språk|language"},
    {"description", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Description"),
     "kuvaus|toiminnan kuvaus|esittely|beskrivning|about"},
    {"street_address", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Street address"),
     "katuosoite|osoite|postiosoite|lähiosoite|gatuadress|adress|address"},
    {"postal_code", FieldKind::PostalCode, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Postal code"),
     "postinumero|postinro|postnummer|zip|zip code|postcode|post code"},
    {"city", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "City"),
     "postitoimipaikka|paikkakunta|postitoimipaikan nimi|postanstalt|postort|ort|post office|town"},
    {"email", FieldKind::Email, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Email"),
     "sähköposti|sähköpostiosoite|s-posti|e-mail|e-post|e-postadress|email address"},
    {"phone", FieldKind::Phone, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Phone"),
     "puhelin|puhelinnumero|puh|telefon|telefonnummer|tel|telephone|phone number"},
    {"website", FieldKind::Website, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Website"),
     "verkkosivut|verkkosivu|kotisivu|kotisivut|www|www-sivut|internetsivut|webbplats|hemsida|"
     "webb|web|homepage|url"},
    {"founded_year", FieldKind::Year, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Founded"),
     "perustamisvuosi|perustettu|perustettu vuonna|grundat|grundår|grundningsår|year founded|"
     "founded year|founding year"},
    {"members", FieldKind::Count, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Members"),
     "jäsenmäärä|jäseniä|jäsenet|jäsenten määrä|medlemmar|antal medlemmar|medlemsantal|"
     "number of members|membership"},
    {"volunteers", FieldKind::Count, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Volunteers"),
     "vapaaehtoiset|vapaaehtoisia|vapaaehtoisten määrä|frivilliga|antal frivilliga|"
     "number of volunteers"},
    {"paid_staff", FieldKind::Count, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Paid staff"),
     "työntekijät|työntekijöitä|palkatut työntekijät|palkattu henkilöstö|henkilöstö|"
     "henkilökunta|työntekijämäärä|anställda|personal|antal anställda|employees|staff"},
    {"status", FieldKind::Status, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Status"),
     "tila|toiminnan tila|tillstånd|state"},
    {"contact_person", FieldKind::PersonName, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact person"),
     "yhteyshenkilö|yhteyshenkilön nimi|kontaktperson|contact|contact name"},
    {"tags", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Tags"),
     "tunnisteet|avainsanat|asiasanat|taggar|nyckelord|keywords"},
    {"notes", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Notes"),
     "muistiinpanot|huomiot|lisätiedot|huomautukset|anteckningar|noteringar|comments|remarks"},
    {"verified_at", FieldKind::Date, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Last checked"),
     "tarkistettu|viimeksi tarkistettu|tarkistuspäivä|kontrollerad|senast kontrollerad|"
     "verified|last verified"},
};

constexpr FieldSpec activitySpecs[] = {
    {"id", FieldKind::Uuid, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "ID"),
     "uuid|tunniste|id-tunnus|identifierare|identifier"},
    {"organisation", FieldKind::Organisation, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Organisation"),
     "järjestö|järjestön nimi|yhdistys|yhdistyksen nimi|organisaatio|järjestäjä|toimija|"
     "förening|arrangör|organisation name|organization|organiser|organizer|provider"},
    {"name", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Name"),
     "nimi|toiminnan nimi|toiminta|namn|verksamhet|verksamhetens namn|activity|activity name"},
    {"description", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Description"),
     "kuvaus|toiminnan kuvaus|esittely|beskrivning|about"},
    {"hyte", FieldKind::YesNo, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Health promotion (hyte)"),
     "hyte|hyte-toiminta|hyvinvoinnin ja terveyden edistäminen|terveyden edistäminen (hyte)|"
     "terveyden edistäminen|hälsofrämjande|health promotion"},
    {"themes", FieldKind::ReferenceList, "themes",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Themes"),
     "teemat|teema|aihe|aiheet|teman|tema|theme|topics"},
    {"target_groups", FieldKind::ReferenceList, "target_groups",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Target groups"),
     "kohderyhmät|kohderyhmä|målgrupper|målgrupp|target group"},
    {"municipalities", FieldKind::MunicipalityList, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipalities"),
     "kunnat|kunta|toimintakunnat|paikkakunta|kommuner|kommun|municipality"},
    {"place", FieldKind::PlaceType, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Place"),
     "paikka|toimintamuoto|toteutustapa|lähi- vai etätoiminta|plats|form|format|mode"},
    {"address", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Address"),
     "osoite|toimintapaikka|paikan osoite|katuosoite|adress|venue"},
    {"schedule", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Schedule"),
     "aikataulu|ajankohta|aika|milloin|tidtabell|tid|när|time|when"},
    {"cost", FieldKind::Cost, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Cost"),
     "hinta|maksullisuus|maksu|kustannus|pris|avgift|kostnad|price|fee"},
    {"cost_text", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Cost details"),
     "hinnan lisätiedot|hintatiedot|maksun lisätiedot|prisuppgifter|price details|fee details"},
    {"accessibility", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Accessibility"),
     "saavutettavuus|esteettömyys|tillgänglighet"},
    {"languages", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Languages"),
     "kielet|kieli|toimintakieli|toimintakielet|språk|language"},
    {"how_to_join", FieldKind::Text, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "How to join"),
     "miten mukaan|miten pääsee mukaan|ilmoittautuminen|osallistuminen|hur man deltar|anmälan|"
     "registration|how to participate"},
    {"open_for_referral", FieldKind::YesNo, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Open for referral"),
     "avoin palveluohjaukselle|palveluohjaus|voi ohjata|ohjattavissa|öppen för hänvisning|"
     "hänvisning|referral"},
    {"contact_person", FieldKind::PersonName, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact person"),
     "yhteyshenkilö|yhteyshenkilön nimi|kontaktperson|contact|contact name"},
    {"contact_email", FieldKind::Email, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact email"),
     "yhteyshenkilön sähköposti|sähköposti|sähköpostiosoite|kontaktpersonens e-post|e-post|"
     "contact e-mail|email|e-mail"},
    {"contact_phone", FieldKind::Phone, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Contact phone"),
     "yhteyshenkilön puhelin|yhteyshenkilön puhelinnumero|puhelin|puhelinnumero|puh|"
     "kontaktpersonens telefon|telefon|phone|telephone"},
};

constexpr FieldSpec personSpecs[] = {
    {"id", FieldKind::Uuid, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "ID"),
     "uuid|tunniste|id-tunnus|identifierare|identifier"},
    {"name", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Name"),
     "nimi|henkilön nimi|yhteyshenkilö|koko nimi|namn|person|full name"},
    {"organisation", FieldKind::Organisation, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Organisation"),
     "järjestö|järjestön nimi|yhdistys|organisaatio|förening|organisation name|organization"},
    {"municipality", FieldKind::Municipality, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Municipality"),
     "kunta|kommun|municipality"},
    {"role", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Role"),
     "rooli|tehtävä|asema|titteli|nimike|roll|uppgift|titel|title|position"},
    {"email", FieldKind::Email, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Email"),
     "sähköposti|sähköpostiosoite|s-posti|e-mail|e-post|e-postadress|email address"},
    {"phone", FieldKind::Phone, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Phone"),
     "puhelin|puhelinnumero|puh|telefon|telefonnummer|tel|telephone|phone number"},
    {"publish_consent", FieldKind::YesNo, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Publish consent"),
     "julkaisulupa|lupa julkaista|saa julkaista|julkaisusuostumus|publiceringstillstånd|"
     "consent|publication consent"},
    {"consent_date", FieldKind::Date, "",
     QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Consent date"),
     "luvan päivämäärä|julkaisuluvan päivämäärä|suostumuksen päivämäärä|samtyckesdatum|"
     "date of consent"},
    {"notes", FieldKind::Text, "", QT_TRANSLATE_NOOP("kartoitus::fields::FieldCatalogue", "Notes"),
     "muistiinpanot|huomiot|lisätiedot|huomautukset|anteckningar|noteringar|comments|remarks"},
};

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
