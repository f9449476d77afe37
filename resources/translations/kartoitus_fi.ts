<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>kartoitus</name>
    <message>
        <source>Register of a region&apos;s civic organisations</source>
        <translation>Alueen järjestöjen rekisteri</translation>
    </message>
    <message>
        <source>The register to open.</source>
        <translation>Avattava rekisteri.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityActions</name>
    <message>
        <source>&amp;New Activity…</source>
        <translation>&amp;Uusi toiminta…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>To&amp;iminta</translation>
    </message>
    <message>
        <source>Delete the activity %1?</source>
        <translation>Poistetaanko toiminta %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities?</source>
        <translation>
            <numerusform>Poistetaanko %n toiminta?</numerusform>
            <numerusform>Poistetaanko %n toimintaa?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Activities</source>
        <translation>Poista toimintoja</translation>
    </message>
    <message>
        <source>Their themes, target groups and municipalities go with them. Edit › Undo brings everything back.</source>
        <translation>Niiden teemat, kohderyhmät ja kunnat poistuvat samalla. Muokkaa › Kumoa palauttaa kaiken.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityEditor</name>
    <message>
        <source>fi, sv, en</source>
        <translation>fi, sv, en</translation>
    </message>
    <message>
        <source>Find a municipality…</source>
        <translation>Etsi kunta…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Tiedot</translation>
    </message>
    <message>
        <source>&amp;Themes and municipalities</source>
        <translation>&amp;Teemat ja kunnat</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Tarkistettu:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Uusi toiminta</translation>
    </message>
    <message>
        <source>Organisation: choose the organisation that runs the activity.</source>
        <translation>Järjestö: valitse järjestö, joka järjestää toiminnan.</translation>
    </message>
    <message>
        <source>the new activity</source>
        <translation>uusi toiminta</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityListWidget</name>
    <message>
        <source>Municipality filter</source>
        <translation>Kuntasuodatin</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Teemasuodatin</translation>
    </message>
    <message>
        <source>Target group filter</source>
        <translation>Kohderyhmäsuodatin</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Maksuton</translation>
    </message>
    <message>
        <source>HYTE</source>
        <translation>HYTE</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Avoin palveluohjaukselle</translation>
    </message>
    <message>
        <source>Search by activity or organisation name…</source>
        <translation>Hae toiminnan tai järjestön nimellä…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Hae toimintoja</translation>
    </message>
    <message>
        <source>Health and well-being promotion (hyte)</source>
        <translation>Hyvinvoinnin ja terveyden edistäminen (hyte)</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Kaikki teemat</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Kaikki kohderyhmät</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 / %2 toimintaa</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 toiminta</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 toimintaa</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityQuery</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Toimintamuoto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maksullisuus</translation>
    </message>
    <message>
        <source>HYTE</source>
        <translation>HYTE</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Avoin palveluohjaukselle</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunniste</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityRecord</name>
    <message>
        <source>New activity: %1</source>
        <translation>Uusi toiminta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Poista %n toiminta</numerusform>
            <numerusform>Poista %n toimintaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n activities as verified</source>
        <translation>
            <numerusform>Merkitse %n toiminta tarkistetuksi</numerusform>
            <numerusform>Merkitse %n toimintaa tarkistetuiksi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityRepository</name>
    <message>
        <source>Name: an activity needs a name.</source>
        <translation>Nimi: toiminnalla on oltava nimi.</translation>
    </message>
    <message>
        <source>Organisation: no organisation has the id %1.</source>
        <translation>Järjestö: tunnisteella %1 ei ole järjestöä.</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot;: use place, online or hybrid.</source>
        <translation>Toimintamuoto &quot;%1&quot;: käytä arvoa place, online tai hybrid.</translation>
    </message>
    <message>
        <source>Cost &quot;%1&quot;: use free or paid.</source>
        <translation>Maksullisuus &quot;%1&quot;: käytä arvoa free tai paid.</translation>
    </message>
    <message>
        <source>Municipalities: no municipality has the code &quot;%1&quot;.</source>
        <translation>Kunnat: kuntanumerolla &quot;%1&quot; ei ole kuntaa.</translation>
    </message>
    <message>
        <source>Themes: no theme has the id %1.</source>
        <translation>Teemat: tunnisteella %1 ei ole teemaa.</translation>
    </message>
    <message>
        <source>Target groups: no target group has the id %1.</source>
        <translation>Kohderyhmät: tunnisteella %1 ei ole kohderyhmää.</translation>
    </message>
    <message>
        <source>The activity has not been saved yet.</source>
        <translation>Toimintaa ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>No activity has the id %1.</source>
        <translation>Tunnisteella %1 ei ole toimintaa.</translation>
    </message>
    <message>
        <source>No such activity.</source>
        <translation>Toimintaa ei löydy.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
</context>
<context>
    <name>kartoitus::AddMembersDialog</name>
    <message>
        <source>Add Organisations to %1</source>
        <translation>Lisää järjestöjä: %1</translation>
    </message>
    <message>
        <source>Search organisations by name, municipality, …</source>
        <translation>Hae järjestöjä nimellä, kunnalla, …</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Tehtävä:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>&amp;Liittynyt:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>L&amp;isää</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations shown</source>
        <translation>
            <numerusform>%n järjestö näkyvissä</numerusform>
            <numerusform>%n järjestöä näkyvissä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valittu</numerusform>
            <numerusform>%n valittu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::ApplyAnswersDialog</name>
    <message>
        <source>Apply Survey Answers</source>
        <translation>Vie kyselyn vastaukset rekisteriin</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Kysymys:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>K&amp;enttä:</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ei muutosta</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations answered; </source>
        <translation>
            <numerusform>%n järjestö vastasi; </numerusform>
            <numerusform>%n järjestöä vastasi; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change. Untick those to leave as they are.</source>
        <translation>
            <numerusform>%n muuttuisi. Poista rasti niistä, jotka jätetään ennalleen.</numerusform>
            <numerusform>%n muuttuisi. Poista rasti niistä, jotka jätetään ennalleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Answers to %1</source>
        <translation>Vie vastaukset kenttään %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations updated from the survey.</source>
        <translation>
            <numerusform>%n järjestö päivitettiin kyselyn vastauksista.</numerusform>
            <numerusform>%n järjestöä päivitettiin kyselyn vastauksista.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers to this question cannot fill an organisation field: numbers fill %1; choices fill %2.</source>
        <translation>Tämän kysymyksen vastauksilla ei voi täyttää järjestön kenttää: luvut täyttävät kentät %1, valinnat kentät %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::DemoWriter</name>
    <message>
        <source>The register has no home-region municipalities or no sectors.</source>
        <translation>Rekisterissä ei ole oman maakunnan kuntia tai siinä ei ole toimialoja.</translation>
    </message>
    <message>
        <source>The number of demo organisations cannot be negative.</source>
        <translation>Esimerkkijärjestöjen määrä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The file is not an open register.</source>
        <translation>Tiedostoa ei ole avattu rekisterinä.</translation>
    </message>
    <message>
        <source>The demo register can only be written into an empty register.</source>
        <translation>Esimerkkirekisterin voi kirjoittaa vain tyhjään rekisteriin.</translation>
    </message>
    <message>
        <source>Could not write the demo register: %1</source>
        <translation>Esimerkkirekisteriä ei voitu kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>V&amp;ie…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Vietiin %1 riviä tiedostoon %2.</translation>
    </message>
    <message>
        <source>Save what the list shows as CSV or XLSX</source>
        <translation>Tallenna luettelossa näkyvät rivit CSV- tai XLSX-tiedostoksi</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2, without personal data.</source>
        <translation>Vietiin %1 riviä tiedostoon %2 ilman henkilötietoja.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ExportDialog</name>
    <message>
        <source>Export Organisations</source>
        <translation>Vie järjestöt</translation>
    </message>
    <message>
        <source>&amp;Columns the list shows (%1)</source>
        <translation>&amp;Luettelossa näkyvät sarakkeet (%1)</translation>
    </message>
    <message>
        <source>&amp;All fields of an organisation (%1)</source>
        <translation>&amp;Kaikki järjestön kentät (%1)</translation>
    </message>
    <message>
        <source>organisations-%1</source>
        <translation>järjestöt-%1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Exports all %1 organisations of the register, in the list&apos;s order.</source>
        <translation>Vie rekisterin kaikki järjestöt (%1) luettelon järjestyksessä.</translation>
    </message>
    <message>
        <source>Exports the %1 organisations the list shows now: its search and filters, in its order.</source>
        <translation>Vie luettelossa nyt näkyvät järjestöt (%1) sen haun ja suodattimien mukaan ja sen järjestyksessä.</translation>
    </message>
    <message>
        <source>The chosen columns hold no personal data.</source>
        <translation>Valituissa sarakkeissa ei ole henkilötietoja.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Vienti epäonnistui: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>Excel (Finnish) — CSV with semicolons, UTF-8 with BOM</source>
        <translation>Excel (suomenkielinen) — CSV puolipistein, UTF-8 BOM-merkillä</translation>
    </message>
    <message>
        <source>Standard CSV — commas, UTF-8 (RFC 4180)</source>
        <translation>Tavallinen CSV — pilkuin, UTF-8 (RFC 4180)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-työkirja (XLSX)</translation>
    </message>
    <message>
        <source>Column names, as the list shows them</source>
        <translation>Sarakkeiden nimet sellaisina kuin luettelo ne näyttää</translation>
    </message>
    <message>
        <source>Field keys (name, business_id, …) for scripts and re-import</source>
        <translation>Kenttien tunnukset (name, business_id, …) skripteille ja uudelleentuontiin</translation>
    </message>
    <message>
        <source>Include contact persons&apos; &amp;personal data</source>
        <translation>Sisällytä yhteyshenkilöiden &amp;henkilötiedot</translation>
    </message>
    <message>
        <source>Off by default: contact persons&apos; names, emails and phone numbers are personal data. Include them only when whoever receives the file may handle them.</source>
        <translation>Oletuksena pois päältä: yhteyshenkilöiden nimet, sähköpostiosoitteet ja puhelinnumerot ovat henkilötietoja. Sisällytä ne vain, jos tiedoston vastaanottaja saa käsitellä niitä.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Sarakkeet:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Otsikkorivi:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Tallenna &amp;nimellä:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>Every column the list shows, in its order, under the list&apos;s header names</source>
        <translation>Jokainen luettelon näyttämä sarake sen järjestyksessä, luettelon otsikoin</translation>
    </message>
    <message>
        <source>Export Activities</source>
        <translation>Vie toiminnot</translation>
    </message>
    <message>
        <source>&amp;All fields of an activity (%1)</source>
        <translation>&amp;Kaikki toiminnan kentät (%1)</translation>
    </message>
    <message>
        <source>activities-%1</source>
        <translation>toiminnot-%1</translation>
    </message>
    <message>
        <source>Export Persons</source>
        <translation>Vie henkilöt</translation>
    </message>
    <message>
        <source>&amp;All fields of a person (%1)</source>
        <translation>&amp;Kaikki henkilön kentät (%1)</translation>
    </message>
    <message>
        <source>persons-%1</source>
        <translation>henkilöt-%1</translation>
    </message>
    <message>
        <source>Include persons&apos; names, emails and phone numbers (&amp;personal data)</source>
        <translation>Sisällytä henkilöiden nimet, sähköpostiosoitteet ja puhelinnumerot (&amp;henkilötiedot)</translation>
    </message>
    <message>
        <source>Off by default: a person&apos;s name, email and phone number are personal data, and without them the file holds only roles, organisations, municipalities and consents. Include them only when whoever receives the file may handle them.</source>
        <translation>Oletuksena pois päältä: henkilön nimi, sähköpostiosoite ja puhelinnumero ovat henkilötietoja, ja ilman niitä tiedostossa ovat vain roolit, järjestöt, kunnat ja julkaisuluvat. Sisällytä ne vain, jos tiedoston vastaanottaja saa käsitellä niitä.</translation>
    </message>
    <message>
        <source>Exports all %1 activities of the register, in the list&apos;s order.</source>
        <translation>Vie rekisterin kaikki toiminnot (%1) luettelon järjestyksessä.</translation>
    </message>
    <message>
        <source>Exports the %1 activities the list shows now: its search and filters, in its order.</source>
        <translation>Vie luettelossa nyt näkyvät toiminnot (%1) sen haun ja suodattimien mukaan ja sen järjestyksessä.</translation>
    </message>
    <message>
        <source>Exports all %1 persons of the register, in the list&apos;s order.</source>
        <translation>Vie rekisterin kaikki henkilöt (%1) luettelon järjestyksessä.</translation>
    </message>
    <message>
        <source>Exports the %1 persons the list shows now: its search and filters, in its order.</source>
        <translation>Vie luettelossa nyt näkyvät henkilöt (%1) sen haun ja suodattimien mukaan ja sen järjestyksessä.</translation>
    </message>
</context>
<context>
    <name>kartoitus::FileChooser</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
</context>
<context>
    <name>kartoitus::HealthStationDialog</name>
    <message>
        <source>Health-Station List</source>
        <translation>Terveysasemalista</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Tallennetut listat</translation>
    </message>
    <message>
        <source>Click a saved list to run it against the register as it is today.</source>
        <translation>Napsauta tallennettua listaa: se tehdään rekisterin tämänhetkisistä tiedoista.</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>Tallenna &amp;lista…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Poi&amp;sta</translation>
    </message>
    <message numerus="yes">
        <source>%n activities match: choose municipalities, themes or target groups to narrow the list to at most %1.</source>
        <translation>
            <numerusform>%n toiminta vastaa valintoja: rajaa kunnilla, teemoilla tai kohderyhmillä enintään %1 toimintaan.</numerusform>
            <numerusform>%n toimintaa vastaa valintoja: rajaa kunnilla, teemoilla tai kohderyhmillä enintään %1 toimintaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities match: %1 entries under their themes.</source>
        <translation>
            <numerusform>%n toiminta vastaa valintoja: listalla %1 kohtaa teemoittain.</numerusform>
            <numerusform>%n toimintaa vastaa valintoja: listalla %1 kohtaa teemoittain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities match: %1 entries under their municipalities.</source>
        <translation>
            <numerusform>%n toiminta vastaa valintoja: listalla %1 kohtaa kunnittain.</numerusform>
            <numerusform>%n toimintaa vastaa valintoja: listalla %1 kohtaa kunnittain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save List &quot;%1&quot;</source>
        <translation>Tallenna lista &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Tallenna lista</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Listan nimi:</translation>
    </message>
    <message>
        <source>Delete List &quot;%1&quot;</source>
        <translation>Poista lista &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Poista lista</translation>
    </message>
    <message>
        <source>health-station-list</source>
        <translation>terveysasemalista</translation>
    </message>
</context>
<context>
    <name>kartoitus::HealthStationFilterPanel</name>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Kunnat</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Teemat</translation>
    </message>
    <message>
        <source>Target &amp;groups</source>
        <translation>Kohde&amp;ryhmät</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>K&amp;ielet</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Vain &amp;maksuton</translation>
    </message>
    <message>
        <source>&amp;Accessible only</source>
        <translation>Vain &amp;esteetön</translation>
    </message>
    <message>
        <source>&amp;Open for referral only</source>
        <translation>Vain palvelu&amp;ohjaukselle avoin</translation>
    </message>
    <message>
        <source>&amp;Health-promoting (hyte) only</source>
        <translation>Vain terveyttä edistävä (&amp;hyte)</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Teemoittain</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Kunnittain</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>R&amp;yhmittely:</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportActions</name>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Tuotu: %1 uutta, %2 päivitettyä.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>Add or update records from a CSV file or a spreadsheet</source>
        <translation>Lisää tai päivitä tietueita CSV-tiedostosta tai taulukosta</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>Each &amp;row is:</source>
        <translation>Jokainen &amp;rivi on:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lukutapa:</translation>
    </message>
    <message>
        <source>Excel in a Finnish locale saves CSV as Windows-1252; its “CSV UTF-8” adds a BOM; its “Unicode text” is UTF-16 LE.</source>
        <translation>Suomenkielinen Excel tallentaa CSV:n Windows-1252-merkistöllä; sen ”CSV UTF-8” lisää BOM-merkin; sen ”Unicode-teksti” on UTF-16 LE.</translation>
    </message>
    <message>
        <source>Title lines above the header row, which are not data.</source>
        <translation>Otsikkorivin yläpuolella olevat rivit, kuten taulukon nimi, jotka eivät ole tietoja.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Merkistö:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Erotin:</translation>
    </message>
    <message>
        <source>&amp;Lines before the header:</source>
        <translation>Rivejä ennen &amp;otsikkoriviä:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Tuo CSV</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Tunnistettu: %1</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Valitse tuotava tiedosto.</translation>
    </message>
    <message>
        <source>A CSV file or a spreadsheet (.xlsx, .ods) with a header row. How it is read is detected; change it below if the table does not look right.</source>
        <translation>CSV-tiedosto tai taulukko (.xlsx, .ods), jossa on otsikkorivi. Lukutapa tunnistetaan; muuta sitä alla, jos taulukko ei näytä oikealta.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>T&amp;aulukko:</translation>
    </message>
    <message>
        <source>CSV files and spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>CSV-tiedostot ja taulukot (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <source>Read as %1 with %2 between fields.</source>
        <translation>Luettu merkistönä %1, kenttien välissä %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” of the workbook.</source>
        <translation>Työkirjan taulukko ”%1”.</translation>
    </message>
    <message>
        <source>The header is on line %1: the line above it is skipped as a title.</source>
        <translation>Otsikkorivi on rivillä %1: sen yläpuolella oleva rivi ohitetaan otsikkona.</translation>
    </message>
    <message>
        <source>The header is on line %1: the %2 lines above it are skipped as a title.</source>
        <translation>Otsikkorivi on rivillä %1: sen yläpuolella olevat %2 riviä ohitetaan otsikkona.</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>Sarakkeet (%1): %2.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Tiedostoa ei voi tuoda: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportLabels</name>
    <message>
        <source>Detect</source>
        <translation>Tunnista</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 BOM-merkillä</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puolipiste ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Pilkku ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Pystyviiva ( | )</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Päivitä ne tiedoston arvoilla</translation>
    </message>
    <message>
        <source>Fill in only their blank fields</source>
        <translation>Täydennä vain niiden tyhjät kentät</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>Jätä ne ennalleen</translation>
    </message>
    <message>
        <source>Do not match: add every row as a new record</source>
        <translation>Älä yhdistä: lisää jokainen rivi uutena tietueena</translation>
    </message>
    <message>
        <source>The file wins: mapped fields take the file&apos;s values, and blank cells clear them.</source>
        <translation>Tiedosto voittaa: kohdistetut kentät saavat tiedoston arvot, ja tyhjät solut tyhjentävät ne.</translation>
    </message>
    <message>
        <source>What the register already holds stays; the file only fills what is missing.</source>
        <translation>Rekisterissä jo olevat tiedot säilyvät; tiedosto täydentää vain puuttuvat.</translation>
    </message>
    <message>
        <source>Only rows that match nothing in the register are added.</source>
        <translation>Lisätään vain rivit, joille ei löydy vastinetta rekisteristä.</translation>
    </message>
    <message>
        <source>Use this only for a file you know holds no records of the register: matching rows become duplicates.</source>
        <translation>Käytä tätä vain, kun tiedät, ettei tiedostossa ole rekisterissä jo olevia tietueita: vastaavista riveistä tulee kaksoiskappaleita.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Fill blanks</source>
        <translation>Täydennä</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ei muutosta</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Toiminta</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportMappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>Kohdista sarakkeet kenttiin</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to “Ignore” are not imported.</source>
        <translation>Valitse kenttä, johon kunkin tiedoston sarakkeen tiedot tuodaan. Sarakkeita, joille on valittu ”Jätä pois”, ei tuoda.</translation>
    </message>
    <message>
        <source>The first &amp;rows as they will be imported:</source>
        <translation>Ensimmäiset &amp;rivit sellaisina kuin ne tuodaan:</translation>
    </message>
    <message>
        <source>Sa&amp;ved mappings:</source>
        <translation>&amp;Tallennetut kohdistukset:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Käytä</translation>
    </message>
    <message>
        <source>&amp;Save Mapping As…</source>
        <translation>Tallenna kohdistus &amp;nimellä…</translation>
    </message>
    <message>
        <source>The columns were matched to fields by their headers.</source>
        <translation>Sarakkeet kohdistettiin kenttiin otsikoiden perusteella.</translation>
    </message>
    <message>
        <source>Using the mapping “%1”, saved for files with these columns.</source>
        <translation>Käytetään kohdistusta ”%1”, joka on tallennettu tiedostoille, joissa on nämä sarakkeet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sarake tiedostossa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kenttä&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ensimmäinen arvo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Jätä pois —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (pakollinen)</translation>
    </message>
    <message>
        <source>No mapping has been saved for files with these columns.</source>
        <translation>Tiedostoille, joissa on nämä sarakkeet, ei ole tallennettu kohdistusta.</translation>
    </message>
    <message>
        <source>Using the mapping “%1”.</source>
        <translation>Käytetään kohdistusta ”%1”.</translation>
    </message>
    <message>
        <source>Saved as “%1”: files with these columns will use it.</source>
        <translation>Tallennettu nimellä ”%1”: tiedostot, joissa on nämä sarakkeet, käyttävät sitä.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Tallenna kohdistus</translation>
    </message>
    <message>
        <source>&amp;Name of the mapping:</source>
        <translation>Kohdistuksen &amp;nimi:</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Kohdistusta ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportPlanModel</name>
    <message>
        <source>Matched by its ID</source>
        <translation>Tunnisteen perusteella</translation>
    </message>
    <message>
        <source>Matched by name and municipality</source>
        <translation>Nimen ja kunnan perusteella</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Matched by / reason</source>
        <translation>Peruste / syy</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>Muutokset (vanha → uusi)</translation>
    </message>
    <message>
        <source>Matched by %1</source>
        <translation>Kohdistettu: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportPreviewPage</name>
    <message>
        <source>Check what will happen</source>
        <translation>Tarkista, mitä tapahtuu</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows are matched to the register by ID, business ID, register number, then name and municipality.</source>
        <translation>Mitään ei ole vielä kirjoitettu. Rivit yhdistetään rekisterin tietueisiin tunnisteen, Y-tunnuksen, rekisterinumeron ja viimeiseksi nimen ja kunnan perusteella.</translation>
    </message>
    <message>
        <source>Rows that match a &amp;record:</source>
        <translation>Rivit, jotka löytyvät jo &amp;rekisteristä:</translation>
    </message>
    <message>
        <source>Save Re&amp;jected Rows…</source>
        <translation>T&amp;allenna hylätyt rivit…</translation>
    </message>
    <message>
        <source>Writes the rejected rows, with a column giving the reason, as a CSV file to correct and import again.</source>
        <translation>Kirjoittaa hylätyt rivit ja niiden hylkäyssyyt CSV-tiedostoon, jonka voi korjata ja tuoda uudelleen.</translation>
    </message>
    <message>
        <source>Working out what the import will do…</source>
        <translation>Selvitetään, mitä tuonti tekee…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Tiedostoa ei voi tuoda: %1</translation>
    </message>
    <message>
        <source>The rejected rows were saved to %1.</source>
        <translation>Hylätyt rivit tallennettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 left as they are, %5 rejected</source>
        <translation>%1 uutta, %2 päivitettävää, %3 muuttumatonta, %4 jätetään ennalleen, %5 hylättyä</translation>
    </message>
    <message>
        <source>The file holds nothing the register does not already have.</source>
        <translation>Tiedostossa ei ole mitään, mitä rekisterissä ei jo olisi.</translation>
    </message>
    <message>
        <source>Rejected rows are not imported; the rest is. Save them to correct them and import them again.</source>
        <translation>Hylättyjä rivejä ei tuoda, muut tuodaan. Tallenna hylätyt rivit, niin voit korjata ne ja tuoda ne uudelleen.</translation>
    </message>
    <message>
        <source>Press Import to write these changes. The import can be undone with Edit › Undo.</source>
        <translation>Kirjoita muutokset painamalla Tuo. Tuonnin voi perua valinnalla Muokkaa › Kumoa.</translation>
    </message>
    <message>
        <source>%1-rejected.%2</source>
        <translation>%1-hylätyt.%2</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Tallenna hylätyt rivit</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-tiedostot (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Kaikki rivit (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Uudet (%1)</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Päivitettävät (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Ei muutosta (%1)</translation>
    </message>
    <message>
        <source>Left as they are (%1)</source>
        <translation>Jätetään ennalleen (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Hylätyt (%1)</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportValuesPage</name>
    <message>
        <source>Match the file&apos;s values to the register&apos;s</source>
        <translation>Tiedoston arvot rekisterin arvoiksi</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Jätä tyhjäksi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Kohdistusta ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Values of the file that are not in the register&apos;s lists are imported as the item chosen here, or left empty.</source>
        <translation>Tiedoston arvot, joita rekisterin luetteloissa ei ole, tuodaan tässä valittuina tai jätetään tyhjiksi.</translation>
    </message>
    <message>
        <source>Looking for values that the register&apos;s lists do not have in %1…</source>
        <translation>Etsitään tiedostosta %1 arvoja, joita rekisterin luetteloissa ei ole…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Every value of the file is in the register&apos;s lists.</source>
        <translation>Kaikki tiedoston arvot ovat rekisterin luetteloissa.</translation>
    </message>
    <message>
        <source>Where a value most likely means an item of the list, that item is chosen. Check each choice.</source>
        <translation>Kun arvo todennäköisesti tarkoittaa jotakin luettelon kohtaa, se on valittu valmiiksi. Tarkista jokainen valinta.</translation>
    </message>
    <message>
        <source>&amp;Remember these choices in the saved mapping “%1”</source>
        <translation>&amp;Muista valinnat tallennetussa kohdistuksessa ”%1”</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Tiedostossa</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Rekisteriin tuodaan</translation>
    </message>
    <message>
        <source>%1: “%2” (1 row)</source>
        <translation>%1: ”%2” (1 rivi)</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” (%n rows)</source>
        <translation>
            <numerusform>%1: ”%2” (%n rivi)</numerusform>
            <numerusform>%1: ”%2” (%n riviä)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remember these choices for files with these columns (the column mapping is saved as “%1”)</source>
        <translation>&amp;Muista valinnat tiedostoille, joissa on nämä sarakkeet (sarakkeiden kohdistus tallennetaan nimellä ”%1”)</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Tuo CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>tiedoston %1 tuonti</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportWritePage</name>
    <message>
        <source>Importing</source>
        <translation>Tuodaan</translation>
    </message>
    <message>
        <source>The import is written in one go: if it is cancelled, nothing of it is kept.</source>
        <translation>Tuonti kirjoitetaan kerralla: jos se perutaan, siitä ei jää mitään.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Tuodaan tiedostoa %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Tiedoston %1 tuonti peruttiin.</translation>
    </message>
    <message>
        <source>Nothing was written: the register is exactly as it was.</source>
        <translation>Mitään ei kirjoitettu: rekisteri on täsmälleen ennallaan.</translation>
    </message>
    <message>
        <source>%1 could not be imported.</source>
        <translation>Tiedostoa %1 ei voitu tuoda.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Nothing was written: the register is exactly as it was.</source>
        <translation>%1&lt;br&gt;Mitään ei kirjoitettu: rekisteri on täsmälleen ennallaan.</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>Tiedosto %1 tuotiin.</translation>
    </message>
    <message>
        <source>%1 new records, %2 updated, %3 unchanged, %4 left as they were.</source>
        <translation>%1 uutta tietuetta, %2 päivitettyä, %3 muuttumatonta, %4 jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>%1 rows were rejected and not imported.</source>
        <translation>%1 riviä hylättiin, eikä niitä tuotu.</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Muokkaa › Kumoa peruu koko tuonnin.</translation>
    </message>
</context>
<context>
    <name>kartoitus::InfoBanner</name>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>kartoitus::JournaledCommand</name>
    <message>
        <source>The step “%1” could not be replayed: %2</source>
        <translation>Vaihetta ”%1” ei voitu toistaa: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::LiaisonDialog</name>
    <message>
        <source>&amp;Last checked:</source>
        <translation>&amp;Tarkistettu viimeksi:</translation>
    </message>
    <message>
        <source>Liaison Person of %1</source>
        <translation>Yhdyshenkilö – %1</translation>
    </message>
    <message>
        <source>New Liaison Person of %1</source>
        <translation>Uusi yhdyshenkilö – %1</translation>
    </message>
    <message>
        <source>e.g. liaison person for organisations</source>
        <translation>esim. järjestöyhdyshenkilö</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>Name: a liaison person needs a name.</source>
        <translation>Nimi: yhdyshenkilöllä on oltava nimi.</translation>
    </message>
</context>
<context>
    <name>kartoitus::MainWindow</name>
    <message>
        <source>Cannot open the register</source>
        <translation>Rekisteriä ei voi avata</translation>
    </message>
    <message>
        <source>Cannot create the register</source>
        <translation>Rekisteriä ei voi luoda</translation>
    </message>
    <message>
        <source>%1[*] — Kartoitus</source>
        <translation>%1[*] — Kartoitus</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>Ei avointa rekisteriä</translation>
    </message>
    <message>
        <source>Kartoitus registers (*.kartoitus)</source>
        <translation>Kartoitus-rekisterit (*.kartoitus)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Uusi rekisteri…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Viimeksi avatut</translation>
    </message>
    <message>
        <source>Open &amp;Demo Register</source>
        <translation>Avaa &amp;esimerkkirekisteri</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Kartoitus</source>
        <translation>&amp;Tietoja ohjelmasta Kartoitus</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:stä</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>Uusi rekisteri</translation>
    </message>
    <message>
        <source>About Kartoitus</source>
        <translation>Tietoja ohjelmasta Kartoitus</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kartoitus %1&lt;/h3&gt;&lt;p&gt;Keeps a region&apos;s register of civic organisations, their activities, contact people and sector networks offline in one file.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kartoitus %1&lt;/h3&gt;&lt;p&gt;Pitää alueen järjestörekisteriä – järjestöt, niiden toiminnat, yhteyshenkilöt ja toimialaverkostot – yhdessä tiedostossa ilman verkkoyhteyttä.&lt;/p&gt;&lt;p&gt;Lisenssi: GNU General Public License, versio 3 tai myöhempi (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This register is empty. Open the demo register with fictional organisations of Central Finland?</source>
        <translation>Rekisteri on tyhjä. Avataanko esimerkkirekisteri, jossa on kuvitteellisia keskisuomalaisia järjestöjä?</translation>
    </message>
    <message>
        <source>Open Demo Register</source>
        <translation>Avaa esimerkkirekisteri</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <source>Cannot write the demo register</source>
        <translation>Esimerkkirekisteriä ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Not done: the register is as it was.</source>
        <translation>Ei tehty: rekisteri on ennallaan.</translation>
    </message>
    <message>
        <source>%1 is already open in another Kartoitus window.</source>
        <translation>%1 on jo auki toisessa Kartoitus-ikkunassa.</translation>
    </message>
    <message>
        <source>Register Already Open</source>
        <translation>Rekisteri on jo auki</translation>
    </message>
    <message>
        <source>%1[*] (read only) — Kartoitus</source>
        <translation>%1[*] (vain luku) — Kartoitus</translation>
    </message>
    <message>
        <source>Save &amp;a Copy As…</source>
        <translation>Tallenna &amp;kopio nimellä…</translation>
    </message>
    <message>
        <source>Write a copy of the register to another file</source>
        <translation>Kirjoita rekisteristä kopio toiseen tiedostoon</translation>
    </message>
    <message>
        <source>Open Read-Onl&amp;y…</source>
        <translation>Avaa vai&amp;n luettavaksi…</translation>
    </message>
    <message>
        <source>Open a register to look at it without changing it</source>
        <translation>Avaa rekisteri katseltavaksi muuttamatta sitä</translation>
    </message>
    <message>
        <source>Open Register Read-Only</source>
        <translation>Avaa rekisteri vain luettavaksi</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Tallenna kopio nimellä</translation>
    </message>
    <message>
        <source>Two windows changing one register would each keep their own undo steps and show each other&apos;s changes late. Go to the window that has it, or open it here read-only to search, list, export and print.</source>
        <translation>Jos kaksi ikkunaa muuttaisi samaa rekisteriä, kummallakin olisi omat kumottavat vaiheensa ja kumpikin näyttäisi toisen muutokset myöhässä. Siirry ikkunaan, jossa rekisteri on auki, tai avaa se tässä vain luettavaksi: voit hakea, selata, viedä ja tulostaa.</translation>
    </message>
    <message>
        <source>&amp;Go to That Window</source>
        <translation>&amp;Siirry siihen ikkunaan</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Avaa vain &amp;luettavaksi</translation>
    </message>
    <message>
        <source>%1 is open for writing in another Kartoitus window, so here it is read-only: search, list, export and print it here, and change it in that window. Changes made there show here when you open it again.</source>
        <translation>%1 on muokattavana toisessa Kartoitus-ikkunassa, joten tässä se on vain luettavissa: hae, selaa, vie ja tulosta sitä täällä ja muuta sitä siinä ikkunassa. Siellä tehdyt muutokset näkyvät täällä, kun avaat rekisterin uudelleen.</translation>
    </message>
    <message>
        <source>You opened %1 read-only: it can be searched, listed, exported and printed, but not changed. To change it, open it again with File › Open.</source>
        <translation>Avasit rekisterin %1 vain luettavaksi: siitä voi hakea, sitä voi selata, viedä ja tulostaa, mutta ei muuttaa. Jos haluat muuttaa sitä, avaa se uudelleen valinnalla Tiedosto › Avaa.</translation>
    </message>
    <message>
        <source>%1 is read-only here: the folder it is in cannot be written to, and a register needs to write beside itself while it changes. It can be searched, listed, exported and printed. To change it, save a copy in a folder where you can write and work on the copy.</source>
        <translation>%1 on tässä vain luettavissa: sen kansioon ei voi kirjoittaa, ja rekisterin on voitava kirjoittaa viereensä muuttuessaan. Siitä voi hakea, sitä voi selata, viedä ja tulostaa. Jos haluat muuttaa sitä, tallenna kopio kansioon, johon voit kirjoittaa, ja muokkaa kopiota.</translation>
    </message>
    <message>
        <source>%1 is read-only here: the disk it is on cannot be written to. It can be searched, listed, exported and printed. To change it, save a copy on another disk and work on the copy.</source>
        <translation>%1 on tässä vain luettavissa: levylle, jolla se on, ei voi kirjoittaa. Siitä voi hakea, sitä voi selata, viedä ja tulostaa. Jos haluat muuttaa sitä, tallenna kopio toiselle levylle ja muokkaa kopiota.</translation>
    </message>
    <message>
        <source>%1 is read-only: the file is marked read-only, or you may not change it. It can be searched, listed, exported and printed. To change it, save a copy and work on the copy.</source>
        <translation>%1 on vain luettavissa: tiedosto on merkitty vain luettavaksi, tai sinulla ei ole oikeutta muuttaa sitä. Siitä voi hakea, sitä voi selata, viedä ja tulostaa. Jos haluat muuttaa sitä, tallenna kopio ja muokkaa kopiota.</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Tallenna kopio nimellä…</translation>
    </message>
    <message>
        <source>%1 is open in another Kartoitus window. Choose another name for the copy.</source>
        <translation>%1 on auki toisessa Kartoitus-ikkunassa. Valitse kopiolle toinen nimi.</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Kopiota ei voi tallentaa</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Tallennetaan kopio nimellä %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopio tallennettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Copy Saved</source>
        <translation>Kopio tallennettu</translation>
    </message>
    <message>
        <source>The copy %1 was saved.</source>
        <translation>Kopio %1 tallennettiin.</translation>
    </message>
    <message>
        <source>Open the copy in this window to work on it?</source>
        <translation>Avataanko kopio tähän ikkunaan muokattavaksi?</translation>
    </message>
    <message>
        <source>&amp;Open the Copy</source>
        <translation>&amp;Avaa kopio</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ei nyt</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Toiminnot</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Verkostot</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Kyselyt</translation>
    </message>
    <message>
        <source>Registers and tables (*.kartoitus *.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Rekisterit ja taulukot (*.kartoitus *.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <source>Propert&amp;ies</source>
        <translation>&amp;Ominaisuudet</translation>
    </message>
    <message>
        <source>Where the register lives, its size and what it holds</source>
        <translation>Missä rekisteri on, sen koko ja mitä siinä on</translation>
    </message>
    <message>
        <source>Kartoitus &amp;Help</source>
        <translation>Kartoitus-&amp;ohje</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Import a Table</source>
        <translation>Tuo taulukko</translation>
    </message>
    <message>
        <source>%1 is a table, not a register. Import its rows into %2?</source>
        <translation>%1 on taulukko eikä rekisteri. Tuodaanko sen rivit rekisteriin %2?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>%1 is a table, not a register, and the open register is read only. Create a new register and import the rows into it?</source>
        <translation>%1 on taulukko eikä rekisteri, ja avoinna oleva rekisteri on vain luettavissa. Luodaanko uusi rekisteri ja tuodaan rivit siihen?</translation>
    </message>
    <message>
        <source>%1 is a table, not a register. Create a new register and import the rows into it?</source>
        <translation>%1 on taulukko eikä rekisteri. Luodaanko uusi rekisteri ja tuodaan rivit siihen?</translation>
    </message>
    <message>
        <source>For a printable list for health stations, with contact details only where the person has consented, use File › Health-Station List….</source>
        <translation>Tulostettavan listan terveysasemille, jossa yhteystiedot ovat vain luvan antaneilta henkilöiltä, saat valinnalla Tiedosto › Terveysasemalista….</translation>
    </message>
    <message>
        <source>This exports the organisation list as it is, with its search and filters.</source>
        <translation>Tämä vie järjestöluettelon sellaisenaan, sen haun ja suodattimien mukaan.</translation>
    </message>
    <message>
        <source>A network&apos;s roster and the partnership table are saved with Save As under them in the Networks view.</source>
        <translation>Verkoston jäsenluettelo ja kumppanuuspöytä tallennetaan Verkostot-näkymässä niiden alla olevalla painikkeella Tallenna muodossa.</translation>
    </message>
    <message>
        <source>The liaison persons&apos; list is saved with Save as CSV or XLSX in the Municipalities view.</source>
        <translation>Järjestöyhdyshenkilöiden luettelo tallennetaan Kunnat-näkymän painikkeilla Tallenna CSV tai Tallenna XLSX.</translation>
    </message>
    <message>
        <source>A survey&apos;s results are saved with the buttons of the Surveys view.</source>
        <translation>Kyselyn tulokset tallennetaan Kyselyt-näkymän painikkeilla.</translation>
    </message>
</context>
<context>
    <name>kartoitus::MappingPreviewModel</name>
    <message>
        <source>Column “%1” of the file</source>
        <translation>Tiedoston sarake ”%1”</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Tiedoston rivi %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::MatchResponsesDialog</name>
    <message>
        <source>Match Survey Responses</source>
        <translation>Kohdista kyselyvastaukset</translation>
    </message>
    <message>
        <source>These responses are not linked to an organisation. They were matched again by business ID, email and name; a similar name is only a suggestion. Choose the organisation, look one up by name, create it, or leave the response for later.</source>
        <translation>Näitä vastauksia ei ole kohdistettu järjestöön. Ne kohdistettiin uudelleen Y-tunnuksen, sähköpostin ja nimen perusteella; samankaltainen nimi on vain ehdotus. Valitse järjestö, hae se nimellä, luo se tai jätä vastaus myöhemmäksi.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Type an organisation&apos;s name, then Enter</source>
        <translation>Kirjoita järjestön nimi ja paina Enter</translation>
    </message>
    <message>
        <source>&amp;Save Matches</source>
        <translation>&amp;Tallenna kohdistukset</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;.</source>
        <translation>Yhdenkään järjestön nimi ei ole &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Find an organisation for the selected response:</source>
        <translation>&amp;Hae järjestö valitulle vastaukselle:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every response of this survey is matched to an organisation.</source>
        <translation>Kyselyn jokainen vastaus on kohdistettu järjestöön.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n responses will be matched; the rest stay unmatched.</source>
        <translation>
            <numerusform>%1/%n vastaus kohdistetaan; loput jäävät kohdistamatta.</numerusform>
            <numerusform>%1/%n vastauksesta kohdistetaan; loput jäävät kohdistamatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is read-only.</source>
        <translation>Rekisteri on vain luettavissa.</translation>
    </message>
    <message>
        <source>Matching of Responses to &quot;%1&quot;</source>
        <translation>Kohdista vastaukset: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n survey responses matched to organisations.</source>
        <translation>
            <numerusform>%n kyselyvastaus kohdistettiin järjestöön.</numerusform>
            <numerusform>%n kyselyvastausta kohdistettiin järjestöihin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::MunicipalitiesView</name>
    <message>
        <source>liaison-persons</source>
        <translation>jarjestoyhdyshenkilot</translation>
    </message>
    <message>
        <source>&amp;Add Liaison Person…</source>
        <translation>&amp;Lisää yhdyshenkilö…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>Edit liaison person: %1, %2</source>
        <translation>Muokkaa yhdyshenkilöä: %1, %2</translation>
    </message>
    <message>
        <source>Add liaison person: %1, %2</source>
        <translation>Lisää yhdyshenkilö: %1, %2</translation>
    </message>
    <message>
        <source>Remove liaison person: %1, %2</source>
        <translation>Poista yhdyshenkilö: %1, %2</translation>
    </message>
    <message>
        <source>Select the municipality first.</source>
        <translation>Valitse ensin kunta.</translation>
    </message>
    <message>
        <source>Select the liaison person first.</source>
        <translation>Valitse ensin yhdyshenkilö.</translation>
    </message>
    <message>
        <source>Select the liaison person to remove first.</source>
        <translation>Valitse ensin poistettava yhdyshenkilö.</translation>
    </message>
    <message>
        <source>Search by municipality, liaison person, email…</source>
        <translation>Hae kunnalla, yhdyshenkilöllä, sähköpostilla…</translation>
    </message>
    <message>
        <source>Search municipalities and liaison persons</source>
        <translation>Hae kuntia ja järjestöyhdyshenkilöitä</translation>
    </message>
    <message>
        <source>%1 of %2 rows of municipalities and liaison persons</source>
        <translation>%1 / %2 kuntien ja järjestöyhdyshenkilöiden riviä</translation>
    </message>
    <message>
        <source>%1 municipalities, %2 liaison persons</source>
        <translation>%1 kuntaa, %2 järjestöyhdyshenkilöä</translation>
    </message>
</context>
<context>
    <name>kartoitus::NetworkMembersModel</name>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Liittynyt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Eronnut</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
</context>
<context>
    <name>kartoitus::NetworkRepository</name>
    <message>
        <source>Name: a network needs a name.</source>
        <translation>Nimi: verkostolla on oltava nimi.</translation>
    </message>
    <message>
        <source>No network has the id %1.</source>
        <translation>Tunnisteella %1 ei ole verkostoa.</translation>
    </message>
    <message>
        <source>No such network.</source>
        <translation>Verkostoa ei löydy.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot;: use member, deputy or chair.</source>
        <translation>Rooli &quot;%1&quot;: käytä arvoa member, deputy tai chair.</translation>
    </message>
    <message>
        <source>Term &quot;%1&quot;: write dates as 2025-01-01.</source>
        <translation>Kausi &quot;%1&quot;: kirjoita päivämäärät muodossa 2025-01-01.</translation>
    </message>
    <message>
        <source>Term end: %1 is before the start %2.</source>
        <translation>Kauden loppu: %1 on ennen alkua %2.</translation>
    </message>
    <message>
        <source>Person: no person has the id %1.</source>
        <translation>Henkilö: tunnisteella %1 ei ole henkilöä.</translation>
    </message>
    <message>
        <source>No representative has the id %1.</source>
        <translation>Tunnisteella %1 ei ole edustajaa.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot;: use member or coordinator.</source>
        <translation>Tehtävä &quot;%1&quot;: käytä member (jäsen) tai coordinator (koordinaattori).</translation>
    </message>
    <message>
        <source>Date &quot;%1&quot;: write dates as 2025-01-01.</source>
        <translation>Päivämäärä &quot;%1&quot;: kirjoita päivämäärät muodossa 2025-01-01.</translation>
    </message>
    <message>
        <source>Left: %1 is before the day the organisation joined, %2.</source>
        <translation>Eronnut: %1 on ennen päivää, jona järjestö liittyi (%2).</translation>
    </message>
    <message>
        <source>Organisation: no organisation has the id %1.</source>
        <translation>Järjestö: tunnisteella %1 ei ole järjestöä.</translation>
    </message>
    <message>
        <source>%1 is already a member of the network.</source>
        <translation>%1 on jo verkoston jäsen.</translation>
    </message>
    <message>
        <source>No membership has the id %1.</source>
        <translation>Tunnisteella %1 ei ole jäsenyyttä.</translation>
    </message>
    <message>
        <source>Left: give the day the organisation left the network.</source>
        <translation>Eronnut: anna päivä, jona järjestö erosi verkostosta.</translation>
    </message>
</context>
<context>
    <name>kartoitus::NetworksView</name>
    <message>
        <source>&amp;Add Organisations…</source>
        <translation>&amp;Lisää järjestöjä…</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Merkitse eronneeksi…</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>Tänää&amp;n</translation>
    </message>
    <message>
        <source>As on &amp;day:</source>
        <translation>Tilanne päiv&amp;änä:</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Jäsenet</translation>
    </message>
    <message>
        <source>&amp;Representatives</source>
        <translation>&amp;Edustajat</translation>
    </message>
    <message>
        <source>&amp;Partnership Table</source>
        <translation>&amp;Kumppanuuspöytä</translation>
    </message>
    <message>
        <source>Print R&amp;oster…</source>
        <translation>&amp;Tulosta jäsenluettelo…</translation>
    </message>
    <message>
        <source>Print All Rost&amp;ers…</source>
        <translation>Tulosta kaikki jäsenluettel&amp;ot…</translation>
    </message>
    <message>
        <source>Print Partnership &amp;Table…</source>
        <translation>Tulosta kumppanuus&amp;pöytä…</translation>
    </message>
    <message>
        <source>&amp;Save As</source>
        <translation>T&amp;allenna muodossa</translation>
    </message>
    <message>
        <source>Roster as %1…</source>
        <translation>Jäsenluettelo %1-muodossa…</translation>
    </message>
    <message>
        <source>Partnership Table as %1…</source>
        <translation>Kumppanuuspöytä %1-muodossa…</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Koordinaattori: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member organisations</source>
        <translation>
            <numerusform>%n jäsenjärjestö</numerusform>
            <numerusform>%n jäsenjärjestöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n representatives at the partnership table</source>
        <translation>
            <numerusform>%n edustaja kumppanuuspöydässä</numerusform>
            <numerusform>%n edustajaa kumppanuuspöydässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n organisations to %1</source>
        <translation>
            <numerusform>Lisää %n järjestö verkostoon %1</numerusform>
            <numerusform>Lisää %n järjestöä verkostoon %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Those organisations are members already.</source>
        <translation>Nämä järjestöt ovat jo jäseniä.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations leave %1</source>
        <translation>
            <numerusform>%n järjestö eroaa verkostosta %1</numerusform>
            <numerusform>%n järjestöä eroaa verkostosta %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a membership of %1</source>
        <translation>Muuta jäsenyyttä: %1</translation>
    </message>
    <message>
        <source>Change a representative of %1</source>
        <translation>Muuta edustajaa: %1</translation>
    </message>
    <message>
        <source>partnership-table</source>
        <translation>kumppanuuspoyta</translation>
    </message>
    <message>
        <source>Select the organisations that leave the network first.</source>
        <translation>Valitse ensin järjestöt, jotka eroavat verkostosta.</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>Eroa verkostosta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations leave the network. The membership is kept as history.</source>
        <translation>
            <numerusform>%n järjestö eroaa verkostosta. Jäsenyys säilyy historiana.</numerusform>
            <numerusform>%n järjestöä eroaa verkostosta. Jäsenyydet säilyvät historiana.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Eronnut:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>Koo&amp;rdinaattori:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <source>Choose the coordinator of %1</source>
        <translation>Vaihda verkoston %1 koordinaattori</translation>
    </message>
    <message numerus="yes">
        <source>%n member organisations in %1</source>
        <translation>
            <numerusform>%n jäsenjärjestö verkostossa %1</numerusform>
            <numerusform>%n jäsenjärjestöä verkostossa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 member organisations in %3</source>
        <translation>%1 / %2 jäsenjärjestöä verkostossa %3</translation>
    </message>
    <message>
        <source>Search the members by name, municipality, role…</source>
        <translation>Hae jäseniä nimellä, kunnalla, roolilla…</translation>
    </message>
    <message>
        <source>Search the network&apos;s members</source>
        <translation>Hae verkoston jäseniä</translation>
    </message>
</context>
<context>
    <name>kartoitus::OpenRegister</name>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Kumotaan ”%1”…</translation>
    </message>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Tehdään uudelleen ”%1”…</translation>
    </message>
    <message>
        <source>The step “%1” could not be replayed: %2</source>
        <translation>Vaihetta ”%1” ei voitu toistaa: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationActions</name>
    <message>
        <source>&amp;New Organisation…</source>
        <translation>&amp;Uusi järjestö…</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Järjestö</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n toiminta</numerusform>
            <numerusform>%n toimintaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network memberships</source>
        <translation>
            <numerusform>%n verkostojäsenyys</numerusform>
            <numerusform>%n verkostojäsenyyttä</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no activities or network memberships.</source>
        <translation>Sillä ei ole toimintoja eikä verkostojäsenyyksiä.</translation>
    </message>
    <message>
        <source>They have no activities or network memberships.</source>
        <translation>Niillä ei ole toimintoja eikä verkostojäsenyyksiä.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <source>Its %1 are deleted with it.</source>
        <translation>Sen %1 poistetaan sen mukana.</translation>
    </message>
    <message>
        <source>Their %1 are deleted with them.</source>
        <translation>Niiden %1 poistetaan niiden mukana.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n contact persons stay in the register without an organisation.</source>
        <translation>
            <numerusform>Sen %n yhteyshenkilö jää rekisteriin ilman järjestöä.</numerusform>
            <numerusform>Sen %n yhteyshenkilöä jää rekisteriin ilman järjestöä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n contact persons stay in the register without an organisation.</source>
        <translation>
            <numerusform>Niiden %n yhteyshenkilö jää rekisteriin ilman järjestöä.</numerusform>
            <numerusform>Niiden %n yhteyshenkilöä jää rekisteriin ilman järjestöä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo brings everything back.</source>
        <translation>Muokkaa › Kumoa tuo kaiken takaisin.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Poistetaanko %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations?</source>
        <translation>
            <numerusform>Poistetaanko %n järjestö?</numerusform>
            <numerusform>Poistetaanko %n järjestöä?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Organisations</source>
        <translation>Poista järjestöjä</translation>
    </message>
    <message>
        <source>Their activities and network memberships are deleted with them; their contact persons stay in the register without an organisation. Edit › Undo brings everything back.</source>
        <translation>Niiden toiminnot ja verkostojäsenyydet poistetaan niiden mukana; niiden yhteyshenkilöt jäävät rekisteriin ilman järjestöä. Muokkaa › Kumoa tuo kaiken takaisin.</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationColumns</name>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Toimiva</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Lepäävä</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Purettu</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Tiedot</translation>
    </message>
    <message>
        <source>&amp;Sectors and municipalities</source>
        <translation>Toimi&amp;alat ja kunnat</translation>
    </message>
    <message>
        <source>Contacts and &amp;activities</source>
        <translation>&amp;Yhteyshenkilöt ja toiminnot</translation>
    </message>
    <message>
        <source>New Organisation</source>
        <translation>Uusi järjestö</translation>
    </message>
    <message>
        <source>the new organisation</source>
        <translation>uusi järjestö</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Verkostot</translation>
    </message>
    <message>
        <source>Su&amp;rvey answers</source>
        <translation>&amp;Kyselyvastaukset</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationFilterBar</name>
    <message>
        <source>Municipality filter</source>
        <translation>Kuntasuodatin</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Toimialasuodatin</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Tilasuodatin</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Kaikki toimialat</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationForm</name>
    <message>
        <source>Filter municipalities…</source>
        <translation>Rajaa kuntia…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(annetaan tallennettaessa)</translation>
    </message>
    <message>
        <source>Created %1, last changed %2.</source>
        <translation>Luotu %1, muutettu viimeksi %2.</translation>
    </message>
    <message>
        <source>Name: an organisation needs a name.</source>
        <translation>Nimi: järjestöllä on oltava nimi.</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationLinksPage</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Toiminta</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Health promotion</source>
        <translation>Hyte</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Avoin palveluohjaukselle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Publish consent</source>
        <translation>Julkaisulupa</translation>
    </message>
    <message numerus="yes">
        <source>Activities (%n):</source>
        <translation>
            <numerusform>Toiminnot (%n):</numerusform>
            <numerusform>Toiminnot (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact persons (%n):</source>
        <translation>
            <numerusform>Yhteyshenkilöt (%n):</numerusform>
            <numerusform>Yhteyshenkilöt (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;Activity…</source>
        <translation>Uusi &amp;toiminta…</translation>
    </message>
    <message>
        <source>New &amp;Contact Person…</source>
        <translation>Uusi &amp;yhteyshenkilö…</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationListWidget</name>
    <message>
        <source>Search by name, business ID, municipality, sector…</source>
        <translation>Hae nimellä, Y-tunnuksella, kunnalla, toimialalla…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Hae järjestöjä</translation>
    </message>
    <message>
        <source>%1 of %2 organisations</source>
        <translation>%1 / %2 järjestöä</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 järjestö</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 järjestöä</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationNetworksPage</name>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Liittynyt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Eronnut</translation>
    </message>
    <message>
        <source>Enter or a double click shows the network in the Networks view.</source>
        <translation>Enter tai kaksoisnapsautus näyttää verkoston Verkostot-näkymässä.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>still a member</source>
        <translation>yhä jäsen</translation>
    </message>
    <message numerus="yes">
        <source>Network memberships (%n):</source>
        <translation>
            <numerusform>Verkostojäsenyys (%n):</numerusform>
            <numerusform>Verkostojäsenyydet (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationRecord</name>
    <message>
        <source>New organisation: %1</source>
        <translation>Uusi järjestö: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Poista %n järjestö</numerusform>
            <numerusform>Poista %n järjestöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n organisations as verified</source>
        <translation>
            <numerusform>Merkitse %n järjestö tarkistetuksi</numerusform>
            <numerusform>Merkitse %n järjestöä tarkistetuiksi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationRepository</name>
    <message>
        <source>The organisation has not been saved yet.</source>
        <translation>Järjestöä ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>No organisation has the id %1.</source>
        <translation>Tunnisteella %1 ei ole järjestöä.</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>Järjestöä ei löydy.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: cannot be negative.</source>
        <translation>%1 &quot;%2&quot;: ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Name: an organisation needs a name.</source>
        <translation>Nimi: järjestöllä on oltava nimi.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot;: use active, dormant or dissolved.</source>
        <translation>Tila &quot;%1&quot;: käytä arvoa active, dormant tai dissolved.</translation>
    </message>
    <message>
        <source>Home municipality &quot;%1&quot;: no municipality has this code.</source>
        <translation>Kotikunta &quot;%1&quot;: tällä kuntanumerolla ei ole kuntaa.</translation>
    </message>
    <message>
        <source>Municipalities served: no municipality has the code &quot;%1&quot;.</source>
        <translation>Toimintakunnat: kuntanumerolla &quot;%1&quot; ei ole kuntaa.</translation>
    </message>
    <message>
        <source>Legal form: no legal form has the id %1.</source>
        <translation>Oikeudellinen muoto: tunnisteella %1 ei ole oikeudellista muotoa.</translation>
    </message>
    <message>
        <source>Sectors: no sector has the id %1.</source>
        <translation>Toimialat: tunnisteella %1 ei ole toimialaa.</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationSurveysPage</name>
    <message>
        <source>Survey</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Vastaaja</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <source>Enter or a double click shows the answers.</source>
        <translation>Enter tai kaksoisnapsautus näyttää vastaukset.</translation>
    </message>
    <message numerus="yes">
        <source>Survey responses (%n):</source>
        <translation>
            <numerusform>Kyselyvastaus (%n):</numerusform>
            <numerusform>Kyselyvastaukset (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Business ID or register number</source>
        <translation>Y-tunnus tai rekisterinumero</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Toiminnat</translation>
    </message>
    <message>
        <source>Description and contact details</source>
        <translation>Kuvaus ja yhteystiedot</translation>
    </message>
    <message>
        <source>Also operates in</source>
        <translation>Toimii myös</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Löytyi</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonActions</name>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Uusi henkilö…</translation>
    </message>
    <message>
        <source>&amp;Forget This Person…</source>
        <translation>&amp;Unohda tämä henkilö…</translation>
    </message>
    <message>
        <source>Erase the person everywhere, survey answers included</source>
        <translation>Poista henkilö kaikkialta, myös kyselyvastauksista</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Henkilö</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Poistetaanko %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n persons?</source>
        <translation>
            <numerusform>Poistetaanko %n henkilö?</numerusform>
            <numerusform>Poistetaanko %n henkilöä?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Persons</source>
        <translation>Poista henkilöitä</translation>
    </message>
    <message>
        <source>Activities and organisations that name them as contact are left without one. Their words in survey answers stay: use Forget This Person to erase those too. Edit › Undo brings everything back.</source>
        <translation>Toiminnot ja järjestöt, joiden yhteyshenkilöitä he ovat, jäävät ilman yhteyshenkilöä. Heidän tietonsa kyselyvastauksissa jäävät: Unohda tämä henkilö poistaa nekin. Muokkaa › Kumoa palauttaa kaiken.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>sähköposti %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>puhelin %1</translation>
    </message>
    <message>
        <source>Erased: the person (%1).</source>
        <translation>Poistetaan: henkilö (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Erased: their name, email and phone in %n survey responses, raw rows included.</source>
        <translation>
            <numerusform>Poistetaan: nimi, sähköposti ja puhelin %n kyselyvastauksesta, myös alkuperäisestä rivistä.</numerusform>
            <numerusform>Poistetaan: nimi, sähköposti ja puhelin %n kyselyvastauksesta, myös alkuperäisistä riveistä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n terms as a network representative.</source>
        <translation>
            <numerusform>Poistetaan: %n kausi verkoston edustajana.</numerusform>
            <numerusform>Poistetaan: %n kautta verkoston edustajana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left without a contact person: %n activities and organisations.</source>
        <translation>
            <numerusform>Ilman yhteyshenkilöä jää: %n toiminta tai järjestö.</numerusform>
            <numerusform>Ilman yhteyshenkilöä jää: %n toimintaa ja järjestöä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo brings the person back while the register is open. When the register is closed, the forgetting is final: nothing of it is kept.</source>
        <translation>Muokkaa › Kumoa palauttaa henkilön niin kauan kuin rekisteri on auki. Kun rekisteri suljetaan, unohtaminen on lopullinen: henkilöstä ei jää mitään talteen.</translation>
    </message>
    <message>
        <source>Forget This Person</source>
        <translation>Unohda tämä henkilö</translation>
    </message>
    <message>
        <source>Forget %1 everywhere in the register?</source>
        <translation>Unohdetaanko %1 kaikkialta rekisteristä?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Unohda</translation>
    </message>
    <message numerus="yes">
        <source>Erased or shortened: %n free-text survey answers that name them.</source>
        <translation>
            <numerusform>Poistetaan tai lyhennetään: %n avoin kyselyvastaus, jossa henkilö mainitaan.</numerusform>
            <numerusform>Poistetaan tai lyhennetään: %n avointa kyselyvastausta, joissa henkilö mainitaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonEditor</name>
    <message>
        <source>A liaison person has a municipality and no organisation.</source>
        <translation>Järjestöyhdyshenkilöllä on kunta eikä järjestöä.</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Tarkistettu:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Uusi henkilö</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>annettu %1</translation>
    </message>
    <message>
        <source>the new person</source>
        <translation>uusi henkilö</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonListWidget</name>
    <message>
        <source>Organisation filter</source>
        <translation>Järjestösuodatin</translation>
    </message>
    <message>
        <source>Publish consent filter</source>
        <translation>Julkaisulupasuodatin</translation>
    </message>
    <message>
        <source>Contact or liaison filter</source>
        <translation>Yhteys- tai järjestöyhdyshenkilösuodatin</translation>
    </message>
    <message>
        <source>Search by name, organisation or email…</source>
        <translation>Hae nimellä, järjestöllä tai sähköpostilla…</translation>
    </message>
    <message>
        <source>Search persons</source>
        <translation>Hae henkilöitä</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Julkaisulupa: kaikki</translation>
    </message>
    <message>
        <source>Consent to publish</source>
        <translation>Julkaisulupa annettu</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Ei julkaisulupaa</translation>
    </message>
    <message>
        <source>Contact and liaison persons</source>
        <translation>Yhteys- ja järjestöyhdyshenkilöt</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Liaison persons</source>
        <translation>Järjestöyhdyshenkilöt</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Kaikki järjestöt</translation>
    </message>
    <message>
        <source>%1 of %2 persons</source>
        <translation>%1 / %2 henkilöä</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 henkilö</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 henkilöä</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonQuery</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Contact or liaison</source>
        <translation>Yhteys- vai järjestöyhdyshenkilö</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Publish consent</source>
        <translation>Julkaisulupa</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunniste</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonRecord</name>
    <message>
        <source>New person: %1</source>
        <translation>Uusi henkilö: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n persons</source>
        <translation>
            <numerusform>Poista %n henkilö</numerusform>
            <numerusform>Poista %n henkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n persons as verified</source>
        <translation>
            <numerusform>Merkitse %n henkilö tarkistetuksi</numerusform>
            <numerusform>Merkitse %n henkilöä tarkistetuiksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget: %1</source>
        <translation>Unohda: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonRepository</name>
    <message>
        <source>Name: a person needs a name.</source>
        <translation>Nimi: henkilöllä on oltava nimi.</translation>
    </message>
    <message>
        <source>Consent date &quot;%1&quot;: write the date as 2025-05-31.</source>
        <translation>Julkaisuluvan päivämäärä &quot;%1&quot;: kirjoita päivämäärä muodossa 2025-05-31.</translation>
    </message>
    <message>
        <source>Organisation: no organisation has the id %1.</source>
        <translation>Järjestö: tunnisteella %1 ei ole järjestöä.</translation>
    </message>
    <message>
        <source>Municipality &quot;%1&quot;: no municipality has this code.</source>
        <translation>Kunta &quot;%1&quot;: tällä kuntanumerolla ei ole kuntaa.</translation>
    </message>
    <message>
        <source>The person has not been saved yet.</source>
        <translation>Henkilöä ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Tunnisteella %1 ei ole henkilöä.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>Henkilöä ei löydy.</translation>
    </message>
    <message>
        <source>Last checked &quot;%1&quot;: write the date as 2025-05-31.</source>
        <translation>Tarkistettu viimeksi &quot;%1&quot;: kirjoita päivämäärä muodossa 2025-05-31.</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonTableModel</name>
    <message>
        <source>Liaison person</source>
        <translation>Järjestöyhdyshenkilö</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
</context>
<context>
    <name>kartoitus::RecordActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Mark as &amp;Verified Today</source>
        <translation>Merkitse &amp;tarkistetuksi tänään</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ja %n muu</numerusform>
            <numerusform>ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Poi&amp;sta</translation>
    </message>
    <message>
        <source>Mark as Verified</source>
        <translation>Merkitse tarkistetuksi</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n records…</source>
        <translation>
            <numerusform>Kirjoitetaan %n tietue…</numerusform>
            <numerusform>Kirjoitetaan %n tietuetta…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::RecordEditor</name>
    <message>
        <source>The register is open read-only: nothing can be changed.</source>
        <translation>Rekisteri on avattu vain luettavaksi: mitään ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Hylätäänkö muutokset: %1?</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (vain luku)</translation>
    </message>
</context>
<context>
    <name>kartoitus::RecordTexts</name>
    <message numerus="yes">
        <source>Edit: %1, %n fields</source>
        <translation>
            <numerusform>Muuta: %1, %n kenttä</numerusform>
            <numerusform>Muuta: %1, %n kenttää</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit: %1, %2</source>
        <translation>Muuta: %1, %2</translation>
    </message>
    <message>
        <source>Delete: %1</source>
        <translation>Poista: %1</translation>
    </message>
    <message>
        <source>Mark as verified: %1</source>
        <translation>Merkitse tarkistetuksi: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::Register</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tiedostoa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>%1 is not a Kartoitus register: the file is empty or not a file.</source>
        <translation>%1 ei ole Kartoitus-rekisteri: tiedosto on tyhjä tai se ei ole tiedosto.</translation>
    </message>
    <message>
        <source>%1 is not a Kartoitus register.</source>
        <translation>%1 ei ole Kartoitus-rekisteri.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Kartoitus register.</source>
        <translation>%1 on toisen sovelluksen tietokanta eikä Kartoitus-rekisteri.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kartoitus (register version %2; this version reads up to %3). Update Kartoitus to open it.</source>
        <translation>%1 on tallennettu Kartoituksen uudemmalla versiolla (rekisterin versio %2; tämä versio lukee enintään version %3). Päivitä Kartoitus, jotta voit avata sen.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 on jo olemassa.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Rekisteriä ei ole avattu.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>Tiedosto %1 on vioittunut: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Tiedostoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>%1 on toisen ohjelman käytössä. Sulje se siellä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1 could not be updated to the current version: %2</source>
        <translation>Tiedostoa %1 ei voitu päivittää nykyiseen versioon: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: it can be searched, listed, exported and printed, but not changed. To change it, save a copy in a folder where you can write and open the copy.</source>
        <translation>Rekisteri %1 on vain luku -tilassa: siitä voi hakea, sitä voi selata, viedä ja tulostaa, mutta sitä ei voi muuttaa. Jos haluat muuttaa sitä, tallenna kopio kansioon, johon voit kirjoittaa, ja avaa kopio.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space on it and try again.</source>
        <translation>Levy, jolla %1 on, on täynnä. Vapauta levyltä tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The register %1 is damaged (%2). Nothing more was written to it; go back to a backup copy of it.</source>
        <translation>Rekisteri %1 on vioittunut (%2). Siihen ei kirjoitettu mitään; palaa sen varmuuskopioon.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (%2). Check the disk or network folder it is on and try again.</source>
        <translation>Tiedostoa %1 ei voitu lukea tai kirjoittaa (%2). Tarkista levy tai verkkokansio, jolla se on, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Tiedostoa %1 ei voi luoda: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>Rekisteriä %1 ei voitu luoda: %2</translation>
    </message>
    <message>
        <source>%1 was being changed when a program stopped, and only a program that can write to it can finish undoing that change (kept in %2). Copy both files together to a folder where you can write and open the copy there. Do not delete %2.</source>
        <translation>Rekisteriä %1 oltiin muuttamassa, kun ohjelma pysähtyi, ja vain ohjelma, joka voi kirjoittaa siihen, voi perua keskeneräisen muutoksen (se on tallessa tiedostossa %2). Kopioi molemmat tiedostot yhdessä kansioon, johon voit kirjoittaa, ja avaa kopio siellä. Älä poista tiedostoa %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated or its contents are broken (%2). It was left as it is; open a backup copy of it instead.</source>
        <translation>Rekisteri %1 on vioittunut: tiedosto on katkennut tai sen sisältö on rikki (%2). Tiedosto jätettiin ennalleen; avaa sen sijaan sen varmuuskopio.</translation>
    </message>
    <message>
        <source>%1 carries the mark of a Kartoitus register but no register version, so Kartoitus did not write it. It was left as it is.</source>
        <translation>Tiedostossa %1 on Kartoitus-rekisterin tunnus mutta ei rekisterin versiota, joten Kartoitus ei ole kirjoittanut sitä. Tiedosto jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>%1 was changed by an older version of Kartoitus while it was open. Open it again.</source>
        <translation>Kartoituksen vanhempi versio muutti rekisteriä %1, kun se oli auki. Avaa se uudelleen.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Kartoitus and must be updated before it can be opened, but it is read-only. Copy it to a folder where you can write and open the copy: the copy is updated and the file itself is left as it is.</source>
        <translation>Rekisteri %1 on kirjoitettu Kartoituksen vanhemmalla versiolla, ja se on päivitettävä ennen kuin sen voi avata, mutta se on vain luku -tilassa. Kopioi se kansioon, johon voit kirjoittaa, ja avaa kopio: kopio päivitetään ja itse tiedosto jätetään ennalleen.</translation>
    </message>
    <message>
        <source>%1 needs an update, but its backup copy could not be written to %2: %3</source>
        <translation>Rekisteri %1 on päivitettävä, mutta sen varmuuskopiota ei voitu kirjoittaa tiedostoon %2: %3</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the register itself (%1).</source>
        <translation>Kopiota ei voi tallentaa rekisterin itsensä päälle (%1).</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 on kansio.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>Kopiota %1 ei voitu kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::RegisterCheck</name>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Tarkistus epäonnistui (%1): %2</translation>
    </message>
    <message>
        <source>the file&apos;s integrity</source>
        <translation>tiedoston eheys</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Tiedosto on vioittunut: %1</translation>
    </message>
    <message>
        <source>links between rows</source>
        <translation>rivien väliset viittaukset</translation>
    </message>
    <message>
        <source>Refers to a row of %1 that does not exist.</source>
        <translation>Viittaa taulun %1 riviin, jota ei ole olemassa.</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>hakuhakemisto</translation>
    </message>
    <message numerus="yes">
        <source>The search index is out of date for %n organisation(s): searches miss them until it is rebuilt.</source>
        <translation>
            <numerusform>Hakuhakemisto on vanhentunut %n järjestön osalta: haku ei löydä sitä, ennen kuin hakemisto rakennetaan uudelleen.</numerusform>
            <numerusform>Hakuhakemisto on vanhentunut %n järjestön osalta: haku ei löydä niitä, ennen kuin hakemisto rakennetaan uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation has no home municipality.</source>
        <translation>Järjestöllä ei ole kotikuntaa.</translation>
    </message>
    <message>
        <source>The organisation has no sector.</source>
        <translation>Järjestöllä ei ole toimialaa.</translation>
    </message>
    <message>
        <source>The organisation should have exactly one primary sector.</source>
        <translation>Järjestöllä pitäisi olla täsmälleen yksi päätoimiala.</translation>
    </message>
    <message>
        <source>The active organisation has no email, phone or contact person.</source>
        <translation>Toimivalla järjestöllä ei ole sähköpostia, puhelinta eikä yhteyshenkilöä.</translation>
    </message>
    <message>
        <source>The person has no email or phone.</source>
        <translation>Henkilöllä ei ole sähköpostia eikä puhelinta.</translation>
    </message>
    <message>
        <source>The person belongs to no organisation and no municipality.</source>
        <translation>Henkilö ei kuulu mihinkään järjestöön eikä kuntaan.</translation>
    </message>
    <message>
        <source>The person&apos;s publish consent has no date: when was it given?</source>
        <translation>Henkilön julkaisuluvalla ei ole päivämäärää: milloin lupa annettiin?</translation>
    </message>
    <message>
        <source>The activity has no municipality: municipal lists leave it out.</source>
        <translation>Toiminnalla ei ole kuntaa: kuntakohtaiset luettelot jättävät sen pois.</translation>
    </message>
    <message>
        <source>The health and wellbeing activity has no theme.</source>
        <translation>Hyte-toiminnalla ei ole teemaa.</translation>
    </message>
    <message>
        <source>The network %1 has no representative at the partnership table.</source>
        <translation>Verkostolla %1 ei ole edustajaa kumppanuuspöydässä.</translation>
    </message>
    <message>
        <source>The term ends (%2) before it starts (%1).</source>
        <translation>Kausi päättyy (%2) ennen kuin se alkaa (%1).</translation>
    </message>
    <message>
        <source>The sort key of “%1” is out of date: lists show it in the wrong place.</source>
        <translation>Kohteen ”%1” lajitteluavain on vanhentunut: luettelot näyttävät sen väärässä kohdassa.</translation>
    </message>
    <message>
        <source>A number of people (%1) is negative.</source>
        <translation>Henkilömäärä (%1) on negatiivinen.</translation>
    </message>
    <message>
        <source>“%1” and organisation %2 “%3” in the same municipality have the same name, the association suffix (ry, r.y., rf) aside: a duplicate?</source>
        <translation>”%1” ja järjestö %2 ”%3” samassa kunnassa ovat samannimisiä yhdistyksen päätettä (ry, r.y., rf) lukuun ottamatta: kaksoiskappale?</translation>
    </message>
    <message>
        <source>%1 %2 is also used by organisation %3: a duplicate?</source>
        <translation>%1 %2 on myös järjestöllä %3: kaksoiskappale?</translation>
    </message>
    <message>
        <source>A number (%1) is negative.</source>
        <translation>Luku (%1) on negatiivinen.</translation>
    </message>
</context>
<context>
    <name>kartoitus::RegisterPropertiesDialog</name>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Rekisterin %1 ominaisuudet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sijainti:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Koko:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 tavua)</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Rakenneversio:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Avattu:</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>vain luettavaksi</translation>
    </message>
    <message>
        <source>for changes</source>
        <translation>muokattavaksi</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Luotu:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Muutettu:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Sisältö:</translation>
    </message>
</context>
<context>
    <name>kartoitus::RegisterStats</name>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>Active organisations</source>
        <translation>Toimivat järjestöt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Toiminnat</translation>
    </message>
    <message>
        <source>Health and wellbeing activities</source>
        <translation>Hyte-toiminnat</translation>
    </message>
    <message>
        <source>Activities open for referral</source>
        <translation>Palveluohjaukselle avoimet toiminnat</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Persons who may be published</source>
        <translation>Henkilöt, joiden tiedot saa julkaista</translation>
    </message>
    <message>
        <source>Municipal liaison persons</source>
        <translation>Kuntien järjestöyhdyshenkilöt</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Toimialat</translation>
    </message>
    <message>
        <source>Sector networks</source>
        <translation>Toimialaverkostot</translation>
    </message>
    <message>
        <source>Network memberships</source>
        <translation>Verkostojäsenyydet</translation>
    </message>
    <message>
        <source>Network representatives</source>
        <translation>Verkostojen edustajat</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Municipalities of the home region</source>
        <translation>Oman maakunnan kunnat</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Kyselyt</translation>
    </message>
    <message>
        <source>Survey questions</source>
        <translation>Kyselyjen kysymykset</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Kyselyvastaukset</translation>
    </message>
    <message>
        <source>Survey responses not linked to an organisation</source>
        <translation>Järjestöön yhdistämättömät kyselyvastaukset</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Kysymyskohtaiset vastaukset</translation>
    </message>
    <message>
        <source>Activity themes</source>
        <translation>Toimintojen teemat</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
    <message>
        <source>Legal forms</source>
        <translation>Oikeudelliset muodot</translation>
    </message>
    <message>
        <source>Saved import mappings</source>
        <translation>Tallennetut tuontikohdistukset</translation>
    </message>
    <message>
        <source>Could not read the register&apos;s statistics: %1</source>
        <translation>Rekisterin tilastoja ei voitu lukea: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ReportActions</name>
    <message>
        <source>&amp;Health-Station List…</source>
        <translation>Te&amp;rveysasemalista…</translation>
    </message>
    <message>
        <source>Print or save the activities a health station can refer a client to</source>
        <translation>Tulosta tai tallenna toiminta, johon terveysasema voi ohjata asiakkaan</translation>
    </message>
</context>
<context>
    <name>kartoitus::ReportOutput</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>Tulostuksen esikatselu – %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>Tallenna lista</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Tallennetaan %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Tulostuksen &amp;esikatselu…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Tallenna &amp;XLSX…</translation>
    </message>
</context>
<context>
    <name>kartoitus::RepresentativeDialog</name>
    <message>
        <source>Term &amp;ends:</source>
        <translation>Kausi &amp;päättyy:</translation>
    </message>
    <message>
        <source>Add Representative</source>
        <translation>Lisää edustaja</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Verkosto:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Henkilö:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Term &amp;starts:</source>
        <translation>Kausi &amp;alkaa:</translation>
    </message>
    <message>
        <source>Network: the register has no networks.</source>
        <translation>Verkosto: rekisterissä ei ole verkostoja.</translation>
    </message>
    <message>
        <source>Person: choose a person of the register.</source>
        <translation>Henkilö: valitse rekisterin henkilö.</translation>
    </message>
    <message>
        <source>Person: the register has no person &quot;%1&quot;.</source>
        <translation>Henkilö: rekisterissä ei ole henkilöä &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Term ends: %1 is before the term starts (%2).</source>
        <translation>Kausi päättyy: %1 on ennen kauden alkua (%2).</translation>
    </message>
</context>
<context>
    <name>kartoitus::RepresentativesModel</name>
    <message>
        <source>Chair</source>
        <translation>Puheenjohtaja</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Varajäsen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Jäsen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Edustaja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Kausi alkaa</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Kausi päättyy</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
</context>
<context>
    <name>kartoitus::RepresentativesPage</name>
    <message>
        <source>A&amp;dd Representative…</source>
        <translation>Lisää e&amp;dustaja…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Representative</source>
        <translation>Poista edustaja&amp;kausi</translation>
    </message>
    <message>
        <source>Removes a term entered by mistake. A term that ended gets its end date in the table instead.</source>
        <translation>Poistaa vahingossa kirjatun kauden. Päättyneelle kaudelle merkitään sen sijaan päättymispäivä taulukkoon.</translation>
    </message>
    <message>
        <source>Add representative: %1, %2</source>
        <translation>Lisää edustaja: %1, %2</translation>
    </message>
    <message>
        <source>Remove representative: %1, %2</source>
        <translation>Poista edustaja: %1, %2</translation>
    </message>
    <message>
        <source>Select the representative to remove first.</source>
        <translation>Valitse ensin poistettava edustaja.</translation>
    </message>
</context>
<context>
    <name>kartoitus::RespondentChoice</name>
    <message>
        <source>%1 (matched by %2)</source>
        <translation>%1 (kohdistettu: %2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3 % alike)</source>
        <translation>%1, %2 (%3 % samankaltainen)</translation>
    </message>
    <message>
        <source>Leave unmatched</source>
        <translation>Jätä kohdistamatta</translation>
    </message>
    <message>
        <source>Create organisation &quot;%1&quot;</source>
        <translation>Luo järjestö &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kartoitus::RespondentTable</name>
    <message>
        <source>Respondent as written</source>
        <translation>Vastaaja kirjoitettuna</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>(no name, business ID or email)</source>
        <translation>(ei nimeä, Y-tunnusta eikä sähköpostia)</translation>
    </message>
</context>
<context>
    <name>kartoitus::RosterRepository</name>
    <message>
        <source>No person has the id %1.</source>
        <translation>Tunnisteella %1 ei ole henkilöä.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SavedListRepository</name>
    <message>
        <source>No saved list is called &quot;%1&quot;.</source>
        <translation>Tallennettua listaa &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>Name: a saved list needs a name.</source>
        <translation>Nimi: tallennettu lista tarvitsee nimen.</translation>
    </message>
    <message>
        <source>The saved list has no kind.</source>
        <translation>Tallennetulta listalta puuttuu laji.</translation>
    </message>
    <message>
        <source>No saved list has the id %1.</source>
        <translation>Tallennettua listaa tunnisteella %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SettingsDialog</name>
    <message>
        <source>&amp;Reset Window Layout</source>
        <translation>&amp;Palauta ikkunan asettelu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>A new language applies when Kartoitus is started again. Numbers and dates follow it.</source>
        <translation>Uusi kieli tulee käyttöön, kun Kartoitus käynnistetään uudelleen. Numerot ja päivämäärät noudattavat sitä.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ikkuna</translation>
    </message>
    <message>
        <source>The window remembers its size and place, the view shown last, the lists&apos; columns and the dividers between panes.</source>
        <translation>Ikkuna muistaa kokonsa ja paikkansa, viimeksi näytetyn näkymän, luetteloiden sarakkeet ja ruutujen väliset jakajat.</translation>
    </message>
    <message>
        <source>Size, place, view and dividers as on a first start</source>
        <translation>Koko, paikka, näkymä ja jakajat kuten ensimmäisellä käynnistyskerralla</translation>
    </message>
</context>
<context>
    <name>kartoitus::StartPage</name>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Viimeksi avatut rekisterit</translation>
    </message>
    <message>
        <source>No register has been opened yet.</source>
        <translation>Yhtään rekisteriä ei ole vielä avattu.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No register is open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Yhtään rekisteriä ei ole auki&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a register you have used before, start a new one, or look around in the demo register with fictional organisations.</source>
        <translation>Avaa aiemmin käyttämäsi rekisteri, aloita uusi tai tutustu esimerkkirekisteriin, jossa on kuvitteellisia järjestöjä.</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Uusi rekisteri…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Register</source>
        <translation>Avaa &amp;esimerkkirekisteri</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyActions</name>
    <message>
        <source>Import Sur&amp;vey…</source>
        <translation>Tuo k&amp;ysely…</translation>
    </message>
    <message>
        <source>Import a Webropol, Microsoft Forms or Google Forms export of a survey</source>
        <translation>Tuo kyselyn vastaukset Webropolista, Microsoft Formsista tai Google Formsista</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyChart</name>
    <message>
        <source>% of those who answered</source>
        <translation>% vastanneista</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Vastauksia</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyImportWizard</name>
    <message>
        <source>Show only responses that need a decision</source>
        <translation>Näytä vain vastaukset, jotka vaativat päätöksen</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>Tuo kysely</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>Survey File</source>
        <translation>Kyselyn tiedosto</translation>
    </message>
    <message>
        <source>A Webropol, Microsoft Forms or Google Forms export (CSV, XLSX or ODS): one response per row, the questions as headers.</source>
        <translation>Webropolista, Microsoft Formsista tai Google Formsista viety tiedosto (CSV, XLSX tai ODS): yksi vastaus riviä kohden, kysymykset otsikkoina.</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Kyselyjen vastaustiedostot (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Vuosi:</translation>
    </message>
    <message>
        <source>&amp;Collected with:</source>
        <translation>&amp;Kyselytyökalu:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Each column became a question; options given one column each became one multiple-choice question. Correct a type or leave a question out: its cells stay in the raw rows.</source>
        <translation>Jokaisesta sarakkeesta tuli kysymys; omiin sarakkeisiinsa jaetut vaihtoehdot yhdistettiin yhdeksi monivalinnaksi. Korjaa tyyppi tai jätä kysymys pois: sen solut säilyvät alkuperäisillä riveillä.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Vaihtoehdot</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Vastaajat</translation>
    </message>
    <message>
        <source>Responses are matched by business ID, email or the organisation&apos;s name. A similar name is only a suggestion: choose the organisation, create it, or leave the response unmatched to match it later.</source>
        <translation>Vastaukset kohdistetaan Y-tunnuksen, sähköpostin tai järjestön nimen perusteella. Samankaltainen nimi on vain ehdotus: valitse järjestö, luo se tai jätä vastaus kohdistamatta ja kohdista se myöhemmin.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Give the survey a name.</source>
        <translation>Anna kyselylle nimi.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Rekisteriä ei ole avattu.</translation>
    </message>
    <message numerus="yes">
        <source>Import &quot;%1&quot; %2: %n responses</source>
        <translation>
            <numerusform>Tuodaan &quot;%1&quot; %2: %n vastaus</numerusform>
            <numerusform>Tuodaan &quot;%1&quot; %2: %n vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n kysymys</numerusform>
            <numerusform>%n kysymystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to organisations</source>
        <translation>
            <numerusform>%n kohdistettu järjestöön</numerusform>
            <numerusform>%n kohdistettu järjestöihin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n uusi järjestö</numerusform>
            <numerusform>%n uutta järjestöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unmatched (they can be matched later)</source>
        <translation>
            <numerusform>%n jää kohdistamatta (sen voi kohdistaa myöhemmin)</numerusform>
            <numerusform>%n jää kohdistamatta (ne voi kohdistaa myöhemmin)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is one step: Edit › Undo takes it back.</source>
        <translation>Tuonti on yksi vaihe: Muokkaa › Kumoa peruu sen.</translation>
    </message>
    <message>
        <source>The register is read-only.</source>
        <translation>Rekisteri on vain luettavissa.</translation>
    </message>
    <message>
        <source>Import of Survey &quot;%1&quot;</source>
        <translation>Kyselyn &quot;%1&quot; tuonti</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 responses, %3 matched, %4 unmatched.</source>
        <translation>Tuotiin &quot;%1&quot;: %2 vastausta, %3 kohdistettu, %4 kohdistamatta.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyRepository</name>
    <message>
        <source>Name: a survey needs a name.</source>
        <translation>Nimi: kyselyllä on oltava nimi.</translation>
    </message>
    <message>
        <source>No survey has the id %1.</source>
        <translation>Tunnisteella %1 ei ole kyselyä.</translation>
    </message>
    <message>
        <source>No such survey.</source>
        <translation>Kyselyä ei löydy.</translation>
    </message>
    <message>
        <source>Question: a question needs a code and a text.</source>
        <translation>Kysymys: kysymyksellä on oltava tunnus ja teksti.</translation>
    </message>
    <message>
        <source>Question type &quot;%1&quot;: use %2.</source>
        <translation>Kysymystyyppi &quot;%1&quot;: käytä jotakin arvoista %2.</translation>
    </message>
    <message>
        <source>No survey response has the id %1.</source>
        <translation>Tunnisteella %1 ei ole kyselyvastausta.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyResponseDialog</name>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Survey Response: %1</source>
        <translation>Kyselyvastaus: %1</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(ei vastausta)</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Vastaaja: %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyResultModel</name>
    <message>
        <source>Answered</source>
        <translation>Vastanneita</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Pienin</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Suurin</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Vaihtoehto</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>%1, %</source>
        <translation>%1, %</translation>
    </message>
    <message>
        <source>%1, count</source>
        <translation>%1, määrä</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveysView</name>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>&amp;Tuo kysely…</translation>
    </message>
    <message>
        <source>&amp;Apply Answers…</source>
        <translation>&amp;Vie vastaukset rekisteriin…</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Kaikki vastaukset</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Toimialoittain</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Kunnittain</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Kysely:</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>K&amp;ysymykset</translation>
    </message>
    <message>
        <source>&amp;Break down:</source>
        <translation>&amp;Jaottelu:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>Ve&amp;rtaa kyselyyn:</translation>
    </message>
    <message>
        <source>&amp;Groups shown</source>
        <translation>&amp;Näytettävät ryhmät</translation>
    </message>
    <message>
        <source>The register has no surveys yet: import one with Import Survey….</source>
        <translation>Rekisterissä ei ole vielä kyselyjä: tuo kysely painikkeella Tuo kysely….</translation>
    </message>
    <message>
        <source>Surveys: %1</source>
        <translation>Kyselyjä: %1</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(ei vertailua)</translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n vastaus</numerusform>
            <numerusform>%n vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched to an organisation</source>
        <translation>
            <numerusform>%n kohdistamatta järjestöön</numerusform>
            <numerusform>%n kohdistamatta järjestöihin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no question like this one.</source>
        <translation>Kyselyssä %1 ei ole vastaavaa kysymystä.</translation>
    </message>
    <message>
        <source>Save the Summary</source>
        <translation>Tallenna yhteenveto</translation>
    </message>
    <message>
        <source>&amp;Match Responses…</source>
        <translation>Koh&amp;dista vastaukset…</translation>
    </message>
    <message>
        <source>Match the responses an import left unmatched to organisations</source>
        <translation>Kohdista tuonnissa kohdistamatta jääneet vastaukset järjestöihin</translation>
    </message>
</context>
<context>
    <name>kartoitus::UndoStoreFolder</name>
    <message>
        <source>%1 cannot be overwritten: %2</source>
        <translation>Tiedostoa %1 ei voi korvata: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>Tiedostoa %1 ei voi poistaa: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::Validators</name>
    <message>
        <source>Business ID &quot;%1&quot;: write it as seven digits, a hyphen and a check digit (1234567-8).</source>
        <translation>Y-tunnus &quot;%1&quot;: kirjoita seitsemän numeroa, yhdysmerkki ja tarkistusnumero (1234567-8).</translation>
    </message>
    <message>
        <source>Business ID &quot;%1&quot;: no business ID has the digits %2; check them.</source>
        <translation>Y-tunnus &quot;%1&quot;: numeroilla %2 ei voi olla Y-tunnusta; tarkista ne.</translation>
    </message>
    <message>
        <source>Business ID &quot;%1&quot;: the check digit should be %2.</source>
        <translation>Y-tunnus &quot;%1&quot;: tarkistusnumeron pitäisi olla %2.</translation>
    </message>
    <message>
        <source>Register number &quot;%1&quot;: write up to six digits, such as 192.130.</source>
        <translation>Rekisterinumero &quot;%1&quot;: kirjoita enintään kuusi numeroa, esimerkiksi 192.130.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot;: write five digits.</source>
        <translation>Postinumero &quot;%1&quot;: kirjoita viisi numeroa.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot;: write an address such as name@example.fi.</source>
        <translation>Sähköposti &quot;%1&quot;: kirjoita osoite muodossa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot;: an address has no spaces; is it two addresses?</source>
        <translation>Sähköposti &quot;%1&quot;: osoitteessa ei ole välilyöntejä; onko siinä kaksi osoitetta?</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: a phone number has no letters.</source>
        <translation>Puhelin &quot;%1&quot;: puhelinnumerossa ei ole kirjaimia.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: only digits, spaces and - may be used.</source>
        <translation>Puhelin &quot;%1&quot;: käytä vain numeroita, välilyöntejä ja merkkiä -.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: start with 0 and the area code, or with + and the country code (+358).</source>
        <translation>Puhelin &quot;%1&quot;: aloita nollalla ja suuntanumerolla tai merkillä + ja maatunnuksella (+358).</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: after +358 the number is written without its leading 0.</source>
        <translation>Puhelin &quot;%1&quot;: +358:n jälkeen numero kirjoitetaan ilman alun nollaa.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: the number has too few or too many digits.</source>
        <translation>Puhelin &quot;%1&quot;: numerossa on liian vähän tai liikaa numeroita.</translation>
    </message>
    <message>
        <source>Website &quot;%1&quot;: write an address such as www.example.fi.</source>
        <translation>Verkkosivut &quot;%1&quot;: kirjoita osoite muodossa www.esimerkki.fi.</translation>
    </message>
    <message>
        <source>Founded &quot;%1&quot;: write a year from 1800 to %2.</source>
        <translation>Perustamisvuosi &quot;%1&quot;: kirjoita vuosi väliltä 1800–%2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: write a whole number, such as 1 240.</source>
        <translation>%1 &quot;%2&quot;: kirjoita kokonaisluku, esimerkiksi 1 240.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: a count cannot be negative.</source>
        <translation>%1 &quot;%2&quot;: lukumäärä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the number is too large for a count.</source>
        <translation>%1 &quot;%2&quot;: luku on liian suuri lukumääräksi.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the number cannot be negative.</source>
        <translation>%1 &quot;%2&quot;: luku ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the number is too large.</source>
        <translation>%1 &quot;%2&quot;: luku on liian suuri.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ValueParsing</name>
    <message>
        <source>A number is missing.</source>
        <translation>Luku puuttuu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; ei ole luku.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>&quot;%1&quot; on liian suuri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; ei ole kokonaisluku.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no answer (yes/no, kyllä/ei, ja/nej, true/false, 1/0, x/empty).</source>
        <translation>&quot;%1&quot; ei ole kyllä/ei-vastaus (kyllä/ei, yes/no, ja/nej, true/false, 1/0, x/tyhjä).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a code of %n digit(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; ei ole %n-numeroinen koodi.</numerusform>
            <numerusform>&quot;%1&quot; ei ole %n-numeroinen koodi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2024-05-31 or 31.5.2024).</source>
        <translation>&quot;%1&quot; ei ole päivämäärä (kirjoita 31.5.2024 tai 2024-05-31).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar.</source>
        <translation>&quot;%1&quot; ei ole todellinen kalenteripäivä.</translation>
    </message>
</context>
<context>
    <name>kartoitus::VerifiedField</name>
    <message>
        <source>Mark as verified &amp;today</source>
        <translation>&amp;Merkitse tarkistetuksi tänään</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
</context>
<context>
    <name>kartoitus::ViewSwitcher</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Näkymät</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::CheckCommand</name>
    <message>
        <source>Checks the register&apos;s integrity and the quality of its data. Exits with 2 when it finds an error; warnings alone exit with 0.</source>
        <translation>Tarkistaa rekisterin eheyden ja sen tietojen laadun. Paluuarvo on 2, jos virheitä löytyy; pelkillä varoituksilla paluuarvo on 0.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Rekisteritiedosto.</translation>
    </message>
    <message>
        <source>The register has errors: %1.</source>
        <translation>Rekisterissä on virheitä: %1.</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(tiedosto)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2.</source>
        <translation>Virheitä: %1, varoituksia: %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <source>Print a machine-readable summary (JSON) on standard output.</source>
        <translation>Tulosta koneluettava yhteenveto (JSON) vakiotulosteeseen.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argumentti puuttuu: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Odottamaton argumentti: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 vaatii kokonaisluvun, joka on 0 tai suurempi, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valitsimet]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Käyttö: %1</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli %1 --help&quot; for the options.</source>
        <translation>Valitsimet näet komennolla &quot;kartoitus-cli %1 --help&quot;.</translation>
    </message>
    <message>
        <source>The register was updated to the current version; the previous version was saved as %1.</source>
        <translation>Rekisteri päivitettiin nykyiseen versioon; edellinen versio tallennettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Unknown --what &quot;%1&quot;: use organisations, activities or persons.</source>
        <translation>Tuntematon --what &quot;%1&quot;: käytä arvoa organisations, activities tai persons.</translation>
    </message>
    <message>
        <source>Unknown --encoding &quot;%1&quot;: use auto, utf-8, windows-1252 or utf-16.</source>
        <translation>Tuntematon --encoding &quot;%1&quot;: käytä arvoa auto, utf-8, windows-1252 tai utf-16.</translation>
    </message>
    <message>
        <source>Unknown --delimiter &quot;%1&quot;: use auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>Tuntematon --delimiter &quot;%1&quot;: käytä arvoa auto, &quot;,&quot;, &quot;;&quot;, tab tai &quot;|&quot;.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::Commands</name>
    <message>
        <source>Report integrity errors and data-quality warnings.</source>
        <translation>Raportoi eheysvirheet ja tietojen laatuun liittyvät varoitukset.</translation>
    </message>
    <message>
        <source>Write the demo register into a new file.</source>
        <translation>Kirjoita esimerkkirekisteri uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>Export organisations, activities or persons to CSV or XLSX.</source>
        <translation>Vie järjestöt, toiminnat tai henkilöt CSV- tai XLSX-tiedostoon.</translation>
    </message>
    <message>
        <source>Create a new, empty register.</source>
        <translation>Luo uusi, tyhjä rekisteri.</translation>
    </message>
    <message>
        <source>Find organisations as the window&apos;s search box does.</source>
        <translation>Hae järjestöjä samoin kuin ikkunan hakukenttä.</translation>
    </message>
    <message>
        <source>Count what the register holds.</source>
        <translation>Laske, mitä rekisterissä on.</translation>
    </message>
    <message>
        <source>Import organisations, activities or persons from CSV, XLSX or ODS.</source>
        <translation>Tuo järjestöjä, toimintoja tai henkilöitä CSV-, XLSX- tai ODS-tiedostosta.</translation>
    </message>
    <message>
        <source>Import a survey export, or write a survey&apos;s results summary.</source>
        <translation>Tuo kyselyn vastaukset tai kirjoita kyselyn tulosten yhteenveto.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::DemoCommand</name>
    <message>
        <source>Writes the demo register, fictional organisations of Central Finland, into a new file.</source>
        <translation>Kirjoittaa esimerkkirekisterin – kuvitteellisia keskisuomalaisia järjestöjä – uuteen tiedostoon.</translation>
    </message>
    <message>
        <source>The register file to create.</source>
        <translation>Luotava rekisteritiedosto.</translation>
    </message>
    <message>
        <source>How many organisations to invent (default %1).</source>
        <translation>Keksittävien järjestöjen määrä (oletus %1).</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed writes the same register (default %1).</source>
        <translation>Satunnaislukujen siemenluku: sama siemenluku tuottaa saman rekisterin (oletus %1).</translation>
    </message>
    <message>
        <source>Wrote the demo register %1 (organisations: %2).</source>
        <translation>Esimerkkirekisteri %1 kirjoitettiin (järjestöjä: %2).</translation>
    </message>
    <message>
        <source>The demo register could not be written: %1</source>
        <translation>Esimerkkirekisteriä ei voitu kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::Dispatcher</name>
    <message>
        <source>Usage: kartoitus-cli COMMAND [options] ARGUMENTS</source>
        <translation>Käyttö: kartoitus-cli KOMENTO [valitsimet] ARGUMENTIT</translation>
    </message>
    <message>
        <source>Keeps the register of a region&apos;s civic organisations.</source>
        <translation>Pitää alueen järjestörekisteriä.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komennot:</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>Komennon valitsimet näet komennolla &quot;kartoitus-cli KOMENTO --help&quot;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input or refused file.</source>
        <translation>Paluuarvot: 0 onnistui, 1 käyttövirhe, 2 virheellinen syöte tai hylätty tiedosto.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Tuntematon komento: %1.</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli --help&quot; for the list of commands.</source>
        <translation>Komentojen luettelon näet komennolla &quot;kartoitus-cli --help&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komentoa ei annettu.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::ExportCommand</name>
    <message>
        <source>Writes organisations, activities or persons to CSV or XLSX: the rows the filters select and the columns asked for.</source>
        <translation>Kirjoittaa järjestöt, toiminnat tai henkilöt CSV- tai XLSX-tiedostoon: suodattimien valitsemat rivit ja pyydetyt sarakkeet.</translation>
    </message>
    <message>
        <source>Left out personal data (%1); --include-personal-data exports it.</source>
        <translation>Henkilötiedot (%1) jätettiin pois; --include-personal-data vie myös ne.</translation>
    </message>
    <message>
        <source>%1 contains personal data: store and share it accordingly.</source>
        <translation>Tiedostossa %1 on henkilötietoja: säilytä ja jaa sitä sen mukaisesti.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Rekisteritiedosto.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Kirjoitettava tiedosto.</translation>
    </message>
    <message>
        <source>organisations (default), activities or persons.</source>
        <translation>organisations (oletus), activities tai persons.</translation>
    </message>
    <message>
        <source>csv (standard CSV: UTF-8, comma), csv-excel (Excel in Finnish: UTF-8 with BOM, semicolon, formulas neutralised) or xlsx. Default: xlsx for an .xlsx file, csv otherwise.</source>
        <translation>csv (tavallinen CSV: UTF-8, pilkku), csv-excel (suomenkielinen Excel: UTF-8 BOM-merkillä, puolipiste, kaavat tehty vaarattomiksi) tai xlsx. Oletus: xlsx .xlsx-tiedostolle, muuten csv.</translation>
    </message>
    <message>
        <source>Only rows for this municipality (name or code); repeat for several.</source>
        <translation>Vain tämän kunnan rivit (nimi tai kuntanumero); toista, jos kuntia on useita.</translation>
    </message>
    <message>
        <source>Only organisations of this sector; repeatable.</source>
        <translation>Vain tämän toimialan järjestöt; voidaan toistaa.</translation>
    </message>
    <message>
        <source>Only activities with this theme; repeatable.</source>
        <translation>Vain toiminnat, joilla on tämä teema; voidaan toistaa.</translation>
    </message>
    <message>
        <source>Only activities for this target group; repeatable.</source>
        <translation>Vain tälle kohderyhmälle suunnatut toiminnat; voidaan toistaa.</translation>
    </message>
    <message>
        <source>The columns, as keys separated by commas (default: all).</source>
        <translation>Sarakkeet pilkuin erotettuina tunnuksina (oletus: kaikki).</translation>
    </message>
    <message>
        <source>labels (column names in the user&apos;s language, default) or keys (canonical English keys).</source>
        <translation>labels (sarakkeiden nimet käyttäjän kielellä, oletus) tai keys (vakiintuneet englanninkieliset tunnukset).</translation>
    </message>
    <message>
        <source>Include persons&apos; names, emails and phones.</source>
        <translation>Sisällytä henkilöiden nimet, sähköpostiosoitteet ja puhelinnumerot.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, csv-excel or xlsx.</source>
        <translation>Tuntematon muoto &quot;%1&quot;: käytä arvoa csv, csv-excel tai xlsx.</translation>
    </message>
    <message>
        <source>--headers is keys or labels.</source>
        <translation>--headers on keys tai labels.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for %2. Columns: %3.</source>
        <translation>Tuntematon sarake &quot;%1&quot; kohteelle %2. Sarakkeet: %3.</translation>
    </message>
    <message>
        <source>No such value for --%1: &quot;%2&quot;.</source>
        <translation>Valitsimella --%1 ei ole arvoa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No such municipality: &quot;%1&quot;.</source>
        <translation>Kuntaa ei löydy: &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Vietiin %n rivi tiedostoon %1.</numerusform>
            <numerusform>Vietiin %n riviä tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A printable list, PDF by default, or CSV/XLSX of the same entries: health-station (the activities a health station can refer a client to), roster (the members of sector networks, --sector for some), partnership-table (the representatives on a day) or liaison-persons (per municipality). The last three need --include-personal-data.</source>
        <translation>Tulostettava lista, oletuksena PDF, tai samat rivit CSV/XLSX-muodossa: health-station (toiminnat, joihin terveysasema voi ohjata asiakkaan), roster (toimialaverkostojen jäsenet, --sector rajaa), partnership-table (kumppanuuspöydän edustajat päivänä) tai liaison-persons (kunnittain). Kolme viimeistä vaativat valitsimen --include-personal-data.</translation>
    </message>
    <message>
        <source>PDF is written for a printable list: add --preset health-station, roster, partnership-table or liaison-persons.</source>
        <translation>PDF kirjoitetaan tulostettavasta listasta: lisää --preset health-station, roster, partnership-table tai liaison-persons.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::ImportCommand</name>
    <message>
        <source>The register file.</source>
        <translation>Rekisteritiedosto.</translation>
    </message>
    <message>
        <source>What the rows are: organisations (default), activities or persons.</source>
        <translation>Mitä rivit ovat: organisations (oletus), activities tai persons.</translation>
    </message>
    <message>
        <source>auto (default: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), utf-8, windows-1252 or utf-16.</source>
        <translation>auto (oletus: UTF-8 BOM-merkillä tai ilman, UTF-16 BOM-merkillä, muuten Windows-1252), utf-8, windows-1252 tai utf-16.</translation>
    </message>
    <message>
        <source>auto (default), &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>auto (oletus), &quot;,&quot;, &quot;;&quot;, tab tai &quot;|&quot;.</translation>
    </message>
    <message>
        <source>For a row that matches a record: update (default: the file&apos;s values win), fill (only blank fields take the file&apos;s values), skip (leave the record), or create (no matching: every row is a new record).</source>
        <translation>Rekisterin tietuetta vastaava rivi: update (oletus: tiedoston arvot voittavat), fill (vain tyhjät kentät saavat tiedoston arvot), skip (tietue jätetään ennalleen) tai create (ei yhdistämistä: jokaisesta rivistä tulee uusi tietue).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file, with a last column giving the reason; written only when some row is rejected (also with --dry-run).</source>
        <translation>Kirjoita hylätyt rivit tähän CSV-tiedostoon, viimeisenä sarakkeena hylkäyksen syy; kirjoitetaan vain, jos jokin rivi hylätään (myös valitsimella --dry-run).</translation>
    </message>
    <message>
        <source>Show what the import would do without writing to the register.</source>
        <translation>Näytä, mitä tuonti tekisi, kirjoittamatta rekisteriin.</translation>
    </message>
    <message>
        <source>Unknown --on-match &quot;%1&quot;: use update, fill, skip or create.</source>
        <translation>Tuntematon --on-match &quot;%1&quot;: käytä arvoa update, fill, skip tai create.</translation>
    </message>
    <message>
        <source>%1, delimiter %2</source>
        <translation>%1, erotin %2</translation>
    </message>
    <message>
        <source>Dry run, nothing was written: %1 from %2 (%3) would give</source>
        <translation>Koeajo, mitään ei kirjoitettu: tuonti (%1) tiedostosta %2 (%3) antaisi</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (%3):</source>
        <translation>Tuonti (%1) tiedostosta %2 (%3):</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped, %5 rejected.</source>
        <translation>%1 luotu, %2 päivitetty, %3 ennallaan, %4 ohitettu, %5 hylätty.</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Hylätyt rivit kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more rejected rows.</source>
        <translation>... ja %1 muuta hylättyä riviä.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was written to the register.</source>
        <translation>Rekisteriin ei kirjoitettu mitään.</translation>
    </message>
    <message>
        <source>The header row was read from line %1. If the real header is further down, skip the lines above it with --skip-lines N.</source>
        <translation>Otsikkorivi luettiin riviltä %1. Jos varsinainen otsikkorivi on alempana, ohita sen yläpuolella olevat rivit valitsimella --skip-lines N.</translation>
    </message>
    <message>
        <source>Imports organisations, activities or persons from a CSV file or a spreadsheet (.xlsx, .ods, or an old .xls; the first sheet unless --sheet says). Columns are matched to fields by their header (keys, or Finnish, Swedish or English names; a mapping saved in the window for files with these headers is used). Rows that match a record already in the register (by id, business ID, register number, or name and municipality) are handled as --on-match says. The import is one transaction.

Exit codes: 0 when the import was written (or previewed), even if some rows were rejected: the summary counts them, lists them with their line and reason, and --rejects saves them to fix and import again. 1 for a usage error. 2 when the register or the file itself is refused (not a register, not readable CSV, a quote never closed, no header, no rows) or the register cannot take the import: the message names the line, and nothing was written (the --rejects file is left as it was).</source>
        <translation>Tuo järjestöjä, toimintoja tai henkilöitä CSV-tiedostosta tai taulukosta (.xlsx, .ods tai vanha .xls; ensimmäinen taulukko, ellei --sheet toisin sano). Sarakkeet kohdistetaan kenttiin otsikoidensa perusteella (tunnukset tai suomen-, ruotsin- tai englanninkieliset nimet; jos ikkunassa on tallennettu kohdistus tiedostoille, joissa on nämä otsikot, sitä käytetään). Rivit, jotka vastaavat rekisterissä jo olevaa tietuetta (tunnisteen, Y-tunnuksen, rekisterinumeron tai nimen ja kunnan perusteella), käsitellään valitsimen --on-match mukaan. Tuonti tehdään yhtenä transaktiona.

Paluuarvot: 0, kun tuonti kirjoitettiin (tai esikatseltiin), vaikka osa riveistä hylättiin: yhteenveto laskee ne, luettelee ne rivinumeroineen ja syineen, ja --rejects tallentaa ne korjattaviksi ja uudelleen tuotaviksi. 1 käyttövirheestä. 2, kun rekisteri tai itse tiedosto hylätään (ei rekisteri, ei luettavaa CSV:tä, sulkematon lainausmerkki, ei otsikkoriviä, ei rivejä) tai rekisteri ei voi ottaa tuontia vastaan: viesti kertoo rivin, eikä mitään kirjoitettu (--rejects-tiedosto jätetään ennalleen).</translation>
    </message>
    <message>
        <source>The file to import: .csv, .txt, .xlsx, .ods or .xls.</source>
        <translation>Tuotava tiedosto: .csv, .txt, .xlsx, .ods tai .xls.</translation>
    </message>
    <message>
        <source>Title lines (or sheet rows) to skip before the header row. Default: a title above the header is detected and skipped.</source>
        <translation>Ohitettavat otsikkorivit (tai taulukon rivit) ennen otsikkoriviä. Oletus: otsikkorivin yläpuolella oleva otsikko tunnistetaan ja ohitetaan.</translation>
    </message>
    <message>
        <source>The sheet of a workbook to import, by name or number from 1 (default: the first).</source>
        <translation>Työkirjan tuotava taulukko nimellä tai numerolla 1:stä alkaen (oletus: ensimmäinen).</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>taulukko ”%1”</translation>
    </message>
    <message>
        <source>, 1 title line skipped</source>
        <translation>, 1 otsikkorivi ohitettu</translation>
    </message>
    <message>
        <source>, %1 title lines skipped</source>
        <translation>, %1 otsikkoriviä ohitettu</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::InitCommand</name>
    <message>
        <source>Creates a new, empty register with the default reference data.</source>
        <translation>Luo uuden, tyhjän rekisterin, jossa on oletusluokitukset (kunnat, toimialat, teemat ja kohderyhmät).</translation>
    </message>
    <message>
        <source>The register file to create.</source>
        <translation>Luotava rekisteritiedosto.</translation>
    </message>
    <message>
        <source>Created the register %1.</source>
        <translation>Rekisteri %1 luotiin.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::NetworkExport</name>
    <message>
        <source>The %1 lists persons&apos; names, emails and phones: personal data for internal use. Add --include-personal-data to write it.</source>
        <translation>Lista %1 sisältää henkilöiden nimiä, sähköposteja ja puhelinnumeroita: henkilötietoja sisäiseen käyttöön. Lisää --include-personal-data kirjoittaaksesi sen.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --preset %2.</source>
        <translation>--%1 ei koske valintaa --preset %2.</translation>
    </message>
    <message>
        <source>--preset liaison-persons lists every municipality of the region as it is today: leave out --sector and --on.</source>
        <translation>--preset liaison-persons listaa maakunnan kaikki kunnat sellaisina kuin ne ovat tänään: jätä pois --sector ja --on.</translation>
    </message>
    <message>
        <source>--on &quot;%1&quot;: write the date as 2025-06-30.</source>
        <translation>--on &quot;%1&quot;: kirjoita päivämäärä muodossa 2025-06-30.</translation>
    </message>
    <message>
        <source>No network for --sector &quot;%1&quot;. Sectors with a network: %2.</source>
        <translation>Toimialalla --sector &quot;%1&quot; ei ole verkostoa. Toimialat, joilla on verkosto: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 of %n entries to %2.</source>
        <translation>
            <numerusform>Kirjoitettiin %1 (%n rivi) tiedostoon %2.</numerusform>
            <numerusform>Kirjoitettiin %1 (%n riviä) tiedostoon %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains personal data: store and share it accordingly.</source>
        <translation>Tiedostossa %1 on henkilötietoja: säilytä ja jaa sitä sen mukaisesti.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::PresetExport</name>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, csv, csv-excel or xlsx.</source>
        <translation>Tuntematon muoto &quot;%1&quot;: käytä pdf, csv, csv-excel tai xlsx.</translation>
    </message>
    <message>
        <source>Unknown --language &quot;%1&quot;: use fi, sv or en.</source>
        <translation>Tuntematon --language &quot;%1&quot;: käytä fi, sv tai en.</translation>
    </message>
    <message>
        <source>--group-by is theme or municipality.</source>
        <translation>--group-by on theme tai municipality.</translation>
    </message>
    <message>
        <source>The health-station list is public: a contact person appears only with their consent, whatever --include-personal-data says.</source>
        <translation>Terveysasemalista on julkinen: yhteyshenkilö näkyy vain hänen luvallaan, oli --include-personal-data annettu tai ei.</translation>
    </message>
    <message>
        <source>No such municipality: &quot;%1&quot;.</source>
        <translation>Kuntaa ei ole: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--list takes every choice from the saved list; leave out --%1.</source>
        <translation>--list ottaa kaikki valinnat tallennetulta listalta; jätä pois --%1.</translation>
    </message>
    <message>
        <source>%1 The register has no saved health-station lists.</source>
        <translation>%1 Rekisterissä ei ole tallennettuja terveysasemalistoja.</translation>
    </message>
    <message>
        <source>%1 Saved lists: %2.</source>
        <translation>%1 Tallennetut listat: %2.</translation>
    </message>
    <message>
        <source>No such value for --%1: &quot;%2&quot;. Known: %3.</source>
        <translation>Arvoa ei ole valinnalle --%1: &quot;%2&quot;. Tunnetut: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the health-station list of %n entries to %1.</source>
        <translation>
            <numerusform>Kirjoitettiin terveysasemalista (%n kohta) tiedostoon %1.</numerusform>
            <numerusform>Kirjoitettiin terveysasemalista (%n kohtaa) tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --preset: a list saved in the register, by name.</source>
        <translation>--presetin kanssa: rekisteriin tallennettu lista nimeltä.</translation>
    </message>
    <message>
        <source>With --preset: the language of the list, fi (default), sv or en.</source>
        <translation>--presetin kanssa: listan kieli, fi (oletus), sv tai en.</translation>
    </message>
    <message>
        <source>With --preset health-station: theme (default) or municipality.</source>
        <translation>--preset health-stationin kanssa: theme (teema, oletus) tai municipality (kunta).</translation>
    </message>
    <message>
        <source>With --preset health-station: only activities in this language (fi, sv, en, ...); repeatable.</source>
        <translation>--preset health-stationin kanssa: vain tällä kielellä toimiva toiminta (fi, sv, en, ...); voi toistaa.</translation>
    </message>
    <message>
        <source>With --preset health-station: only free activities.</source>
        <translation>--preset health-stationin kanssa: vain maksuton toiminta.</translation>
    </message>
    <message>
        <source>With --preset health-station: only accessible activities.</source>
        <translation>--preset health-stationin kanssa: vain esteetön toiminta.</translation>
    </message>
    <message>
        <source>With --preset health-station: only activities open for referral.</source>
        <translation>--preset health-stationin kanssa: vain palveluohjaukselle avoin toiminta.</translation>
    </message>
    <message>
        <source>With --preset health-station: only health-promoting activities.</source>
        <translation>--preset health-stationin kanssa: vain terveyttä ja hyvinvointia edistävä (hyte) toiminta.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;: use health-station, roster, partnership-table or liaison-persons.</source>
        <translation>Tuntematon lista &quot;%1&quot;: käytä health-station, roster, partnership-table tai liaison-persons.</translation>
    </message>
    <message>
        <source>--on applies to roster and partnership-table.</source>
        <translation>--on koskee listoja roster ja partnership-table.</translation>
    </message>
    <message>
        <source>With --preset roster or partnership-table: the network as it stood on this day (default: today).</source>
        <translation>Valinnan --preset roster tai partnership-table kanssa: verkosto sellaisena kuin se oli tänä päivänä (oletus: tänään).</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::SearchCommand</name>
    <message>
        <source>Finds organisations as the search box of the window does: every word matches the beginning of a word in names, IDs, municipalities, sectors, activities and contact details.</source>
        <translation>Hakee järjestöjä samoin kuin ikkunan hakukenttä: jokaisen hakusanan on vastattava jonkin sanan alkua nimissä, tunnuksissa, kunnissa, toimialoissa, toiminnoissa tai yhteystiedoissa.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Rekisteritiedosto.</translation>
    </message>
    <message>
        <source>The words to search for.</source>
        <translation>Haettavat sanat.</translation>
    </message>
    <message>
        <source>Show at most N organisations (default 50; 0 shows all).</source>
        <translation>Näytä enintään N järjestöä (oletus 50; 0 näyttää kaikki).</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Haku epäonnistui: %1</translation>
    </message>
    <message>
        <source>No organisation matches.</source>
        <translation>Yksikään järjestö ei vastaa hakua.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 organisations; --limit 0 shows all.</source>
        <translation>Näytetään %1 / %2 järjestöä; --limit 0 näyttää kaikki.</translation>
    </message>
    <message>
        <source>Organisations found: %1.</source>
        <translation>Löytyneitä järjestöjä: %1.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::StatsCommand</name>
    <message>
        <source>Counts what the register holds: rows per table, persons who may be published, liaison persons, and organisations by status, municipality and primary sector.</source>
        <translation>Laskee, mitä rekisterissä on: rivit tauluittain, henkilöt, joiden tiedot saa julkaista, järjestöyhdyshenkilöt sekä järjestöt tilan, kunnan ja päätoimialan mukaan.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Rekisteritiedosto.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Rekisteriä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Kotikunta</translation>
    </message>
    <message>
        <source>Primary sector</source>
        <translation>Päätoimiala</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::SurveyCommand</name>
    <message>
        <source>No survey command given.</source>
        <translation>Kyselykomento puuttuu.</translation>
    </message>
    <message>
        <source>Unknown survey command: %1.</source>
        <translation>Tuntematon kyselykomento: %1.</translation>
    </message>
    <message>
        <source>Usage: kartoitus-cli survey import FILE SOURCE --name NAME --year YYYY [--json]
       kartoitus-cli survey summary FILE SURVEY OUT [--format csv|csv-excel|xlsx|pdf]
</source>
        <translation>Käyttö: kartoitus-cli survey import TIEDOSTO LÄHDE --name NIMI --year VVVV [--json]
       kartoitus-cli survey summary TIEDOSTO KYSELY KOHDE [--format csv|csv-excel|xlsx|pdf]
</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli survey import --help&quot; for the options.</source>
        <translation>Valinnat: &quot;kartoitus-cli survey import --help&quot;.</translation>
    </message>
    <message>
        <source>Imports a survey export (Webropol, Microsoft Forms, Google Forms; CSV, XLSX or ODS): questions from the header row with their types inferred, one response per row with the row kept as it came, each matched to an organisation by business ID, email or name.</source>
        <translation>Tuo kyselyn vastaukset (Webropol, Microsoft Forms, Google Forms; CSV, XLSX tai ODS): kysymykset otsikkoriviltä tyyppeineen, yksi vastaus riviä kohden rivi sellaisenaan säilyttäen, kukin kohdistettuna järjestöön Y-tunnuksen, sähköpostin tai nimen perusteella.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Rekisteritiedosto.</translation>
    </message>
    <message>
        <source>The survey export to import.</source>
        <translation>Tuotava kyselyn vastaustiedosto.</translation>
    </message>
    <message>
        <source>The survey&apos;s name (required).</source>
        <translation>Kyselyn nimi (pakollinen).</translation>
    </message>
    <message>
        <source>The survey&apos;s year (required).</source>
        <translation>Kyselyn vuosi (pakollinen).</translation>
    </message>
    <message>
        <source>The tool that collected it, e.g. Webropol.</source>
        <translation>Kyselytyökalu, esim. Webropol.</translation>
    </message>
    <message>
        <source>auto (default), utf-8, windows-1252 or utf-16.</source>
        <translation>auto (oletus), utf-8, windows-1252 tai utf-16.</translation>
    </message>
    <message>
        <source>auto (default), &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>auto (oletus), &quot;,&quot;, &quot;;&quot;, tab tai &quot;|&quot;.</translation>
    </message>
    <message>
        <source>The sheet of a workbook, by name or number from 1 (default: the first).</source>
        <translation>Työkirjan taulukko nimellä tai numerolla 1:stä alkaen (oletus: ensimmäinen).</translation>
    </message>
    <message>
        <source>Survey &quot;%1&quot; %2: %3 responses, %4 matched to organisations, %5 unmatched, %6 questions.</source>
        <translation>Kysely &quot;%1&quot; %2: %3 vastausta, %4 kohdistettu järjestöihin, %5 kohdistamatta, %6 kysymystä.</translation>
    </message>
    <message>
        <source>Give the survey&apos;s name and year: --name NAME --year YYYY.</source>
        <translation>Anna kyselyn nimi ja vuosi: --name NIMI --year VVVV.</translation>
    </message>
    <message>
        <source>Writes a survey&apos;s results: per question the count and percentage of each option (numbers: count, mean, median, smallest, largest), as a PDF with bars or as a table (question,option,count,percent).</source>
        <translation>Kirjoittaa kyselyn tulokset: kysymyksittäin kunkin vaihtoehdon lukumäärä ja prosenttiosuus (luvuista määrä, keskiarvo, mediaani, pienin, suurin) PDF:nä pylväineen tai taulukkona (question,option,count,percent).</translation>
    </message>
    <message>
        <source>The survey&apos;s name; with its year (&quot;Järjestökysely 2025&quot; or --year) when several surveys have the name.</source>
        <translation>Kyselyn nimi; vuoden kanssa (&quot;Järjestökysely 2025&quot; tai --year), jos samannimisiä kyselyjä on useita.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Kirjoitettava tiedosto.</translation>
    </message>
    <message>
        <source>pdf, csv, csv-excel or xlsx. Default: by OUT&apos;s extension, pdf otherwise.</source>
        <translation>pdf, csv, csv-excel tai xlsx. Oletus: kohdetiedoston päätteen mukaan, muuten pdf.</translation>
    </message>
    <message>
        <source>The survey&apos;s year.</source>
        <translation>Kyselyn vuosi.</translation>
    </message>
    <message>
        <source>The summary&apos;s language: fi (default), sv or en.</source>
        <translation>Yhteenvedon kieli: fi (oletus), sv tai en.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, csv, csv-excel or xlsx.</source>
        <translation>Tuntematon muoto &quot;%1&quot;: käytä pdf, csv, csv-excel tai xlsx.</translation>
    </message>
    <message>
        <source>Unknown --language &quot;%1&quot;: use fi, sv or en.</source>
        <translation>Tuntematon --language &quot;%1&quot;: käytä fi, sv tai en.</translation>
    </message>
    <message>
        <source>Wrote the summary of &quot;%1&quot; (%2 questions) to %3.</source>
        <translation>Kyselyn &quot;%1&quot; yhteenveto (%2 kysymystä) kirjoitettiin tiedostoon %3.</translation>
    </message>
    <message>
        <source>The register has no surveys.</source>
        <translation>Rekisterissä ei ole kyselyjä.</translation>
    </message>
    <message>
        <source>No survey &quot;%1&quot;; the register has: %2.</source>
        <translation>Kyselyä &quot;%1&quot; ei ole; rekisterissä on: %2.</translation>
    </message>
    <message>
        <source>Several surveys are called &quot;%1&quot;: give the year (--year).</source>
        <translation>Useampi kysely on nimeltään &quot;%1&quot;: anna vuosi (--year).</translation>
    </message>
</context>
<context>
    <name>kartoitus::csv::Reader</name>
    <message>
        <source>The file cannot be read: it is not open.</source>
        <translation>Tiedostoa ei voi lukea: sitä ei ole avattu.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the quoted field that starts here is never closed; the file ends inside it.</source>
        <translation>Rivi %1, sarake %2: tästä alkavaa lainausmerkeissä olevaa kenttää ei suljeta; tiedosto päättyy kesken kentän.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the field that starts here is longer than %3 characters; this does not look like a CSV file of the register.</source>
        <translation>Rivi %1, sarake %2: tästä alkava kenttä on yli %3 merkkiä pitkä; tämä ei näytä rekisterin CSV-tiedostolta.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes here are not valid %3. Choose the file&apos;s encoding (for example windows-1252) and try again.</source>
        <translation>Rivi %1, sarake %2: tämän kohdan tavut eivät ole kelvollista %3-merkistöä. Valitse tiedoston merkistö (esimerkiksi windows-1252) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a NUL byte. This looks like a binary file, not CSV text.</source>
        <translation>Rivi %1, sarake %2: NUL-tavu. Tämä näyttää binääritiedostolta eikä CSV-tekstiltä.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes here are not valid UTF-8, while other lines of the file are: it mixes two encodings (say, lines pasted from a Windows-1252 file). Save the file again as UTF-8, or fix this line, and try again.</source>
        <translation>Rivi %1, sarake %2: tässä olevat tavut eivät ole kelvollista UTF-8:aa, vaikka tiedoston muut rivit ovat: tiedostossa on kaksi merkistöä sekaisin (esimerkiksi Windows-1252-tiedostosta liitettyjä rivejä). Tallenna tiedosto uudelleen UTF-8-muodossa tai korjaa tämä rivi ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a character here is not valid UTF-16 (half of a surrogate pair); the file is damaged.</source>
        <translation>Rivi %1, sarake %2: tässä oleva merkki ei ole kelvollista UTF-16:ta (puolikas korvausparista); tiedosto on vioittunut.</translation>
    </message>
</context>
<context>
    <name>kartoitus::csv::Writer</name>
    <message>
        <source>This system cannot write the %1 encoding.</source>
        <translation>Tämä järjestelmä ei osaa kirjoittaa %1-merkistöä.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Tiedoston kirjoittaminen epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::exporting::Exporter</name>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; for %2. Columns: %3.</source>
        <translation>Kohteella %2 ei ole saraketta &quot;%1&quot;. Sarakkeet: %3.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Rekisteriä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Vienti peruttiin.</translation>
    </message>
    <message>
        <source>XLSX is written to a file, not to a stream.</source>
        <translation>XLSX kirjoitetaan tiedostoon, ei virtaan.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>No temporary file for the spreadsheet: %1</source>
        <translation>Laskentataulukolle ei saatu väliaikaista tiedostoa: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space on it, or export to another disk, and try again.</source>
        <translation>Levy, jolla %1 on, on täynnä. Vapauta levyltä tilaa tai vie tiedot toiselle levylle ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk holding the temporary folder %1 is full. Free some space on it and try again.</source>
        <translation>Levy, jolla väliaikaiskansio %1 on, on täynnä. Vapauta levyltä tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Liaison person</source>
        <translation>Järjestöyhdyshenkilö</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>kartoitus::exporting::XlsxSink</name>
    <message>
        <source>The spreadsheet %1 could not be created.</source>
        <translation>Laskentataulukkoa %1 ei voitu luoda.</translation>
    </message>
    <message>
        <source>Writing the spreadsheet failed: %1</source>
        <translation>Laskentataulukon kirjoittaminen epäonnistui: %1</translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 rows; export fewer rows or use CSV.</source>
        <translation>Laskentataulukkoon mahtuu enintään %1 riviä; vie vähemmän rivejä tai käytä CSV-muotoa.</translation>
    </message>
</context>
<context>
    <name>kartoitus::fields::FieldCatalogue</name>
    <message>
        <source>Organisations</source>
        <translation>Järjestöt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Toiminnat</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Rekisterinumero</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Oikeudellinen muoto</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Toimintakunnat</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Toimialat</translation>
    </message>
    <message>
        <source>Primary sector</source>
        <translation>Päätoimiala</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kohderyhmät</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Perustamisvuosi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäsenmäärä</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vapaaehtoiset</translation>
    </message>
    <message>
        <source>Paid staff</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Avainsanat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Health promotion (hyte)</source>
        <translation>Hyte-toiminta</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Toimintamuoto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maksullisuus</translation>
    </message>
    <message>
        <source>Cost details</source>
        <translation>Hinnan lisätiedot</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Saavutettavuus</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Miten mukaan</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Avoin palveluohjaukselle</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Publish consent</source>
        <translation>Julkaisulupa</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Julkaisuluvan päivämäärä</translation>
    </message>
    <message>
        <source>Municipality</source>
        <comment>the list&apos;s column: the home municipality</comment>
        <translation>Kotikunta</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::ActivityWriter</name>
    <message>
        <source>column &quot;%1&quot;: the organisation is missing.</source>
        <translation>sarake &quot;%1&quot;: järjestö puuttuu.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the contact person&apos;s email or phone is given without a name.</source>
        <translation>sarake &quot;%1&quot;: yhteyshenkilön sähköposti tai puhelin on annettu ilman nimeä.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::CellParser</name>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>sarake &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID that this program writes.</source>
        <translation>&quot;%1&quot; ei ole tämän ohjelman kirjoittama tunniste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality of Finland (write its name or code).</source>
        <translation>&quot;%1&quot; ei ole Suomen kunta (kirjoita kunnan nimi tai kuntanumero).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of %2.</source>
        <translation>&quot;%1&quot; ei löydy luettelosta (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values of %2.</source>
        <translation>&quot;%1&quot; ei ole kentän %2 sallittu arvo.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Tarkoititko ”%1”?</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>&quot;%1&quot; ei ole kenttä (%2).</translation>
    </message>
    <message>
        <source>No column gives the field &quot;%1&quot;; map one of the columns to it.</source>
        <translation>Mikään sarake ei anna arvoa kentälle &quot;%1&quot;; kohdista jokin sarake siihen.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::EntityWriter</name>
    <message>
        <source>column &quot;%1&quot;: the name is missing.</source>
        <translation>sarake &quot;%1&quot;: nimi puuttuu.</translation>
    </message>
    <message>
        <source>several records in the register are called &quot;%1&quot;; add an ID column to say which one.</source>
        <translation>rekisterissä on useita tietueita nimeltä &quot;%1&quot;; lisää tunnistesarake, joka kertoo, mistä niistä on kyse.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::Importer</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Tuonti peruttiin; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>Tiedostossa on otsikkorivi mutta ei tuotavia rivejä.</translation>
    </message>
    <message>
        <source>line %1: the register refused the row: %2</source>
        <translation>rivi %1: rekisteri ei hyväksynyt riviä: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Tiedosto on tyhjä: siinä ei ole otsikkoriviä.</translation>
    </message>
    <message>
        <source>the row has 1 column but the header has %1.</source>
        <translation>rivillä on 1 sarake, mutta otsikkorivillä %1.</translation>
    </message>
    <message>
        <source>the row has %1 columns but the header has %2.</source>
        <translation>rivillä on %1 saraketta, mutta otsikkorivillä %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::OrganisationResolver</name>
    <message>
        <source>column &quot;%1&quot;: no organisation &quot;%2&quot; in the register.</source>
        <translation>sarake &quot;%1&quot;: rekisterissä ei ole järjestöä &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: several organisations are called &quot;%2&quot;; write its business ID instead.</source>
        <translation>sarake &quot;%1&quot;: useamman järjestön nimi on &quot;%2&quot;; kirjoita nimen sijaan järjestön Y-tunnus.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::RejectWriter</name>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::HealthStationList</name>
    <message>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <source>On site and online</source>
        <translation>Paikan päällä ja verkossa</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Paikan päällä</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Maksuton</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksullinen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Sami</source>
        <translation>saame</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>venäjä</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>viro</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabia</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraina</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persia</translation>
    </message>
    <message>
        <source>Finnish Sign Language</source>
        <translation>suomalainen viittomakieli</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Toiminta</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Esteettömyys</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Miten mukaan</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>The oldest entry was last checked on %1.</source>
        <translation>Vanhin tieto on tarkistettu viimeksi %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries have not been checked yet.</source>
        <translation>
            <numerusform>Tiedoista %n on vielä tarkistamatta.</numerusform>
            <numerusform>Tiedoista %n on vielä tarkistamatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>A contact person is named only with their consent to publication; otherwise the organisation&apos;s own contact details are given.</source>
        <translation>Yhteyshenkilö mainitaan vain hänen julkaisuluvallaan; muuten annetaan järjestön omat yhteystiedot.</translation>
    </message>
    <message>
        <source>Times and places may change: check with the organisation before you go.</source>
        <translation>Ajat ja paikat voivat muuttua: varmista järjestöltä ennen kuin lähdet.</translation>
    </message>
    <message>
        <source>Activities near you</source>
        <translation>Järjestöjen toimintaa lähelläsi</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>No activity matches these choices.</source>
        <translation>Näillä valinnoilla ei löytynyt toimintaa.</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Muu toiminta</translation>
    </message>
    <message>
        <source>Municipality not given</source>
        <translation>Kunta ei tiedossa</translation>
    </message>
    <message numerus="yes">
        <source>%n activities.</source>
        <translation>
            <numerusform>%n toiminta.</numerusform>
            <numerusform>%n toimintaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>Municipalities: %1</source>
        <translation>Kunnat: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Teemat: %1</translation>
    </message>
    <message>
        <source>Target groups: %1</source>
        <translation>Kohderyhmät: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Toimialat: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Kielet: %1</translation>
    </message>
    <message>
        <source>Organisations found by: %1</source>
        <translation>Järjestöt haulla: %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>maksuton</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>esteetön</translation>
    </message>
    <message>
        <source>open for referral</source>
        <translation>avoin palveluohjaukselle</translation>
    </message>
    <message>
        <source>health-promoting</source>
        <translation>terveyttä ja hyvinvointia edistävä</translation>
    </message>
    <message>
        <source>Only activities that are: %1</source>
        <translation>Rajaukset: %1</translation>
    </message>
    <message>
        <source>Grouped by theme, by name within a theme.</source>
        <translation>Ryhmitelty teemoittain, teeman sisällä nimen mukaan.</translation>
    </message>
    <message>
        <source>Grouped by municipality, by name within a municipality.</source>
        <translation>Ryhmitelty kunnittain, kunnan sisällä nimen mukaan.</translation>
    </message>
    <message>
        <source>The saved list cannot be read: &quot;%1&quot; is not valid.</source>
        <translation>Tallennettua listaa ei voi lukea: &quot;%1&quot; ei kelpaa.</translation>
    </message>
    <message>
        <source>Only activities that are not: %1</source>
        <translation>Muut kuin: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::NetworkRosters</name>
    <message>
        <source>coordinator</source>
        <translation>koordinaattori</translation>
    </message>
    <message>
        <source>member</source>
        <translation>jäsen</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>puheenjohtaja</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>varajäsen</translation>
    </message>
    <message>
        <source>term not given</source>
        <translation>kautta ei annettu</translation>
    </message>
    <message>
        <source>Contains personal data: for internal use only, do not publish or pass on.</source>
        <translation>Sisältää henkilötietoja: vain sisäiseen käyttöön, ei julkaistavaksi eikä edelleen luovutettavaksi.</translation>
    </message>
    <message>
        <source>As on %1</source>
        <translation>Tilanne %1</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Koordinaattori: %1</translation>
    </message>
    <message>
        <source>No representative at the partnership table on this day.</source>
        <translation>Ei edustajaa kumppanuuspöydässä tänä päivänä.</translation>
    </message>
    <message>
        <source>Representatives at the partnership table:</source>
        <translation>Edustajat kumppanuuspöydässä:</translation>
    </message>
    <message>
        <source>Roster of the sector network</source>
        <translation>Toimialaverkoston jäsenluettelo</translation>
    </message>
    <message>
        <source>Rosters of the sector networks</source>
        <translation>Toimialaverkostojen jäsenluettelot</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Järjestö</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Liittynyt</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message numerus="yes">
        <source>%n member organisations.</source>
        <translation>
            <numerusform>%n jäsenjärjestö.</numerusform>
            <numerusform>%n jäsenjärjestöä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register has no such network.</source>
        <translation>Rekisterissä ei ole tällaista verkostoa.</translation>
    </message>
    <message>
        <source>Coordinating organisations are highlighted.</source>
        <translation>Koordinoivat järjestöt on korostettu.</translation>
    </message>
    <message>
        <source>Partnership table</source>
        <translation>Kumppanuuspöytä</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Edustaja</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Kausi alkaa</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Kausi päättyy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>No representative on this day.</source>
        <translation>Ei edustajaa tänä päivänä.</translation>
    </message>
    <message numerus="yes">
        <source>Term ends in %n days</source>
        <translation>
            <numerusform>Kausi päättyy %n päivän kuluttua</numerusform>
            <numerusform>Kausi päättyy %n päivän kuluttua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n representatives serving on this day.</source>
        <translation>
            <numerusform>%n edustaja tehtävässään tänä päivänä.</numerusform>
            <numerusform>%n edustajaa tehtävässään tänä päivänä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terms end within 90 days: highlighted.</source>
        <translation>
            <numerusform>%n kausi päättyy 90 päivän kuluessa: korostettu.</numerusform>
            <numerusform>%n kautta päättyy 90 päivän kuluessa: korostettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipal liaison persons for organisations</source>
        <translation>Kuntien järjestöyhdyshenkilöt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <source>No liaison person</source>
        <translation>Ei yhdyshenkilöä</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities of the region.</source>
        <translation>
            <numerusform>Maakunnassa %n kunta.</numerusform>
            <numerusform>Maakunnassa %n kuntaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every municipality has a liaison person.</source>
        <translation>Jokaisella kunnalla on yhdyshenkilö.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a liaison person (highlighted): %1</source>
        <translation>
            <numerusform>%n kunnalla ei ole yhdyshenkilöä (korostettu): %1</numerusform>
            <numerusform>%n kunnalla ei ole yhdyshenkilöä (korostettu): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::ReportFile</name>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, csv, csv-excel or xlsx.</source>
        <translation>Tuntematon muoto &quot;%1&quot;: käytä pdf, csv, csv-excel tai xlsx.</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::ReportRenderer</name>
    <message>
        <source>Source: %1</source>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <source>Produced %1</source>
        <translation>Tuotettu %1</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>sivu %1 / %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn.</source>
        <translation>PDF:ää ei voitu piirtää.</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::ReportTable</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::CsvRowSource</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::OdsReader</name>
    <message>
        <source>The file cannot be read as a spreadsheet: %1.</source>
        <translation>Tiedostoa ei voi lukea taulukkona: %1.</translation>
    </message>
    <message>
        <source>The file cannot be read as an OpenDocument spreadsheet: %1.</source>
        <translation>Tiedostoa ei voi lukea OpenDocument-laskentataulukkona: %1.</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>teksti on pidempi kuin %1 merkkiä</translation>
    </message>
    <message>
        <source>the row is wider than %1 columns</source>
        <translation>rivi on leveämpi kuin %1 saraketta</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4.</source>
        <translation>Taulukko ”%1”, rivi %2, sarake %3: %4.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::RowSource</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Työkirjassa ei ole taulukoita.</translation>
    </message>
    <message>
        <source>There is no sheet “%1”: the workbook has %2.</source>
        <translation>Taulukkoa ”%1” ei ole: työkirjan taulukot ovat %2.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tiedostoa ei ole.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::SharedStrings</name>
    <message>
        <source>the shared strings are larger than 4 GiB</source>
        <translation>jaetut merkkijonot vievät yli 4 GiB</translation>
    </message>
    <message>
        <source>a temporary file for the shared strings cannot be made (%1)</source>
        <translation>jaetuille merkkijonoille ei voi luoda väliaikaista tiedostoa (%1)</translation>
    </message>
    <message>
        <source>the shared strings cannot be written to a temporary file (%1)</source>
        <translation>jaettuja merkkijonoja ei voi kirjoittaa väliaikaiseen tiedostoon (%1)</translation>
    </message>
    <message>
        <source>the shared strings cannot be read back from a temporary file (%1)</source>
        <translation>jaettuja merkkijonoja ei voi lukea takaisin väliaikaisesta tiedostosta (%1)</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::SheetXmlScanner</name>
    <message>
        <source>the sheet&apos;s part of the file cannot be read</source>
        <translation>taulukon osaa tiedostosta ei voi lukea</translation>
    </message>
    <message>
        <source>the sheet is written in UTF-16; only sheets in UTF-8 are read (save the workbook again in Excel or LibreOffice)</source>
        <translation>taulukko on kirjoitettu UTF-16-merkistöllä; vain UTF-8-muotoiset taulukot luetaan (tallenna työkirja uudelleen Excelissä tai LibreOfficessa)</translation>
    </message>
    <message>
        <source>the sheet ends inside a tag</source>
        <translation>taulukko päättyy kesken tagin</translation>
    </message>
    <message>
        <source>the sheet declares a document type (DOCTYPE), which a workbook&apos;s sheet never has; it is not read</source>
        <translation>taulukko määrittelee dokumenttityypin (DOCTYPE), jota työkirjan taulukossa ei koskaan ole; sitä ei lueta</translation>
    </message>
    <message>
        <source>the XML declaration is not written as XML writes it</source>
        <translation>XML-esittelyä ei ole kirjoitettu XML:n mukaisesti</translation>
    </message>
    <message>
        <source>“%1” is no tag, comment or CDATA section</source>
        <translation>”%1” ei ole tagi, kommentti eikä CDATA-osio</translation>
    </message>
    <message>
        <source>the sheet is written in %1; only sheets in UTF-8 are read (save the workbook again in Excel or LibreOffice)</source>
        <translation>taulukko on kirjoitettu merkistöllä %1; vain UTF-8-muotoiset taulukot luetaan (tallenna työkirja uudelleen Excelissä tai LibreOfficessa)</translation>
    </message>
    <message>
        <source>the sheet ends inside a comment or a CDATA section</source>
        <translation>taulukko päättyy kesken kommentin tai CDATA-osion</translation>
    </message>
    <message>
        <source>a tag holds “&lt;”: “%1”</source>
        <translation>tagissa on ”&lt;”: ”%1”</translation>
    </message>
    <message>
        <source>a tag is longer than %1 bytes</source>
        <translation>tagi on pidempi kuin %1 tavua</translation>
    </message>
    <message>
        <source>the tag “&lt;%1&gt;” is not written as XML writes tags</source>
        <translation>tagia ”&lt;%1&gt;” ei ole kirjoitettu XML:n mukaisesti</translation>
    </message>
    <message>
        <source>the tag “&lt;%1&gt;” has the attribute “%2” twice</source>
        <translation>tagissa ”&lt;%1&gt;” on attribuutti ”%2” kahdesti</translation>
    </message>
    <message>
        <source>the tag “&lt;/%1&gt;” is not written as XML writes tags</source>
        <translation>tagia ”&lt;/%1&gt;” ei ole kirjoitettu XML:n mukaisesti</translation>
    </message>
    <message>
        <source>the end tag “&lt;/%1&gt;” closes no element</source>
        <translation>lopputagi ”&lt;/%1&gt;” ei sulje mitään elementtiä</translation>
    </message>
    <message>
        <source>the end tag “&lt;/%1&gt;” does not close “&lt;%2&gt;”</source>
        <translation>lopputagi ”&lt;/%1&gt;” ei sulje elementtiä ”&lt;%2&gt;”</translation>
    </message>
    <message>
        <source>an “&amp;” in an attribute starts no entity</source>
        <translation>attribuutin ”&amp;” ei aloita entiteettiä</translation>
    </message>
    <message>
        <source>an “&amp;” in the text starts no entity</source>
        <translation>tekstin ”&amp;” ei aloita entiteettiä</translation>
    </message>
    <message>
        <source>the sheet ends inside a cell</source>
        <translation>taulukko päättyy kesken solun</translation>
    </message>
    <message>
        <source>the character reference “&amp;%1;” is not a character XML allows</source>
        <translation>merkkiviittaus ”&amp;%1;” ei ole XML:n sallima merkki</translation>
    </message>
    <message>
        <source>the entity “&amp;%1;” is not one XML defines</source>
        <translation>entiteetti ”&amp;%1;” ei ole XML:n määrittelemä</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>teksti on pidempi kuin %1 merkkiä</translation>
    </message>
    <message>
        <source>the text holds a control character (U+%1) that XML does not allow</source>
        <translation>tekstissä on ohjausmerkki (U+%1), jota XML ei salli</translation>
    </message>
    <message>
        <source>the sheet ends before its elements are closed</source>
        <translation>taulukko päättyy ennen kuin sen elementit on suljettu</translation>
    </message>
    <message>
        <source>the row has the attribute “r” twice</source>
        <translation>rivillä on attribuutti ”r” kahdesti</translation>
    </message>
    <message>
        <source>the sheet ends inside a row</source>
        <translation>taulukko päättyy kesken rivin</translation>
    </message>
    <message>
        <source>the row holds an element “%1”, which is not read</source>
        <translation>rivillä on elementti ”%1”, jota ei lueta</translation>
    </message>
    <message>
        <source>the cell has the attribute “%1” twice</source>
        <translation>solulla on attribuutti ”%1” kahdesti</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not a column of a sheet (A to XFD)</source>
        <translation>soluviittaus ”%1” ei ole taulukon sarake (A–XFD)</translation>
    </message>
    <message>
        <source>the cell type “%1” is not one a sheet has</source>
        <translation>solutyyppi ”%1” ei ole taulukon solutyyppi</translation>
    </message>
    <message>
        <source>the cell style “%1” is not a number</source>
        <translation>solun tyyli ”%1” ei ole numero</translation>
    </message>
    <message>
        <source>the cell has more than one value</source>
        <translation>solulla on useampi kuin yksi arvo</translation>
    </message>
    <message>
        <source>the cell holds an element “%1”, which is not read</source>
        <translation>solussa on elementti ”%1”, jota ei lueta</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>teksti ei ole kelvollista UTF-8:aa</translation>
    </message>
    <message>
        <source>the element “%1” holds an element “%2”; it holds text only</source>
        <translation>elementissä ”%1” on elementti ”%2”; siinä voi olla vain tekstiä</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::XlsReader</name>
    <message>
        <source>The file is an old Excel workbook (.xls) that cannot be read, or a workbook protected by a password. Open it in Excel or LibreOffice, save it as .xlsx (without a password) and import that.</source>
        <translation>Tiedosto on vanha Excel-työkirja (.xls), jota ei voi lukea, tai salasanalla suojattu työkirja. Avaa se Excelissä tai LibreOfficessa, tallenna se .xlsx-muodossa (ilman salasanaa) ja tuo se.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: the cell cannot be read.</source>
        <translation>Taulukko ”%1”, rivi %2, sarake %3: solua ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::XlsxReader</name>
    <message>
        <source>The file cannot be read as a spreadsheet: %1.</source>
        <translation>Tiedostoa ei voi lukea taulukkona: %1.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook: %1.</source>
        <translation>Tiedostoa ei voi lukea Excel-työkirjana: %1.</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read: %2.</source>
        <translation>Taulukkoa ”%1” ei voi lukea: %2.</translation>
    </message>
    <message>
        <source>Sheet “%1”: a row is numbered %2; a sheet has rows 1 to %3.</source>
        <translation>Taulukko ”%1”: rivin numero on %2; taulukon rivit ovat 1–%3.</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>teksti on pidempi kuin %1 merkkiä</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, but the workbook has %2; the file is damaged</source>
        <translation>solu viittaa jaettuun merkkijonoon %1, mutta työkirjassa on niitä %2; tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 (%4): %5.</source>
        <translation>Taulukko ”%1”, rivi %2, sarake %3 (%4): %5.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: %3.</source>
        <translation>Taulukko ”%1”, rivi %2: %3.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: the sheet cannot be read; the file is damaged (%3).</source>
        <translation>Taulukko ”%1”, rivi %2: taulukkoa ei voi lukea; tiedosto on vioittunut (%3).</translation>
    </message>
    <message>
        <source>Sheet “%1”: %2.</source>
        <translation>Taulukko ”%1”: %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::XlsxWorkbook</name>
    <message>
        <source>its relationships cannot be read (%1)</source>
        <translation>sen osien viittauksia ei voi lukea (%1)</translation>
    </message>
    <message>
        <source>its list of sheets cannot be read (%1)</source>
        <translation>sen taulukkoluetteloa ei voi lukea (%1)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>työkirjassa ei ole taulukoita</translation>
    </message>
    <message>
        <source>its cell styles cannot be read (%1)</source>
        <translation>sen solutyylejä ei voi lukea (%1)</translation>
    </message>
    <message>
        <source>shared string %1 is longer than %2 characters</source>
        <translation>jaettu merkkijono %1 on pidempi kuin %2 merkkiä</translation>
    </message>
    <message>
        <source>its shared strings cannot be read (%1)</source>
        <translation>sen jaettuja merkkijonoja ei voi lukea (%1)</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::ZipArchive</name>
    <message>
        <source>the entry unpacks to more than its stated size</source>
        <translation>osa purkautuu suuremmaksi kuin sen ilmoitettu koko</translation>
    </message>
    <message>
        <source>it is not a readable zip archive (%1)</source>
        <translation>se ei ole luettava zip-arkisto (%1)</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>osa %1 puuttuu</translation>
    </message>
    <message>
        <source>the part %1 cannot be read</source>
        <translation>osaa %1 ei voi lukea</translation>
    </message>
    <message>
        <source>the part %1 would unpack from %2 KB to %3 MB; this looks like a zip bomb, not a spreadsheet</source>
        <translation>osa %1 purkautuisi %2 kt:sta %3 Mt:ksi; tämä näyttää zip-pommilta eikä taulukolta</translation>
    </message>
    <message>
        <source>the part %1 cannot be read (%2)</source>
        <translation>osaa %1 ei voi lukea (%2)</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::ZippedSheetReader</name>
    <message>
        <source>Sheet “%1”, row %2: the sheet cannot be read; the file is damaged (%3).</source>
        <translation>Taulukko ”%1”, rivi %2: taulukkoa ei voi lukea; tiedosto on vioittunut (%3).</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::AnswerApplier</name>
    <message>
        <source>The answers to &quot;%1&quot; cannot fill %2.</source>
        <translation>Kysymyksen &quot;%1&quot; vastauksilla ei voi täyttää kenttää %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of people.</source>
        <translation>&quot;%1&quot; ei ole henkilömääränä kokonaisluku.</translation>
    </message>
    <message>
        <source>The register has no sector &quot;%1&quot;.</source>
        <translation>Rekisterissä ei ole toimialaa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No municipality is called &quot;%1&quot;.</source>
        <translation>Kuntaa &quot;%1&quot; ei ole.</translation>
    </message>
    <message>
        <source>The register cannot be written.</source>
        <translation>Rekisteriin ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0.</source>
        <translation>&quot;%1&quot; ei ole kokonaisluku nollasta ylöspäin.</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::QuestionTypes</name>
    <message>
        <source>Single choice</source>
        <translation>Yksi valinta</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Monivalinta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vapaa teksti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::SurveyImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; a survey export has a header row of questions.</source>
        <translation>%1: tiedosto on tyhjä; kyselyn vastaustiedostossa on kysymysten otsikkorivi.</translation>
    </message>
    <message>
        <source>%1: the file has a header row but no responses.</source>
        <translation>%1: tiedostossa on otsikkorivi mutta ei vastauksia.</translation>
    </message>
    <message>
        <source>The register already has the survey &quot;%1&quot; of %2; give another name or year, or remove that survey first.</source>
        <translation>Rekisterissä on jo kysely &quot;%1&quot; vuodelta %2; anna toinen nimi tai vuosi tai poista ensin se kysely.</translation>
    </message>
    <message>
        <source>The register cannot be written.</source>
        <translation>Rekisteriin ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Line %1, &quot;%2&quot;: %3 The cell is kept in the raw row.</source>
        <translation>Rivi %1, &quot;%2&quot;: %3 Solu säilyy alkuperäisellä rivillä.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Tuonti peruttiin; mitään ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::SurveyResults</name>
    <message>
        <source>(not matched to an organisation)</source>
        <translation>(ei kohdistettu järjestöön)</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::SurveySummary</name>
    <message numerus="yes">
        <source>Survey results: %n responses</source>
        <translation>
            <numerusform>Kyselyn tulokset: %n vastaus</numerusform>
            <numerusform>Kyselyn tulokset: %n vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected with %1</source>
        <translation>Kerätty: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Vaihtoehto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Answered: %1 of %2 (%3)</source>
        <translation>Vastanneita: %1 / %2 (%3)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Pienin</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Suurin</translation>
    </message>
    <message>
        <source>Mean %1, median %2</source>
        <translation>Keskiarvo %1, mediaani %2</translation>
    </message>
    <message>
        <source>Percentages are of the responses that answered the question; in a multiple choice they add up to more than 100.</source>
        <translation>Prosentit on laskettu kysymykseen vastanneista; monivalinnoissa niiden summa on yli 100.</translation>
    </message>
    <message>
        <source>The survey has no questions.</source>
        <translation>Kyselyssä ei ole kysymyksiä.</translation>
    </message>
</context>
</TS>
