<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KGS ROPA</source>
        <translation>Over KGS ROPA</translation>
    </message>
    <message>
        <source>The record of processing activities (Art. 30 GDPR).</source>
        <translation>Het register van verwerkingsactiviteiten (art. 30 AVG).</translation>
    </message>
    <message>
        <source>KGS ROPA includes third-party software, each under its own licence. Their notices and licence texts follow, with how to replace the Qt libraries.</source>
        <translation>KGS ROPA bevat software van derden, elk onder een eigen licentie. Hieronder staan hun vermeldingen en licentieteksten (in het Engels), met hoe u de Qt-bibliotheken vervangt.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Vermeldingen van derden</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>%1 is located in %2, outside the EEA. Add a transfer to %2 for it (Art. 30(1)(e) GDPR)?</source>
        <translation>%1 is gevestigd in %2, buiten de EER. Een doorgifte naar %2 toevoegen voor deze partij (art. 30 lid 1 sub e AVG)?</translation>
    </message>
    <message>
        <source>No findings: nothing to complete.</source>
        <translation>Geen bevindingen: er ontbreekt niets.</translation>
    </message>
    <message>
        <source>Not saved: %1. Correct it and save again.</source>
        <translation>Niet opgeslagen: %1. Verbeter dit en sla opnieuw op.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe verwerking</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the activity (Ctrl+S)</source>
        <translation>De verwerking opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>De editor sluiten</translation>
    </message>
    <message>
        <source>Note on this change (optional)</source>
        <translation>Toelichting bij deze wijziging (optioneel)</translation>
    </message>
    <message>
        <source>Note on this change</source>
        <translation>Toelichting bij deze wijziging</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Sections of the activity</source>
        <translation>Onderdelen van de verwerking</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
</context>
<context>
    <name>AnswerField</name>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This register was made by a newer version of KGS ROPA. Install the newer version to open it; the database was not changed.

%1</source>
        <translation>Dit register is gemaakt met een nieuwere versie van KGS ROPA. Installeer die nieuwere versie om het te openen; de database is niet gewijzigd.

%1</translation>
    </message>
    <message>
        <source>This register is on a network share, where SQLite cannot reliably stop two people from writing at once and a second user can damage the file. Keep the register on a local disk, or use a PostgreSQL database for a team (see the guide).</source>
        <translation>Dit register staat op een netwerkschijf. Daar kan SQLite niet betrouwbaar voorkomen dat twee mensen tegelijk schrijven, en een tweede gebruiker kan het bestand beschadigen. Bewaar het register op een lokale schijf, of gebruik voor een team een PostgreSQL-database (zie de handleiding).</translation>
    </message>
    <message>
        <source>The register could not be opened: %1

Check the path or URL given with --db or KGS_ROPA_DB, and that the file is not on a disconnected drive.</source>
        <translation>Het register kon niet worden geopend: %1

Controleer het pad of de URL bij --db of KGS_ROPA_DB, en of het bestand niet op een losgekoppelde schijf staat.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Back-up &amp;maken…</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups kept…</source>
        <translation>&amp;Automatische back-ups bewaard…</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatische back-ups bewaard</translation>
    </message>
    <message>
        <source>How many automatic backups of each kind (daily, before an import, at a review close, before an upgrade) to keep; older ones are removed:</source>
        <translation>Hoeveel automatische back-ups van elke soort (dagelijks, vóór een import, bij het afsluiten van een controle, vóór een upgrade) bewaard blijven; oudere worden verwijderd:</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Back-up van het register maken</translation>
    </message>
    <message>
        <source>Register (*.sqlite)</source>
        <translation>Register (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>The whole register (with its history) is in %1</source>
        <translation>Het hele register (met de geschiedenis) staat in %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Replace the register by the backup %1? The register as it is now is kept in the backups folder first.</source>
        <translation>Het register vervangen door de back-up %1? Het register zoals het nu is, wordt eerst in de back-upmap bewaard.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>%n activities refer to it and will lose the reference.</source>
        <translation>
            <numerusform>%n verwerking verwijst ernaar en verliest de verwijzing.</numerusform>
            <numerusform>%n verwerkingen verwijzen ernaar en verliezen de verwijzing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry in the list first.</source>
        <translation>Kies eerst een regel in de lijst.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>In de lijst zoeken</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Which activities?</source>
        <translation>Welke verwerkingen?</translation>
    </message>
    <message>
        <source>Which activities involve the selected entry?</source>
        <translation>Bij welke verwerkingen hoort de gekozen regel?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Nothing in this list matches the search. Clear the search to see all.</source>
        <translation>Niets in deze lijst komt overeen met de zoekopdracht. Wis de zoekopdracht om alles te zien.</translation>
    </message>
    <message>
        <source>This list is empty. Add the first entry with New…; the activities can then refer to it.</source>
        <translation>Deze lijst is leeg. Voeg de eerste toe met Nieuw…; de verwerkingen kunnen er dan naar verwijzen.</translation>
    </message>
</context>
<context>
    <name>CategoryUses</name>
    <message>
        <source>Art. 9(2) condition for %1</source>
        <translation>Uitzonderingsgrond art. 9 lid 2 voor %1</translation>
    </message>
</context>
<context>
    <name>ChangeDetail</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Fields before and after the change</source>
        <translation>Velden voor en na de wijziging</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Field (checked: keep mine)</source>
        <translation>Veld (aangevinkt: mijn versie houden)</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Opgeslagen versie</translation>
    </message>
    <message>
        <source>Choose per field</source>
        <translation>Per veld kiezen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>Not saved: %1 was saved by %2 at %3 after you opened it. Your changes are still here.</source>
        <translation>Niet opgeslagen: %1 is door %2 opgeslagen op %3, nadat u het opende. Uw wijzigingen staan er nog.</translation>
    </message>
    <message>
        <source>KGS ROPA</source>
        <translation>KGS ROPA</translation>
    </message>
    <message>
        <source>Reload the saved version</source>
        <translation>Opgeslagen versie opnieuw laden</translation>
    </message>
    <message>
        <source>Compare and choose…</source>
        <translation>Vergelijken en kiezen…</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>EEA</source>
        <translation>EER</translation>
    </message>
    <message>
        <source>third country, no adequacy decision</source>
        <translation>derde land, geen adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>partial adequacy decision</source>
        <translation>gedeeltelijk adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation>adequaatheidsbesluit</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>KGS ROPA: unexpected error</source>
        <translation>KGS ROPA: onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that KGS ROPA did not expect. Your saved work is safe: every change is saved in one step. Please send the text below (also in %1) to your support contact, then continue or restart the app.</source>
        <translation>Er ging iets mis dat KGS ROPA niet verwachtte. Uw opgeslagen werk is veilig: elke wijziging wordt in één stap opgeslagen. Stuur de tekst hieronder (ook te vinden in %1) naar uw contactpersoon voor ondersteuning en ga daarna verder of start de app opnieuw.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>(country not given)</source>
        <translation>(land niet opgegeven)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Open fouten</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Open waarschuwingen</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Controles te laat</translation>
    </message>
    <message>
        <source>Reviews due in 30 days</source>
        <translation>Controles binnen 30 dagen</translation>
    </message>
    <message>
        <source>No review planned</source>
        <translation>Geen controle gepland</translation>
    </message>
    <message>
        <source>Activities by status</source>
        <translation>Verwerkingen per status</translation>
    </message>
    <message>
        <source>Activities in use (not retired) by lawful basis</source>
        <translation>Verwerkingen in gebruik (niet beëindigd) per grondslag</translation>
    </message>
    <message>
        <source>Activities by third country (transfers, processors, systems)</source>
        <translation>Verwerkingen per derde land (doorgiften, verwerkers, systemen)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not a valid date: %1. Type it as YYYY-MM-DD.</source>
        <translation>Geen geldige datum: %1. Typ de datum als DD-MM-JJJJ.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty when there is no date</source>
        <translation>DD-MM-JJJJ; leeg als er geen datum is</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Kiezen uit een kalender</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date. Type it as YYYY-MM-DD.</source>
        <translation>%1: &quot;%2&quot; is geen geldige datum. Typ de datum als DD-MM-JJJJ.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>(a) Controller</source>
        <translation>(a) Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>(b) Purposes and lawful bases</source>
        <translation>(b) Doeleinden en grondslagen</translation>
    </message>
    <message>
        <source>(c) Data subjects</source>
        <translation>(c) Betrokkenen</translation>
    </message>
    <message>
        <source>(c) Personal data</source>
        <translation>(c) Persoonsgegevens</translation>
    </message>
    <message>
        <source>(d) Recipients and processors</source>
        <translation>(d) Ontvangers en verwerkers</translation>
    </message>
    <message>
        <source>(e) Transfers</source>
        <translation>(e) Doorgiften</translation>
    </message>
    <message>
        <source>(f) Retention</source>
        <translation>(f) Bewaartermijnen</translation>
    </message>
    <message>
        <source>(g) Security</source>
        <translation>(g) Beveiliging</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare register versions</source>
        <translation>Versies van het register vergelijken</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Older version (A)</source>
        <translation>Oudere versie (A)</translation>
    </message>
    <message>
        <source>Newer version (B)</source>
        <translation>Nieuwere versie (B)</translation>
    </message>
    <message>
        <source>Date of A</source>
        <translation>Datum van A</translation>
    </message>
    <message>
        <source>Date of B</source>
        <translation>Datum van B</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>The register at the end of a date</source>
        <translation>Het register aan het eind van een datum</translation>
    </message>
    <message>
        <source>The register now</source>
        <translation>Het register nu</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>Er is geen momentopname %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 no longer matches its fingerprint: it was changed outside the app.</source>
        <translation>Momentopname %1 klopt niet meer met zijn vingerafdruk: hij is buiten de app gewijzigd.</translation>
    </message>
    <message>
        <source>There is no snapshot of %1 or before. Take one with Review &gt; Take a snapshot now; closing a review takes one too.</source>
        <translation>Er is geen momentopname van %1 of eerder. Maak er een met Controle &gt; Nu een momentopname maken; het afsluiten van een review maakt er ook een.</translation>
    </message>
    <message>
        <source>The register of %1 cannot be rebuilt from the change history, and there is no snapshot of that day or before.</source>
        <translation>Het register van %1 kan niet uit de wijzigingshistorie worden opgebouwd, en er is geen momentopname van die dag of eerder.</translation>
    </message>
    <message>
        <source>Nothing was recorded on or before %1: the register did not exist yet. Choose a later date.</source>
        <translation>Op of vóór %1 is niets vastgelegd: toen bestond het register nog niet. Kies een latere datum.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 toegevoegd, %2 verwijderd, %3 gewijzigd</translation>
    </message>
    <message>
        <source>No differences: the two versions hold the same register.</source>
        <translation>Geen verschillen: de twee versies bevatten hetzelfde register.</translation>
    </message>
    <message>
        <source>Choose the two versions above, then Compare.</source>
        <translation>Kies hierboven de twee versies en klik op Vergelijken.</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before (A)</source>
        <translation>Voor (A)</translation>
    </message>
    <message>
        <source>After (B)</source>
        <translation>Na (B)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>het bestand bestaat al</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>het bestand is in gebruik</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <source>the file is open in another program</source>
        <translation>het bestand is geopend in een ander programma</translation>
    </message>
    <message>
        <source>%1 is open in another program (Excel?): close the file in Excel and try again. The old file is unchanged; the new one is kept as %2.</source>
        <translation>%1 is geopend in een ander programma (Excel?): sluit het bestand in Excel en probeer het opnieuw. Het oude bestand is ongewijzigd; het nieuwe is bewaard als %2.</translation>
    </message>
    <message>
        <source>the register is in use by another program or user</source>
        <translation>het register is in gebruik door een ander programma of een andere gebruiker</translation>
    </message>
    <message>
        <source>Nothing was changed; try again in a moment.</source>
        <translation>Er is niets gewijzigd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>the register is read-only here</source>
        <translation>het register is hier alleen-lezen</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask for write access, or open a writable copy.</source>
        <translation>Er is niets gewijzigd. Vraag schrijfrechten aan, of open een beschrijfbare kopie.</translation>
    </message>
    <message>
        <source>Nothing was changed. Make room and try again.</source>
        <translation>Er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>the file is not a database or is damaged</source>
        <translation>het bestand is geen database of is beschadigd</translation>
    </message>
    <message>
        <source>The file was not changed. Restore the latest good backup.</source>
        <translation>Het bestand is niet gewijzigd. Zet de laatste goede back-up terug.</translation>
    </message>
    <message>
        <source>the register is incomplete: a table is missing</source>
        <translation>het register is onvolledig: er ontbreekt een tabel</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the drive or network connection.</source>
        <translation>Er is niets gewijzigd. Controleer de schijf of de netwerkverbinding.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may read and write it.</source>
        <translation>Controleer of de map bestaat en of u er mag lezen en schrijven.</translation>
    </message>
    <message>
        <source>no connection to the database server</source>
        <translation>geen verbinding met de databaseserver</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the network, the server and the URL.</source>
        <translation>Er is niets gewijzigd. Controleer het netwerk, de server en de URL.</translation>
    </message>
    <message>
        <source>the database server refused the login</source>
        <translation>de databaseserver weigerde de aanmelding</translation>
    </message>
    <message>
        <source>Check the user name and password.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord.</translation>
    </message>
    <message>
        <source>this database login may not do that</source>
        <translation>deze databasegebruiker mag dat niet</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the database administrator for the rights.</source>
        <translation>Er is niets gewijzigd. Vraag de databasebeheerder om de rechten.</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>het databasebestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>de schijf kon niet worden gelezen of beschreven</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>blad %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <source>The code %1 is already in use; choose another.</source>
        <translation>De code %1 is al in gebruik; kies een andere.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation>Geen datum (JJJJ-MM-DD): %1</translation>
    </message>
    <message>
        <source>%1: unknown value %2</source>
        <translation>%1: onbekende waarde %2</translation>
    </message>
    <message>
        <source>This entry no longer exists; refresh the list (F5).</source>
        <translation>Deze regel bestaat niet meer; vernieuw de lijst (F5).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document (for the supervisory authority)</source>
        <translation>PDF-document (voor de toezichthouder)</translation>
    </message>
    <message>
        <source>Excel workbook (for the supervisory authority)</source>
        <translation>Excel-werkmap (voor de toezichthouder)</translation>
    </message>
    <message>
        <source>Excel workbook, editable (whole register with notes, for import)</source>
        <translation>Excel-werkmap, bewerkbaar (hele register met opmerkingen, om in te lezen)</translation>
    </message>
    <message>
        <source>Add the open check findings (for internal use)</source>
        <translation>Open bevindingen van de controles toevoegen (voor intern gebruik)</translation>
    </message>
    <message>
        <source>All activities (%1)</source>
        <translation>Alle verwerkingen (%1)</translation>
    </message>
    <message>
        <source>The activities shown (%1)</source>
        <translation>De getoonde verwerkingen (%1)</translation>
    </message>
    <message>
        <source>The selected activities (%1)</source>
        <translation>De geselecteerde verwerkingen (%1)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Het bestand openen</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Het register exporteren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>De map %1 bestaat niet; kies een andere.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>The export failed: %1. Check that the file is not open in another program and that the folder is writable, then try again.</source>
        <translation>Het exporteren is mislukt: %1. Controleer of het bestand niet in een ander programma open staat en of u in de map mag schrijven, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Art. 30(1)(a) GDPR: who decides why and how the data are processed (the controller), with any joint controller, representative and data protection officer. Their contact details are kept on the Organisation page.</source>
        <translation>Art. 30 lid 1 sub a AVG: wie bepaalt waarom en hoe de gegevens worden verwerkt (de verwerkingsverantwoordelijke), met een eventuele gezamenlijk verwerkingsverantwoordelijke, vertegenwoordiger en functionaris gegevensbescherming. Hun contactgegevens staan op de pagina Organisatie.</translation>
    </message>
    <message>
        <source>Art. 30(1)(b) GDPR: why the data are processed. Give each purpose its lawful basis (Art. 6); for legitimate interests, record the interest and the balancing test.</source>
        <translation>Art. 30 lid 1 sub b AVG: waarom de gegevens worden verwerkt. Geef elk doel zijn grondslag (art. 6); leg bij gerechtvaardigd belang het belang en de belangenafweging vast.</translation>
    </message>
    <message>
        <source>Art. 30(1)(c) GDPR: whose data (customers, employees, visitors, ...) and which kinds of personal data. Special categories (Art. 9) and criminal data (Art. 10) need their own condition.</source>
        <translation>Art. 30 lid 1 sub c AVG: van wie de gegevens zijn (klanten, medewerkers, bezoekers, ...) en welke soorten persoonsgegevens. Bijzondere categorieën (art. 9) en strafrechtelijke gegevens (art. 10) hebben een eigen uitzonderingsgrond nodig.</translation>
    </message>
    <message>
        <source>Art. 30(1)(d) GDPR: to whom the data are or will be disclosed, including recipients in third countries. Processors act on your behalf and need an agreement (Art. 28).</source>
        <translation>Art. 30 lid 1 sub d AVG: aan wie de gegevens worden of zullen worden verstrekt, ook ontvangers in derde landen. Verwerkers werken in uw opdracht en hebben een verwerkersovereenkomst nodig (art. 28).</translation>
    </message>
    <message>
        <source>Art. 30(1)(e) GDPR: transfers to a country outside the EEA or to an international organisation, which one, and the safeguard (adequacy decision, standard contractual clauses, ...).</source>
        <translation>Art. 30 lid 1 sub e AVG: doorgiften naar een land buiten de EER of een internationale organisatie, welke, en de waarborg (adequaatheidsbesluit, modelcontractbepalingen, ...).</translation>
    </message>
    <message>
        <source>Art. 30(1)(f) GDPR: where possible, how long each kind of data is kept before it is erased, or the criterion that decides it.</source>
        <translation>Art. 30 lid 1 sub f AVG: indien mogelijk hoe lang elke soort gegevens wordt bewaard voordat ze worden gewist, of het criterium dat dat bepaalt.</translation>
    </message>
    <message>
        <source>Art. 30(1)(g) GDPR: where possible, a general description of the technical and organisational security measures of Art. 32(1).</source>
        <translation>Art. 30 lid 1 sub g AVG: indien mogelijk een algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen van art. 32 lid 1.</translation>
    </message>
    <message>
        <source>Keeping the record current: data subject rights (Art. 12-22), the DPIA (Art. 35; the Dutch AP lists processing that always needs one) and the dates of the regular review.</source>
        <translation>Het register actueel houden: rechten van betrokkenen (art. 12-22), de DPIA (art. 35; de AP heeft een lijst van verwerkingen waarvoor die altijd verplicht is) en de data van de periodieke controle.</translation>
    </message>
    <message>
        <source>Where the data come from when not from the data subject (needed to inform them under Art. 14).</source>
        <translation>Waar de gegevens vandaan komen als ze niet van de betrokkene zelf komen (nodig om hem te informeren volgens art. 14).</translation>
    </message>
    <message>
        <source>How long the data are kept (Art. 30(1)(f)): an amount of days, weeks, months or years. The exports write it in the reader&apos;s language; the period in words may explain it but should not name another length.</source>
        <translation>Hoe lang de gegevens worden bewaard (art. 30 lid 1 sub f AVG): een aantal dagen, weken, maanden of jaren. De exports schrijven de termijn in de taal van de lezer; de termijn in woorden mag hem toelichten, maar geen andere duur noemen.</translation>
    </message>
    <message>
        <source>The systems and places where the data are kept. Not an Art. 30 element, but needed to answer a data subject or handle a breach.</source>
        <translation>De systemen en plaatsen waar de gegevens staan. Geen onderdeel van art. 30, maar nodig om een betrokkene te antwoorden of een datalek af te handelen.</translation>
    </message>
    <message>
        <source>A short name a colleague recognises, such as “Camera surveillance of the premises”. Art. 30(1) asks for a record of each processing activity.</source>
        <translation>Een korte naam die een collega herkent, zoals „Cameratoezicht op het terrein”. Art. 30 lid 1 vraagt een register van elke verwerkingsactiviteit.</translation>
    </message>
    <message>
        <source>The person or department inside the organisation answerable for it.</source>
        <translation>De persoon of afdeling binnen de organisatie die ervoor verantwoordelijk is.</translation>
    </message>
    <message>
        <source>Draft: not yet part of what the register asserts. Active: in use. Retired: no longer in use, kept on record.</source>
        <translation>Concept: nog geen onderdeel van wat het register vastlegt. Actief: in gebruik. Beëindigd: niet meer in gebruik, bewaard in het register.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>No open follow-ups. A review session adds one for each activity marked “Needs follow-up”.</source>
        <translation>Geen openstaande acties. Een controlesessie voegt er een toe voor elke verwerking die op „Actie nodig” staat.</translation>
    </message>
    <message>
        <source>Open follow-ups from reviews</source>
        <translation>Openstaande acties uit controles</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markeren als gedaan</translation>
    </message>
    <message>
        <source>Select a follow-up first.</source>
        <translation>Kies eerst een actie.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Naam (Engels)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <source>DPV identifier</source>
        <translation>DPV-identificatie</translation>
    </message>
    <message>
        <source>Special category (Art. 9)</source>
        <translation>Bijzondere categorie (art. 9)</translation>
    </message>
    <message>
        <source>Criminal data (Art. 10)</source>
        <translation>Strafrechtelijke gegevens (art. 10)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Processing agreement signed on</source>
        <translation>Verwerkersovereenkomst getekend op</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Kenmerk overeenkomst</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Inschrijvingsnummer (KvK)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>Doel (Engels)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Service (English)</source>
        <translation>Dienst (Engels)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Omschrijving (Engels)</translation>
    </message>
    <message>
        <source>Location (English)</source>
        <translation>Locatie (Engels)</translation>
    </message>
    <message>
        <source>Retention (English)</source>
        <translation>Bewaartermijn (Engels)</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Gegevenscategorie</translation>
    </message>
    <message>
        <source>Category of data subjects</source>
        <translation>Categorie betrokkenen</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Subverwerker</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In het Engels</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Balancing test</source>
        <translation>Belangenafweging</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Vastlegging toestemming</translation>
    </message>
    <message>
        <source>Legal obligation (law, article)</source>
        <translation>Wettelijke verplichting (wet, artikel)</translation>
    </message>
    <message>
        <source>DPV purpose</source>
        <translation>DPV-doel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Bron (Engels)</translation>
    </message>
    <message>
        <source>Collected from the data subject</source>
        <translation>Verkregen van de betrokkene zelf</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Doorgiftegrondslag</translation>
    </message>
    <message>
        <source>Safeguards documented in</source>
        <translation>Waarborgen vastgelegd in</translation>
    </message>
    <message>
        <source>Data category (empty: the whole activity)</source>
        <translation>Gegevenscategorie (leeg: de hele verwerking)</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gerekend vanaf</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Wettelijke basis</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>(a) Activity</source>
        <translation>(a) Verwerking</translation>
    </message>
    <message>
        <source>(c) Data</source>
        <translation>(c) Gegevens</translation>
    </message>
    <message>
        <source>Rights and review</source>
        <translation>Rechten en controle</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Lawful basis assumed (still to be confirmed)</source>
        <translation>Rechtsgrond aangenomen (nog te bevestigen)</translation>
    </message>
    <message>
        <source>Legitimate interest (English)</source>
        <translation>Gerechtvaardigd belang (Engels)</translation>
    </message>
    <message>
        <source>Balancing test (English)</source>
        <translation>Belangenafweging (Engels)</translation>
    </message>
    <message>
        <source>Consent record (English)</source>
        <translation>Vastlegging toestemming (Engels)</translation>
    </message>
    <message>
        <source>Legal obligation (English)</source>
        <translation>Wettelijke verplichting (Engels)</translation>
    </message>
    <message>
        <source>Recipient within the adequacy decision&apos;s scope</source>
        <translation>Ontvanger valt onder de reikwijdte van het adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>Transfer mechanism assumed (still to be confirmed)</source>
        <translation>Doorgiftegrondslag aangenomen (nog te bevestigen)</translation>
    </message>
    <message>
        <source>Recipient (English)</source>
        <translation>Ontvanger (Engels)</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>Opmerking (Engels)</translation>
    </message>
    <message>
        <source>Business function (English)</source>
        <translation>Bedrijfsfunctie (Engels)</translation>
    </message>
    <message>
        <source>Rights note (English)</source>
        <translation>Toelichting rechten (Engels)</translation>
    </message>
    <message>
        <source>Security description (English)</source>
        <translation>Beschrijving beveiliging (Engels)</translation>
    </message>
    <message>
        <source>Automated decisions note (English)</source>
        <translation>Toelichting geautomatiseerde besluiten (Engels)</translation>
    </message>
    <message>
        <source>To be confirmed (English)</source>
        <translation>Te bevestigen (Engels)</translation>
    </message>
    <message>
        <source>Period in words</source>
        <translation>Termijn in woorden</translation>
    </message>
    <message>
        <source>Period in words (English)</source>
        <translation>Termijn in woorden (Engels)</translation>
    </message>
    <message>
        <source>Counted from (English)</source>
        <translation>Gerekend vanaf (Engels)</translation>
    </message>
    <message>
        <source>Legal ground (English)</source>
        <translation>Wettelijke grondslag (Engels)</translation>
    </message>
    <message>
        <source>Criterion (English)</source>
        <translation>Criterium (Engels)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Joint controllers (; between)</source>
        <translation>Gezamenlijk verantwoordelijken (gescheiden door ;)</translation>
    </message>
    <message>
        <source>(b) Purposes</source>
        <translation>(b) Doeleinden</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categorieën betrokkenen</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorieën persoonsgegevens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <source>(d) Recipients</source>
        <translation>(d) Ontvangers</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Categorieën ontvangers</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>(e) Transfers</source>
        <translation>(e) Doorgiften</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Doorgiften naar derde landen</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Doorgifte toevoegen</translation>
    </message>
    <message>
        <source>Assessed: there are none (else: to be confirmed)</source>
        <translation>Beoordeeld: er zijn er geen (anders: te bevestigen)</translation>
    </message>
    <message>
        <source>(f) Retention</source>
        <translation>(f) Bewaartermijnen</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Add retention period</source>
        <translation>Bewaartermijn toevoegen</translation>
    </message>
    <message>
        <source>(g) Security</source>
        <translation>(g) Beveiliging</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Security description</source>
        <translation>Beschrijving beveiliging</translation>
    </message>
    <message>
        <source>Systems and storage locations</source>
        <translation>Systemen en opslaglocaties</translation>
    </message>
    <message>
        <source>Data subject rights</source>
        <translation>Rechten van betrokkenen</translation>
    </message>
    <message>
        <source>Rights note</source>
        <translation>Toelichting rechten</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>Automated decisions note</source>
        <translation>Toelichting geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>DPIA required</source>
        <translation>DPIA nodig</translation>
    </message>
    <message>
        <source>DPIA status</source>
        <translation>Status DPIA</translation>
    </message>
    <message>
        <source>DPIA reference</source>
        <translation>Kenmerk DPIA</translation>
    </message>
    <message>
        <source>DPIA screening answered on</source>
        <translation>DPIA-toets beantwoord op</translation>
    </message>
    <message>
        <source>DPIA screening: what applies</source>
        <translation>DPIA-toets: wat van toepassing is</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Laatst gecontroleerd op</translation>
    </message>
    <message>
        <source>Last reviewed by</source>
        <translation>Laatst gecontroleerd door</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Volgende controle uiterlijk</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>Controleren elke (maanden)</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>Nog te bevestigen</translation>
    </message>
    <message>
        <source>English texts</source>
        <translation>Engelse teksten</translation>
    </message>
    <message>
        <source>The organisation also acts as a processor</source>
        <translation>De organisatie is ook verwerker</translation>
    </message>
    <message>
        <source>The register is also exported in</source>
        <translation>Het register wordt ook geëxporteerd in het</translation>
    </message>
    <message>
        <source>Staff numbers (Art. 30(5))</source>
        <translation>Aantal medewerkers (art. 30 lid 5)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Deze regel verwijderen</translation>
    </message>
    <message>
        <source>Art. 9(2) condition</source>
        <translation>Voorwaarde art. 9 lid 2</translation>
    </message>
    <message>
        <source>Unit of the retention period</source>
        <translation>Eenheid van de bewaartermijn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Bewaarregel</translation>
    </message>
    <message>
        <source>Documents (agreements, DPIAs, tests, consent)</source>
        <translation>Documenten (overeenkomsten, DPIA&apos;s, afwegingen, toestemming)</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Web address or file</source>
        <translation>Webadres of bestand</translation>
    </message>
    <message>
        <source>Link a document</source>
        <translation>Document koppelen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Verify the history</source>
        <translation>De geschiedenis controleren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>The changes shown, as a PDF (as this table reads) or a CSV (as recorded)</source>
        <translation>De getoonde wijzigingen, als pdf (zoals deze tabel ze toont) of als csv (zoals vastgelegd)</translation>
    </message>
    <message>
        <source>change-history-%1.pdf</source>
        <translation>wijzigingshistorie-%1.pdf</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>Wijzigingshistorie exporteren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV file (*.csv)</source>
        <translation>Pdf-document (*.pdf);;Csv-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or close the file.</source>
        <translation>Kan %1 niet schrijven: %2. Kies een andere map of sluit het bestand.</translation>
    </message>
    <message>
        <source>The history is intact. Latest hash: %1</source>
        <translation>De geschiedenis is intact. Laatste hash: %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>the end of the history</source>
        <translation>het einde van de geschiedenis</translation>
    </message>
    <message>
        <source>The history does not match at %1: %2</source>
        <translation>De geschiedenis klopt niet bij %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>snapshot taken</source>
        <translation>momentopname gemaakt</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>teruggezet uit een back-up</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Data category of activity</source>
        <translation>Gegevenscategorie van verwerking</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Gegevenscategorie</translation>
    </message>
    <message>
        <source>Data subject category</source>
        <translation>Categorie betrokkenen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Verwerker</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisatie-instellingen</translation>
    </message>
    <message>
        <source>Processor record</source>
        <translation>Register als verwerker</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Activity code (all when empty)</source>
        <translation>Code verwerking (leeg: alle)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Wijziging %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>the whole history</source>
        <translation>de hele historie</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>Which activities involve %1 (transfers, processors or systems there)?</source>
        <translation>Bij welke verwerkingen speelt %1 een rol (doorgiften, verwerkers of systemen daar)?</translation>
    </message>
    <message>
        <source>Which activities involve the processor %1?</source>
        <translation>Bij welke verwerkingen is de verwerker %1 betrokken?</translation>
    </message>
    <message>
        <source>Which activities use the system %1?</source>
        <translation>Welke verwerkingen gebruiken het systeem %1?</translation>
    </message>
    <message>
        <source>Which activities process %1?</source>
        <translation>Welke verwerkingen verwerken %1?</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n verwerking</numerusform>
            <numerusform>%n verwerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities involved</source>
        <translation>Betrokken verwerkingen</translation>
    </message>
    <message>
        <source>No activity in the register is involved: nothing to update or tell anyone for this question.</source>
        <translation>Geen enkele verwerking in het register is betrokken: voor deze vraag hoeft niets te worden bijgewerkt of gemeld.</translation>
    </message>
    <message>
        <source>Export the answer…</source>
        <translation>Het antwoord exporteren…</translation>
    </message>
    <message>
        <source>The register changed since the question was asked: the table and the file show the answer as the register is now.</source>
        <translation>Het register is gewijzigd sinds de vraag werd gesteld: de tabel en het bestand tonen het antwoord zoals het register nu is.</translation>
    </message>
    <message>
        <source>Export the answer to CSV or Excel</source>
        <translation>Het antwoord exporteren naar CSV of Excel</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>impact-%1.xlsx</source>
        <translation>impact-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the answer</source>
        <translation>Het antwoord exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or close the file in other programs.</source>
        <translation>Kon %1 niet schrijven: %2. Kies een andere map of sluit het bestand in andere programma&apos;s.</translation>
    </message>
    <message>
        <source>No activity is recorded as involved. Some may be: see the note below the list.</source>
        <translation>Geen verwerking is als betrokken vastgelegd. Sommige kunnen het zijn: zie de opmerking onder de lijst.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities have a transfer, processor or system whose country is not recorded, so they may be involved too: %1.</source>
        <translation>
            <numerusform>%n verwerking heeft een doorgifte, verwerker of systeem waarvan het land niet is vastgelegd, en kan dus ook betrokken zijn: %1.</numerusform>
            <numerusform>%n verwerkingen hebben een doorgifte, verwerker of systeem waarvan het land niet is vastgelegd, en kunnen dus ook betrokken zijn: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Legitimate interests assessment</source>
        <translation>Belangenafweging</translation>
    </message>
    <message>
        <source>Processor agreement reference</source>
        <translation>Kenmerk verwerkersovereenkomst</translation>
    </message>
    <message>
        <source>Transfer documentation</source>
        <translation>Documentatie doorgifte</translation>
    </message>
    <message>
        <source>Note (with the column&apos;s heading)</source>
        <translation>Opmerking (met de kop van de kolom)</translation>
    </message>
    <message>
        <source>Stop and list activities the register has</source>
        <translation>Stoppen en de verwerkingen noemen die het register al heeft</translation>
    </message>
    <message>
        <source>Skip activities the register has</source>
        <translation>Verwerkingen die het register al heeft overslaan</translation>
    </message>
    <message>
        <source>Replace activities the register has</source>
        <translation>Verwerkingen die het register al heeft vervangen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
    <message>
        <source>Activities the register has already</source>
        <translation>Verwerkingen die het register al heeft</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <source>Reused entries</source>
        <translation>Hergebruikte items</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Een register importeren</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importeren uit</translation>
    </message>
    <message>
        <source>Register files (*.xlsx *.json)</source>
        <translation>Registerbestanden (*.xlsx *.json)</translation>
    </message>
    <message>
        <source>Choices changed: check again before importing.</source>
        <translation>De keuzes zijn gewijzigd: controleer opnieuw voordat u importeert.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 skipped. The history names the file.</source>
        <translation>Geïmporteerd: %1 toegevoegd, %2 vervangen, %3 overgeslagen. De geschiedenis noemt het bestand.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities to add,</source>
        <translation>
            <numerusform>%n verwerking toe te voegen,</numerusform>
            <numerusform>%n verwerkingen toe te voegen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to replace,</source>
        <translation>
            <numerusform>%n te vervangen,</numerusform>
            <numerusform>%n te vervangen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip;</source>
        <translation>
            <numerusform>%n over te slaan;</numerusform>
            <numerusform>%n over te slaan;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems.</source>
        <translation>
            <numerusform>%n probleem.</numerusform>
            <numerusform>%n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as: %1.</source>
        <translation>Gelezen als: %1.</translation>
    </message>
    <message>
        <source>%1 is filled from %2 columns: %3</source>
        <translation>%1 wordt gevuld uit %2 kolommen: %3</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Voorgesteld: %1</translation>
    </message>
    <message>
        <source>Field for %1</source>
        <translation>Veld voor %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>ImportTemplates</name>
    <message>
        <source>ICO documentation template for controllers</source>
        <translation>ICO-documentatiesjabloon voor verwerkingsverantwoordelijken</translation>
    </message>
    <message>
        <source>ICO documentation template for processors</source>
        <translation>ICO-documentatiesjabloon voor verwerkers</translation>
    </message>
    <message>
        <source>CNIL register model (French)</source>
        <translation>CNIL-registermodel (Frans)</translation>
    </message>
    <message>
        <source>Dutch register headings</source>
        <translation>Nederlandse registerkoppen</translation>
    </message>
    <message>
        <source>KGS ROPA register sheet</source>
        <translation>Registerblad van KGS ROPA</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Inquiry pack</source>
        <translation>Dossier voor de toezichthouder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Only changes from</source>
        <translation>Alleen wijzigingen vanaf</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Wijzigingen vanaf</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Write the pack</source>
        <translation>Het dossier schrijven</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>De map openen</translation>
    </message>
    <message>
        <source>Put the pack in</source>
        <translation>Het dossier plaatsen in</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose another.</source>
        <translation>%1 bestaat al en is geen lege map; kies een andere.</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Bezig met het dossier…</translation>
    </message>
    <message>
        <source>Written to %1: %2 and manifest.json. Fingerprint of the history (SHA-256):</source>
        <translation>Geschreven naar %1: %2 en manifest.json. Vingerafdruk van de geschiedenis (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint of the history</source>
        <translation>Vingerafdruk van de geschiedenis</translation>
    </message>
    <message>
        <source>The pack was not written: %1</source>
        <translation>Het dossier is niet geschreven: %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Confirmed, unchanged</source>
        <translation>Bevestigd, ongewijzigd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Edit the activity…</source>
        <translation>De verwerking bewerken…</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Opslaan en volgende</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Purposes and likely lawful basis</source>
        <translation>Doeleinden en waarschijnlijke grondslag</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <source>Retention to confirm</source>
        <translation>Bewaartermijnen om te bevestigen</translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>New activity from the library</source>
        <translation>Nieuwe verwerking uit de bibliotheek</translation>
    </message>
    <message>
        <source>Start from a standard activity. Everything it fills in is an assumption to confirm for your organisation, and the activity starts as a draft.</source>
        <translation>Begin met een standaardverwerking. Alles wat zij invult is een aanname die u voor uw organisatie bevestigt, en de verwerking begint als concept.</translation>
    </message>
    <message>
        <source>What the standard activity covers</source>
        <translation>Wat de standaardverwerking omvat</translation>
    </message>
    <message>
        <source>New activity from the &amp;library…</source>
        <translation>Nieuwe verwerking uit de &amp;bibliotheek…</translation>
    </message>
    <message>
        <source>Start a new activity from a standard activity</source>
        <translation>Een nieuwe verwerking beginnen met een standaardverwerking</translation>
    </message>
</context>
<context>
    <name>LinkTargetField</name>
    <message>
        <source>Link a file</source>
        <translation>Bestand koppelen</translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation>https://… of een bestand</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Het document openen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KGS ROPA register (*.sqlite *.db);;All files (*)</source>
        <translation>KGS ROPA-register (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Een register openen</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name.</source>
        <translation>%1 bestaat al; kies een nieuwe naam.</translation>
    </message>
    <message>
        <source>%1 opens in a window of its own.</source>
        <translation>%1 wordt in een eigen venster geopend.</translation>
    </message>
    <message>
        <source>KGS ROPA could not be started for %1.</source>
        <translation>KGS ROPA kon niet worden gestart voor %1.</translation>
    </message>
    <message>
        <source>No other registers yet</source>
        <translation>Nog geen andere registers</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nieuwe verwerking</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>Register o&amp;penen…</translation>
    </message>
    <message>
        <source>New re&amp;gister…</source>
        <translation>Nieuw re&amp;gister…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;this activity…</source>
        <translation>Deze verwerking e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Undo in form</source>
        <translation>&amp;Ongedaan maken in formulier</translation>
    </message>
    <message>
        <source>&amp;Redo in form</source>
        <translation>Opnieuw &amp;uitvoeren in formulier</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Edit activity</source>
        <translation>Verwerking bewer&amp;ken</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Undo de&amp;lete</source>
        <translation>Verwijderen ongedaan m&amp;aken</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Activities &amp;due for review</source>
        <translation>Verwerkingen &amp;toe aan controle</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;About KGS ROPA</source>
        <translation>&amp;Over KGS ROPA</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>De &amp;logmap openen</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Uw &amp;naam…</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>Wat is &amp;dit?</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Processors</source>
        <translation>&amp;Verwerkers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Recent registers</source>
        <translation>&amp;Recente registers</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Could not finish a background step: %1</source>
        <translation>Een stap op de achtergrond is niet gelukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n activities? They stay in the register, marked as retired.</source>
        <translation>
            <numerusform>%n verwerking beëindigen? Die blijft in het register, gemarkeerd als beëindigd.</numerusform>
            <numerusform>%n verwerkingen beëindigen? Ze blijven in het register, gemarkeerd als beëindigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan gemaakt</translation>
    </message>
    <message>
        <source>This register already has an organisation. The example brings its own (KGS Diamond as the controller, with its contacts and settings) and replaces yours, so that the register has one controller. Load the example?</source>
        <translation>Dit register heeft al een organisatie. Het voorbeeld brengt een eigen organisatie mee (KGS Diamond als verwerkingsverantwoordelijke, met contactpersonen en instellingen) en vervangt de uwe, zodat het register één verwerkingsverantwoordelijke heeft. Het voorbeeld laden?</translation>
    </message>
    <message>
        <source>This register already holds activities. The example is only loaded into an empty register; start KGS ROPA with a new database file to explore it.</source>
        <translation>Dit register bevat al verwerkingen. Het voorbeeld wordt alleen in een leeg register geladen; start KGS ROPA met een nieuw databasebestand om het te bekijken.</translation>
    </message>
    <message>
        <source>Changes recorded as: %1</source>
        <translation>Wijzigingen vastgelegd als: %1</translation>
    </message>
    <message>
        <source>KGS ROPA — record of processing activities</source>
        <translation>KGS ROPA — register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Vocabularies</source>
        <translation>Vaste lijsten</translation>
    </message>
    <message>
        <source>Every processing activity, with what Article 30 GDPR asks you to record.</source>
        <translation>Elke verwerking, met wat artikel 30 AVG u vraagt vast te leggen.</translation>
    </message>
    <message>
        <source>How complete the register is, what needs attention and what is due.</source>
        <translation>Hoe volledig het register is, wat aandacht vraagt en wat aan de beurt is.</translation>
    </message>
    <message>
        <source>Parties that process personal data on your behalf, with their agreements.</source>
        <translation>Partijen die namens u persoonsgegevens verwerken, met hun verwerkersovereenkomsten.</translation>
    </message>
    <message>
        <source>Those to whom personal data are disclosed (Art. 30(1)(d) GDPR).</source>
        <translation>Aan wie persoonsgegevens worden verstrekt (art. 30 lid 1 sub d AVG).</translation>
    </message>
    <message>
        <source>The applications and places where personal data are kept.</source>
        <translation>De toepassingen en plaatsen waar persoonsgegevens worden bewaard.</translation>
    </message>
    <message>
        <source>The kinds of personal data the activities process (Art. 30(1)(c) GDPR).</source>
        <translation>De soorten persoonsgegevens die de verwerkingen gebruiken (art. 30 lid 1 sub c AVG).</translation>
    </message>
    <message>
        <source>The groups of people whose personal data the activities process.</source>
        <translation>De groepen personen van wie de verwerkingen persoonsgegevens gebruiken.</translation>
    </message>
    <message>
        <source>Technical and organisational security measures (Art. 30(1)(g) GDPR).</source>
        <translation>Technische en organisatorische beveiligingsmaatregelen (art. 30 lid 1 sub g AVG).</translation>
    </message>
    <message>
        <source>Personal data that go to countries outside the EEA, and on what basis.</source>
        <translation>Persoonsgegevens die naar landen buiten de EER gaan, en op welke grond.</translation>
    </message>
    <message>
        <source>Cookies and similar techniques on the website, each with its activity.</source>
        <translation>Cookies en vergelijkbare technieken op de website, elk met de verwerking waar ze bij horen.</translation>
    </message>
    <message>
        <source>The controller and group entities, contacts and the register&apos;s settings.</source>
        <translation>De verwerkingsverantwoordelijke en groepsmaatschappijen, contactpersonen en de instellingen van het register.</translation>
    </message>
    <message>
        <source>The fixed lists behind the register&apos;s choices, with their DPV terms.</source>
        <translation>De vaste lijsten achter de keuzes in het register, met hun DPV-termen.</translation>
    </message>
    <message>
        <source>Deleted acti&amp;vities…</source>
        <translation>Verwijderde ver&amp;werkingen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n activities? Retiring keeps them on record. Edit &gt; Deleted activities puts them back, also after the app was closed.</source>
        <translation>
            <numerusform>Deze verwerking verwijderen? Beëindigen houdt haar in het register. Bewerken &gt; Verwijderde verwerkingen zet haar terug, ook nadat de app is gesloten.</numerusform>
            <numerusform>Deze %n verwerkingen verwijderen? Beëindigen houdt ze in het register. Bewerken &gt; Verwijderde verwerkingen zet ze terug, ook nadat de app is gesloten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplica&amp;te</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Ret&amp;ire</source>
        <translation>&amp;Beëindigen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Controle</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>KGS ROPA</source>
        <translation>KGS ROPA</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved yet. Save them?</source>
        <translation>Deze verwerking heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>MultiPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Typ om te zoeken…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>In de lijst zoeken</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>New entry for: %1</source>
        <translation>Nieuwe regel voor: %1</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message numerus="yes">
        <source>%n points still to be confirmed, marked in the text</source>
        <translation>
            <numerusform>%n punt nog te bevestigen, gemarkeerd in de tekst</numerusform>
            <numerusform>%n punten nog te bevestigen, gemarkeerd in de tekst</numerusform>
        </translation>
    </message>
    <message>
        <source>1 point still to be confirmed, marked in the text</source>
        <translation>1 punt nog te bevestigen, gemarkeerd in de tekst</translation>
    </message>
    <message>
        <source>Nothing left to confirm</source>
        <translation>Niets meer te bevestigen</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>HTML to embed in a website (*.html)</source>
        <translation>HTML om in een website op te nemen (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the privacy statement</source>
        <translation>De privacyverklaring opslaan</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>In the register: %1</source>
        <translation>In het register: %1</translation>
    </message>
    <message>
        <source>The statement, line %1:</source>
        <translation>De verklaring, regel %1:</translation>
    </message>
    <message>
        <source>Open the published privacy statement</source>
        <translation>De gepubliceerde privacyverklaring openen</translation>
    </message>
    <message>
        <source>Privacy statement (*.txt *.html *.htm *.pdf *.md);;All files (*)</source>
        <translation>Privacyverklaring (*.txt *.html *.htm *.pdf *.md);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n points to look at</source>
        <translation>
            <numerusform>%1: %n punt om naar te kijken</numerusform>
            <numerusform>%1: %n punten om naar te kijken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 point to look at</source>
        <translation>%1: 1 punt om naar te kijken</translation>
    </message>
    <message>
        <source>%1 tells the same story as the register: nothing to report.</source>
        <translation>%1 vertelt hetzelfde verhaal als het register: niets te melden.</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Statement from the register</source>
        <translation>Verklaring uit het register</translation>
    </message>
    <message>
        <source>Check a published statement</source>
        <translation>Een gepubliceerde verklaring controleren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Opslaan als…</translation>
    </message>
    <message>
        <source>&amp;Open statement…</source>
        <translation>Verklaring &amp;openen…</translation>
    </message>
    <message>
        <source>Open the privacy statement as published on your website (text, HTML or PDF). It is compared with the register element by element: what it leaves out, what it names that the register does not hold, and where the two disagree.</source>
        <translation>Open de privacyverklaring zoals die op uw website staat (tekst, HTML of PDF). Ze wordt onderdeel voor onderdeel met het register vergeleken: wat ze weglaat, wat ze noemt dat het register niet kent, en waar de twee elkaar tegenspreken.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>Waar het om gaat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>&amp;Privacy statement…</source>
        <translation>&amp;Privacyverklaring…</translation>
    </message>
    <message>
        <source>Privacy statement from the register, and its check</source>
        <translation>Privacyverklaring uit het register, en de controle ervan</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <source>The register settings have changes that are not saved yet. Save them?</source>
        <translation>De registerinstellingen hebben wijzigingen die nog niet zijn bewaard. Bewaren?</translation>
    </message>
    <message>
        <source>(a) Controller and group entities</source>
        <translation>(a) Verwerkingsverantwoordelijke en groepsmaatschappijen</translation>
    </message>
    <message>
        <source>Contacts: privacy officer, DPO, representative</source>
        <translation>Contactpersonen: privacy officer, FG, vertegenwoordiger</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>Instellingen van het register</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print the register…</source>
        <translation>Register a&amp;fdrukken…</translation>
    </message>
    <message>
        <source>Print this acti&amp;vity…</source>
        <translation>Deze verwerking afdr&amp;ukken…</translation>
    </message>
    <message>
        <source>Print the activity open in the editor, or the one selected in the register</source>
        <translation>De verwerking afdrukken die in de editor openstaat, of die in het register is geselecteerd</translation>
    </message>
    <message>
        <source>Open or select one activity to print it.</source>
        <translation>Open of selecteer één verwerking om haar af te drukken.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Het afdrukvoorbeeld wordt voorbereid…</translation>
    </message>
    <message>
        <source>The register has %1 activities. Its print preview is laid out on screen and keeps the window busy for a long time (about half a minute per thousand activities). Export a PDF instead? It prints from any PDF reader.</source>
        <translation>Het register heeft %1 verwerkingen. Het afdrukvoorbeeld wordt op het scherm opgemaakt en houdt het venster lang bezig (ongeveer een halve minuut per duizend verwerkingen). Liever een pdf exporteren? Die drukt u af vanuit elke pdf-lezer.</translation>
    </message>
    <message>
        <source>The register has %1 activities: too many for a print preview. Export a PDF? It prints from any PDF reader.</source>
        <translation>Het register heeft %1 verwerkingen: te veel voor een afdrukvoorbeeld. Een pdf exporteren? Die drukt u af vanuit elke pdf-lezer.</translation>
    </message>
    <message>
        <source>Export a PDF…</source>
        <translation>Pdf exporteren…</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>Toch een voorbeeld tonen</translation>
    </message>
    <message>
        <source>The report is too long for a print preview. Export a PDF instead.</source>
        <translation>Het rapport is te lang voor een afdrukvoorbeeld. Exporteer in plaats daarvan een pdf.</translation>
    </message>
    <message>
        <source>Print preview: the register</source>
        <translation>Afdrukvoorbeeld: het register</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>the file %1 is read-only</source>
        <translation>het bestand %1 is alleen-lezen</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>de map %1 is alleen-lezen</translation>
    </message>
    <message>
        <source>the database server %1 accepts only reads</source>
        <translation>de databaseserver %1 staat alleen lezen toe</translation>
    </message>
    <message>
        <source>the database login %1 may only read this register</source>
        <translation>de databaselogin %1 mag dit register alleen lezen</translation>
    </message>
    <message>
        <source>it is open for writing by %1</source>
        <translation>het is geopend om te bewerken door %1</translation>
    </message>
    <message>
        <source>this window&apos;s hold on it lapsed and it is now open for writing by %1</source>
        <translation>dit venster is het register kwijtgeraakt (te lang niet bijgewerkt) en het is nu geopend om te bewerken door %1</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 op %2 (proces %3) sinds %4</translation>
    </message>
    <message>
        <source>This register is open for writing by %1. Only one can change it at a time.

You can open it read-only: look, search and export, but not change anything.</source>
        <translation>Dit register is geopend om te bewerken door %1. Er kan maar één tegelijk wijzigen.

U kunt het alleen-lezen openen: bekijken, zoeken en exporteren, maar niets wijzigen.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Read-only: %1. You can look, search and export; nothing can be changed here.</source>
        <translation>Alleen-lezen: %1. U kunt bekijken, zoeken en exporteren; hier kan niets worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Lawful bases</source>
        <translation>Grondslagen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Volgende controle</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>The register has no activities yet. Add one with New activity (Ctrl+N), or start from the example on the Welcome page.</source>
        <translation>Het register bevat nog geen verwerkingen. Voeg er een toe met Nieuwe verwerking (Ctrl+N), of begin met het voorbeeld op de pagina Welkom.</translation>
    </message>
    <message>
        <source>No activity matches the search and filters. Change them, or use Clear filters to see the whole register.</source>
        <translation>Geen verwerking voldoet aan de zoekterm en filters. Pas ze aan, of kies Filters wissen om het hele register te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities</source>
        <translation>
            <numerusform>%1 van %n verwerking</numerusform>
            <numerusform>%1 van %n verwerkingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an activity to see its details; double-click to edit.</source>
        <translation>Kies een verwerking om de details te zien; dubbelklik om te bewerken.</translation>
    </message>
    <message>
        <source>Search every field… (Ctrl+F)</source>
        <translation>Zoeken in alle velden… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>In het register zoeken</translation>
    </message>
    <message>
        <source>All lawful bases</source>
        <translation>Alle grondslagen</translation>
    </message>
    <message>
        <source>All data categories</source>
        <translation>Alle gegevenscategorieën</translation>
    </message>
    <message>
        <source>All processors</source>
        <translation>Alle verwerkers</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Filter by lawful basis</source>
        <translation>Filteren op grondslag</translation>
    </message>
    <message>
        <source>Filter by data category</source>
        <translation>Filteren op gegevenscategorie</translation>
    </message>
    <message>
        <source>Filter by processor</source>
        <translation>Filteren op verwerker</translation>
    </message>
    <message>
        <source>Filter by third country</source>
        <translation>Filteren op derde land</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Bijzondere gegevens</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Controle nodig</translation>
    </message>
    <message>
        <source>Has findings</source>
        <translation>Met bevindingen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <source>Details of the selected activity</source>
        <translation>Details van de gekozen verwerking</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Review &amp;session…</source>
        <translation>Controle&amp;sessie…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Wijzigings&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>History of the selected &amp;activity…</source>
        <translation>Geschiedenis van de gekozen &amp;verwerking…</translation>
    </message>
    <message>
        <source>&amp;Compare register versions…</source>
        <translation>Versies van het register verge&amp;lijken…</translation>
    </message>
    <message>
        <source>Select an activity in the register first.</source>
        <translation>Kies eerst een verwerking in het register.</translation>
    </message>
    <message>
        <source>Take a snapshot</source>
        <translation>Een momentopname maken</translation>
    </message>
    <message>
        <source>A name for this snapshot (optional):</source>
        <translation>Een naam voor deze momentopname (optioneel):</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Momentopname gemaakt</translation>
    </message>
    <message>
        <source>Snapshot %1 is stored.
Fingerprint: %2</source>
        <translation>Momentopname %1 is bewaard.
Vingerafdruk: %2</translation>
    </message>
    <message>
        <source>Take a snapshot &amp;now</source>
        <translation>Nu een &amp;momentopname maken</translation>
    </message>
    <message>
        <source>Inquiry pa&amp;ck…</source>
        <translation>&amp;Dossier voor de toezichthouder…</translation>
    </message>
</context>
<context>
    <name>ReviewContent</name>
    <message>
        <source>Changes (never reviewed before)</source>
        <translation>Wijzigingen (nog nooit gecontroleerd)</translation>
    </message>
    <message>
        <source>Changes since the last review (%1)</source>
        <translation>Wijzigingen sinds de vorige controle (%1)</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Geen wijzigingen.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review session</source>
        <translation>Controlesessie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pause (continue later)</source>
        <translation>Pauzeren (later verder)</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>De sessie afsluiten…</translation>
    </message>
    <message>
        <source>Activities in scope</source>
        <translation>Verwerkingen in de controle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>%v of %m reviewed</source>
        <translation>%v van %m gecontroleerd</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; held on %2 · participants: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gehouden op %2 · deelnemers: %3</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <source>The review %1 is closed: %2 confirmed, %3 changed, %4 need follow-up. Its report and follow-ups are under Review.</source>
        <translation>De controle %1 is afgesloten: %2 bevestigd, %3 gewijzigd, %4 met actie nodig. Het verslag en de acties staan onder Controle.</translation>
    </message>
    <message>
        <source>The review has started.</source>
        <translation>De controle is gestart.</translation>
    </message>
    <message>
        <source>Choose an outcome first.</source>
        <translation>Kies eerst een uitkomst.</translation>
    </message>
    <message>
        <source>Close the review %1? Marked activities get their next review date.</source>
        <translation>De controle %1 afsluiten? Beoordeelde verwerkingen krijgen hun volgende controledatum.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities are not marked and keep their dates.</source>
        <translation>
            <numerusform>%n verwerking is niet beoordeeld en houdt haar datum.</numerusform>
            <numerusform>%n verwerkingen zijn niet beoordeeld en houden hun datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the review report</source>
        <translation>Het controleverslag opslaan</translation>
    </message>
    <message>
        <source>The review is closed; the automatic backup failed: %1</source>
        <translation>De controle is afgesloten; de automatische back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Closed; writing the review report…</source>
        <translation>Afgesloten; het controleverslag wordt geschreven…</translation>
    </message>
    <message>
        <source>The review is closed. Report: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>De controle is afgesloten. Verslag: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The review is closed, but the report could not be written: %1</source>
        <translation>De controle is afgesloten, maar het verslag kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>%1 of %2 marked.</source>
        <translation>%1 van %2 beoordeeld.</translation>
    </message>
    <message>
        <source>All %2 marked: close the session to write the report.</source>
        <translation>Alle %2 beoordeeld: sluit de sessie af om het verslag te maken.</translation>
    </message>
    <message>
        <source>review-%1.pdf</source>
        <translation>controleverslag-%1.pdf</translation>
    </message>
</context>
<context>
    <name>SaveWhenBack</name>
    <message>
        <source>No connection to the database server. Your changes are kept here and saved as soon as the server is back (next try in %1 s; Save tries now).</source>
        <translation>Geen verbinding met de databaseserver. Uw wijzigingen blijven hier staan en worden opgeslagen zodra de server terug is (volgende poging over %1 s; Opslaan probeert het nu).</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>every activity needs a code</source>
        <translation>elke verwerking heeft een code nodig</translation>
    </message>
    <message>
        <source>the code {code} is already used by another activity</source>
        <translation>de code {code} wordt al door een andere verwerking gebruikt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>waar of onwaar</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a number with decimals</source>
        <translation>een getal met decimalen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>niets (null)</translation>
    </message>
    <message>
        <source>expected {what}, got {got}</source>
        <translation>verwacht: {what}, gekregen: {got}</translation>
    </message>
    <message>
        <source>an object of languages</source>
        <translation>een object met talen</translation>
    </message>
    <message>
        <source>unknown language {language}</source>
        <translation>onbekende taal {language}</translation>
    </message>
    <message>
        <source>an object of texts</source>
        <translation>een object met teksten</translation>
    </message>
    <message>
        <source>an object with kind, title and target</source>
        <translation>een object met soort, titel en doel</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>onbekende sleutel</translation>
    </message>
    <message>
        <source>unknown document kind {kind}</source>
        <translation>onbekende documentsoort {kind}</translation>
    </message>
    <message>
        <source>a document needs a title or a target</source>
        <translation>een document heeft een titel of een doel nodig</translation>
    </message>
    <message>
        <source>too long: at most {limit} characters</source>
        <translation>te lang: hoogstens {limit} tekens</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {number}</source>
        <translation>moet tussen {low} en {high} liggen, niet {number}</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>een datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>expected text, got true/false</source>
        <translation>tekst verwacht, maar het is waar/onwaar</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>tekst verwacht, maar het is {value}</translation>
    </message>
    <message>
        <source>expected a list like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>een lijst verwacht zoals [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>expected a list like [{{&quot;kind&quot;: &quot;dpia&quot;, &quot;title&quot;: &quot;...&quot;, &quot;target&quot;: &quot;...&quot;}}]</source>
        <translation>een lijst verwacht zoals [{{&quot;kind&quot;: &quot;dpia&quot;, &quot;title&quot;: &quot;...&quot;, &quot;target&quot;: &quot;...&quot;}}]</translation>
    </message>
    <message>
        <source>expected translations like {{&quot;en&quot;: {{&quot;description&quot;: &quot;...&quot;}}}}</source>
        <translation>vertalingen verwacht zoals {{&quot;en&quot;: {{&quot;description&quot;: &quot;...&quot;}}}}</translation>
    </message>
    <message>
        <source>expected TRUE or FALSE, got {value}</source>
        <translation>TRUE of FALSE verwacht, maar het is {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>een geheel getal verwacht, maar het is {value}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>geen datum (JJJJ-MM-DD): {value}</translation>
    </message>
    <message>
        <source>{length} characters, longer than the field holds ({limit})</source>
        <translation>{length} tekens, langer dan het veld kan bevatten ({limit})</translation>
    </message>
    <message>
        <source>cannot be read: {value}</source>
        <translation>niet te lezen: {value}</translation>
    </message>
    <message>
        <source>sheet missing</source>
        <translation>blad ontbreekt</translation>
    </message>
    <message>
        <source>unexpected headings (missing {missing}; unknown {unknown})</source>
        <translation>onverwachte kolomkoppen (ontbreekt: {missing}; onbekend: {unknown})</translation>
    </message>
    <message>
        <source>unexpected headings (missing {missing})</source>
        <translation>onverwachte kolomkoppen (ontbreekt: {missing})</translation>
    </message>
    <message>
        <source>unexpected headings (unknown {unknown})</source>
        <translation>onverwachte kolomkoppen (onbekend: {unknown})</translation>
    </message>
    <message>
        <source>unexpected headings (order differs)</source>
        <translation>onverwachte kolomkoppen (andere volgorde)</translation>
    </message>
    <message>
        <source>unknown activity {code}</source>
        <translation>onbekende verwerking {code}</translation>
    </message>
    <message>
        <source>too long: {length} characters, at most {limit}</source>
        <translation>te lang: {length} tekens, hoogstens {limit}</translation>
    </message>
    <message>
        <source>activity status</source>
        <translation>status van de verwerking</translation>
    </message>
    <message>
        <source>Art. 9 condition</source>
        <translation>voorwaarde van art. 9</translation>
    </message>
    <message>
        <source>assessed element</source>
        <translation>beoordeeld onderdeel</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>rol van de contactpersoon</translation>
    </message>
    <message>
        <source>cookie type</source>
        <translation>soort cookie</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>landcode</translation>
    </message>
    <message>
        <source>data subject right</source>
        <translation>recht van betrokkenen</translation>
    </message>
    <message>
        <source>document kind</source>
        <translation>documentsoort</translation>
    </message>
    <message>
        <source>DPIA criterion</source>
        <translation>DPIA-criterium</translation>
    </message>
    <message>
        <source>DPIA answer</source>
        <translation>DPIA-antwoord</translation>
    </message>
    <message>
        <source>DPIA status</source>
        <translation>DPIA-status</translation>
    </message>
    <message>
        <source>entity role</source>
        <translation>rol van de entiteit</translation>
    </message>
    <message>
        <source>export language</source>
        <translation>exporttaal</translation>
    </message>
    <message>
        <source>lawful basis</source>
        <translation>rechtsgrond</translation>
    </message>
    <message>
        <source>kind of measure</source>
        <translation>soort maatregel</translation>
    </message>
    <message>
        <source>period unit</source>
        <translation>eenheid van de termijn</translation>
    </message>
    <message>
        <source>recipient type</source>
        <translation>soort ontvanger</translation>
    </message>
    <message>
        <source>transfer mechanism</source>
        <translation>doorgiftemechanisme</translation>
    </message>
    <message>
        <source>unknown {vocabulary} {value}</source>
        <translation>onbekende {vocabulary} {value}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entiteit</translation>
    </message>
    <message>
        <source>processor record</source>
        <translation>verwerkersregister</translation>
    </message>
    <message>
        <source>data subject category</source>
        <translation>categorie betrokkenen</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>categorie persoonsgegevens</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>verwerker</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>ontvanger</translation>
    </message>
    <message>
        <source>security measure</source>
        <translation>beveiligingsmaatregel</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>verwerking</translation>
    </message>
    <message>
        <source>{what} {code} is in the register already</source>
        <translation>{what} {code} staat al in het register</translation>
    </message>
    <message>
        <source>duplicate {what} code {code}</source>
        <translation>dubbele code {code} ({what})</translation>
    </message>
    <message>
        <source>{what} code {code} differs from {other} only in case</source>
        <translation>{what}: code {code} verschilt alleen in hoofdletters van {other}</translation>
    </message>
    <message>
        <source>unknown {what} {code}</source>
        <translation>onbekende {what} {code}</translation>
    </message>
    <message>
        <source>a list of codes</source>
        <translation>een lijst met codes</translation>
    </message>
    <message>
        <source>{what} {code} is listed twice</source>
        <translation>{what} {code} staat er twee keer in</translation>
    </message>
    <message>
        <source>a register document (a JSON object)</source>
        <translation>een registerdocument (een JSON-object)</translation>
    </message>
    <message>
        <source>not a KGS ROPA register document (expected {format})</source>
        <translation>geen KGS ROPA-registerdocument (verwacht: {format})</translation>
    </message>
    <message>
        <source>unsupported version {version}</source>
        <translation>niet-ondersteunde versie {version}</translation>
    </message>
    <message>
        <source>unknown field (made by a newer version?)</source>
        <translation>onbekend veld (gemaakt door een nieuwere versie?)</translation>
    </message>
    <message>
        <source>a period needs both an amount and a unit</source>
        <translation>een termijn heeft zowel een aantal als een eenheid nodig</translation>
    </message>
    <message>
        <source>not a UTF-8 text file</source>
        <translation>geen UTF-8-tekstbestand</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>geen geldige JSON (regel {line}, kolom {column})</translation>
    </message>
    <message>
        <source>changed while it was being imported; nothing was imported: import it again</source>
        <translation>gewijzigd tijdens het importeren; er is niets geïmporteerd: importeer het opnieuw</translation>
    </message>
    <message>
        <source>nested too deeply to be a register</source>
        <translation>te diep genest voor een register</translation>
    </message>
    <message>
        <source>not a register document ({reason})</source>
        <translation>geen registerdocument ({reason})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>file larger than 200 MB</source>
        <translation>bestand groter dan 200 MB</translation>
    </message>
    <message>
        <source>{what} {code} ({name}) is in the register already: choose to skip or to replace it</source>
        <translation>{what} {code} ({name}) staat al in het register: kies overslaan of vervangen</translation>
    </message>
    <message>
        <source>more than {most} rows</source>
        <translation>meer dan {most} rijen</translation>
    </message>
    <message>
        <source>every row needs the controller it processes for</source>
        <translation>elke rij heeft de verwerkingsverantwoordelijke nodig voor wie verwerkt wordt</translation>
    </message>
    <message>
        <source>column {heading}: unknown field {field}</source>
        <translation>kolom {heading}: onbekend veld {field}</translation>
    </message>
    <message>
        <source>not a lawful basis (Art. 6(1)): {value}</source>
        <translation>geen rechtsgrond (art. 6 lid 1): {value}</translation>
    </message>
    <message>
        <source>{bases} lawful bases for {purposes} purposes: give one basis per line, in the order of the purposes</source>
        <translation>{bases} rechtsgronden voor {purposes} doeleinden: geef één rechtsgrond per regel, in de volgorde van de doeleinden</translation>
    </message>
    <message>
        <source>unknown country {value} (use its name or ISO code)</source>
        <translation>onbekend land {value} (gebruik de naam of de ISO-code)</translation>
    </message>
    <message>
        <source>not an Art. 9(2) condition: {value}</source>
        <translation>geen voorwaarde van art. 9 lid 2: {value}</translation>
    </message>
    <message>
        <source>longer than {most} characters</source>
        <translation>langer dan {most} tekens</translation>
    </message>
    <message>
        <source>no name and no purpose: every row needs at least one of them</source>
        <translation>geen naam en geen doel: elke rij heeft minstens een van beide nodig</translation>
    </message>
    <message>
        <source>column {column}: {length} characters, longer than a field holds ({limit})</source>
        <translation>kolom {column}: {length} tekens, langer dan een veld kan bevatten ({limit})</translation>
    </message>
    <message>
        <source>this is the workbook for the supervisory authority, which holds no machine-readable register; use `export xlsx-editable` (File &gt; Export: Excel workbook, editable) and import that file</source>
        <translation>dit is de werkmap voor de toezichthouder, zonder machineleesbaar register; gebruik `export xlsx-editable` (Bestand &gt; Exporteren: Excel-werkmap, bewerkbaar) en lees dat bestand in</translation>
    </message>
    <message>
        <source>the file is not a valid Excel workbook or is damaged</source>
        <translation>het bestand is geen geldige Excel-werkmap of is beschadigd</translation>
    </message>
    <message>
        <source>no row of register headings found: the ICO controller or processor template, the CNIL model, Dutch headings (Verwerking, Doel, Rechtsgrond) or a KGS ROPA workbook</source>
        <translation>geen rij met registerkoppen gevonden: het ICO-sjabloon voor verwerkingsverantwoordelijken of verwerkers, het CNIL-model, Nederlandse koppen (Verwerking, Doel, Rechtsgrond) of een KGS ROPA-werkmap</translation>
    </message>
    <message>
        <source>expands to {size} MB when unpacked, more than a register workbook holds (at most {limit} MB); not read</source>
        <translation>wordt uitgepakt {size} MB, meer dan een registerwerkmap bevat (hoogstens {limit} MB); niet gelezen</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx)</source>
        <translation>geen Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>does not follow the entry before it (deleted/reordered)</source>
        <translation>volgt niet op de regel ervoor (verwijderd of van volgorde veranderd)</translation>
    </message>
    <message>
        <source>its content does not match its hash (edited)</source>
        <translation>de inhoud klopt niet met de hash (bewerkt)</translation>
    </message>
    <message>
        <source>snapshot {snapshot} names history hash {hash}..., which is no longer in the history (entries were removed)</source>
        <translation>momentopname {snapshot} noemt geschiedenis-hash {hash}..., die niet meer in de geschiedenis staat (er zijn regels verwijderd)</translation>
    </message>
    <message>
        <source>snapshot {snapshot} does not match its fingerprint</source>
        <translation>momentopname {snapshot} klopt niet met zijn vingerafdruk</translation>
    </message>
    <message>
        <source>snapshot {snapshot} was deleted</source>
        <translation>momentopname {snapshot} is verwijderd</translation>
    </message>
    <message>
        <source>snapshot {snapshot} was replaced or edited</source>
        <translation>momentopname {snapshot} is vervangen of bewerkt</translation>
    </message>
    <message>
        <source>unknown outcome {outcome} (confirmed, changed or follow-up)</source>
        <translation>onbekende uitkomst {outcome} (bevestigd, gewijzigd of actie nodig)</translation>
    </message>
    <message>
        <source>there is no review session {id}</source>
        <translation>er is geen controlesessie {id}</translation>
    </message>
    <message>
        <source>no review session is open; start one with `review start NAME`</source>
        <translation>er is geen controlesessie open; start er eerst een</translation>
    </message>
    <message>
        <source>a review session needs a name, e.g. &quot;2026 Q4&quot;</source>
        <translation>een controlesessie heeft een naam nodig, bijvoorbeeld &quot;2026 Q4&quot;</translation>
    </message>
    <message>
        <source>a review session is already open; close it first (`review close`)</source>
        <translation>er is al een controlesessie open; sluit die eerst af</translation>
    </message>
    <message>
        <source>there is already a review session named {name}</source>
        <translation>er is al een controlesessie met de naam {name}</translation>
    </message>
    <message>
        <source>unknown activity {codes}</source>
        <translation>onbekende verwerking {codes}</translation>
    </message>
    <message>
        <source>activity {activity} is not in the scope of review {review}</source>
        <translation>verwerking {activity} hoort niet bij controle {review}</translation>
    </message>
    <message>
        <source>a follow-up needs an action (--action) or a note saying what to do</source>
        <translation>een vervolg heeft een actie nodig, of een toelichting die zegt wat er moet gebeuren</translation>
    </message>
    <message>
        <source>review {name}</source>
        <translation>beoordeling {name}</translation>
    </message>
    <message>
        <source>there is no follow-up {id}</source>
        <translation>er is geen vervolgactie {id}</translation>
    </message>
    <message>
        <source>the report is made for a closed review session</source>
        <translation>het verslag wordt gemaakt van een afgesloten controlesessie</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>%n activities are due for review and will be in scope.</source>
        <translation>
            <numerusform>%n verwerking is toe aan controle en komt in de controle.</numerusform>
            <numerusform>%n verwerkingen zijn toe aan controle en komen in de controle.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review session has been closed yet.</source>
        <translation>Er is nog geen controlesessie afgesloten.</translation>
    </message>
    <message numerus="yes">
        <source>Last session: %1, held on %2, %n activities reviewed.</source>
        <translation>
            <numerusform>Laatste sessie: %1, gehouden op %2, %n verwerking gecontroleerd.</numerusform>
            <numerusform>Laatste sessie: %1, gehouden op %2, %n verwerkingen gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a review session</source>
        <translation>Een controlesessie starten</translation>
    </message>
    <message>
        <source>The session walks through every activity due for review on its date. Mark each one confirmed, changed or in need of follow-up; marks are saved at once, so you can pause and continue later. Closing the session gives the marked activities their next review date and writes a report.</source>
        <translation>De sessie loopt alle verwerkingen langs die op de datum van de sessie toe zijn aan controle. Markeer elke verwerking als bevestigd, gewijzigd of actie nodig; markeringen worden direct opgeslagen, dus u kunt pauzeren en later verdergaan. Bij het afsluiten krijgen de gemarkeerde verwerkingen hun volgende controledatum en wordt een verslag gemaakt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>De controle starten</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Adequaatheidsbesluit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Grondslag doorgifte</translation>
    </message>
    <message>
        <source>Safeguards documented in</source>
        <translation>Waarborgen vastgelegd in</translation>
    </message>
    <message>
        <source>(processor located there)</source>
        <translation>(verwerker daar gevestigd)</translation>
    </message>
    <message>
        <source>(system located there)</source>
        <translation>(systeem daar gevestigd)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Assumed, to be confirmed: {mechanism}</source>
        <translation>Aangenomen, te bevestigen: {mechanism}</translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Kies een land</translation>
    </message>
    <message>
        <source>Which activities involve this country?</source>
        <translation>Bij welke verwerkingen speelt dit land een rol?</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Doorgiften</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>No deleted activities. An activity you delete is listed here, and can be put back, even after the app has been closed.</source>
        <translation>Geen verwijderde verwerkingen. Een verwerking die u verwijdert, staat hier en kan worden teruggezet, ook nadat de app is gesloten.</translation>
    </message>
    <message>
        <source>Restored from the deleted activities</source>
        <translation>Teruggezet uit de verwijderde verwerkingen</translation>
    </message>
    <message>
        <source>This activity was restored meanwhile; the list is updated.</source>
        <translation>Deze verwerking is intussen al teruggezet; de lijst is bijgewerkt.</translation>
    </message>
    <message>
        <source>The activity could not be put back: %1</source>
        <translation>De verwerking kon niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>Deleted activities</source>
        <translation>Verwijderde verwerkingen</translation>
    </message>
    <message>
        <source>Activities deleted from the register, kept by the change history. Restore puts the selected ones back as they were when they were deleted.</source>
        <translation>Verwerkingen die uit het register zijn verwijderd, bewaard in de wijzigingsgeschiedenis. Terugzetten zet de geselecteerde terug zoals ze waren toen ze werden verwijderd.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Verwijderd door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>The change history, review sessions and “last reviewed by” record this name. Left empty, they record the computer account (%1).</source>
        <translation>De wijzigingsgeschiedenis, controlesessies en „laatst gecontroleerd door” leggen deze naam vast. Leeg gelaten leggen ze het computeraccount vast (%1).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>VocabularyView</name>
    <message>
        <source>Lawful bases (Art. 6)</source>
        <translation>Grondslagen (art. 6)</translation>
    </message>
    <message>
        <source>Conditions for special categories (Art. 9(2))</source>
        <translation>Uitzonderingsgronden bijzondere gegevens (art. 9 lid 2)</translation>
    </message>
    <message>
        <source>Transfer mechanisms</source>
        <translation>Doorgiftegrondslagen</translation>
    </message>
    <message>
        <source>Recipient types</source>
        <translation>Soorten ontvangers</translation>
    </message>
    <message>
        <source>Data subject rights</source>
        <translation>Rechten van betrokkenen</translation>
    </message>
    <message>
        <source>Cookie types</source>
        <translation>Soorten cookies</translation>
    </message>
    <message>
        <source>Activity statuses</source>
        <translation>Statussen van verwerkingen</translation>
    </message>
    <message>
        <source>DPIA statuses</source>
        <translation>Statussen van DPIA&apos;s</translation>
    </message>
    <message>
        <source>Contact roles</source>
        <translation>Rollen van contactpersonen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>DPV identifier</source>
        <translation>DPV-identificatie</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation>Lijst:</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termen</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to KGS ROPA</source>
        <translation>Welkom bij KGS ROPA</translation>
    </message>
    <message>
        <source>KGS ROPA keeps your record of processing activities (Art. 30 GDPR): every activity with its purposes, lawful bases, data, recipients, transfers, retention and security measures.</source>
        <translation>KGS ROPA houdt uw register van verwerkingsactiviteiten bij (art. 30 AVG): elke verwerking met haar doeleinden, grondslagen, gegevens, ontvangers, doorgiften, bewaartermijnen en beveiligingsmaatregelen.</translation>
    </message>
    <message>
        <source>This register is still empty.</source>
        <translation>Dit register is nog leeg.</translation>
    </message>
    <message>
        <source>How do you want to begin?</source>
        <translation>Hoe wilt u beginnen?</translation>
    </message>
    <message numerus="yes">
        <source>This register holds %n activities.</source>
        <translation>
            <numerusform>Dit register bevat %n verwerking.</numerusform>
            <numerusform>Dit register bevat %n verwerkingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the organisation</source>
        <translation>De organisatie invullen</translation>
    </message>
    <message>
        <source>Enter the controller, group companies and the privacy officer or DPO.</source>
        <translation>Vul de verwerkingsverantwoordelijke, groepsmaatschappijen en de privacy officer of FG in.</translation>
    </message>
    <message>
        <source>Load the KGS Diamond example</source>
        <translation>Het voorbeeld van KGS Diamond laden</translation>
    </message>
    <message>
        <source>A complete example register to explore; change or delete it later.</source>
        <translation>Een volledig voorbeeldregister om te verkennen; later te wijzigen of te verwijderen.</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Het register openen</translation>
    </message>
    <message>
        <source>Start with an empty register</source>
        <translation>Beginnen met een leeg register</translation>
    </message>
    <message>
        <source>Search, filter and edit the activities.</source>
        <translation>De verwerkingen zoeken, filteren en bewerken.</translation>
    </message>
    <message>
        <source>Go straight to the register and add activities.</source>
        <translation>Direct naar het register en verwerkingen toevoegen.</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Het dashboard openen</translation>
    </message>
    <message>
        <source>Findings, reviews that are due and the open follow-ups at a glance.</source>
        <translation>Bevindingen, controles die aan de beurt zijn en openstaande acties in één oogopslag.</translation>
    </message>
</context>
<context>
    <name>WrittenNote</name>
    <message>
        <source>Written: %1 in %2</source>
        <translation>Opgeslagen: %1 in %2</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>The file %1 is not there (moved, renamed, or on another computer).</source>
        <translation>Het bestand %1 staat er niet (verplaatst, hernoemd of op een andere computer).</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Geen programma kon %1 openen.</translation>
    </message>
</context>
</TS>
