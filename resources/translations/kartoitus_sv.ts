<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>kartoitus</name>
    <message>
        <source>Register of a region&apos;s civic organisations</source>
        <translation>Register över regionens föreningar</translation>
    </message>
    <message>
        <source>The register to open.</source>
        <translation>Registret som ska öppnas.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityActions</name>
    <message>
        <source>&amp;New Activity…</source>
        <translation>&amp;Ny verksamhet…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>V&amp;erksamhet</translation>
    </message>
    <message>
        <source>Delete the activity %1?</source>
        <translation>Radera verksamheten %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities?</source>
        <translation>
            <numerusform>Radera %n verksamhet?</numerusform>
            <numerusform>Radera %n verksamheter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Activities</source>
        <translation>Radera verksamheter</translation>
    </message>
    <message>
        <source>Their themes, target groups and municipalities go with them. Edit › Undo brings everything back.</source>
        <translation>Deras teman, målgrupper och kommuner raderas med dem. Redigera › Ångra återställer allt.</translation>
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
        <translation>Sök en kommun…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>&amp;Themes and municipalities</source>
        <translation>&amp;Teman och kommuner</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Kontrollerad:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Ny verksamhet</translation>
    </message>
    <message>
        <source>Organisation: choose the organisation that runs the activity.</source>
        <translation>Förening: välj föreningen som ordnar verksamheten.</translation>
    </message>
    <message>
        <source>the new activity</source>
        <translation>den nya verksamheten</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityListWidget</name>
    <message>
        <source>Municipality filter</source>
        <translation>Kommunfilter</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Temafilter</translation>
    </message>
    <message>
        <source>Target group filter</source>
        <translation>Målgruppsfilter</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Avgiftsfri</translation>
    </message>
    <message>
        <source>HYTE</source>
        <translation>HYTE</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Öppen för hänvisning</translation>
    </message>
    <message>
        <source>Search by activity or organisation name…</source>
        <translation>Sök på verksamhetens eller föreningens namn…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Sök verksamheter</translation>
    </message>
    <message>
        <source>Health and well-being promotion (hyte)</source>
        <translation>Främjande av hälsa och välfärd (hyte)</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 av %2 verksamheter</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 verksamhet</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 verksamheter</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityQuery</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidtabell</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>HYTE</source>
        <translation>HYTE</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Öppen för hänvisning</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityRecord</name>
    <message>
        <source>New activity: %1</source>
        <translation>Ny verksamhet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Radera %n verksamhet</numerusform>
            <numerusform>Radera %n verksamheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n activities as verified</source>
        <translation>
            <numerusform>Markera %n verksamhet som kontrollerad</numerusform>
            <numerusform>Markera %n verksamheter som kontrollerade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityRepository</name>
    <message>
        <source>Name: an activity needs a name.</source>
        <translation>Namn: en verksamhet måste ha ett namn.</translation>
    </message>
    <message>
        <source>Organisation: no organisation has the id %1.</source>
        <translation>Förening: ingen förening har id %1.</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot;: use place, online or hybrid.</source>
        <translation>Plats &quot;%1&quot;: använd place, online eller hybrid.</translation>
    </message>
    <message>
        <source>Cost &quot;%1&quot;: use free or paid.</source>
        <translation>Avgift &quot;%1&quot;: använd free eller paid.</translation>
    </message>
    <message>
        <source>Municipalities: no municipality has the code &quot;%1&quot;.</source>
        <translation>Kommuner: ingen kommun har koden &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Themes: no theme has the id %1.</source>
        <translation>Teman: inget tema har id %1.</translation>
    </message>
    <message>
        <source>Target groups: no target group has the id %1.</source>
        <translation>Målgrupper: ingen målgrupp har id %1.</translation>
    </message>
    <message>
        <source>The activity has not been saved yet.</source>
        <translation>Verksamheten har inte sparats ännu.</translation>
    </message>
    <message>
        <source>No activity has the id %1.</source>
        <translation>Ingen verksamhet har id %1.</translation>
    </message>
    <message>
        <source>No such activity.</source>
        <translation>Verksamheten finns inte.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ActivityTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>kartoitus::AddMembersDialog</name>
    <message>
        <source>Add Organisations to %1</source>
        <translation>Lägg till föreningar: %1</translation>
    </message>
    <message>
        <source>Search organisations by name, municipality, …</source>
        <translation>Sök föreningar efter namn, kommun, …</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>&amp;Anslöt:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations shown</source>
        <translation>
            <numerusform>%n förening visas</numerusform>
            <numerusform>%n föreningar visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::ApplyAnswersDialog</name>
    <message>
        <source>Apply Survey Answers</source>
        <translation>För in enkätens svar i registret</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>F&amp;ält:</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ingen ändring</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations answered; </source>
        <translation>
            <numerusform>%n förening svarade; </numerusform>
            <numerusform>%n föreningar svarade; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would change. Untick those to leave as they are.</source>
        <translation>
            <numerusform>%n skulle ändras. Kryssa bort dem som ska lämnas som de är.</numerusform>
            <numerusform>%n skulle ändras. Kryssa bort dem som ska lämnas som de är.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Answers to %1</source>
        <translation>För in svaren i %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations updated from the survey.</source>
        <translation>
            <numerusform>%n förening uppdaterades från enkäten.</numerusform>
            <numerusform>%n föreningar uppdaterades från enkäten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers to this question cannot fill an organisation field: numbers fill %1; choices fill %2.</source>
        <translation>Svaren på den här frågan kan inte fylla i något av föreningens fält: tal fyller i %1, val %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::DemoWriter</name>
    <message>
        <source>The register has no home-region municipalities or no sectors.</source>
        <translation>Registret saknar kommuner i hemregionen eller branscher.</translation>
    </message>
    <message>
        <source>The number of demo organisations cannot be negative.</source>
        <translation>Antalet exempelföreningar kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The file is not an open register.</source>
        <translation>Filen är inte ett öppet register.</translation>
    </message>
    <message>
        <source>The demo register can only be written into an empty register.</source>
        <translation>Exempelregistret kan bara skrivas i ett tomt register.</translation>
    </message>
    <message>
        <source>Could not write the demo register: %1</source>
        <translation>Exempelregistret kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Exporterade %1 rader till %2.</translation>
    </message>
    <message>
        <source>Save what the list shows as CSV or XLSX</source>
        <translation>Spara det som listan visar som CSV eller XLSX</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2, without personal data.</source>
        <translation>Exporterade %1 rader till %2, utan personuppgifter.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ExportDialog</name>
    <message>
        <source>Export Organisations</source>
        <translation>Exportera föreningar</translation>
    </message>
    <message>
        <source>&amp;Columns the list shows (%1)</source>
        <translation>&amp;Kolumnerna som listan visar (%1)</translation>
    </message>
    <message>
        <source>&amp;All fields of an organisation (%1)</source>
        <translation>&amp;Alla fält för en förening (%1)</translation>
    </message>
    <message>
        <source>organisations-%1</source>
        <translation>föreningar-%1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exports all %1 organisations of the register, in the list&apos;s order.</source>
        <translation>Exporterar registrets alla %1 föreningar i listans ordning.</translation>
    </message>
    <message>
        <source>Exports the %1 organisations the list shows now: its search and filters, in its order.</source>
        <translation>Exporterar de %1 föreningar som listan visar nu: enligt dess sökning och filter, i dess ordning.</translation>
    </message>
    <message>
        <source>The chosen columns hold no personal data.</source>
        <translation>De valda kolumnerna innehåller inga personuppgifter.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Excel (Finnish) — CSV with semicolons, UTF-8 with BOM</source>
        <translation>Excel (finska) — CSV med semikolon, UTF-8 med BOM</translation>
    </message>
    <message>
        <source>Standard CSV — commas, UTF-8 (RFC 4180)</source>
        <translation>Standard-CSV — kommatecken, UTF-8 (RFC 4180)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-arbetsbok (XLSX)</translation>
    </message>
    <message>
        <source>Column names, as the list shows them</source>
        <translation>Kolumnnamn så som listan visar dem</translation>
    </message>
    <message>
        <source>Field keys (name, business_id, …) for scripts and re-import</source>
        <translation>Fältnycklar (name, business_id, …) för skript och ny import</translation>
    </message>
    <message>
        <source>Include contact persons&apos; &amp;personal data</source>
        <translation>Ta med kontaktpersonernas &amp;personuppgifter</translation>
    </message>
    <message>
        <source>Off by default: contact persons&apos; names, emails and phone numbers are personal data. Include them only when whoever receives the file may handle them.</source>
        <translation>Av som standard: kontaktpersonernas namn, e-postadresser och telefonnummer är personuppgifter. Ta med dem bara när mottagaren av filen får behandla dem.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Rubrikrad:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Spara &amp;som:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Every column the list shows, in its order, under the list&apos;s header names</source>
        <translation>Varje kolumn som listan visar, i dess ordning, under listans rubriker</translation>
    </message>
    <message>
        <source>Export Activities</source>
        <translation>Exportera verksamheter</translation>
    </message>
    <message>
        <source>&amp;All fields of an activity (%1)</source>
        <translation>&amp;Alla fält för en verksamhet (%1)</translation>
    </message>
    <message>
        <source>activities-%1</source>
        <translation>verksamheter-%1</translation>
    </message>
    <message>
        <source>Export Persons</source>
        <translation>Exportera personer</translation>
    </message>
    <message>
        <source>&amp;All fields of a person (%1)</source>
        <translation>&amp;Alla fält för en person (%1)</translation>
    </message>
    <message>
        <source>persons-%1</source>
        <translation>personer-%1</translation>
    </message>
    <message>
        <source>Include persons&apos; names, emails and phone numbers (&amp;personal data)</source>
        <translation>Ta med personernas namn, e-postadresser och telefonnummer (&amp;personuppgifter)</translation>
    </message>
    <message>
        <source>Off by default: a person&apos;s name, email and phone number are personal data, and without them the file holds only roles, organisations, municipalities and consents. Include them only when whoever receives the file may handle them.</source>
        <translation>Av som standard: en persons namn, e-postadress och telefonnummer är personuppgifter, och utan dem innehåller filen bara roller, föreningar, kommuner och samtycken. Ta med dem bara när mottagaren av filen får behandla dem.</translation>
    </message>
    <message>
        <source>Exports all %1 activities of the register, in the list&apos;s order.</source>
        <translation>Exporterar registrets alla %1 verksamheter i listans ordning.</translation>
    </message>
    <message>
        <source>Exports the %1 activities the list shows now: its search and filters, in its order.</source>
        <translation>Exporterar de %1 verksamheter som listan visar nu: enligt dess sökning och filter, i dess ordning.</translation>
    </message>
    <message>
        <source>Exports all %1 persons of the register, in the list&apos;s order.</source>
        <translation>Exporterar registrets alla %1 personer i listans ordning.</translation>
    </message>
    <message>
        <source>Exports the %1 persons the list shows now: its search and filters, in its order.</source>
        <translation>Exporterar de %1 personer som listan visar nu: enligt dess sökning och filter, i dess ordning.</translation>
    </message>
</context>
<context>
    <name>kartoitus::FileChooser</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
</context>
<context>
    <name>kartoitus::HealthStationDialog</name>
    <message>
        <source>Health-Station List</source>
        <translation>Hälsostationslista</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Sparade listor</translation>
    </message>
    <message>
        <source>Click a saved list to run it against the register as it is today.</source>
        <translation>Klicka på en sparad lista för att göra den av registret som det är i dag.</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>Spara &amp;lista…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message numerus="yes">
        <source>%n activities match: choose municipalities, themes or target groups to narrow the list to at most %1.</source>
        <translation>
            <numerusform>%n verksamhet motsvarar valen: avgränsa med kommuner, teman eller målgrupper till högst %1.</numerusform>
            <numerusform>%n verksamheter motsvarar valen: avgränsa med kommuner, teman eller målgrupper till högst %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities match: %1 entries under their themes.</source>
        <translation>
            <numerusform>%n verksamhet motsvarar valen: %1 poster efter tema.</numerusform>
            <numerusform>%n verksamheter motsvarar valen: %1 poster efter tema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities match: %1 entries under their municipalities.</source>
        <translation>
            <numerusform>%n verksamhet motsvarar valen: %1 poster efter kommun.</numerusform>
            <numerusform>%n verksamheter motsvarar valen: %1 poster efter kommun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save List &quot;%1&quot;</source>
        <translation>Spara listan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Spara lista</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Listans namn:</translation>
    </message>
    <message>
        <source>Delete List &quot;%1&quot;</source>
        <translation>Ta bort listan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Ta bort lista</translation>
    </message>
    <message>
        <source>health-station-list</source>
        <translation>halsostationslista</translation>
    </message>
</context>
<context>
    <name>kartoitus::HealthStationFilterPanel</name>
    <message>
        <source>&amp;Municipalities</source>
        <translation>&amp;Kommuner</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Teman</translation>
    </message>
    <message>
        <source>Target &amp;groups</source>
        <translation>&amp;Målgrupper</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Bara &amp;avgiftsfri</translation>
    </message>
    <message>
        <source>&amp;Accessible only</source>
        <translation>Bara t&amp;illgänglig</translation>
    </message>
    <message>
        <source>&amp;Open for referral only</source>
        <translation>Bara &amp;öppen för hänvisning</translation>
    </message>
    <message>
        <source>&amp;Health-promoting (hyte) only</source>
        <translation>Bara &amp;hälsofrämjande (hyte)</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Efter tema</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Efter kommun</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>&amp;Gruppering:</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportActions</name>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importerat: %1 nya, %2 uppdaterade.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Add or update records from a CSV file or a spreadsheet</source>
        <translation>Lägg till eller uppdatera poster från en CSV-fil eller ett kalkylark</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Each &amp;row is:</source>
        <translation>Varje &amp;rad är:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Läs som:</translation>
    </message>
    <message>
        <source>Excel in a Finnish locale saves CSV as Windows-1252; its “CSV UTF-8” adds a BOM; its “Unicode text” is UTF-16 LE.</source>
        <translation>Excel med finska inställningar sparar CSV som Windows-1252; dess ”CSV UTF-8” lägger till en BOM; dess ”Unicode-text” är UTF-16 LE.</translation>
    </message>
    <message>
        <source>Title lines above the header row, which are not data.</source>
        <translation>Rader ovanför rubrikraden, till exempel en titel, som inte är data.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodning:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Lines before the header:</source>
        <translation>Ra&amp;der före rubriken:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importera CSV</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Identifierad: %1</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Välj en fil att importera.</translation>
    </message>
    <message>
        <source>A CSV file or a spreadsheet (.xlsx, .ods) with a header row. How it is read is detected; change it below if the table does not look right.</source>
        <translation>En CSV-fil eller ett kalkylark (.xlsx, .ods) med en rubrikrad. Hur den läses känns igen; ändra det nedan om tabellen inte ser rätt ut.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>CSV files and spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>CSV-filer och kalkylark (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <source>Read as %1 with %2 between fields.</source>
        <translation>Läst som %1 med %2 mellan fälten.</translation>
    </message>
    <message>
        <source>Sheet “%1” of the workbook.</source>
        <translation>Arbetsbokens blad ”%1”.</translation>
    </message>
    <message>
        <source>The header is on line %1: the line above it is skipped as a title.</source>
        <translation>Rubrikraden finns på rad %1: raden ovanför den hoppas över som titel.</translation>
    </message>
    <message>
        <source>The header is on line %1: the %2 lines above it are skipped as a title.</source>
        <translation>Rubrikraden finns på rad %1: de %2 raderna ovanför den hoppas över som titel.</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>Kolumner (%1): %2.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan inte importeras: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportLabels</name>
    <message>
        <source>Detect</source>
        <translation>Identifiera</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
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
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Kommatecken ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Lodstreck ( | )</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Uppdatera dem med filens värden</translation>
    </message>
    <message>
        <source>Fill in only their blank fields</source>
        <translation>Fyll bara i deras tomma fält</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>Lämna dem som de är</translation>
    </message>
    <message>
        <source>Do not match: add every row as a new record</source>
        <translation>Matcha inte: lägg till varje rad som en ny post</translation>
    </message>
    <message>
        <source>The file wins: mapped fields take the file&apos;s values, and blank cells clear them.</source>
        <translation>Filen vinner: kopplade fält får filens värden, och tomma celler tömmer dem.</translation>
    </message>
    <message>
        <source>What the register already holds stays; the file only fills what is missing.</source>
        <translation>Det som redan finns i registret behålls; filen fyller bara i det som saknas.</translation>
    </message>
    <message>
        <source>Only rows that match nothing in the register are added.</source>
        <translation>Endast rader som inte motsvarar något i registret läggs till.</translation>
    </message>
    <message>
        <source>Use this only for a file you know holds no records of the register: matching rows become duplicates.</source>
        <translation>Använd detta bara för en fil som du vet inte innehåller några poster ur registret: matchande rader blir dubbletter.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Fill blanks</source>
        <translation>Fyll i tomma</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktperson</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportMappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>Koppla kolumnerna till fält</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Columns set to “Ignore” are not imported.</source>
        <translation>Välj vilket fält varje kolumn i filen fyller. Kolumner som är inställda på ”Ignorera” importeras inte.</translation>
    </message>
    <message>
        <source>The first &amp;rows as they will be imported:</source>
        <translation>De första &amp;raderna så som de kommer att importeras:</translation>
    </message>
    <message>
        <source>Sa&amp;ved mappings:</source>
        <translation>Sparade &amp;kopplingar:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Använd</translation>
    </message>
    <message>
        <source>&amp;Save Mapping As…</source>
        <translation>&amp;Spara koppling som…</translation>
    </message>
    <message>
        <source>The columns were matched to fields by their headers.</source>
        <translation>Kolumnerna kopplades till fält utifrån sina rubriker.</translation>
    </message>
    <message>
        <source>Using the mapping “%1”, saved for files with these columns.</source>
        <translation>Använder kopplingen ”%1”, sparad för filer med dessa kolumner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kolumn i filen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fält&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Första värdet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— Ignore —</source>
        <translation>— Ignorera —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoriskt)</translation>
    </message>
    <message>
        <source>No mapping has been saved for files with these columns.</source>
        <translation>Ingen koppling har sparats för filer med dessa kolumner.</translation>
    </message>
    <message>
        <source>Using the mapping “%1”.</source>
        <translation>Använder kopplingen ”%1”.</translation>
    </message>
    <message>
        <source>Saved as “%1”: files with these columns will use it.</source>
        <translation>Sparad som ”%1”: filer med dessa kolumner kommer att använda den.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Spara koppling</translation>
    </message>
    <message>
        <source>&amp;Name of the mapping:</source>
        <translation>Kopplingens &amp;namn:</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Kopplingen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportPlanModel</name>
    <message>
        <source>Matched by its ID</source>
        <translation>Matchad via id</translation>
    </message>
    <message>
        <source>Matched by name and municipality</source>
        <translation>Matchad via namn och kommun</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Matched by / reason</source>
        <translation>Matchad via / orsak</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>Ändringar (gammalt → nytt)</translation>
    </message>
    <message>
        <source>Matched by %1</source>
        <translation>Kopplad: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportPreviewPage</name>
    <message>
        <source>Check what will happen</source>
        <translation>Kontrollera vad som kommer att hända</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows are matched to the register by ID, business ID, register number, then name and municipality.</source>
        <translation>Ingenting har skrivits ännu. Raderna matchas mot registret via id, FO-nummer, registernummer och sedan namn och kommun.</translation>
    </message>
    <message>
        <source>Rows that match a &amp;record:</source>
        <translation>Rader som motsvarar en &amp;post:</translation>
    </message>
    <message>
        <source>Save Re&amp;jected Rows…</source>
        <translation>Spara avvisade ra&amp;der…</translation>
    </message>
    <message>
        <source>Writes the rejected rows, with a column giving the reason, as a CSV file to correct and import again.</source>
        <translation>Skriver de avvisade raderna, med en kolumn som anger orsaken, till en CSV-fil som kan rättas och importeras igen.</translation>
    </message>
    <message>
        <source>Working out what the import will do…</source>
        <translation>Tar reda på vad importen kommer att göra…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan inte importeras: %1</translation>
    </message>
    <message>
        <source>The rejected rows were saved to %1.</source>
        <translation>De avvisade raderna sparades i %1.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 left as they are, %5 rejected</source>
        <translation>%1 nya, %2 uppdateras, %3 oförändrade, %4 lämnas som de är, %5 avvisade</translation>
    </message>
    <message>
        <source>The file holds nothing the register does not already have.</source>
        <translation>Filen innehåller inget som registret inte redan har.</translation>
    </message>
    <message>
        <source>Rejected rows are not imported; the rest is. Save them to correct them and import them again.</source>
        <translation>Avvisade rader importeras inte; resten gör det. Spara dem för att rätta dem och importera dem igen.</translation>
    </message>
    <message>
        <source>Press Import to write these changes. The import can be undone with Edit › Undo.</source>
        <translation>Tryck på Importera för att skriva ändringarna. Importen kan ångras med Redigera › Ångra.</translation>
    </message>
    <message>
        <source>%1-rejected.%2</source>
        <translation>%1-avvisade.%2</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Spara avvisade rader</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Alla rader (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nya (%1)</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Uppdateras (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Oförändrade (%1)</translation>
    </message>
    <message>
        <source>Left as they are (%1)</source>
        <translation>Lämnas som de är (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Avvisade (%1)</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportValuesPage</name>
    <message>
        <source>Match the file&apos;s values to the register&apos;s</source>
        <translation>Filens värden som registrets</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Lämna tomt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Kopplingen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Values of the file that are not in the register&apos;s lists are imported as the item chosen here, or left empty.</source>
        <translation>Filens värden som inte finns i registrets listor importeras som det som väljs här, eller lämnas tomma.</translation>
    </message>
    <message>
        <source>Looking for values that the register&apos;s lists do not have in %1…</source>
        <translation>Söker i %1 efter värden som inte finns i registrets listor…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Every value of the file is in the register&apos;s lists.</source>
        <translation>Alla filens värden finns i registrets listor.</translation>
    </message>
    <message>
        <source>Where a value most likely means an item of the list, that item is chosen. Check each choice.</source>
        <translation>Där ett värde troligen avser en post i listan är den posten vald. Kontrollera varje val.</translation>
    </message>
    <message>
        <source>&amp;Remember these choices in the saved mapping “%1”</source>
        <translation>&amp;Kom ihåg valen i den sparade kopplingen ”%1”</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeras som</translation>
    </message>
    <message>
        <source>%1: “%2” (1 row)</source>
        <translation>%1: ”%2” (1 rad)</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” (%n rows)</source>
        <translation>
            <numerusform>%1: ”%2” (%n rad)</numerusform>
            <numerusform>%1: ”%2” (%n rader)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remember these choices for files with these columns (the column mapping is saved as “%1”)</source>
        <translation>&amp;Kom ihåg valen för filer med dessa kolumner (kolumnkopplingen sparas som ”%1”)</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importera CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>import av %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ImportWritePage</name>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>The import is written in one go: if it is cancelled, nothing of it is kept.</source>
        <translation>Importen skrivs på en gång: om den avbryts behålls inget av den.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Importen av %1 avbröts.</translation>
    </message>
    <message>
        <source>Nothing was written: the register is exactly as it was.</source>
        <translation>Ingenting skrevs: registret är precis som det var.</translation>
    </message>
    <message>
        <source>%1 could not be imported.</source>
        <translation>%1 kunde inte importeras.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Nothing was written: the register is exactly as it was.</source>
        <translation>%1&lt;br&gt;Ingenting skrevs: registret är precis som det var.</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 importerades.</translation>
    </message>
    <message>
        <source>%1 new records, %2 updated, %3 unchanged, %4 left as they were.</source>
        <translation>%1 nya poster, %2 uppdaterade, %3 oförändrade, %4 lämnades som de var.</translation>
    </message>
    <message>
        <source>%1 rows were rejected and not imported.</source>
        <translation>%1 rader avvisades och importerades inte.</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Redigera › Ångra tar tillbaka hela importen.</translation>
    </message>
</context>
<context>
    <name>kartoitus::InfoBanner</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>kartoitus::JournaledCommand</name>
    <message>
        <source>The step “%1” could not be replayed: %2</source>
        <translation>Steget ”%1” kunde inte upprepas: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::LiaisonDialog</name>
    <message>
        <source>&amp;Last checked:</source>
        <translation>Senast &amp;kontrollerad:</translation>
    </message>
    <message>
        <source>Liaison Person of %1</source>
        <translation>Kontaktperson – %1</translation>
    </message>
    <message>
        <source>New Liaison Person of %1</source>
        <translation>Ny kontaktperson – %1</translation>
    </message>
    <message>
        <source>e.g. liaison person for organisations</source>
        <translation>t.ex. kontaktperson för föreningar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Name: a liaison person needs a name.</source>
        <translation>Namn: en kontaktperson behöver ett namn.</translation>
    </message>
</context>
<context>
    <name>kartoitus::MainWindow</name>
    <message>
        <source>Cannot open the register</source>
        <translation>Registret kan inte öppnas</translation>
    </message>
    <message>
        <source>Cannot create the register</source>
        <translation>Registret kan inte skapas</translation>
    </message>
    <message>
        <source>%1[*] — Kartoitus</source>
        <translation>%1[*] — Kartoitus</translation>
    </message>
    <message>
        <source>No register open</source>
        <translation>Inget register öppet</translation>
    </message>
    <message>
        <source>Kartoitus registers (*.kartoitus)</source>
        <translation>Kartoitus-register (*.kartoitus)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Nytt register…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open &amp;Demo Register</source>
        <translation>Öppna &amp;exempelregistret</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Kartoitus</source>
        <translation>&amp;Om Kartoitus</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Rensa listan</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>Nytt register</translation>
    </message>
    <message>
        <source>About Kartoitus</source>
        <translation>Om Kartoitus</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kartoitus %1&lt;/h3&gt;&lt;p&gt;Keeps a region&apos;s register of civic organisations, their activities, contact people and sector networks offline in one file.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kartoitus %1&lt;/h3&gt;&lt;p&gt;Håller regionens register över föreningar, deras verksamheter, kontaktpersoner och branschnätverk i en fil, utan nätförbindelse.&lt;/p&gt;&lt;p&gt;Licens: GNU General Public License, version 3 eller senare (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This register is empty. Open the demo register with fictional organisations of Central Finland?</source>
        <translation>Registret är tomt. Vill du öppna exempelregistret med fiktiva föreningar i Mellersta Finland?</translation>
    </message>
    <message>
        <source>Open Demo Register</source>
        <translation>Öppna exempelregistret</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>Cannot write the demo register</source>
        <translation>Exempelregistret kan inte skrivas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not done: the register is as it was.</source>
        <translation>Inte gjort: registret är som det var.</translation>
    </message>
    <message>
        <source>%1 is already open in another Kartoitus window.</source>
        <translation>%1 är redan öppet i ett annat Kartoitus-fönster.</translation>
    </message>
    <message>
        <source>Register Already Open</source>
        <translation>Registret är redan öppet</translation>
    </message>
    <message>
        <source>%1[*] (read only) — Kartoitus</source>
        <translation>%1[*] (skrivskyddat) — Kartoitus</translation>
    </message>
    <message>
        <source>Save &amp;a Copy As…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <source>Write a copy of the register to another file</source>
        <translation>Skriv en kopia av registret till en annan fil</translation>
    </message>
    <message>
        <source>Open Read-Onl&amp;y…</source>
        <translation>Öppna skri&amp;vskyddat…</translation>
    </message>
    <message>
        <source>Open a register to look at it without changing it</source>
        <translation>Öppna ett register för att titta på det utan att ändra det</translation>
    </message>
    <message>
        <source>Open Register Read-Only</source>
        <translation>Öppna registret skrivskyddat</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <source>Two windows changing one register would each keep their own undo steps and show each other&apos;s changes late. Go to the window that has it, or open it here read-only to search, list, export and print.</source>
        <translation>Om två fönster ändrade samma register skulle vart och ett ha sina egna steg att ångra och visa det andras ändringar sent. Gå till fönstret där registret är öppet, eller öppna det här skrivskyddat för att söka, lista, exportera och skriva ut.</translation>
    </message>
    <message>
        <source>&amp;Go to That Window</source>
        <translation>&amp;Gå till det fönstret</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Öppna &amp;skrivskyddat</translation>
    </message>
    <message>
        <source>%1 is open for writing in another Kartoitus window, so here it is read-only: search, list, export and print it here, and change it in that window. Changes made there show here when you open it again.</source>
        <translation>%1 är öppet för ändringar i ett annat Kartoitus-fönster, så här är det skrivskyddat: sök, lista, exportera och skriv ut här, och ändra det i det fönstret. Ändringar som görs där syns här när du öppnar registret igen.</translation>
    </message>
    <message>
        <source>You opened %1 read-only: it can be searched, listed, exported and printed, but not changed. To change it, open it again with File › Open.</source>
        <translation>Du öppnade %1 skrivskyddat: det kan sökas, listas, exporteras och skrivas ut men inte ändras. För att ändra det, öppna det igen med Arkiv › Öppna.</translation>
    </message>
    <message>
        <source>%1 is read-only here: the folder it is in cannot be written to, and a register needs to write beside itself while it changes. It can be searched, listed, exported and printed. To change it, save a copy in a folder where you can write and work on the copy.</source>
        <translation>%1 är skrivskyddat här: mappen det ligger i går inte att skriva i, och ett register måste kunna skriva bredvid sig när det ändras. Det kan sökas, listas, exporteras och skrivas ut. För att ändra det, spara en kopia i en mapp där du kan skriva och arbeta med kopian.</translation>
    </message>
    <message>
        <source>%1 is read-only here: the disk it is on cannot be written to. It can be searched, listed, exported and printed. To change it, save a copy on another disk and work on the copy.</source>
        <translation>%1 är skrivskyddat här: disken det ligger på går inte att skriva på. Det kan sökas, listas, exporteras och skrivas ut. För att ändra det, spara en kopia på en annan disk och arbeta med kopian.</translation>
    </message>
    <message>
        <source>%1 is read-only: the file is marked read-only, or you may not change it. It can be searched, listed, exported and printed. To change it, save a copy and work on the copy.</source>
        <translation>%1 är skrivskyddat: filen är märkt skrivskyddad, eller så får du inte ändra den. Det kan sökas, listas, exporteras och skrivas ut. För att ändra det, spara en kopia och arbeta med kopian.</translation>
    </message>
    <message>
        <source>Save a Copy As…</source>
        <translation>Spara en kopia som…</translation>
    </message>
    <message>
        <source>%1 is open in another Kartoitus window. Choose another name for the copy.</source>
        <translation>%1 är öppet i ett annat Kartoitus-fönster. Välj ett annat namn för kopian.</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Kopian kan inte sparas</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Sparar en kopia som %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>En kopia sparades som %1.</translation>
    </message>
    <message>
        <source>Copy Saved</source>
        <translation>Kopian sparad</translation>
    </message>
    <message>
        <source>The copy %1 was saved.</source>
        <translation>Kopian %1 sparades.</translation>
    </message>
    <message>
        <source>Open the copy in this window to work on it?</source>
        <translation>Öppna kopian i det här fönstret för att arbeta med den?</translation>
    </message>
    <message>
        <source>&amp;Open the Copy</source>
        <translation>&amp;Öppna kopian</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Föreningar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verksamheter</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>Registers and tables (*.kartoitus *.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Register och tabeller (*.kartoitus *.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <source>Propert&amp;ies</source>
        <translation>E&amp;genskaper</translation>
    </message>
    <message>
        <source>Where the register lives, its size and what it holds</source>
        <translation>Var registret finns, dess storlek och vad det innehåller</translation>
    </message>
    <message>
        <source>Kartoitus &amp;Help</source>
        <translation>&amp;Hjälp för Kartoitus</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Import a Table</source>
        <translation>Importera en tabell</translation>
    </message>
    <message>
        <source>%1 is a table, not a register. Import its rows into %2?</source>
        <translation>%1 är en tabell, inte ett register. Importera dess rader till %2?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>%1 is a table, not a register, and the open register is read only. Create a new register and import the rows into it?</source>
        <translation>%1 är en tabell, inte ett register, och det öppna registret är skrivskyddat. Skapa ett nytt register och importera raderna till det?</translation>
    </message>
    <message>
        <source>%1 is a table, not a register. Create a new register and import the rows into it?</source>
        <translation>%1 är en tabell, inte ett register. Skapa ett nytt register och importera raderna till det?</translation>
    </message>
    <message>
        <source>For a printable list for health stations, with contact details only where the person has consented, use File › Health-Station List….</source>
        <translation>En utskrivbar lista för hälsostationer, med kontaktuppgifter bara där personen har gett sitt samtycke, får du med Arkiv › Hälsostationslista….</translation>
    </message>
    <message>
        <source>This exports the organisation list as it is, with its search and filters.</source>
        <translation>Detta exporterar föreningslistan som den är, enligt dess sökning och filter.</translation>
    </message>
    <message>
        <source>A network&apos;s roster and the partnership table are saved with Save As under them in the Networks view.</source>
        <translation>Ett nätverks medlemsförteckning och partnerskapsbordet sparas med Spara som under dem i vyn Nätverk.</translation>
    </message>
    <message>
        <source>The liaison persons&apos; list is saved with Save as CSV or XLSX in the Municipalities view.</source>
        <translation>Listan över kontaktpersoner för föreningar sparas med Spara som CSV eller XLSX i vyn Kommuner.</translation>
    </message>
    <message>
        <source>A survey&apos;s results are saved with the buttons of the Surveys view.</source>
        <translation>En enkäts resultat sparas med knapparna i vyn Enkäter.</translation>
    </message>
</context>
<context>
    <name>kartoitus::MappingPreviewModel</name>
    <message>
        <source>Column “%1” of the file</source>
        <translation>Filens kolumn ”%1”</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Rad %1 i filen</translation>
    </message>
</context>
<context>
    <name>kartoitus::MatchResponsesDialog</name>
    <message>
        <source>Match Survey Responses</source>
        <translation>Koppla enkätsvar</translation>
    </message>
    <message>
        <source>These responses are not linked to an organisation. They were matched again by business ID, email and name; a similar name is only a suggestion. Choose the organisation, look one up by name, create it, or leave the response for later.</source>
        <translation>Dessa svar är inte kopplade till en organisation. De har kopplats på nytt med FO-nummer, e-post och namn; ett liknande namn är bara ett förslag. Välj organisationen, sök den med namn, skapa den eller lämna svaret till senare.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inskickat</translation>
    </message>
    <message>
        <source>Type an organisation&apos;s name, then Enter</source>
        <translation>Skriv organisationens namn och tryck Enter</translation>
    </message>
    <message>
        <source>&amp;Save Matches</source>
        <translation>&amp;Spara kopplingarna</translation>
    </message>
    <message>
        <source>No organisation is called &quot;%1&quot;.</source>
        <translation>Ingen organisation heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Find an organisation for the selected response:</source>
        <translation>&amp;Sök en organisation för det valda svaret:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every response of this survey is matched to an organisation.</source>
        <translation>Varje svar i enkäten är kopplat till en organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n responses will be matched; the rest stay unmatched.</source>
        <translation>
            <numerusform>%1 av %n svar kopplas; resten förblir okopplade.</numerusform>
            <numerusform>%1 av %n svar kopplas; resten förblir okopplade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is read-only.</source>
        <translation>Registret är skrivskyddat.</translation>
    </message>
    <message>
        <source>Matching of Responses to &quot;%1&quot;</source>
        <translation>Koppling av svar till &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n survey responses matched to organisations.</source>
        <translation>
            <numerusform>%n enkätsvar kopplades till en organisation.</numerusform>
            <numerusform>%n enkätsvar kopplades till organisationer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::MunicipalitiesView</name>
    <message>
        <source>liaison-persons</source>
        <translation>kontaktpersoner</translation>
    </message>
    <message>
        <source>&amp;Add Liaison Person…</source>
        <translation>&amp;Lägg till kontaktperson…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Edit liaison person: %1, %2</source>
        <translation>Redigera kontaktperson: %1, %2</translation>
    </message>
    <message>
        <source>Add liaison person: %1, %2</source>
        <translation>Lägg till kontaktperson: %1, %2</translation>
    </message>
    <message>
        <source>Remove liaison person: %1, %2</source>
        <translation>Ta bort kontaktperson: %1, %2</translation>
    </message>
    <message>
        <source>Select the municipality first.</source>
        <translation>Välj först kommunen.</translation>
    </message>
    <message>
        <source>Select the liaison person first.</source>
        <translation>Välj först kontaktpersonen.</translation>
    </message>
    <message>
        <source>Select the liaison person to remove first.</source>
        <translation>Välj först kontaktpersonen som ska tas bort.</translation>
    </message>
    <message>
        <source>Search by municipality, liaison person, email…</source>
        <translation>Sök på kommun, kontaktperson, e-post…</translation>
    </message>
    <message>
        <source>Search municipalities and liaison persons</source>
        <translation>Sök kommuner och kontaktpersoner för föreningar</translation>
    </message>
    <message>
        <source>%1 of %2 rows of municipalities and liaison persons</source>
        <translation>%1 av %2 rader med kommuner och kontaktpersoner</translation>
    </message>
    <message>
        <source>%1 municipalities, %2 liaison persons</source>
        <translation>%1 kommuner, %2 kontaktpersoner för föreningar</translation>
    </message>
</context>
<context>
    <name>kartoitus::NetworkMembersModel</name>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Anslöt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Utträdde</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>kartoitus::NetworkRepository</name>
    <message>
        <source>Name: a network needs a name.</source>
        <translation>Namn: ett nätverk måste ha ett namn.</translation>
    </message>
    <message>
        <source>No network has the id %1.</source>
        <translation>Inget nätverk har id %1.</translation>
    </message>
    <message>
        <source>No such network.</source>
        <translation>Nätverket finns inte.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot;: use member, deputy or chair.</source>
        <translation>Roll &quot;%1&quot;: använd member, deputy eller chair.</translation>
    </message>
    <message>
        <source>Term &quot;%1&quot;: write dates as 2025-01-01.</source>
        <translation>Period &quot;%1&quot;: skriv datum som 2025-01-01.</translation>
    </message>
    <message>
        <source>Term end: %1 is before the start %2.</source>
        <translation>Periodens slut: %1 är före starten %2.</translation>
    </message>
    <message>
        <source>Person: no person has the id %1.</source>
        <translation>Person: ingen person har id %1.</translation>
    </message>
    <message>
        <source>No representative has the id %1.</source>
        <translation>Ingen representant har id %1.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot;: use member or coordinator.</source>
        <translation>Roll &quot;%1&quot;: använd member (medlem) eller coordinator (koordinator).</translation>
    </message>
    <message>
        <source>Date &quot;%1&quot;: write dates as 2025-01-01.</source>
        <translation>Datum &quot;%1&quot;: skriv datum som 2025-01-01.</translation>
    </message>
    <message>
        <source>Left: %1 is before the day the organisation joined, %2.</source>
        <translation>Utträdde: %1 är före dagen då föreningen gick med (%2).</translation>
    </message>
    <message>
        <source>Organisation: no organisation has the id %1.</source>
        <translation>Förening: ingen förening har id %1.</translation>
    </message>
    <message>
        <source>%1 is already a member of the network.</source>
        <translation>%1 är redan medlem i nätverket.</translation>
    </message>
    <message>
        <source>No membership has the id %1.</source>
        <translation>Inget medlemskap har id %1.</translation>
    </message>
    <message>
        <source>Left: give the day the organisation left the network.</source>
        <translation>Utträdde: ange dagen då föreningen lämnade nätverket.</translation>
    </message>
</context>
<context>
    <name>kartoitus::NetworksView</name>
    <message>
        <source>&amp;Add Organisations…</source>
        <translation>&amp;Lägg till föreningar…</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Markera som utträdd…</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>I da&amp;g</translation>
    </message>
    <message>
        <source>As on &amp;day:</source>
        <translation>Läget på dag&amp;en:</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Me&amp;dlemmar</translation>
    </message>
    <message>
        <source>&amp;Representatives</source>
        <translation>&amp;Representanter</translation>
    </message>
    <message>
        <source>&amp;Partnership Table</source>
        <translation>&amp;Partnerskapsbordet</translation>
    </message>
    <message>
        <source>Print R&amp;oster…</source>
        <translation>Skriv ut medlems&amp;förteckning…</translation>
    </message>
    <message>
        <source>Print All Rost&amp;ers…</source>
        <translation>Skriv ut &amp;alla förteckningar…</translation>
    </message>
    <message>
        <source>Print Partnership &amp;Table…</source>
        <translation>Skriv ut partnerskaps&amp;bordet…</translation>
    </message>
    <message>
        <source>&amp;Save As</source>
        <translation>Spara s&amp;om</translation>
    </message>
    <message>
        <source>Roster as %1…</source>
        <translation>Medlemsförteckning som %1…</translation>
    </message>
    <message>
        <source>Partnership Table as %1…</source>
        <translation>Partnerskapsbordet som %1…</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Koordinator: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member organisations</source>
        <translation>
            <numerusform>%n medlemsförening</numerusform>
            <numerusform>%n medlemsföreningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n representatives at the partnership table</source>
        <translation>
            <numerusform>%n representant vid partnerskapsbordet</numerusform>
            <numerusform>%n representanter vid partnerskapsbordet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n organisations to %1</source>
        <translation>
            <numerusform>Lägg till %n förening i %1</numerusform>
            <numerusform>Lägg till %n föreningar i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Those organisations are members already.</source>
        <translation>De föreningarna är redan medlemmar.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations leave %1</source>
        <translation>
            <numerusform>%n förening lämnar %1</numerusform>
            <numerusform>%n föreningar lämnar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a membership of %1</source>
        <translation>Ändra ett medlemskap: %1</translation>
    </message>
    <message>
        <source>Change a representative of %1</source>
        <translation>Ändra en representant: %1</translation>
    </message>
    <message>
        <source>partnership-table</source>
        <translation>partnerskapsbordet</translation>
    </message>
    <message>
        <source>Select the organisations that leave the network first.</source>
        <translation>Välj först de föreningar som lämnar nätverket.</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>Lämna %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations leave the network. The membership is kept as history.</source>
        <translation>
            <numerusform>%n förening lämnar nätverket. Medlemskapet sparas som historik.</numerusform>
            <numerusform>%n föreningar lämnar nätverket. Medlemskapen sparas som historik.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Utträdde:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Choose the coordinator of %1</source>
        <translation>Byt koordinator för %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member organisations in %1</source>
        <translation>
            <numerusform>%n medlemsförening i %1</numerusform>
            <numerusform>%n medlemsföreningar i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 member organisations in %3</source>
        <translation>%1 av %2 medlemsföreningar i %3</translation>
    </message>
    <message>
        <source>Search the members by name, municipality, role…</source>
        <translation>Sök medlemmar på namn, kommun, roll…</translation>
    </message>
    <message>
        <source>Search the network&apos;s members</source>
        <translation>Sök nätverkets medlemmar</translation>
    </message>
</context>
<context>
    <name>kartoitus::OpenRegister</name>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Ångrar ”%1”…</translation>
    </message>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Gör om ”%1”…</translation>
    </message>
    <message>
        <source>The step “%1” could not be replayed: %2</source>
        <translation>Steget ”%1” kunde inte upprepas: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationActions</name>
    <message>
        <source>&amp;New Organisation…</source>
        <translation>&amp;Ny förening…</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Förening</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n verksamhet</numerusform>
            <numerusform>%n verksamheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network memberships</source>
        <translation>
            <numerusform>%n nätverksmedlemskap</numerusform>
            <numerusform>%n nätverksmedlemskap</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no activities or network memberships.</source>
        <translation>Den har inga verksamheter eller nätverksmedlemskap.</translation>
    </message>
    <message>
        <source>They have no activities or network memberships.</source>
        <translation>De har inga verksamheter eller nätverksmedlemskap.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>Its %1 are deleted with it.</source>
        <translation>Dess %1 tas bort med den.</translation>
    </message>
    <message>
        <source>Their %1 are deleted with them.</source>
        <translation>Deras %1 tas bort med dem.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n contact persons stay in the register without an organisation.</source>
        <translation>
            <numerusform>Dess %n kontaktperson stannar kvar i registret utan förening.</numerusform>
            <numerusform>Dess %n kontaktpersoner stannar kvar i registret utan förening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n contact persons stay in the register without an organisation.</source>
        <translation>
            <numerusform>Deras %n kontaktperson stannar kvar i registret utan förening.</numerusform>
            <numerusform>Deras %n kontaktpersoner stannar kvar i registret utan förening.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo brings everything back.</source>
        <translation>Redigera › Ångra återställer allt.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations?</source>
        <translation>
            <numerusform>Ta bort %n förening?</numerusform>
            <numerusform>Ta bort %n föreningar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Organisations</source>
        <translation>Ta bort föreningar</translation>
    </message>
    <message>
        <source>Their activities and network memberships are deleted with them; their contact persons stay in the register without an organisation. Edit › Undo brings everything back.</source>
        <translation>Deras verksamheter och nätverksmedlemskap tas bort med dem; deras kontaktpersoner blir kvar i registret utan förening. Redigera › Ångra återställer allt.</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationColumns</name>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Upplöst</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>&amp;Sectors and municipalities</source>
        <translation>&amp;Branscher och kommuner</translation>
    </message>
    <message>
        <source>Contacts and &amp;activities</source>
        <translation>&amp;Kontaktpersoner och verksamheter</translation>
    </message>
    <message>
        <source>New Organisation</source>
        <translation>Ny förening</translation>
    </message>
    <message>
        <source>the new organisation</source>
        <translation>den nya föreningen</translation>
    </message>
    <message>
        <source>&amp;Networks</source>
        <translation>&amp;Nätverk</translation>
    </message>
    <message>
        <source>Su&amp;rvey answers</source>
        <translation>&amp;Enkätsvar</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationFilterBar</name>
    <message>
        <source>Municipality filter</source>
        <translation>Kommunfilter</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Branschfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alla branscher</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationForm</name>
    <message>
        <source>Filter municipalities…</source>
        <translation>Filtrera kommuner…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(ges när den sparas)</translation>
    </message>
    <message>
        <source>Created %1, last changed %2.</source>
        <translation>Skapad %1, senast ändrad %2.</translation>
    </message>
    <message>
        <source>Name: an organisation needs a name.</source>
        <translation>Namn: en förening måste ha ett namn.</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationLinksPage</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Health promotion</source>
        <translation>Hälsofrämjande</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Öppen för hänvisning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Publish consent</source>
        <translation>Publiceringstillstånd</translation>
    </message>
    <message numerus="yes">
        <source>Activities (%n):</source>
        <translation>
            <numerusform>Verksamheter (%n):</numerusform>
            <numerusform>Verksamheter (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact persons (%n):</source>
        <translation>
            <numerusform>Kontaktpersoner (%n):</numerusform>
            <numerusform>Kontaktpersoner (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;Activity…</source>
        <translation>Ny &amp;verksamhet…</translation>
    </message>
    <message>
        <source>New &amp;Contact Person…</source>
        <translation>Ny &amp;kontaktperson…</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationListWidget</name>
    <message>
        <source>Search by name, business ID, municipality, sector…</source>
        <translation>Sök på namn, FO-nummer, kommun, bransch…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Sök föreningar</translation>
    </message>
    <message>
        <source>%1 of %2 organisations</source>
        <translation>%1 av %2 föreningar</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 förening</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 föreningar</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationNetworksPage</name>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Anslöt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Utträdde</translation>
    </message>
    <message>
        <source>Enter or a double click shows the network in the Networks view.</source>
        <translation>Enter eller ett dubbelklick visar nätverket i vyn Nätverk.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>still a member</source>
        <translation>fortfarande medlem</translation>
    </message>
    <message numerus="yes">
        <source>Network memberships (%n):</source>
        <translation>
            <numerusform>Nätverksmedlemskap (%n):</numerusform>
            <numerusform>Nätverksmedlemskap (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationRecord</name>
    <message>
        <source>New organisation: %1</source>
        <translation>Ny förening: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisations</source>
        <translation>
            <numerusform>Ta bort %n förening</numerusform>
            <numerusform>Ta bort %n föreningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n organisations as verified</source>
        <translation>
            <numerusform>Markera %n förening som kontrollerad</numerusform>
            <numerusform>Markera %n föreningar som kontrollerade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationRepository</name>
    <message>
        <source>The organisation has not been saved yet.</source>
        <translation>Föreningen har inte sparats ännu.</translation>
    </message>
    <message>
        <source>No organisation has the id %1.</source>
        <translation>Ingen förening har id %1.</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>Föreningen finns inte.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: cannot be negative.</source>
        <translation>%1 &quot;%2&quot;: kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Name: an organisation needs a name.</source>
        <translation>Namn: en förening måste ha ett namn.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot;: use active, dormant or dissolved.</source>
        <translation>Status &quot;%1&quot;: använd active, dormant eller dissolved.</translation>
    </message>
    <message>
        <source>Home municipality &quot;%1&quot;: no municipality has this code.</source>
        <translation>Hemkommun &quot;%1&quot;: ingen kommun har den här koden.</translation>
    </message>
    <message>
        <source>Municipalities served: no municipality has the code &quot;%1&quot;.</source>
        <translation>Verksamhetskommuner: ingen kommun har koden &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Legal form: no legal form has the id %1.</source>
        <translation>Juridisk form: ingen juridisk form har id %1.</translation>
    </message>
    <message>
        <source>Sectors: no sector has the id %1.</source>
        <translation>Branscher: ingen bransch har id %1.</translation>
    </message>
</context>
<context>
    <name>kartoitus::OrganisationSurveysPage</name>
    <message>
        <source>Survey</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Svarande</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Enter or a double click shows the answers.</source>
        <translation>Enter eller ett dubbelklick visar svaren.</translation>
    </message>
    <message numerus="yes">
        <source>Survey responses (%n):</source>
        <translation>
            <numerusform>Enkätsvar (%n):</numerusform>
            <numerusform>Enkätsvar (%n):</numerusform>
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
        <translation>FO-nummer eller registernummer</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verksamheter</translation>
    </message>
    <message>
        <source>Description and contact details</source>
        <translation>Beskrivning och kontaktuppgifter</translation>
    </message>
    <message>
        <source>Also operates in</source>
        <translation>Verkar även i</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Hittades i</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonActions</name>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <source>&amp;Forget This Person…</source>
        <translation>&amp;Glöm den här personen…</translation>
    </message>
    <message>
        <source>Erase the person everywhere, survey answers included</source>
        <translation>Radera personen överallt, också ur enkätsvaren</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Ta bort %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n persons?</source>
        <translation>
            <numerusform>Radera %n person?</numerusform>
            <numerusform>Radera %n personer?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Persons</source>
        <translation>Radera personer</translation>
    </message>
    <message>
        <source>Activities and organisations that name them as contact are left without one. Their words in survey answers stay: use Forget This Person to erase those too. Edit › Undo brings everything back.</source>
        <translation>Verksamheter och föreningar som har dem som kontaktperson blir utan. Deras uppgifter i enkätsvaren blir kvar: Glöm den här personen raderar också dem. Redigera › Ångra återställer allt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>e-post %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefon %1</translation>
    </message>
    <message>
        <source>Erased: the person (%1).</source>
        <translation>Raderas: personen (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Erased: their name, email and phone in %n survey responses, raw rows included.</source>
        <translation>
            <numerusform>Raderas: namn, e-post och telefon i %n enkätsvar, också i den ursprungliga raden.</numerusform>
            <numerusform>Raderas: namn, e-post och telefon i %n enkätsvar, också i de ursprungliga raderna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n terms as a network representative.</source>
        <translation>
            <numerusform>Raderas: %n period som nätverkets representant.</numerusform>
            <numerusform>Raderas: %n perioder som nätverkets representant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left without a contact person: %n activities and organisations.</source>
        <translation>
            <numerusform>Blir utan kontaktperson: %n verksamhet eller förening.</numerusform>
            <numerusform>Blir utan kontaktperson: %n verksamheter och föreningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo brings the person back while the register is open. When the register is closed, the forgetting is final: nothing of it is kept.</source>
        <translation>Redigera › Ångra återställer personen så länge registret är öppet. När registret stängs är glömskan slutgiltig: ingenting av personen sparas.</translation>
    </message>
    <message>
        <source>Forget This Person</source>
        <translation>Glöm den här personen</translation>
    </message>
    <message>
        <source>Forget %1 everywhere in the register?</source>
        <translation>Glömma %1 överallt i registret?</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Glöm</translation>
    </message>
    <message numerus="yes">
        <source>Erased or shortened: %n free-text survey answers that name them.</source>
        <translation>
            <numerusform>Raderas eller förkortas: %n fritextsvar som nämner personen.</numerusform>
            <numerusform>Raderas eller förkortas: %n fritextsvar som nämner personen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonEditor</name>
    <message>
        <source>A liaison person has a municipality and no organisation.</source>
        <translation>En kontaktperson för föreningar har en kommun och ingen förening.</translation>
    </message>
    <message>
        <source>Verified:</source>
        <translation>Kontrollerad:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>givet %1</translation>
    </message>
    <message>
        <source>the new person</source>
        <translation>den nya personen</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonListWidget</name>
    <message>
        <source>Organisation filter</source>
        <translation>Föreningsfilter</translation>
    </message>
    <message>
        <source>Publish consent filter</source>
        <translation>Filter för publiceringstillstånd</translation>
    </message>
    <message>
        <source>Contact or liaison filter</source>
        <translation>Filter för kontaktpersoner</translation>
    </message>
    <message>
        <source>Search by name, organisation or email…</source>
        <translation>Sök på namn, förening eller e-post…</translation>
    </message>
    <message>
        <source>Search persons</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Alla tillstånd</translation>
    </message>
    <message>
        <source>Consent to publish</source>
        <translation>Publiceringstillstånd givet</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Inget publiceringstillstånd</translation>
    </message>
    <message>
        <source>Contact and liaison persons</source>
        <translation>Kontaktpersoner (alla)</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Liaison persons</source>
        <translation>Kommunernas kontaktpersoner för föreningar</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla föreningar</translation>
    </message>
    <message>
        <source>%1 of %2 persons</source>
        <translation>%1 av %2 personer</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 personer</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonQuery</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Contact or liaison</source>
        <translation>Förenings- eller kommunkontakt</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Publish consent</source>
        <translation>Publiceringstillstånd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonRecord</name>
    <message>
        <source>New person: %1</source>
        <translation>Ny person: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n persons</source>
        <translation>
            <numerusform>Radera %n person</numerusform>
            <numerusform>Radera %n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n persons as verified</source>
        <translation>
            <numerusform>Markera %n person som kontrollerad</numerusform>
            <numerusform>Markera %n personer som kontrollerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget: %1</source>
        <translation>Glöm: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonRepository</name>
    <message>
        <source>Name: a person needs a name.</source>
        <translation>Namn: en person måste ha ett namn.</translation>
    </message>
    <message>
        <source>Consent date &quot;%1&quot;: write the date as 2025-05-31.</source>
        <translation>Samtyckesdatum &quot;%1&quot;: skriv datumet som 2025-05-31.</translation>
    </message>
    <message>
        <source>Organisation: no organisation has the id %1.</source>
        <translation>Förening: ingen förening har id %1.</translation>
    </message>
    <message>
        <source>Municipality &quot;%1&quot;: no municipality has this code.</source>
        <translation>Kommun &quot;%1&quot;: ingen kommun har den här koden.</translation>
    </message>
    <message>
        <source>The person has not been saved yet.</source>
        <translation>Personen har inte sparats ännu.</translation>
    </message>
    <message>
        <source>No person has the id %1.</source>
        <translation>Ingen person har id %1.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>Personen finns inte.</translation>
    </message>
    <message>
        <source>Last checked &quot;%1&quot;: write the date as 2025-05-31.</source>
        <translation>Senast kontrollerad &quot;%1&quot;: skriv datumet som 2025-05-31.</translation>
    </message>
</context>
<context>
    <name>kartoitus::PersonTableModel</name>
    <message>
        <source>Liaison person</source>
        <translation>Kontaktperson för föreningar</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>kartoitus::RecordActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Mark as &amp;Verified Today</source>
        <translation>Markera som &amp;kontrollerad i dag</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Mark as Verified</source>
        <translation>Markera som kontrollerad</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n records…</source>
        <translation>
            <numerusform>Skriver %n post…</numerusform>
            <numerusform>Skriver %n poster…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::RecordEditor</name>
    <message>
        <source>The register is open read-only: nothing can be changed.</source>
        <translation>Registret är öppnat skrivskyddat: inget kan ändras.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Förkasta ändringar</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Förkasta ändringarna i %1?</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddad)</translation>
    </message>
</context>
<context>
    <name>kartoitus::RecordTexts</name>
    <message numerus="yes">
        <source>Edit: %1, %n fields</source>
        <translation>
            <numerusform>Ändra: %1, %n fält</numerusform>
            <numerusform>Ändra: %1, %n fält</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit: %1, %2</source>
        <translation>Ändra: %1, %2</translation>
    </message>
    <message>
        <source>Delete: %1</source>
        <translation>Ta bort: %1</translation>
    </message>
    <message>
        <source>Mark as verified: %1</source>
        <translation>Markera som kontrollerad: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::Register</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a Kartoitus register: the file is empty or not a file.</source>
        <translation>%1 är inte ett Kartoitus-register: filen är tom eller är inte en fil.</translation>
    </message>
    <message>
        <source>%1 is not a Kartoitus register.</source>
        <translation>%1 är inte ett Kartoitus-register.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Kartoitus register.</source>
        <translation>%1 är en databas för ett annat program, inte ett Kartoitus-register.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kartoitus (register version %2; this version reads up to %3). Update Kartoitus to open it.</source>
        <translation>%1 har skrivits av en nyare version av Kartoitus (registerversion %2; den här versionen läser upp till %3). Uppdatera Kartoitus för att öppna den.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 finns redan.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Inget register är öppet.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>%1 används av ett annat program. Stäng den där och försök igen.</translation>
    </message>
    <message>
        <source>%1 could not be updated to the current version: %2</source>
        <translation>%1 kunde inte uppdateras till den aktuella versionen: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: it can be searched, listed, exported and printed, but not changed. To change it, save a copy in a folder where you can write and open the copy.</source>
        <translation>Registret %1 är skrivskyddat: det går att söka i, bläddra i, exportera och skriva ut, men inte att ändra. Om du vill ändra det, spara en kopia i en mapp där du kan skriva och öppna kopian.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space on it and try again.</source>
        <translation>Disken där %1 finns är full. Frigör utrymme på den och försök igen.</translation>
    </message>
    <message>
        <source>The register %1 is damaged (%2). Nothing more was written to it; go back to a backup copy of it.</source>
        <translation>Registret %1 är skadat (%2). Ingenting mer skrevs i det; gå tillbaka till en säkerhetskopia av det.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (%2). Check the disk or network folder it is on and try again.</source>
        <translation>%1 kunde inte läsas eller skrivas (%2). Kontrollera disken eller nätverksmappen där den finns och försök igen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kan inte skapas: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>Registret %1 kunde inte skapas: %2</translation>
    </message>
    <message>
        <source>%1 was being changed when a program stopped, and only a program that can write to it can finish undoing that change (kept in %2). Copy both files together to a folder where you can write and open the copy there. Do not delete %2.</source>
        <translation>Registret %1 höll på att ändras när ett program stannade, och bara ett program som kan skriva i det kan ångra den halvfärdiga ändringen (den finns i %2). Kopiera båda filerna tillsammans till en mapp där du kan skriva och öppna kopian där. Radera inte %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated or its contents are broken (%2). It was left as it is; open a backup copy of it instead.</source>
        <translation>Registret %1 är skadat: filen är avkortad eller dess innehåll är trasigt (%2). Filen lämnades som den var; öppna en säkerhetskopia av den i stället.</translation>
    </message>
    <message>
        <source>%1 carries the mark of a Kartoitus register but no register version, so Kartoitus did not write it. It was left as it is.</source>
        <translation>%1 har märket för ett Kartoitus-register men ingen registerversion, så Kartoitus har inte skrivit den. Filen lämnades som den var.</translation>
    </message>
    <message>
        <source>%1 was changed by an older version of Kartoitus while it was open. Open it again.</source>
        <translation>Registret %1 ändrades av en äldre version av Kartoitus medan det var öppet. Öppna det igen.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Kartoitus and must be updated before it can be opened, but it is read-only. Copy it to a folder where you can write and open the copy: the copy is updated and the file itself is left as it is.</source>
        <translation>Registret %1 skrevs av en äldre version av Kartoitus och måste uppdateras innan det kan öppnas, men det är skrivskyddat. Kopiera det till en mapp där du kan skriva och öppna kopian: kopian uppdateras och själva filen lämnas som den är.</translation>
    </message>
    <message>
        <source>%1 needs an update, but its backup copy could not be written to %2: %3</source>
        <translation>Registret %1 behöver uppdateras, men dess säkerhetskopia kunde inte skrivas till %2: %3</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the register itself (%1).</source>
        <translation>En kopia kan inte sparas över själva registret (%1).</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 är en mapp.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>Kopian %1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::RegisterCheck</name>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Kunde inte kontrollera %1: %2</translation>
    </message>
    <message>
        <source>the file&apos;s integrity</source>
        <translation>filens integritet</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Filen är skadad: %1</translation>
    </message>
    <message>
        <source>links between rows</source>
        <translation>länkarna mellan rader</translation>
    </message>
    <message>
        <source>Refers to a row of %1 that does not exist.</source>
        <translation>Hänvisar till en rad i %1 som inte finns.</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>sökindexet</translation>
    </message>
    <message numerus="yes">
        <source>The search index is out of date for %n organisation(s): searches miss them until it is rebuilt.</source>
        <translation>
            <numerusform>Sökindexet är inaktuellt för %n förening: sökningar missar den tills indexet byggs om.</numerusform>
            <numerusform>Sökindexet är inaktuellt för %n föreningar: sökningar missar dem tills indexet byggs om.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation has no home municipality.</source>
        <translation>Föreningen har ingen hemkommun.</translation>
    </message>
    <message>
        <source>The organisation has no sector.</source>
        <translation>Föreningen har ingen bransch.</translation>
    </message>
    <message>
        <source>The organisation should have exactly one primary sector.</source>
        <translation>Föreningen bör ha exakt en huvudbransch.</translation>
    </message>
    <message>
        <source>The active organisation has no email, phone or contact person.</source>
        <translation>Den aktiva föreningen har ingen e-post, telefon eller kontaktperson.</translation>
    </message>
    <message>
        <source>The person has no email or phone.</source>
        <translation>Personen har ingen e-post eller telefon.</translation>
    </message>
    <message>
        <source>The person belongs to no organisation and no municipality.</source>
        <translation>Personen hör inte till någon förening eller kommun.</translation>
    </message>
    <message>
        <source>The person&apos;s publish consent has no date: when was it given?</source>
        <translation>Personens publiceringstillstånd saknar datum: när gavs det?</translation>
    </message>
    <message>
        <source>The activity has no municipality: municipal lists leave it out.</source>
        <translation>Verksamheten har ingen kommun: kommunvisa listor utelämnar den.</translation>
    </message>
    <message>
        <source>The health and wellbeing activity has no theme.</source>
        <translation>Den hälsofrämjande verksamheten har inget tema.</translation>
    </message>
    <message>
        <source>The network %1 has no representative at the partnership table.</source>
        <translation>Nätverket %1 har ingen representant vid partnerskapsbordet.</translation>
    </message>
    <message>
        <source>The term ends (%2) before it starts (%1).</source>
        <translation>Perioden slutar (%2) innan den börjar (%1).</translation>
    </message>
    <message>
        <source>The sort key of “%1” is out of date: lists show it in the wrong place.</source>
        <translation>Sorteringsnyckeln för ”%1” är inaktuell: listor visar den på fel plats.</translation>
    </message>
    <message>
        <source>A number of people (%1) is negative.</source>
        <translation>Ett antal personer (%1) är negativt.</translation>
    </message>
    <message>
        <source>“%1” and organisation %2 “%3” in the same municipality have the same name, the association suffix (ry, r.y., rf) aside: a duplicate?</source>
        <translation>”%1” och föreningen %2 ”%3” i samma kommun har samma namn bortsett från föreningens ändelse (ry, r.y., rf): en dubblett?</translation>
    </message>
    <message>
        <source>%1 %2 is also used by organisation %3: a duplicate?</source>
        <translation>%1 %2 används också av organisation %3: en dubblett?</translation>
    </message>
    <message>
        <source>A number (%1) is negative.</source>
        <translation>Ett tal (%1) är negativt.</translation>
    </message>
</context>
<context>
    <name>kartoitus::RegisterPropertiesDialog</name>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Egenskaper för %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Öppnat:</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>skrivskyddat</translation>
    </message>
    <message>
        <source>for changes</source>
        <translation>för ändringar</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Skapat:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Ändrat:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Innehåll:</translation>
    </message>
</context>
<context>
    <name>kartoitus::RegisterStats</name>
    <message>
        <source>Organisations</source>
        <translation>Föreningar</translation>
    </message>
    <message>
        <source>Active organisations</source>
        <translation>Aktiva föreningar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verksamheter</translation>
    </message>
    <message>
        <source>Health and wellbeing activities</source>
        <translation>Hälsofrämjande verksamheter</translation>
    </message>
    <message>
        <source>Activities open for referral</source>
        <translation>Verksamheter öppna för hänvisning</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Persons who may be published</source>
        <translation>Personer som får publiceras</translation>
    </message>
    <message>
        <source>Municipal liaison persons</source>
        <translation>Kommunernas kontaktpersoner för föreningar</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branscher</translation>
    </message>
    <message>
        <source>Sector networks</source>
        <translation>Branschnätverk</translation>
    </message>
    <message>
        <source>Network memberships</source>
        <translation>Medlemskap i nätverk</translation>
    </message>
    <message>
        <source>Network representatives</source>
        <translation>Nätverksrepresentanter</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Municipalities of the home region</source>
        <translation>Kommuner i hemregionen</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>Survey questions</source>
        <translation>Enkätfrågor</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Enkätsvar</translation>
    </message>
    <message>
        <source>Survey responses not linked to an organisation</source>
        <translation>Enkätsvar som inte är kopplade till en förening</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Svar på enskilda frågor</translation>
    </message>
    <message>
        <source>Activity themes</source>
        <translation>Verksamhetsteman</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Legal forms</source>
        <translation>Juridiska former</translation>
    </message>
    <message>
        <source>Saved import mappings</source>
        <translation>Sparade importkopplingar</translation>
    </message>
    <message>
        <source>Could not read the register&apos;s statistics: %1</source>
        <translation>Registrets statistik kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::ReportActions</name>
    <message>
        <source>&amp;Health-Station List…</source>
        <translation>&amp;Hälsostationslista…</translation>
    </message>
    <message>
        <source>Print or save the activities a health station can refer a client to</source>
        <translation>Skriv ut eller spara verksamhet som en hälsostation kan hänvisa en klient till</translation>
    </message>
</context>
<context>
    <name>kartoitus::ReportOutput</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>Spara listan</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Sparar %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparat: %1.</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Förhands&amp;visning…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Spara som &amp;XLSX…</translation>
    </message>
</context>
<context>
    <name>kartoitus::RepresentativeDialog</name>
    <message>
        <source>Term &amp;ends:</source>
        <translation>Perioden &amp;slutar:</translation>
    </message>
    <message>
        <source>Add Representative</source>
        <translation>Lägg till representant</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Nätverk:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Term &amp;starts:</source>
        <translation>Perioden &amp;börjar:</translation>
    </message>
    <message>
        <source>Network: the register has no networks.</source>
        <translation>Nätverk: registret har inga nätverk.</translation>
    </message>
    <message>
        <source>Person: choose a person of the register.</source>
        <translation>Person: välj en person i registret.</translation>
    </message>
    <message>
        <source>Person: the register has no person &quot;%1&quot;.</source>
        <translation>Person: registret har ingen person &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Term ends: %1 is before the term starts (%2).</source>
        <translation>Perioden slutar: %1 är före periodens början (%2).</translation>
    </message>
</context>
<context>
    <name>kartoitus::RepresentativesModel</name>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Mandatperiod börjar</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Mandatperiod slutar</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>kartoitus::RepresentativesPage</name>
    <message>
        <source>A&amp;dd Representative…</source>
        <translation>Lägg till &amp;representant…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Representative</source>
        <translation>Ta &amp;bort representant</translation>
    </message>
    <message>
        <source>Removes a term entered by mistake. A term that ended gets its end date in the table instead.</source>
        <translation>Tar bort en period som förts in av misstag. En period som har slutat får i stället sitt slutdatum i tabellen.</translation>
    </message>
    <message>
        <source>Add representative: %1, %2</source>
        <translation>Lägg till representant: %1, %2</translation>
    </message>
    <message>
        <source>Remove representative: %1, %2</source>
        <translation>Ta bort representant: %1, %2</translation>
    </message>
    <message>
        <source>Select the representative to remove first.</source>
        <translation>Välj först representanten som ska tas bort.</translation>
    </message>
</context>
<context>
    <name>kartoitus::RespondentChoice</name>
    <message>
        <source>%1 (matched by %2)</source>
        <translation>%1 (kopplad med %2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3 % alike)</source>
        <translation>%1, %2 (%3 % lik)</translation>
    </message>
    <message>
        <source>Leave unmatched</source>
        <translation>Lämna okopplad</translation>
    </message>
    <message>
        <source>Create organisation &quot;%1&quot;</source>
        <translation>Skapa organisationen &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kartoitus::RespondentTable</name>
    <message>
        <source>Respondent as written</source>
        <translation>Svarande som skrivet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(no name, business ID or email)</source>
        <translation>(inget namn, FO-nummer eller e-post)</translation>
    </message>
</context>
<context>
    <name>kartoitus::RosterRepository</name>
    <message>
        <source>No person has the id %1.</source>
        <translation>Ingen person har id %1.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SavedListRepository</name>
    <message>
        <source>No saved list is called &quot;%1&quot;.</source>
        <translation>Det finns ingen sparad lista som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name: a saved list needs a name.</source>
        <translation>Namn: en sparad lista behöver ett namn.</translation>
    </message>
    <message>
        <source>The saved list has no kind.</source>
        <translation>Den sparade listan saknar typ.</translation>
    </message>
    <message>
        <source>No saved list has the id %1.</source>
        <translation>Det finns ingen sparad lista med id %1.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SettingsDialog</name>
    <message>
        <source>&amp;Reset Window Layout</source>
        <translation>&amp;Återställ fönstrets layout</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language applies when Kartoitus is started again. Numbers and dates follow it.</source>
        <translation>Ett nytt språk gäller när Kartoitus startas på nytt. Tal och datum följer det.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>The window remembers its size and place, the view shown last, the lists&apos; columns and the dividers between panes.</source>
        <translation>Fönstret minns sin storlek och plats, vyn som visades senast, listornas kolumner och avdelarna mellan rutorna.</translation>
    </message>
    <message>
        <source>Size, place, view and dividers as on a first start</source>
        <translation>Storlek, plats, vy och avdelare som vid första starten</translation>
    </message>
</context>
<context>
    <name>kartoitus::StartPage</name>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Senast öppnade register</translation>
    </message>
    <message>
        <source>No register has been opened yet.</source>
        <translation>Inget register har öppnats ännu.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No register is open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inget register är öppet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open a register you have used before, start a new one, or look around in the demo register with fictional organisations.</source>
        <translation>Öppna ett register du har använt förut, börja ett nytt eller se dig omkring i exempelregistret med påhittade föreningar.</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Nytt register…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Register</source>
        <translation>Öppna &amp;exempelregistret</translation>
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
        <translation>Importera en&amp;kät…</translation>
    </message>
    <message>
        <source>Import a Webropol, Microsoft Forms or Google Forms export of a survey</source>
        <translation>Importera en enkäts svar från Webropol, Microsoft Forms eller Google Forms</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyChart</name>
    <message>
        <source>% of those who answered</source>
        <translation>% av dem som svarade</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
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
        <translation>Visa bara svar som kräver ett beslut</translation>
    </message>
    <message>
        <source>Import Survey</source>
        <translation>Importera enkät</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;portera</translation>
    </message>
    <message>
        <source>Survey File</source>
        <translation>Enkätfil</translation>
    </message>
    <message>
        <source>A Webropol, Microsoft Forms or Google Forms export (CSV, XLSX or ODS): one response per row, the questions as headers.</source>
        <translation>En fil från Webropol, Microsoft Forms eller Google Forms (CSV, XLSX eller ODS): ett svar per rad, frågorna som rubriker.</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Enkätfiler (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>&amp;Collected with:</source>
        <translation>&amp;Insamlad med:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Each column became a question; options given one column each became one multiple-choice question. Correct a type or leave a question out: its cells stay in the raw rows.</source>
        <translation>Varje kolumn blev en fråga; alternativ i egna kolumner blev en flervalsfråga. Rätta en typ eller lämna bort en fråga: dess celler sparas i de ursprungliga raderna.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Svarande</translation>
    </message>
    <message>
        <source>Responses are matched by business ID, email or the organisation&apos;s name. A similar name is only a suggestion: choose the organisation, create it, or leave the response unmatched to match it later.</source>
        <translation>Svaren kopplas med FO-nummer, e-post eller föreningens namn. Ett liknande namn är bara ett förslag: välj föreningen, skapa den eller lämna svaret utan koppling och koppla det senare.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Give the survey a name.</source>
        <translation>Ge enkäten ett namn.</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Inget register är öppet.</translation>
    </message>
    <message numerus="yes">
        <source>Import &quot;%1&quot; %2: %n responses</source>
        <translation>
            <numerusform>Importera &quot;%1&quot; %2: %n svar</numerusform>
            <numerusform>Importera &quot;%1&quot; %2: %n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to organisations</source>
        <translation>
            <numerusform>%n kopplat till en förening</numerusform>
            <numerusform>%n kopplade till föreningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n ny förening</numerusform>
            <numerusform>%n nya föreningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unmatched (they can be matched later)</source>
        <translation>
            <numerusform>%n lämnas utan koppling (kan kopplas senare)</numerusform>
            <numerusform>%n lämnas utan koppling (kan kopplas senare)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is one step: Edit › Undo takes it back.</source>
        <translation>Importen är ett steg: Redigera › Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>The register is read-only.</source>
        <translation>Registret är skrivskyddat.</translation>
    </message>
    <message>
        <source>Import of Survey &quot;%1&quot;</source>
        <translation>Import av enkäten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 responses, %3 matched, %4 unmatched.</source>
        <translation>Importerade &quot;%1&quot;: %2 svar, %3 kopplade, %4 utan koppling.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyRepository</name>
    <message>
        <source>Name: a survey needs a name.</source>
        <translation>Namn: en enkät måste ha ett namn.</translation>
    </message>
    <message>
        <source>No survey has the id %1.</source>
        <translation>Ingen enkät har id %1.</translation>
    </message>
    <message>
        <source>No such survey.</source>
        <translation>Enkäten finns inte.</translation>
    </message>
    <message>
        <source>Question: a question needs a code and a text.</source>
        <translation>Fråga: en fråga måste ha en kod och en text.</translation>
    </message>
    <message>
        <source>Question type &quot;%1&quot;: use %2.</source>
        <translation>Frågetyp &quot;%1&quot;: använd %2.</translation>
    </message>
    <message>
        <source>No survey response has the id %1.</source>
        <translation>Inget enkätsvar har id %1.</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveyResponseDialog</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Survey Response: %1</source>
        <translation>Enkätsvar: %1</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(inget svar)</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Svarande: %1</translation>
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
        <translation>Svarande</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Minsta</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Största</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>%1, %</source>
        <translation>%1, %</translation>
    </message>
    <message>
        <source>%1, count</source>
        <translation>%1, antal</translation>
    </message>
</context>
<context>
    <name>kartoitus::SurveysView</name>
    <message>
        <source>&amp;Import Survey…</source>
        <translation>&amp;Importera enkät…</translation>
    </message>
    <message>
        <source>&amp;Apply Answers…</source>
        <translation>&amp;För in svaren…</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Alla svar</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Per verksamhetsområde</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Per kommun</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>&amp;Enkät:</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Fr&amp;ågor</translation>
    </message>
    <message>
        <source>&amp;Break down:</source>
        <translation>In&amp;delning:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Jämför med:</translation>
    </message>
    <message>
        <source>&amp;Groups shown</source>
        <translation>&amp;Grupper som visas</translation>
    </message>
    <message>
        <source>The register has no surveys yet: import one with Import Survey….</source>
        <translation>Registret har inga enkäter ännu: importera en med Importera enkät….</translation>
    </message>
    <message>
        <source>Surveys: %1</source>
        <translation>Enkäter: %1</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(ingen jämförelse)</translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched to an organisation</source>
        <translation>
            <numerusform>%n utan koppling till en förening</numerusform>
            <numerusform>%n utan koppling till föreningar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no question like this one.</source>
        <translation>%1 har ingen motsvarande fråga.</translation>
    </message>
    <message>
        <source>Save the Summary</source>
        <translation>Spara sammanfattningen</translation>
    </message>
    <message>
        <source>&amp;Match Responses…</source>
        <translation>&amp;Koppla svar…</translation>
    </message>
    <message>
        <source>Match the responses an import left unmatched to organisations</source>
        <translation>Koppla svar som importen lämnade okopplade till organisationer</translation>
    </message>
</context>
<context>
    <name>kartoitus::UndoStoreFolder</name>
    <message>
        <source>%1 cannot be overwritten: %2</source>
        <translation>%1 kan inte skrivas över: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 kan inte tas bort: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::Validators</name>
    <message>
        <source>Business ID &quot;%1&quot;: write it as seven digits, a hyphen and a check digit (1234567-8).</source>
        <translation>FO-nummer &quot;%1&quot;: skriv det som sju siffror, ett bindestreck och en kontrollsiffra (1234567-8).</translation>
    </message>
    <message>
        <source>Business ID &quot;%1&quot;: no business ID has the digits %2; check them.</source>
        <translation>FO-nummer &quot;%1&quot;: inget FO-nummer har siffrorna %2; kontrollera dem.</translation>
    </message>
    <message>
        <source>Business ID &quot;%1&quot;: the check digit should be %2.</source>
        <translation>FO-nummer &quot;%1&quot;: kontrollsiffran borde vara %2.</translation>
    </message>
    <message>
        <source>Register number &quot;%1&quot;: write up to six digits, such as 192.130.</source>
        <translation>Registernummer &quot;%1&quot;: skriv högst sex siffror, till exempel 192.130.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot;: write five digits.</source>
        <translation>Postnummer &quot;%1&quot;: skriv fem siffror.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot;: write an address such as name@example.fi.</source>
        <translation>E-post &quot;%1&quot;: skriv en adress som namn@example.fi.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot;: an address has no spaces; is it two addresses?</source>
        <translation>E-post &quot;%1&quot;: en adress har inga mellanslag; är det två adresser?</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: a phone number has no letters.</source>
        <translation>Telefon &quot;%1&quot;: ett telefonnummer har inga bokstäver.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: only digits, spaces and - may be used.</source>
        <translation>Telefon &quot;%1&quot;: endast siffror, mellanslag och - får användas.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: start with 0 and the area code, or with + and the country code (+358).</source>
        <translation>Telefon &quot;%1&quot;: börja med 0 och riktnumret, eller med + och landsnumret (+358).</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: after +358 the number is written without its leading 0.</source>
        <translation>Telefon &quot;%1&quot;: efter +358 skrivs numret utan inledande 0.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: the number has too few or too many digits.</source>
        <translation>Telefon &quot;%1&quot;: numret har för få eller för många siffror.</translation>
    </message>
    <message>
        <source>Website &quot;%1&quot;: write an address such as www.example.fi.</source>
        <translation>Webbplats &quot;%1&quot;: skriv en adress som www.example.fi.</translation>
    </message>
    <message>
        <source>Founded &quot;%1&quot;: write a year from 1800 to %2.</source>
        <translation>Grundår &quot;%1&quot;: skriv ett år mellan 1800 och %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: write a whole number, such as 1 240.</source>
        <translation>%1 &quot;%2&quot;: skriv ett heltal, till exempel 1 240.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: a count cannot be negative.</source>
        <translation>%1 &quot;%2&quot;: ett antal kan inte vara negativt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the number is too large for a count.</source>
        <translation>%1 &quot;%2&quot;: talet är för stort för ett antal.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the number cannot be negative.</source>
        <translation>%1 &quot;%2&quot;: talet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the number is too large.</source>
        <translation>%1 &quot;%2&quot;: talet är för stort.</translation>
    </message>
</context>
<context>
    <name>kartoitus::ValueParsing</name>
    <message>
        <source>A number is missing.</source>
        <translation>Ett tal saknas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; är inte ett tal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>&quot;%1&quot; är för stort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; är inte ett heltal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no answer (yes/no, kyllä/ei, ja/nej, true/false, 1/0, x/empty).</source>
        <translation>&quot;%1&quot; är inte ett ja/nej-svar (ja/nej, kyllä/ei, yes/no, true/false, 1/0, x/tom).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a code of %n digit(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; är inte en kod med %n siffra.</numerusform>
            <numerusform>&quot;%1&quot; är inte en kod med %n siffror.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2024-05-31 or 31.5.2024).</source>
        <translation>&quot;%1&quot; är inte ett datum (skriv 2024-05-31 eller 31.5.2024).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar.</source>
        <translation>&quot;%1&quot; är inte en dag i kalendern.</translation>
    </message>
</context>
<context>
    <name>kartoitus::VerifiedField</name>
    <message>
        <source>Mark as verified &amp;today</source>
        <translation>Markera som kontrollerad i &amp;dag</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>kartoitus::ViewSwitcher</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
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
        <translation>Kontrollerar registrets integritet och datakvaliteten. Avslutas med 2 när ett fel hittas; enbart varningar avslutas med 0.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Registerfilen.</translation>
    </message>
    <message>
        <source>The register has errors: %1.</source>
        <translation>Registret har fel: %1.</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(fil)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2.</source>
        <translation>Fel: %1, varningar: %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Print a machine-readable summary (JSON) on standard output.</source>
        <translation>Skriv en maskinläsbar sammanfattning (JSON) till standard ut.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argument saknas: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Oväntat argument: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 kräver ett heltal som är 0 eller större, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli %1 --help&quot; for the options.</source>
        <translation>Kör &quot;kartoitus-cli %1 --help&quot; för alternativen.</translation>
    </message>
    <message>
        <source>The register was updated to the current version; the previous version was saved as %1.</source>
        <translation>Registret uppdaterades till den aktuella versionen; den tidigare versionen sparades som %1.</translation>
    </message>
    <message>
        <source>Unknown --what &quot;%1&quot;: use organisations, activities or persons.</source>
        <translation>Okänt --what &quot;%1&quot;: använd organisations, activities eller persons.</translation>
    </message>
    <message>
        <source>Unknown --encoding &quot;%1&quot;: use auto, utf-8, windows-1252 or utf-16.</source>
        <translation>Okänt --encoding &quot;%1&quot;: använd auto, utf-8, windows-1252 eller utf-16.</translation>
    </message>
    <message>
        <source>Unknown --delimiter &quot;%1&quot;: use auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>Okänt --delimiter &quot;%1&quot;: använd auto, &quot;,&quot;, &quot;;&quot;, tab eller &quot;|&quot;.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::Commands</name>
    <message>
        <source>Report integrity errors and data-quality warnings.</source>
        <translation>Rapportera integritetsfel och varningar om datakvalitet.</translation>
    </message>
    <message>
        <source>Write the demo register into a new file.</source>
        <translation>Skriv exempelregistret till en ny fil.</translation>
    </message>
    <message>
        <source>Export organisations, activities or persons to CSV or XLSX.</source>
        <translation>Exportera föreningar, verksamheter eller personer till CSV eller XLSX.</translation>
    </message>
    <message>
        <source>Create a new, empty register.</source>
        <translation>Skapa ett nytt, tomt register.</translation>
    </message>
    <message>
        <source>Find organisations as the window&apos;s search box does.</source>
        <translation>Sök föreningar på samma sätt som fönstrets sökruta.</translation>
    </message>
    <message>
        <source>Count what the register holds.</source>
        <translation>Räkna vad registret innehåller.</translation>
    </message>
    <message>
        <source>Import organisations, activities or persons from CSV, XLSX or ODS.</source>
        <translation>Importera föreningar, verksamheter eller personer från CSV, XLSX eller ODS.</translation>
    </message>
    <message>
        <source>Import a survey export, or write a survey&apos;s results summary.</source>
        <translation>Importera en enkäts svar eller skriv en sammanfattning av resultaten.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::DemoCommand</name>
    <message>
        <source>Writes the demo register, fictional organisations of Central Finland, into a new file.</source>
        <translation>Skriver exempelregistret, fiktiva föreningar i Mellersta Finland, till en ny fil.</translation>
    </message>
    <message>
        <source>The register file to create.</source>
        <translation>Registerfilen som ska skapas.</translation>
    </message>
    <message>
        <source>How many organisations to invent (default %1).</source>
        <translation>Hur många föreningar som ska hittas på (standard %1).</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed writes the same register (default %1).</source>
        <translation>Generatorns frö: samma frö skriver samma register (standard %1).</translation>
    </message>
    <message>
        <source>Wrote the demo register %1 (organisations: %2).</source>
        <translation>Skrev exempelregistret %1 (föreningar: %2).</translation>
    </message>
    <message>
        <source>The demo register could not be written: %1</source>
        <translation>Exempelregistret kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::Dispatcher</name>
    <message>
        <source>Usage: kartoitus-cli COMMAND [options] ARGUMENTS</source>
        <translation>Användning: kartoitus-cli KOMMANDO [alternativ] ARGUMENT</translation>
    </message>
    <message>
        <source>Keeps the register of a region&apos;s civic organisations.</source>
        <translation>Håller registret över regionens föreningar.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>Kör &quot;kartoitus-cli KOMMANDO --help&quot; för ett kommandos alternativ.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input or refused file.</source>
        <translation>Slutkoder: 0 lyckades, 1 användningsfel, 2 felaktig indata eller avvisad fil.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Okänt kommando: %1.</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli --help&quot; for the list of commands.</source>
        <translation>Kör &quot;kartoitus-cli --help&quot; för en lista över kommandon.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::ExportCommand</name>
    <message>
        <source>Writes organisations, activities or persons to CSV or XLSX: the rows the filters select and the columns asked for.</source>
        <translation>Skriver föreningar, verksamheter eller personer till CSV eller XLSX: de rader som filtren väljer och de kolumner som begärs.</translation>
    </message>
    <message>
        <source>Left out personal data (%1); --include-personal-data exports it.</source>
        <translation>Personuppgifter (%1) utelämnades; --include-personal-data exporterar dem.</translation>
    </message>
    <message>
        <source>%1 contains personal data: store and share it accordingly.</source>
        <translation>%1 innehåller personuppgifter: förvara och dela den därefter.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Registerfilen.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>organisations (default), activities or persons.</source>
        <translation>organisations (standard), activities eller persons.</translation>
    </message>
    <message>
        <source>csv (standard CSV: UTF-8, comma), csv-excel (Excel in Finnish: UTF-8 with BOM, semicolon, formulas neutralised) or xlsx. Default: xlsx for an .xlsx file, csv otherwise.</source>
        <translation>csv (standard-CSV: UTF-8, kommatecken), csv-excel (Excel på finska: UTF-8 med BOM, semikolon, formler neutraliserade) eller xlsx. Standard: xlsx för en .xlsx-fil, annars csv.</translation>
    </message>
    <message>
        <source>Only rows for this municipality (name or code); repeat for several.</source>
        <translation>Endast rader för den här kommunen (namn eller kod); upprepa för flera.</translation>
    </message>
    <message>
        <source>Only organisations of this sector; repeatable.</source>
        <translation>Endast föreningar inom den här branschen; kan upprepas.</translation>
    </message>
    <message>
        <source>Only activities with this theme; repeatable.</source>
        <translation>Endast verksamheter med det här temat; kan upprepas.</translation>
    </message>
    <message>
        <source>Only activities for this target group; repeatable.</source>
        <translation>Endast verksamheter för den här målgruppen; kan upprepas.</translation>
    </message>
    <message>
        <source>The columns, as keys separated by commas (default: all).</source>
        <translation>Kolumnerna som nycklar åtskilda med kommatecken (standard: alla).</translation>
    </message>
    <message>
        <source>labels (column names in the user&apos;s language, default) or keys (canonical English keys).</source>
        <translation>labels (kolumnnamn på användarens språk, standard) eller keys (fasta engelska nycklar).</translation>
    </message>
    <message>
        <source>Include persons&apos; names, emails and phones.</source>
        <translation>Ta med personers namn, e-postadresser och telefonnummer.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, csv-excel or xlsx.</source>
        <translation>Okänt format &quot;%1&quot;: använd csv, csv-excel eller xlsx.</translation>
    </message>
    <message>
        <source>--headers is keys or labels.</source>
        <translation>--headers är keys eller labels.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for %2. Columns: %3.</source>
        <translation>Okänd kolumn &quot;%1&quot; för %2. Kolumner: %3.</translation>
    </message>
    <message>
        <source>No such value for --%1: &quot;%2&quot;.</source>
        <translation>Inget sådant värde för --%1: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No such municipality: &quot;%1&quot;.</source>
        <translation>Ingen sådan kommun: &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n rad till %1.</numerusform>
            <numerusform>Exporterade %n rader till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A printable list, PDF by default, or CSV/XLSX of the same entries: health-station (the activities a health station can refer a client to), roster (the members of sector networks, --sector for some), partnership-table (the representatives on a day) or liaison-persons (per municipality). The last three need --include-personal-data.</source>
        <translation>En utskrivbar lista, PDF som standard, eller samma rader som CSV/XLSX: health-station (verksamheter som en hälsostation kan hänvisa en klient till), roster (medlemmarna i branschnätverken, --sector för några), partnership-table (representanterna en dag) eller liaison-persons (per kommun). De tre sista kräver --include-personal-data.</translation>
    </message>
    <message>
        <source>PDF is written for a printable list: add --preset health-station, roster, partnership-table or liaison-persons.</source>
        <translation>PDF skrivs för en utskrivbar lista: lägg till --preset health-station, roster, partnership-table eller liaison-persons.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::ImportCommand</name>
    <message>
        <source>The register file.</source>
        <translation>Registerfilen.</translation>
    </message>
    <message>
        <source>What the rows are: organisations (default), activities or persons.</source>
        <translation>Vad raderna är: organisations (standard), activities eller persons.</translation>
    </message>
    <message>
        <source>auto (default: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), utf-8, windows-1252 or utf-16.</source>
        <translation>auto (standard: UTF-8 med eller utan BOM, UTF-16 med BOM, annars Windows-1252), utf-8, windows-1252 eller utf-16.</translation>
    </message>
    <message>
        <source>auto (default), &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>auto (standard), &quot;,&quot;, &quot;;&quot;, tab eller &quot;|&quot;.</translation>
    </message>
    <message>
        <source>For a row that matches a record: update (default: the file&apos;s values win), fill (only blank fields take the file&apos;s values), skip (leave the record), or create (no matching: every row is a new record).</source>
        <translation>För en rad som motsvarar en post: update (standard: filens värden vinner), fill (bara tomma fält får filens värden), skip (lämna posten) eller create (ingen matchning: varje rad blir en ny post).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file, with a last column giving the reason; written only when some row is rejected (also with --dry-run).</source>
        <translation>Skriv de avvisade raderna till den här CSV-filen, med en sista kolumn som anger orsaken; skrivs bara när någon rad avvisas (även med --dry-run).</translation>
    </message>
    <message>
        <source>Show what the import would do without writing to the register.</source>
        <translation>Visa vad importen skulle göra utan att skriva till registret.</translation>
    </message>
    <message>
        <source>Unknown --on-match &quot;%1&quot;: use update, fill, skip or create.</source>
        <translation>Okänt --on-match &quot;%1&quot;: använd update, fill, skip eller create.</translation>
    </message>
    <message>
        <source>%1, delimiter %2</source>
        <translation>%1, avgränsare %2</translation>
    </message>
    <message>
        <source>Dry run, nothing was written: %1 from %2 (%3) would give</source>
        <translation>Provkörning, ingenting skrevs: %1 från %2 (%3) skulle ge</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (%3):</source>
        <translation>Importerade %1 från %2 (%3):</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped, %5 rejected.</source>
        <translation>%1 skapade, %2 uppdaterade, %3 oförändrade, %4 överhoppade, %5 avvisade.</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Avvisade rader skrevs till %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more rejected rows.</source>
        <translation>... och %1 avvisade rader till.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was written to the register.</source>
        <translation>Ingenting skrevs till registret.</translation>
    </message>
    <message>
        <source>The header row was read from line %1. If the real header is further down, skip the lines above it with --skip-lines N.</source>
        <translation>Rubrikraden lästes från rad %1. Om den egentliga rubrikraden finns längre ner, hoppa över raderna ovanför den med --skip-lines N.</translation>
    </message>
    <message>
        <source>Imports organisations, activities or persons from a CSV file or a spreadsheet (.xlsx, .ods, or an old .xls; the first sheet unless --sheet says). Columns are matched to fields by their header (keys, or Finnish, Swedish or English names; a mapping saved in the window for files with these headers is used). Rows that match a record already in the register (by id, business ID, register number, or name and municipality) are handled as --on-match says. The import is one transaction.

Exit codes: 0 when the import was written (or previewed), even if some rows were rejected: the summary counts them, lists them with their line and reason, and --rejects saves them to fix and import again. 1 for a usage error. 2 when the register or the file itself is refused (not a register, not readable CSV, a quote never closed, no header, no rows) or the register cannot take the import: the message names the line, and nothing was written (the --rejects file is left as it was).</source>
        <translation>Importerar föreningar, verksamheter eller personer från en CSV-fil eller ett kalkylark (.xlsx, .ods eller en gammal .xls; det första bladet om inte --sheet säger annat). Kolumnerna kopplas till fält utifrån sina rubriker (nycklar eller finska, svenska eller engelska namn; en koppling som sparats i fönstret för filer med dessa rubriker används). Rader som motsvarar en post som redan finns i registret (via id, FO-nummer, registernummer eller namn och kommun) hanteras enligt --on-match. Importen är en enda transaktion.

Slutkoder: 0 när importen skrevs (eller förhandsgranskades), även om några rader avvisades: sammanfattningen räknar dem, listar dem med rad och orsak, och --rejects sparar dem för att rättas och importeras igen. 1 vid användningsfel. 2 när registret eller själva filen avvisas (inte ett register, inte läsbar CSV, ett citattecken som aldrig stängs, ingen rubrikrad, inga rader) eller registret inte kan ta emot importen: meddelandet anger raden och ingenting skrevs (--rejects-filen lämnas som den var).</translation>
    </message>
    <message>
        <source>The file to import: .csv, .txt, .xlsx, .ods or .xls.</source>
        <translation>Filen som importeras: .csv, .txt, .xlsx, .ods eller .xls.</translation>
    </message>
    <message>
        <source>Title lines (or sheet rows) to skip before the header row. Default: a title above the header is detected and skipped.</source>
        <translation>Titelrader (eller bladets rader) att hoppa över före rubrikraden. Standard: en titel ovanför rubrikraden känns igen och hoppas över.</translation>
    </message>
    <message>
        <source>The sheet of a workbook to import, by name or number from 1 (default: the first).</source>
        <translation>Arbetsbokens blad som importeras, med namn eller nummer från 1 (standard: det första).</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>bladet ”%1”</translation>
    </message>
    <message>
        <source>, 1 title line skipped</source>
        <translation>, 1 titelrad överhoppad</translation>
    </message>
    <message>
        <source>, %1 title lines skipped</source>
        <translation>, %1 titelrader överhoppade</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::InitCommand</name>
    <message>
        <source>Creates a new, empty register with the default reference data.</source>
        <translation>Skapar ett nytt, tomt register med standardreferensdata.</translation>
    </message>
    <message>
        <source>The register file to create.</source>
        <translation>Registerfilen som ska skapas.</translation>
    </message>
    <message>
        <source>Created the register %1.</source>
        <translation>Skapade registret %1.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::NetworkExport</name>
    <message>
        <source>The %1 lists persons&apos; names, emails and phones: personal data for internal use. Add --include-personal-data to write it.</source>
        <translation>Listan %1 innehåller personers namn, e-post och telefon: personuppgifter för internt bruk. Lägg till --include-personal-data för att skriva den.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --preset %2.</source>
        <translation>--%1 gäller inte --preset %2.</translation>
    </message>
    <message>
        <source>--preset liaison-persons lists every municipality of the region as it is today: leave out --sector and --on.</source>
        <translation>--preset liaison-persons listar alla kommuner i landskapet som de är i dag: utelämna --sector och --on.</translation>
    </message>
    <message>
        <source>--on &quot;%1&quot;: write the date as 2025-06-30.</source>
        <translation>--on &quot;%1&quot;: skriv datumet som 2025-06-30.</translation>
    </message>
    <message>
        <source>No network for --sector &quot;%1&quot;. Sectors with a network: %2.</source>
        <translation>Inget nätverk för --sector &quot;%1&quot;. Branscher med nätverk: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 of %n entries to %2.</source>
        <translation>
            <numerusform>Skrev %1 (%n rad) till %2.</numerusform>
            <numerusform>Skrev %1 (%n rader) till %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains personal data: store and share it accordingly.</source>
        <translation>%1 innehåller personuppgifter: förvara och dela den därefter.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::PresetExport</name>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, csv, csv-excel or xlsx.</source>
        <translation>Okänt format &quot;%1&quot;: använd pdf, csv, csv-excel eller xlsx.</translation>
    </message>
    <message>
        <source>Unknown --language &quot;%1&quot;: use fi, sv or en.</source>
        <translation>Okänt --language &quot;%1&quot;: använd fi, sv eller en.</translation>
    </message>
    <message>
        <source>--group-by is theme or municipality.</source>
        <translation>--group-by är theme eller municipality.</translation>
    </message>
    <message>
        <source>The health-station list is public: a contact person appears only with their consent, whatever --include-personal-data says.</source>
        <translation>Hälsostationslistan är offentlig: en kontaktperson visas bara med sitt samtycke, oavsett --include-personal-data.</translation>
    </message>
    <message>
        <source>No such municipality: &quot;%1&quot;.</source>
        <translation>Kommunen finns inte: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--list takes every choice from the saved list; leave out --%1.</source>
        <translation>--list tar alla val från den sparade listan; utelämna --%1.</translation>
    </message>
    <message>
        <source>%1 The register has no saved health-station lists.</source>
        <translation>%1 Registret har inga sparade hälsostationslistor.</translation>
    </message>
    <message>
        <source>%1 Saved lists: %2.</source>
        <translation>%1 Sparade listor: %2.</translation>
    </message>
    <message>
        <source>No such value for --%1: &quot;%2&quot;. Known: %3.</source>
        <translation>Värdet finns inte för --%1: &quot;%2&quot;. Kända: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the health-station list of %n entries to %1.</source>
        <translation>
            <numerusform>Skrev hälsostationslistan (%n post) till %1.</numerusform>
            <numerusform>Skrev hälsostationslistan (%n poster) till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --preset: a list saved in the register, by name.</source>
        <translation>Med --preset: en lista som sparats i registret, med namn.</translation>
    </message>
    <message>
        <source>With --preset: the language of the list, fi (default), sv or en.</source>
        <translation>Med --preset: listans språk, fi (standard), sv eller en.</translation>
    </message>
    <message>
        <source>With --preset health-station: theme (default) or municipality.</source>
        <translation>Med --preset health-station: theme (tema, standard) eller municipality (kommun).</translation>
    </message>
    <message>
        <source>With --preset health-station: only activities in this language (fi, sv, en, ...); repeatable.</source>
        <translation>Med --preset health-station: bara verksamhet på detta språk (fi, sv, en, ...); kan upprepas.</translation>
    </message>
    <message>
        <source>With --preset health-station: only free activities.</source>
        <translation>Med --preset health-station: bara avgiftsfri verksamhet.</translation>
    </message>
    <message>
        <source>With --preset health-station: only accessible activities.</source>
        <translation>Med --preset health-station: bara tillgänglig verksamhet.</translation>
    </message>
    <message>
        <source>With --preset health-station: only activities open for referral.</source>
        <translation>Med --preset health-station: bara verksamhet öppen för hänvisning.</translation>
    </message>
    <message>
        <source>With --preset health-station: only health-promoting activities.</source>
        <translation>Med --preset health-station: bara hälsofrämjande verksamhet.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;: use health-station, roster, partnership-table or liaison-persons.</source>
        <translation>Okänd lista &quot;%1&quot;: använd health-station, roster, partnership-table eller liaison-persons.</translation>
    </message>
    <message>
        <source>--on applies to roster and partnership-table.</source>
        <translation>--on gäller roster och partnership-table.</translation>
    </message>
    <message>
        <source>With --preset roster or partnership-table: the network as it stood on this day (default: today).</source>
        <translation>Med --preset roster eller partnership-table: nätverket som det var denna dag (standard: i dag).</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::SearchCommand</name>
    <message>
        <source>Finds organisations as the search box of the window does: every word matches the beginning of a word in names, IDs, municipalities, sectors, activities and contact details.</source>
        <translation>Söker föreningar som fönstrets sökruta: varje ord matchar början av ett ord i namn, nummer, kommuner, branscher, verksamheter och kontaktuppgifter.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Registerfilen.</translation>
    </message>
    <message>
        <source>The words to search for.</source>
        <translation>Orden att söka efter.</translation>
    </message>
    <message>
        <source>Show at most N organisations (default 50; 0 shows all).</source>
        <translation>Visa högst N föreningar (standard 50; 0 visar alla).</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
    <message>
        <source>No organisation matches.</source>
        <translation>Ingen förening matchar.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 organisations; --limit 0 shows all.</source>
        <translation>Visar %1 av %2 föreningar; --limit 0 visar alla.</translation>
    </message>
    <message>
        <source>Organisations found: %1.</source>
        <translation>Hittade föreningar: %1.</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::StatsCommand</name>
    <message>
        <source>Counts what the register holds: rows per table, persons who may be published, liaison persons, and organisations by status, municipality and primary sector.</source>
        <translation>Räknar vad registret innehåller: rader per tabell, personer som får publiceras, kontaktpersoner samt föreningar efter status, kommun och huvudbransch.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Registerfilen.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Registret kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Primary sector</source>
        <translation>Huvudbransch</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Föreningar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>kartoitus::cli::SurveyCommand</name>
    <message>
        <source>No survey command given.</source>
        <translation>Inget enkätkommando angavs.</translation>
    </message>
    <message>
        <source>Unknown survey command: %1.</source>
        <translation>Okänt enkätkommando: %1.</translation>
    </message>
    <message>
        <source>Usage: kartoitus-cli survey import FILE SOURCE --name NAME --year YYYY [--json]
       kartoitus-cli survey summary FILE SURVEY OUT [--format csv|csv-excel|xlsx|pdf]
</source>
        <translation>Användning: kartoitus-cli survey import FIL KÄLLA --name NAMN --year ÅÅÅÅ [--json]
       kartoitus-cli survey summary FIL ENKÄT UT [--format csv|csv-excel|xlsx|pdf]
</translation>
    </message>
    <message>
        <source>Run &quot;kartoitus-cli survey import --help&quot; for the options.</source>
        <translation>Alternativen: &quot;kartoitus-cli survey import --help&quot;.</translation>
    </message>
    <message>
        <source>Imports a survey export (Webropol, Microsoft Forms, Google Forms; CSV, XLSX or ODS): questions from the header row with their types inferred, one response per row with the row kept as it came, each matched to an organisation by business ID, email or name.</source>
        <translation>Importerar en enkäts svar (Webropol, Microsoft Forms, Google Forms; CSV, XLSX eller ODS): frågorna från rubrikraden med sina typer, ett svar per rad med raden sparad som den kom, vart och ett kopplat till en förening med FO-nummer, e-post eller namn.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Registerfilen.</translation>
    </message>
    <message>
        <source>The survey export to import.</source>
        <translation>Enkätfilen som ska importeras.</translation>
    </message>
    <message>
        <source>The survey&apos;s name (required).</source>
        <translation>Enkätens namn (krävs).</translation>
    </message>
    <message>
        <source>The survey&apos;s year (required).</source>
        <translation>Enkätens år (krävs).</translation>
    </message>
    <message>
        <source>The tool that collected it, e.g. Webropol.</source>
        <translation>Enkätverktyget, t.ex. Webropol.</translation>
    </message>
    <message>
        <source>auto (default), utf-8, windows-1252 or utf-16.</source>
        <translation>auto (standard), utf-8, windows-1252 eller utf-16.</translation>
    </message>
    <message>
        <source>auto (default), &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>auto (standard), &quot;,&quot;, &quot;;&quot;, tab eller &quot;|&quot;.</translation>
    </message>
    <message>
        <source>The sheet of a workbook, by name or number from 1 (default: the first).</source>
        <translation>Arbetsbokens blad med namn eller nummer från 1 (standard: det första).</translation>
    </message>
    <message>
        <source>Survey &quot;%1&quot; %2: %3 responses, %4 matched to organisations, %5 unmatched, %6 questions.</source>
        <translation>Enkäten &quot;%1&quot; %2: %3 svar, %4 kopplade till föreningar, %5 utan koppling, %6 frågor.</translation>
    </message>
    <message>
        <source>Give the survey&apos;s name and year: --name NAME --year YYYY.</source>
        <translation>Ange enkätens namn och år: --name NAMN --year ÅÅÅÅ.</translation>
    </message>
    <message>
        <source>Writes a survey&apos;s results: per question the count and percentage of each option (numbers: count, mean, median, smallest, largest), as a PDF with bars or as a table (question,option,count,percent).</source>
        <translation>Skriver en enkäts resultat: per fråga antal och procent för varje alternativ (tal: antal, medelvärde, median, minsta, största) som PDF med staplar eller som tabell (question,option,count,percent).</translation>
    </message>
    <message>
        <source>The survey&apos;s name; with its year (&quot;Järjestökysely 2025&quot; or --year) when several surveys have the name.</source>
        <translation>Enkätens namn; med året (&quot;Järjestökysely 2025&quot; eller --year) när flera enkäter har samma namn.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>pdf, csv, csv-excel or xlsx. Default: by OUT&apos;s extension, pdf otherwise.</source>
        <translation>pdf, csv, csv-excel eller xlsx. Standard: enligt filändelsen, annars pdf.</translation>
    </message>
    <message>
        <source>The survey&apos;s year.</source>
        <translation>Enkätens år.</translation>
    </message>
    <message>
        <source>The summary&apos;s language: fi (default), sv or en.</source>
        <translation>Sammanfattningens språk: fi (standard), sv eller en.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, csv, csv-excel or xlsx.</source>
        <translation>Okänt format &quot;%1&quot;: använd pdf, csv, csv-excel eller xlsx.</translation>
    </message>
    <message>
        <source>Unknown --language &quot;%1&quot;: use fi, sv or en.</source>
        <translation>Okänt --language &quot;%1&quot;: använd fi, sv eller en.</translation>
    </message>
    <message>
        <source>Wrote the summary of &quot;%1&quot; (%2 questions) to %3.</source>
        <translation>Sammanfattningen av &quot;%1&quot; (%2 frågor) skrevs till %3.</translation>
    </message>
    <message>
        <source>The register has no surveys.</source>
        <translation>Registret har inga enkäter.</translation>
    </message>
    <message>
        <source>No survey &quot;%1&quot;; the register has: %2.</source>
        <translation>Ingen enkät &quot;%1&quot;; registret har: %2.</translation>
    </message>
    <message>
        <source>Several surveys are called &quot;%1&quot;: give the year (--year).</source>
        <translation>Flera enkäter heter &quot;%1&quot;: ange året (--year).</translation>
    </message>
</context>
<context>
    <name>kartoitus::csv::Reader</name>
    <message>
        <source>The file cannot be read: it is not open.</source>
        <translation>Filen kan inte läsas: den är inte öppen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the quoted field that starts here is never closed; the file ends inside it.</source>
        <translation>Rad %1, kolumn %2: det citerade fältet som börjar här stängs aldrig; filen slutar inuti det.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the field that starts here is longer than %3 characters; this does not look like a CSV file of the register.</source>
        <translation>Rad %1, kolumn %2: fältet som börjar här är längre än %3 tecken; det här ser inte ut som en CSV-fil för registret.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes here are not valid %3. Choose the file&apos;s encoding (for example windows-1252) and try again.</source>
        <translation>Rad %1, kolumn %2: byten här är inte giltig %3. Välj filens teckenkodning (till exempel windows-1252) och försök igen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a NUL byte. This looks like a binary file, not CSV text.</source>
        <translation>Rad %1, kolumn %2: en NUL-byte. Det här ser ut som en binärfil, inte CSV-text.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes here are not valid UTF-8, while other lines of the file are: it mixes two encodings (say, lines pasted from a Windows-1252 file). Save the file again as UTF-8, or fix this line, and try again.</source>
        <translation>Rad %1, kolumn %2: byten här är inte giltig UTF-8, fast filens andra rader är det: filen blandar två teckenkodningar (till exempel rader inklistrade från en Windows-1252-fil). Spara filen på nytt som UTF-8, eller rätta raden, och försök igen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a character here is not valid UTF-16 (half of a surrogate pair); the file is damaged.</source>
        <translation>Rad %1, kolumn %2: ett tecken här är inte giltig UTF-16 (halva surrogatparet); filen är skadad.</translation>
    </message>
</context>
<context>
    <name>kartoitus::csv::Writer</name>
    <message>
        <source>This system cannot write the %1 encoding.</source>
        <translation>Det här systemet kan inte skriva teckenkodningen %1.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Det gick inte att skriva filen: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::exporting::Exporter</name>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; for %2. Columns: %3.</source>
        <translation>Det finns ingen kolumn &quot;%1&quot; för %2. Kolumner: %3.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Registret kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Exporten avbröts.</translation>
    </message>
    <message>
        <source>XLSX is written to a file, not to a stream.</source>
        <translation>XLSX skrivs till en fil, inte till en ström.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>No temporary file for the spreadsheet: %1</source>
        <translation>Ingen temporär fil för kalkylbladet: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space on it, or export to another disk, and try again.</source>
        <translation>Disken där %1 finns är full. Frigör utrymme på den, eller exportera till en annan disk, och försök igen.</translation>
    </message>
    <message>
        <source>The disk holding the temporary folder %1 is full. Free some space on it and try again.</source>
        <translation>Disken där den tillfälliga mappen %1 finns är full. Frigör utrymme på den och försök igen.</translation>
    </message>
    <message>
        <source>Liaison person</source>
        <translation>Kontaktperson för föreningar</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
</context>
<context>
    <name>kartoitus::exporting::XlsxSink</name>
    <message>
        <source>The spreadsheet %1 could not be created.</source>
        <translation>Kalkylbladet %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>Writing the spreadsheet failed: %1</source>
        <translation>Det gick inte att skriva kalkylbladet: %1</translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 rows; export fewer rows or use CSV.</source>
        <translation>Ett kalkylblad rymmer högst %1 rader; exportera färre rader eller använd CSV.</translation>
    </message>
</context>
<context>
    <name>kartoitus::fields::FieldCatalogue</name>
    <message>
        <source>Organisations</source>
        <translation>Föreningar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verksamheter</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Förkortning</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Verksamhetskommuner</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branscher</translation>
    </message>
    <message>
        <source>Primary sector</source>
        <translation>Huvudbransch</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Grundår</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Antal medlemmar</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivilliga</translation>
    </message>
    <message>
        <source>Paid staff</source>
        <translation>Anställda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Health promotion (hyte)</source>
        <translation>Hälsofrämjande</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidtabell</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Cost details</source>
        <translation>Prisuppgifter</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Hur man deltar</translation>
    </message>
    <message>
        <source>Open for referral</source>
        <translation>Öppen för hänvisning</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Publish consent</source>
        <translation>Publiceringstillstånd</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <source>Municipality</source>
        <comment>the list&apos;s column: the home municipality</comment>
        <translation>Hemkommun</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::ActivityWriter</name>
    <message>
        <source>column &quot;%1&quot;: the organisation is missing.</source>
        <translation>kolumn &quot;%1&quot;: föreningen saknas.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the contact person&apos;s email or phone is given without a name.</source>
        <translation>kolumn &quot;%1&quot;: kontaktpersonens e-post eller telefon anges utan namn.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::CellParser</name>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>kolumn &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID that this program writes.</source>
        <translation>&quot;%1&quot; är inte ett id som det här programmet skriver.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a municipality of Finland (write its name or code).</source>
        <translation>&quot;%1&quot; är inte en kommun i Finland (skriv dess namn eller kod).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of %2.</source>
        <translation>&quot;%1&quot; finns inte i listan över %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values of %2.</source>
        <translation>&quot;%1&quot; är inte ett av värdena för %2.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Menade du ”%1”?</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>&quot;%1&quot; är inte ett fält för %2.</translation>
    </message>
    <message>
        <source>No column gives the field &quot;%1&quot;; map one of the columns to it.</source>
        <translation>Ingen kolumn ger fältet &quot;%1&quot;; koppla en av kolumnerna till det.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::EntityWriter</name>
    <message>
        <source>column &quot;%1&quot;: the name is missing.</source>
        <translation>kolumn &quot;%1&quot;: namnet saknas.</translation>
    </message>
    <message>
        <source>several records in the register are called &quot;%1&quot;; add an ID column to say which one.</source>
        <translation>flera poster i registret heter &quot;%1&quot;; lägg till en id-kolumn som anger vilken.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::Importer</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>Filen har en rubrikrad men inga rader att importera.</translation>
    </message>
    <message>
        <source>line %1: the register refused the row: %2</source>
        <translation>rad %1: registret avvisade raden: %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Filen är tom: den har ingen rubrikrad.</translation>
    </message>
    <message>
        <source>the row has 1 column but the header has %1.</source>
        <translation>raden har 1 kolumn men rubrikraden har %1.</translation>
    </message>
    <message>
        <source>the row has %1 columns but the header has %2.</source>
        <translation>raden har %1 kolumner men rubrikraden har %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::OrganisationResolver</name>
    <message>
        <source>column &quot;%1&quot;: no organisation &quot;%2&quot; in the register.</source>
        <translation>kolumn &quot;%1&quot;: ingen förening &quot;%2&quot; i registret.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: several organisations are called &quot;%2&quot;; write its business ID instead.</source>
        <translation>kolumn &quot;%1&quot;: flera föreningar heter &quot;%2&quot;; skriv dess FO-nummer i stället.</translation>
    </message>
</context>
<context>
    <name>kartoitus::importing::RejectWriter</name>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::HealthStationList</name>
    <message>
        <source>Online</source>
        <translation>På nätet</translation>
    </message>
    <message>
        <source>On site and online</source>
        <translation>På plats och på nätet</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Avgiftsfri</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Avgiftsbelagd</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Sami</source>
        <translation>samiska</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ryska</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estniska</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabiska</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somaliska</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainska</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persiska</translation>
    </message>
    <message>
        <source>Finnish Sign Language</source>
        <translation>finländskt teckenspråk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Hur man deltar</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>The oldest entry was last checked on %1.</source>
        <translation>Den äldsta uppgiften kontrollerades senast %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the entries have not been checked yet.</source>
        <translation>
            <numerusform>%n av uppgifterna har ännu inte kontrollerats.</numerusform>
            <numerusform>%n av uppgifterna har ännu inte kontrollerats.</numerusform>
        </translation>
    </message>
    <message>
        <source>A contact person is named only with their consent to publication; otherwise the organisation&apos;s own contact details are given.</source>
        <translation>En kontaktperson nämns bara med sitt publiceringstillstånd; annars ges föreningens egna kontaktuppgifter.</translation>
    </message>
    <message>
        <source>Times and places may change: check with the organisation before you go.</source>
        <translation>Tider och platser kan ändras: kontrollera med föreningen innan du går.</translation>
    </message>
    <message>
        <source>Activities near you</source>
        <translation>Föreningarnas verksamhet nära dig</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>No activity matches these choices.</source>
        <translation>Ingen verksamhet motsvarar dessa val.</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Övrig verksamhet</translation>
    </message>
    <message>
        <source>Municipality not given</source>
        <translation>Kommun inte angiven</translation>
    </message>
    <message numerus="yes">
        <source>%n activities.</source>
        <translation>
            <numerusform>%n verksamhet.</numerusform>
            <numerusform>%n verksamheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Municipalities: %1</source>
        <translation>Kommuner: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Teman: %1</translation>
    </message>
    <message>
        <source>Target groups: %1</source>
        <translation>Målgrupper: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Branscher: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Organisations found by: %1</source>
        <translation>Föreningar som hittas med: %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>avgiftsfri</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>tillgänglig</translation>
    </message>
    <message>
        <source>open for referral</source>
        <translation>öppen för hänvisning</translation>
    </message>
    <message>
        <source>health-promoting</source>
        <translation>hälsofrämjande</translation>
    </message>
    <message>
        <source>Only activities that are: %1</source>
        <translation>Avgränsningar: %1</translation>
    </message>
    <message>
        <source>Grouped by theme, by name within a theme.</source>
        <translation>Grupperad efter tema, inom ett tema efter namn.</translation>
    </message>
    <message>
        <source>Grouped by municipality, by name within a municipality.</source>
        <translation>Grupperad efter kommun, inom en kommun efter namn.</translation>
    </message>
    <message>
        <source>The saved list cannot be read: &quot;%1&quot; is not valid.</source>
        <translation>Den sparade listan kan inte läsas: &quot;%1&quot; är inte giltigt.</translation>
    </message>
    <message>
        <source>Only activities that are not: %1</source>
        <translation>Andra än: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::NetworkRosters</name>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>member</source>
        <translation>medlem</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>ersättare</translation>
    </message>
    <message>
        <source>term not given</source>
        <translation>mandatperiod saknas</translation>
    </message>
    <message>
        <source>Contains personal data: for internal use only, do not publish or pass on.</source>
        <translation>Innehåller personuppgifter: endast för internt bruk, får inte publiceras eller lämnas vidare.</translation>
    </message>
    <message>
        <source>As on %1</source>
        <translation>Läget %1</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Koordinator: %1</translation>
    </message>
    <message>
        <source>No representative at the partnership table on this day.</source>
        <translation>Ingen representant vid partnerskapsbordet denna dag.</translation>
    </message>
    <message>
        <source>Representatives at the partnership table:</source>
        <translation>Representanter vid partnerskapsbordet:</translation>
    </message>
    <message>
        <source>Roster of the sector network</source>
        <translation>Branschnätverkets medlemsförteckning</translation>
    </message>
    <message>
        <source>Rosters of the sector networks</source>
        <translation>Branschnätverkens medlemsförteckningar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Anslöt</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message numerus="yes">
        <source>%n member organisations.</source>
        <translation>
            <numerusform>%n medlemsförening.</numerusform>
            <numerusform>%n medlemsföreningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register has no such network.</source>
        <translation>Registret har inget sådant nätverk.</translation>
    </message>
    <message>
        <source>Coordinating organisations are highlighted.</source>
        <translation>Koordinerande föreningar är markerade.</translation>
    </message>
    <message>
        <source>Partnership table</source>
        <translation>Partnerskapsbordet</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representant</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Mandatperiod börjar</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Mandatperiod slutar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>No representative on this day.</source>
        <translation>Ingen representant denna dag.</translation>
    </message>
    <message numerus="yes">
        <source>Term ends in %n days</source>
        <translation>
            <numerusform>Mandatperioden slutar om %n dag</numerusform>
            <numerusform>Mandatperioden slutar om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n representatives serving on this day.</source>
        <translation>
            <numerusform>%n representant i uppdraget denna dag.</numerusform>
            <numerusform>%n representanter i uppdraget denna dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terms end within 90 days: highlighted.</source>
        <translation>
            <numerusform>%n mandatperiod slutar inom 90 dagar: markerad.</numerusform>
            <numerusform>%n mandatperioder slutar inom 90 dagar: markerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipal liaison persons for organisations</source>
        <translation>Kommunernas kontaktpersoner för föreningar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <source>No liaison person</source>
        <translation>Ingen kontaktperson</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities of the region.</source>
        <translation>
            <numerusform>%n kommun i landskapet.</numerusform>
            <numerusform>%n kommuner i landskapet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every municipality has a liaison person.</source>
        <translation>Varje kommun har en kontaktperson.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a liaison person (highlighted): %1</source>
        <translation>
            <numerusform>%n utan kontaktperson (markerad): %1</numerusform>
            <numerusform>%n utan kontaktperson (markerade): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::ReportFile</name>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, csv, csv-excel or xlsx.</source>
        <translation>Okänt format &quot;%1&quot;: använd pdf, csv, csv-excel eller xlsx.</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::ReportRenderer</name>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>Produced %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>sida %1 / %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn.</source>
        <translation>PDF-filen kunde inte ritas.</translation>
    </message>
</context>
<context>
    <name>kartoitus::reports::ReportTable</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::CsvRowSource</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::OdsReader</name>
    <message>
        <source>The file cannot be read as a spreadsheet: %1.</source>
        <translation>Filen kan inte läsas som ett kalkylark: %1.</translation>
    </message>
    <message>
        <source>The file cannot be read as an OpenDocument spreadsheet: %1.</source>
        <translation>Filen kan inte läsas som ett OpenDocument-kalkylark: %1.</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>texten är längre än %1 tecken</translation>
    </message>
    <message>
        <source>the row is wider than %1 columns</source>
        <translation>raden är bredare än %1 kolumner</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4.</source>
        <translation>Bladet ”%1”, rad %2, kolumn %3: %4.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::RowSource</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Arbetsboken har inga blad.</translation>
    </message>
    <message>
        <source>There is no sheet “%1”: the workbook has %2.</source>
        <translation>Det finns inget blad ”%1”: arbetsboken har %2.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::SharedStrings</name>
    <message>
        <source>the shared strings are larger than 4 GiB</source>
        <translation>de delade strängarna är större än 4 GiB</translation>
    </message>
    <message>
        <source>a temporary file for the shared strings cannot be made (%1)</source>
        <translation>en tillfällig fil för de delade strängarna kan inte skapas (%1)</translation>
    </message>
    <message>
        <source>the shared strings cannot be written to a temporary file (%1)</source>
        <translation>de delade strängarna kan inte skrivas till en tillfällig fil (%1)</translation>
    </message>
    <message>
        <source>the shared strings cannot be read back from a temporary file (%1)</source>
        <translation>de delade strängarna kan inte läsas tillbaka från en tillfällig fil (%1)</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::SheetXmlScanner</name>
    <message>
        <source>the sheet&apos;s part of the file cannot be read</source>
        <translation>bladets del av filen kan inte läsas</translation>
    </message>
    <message>
        <source>the sheet is written in UTF-16; only sheets in UTF-8 are read (save the workbook again in Excel or LibreOffice)</source>
        <translation>bladet är skrivet i UTF-16; endast blad i UTF-8 läses (spara arbetsboken på nytt i Excel eller LibreOffice)</translation>
    </message>
    <message>
        <source>the sheet ends inside a tag</source>
        <translation>bladet slutar mitt i en tagg</translation>
    </message>
    <message>
        <source>the sheet declares a document type (DOCTYPE), which a workbook&apos;s sheet never has; it is not read</source>
        <translation>bladet deklarerar en dokumenttyp (DOCTYPE), som en arbetsboks blad aldrig har; det läses inte</translation>
    </message>
    <message>
        <source>the XML declaration is not written as XML writes it</source>
        <translation>XML-deklarationen är inte skriven som XML skriver den</translation>
    </message>
    <message>
        <source>“%1” is no tag, comment or CDATA section</source>
        <translation>”%1” är ingen tagg, kommentar eller CDATA-sektion</translation>
    </message>
    <message>
        <source>the sheet is written in %1; only sheets in UTF-8 are read (save the workbook again in Excel or LibreOffice)</source>
        <translation>bladet är skrivet i %1; endast blad i UTF-8 läses (spara arbetsboken på nytt i Excel eller LibreOffice)</translation>
    </message>
    <message>
        <source>the sheet ends inside a comment or a CDATA section</source>
        <translation>bladet slutar mitt i en kommentar eller CDATA-sektion</translation>
    </message>
    <message>
        <source>a tag holds “&lt;”: “%1”</source>
        <translation>en tagg innehåller ”&lt;”: ”%1”</translation>
    </message>
    <message>
        <source>a tag is longer than %1 bytes</source>
        <translation>en tagg är längre än %1 byte</translation>
    </message>
    <message>
        <source>the tag “&lt;%1&gt;” is not written as XML writes tags</source>
        <translation>taggen ”&lt;%1&gt;” är inte skriven som XML skriver taggar</translation>
    </message>
    <message>
        <source>the tag “&lt;%1&gt;” has the attribute “%2” twice</source>
        <translation>taggen ”&lt;%1&gt;” har attributet ”%2” två gånger</translation>
    </message>
    <message>
        <source>the tag “&lt;/%1&gt;” is not written as XML writes tags</source>
        <translation>taggen ”&lt;/%1&gt;” är inte skriven som XML skriver taggar</translation>
    </message>
    <message>
        <source>the end tag “&lt;/%1&gt;” closes no element</source>
        <translation>sluttaggen ”&lt;/%1&gt;” stänger inget element</translation>
    </message>
    <message>
        <source>the end tag “&lt;/%1&gt;” does not close “&lt;%2&gt;”</source>
        <translation>sluttaggen ”&lt;/%1&gt;” stänger inte ”&lt;%2&gt;”</translation>
    </message>
    <message>
        <source>an “&amp;” in an attribute starts no entity</source>
        <translation>ett ”&amp;” i ett attribut inleder ingen entitet</translation>
    </message>
    <message>
        <source>an “&amp;” in the text starts no entity</source>
        <translation>ett ”&amp;” i texten inleder ingen entitet</translation>
    </message>
    <message>
        <source>the sheet ends inside a cell</source>
        <translation>bladet slutar mitt i en cell</translation>
    </message>
    <message>
        <source>the character reference “&amp;%1;” is not a character XML allows</source>
        <translation>teckenreferensen ”&amp;%1;” är inte ett tecken som XML tillåter</translation>
    </message>
    <message>
        <source>the entity “&amp;%1;” is not one XML defines</source>
        <translation>entiteten ”&amp;%1;” är inte en som XML definierar</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>texten är längre än %1 tecken</translation>
    </message>
    <message>
        <source>the text holds a control character (U+%1) that XML does not allow</source>
        <translation>texten innehåller ett styrtecken (U+%1) som XML inte tillåter</translation>
    </message>
    <message>
        <source>the sheet ends before its elements are closed</source>
        <translation>bladet slutar innan dess element har stängts</translation>
    </message>
    <message>
        <source>the row has the attribute “r” twice</source>
        <translation>raden har attributet ”r” två gånger</translation>
    </message>
    <message>
        <source>the sheet ends inside a row</source>
        <translation>bladet slutar mitt i en rad</translation>
    </message>
    <message>
        <source>the row holds an element “%1”, which is not read</source>
        <translation>raden innehåller elementet ”%1”, som inte läses</translation>
    </message>
    <message>
        <source>the cell has the attribute “%1” twice</source>
        <translation>cellen har attributet ”%1” två gånger</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not a column of a sheet (A to XFD)</source>
        <translation>cellreferensen ”%1” är inte en kolumn i ett blad (A–XFD)</translation>
    </message>
    <message>
        <source>the cell type “%1” is not one a sheet has</source>
        <translation>celltypen ”%1” är ingen som ett blad har</translation>
    </message>
    <message>
        <source>the cell style “%1” is not a number</source>
        <translation>cellformatet ”%1” är inte ett nummer</translation>
    </message>
    <message>
        <source>the cell has more than one value</source>
        <translation>cellen har mer än ett värde</translation>
    </message>
    <message>
        <source>the cell holds an element “%1”, which is not read</source>
        <translation>cellen innehåller elementet ”%1”, som inte läses</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>texten är inte giltig UTF-8</translation>
    </message>
    <message>
        <source>the element “%1” holds an element “%2”; it holds text only</source>
        <translation>elementet ”%1” innehåller elementet ”%2”; det får bara innehålla text</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::XlsReader</name>
    <message>
        <source>The file is an old Excel workbook (.xls) that cannot be read, or a workbook protected by a password. Open it in Excel or LibreOffice, save it as .xlsx (without a password) and import that.</source>
        <translation>Filen är en gammal Excel-arbetsbok (.xls) som inte kan läsas, eller en arbetsbok skyddad med lösenord. Öppna den i Excel eller LibreOffice, spara den som .xlsx (utan lösenord) och importera den.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: the cell cannot be read.</source>
        <translation>Bladet ”%1”, rad %2, kolumn %3: cellen kan inte läsas.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::XlsxReader</name>
    <message>
        <source>The file cannot be read as a spreadsheet: %1.</source>
        <translation>Filen kan inte läsas som ett kalkylark: %1.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook: %1.</source>
        <translation>Filen kan inte läsas som en Excel-arbetsbok: %1.</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read: %2.</source>
        <translation>Bladet ”%1” kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>Sheet “%1”: a row is numbered %2; a sheet has rows 1 to %3.</source>
        <translation>Bladet ”%1”: en rad har numret %2; ett blad har raderna 1–%3.</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>texten är längre än %1 tecken</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, but the workbook has %2; the file is damaged</source>
        <translation>cellen hänvisar till den delade strängen %1, men arbetsboken har %2; filen är skadad</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 (%4): %5.</source>
        <translation>Bladet ”%1”, rad %2, kolumn %3 (%4): %5.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: %3.</source>
        <translation>Bladet ”%1”, rad %2: %3.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: the sheet cannot be read; the file is damaged (%3).</source>
        <translation>Bladet ”%1”, rad %2: bladet kan inte läsas; filen är skadad (%3).</translation>
    </message>
    <message>
        <source>Sheet “%1”: %2.</source>
        <translation>Bladet ”%1”: %2.</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::XlsxWorkbook</name>
    <message>
        <source>its relationships cannot be read (%1)</source>
        <translation>dess relationer kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>its list of sheets cannot be read (%1)</source>
        <translation>dess lista över blad kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>arbetsboken har inga blad</translation>
    </message>
    <message>
        <source>its cell styles cannot be read (%1)</source>
        <translation>dess cellformat kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>shared string %1 is longer than %2 characters</source>
        <translation>den delade strängen %1 är längre än %2 tecken</translation>
    </message>
    <message>
        <source>its shared strings cannot be read (%1)</source>
        <translation>dess delade strängar kan inte läsas (%1)</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::ZipArchive</name>
    <message>
        <source>the entry unpacks to more than its stated size</source>
        <translation>delen packas upp till mer än sin angivna storlek</translation>
    </message>
    <message>
        <source>it is not a readable zip archive (%1)</source>
        <translation>den är inte ett läsbart zip-arkiv (%1)</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>delen %1 saknas</translation>
    </message>
    <message>
        <source>the part %1 cannot be read</source>
        <translation>delen %1 kan inte läsas</translation>
    </message>
    <message>
        <source>the part %1 would unpack from %2 KB to %3 MB; this looks like a zip bomb, not a spreadsheet</source>
        <translation>delen %1 skulle packas upp från %2 kB till %3 MB; det ser ut som en zip-bomb, inte ett kalkylark</translation>
    </message>
    <message>
        <source>the part %1 cannot be read (%2)</source>
        <translation>delen %1 kan inte läsas (%2)</translation>
    </message>
</context>
<context>
    <name>kartoitus::spreadsheet::ZippedSheetReader</name>
    <message>
        <source>Sheet “%1”, row %2: the sheet cannot be read; the file is damaged (%3).</source>
        <translation>Bladet ”%1”, rad %2: bladet kan inte läsas; filen är skadad (%3).</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::AnswerApplier</name>
    <message>
        <source>The answers to &quot;%1&quot; cannot fill %2.</source>
        <translation>Svaren på &quot;%1&quot; kan inte fylla i %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of people.</source>
        <translation>&quot;%1&quot; är inte ett helt antal personer.</translation>
    </message>
    <message>
        <source>The register has no sector &quot;%1&quot;.</source>
        <translation>Registret har inget verksamhetsområde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No municipality is called &quot;%1&quot;.</source>
        <translation>Ingen kommun heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The register cannot be written.</source>
        <translation>Det går inte att skriva i registret.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0.</source>
        <translation>&quot;%1&quot; är inte ett heltal från 0.</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::QuestionTypes</name>
    <message>
        <source>Single choice</source>
        <translation>Ett val</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Flerval</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritext</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>%1: filen är tom; en enkätfil har en rubrikrad med frågorna.</translation>
    </message>
    <message>
        <source>%1: the file has a header row but no responses.</source>
        <translation>%1: filen har en rubrikrad men inga svar.</translation>
    </message>
    <message>
        <source>The register already has the survey &quot;%1&quot; of %2; give another name or year, or remove that survey first.</source>
        <translation>Registret har redan enkäten &quot;%1&quot; från %2; ange ett annat namn eller år, eller ta först bort den enkäten.</translation>
    </message>
    <message>
        <source>The register cannot be written.</source>
        <translation>Det går inte att skriva i registret.</translation>
    </message>
    <message>
        <source>Line %1, &quot;%2&quot;: %3 The cell is kept in the raw row.</source>
        <translation>Rad %1, &quot;%2&quot;: %3 Cellen sparas i den ursprungliga raden.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; inget skrevs.</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::SurveyResults</name>
    <message>
        <source>(not matched to an organisation)</source>
        <translation>(inte kopplad till en förening)</translation>
    </message>
</context>
<context>
    <name>kartoitus::survey::SurveySummary</name>
    <message numerus="yes">
        <source>Survey results: %n responses</source>
        <translation>
            <numerusform>Enkätens resultat: %n svar</numerusform>
            <numerusform>Enkätens resultat: %n svar</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected with %1</source>
        <translation>Insamlad med %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Answered: %1 of %2 (%3)</source>
        <translation>Svarande: %1 av %2 (%3)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Minsta</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Största</translation>
    </message>
    <message>
        <source>Mean %1, median %2</source>
        <translation>Medelvärde %1, median %2</translation>
    </message>
    <message>
        <source>Percentages are of the responses that answered the question; in a multiple choice they add up to more than 100.</source>
        <translation>Procenten är räknade på dem som svarade på frågan; i flervalsfrågor blir summan över 100.</translation>
    </message>
    <message>
        <source>The survey has no questions.</source>
        <translation>Enkäten har inga frågor.</translation>
    </message>
</context>
</TS>
