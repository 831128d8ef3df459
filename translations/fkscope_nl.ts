<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbonden: %1.</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>ON DELETE (arrow points at the parent)</source>
        <translation>ON DELETE (de pijl wijst naar de oudertabel)</translation>
    </message>
    <message>
        <source>D deferrable · NV not validated · ● NOT NULL</source>
        <translation>D uitstelbaar · NV niet gevalideerd · ● NOT NULL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>RuleStyle</name>
    <message>
        <source>CASCADE</source>
        <translation>CASCADE</translation>
    </message>
    <message>
        <source>solid, thick</source>
        <translation>doorgetrokken, dik</translation>
    </message>
    <message>
        <source>SET NULL</source>
        <translation>SET NULL</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>gestreept</translation>
    </message>
    <message>
        <source>SET DEFAULT</source>
        <translation>SET DEFAULT</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>streep-punt</translation>
    </message>
    <message>
        <source>RESTRICT</source>
        <translation>RESTRICT</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>gestippeld</translation>
    </message>
    <message>
        <source>NO ACTION</source>
        <translation>NO ACTION</translation>
    </message>
    <message>
        <source>dash-dot-dot, thin</source>
        <translation>streep-punt-punt, dun</translation>
    </message>
</context>
<context>
    <name>SceneRender</name>
    <message>
        <source>Foreign keys of %1</source>
        <translation>Refererende sleutels van %1</translation>
    </message>
    <message>
        <source>Drawn by fkscope</source>
        <translation>Getekend door fkscope</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation>de SVG kon niet worden getekend</translation>
    </message>
    <message>
        <source>unknown image format</source>
        <translation>onbekend afbeeldingsformaat</translation>
    </message>
</context>
<context>
    <name>fkscope::ChangesView</name>
    <message>
        <source>Copy as Markdown</source>
        <translation>Kopiëren als Markdown</translation>
    </message>
    <message>
        <source>Close comparison</source>
        <translation>Vergelijking sluiten</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Foreign key</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>No comparison. File &gt; Compare with... compares this graph with a snapshot, a DDL file, another database, or previews a migration.</source>
        <translation>Geen vergelijking. Bestand &gt; Vergelijken met... vergelijkt deze graaf met een snapshot, een DDL-bestand, een andere database, of toont een migratie vooraf.</translation>
    </message>
    <message numerus="yes">
        <source>From: %1
To: %2
%n difference(s)</source>
        <translation>
            <numerusform>Van: %1
Naar: %2
%n verschil</numerusform>
            <numerusform>Van: %1
Naar: %2
%n verschillen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Delete blast radius</source>
        <translation>Bereik van deletes</translation>
    </message>
    <message>
        <source>+%1 / -%2 tables reached by cascades</source>
        <translation>+%1 / -%2 tabellen bereikt via cascades</translation>
    </message>
    <message>
        <source>Foreign-key changes</source>
        <translation>Foreign-key-wijzigingen</translation>
    </message>
</context>
<context>
    <name>fkscope::CompareJob</name>
    <message>
        <source>%1 with %2 applied</source>
        <translation>%1 met %2 toegepast</translation>
    </message>
</context>
<context>
    <name>fkscope::ComparisonMarks</name>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>added by the migration</source>
        <translation>door de migratie toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>dropped by the migration</source>
        <translation>door de migratie verwijderd</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>hernoemd van %1</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>hernoemd naar %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>fkscope::ConnectDialog</name>
    <message>
        <source>(new connection)</source>
        <translation>(nieuwe verbinding)</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>&amp;Bewaard:</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>&amp;Verbindingsreeks:</translation>
    </message>
    <message>
        <source>or fill in:</source>
        <translation>of vul in:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinden...</translation>
    </message>
    <message>
        <source>Connect to a database</source>
        <translation>Verbinden met een database</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation>Soc&amp;ket:</translation>
    </message>
    <message>
        <source>not saved; %1 work too</source>
        <translation>wordt niet bewaard; %1 werken ook</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profiel niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>fkscope::DetailsView</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a table or a foreign key to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kies een tabel of een refererende sleutel om de details te zien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>ongeveer %1 rijen</translation>
    </message>
    <message>
        <source>never analyzed</source>
        <translation>nooit geanalyseerd</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Checks&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;CHECK-beperkingen&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Triggers: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Triggers: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DEFERRABLE INITIALLY DEFERRED</source>
        <translation>DEFERRABLE INITIALLY DEFERRED</translation>
    </message>
    <message>
        <source>DEFERRABLE</source>
        <translation>DEFERRABLE</translation>
    </message>
    <message>
        <source>NOT DEFERRABLE</source>
        <translation>NOT DEFERRABLE</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>gevalideerd</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... en nog %n</numerusform>
            <numerusform>... en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;References (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verwijst naar (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Referenced by (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Waarnaar verwezen door (%1)&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>fkscope::Explain</name>
    <message>
        <source> on table %1</source>
        <translation> op tabel %1</translation>
    </message>
    <message>
        <source>This database has no foreign key %1%2: is it the database the error came from?</source>
        <translation>Deze database heeft geen foreign key %1%2: is het de database waar de fout vandaan kwam?</translation>
    </message>
    <message>
        <source>Foreign key %1 is on %2: the message does not say which schema (psql&apos;s \set VERBOSITY verbose prints it)</source>
        <translation>Foreign key %1 staat op %2: de melding zegt niet welk schema (psql&apos;s \set VERBOSITY verbose toont het)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>The message names no constraint (SQLite and MySQL 1216/1217 do not): give the statement that failed with --statement &quot;DELETE FROM ...&quot; and fkscope finds the constraint by simulating it.</source>
        <translation>De melding noemt geen constraint (SQLite en MySQL 1216/1217 doen dat niet): geef de mislukte opdracht met --statement &quot;DELETE FROM ...&quot; en fkscope vindt de constraint door te simuleren.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3) references %4 (%5), ON DELETE %6.</source>
        <translation>%1 op %2 (%3) verwijst naar %4 (%5), ON DELETE %6.</translation>
    </message>
    <message>
        <source>%1 has that key now: it was added after the error, or the failing statement ran in a transaction that had not yet seen it.</source>
        <translation>%1 heeft die sleutel nu: hij is na de fout toegevoegd, of de mislukte opdracht liep in een transactie die hem nog niet zag.</translation>
    </message>
    <message>
        <source>%1 has no row with %2 = %3.</source>
        <translation>%1 heeft geen rij met %2 = %3.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 tables with a key of that type were searched.</source>
        <translation>Alleen %1 van de %2 tabellen met een sleutel van dat type zijn doorzocht.</translation>
    </message>
    <message>
        <source>The message shows no key values (the user may lack SELECT on the table): run the failing statement&apos;s values against %1 by hand.</source>
        <translation>De melding toont geen sleutelwaarden (de gebruiker mist misschien SELECT op de tabel): controleer de waarden van de mislukte opdracht met de hand tegen %1.</translation>
    </message>
    <message>
        <source>The key is in %1: the row may belong to another parent, and %2 may point at the wrong table.</source>
        <translation>De sleutel staat in %1: de rij hoort misschien bij een andere ouder, en %2 wijst mogelijk naar de verkeerde tabel.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>-- One nullable key per parent table, and a check that exactly one is set:</source>
        <translation>-- Eén sleutel die NULL mag zijn per oudertabel, en een controle dat er precies één gezet is:</translation>
    </message>
    <message>
        <source>-- SQLite: rebuild %1 with the new column and CHECK (%2)</source>
        <translation>-- SQLite: %1 opnieuw opbouwen met de nieuwe kolom en CHECK (%2)</translation>
    </message>
    <message>
        <source>Insert the %1 row first (in the same transaction, before the child), or correct the value.</source>
        <translation>Voeg eerst de rij in %1 toe (in dezelfde transactie, voor het kind), of verbeter de waarde.</translation>
    </message>
    <message>
        <source>The simulated DELETE fails too: %1</source>
        <translation>De gesimuleerde DELETE mislukt ook: %1</translation>
    </message>
    <message>
        <source>The simulated DELETE fails, but not on %1 any more: %2</source>
        <translation>De gesimuleerde DELETE mislukt, maar niet meer op %1: %2</translation>
    </message>
    <message>
        <source>The simulated DELETE is allowed now: the blocking rows are gone, or the error came from other rows.</source>
        <translation>De gesimuleerde DELETE mag nu: de blokkerende rijen zijn weg, of de fout kwam van andere rijen.</translation>
    </message>
    <message>
        <source>%1 foreign keys block it in all; fixing the first, the next one fails.</source>
        <translation>In totaal blokkeren %1 foreign keys; is de eerste opgelost, dan faalt de volgende.</translation>
    </message>
    <message>
        <source>Delete the blocking rows first, children first: fkscope plan with the same rows prints that script for review.</source>
        <translation>Verwijder eerst de blokkerende rijen, kinderen eerst: fkscope plan met dezelfde rijen drukt dat script af ter controle.</translation>
    </message>
    <message>
        <source>The message shows no key values: give the failing statement with --statement &quot;DELETE FROM ...&quot; to see what blocks it.</source>
        <translation>De melding toont geen sleutelwaarden: geef de mislukte opdracht met --statement &quot;DELETE FROM ...&quot; om te zien wat haar blokkeert.</translation>
    </message>
    <message>
        <source>%1 rows of %2 violate %3 now (no %4 row has their %5).</source>
        <translation>%1 rijen van %2 schenden %3 nu (geen rij van %4 heeft hun %5).</translation>
    </message>
    <message>
        <source>Give the statement that failed with --statement to see what it met; the rows listed violate their keys already, which SQLite allows while foreign_keys is off.</source>
        <translation>Geef de mislukte opdracht met --statement om te zien waar ze op stuitte; de getoonde rijen schenden hun sleutels al, wat SQLite toestaat zolang foreign_keys uit staat.</translation>
    </message>
    <message>
        <source>Point the referencing rows at the new key first (insert the new parent row, update the children, then delete the old one), or declare the foreign keys ON UPDATE CASCADE if children should follow their parent&apos;s key.</source>
        <translation>Laat de verwijzende rijen eerst naar de nieuwe sleutel wijzen (nieuwe ouderrij invoegen, de kinderen bijwerken, dan de oude verwijderen), of declareer de foreign keys met ON UPDATE CASCADE als kinderen de sleutel van hun ouder moeten volgen.</translation>
    </message>
    <message>
        <source>No row references the old key now: the rows were changed after the error.</source>
        <translation>Geen rij verwijst nu nog naar de oude sleutel: de rijen zijn na de fout gewijzigd.</translation>
    </message>
    <message>
        <source>An UPDATE of a parent key meets the foreign keys to it with their ON UPDATE rules; the message shows no key, so fkscope cannot count the rows that reference it.</source>
        <translation>Een UPDATE van een oudersleutel raakt de foreign keys ernaar met hun ON UPDATE-regels; de melding toont geen sleutel, dus fkscope kan de verwijzende rijen niet tellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 still reference the old key through %2 (ON UPDATE %3): the UPDATE would leave them pointing at a key that no longer exists.</source>
        <translation>
            <numerusform>%n rij van %1 verwijst via %2 (ON UPDATE %3) nog naar de oude sleutel: de UPDATE zou hem laten wijzen naar een sleutel die niet meer bestaat.</numerusform>
            <numerusform>%n rijen van %1 verwijzen via %2 (ON UPDATE %3) nog naar de oude sleutel: de UPDATE zou ze laten wijzen naar een sleutel die niet meer bestaat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 reference the old key through %2 (ON UPDATE %3): they would follow the change.</source>
        <translation>
            <numerusform>%n rij van %1 verwijst via %2 (ON UPDATE %3) naar de oude sleutel: hij zou de wijziging volgen.</numerusform>
            <numerusform>%n rijen van %1 verwijzen via %2 (ON UPDATE %3) naar de oude sleutel: ze zouden de wijziging volgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fkscope::ExplainDialog</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Uitleggen</translation>
    </message>
    <message>
        <source>Explain a foreign-key error</source>
        <translation>Een foreign key-fout uitleggen</translation>
    </message>
    <message>
        <source>Paste the error here: psql output, a log line, a driver&apos;s exception, MySQL 1451 / 1452, SQLite&apos;s message.</source>
        <translation>Plak de fout hier: psql-uitvoer, een logregel, de exceptie van een driver, MySQL 1451 / 1452, de melding van SQLite.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>Optional: the statement that failed (DELETE FROM ...)</source>
        <translation>Optioneel: de mislukte opdracht (DELETE FROM ...)</translation>
    </message>
    <message>
        <source>Failed statement</source>
        <translation>Mislukte opdracht</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Opdracht:</translation>
    </message>
    <message>
        <source>A snapshot holds no rows: connect to the database the error came from.</source>
        <translation>Een snapshot bevat geen rijen: maak verbinding met de database waar de fout vandaan kwam.</translation>
    </message>
    <message>
        <source>Looking it up...</source>
        <translation>Opzoeken...</translation>
    </message>
    <message>
        <source>&lt;p&gt;The impact panel shows the simulation of: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Het impactpaneel toont de simulatie van: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix&lt;/b&gt; (for review):&lt;/p&gt;&lt;pre style=&quot;white-space: pre-wrap&quot;&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Oplossing&lt;/b&gt; (ter controle):&lt;/p&gt;&lt;pre style=&quot;white-space: pre-wrap&quot;&gt;%1&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>fkscope::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
</context>
<context>
    <name>fkscope::FindingsView</name>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Show on canvas</source>
        <translation>Op het canvas tonen</translation>
    </message>
    <message>
        <source>Select a finding to see what happens and how to fix it.</source>
        <translation>Kies een bevinding om te zien wat er gebeurt en hoe het te verhelpen is.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Show the tables of the findings listed on the canvas</source>
        <translation>De tabellen van de getoonde bevindingen op het canvas tonen</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Controleren...</translation>
    </message>
    <message>
        <source>All rules (%1)</source>
        <translation>Alle regels (%1)</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info</source>
        <translation>%1 fouten, %2 waarschuwingen, %3 info</translation>
    </message>
    <message>
        <source>

Fix:
%1</source>
        <translation>

Oplossing:
%1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>The finding and its fix</source>
        <translation>De bevinding en haar oplossing</translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactPanel</name>
    <message>
        <source>&amp;Simulate DELETE</source>
        <translation>DELETE &amp;simuleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Delete from:</source>
        <translation>&amp;Verwijderen uit:</translation>
    </message>
    <message>
        <source>Table to delete from</source>
        <translation>Tabel waaruit verwijderd wordt</translation>
    </message>
    <message>
        <source>Filter: an SQL condition, e.g. status = &apos;archived&apos; (Enter to apply)</source>
        <translation>Filter: een SQL-voorwaarde, bijv. status = &apos;archived&apos; (Enter om toe te passen)</translation>
    </message>
    <message>
        <source>Row filter (SQL condition)</source>
        <translation>Rijfilter (SQL-voorwaarde)</translation>
    </message>
    <message>
        <source>Rows of the table; select the rows to delete</source>
        <translation>Rijen van de tabel; kies de rijen om te verwijderen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Rijen</translation>
    </message>
    <message>
        <source>Key values</source>
        <translation>Sleutelwaarden</translation>
    </message>
    <message>
        <source>&amp;Key values</source>
        <translation>&amp;Sleutelwaarden</translation>
    </message>
    <message>
        <source>An SQL condition on the table, e.g.
created_at &lt; now() - interval &apos;5 years&apos;</source>
        <translation>Een SQL-voorwaarde op de tabel, bijv.
created_at &lt; now() - interval &apos;5 years&apos;</translation>
    </message>
    <message>
        <source>WHERE condition</source>
        <translation>WHERE-voorwaarde</translation>
    </message>
    <message>
        <source>&amp;WHERE</source>
        <translation>&amp;WHERE</translation>
    </message>
    <message>
        <source>Simulate the DELETE in a read-only transaction (Ctrl+Return). Nothing is written.</source>
        <translation>De DELETE simuleren in een alleen-lezen transactie (Ctrl+Enter). Er wordt niets geschreven.</translation>
    </message>
    <message>
        <source>Cancel the running query on the server (Esc)</source>
        <translation>De lopende query op de server annuleren (Esc)</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Geen rijen.</translation>
    </message>
    <message>
        <source>Rows %1-%2</source>
        <translation>Rijen %1-%2</translation>
    </message>
    <message>
        <source>of about %1</source>
        <translation>van ongeveer %1</translation>
    </message>
    <message>
        <source>This table has no primary key or NOT NULL unique key: choose rows with a WHERE.</source>
        <translation>Deze tabel heeft geen primaire sleutel en geen unieke NOT NULL-sleutel: kies rijen met een WHERE.</translation>
    </message>
    <message>
        <source>Could not read rows: %1</source>
        <translation>Kon de rijen niet lezen: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3...</source>
        <translation>Stap %1 van %2: %3...</translation>
    </message>
    <message>
        <source>Simulated in %1 ms; nothing was written.</source>
        <translation>Gesimuleerd in %1 ms; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Deletion plan</source>
        <translation>Verwijderplan</translation>
    </message>
    <message>
        <source>Deletes the chosen rows with every row that blocks them, children first. CASCADE, SET NULL and SET DEFAULT are left to the database. fkscope does not run this script: review it, then run it yourself.</source>
        <translation>Verwijdert de gekozen rijen met alle rijen die ze blokkeren, kinderen eerst. CASCADE, SET NULL en SET DEFAULT laat het aan de database over. fkscope voert dit script niet uit: controleer het en voer het dan zelf uit.</translation>
    </message>
    <message>
        <source>Verified: the real DELETE ran; nothing was kept.</source>
        <translation>Gecontroleerd: de echte DELETE is uitgevoerd; niets is bewaard.</translation>
    </message>
    <message>
        <source>Cancelled: the simulation was stopped on the server.</source>
        <translation>Geannuleerd: de simulatie is op de server gestopt.</translation>
    </message>
    <message>
        <source>The simulation did not finish: %1</source>
        <translation>De simulatie is niet afgerond: %1</translation>
    </message>
    <message>
        <source>No deletion plan: %1</source>
        <translation>Geen verwijderplan: %1</translation>
    </message>
    <message>
        <source>Cancelled: the verification was stopped and rolled back.</source>
        <translation>Geannuleerd: de controle is gestopt en teruggedraaid.</translation>
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation>De controle is niet afgerond: %1</translation>
    </message>
    <message>
        <source>Choose a table: from the list, the canvas (right-click) or the schema tree.</source>
        <translation>Kies een tabel: uit de lijst, in het diagram (rechtsklik) of in de schemaboom.</translation>
    </message>
    <message>
        <source>A snapshot holds the schema only: connect to the database to read rows and simulate deletes.</source>
        <translation>Een snapshot bevat alleen het schema: maak verbinding met de database om rijen te lezen en verwijderingen te simuleren.</translation>
    </message>
    <message>
        <source>%1 has no primary key or NOT NULL unique key: use the WHERE tab.</source>
        <translation>%1 heeft geen primaire sleutel en geen unieke NOT NULL-sleutel: gebruik het tabblad WHERE.</translation>
    </message>
    <message>
        <source>Value of key column %1</source>
        <translation>Waarde van sleutelkolom %1</translation>
    </message>
    <message>
        <source>Reading rows %1-%2 of %3...</source>
        <translation>Rijen %1-%2 van %3 lezen...</translation>
    </message>
    <message>
        <source>Simulating needs a live database; this source is a snapshot.</source>
        <translation>Simuleren vraagt een echte database; deze bron is een snapshot.</translation>
    </message>
    <message>
        <source>Choose the table to delete from first.</source>
        <translation>Kies eerst de tabel waaruit verwijderd wordt.</translation>
    </message>
    <message>
        <source>The rows are still loading.</source>
        <translation>De rijen worden nog geladen.</translation>
    </message>
    <message>
        <source>%1 has no key to pick rows by: use the WHERE tab.</source>
        <translation>%1 heeft geen sleutel om rijen mee te kiezen: gebruik het tabblad WHERE.</translation>
    </message>
    <message>
        <source>Select one or more rows in the grid (Shift or Ctrl to add more), or use the Key values or WHERE tab.</source>
        <translation>Kies een of meer rijen in het raster (Shift of Ctrl voor meer), of gebruik het tabblad Sleutelwaarden of WHERE.</translation>
    </message>
    <message>
        <source>%1 has no key: use the WHERE tab.</source>
        <translation>%1 heeft geen sleutel: gebruik het tabblad WHERE.</translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation>Vul een waarde in voor %1.</translation>
    </message>
    <message>
        <source>Write the condition of the rows to delete.</source>
        <translation>Schrijf de voorwaarde van de te verwijderen rijen.</translation>
    </message>
    <message>
        <source>Simulating %1...</source>
        <translation>%1 simuleren...</translation>
    </message>
    <message>
        <source>Writing the deletion plan...</source>
        <translation>Het verwijderplan schrijven...</translation>
    </message>
    <message>
        <source>Verify with a rolled-back DELETE</source>
        <translation>Controleren met een teruggedraaide DELETE</translation>
    </message>
    <message>
        <source>This runs the real DELETE on a temporary copy of the SQLite file.</source>
        <translation>Dit voert de echte DELETE uit op een tijdelijke kopie van het SQLite-bestand.</translation>
    </message>
    <message>
        <source>This runs the real DELETE on the database, inside a transaction that is always rolled back.</source>
        <translation>Dit voert de echte DELETE uit op de database, in een transactie die altijd wordt teruggedraaid.</translation>
    </message>
    <message>
        <source>Your file is not opened for writing. Copying it takes time and disk space in proportion to its size; triggers run on the copy.</source>
        <translation>Uw bestand wordt niet geopend om te schrijven. Kopiëren kost tijd en schijfruimte naar verhouding van de grootte; triggers lopen op de kopie.</translation>
    </message>
    <message>
        <source>While it runs it takes row locks on every row it deletes or updates (other sessions that write those rows wait; fkscope gives up after 5 seconds of waiting for a lock) and fires triggers, including any with effects outside the database. It can take as long as the DELETE itself. Nothing is committed.</source>
        <translation>Terwijl het loopt, vergrendelt het elke rij die het verwijdert of wijzigt (andere sessies die die rijen schrijven wachten; fkscope geeft het na 5 seconden wachten op een vergrendeling op) en activeert het triggers, ook die met gevolgen buiten de database. Het kan zo lang duren als de DELETE zelf. Er wordt niets vastgelegd.</translation>
    </message>
    <message>
        <source>Run on a copy</source>
        <translation>Op een kopie uitvoeren</translation>
    </message>
    <message>
        <source>Run and roll back</source>
        <translation>Uitvoeren en terugdraaien</translation>
    </message>
    <message>
        <source>Running the real DELETE; nothing will be kept...</source>
        <translation>De echte DELETE uitvoeren; niets wordt bewaard...</translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactReport</name>
    <message>
        <source>ALLOWED: the DELETE would succeed.</source>
        <translation>TOEGESTAAN: de DELETE zou slagen.</translation>
    </message>
    <message>
        <source>MAY BE BLOCKED: it depends on the order in which the engine visits rows.</source>
        <translation>MOGELIJK GEBLOKKEERD: het hangt af van de volgorde waarin de database de rijen bezoekt.</translation>
    </message>
    <message>
        <source>BLOCKED: the DELETE would fail.</source>
        <translation>GEBLOKKEERD: de DELETE zou mislukken.</translation>
    </message>
    <message>
        <source>BLOCKED AT COMMIT: the DELETE succeeds, COMMIT fails (deferred constraint).</source>
        <translation>GEBLOKKEERD BIJ COMMIT: de DELETE slaagt, de COMMIT mislukt (uitgestelde beperking).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still reference deleted rows through %2 (%3)</source>
        <translation>%1 verwijzen via %2 (%3) nog naar verwijderde rijen</translation>
    </message>
    <message>
        <source>%1 would get NULL in NOT NULL column %2 (ON DELETE of %3)</source>
        <translation>%1 zouden NULL krijgen in NOT NULL-kolom %2 (ON DELETE van %3)</translation>
    </message>
    <message>
        <source>%1 set NULL or to their default would fail CHECK %2</source>
        <translation>%1, op NULL of hun standaardwaarde gezet, zouden CHECK %2 schenden</translation>
    </message>
    <message>
        <source>%1 updated by two SET actions are re-checked and reference a deleted row through %2</source>
        <translation>%1, door twee SET-acties gewijzigd, worden opnieuw gecontroleerd en verwijzen via %2 naar een verwijderde rij</translation>
    </message>
    <message>
        <source>%1 would be set to a default that references no remaining row (%2)</source>
        <translation>%1 zouden een standaardwaarde krijgen die naar geen overblijvende rij verwijst (%2)</translation>
    </message>
    <message>
        <source>foreign key mismatch: %1 does not reference its parent&apos;s primary key or a unique index, so the statement fails before it deletes anything</source>
        <translation>refererende sleutel past niet (foreign key mismatch): %1 verwijst niet naar de primaire sleutel van de oudertabel of een unieke index, dus de opdracht mislukt voordat ze iets verwijdert</translation>
    </message>
    <message>
        <source>Delete those rows of %1 first (the deletion plan gives the order), or change %2 to ON DELETE CASCADE or SET NULL.</source>
        <translation>Verwijder die rijen van %1 eerst (het verwijderplan geeft de volgorde), of wijzig %2 in ON DELETE CASCADE of SET NULL.</translation>
    </message>
    <message>
        <source>Delete those rows of %1 in the same transaction before COMMIT, or change %2 to ON DELETE CASCADE or SET NULL.</source>
        <translation>Verwijder die rijen van %1 in dezelfde transactie vóór de COMMIT, of wijzig %2 in ON DELETE CASCADE of SET NULL.</translation>
    </message>
    <message>
        <source>Make %1.%2 nullable, or change the rule to CASCADE, or delete those rows first.</source>
        <translation>Sta NULL toe in %1.%2, of wijzig de regel in CASCADE, of verwijder die rijen eerst.</translation>
    </message>
    <message>
        <source>Change CHECK %1 to allow the nulled value, or change the rule, or delete those rows first.</source>
        <translation>Wijzig CHECK %1 zodat de NULL-waarde mag, of wijzig de regel, of verwijder die rijen eerst.</translation>
    </message>
    <message>
        <source>Delete or fix those rows of %1 first, so that no row is updated by two SET actions.</source>
        <translation>Verwijder of herstel die rijen van %1 eerst, zodat geen rij door twee SET-acties gewijzigd wordt.</translation>
    </message>
    <message>
        <source>Make sure the default value of %1 references a row that stays, or change the rule.</source>
        <translation>Zorg dat de standaardwaarde van %1 naar een blijvende rij verwijst, of wijzig de regel.</translation>
    </message>
    <message>
        <source>Give the parent columns of %1 a PRIMARY KEY or UNIQUE constraint (SQLite needs one), or make the foreign key reference the parent&apos;s primary key.</source>
        <translation>Geef de ouderkolommen van %1 een PRIMARY KEY- of UNIQUE-beperking (SQLite heeft er een nodig), of laat de refererende sleutel naar de primaire sleutel van de oudertabel verwijzen.</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>verwijderd %1</translation>
    </message>
    <message>
        <source>set NULL %1</source>
        <translation>op NULL %1</translation>
    </message>
    <message>
        <source>set DEFAULT %1</source>
        <translation>op DEFAULT %1</translation>
    </message>
    <message>
        <source>this plan still fails: %1 rows of %2 break %3 %4 when their parent goes; change the rule or the rows first</source>
        <translation>dit plan mislukt toch: %1 rijen van %2 schenden %3 %4 als hun ouderrij verdwijnt; wijzig eerst de regel of de rijen</translation>
    </message>
    <message>
        <source># Delete impact: %1</source>
        <translation># Gevolgen van verwijderen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected; simulated read-only on %2 in %3 ms, nothing was written.</source>
        <translation>
            <numerusform>%n rij van %1 gekozen; alleen-lezen gesimuleerd op %2 in %3 ms, er is niets geschreven.</numerusform>
            <numerusform>%n rijen van %1 gekozen; alleen-lezen gesimuleerd op %2 in %3 ms, er is niets geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>## Blockers</source>
        <translation>## Blokkades</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>beperking</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>(Order-dependent: these rows may or may not block.)</source>
        <translation>(Volgordeafhankelijk: deze rijen blokkeren misschien.)</translation>
    </message>
    <message>
        <source>Sample rows:</source>
        <translation>Voorbeeldrijen:</translation>
    </message>
    <message>
        <source>## Effects</source>
        <translation>## Gevolgen</translation>
    </message>
    <message>
        <source>## Effects before the statement fails</source>
        <translation>## Gevolgen voordat de opdracht mislukt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>set NULL</source>
        <translation>op NULL</translation>
    </message>
    <message>
        <source>set DEFAULT</source>
        <translation>op DEFAULT</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>(the statement)</source>
        <translation>(de opdracht)</translation>
    </message>
    <message>
        <source>## Unknown (no SELECT privilege)</source>
        <translation>## Onbekend (geen SELECT-recht)</translation>
    </message>
    <message>
        <source>## Warnings</source>
        <translation>## Waarschuwingen</translation>
    </message>
    <message>
        <source>the cascade through %1 would nest more than 14 levels deep, past InnoDB&apos;s limit</source>
        <translation>de cascade via %1 zou meer dan 14 niveaus diep nesten, voorbij de grens van InnoDB</translation>
    </message>
    <message>
        <source>Delete the rows of %1 first, or in smaller groups from the deep end of the chain, so that no cascade nests 15 levels deep.</source>
        <translation>Verwijder eerst de rijen van %1, of in kleinere groepen vanaf het diepe einde van de keten, zodat geen cascade 15 niveaus diep nest.</translation>
    </message>
    <message>
        <source>The server would stop with error %1 (%2): %3</source>
        <translation>De server zou stoppen met fout %1 (%2): %3</translation>
    </message>
    <message>
        <source>The server would stop with error %1 (%2):</source>
        <translation>De server zou stoppen met fout %1 (%2):</translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactResultView</name>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Blockers and effects</source>
        <translation>Blokkades en gevolgen</translation>
    </message>
    <message>
        <source>Table / item</source>
        <translation>Tabel / item</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Constraint / kind</source>
        <translation>Beperking / soort</translation>
    </message>
    <message>
        <source>Path from the deleted rows</source>
        <translation>Pad vanaf de verwijderde rijen</translation>
    </message>
    <message>
        <source>Copy &amp;Markdown</source>
        <translation>&amp;Markdown kopiëren</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>Het rapport als Markdown kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopiëren</translation>
    </message>
    <message>
        <source>Copy the result as the JSON of fkscope impact --json</source>
        <translation>Het resultaat kopiëren als de JSON van fkscope impact --json</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>Rapport &amp;opslaan...</translation>
    </message>
    <message>
        <source>Save the report as Markdown or JSON</source>
        <translation>Het rapport als Markdown of JSON opslaan</translation>
    </message>
    <message>
        <source>Deletion &amp;plan...</source>
        <translation>Verwijder&amp;plan...</translation>
    </message>
    <message>
        <source>The ordered SQL script that deletes the blocking rows first</source>
        <translation>Het geordende SQL-script dat de blokkerende rijen eerst verwijdert</translation>
    </message>
    <message>
        <source>&amp;Verify...</source>
        <translation>&amp;Controleren...</translation>
    </message>
    <message>
        <source>Run the real DELETE in a transaction that is always rolled back</source>
        <translation>De echte DELETE uitvoeren in een transactie die altijd wordt teruggedraaid</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Clear the result and restore the canvas</source>
        <translation>Het resultaat wissen en het diagram herstellen</translation>
    </message>
    <message>
        <source>Choose rows and press Simulate DELETE (Ctrl+Return). Nothing is written.</source>
        <translation>Kies rijen en druk op DELETE simuleren (Ctrl+Enter). Er wordt niets geschreven.</translation>
    </message>
    <message>
        <source>Sample rows (Enter to open)</source>
        <translation>Voorbeeldrijen (Enter om te openen)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected</source>
        <translation>
            <numerusform>%n rij van %1 gekozen</numerusform>
            <numerusform>%n rijen van %1 gekozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted in %1</source>
        <translation>
            <numerusform>%n rij verwijderd in %1</numerusform>
            <numerusform>%n rijen verwijderd in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabel</numerusform>
            <numerusform>%n tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set NULL</source>
        <translation>%1 op NULL</translation>
    </message>
    <message>
        <source>%1 set DEFAULT</source>
        <translation>%1 op DEFAULT</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blokkade</numerusform>
            <numerusform>%n blokkades</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated on %1 in %2 ms, read-only</source>
        <translation>gesimuleerd op %1 in %2 ms, alleen-lezen</translation>
    </message>
    <message>
        <source>Not simulated for lack of SELECT privilege (unknown): %1</source>
        <translation>Niet gesimuleerd wegens ontbrekend SELECT-recht (onbekend): %1</translation>
    </message>
    <message>
        <source>Blockers (%1)</source>
        <translation>Blokkades (%1)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Wat te doen: %1</translation>
    </message>
    <message>
        <source>Order-dependent: the engine&apos;s row order decides whether these rows block.</source>
        <translation>Volgordeafhankelijk: de rijvolgorde van de database bepaalt of deze rijen blokkeren.</translation>
    </message>
    <message>
        <source>The server may name it %1</source>
        <translation>De server noemt het misschien %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted (%n row(s))</source>
        <translation>
            <numerusform>Verwijderd (%n rij)</numerusform>
            <numerusform>Verwijderd (%n rijen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set NULL (%n row(s))</source>
        <translation>
            <numerusform>Op NULL gezet (%n rij)</numerusform>
            <numerusform>Op NULL gezet (%n rijen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set DEFAULT (%n row(s))</source>
        <translation>
            <numerusform>Op DEFAULT gezet (%n rij)</numerusform>
            <numerusform>Op DEFAULT gezet (%n rijen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the statement)</source>
        <translation>(de opdracht)</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>Unknown: no SELECT privilege (%1)</source>
        <translation>Onbekend: geen SELECT-recht (%1)</translation>
    </message>
    <message>
        <source>not simulated: what happens to its rows is unknown</source>
        <translation>niet gesimuleerd: wat er met de rijen gebeurt is onbekend</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save impact report</source>
        <translation>Gevolgenrapport opslaan</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Kon het rapport niet opslaan</translation>
    </message>
</context>
<context>
    <name>fkscope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>fkscope</source>
        <translation>fkscope</translation>
    </message>
    <message>
        <source>Open a database or a snapshot to begin.</source>
        <translation>Open een database of een snapshot om te beginnen.</translation>
    </message>
    <message>
        <source>Reading the catalog: %1...</source>
        <translation>De catalogus lezen: %1...</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Kon %1 niet openen.</translation>
    </message>
    <message>
        <source>Could not open the source</source>
        <translation>Kon de bron niet openen</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · showing %4 · layout %5 in %6 ms</source>
        <translation>%1 · %2, %3 · getoond: %4 · indeling %5 in %6 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabel</numerusform>
            <numerusform>%n tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n refererende sleutel</numerusform>
            <numerusform>%n refererende sleutels</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Layout failed</source>
        <translation>Indeling mislukt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL...</source>
        <translation>&amp;Verbinden met PostgreSQL...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open S&amp;QLite database...</source>
        <translation>S&amp;QLite-database openen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Open snapshot...</source>
        <translation>Snapshot &amp;openen...</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Demodatabase openen</translation>
    </message>
    <message>
        <source>&amp;Export image...</source>
        <translation>Afbeelding &amp;exporteren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Gevolgen</translation>
    </message>
    <message>
        <source>Simulate &amp;DELETE from the selected table...</source>
        <translation>&amp;DELETE uit de gekozen tabel simuleren...</translation>
    </message>
    <message>
        <source>Select a table on the canvas or in the schema tree first.</source>
        <translation>Kies eerst een tabel in het diagram of in de schemaboom.</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Find a table (Ctrl+F)</source>
        <translation>Tabel zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a table</source>
        <translation>Tabel zoeken</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source> Hops: </source>
        <translation> Stappen: </translation>
    </message>
    <message>
        <source>Neighbourhood size in foreign-key hops</source>
        <translation>Grootte van de omgeving in stappen langs refererende sleutels</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show %1 foreign keys</source>
        <translation>%1-sleutels tonen</translation>
    </message>
    <message>
        <source>Hide tables without foreign keys</source>
        <translation>Tabellen zonder refererende sleutels verbergen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Headers only</source>
        <translation>Alleen koppen</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schema&apos;s</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Gevolgen</translation>
    </message>
    <message>
        <source>Impact &amp;panel</source>
        <translation>Gevolgen&amp;paneel</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Impact of %1: %2</source>
        <translation>Gevolgen voor %1: %2</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 openen...</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot openen</translation>
    </message>
    <message>
        <source>fkscope snapshots (*.json)</source>
        <translation>fkscope-snapshots (*.json)</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>SQLite-database openen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>SQLite-databases (*.sqlite *.sqlite3 *.db *.db3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 - fkscope</source>
        <translation>%1 - fkscope</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n table(s)...</source>
        <translation>
            <numerusform>%n tabel indelen...</numerusform>
            <numerusform>%n tabellen indelen...</numerusform>
        </translation>
    </message>
    <message>
        <source>No table matches &quot;%1&quot;.</source>
        <translation>Geen tabel komt overeen met &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Simulate DELETE from %1...</source>
        <translation>DELETE uit %1 simuleren...</translation>
    </message>
    <message>
        <source>Focus on its neighbours</source>
        <translation>Focus op de buren</translation>
    </message>
    <message>
        <source>Clear the impact result</source>
        <translation>Het gevolgenresultaat wissen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 geëxporteerd.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>Go to the &amp;schema tree</source>
        <translation>Naar de &amp;schemaboom</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;canvas</source>
        <translation>Naar het &amp;diagram</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>Naar de de&amp;tails</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Go to the &amp;impact panel</source>
        <translation>Naar het &amp;gevolgenpaneel</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Show folded tables</source>
        <translation>Samengevouwen tabellen tonen</translation>
    </message>
    <message>
        <source>Show the tables of this group whose name contains:</source>
        <translation>De tabellen van deze groep tonen waarvan de naam dit bevat:</translation>
    </message>
    <message>
        <source>No table of the group matches &quot;%1&quot;.</source>
        <translation>Geen tabel van de groep past bij &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Toon er nog %n</numerusform>
            <numerusform>Toon er nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the ones whose name contains...</source>
        <translation>Toon die waarvan de naam iets bevat...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About fkscope</source>
        <translation>&amp;Over fkscope</translation>
    </message>
    <message>
        <source>About fkscope</source>
        <translation>Over fkscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;fkscope %1&lt;/b&gt;&lt;br&gt;A database&apos;s foreign keys, and what a DELETE would do.</source>
        <translation>&lt;b&gt;fkscope %1&lt;/b&gt;&lt;br&gt;De refererende sleutels van een database, en wat een DELETE zou doen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>&amp;Findings (lint)</source>
        <translation>&amp;Bevindingen (lint)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Go to the &amp;findings</source>
        <translation>Naar de &amp;bevindingen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Explain an error...</source>
        <translation>Fout &amp;uitleggen...</translation>
    </message>
    <message>
        <source>Co&amp;mpare with</source>
        <translation>Verge&amp;lijken met</translation>
    </message>
    <message>
        <source>A &amp;snapshot, DDL or SQLite file...</source>
        <translation>Een &amp;snapshot, DDL- of SQLite-bestand...</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>Snapshots and DDL files (*.json *.sql);;SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>Snapshots en DDL-bestanden (*.json *.sql);;SQLite-databases (*.sqlite *.sqlite3 *.db *.db3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Another &amp;database...</source>
        <translation>Een andere &amp;database...</translation>
    </message>
    <message>
        <source>&amp;Preview a migration...</source>
        <translation>Migratie &amp;vooraf bekijken...</translation>
    </message>
    <message>
        <source>Preview a migration</source>
        <translation>Migratie vooraf bekijken</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-bestanden (*.sql);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>De vergelijking is mislukt.</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Kon niet vergelijken</translation>
    </message>
    <message>
        <source>Comparing with %1...</source>
        <translation>Vergelijken met %1...</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n migration file(s)...</source>
        <translation>
            <numerusform>%n migratiebestand toepassen...</numerusform>
            <numerusform>%n migratiebestanden toepassen...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with %1</source>
        <translation>
            <numerusform>%n verschil met %1</numerusform>
            <numerusform>%n verschillen met %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the c&amp;hanges</source>
        <translation>Naar de &amp;wijzigingen</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
</context>
<context>
    <name>fkscope::Messages</name>
    <message>
        <source>The demo SQL is missing from this build.</source>
        <translation>De demo-SQL ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>Cannot create %1 for the demo database.</source>
        <translation>Kan %1 niet aanmaken voor de demodatabase.</translation>
    </message>
    <message>
        <source>Cannot build the demo database at %1: %2</source>
        <translation>Kan de demodatabase niet bouwen in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo database at %1.</source>
        <translation>Kan de demodatabase niet schrijven naar %1.</translation>
    </message>
    <message>
        <source>Graphviz could not read the layout graph.</source>
        <translation>Graphviz kon de indelingsgraaf niet lezen.</translation>
    </message>
    <message>
        <source>Graphviz layout (%1) failed.</source>
        <translation>Graphviz-indeling (%1) mislukt.</translation>
    </message>
    <message>
        <source>Loading the catalog was cancelled.</source>
        <translation>Het laden van de catalogus is geannuleerd.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not supported; fkscope needs PostgreSQL 12 or newer.</source>
        <translation>PostgreSQL %1 wordt niet ondersteund; fkscope heeft PostgreSQL 12 of nieuwer nodig.</translation>
    </message>
    <message>
        <source>partitions and inheritance</source>
        <translation>partities en overerving</translation>
    </message>
    <message>
        <source>triggers, rules and policies</source>
        <translation>triggers, regels en policies</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>refererende sleutels</translation>
    </message>
    <message>
        <source>partition copies of foreign keys</source>
        <translation>partitiekopieën van refererende sleutels</translation>
    </message>
    <message>
        <source>The query ran longer than the statement timeout and was stopped: %1</source>
        <translation>De query duurde langer dan de statement-timeout en is gestopt: %1</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>De query is geannuleerd.</translation>
    </message>
    <message>
        <source>Gave up waiting for a lock held by another session: %1</source>
        <translation>Opgegeven: het wachten op een vergrendeling van een andere sessie duurde te lang: %1</translation>
    </message>
    <message>
        <source>The database refused access: %1</source>
        <translation>De database weigerde de toegang: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>De verbinding met de server is verbroken: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>De database meldde een fout: %1</translation>
    </message>
    <message>
        <source>Database client error: %1</source>
        <translation>Fout in de databaseclient: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
    <message>
        <source>The database does not exist: %1</source>
        <translation>De database bestaat niet: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>De server weigerde de verbinding: %1</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server: %1</source>
        <translation>Kan de PostgreSQL-server niet bereiken: %1</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>De verbindingsreeks is ongeldig: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Kan geen verbinding maken: %1</translation>
    </message>
    <message>
        <source>The deletion plan nests more than 32 tables deep.</source>
        <translation>Het verwijderplan is dieper genest dan 32 tabellen.</translation>
    </message>
    <message>
        <source>Table %1 is not in the loaded schema.</source>
        <translation>Tabel %1 zit niet in het geladen schema.</translation>
    </message>
    <message>
        <source>Foreign keys form a cycle through %1: no statement order deletes these tables one by one; delete them in one statement or defer the constraints.</source>
        <translation>Refererende sleutels vormen een kring via %1: geen volgorde van opdrachten verwijdert deze tabellen een voor een; verwijder ze in één opdracht of stel de beperkingen uit.</translation>
    </message>
    <message>
        <source>-- fkscope deletion plan: delete the rows of %1 where %2,
</source>
        <translation>-- fkscope-verwijderplan: verwijdert de rijen van %1 met %2,
</translation>
    </message>
    <message>
        <source>-- with every row that blocks them (RESTRICT / NO ACTION), children first.
-- CASCADE, SET NULL and SET DEFAULT are left to the database. Review before running;
-- fkscope does not run this script.
</source>
        <translation>-- met elke rij die ze blokkeert (RESTRICT / NO ACTION), kinderen eerst.
-- CASCADE, SET NULL en SET DEFAULT laat het aan de database over. Controleer voor het uitvoeren;
-- fkscope voert dit script niet uit.
</translation>
    </message>
    <message>
        <source>-- %1. the rows asked for
</source>
        <translation>-- %1. de gevraagde rijen
</translation>
    </message>
    <message>
        <source>-- %1. %2: its rows block through %3
</source>
        <translation>-- %1. %2: de rijen blokkeren via %3
</translation>
    </message>
    <message>
        <source>No table named %1 (names resolve as in SQL: quote mixed case, e.g. &apos;&quot;Orders&quot;&apos;; unqualified names follow search_path).</source>
        <translation>Geen tabel met de naam %1 (namen worden opgezocht zoals in SQL: zet gemengde hoofdletters tussen aanhalingstekens, bijv. &apos;&quot;Orders&quot;&apos;; namen zonder schema volgen search_path).</translation>
    </message>
    <message>
        <source>Say which rows to delete: key values or a WHERE predicate.</source>
        <translation>Zeg welke rijen verwijderd worden: sleutelwaarden of een WHERE-predicaat.</translation>
    </message>
    <message>
        <source>%1 has no column %2.</source>
        <translation>%1 heeft geen kolom %2.</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>De simulatie is geannuleerd.</translation>
    </message>
    <message>
        <source>privileges and trigger order</source>
        <translation>rechten en triggervolgorde</translation>
    </message>
    <message>
        <source>No SELECT privilege on %1: its rows cannot be read.</source>
        <translation>Geen SELECT-recht op %1: de rijen kunnen niet gelezen worden.</translation>
    </message>
    <message>
        <source>reading the result</source>
        <translation>het resultaat lezen</translation>
    </message>
    <message>
        <source>%1 has rules (%2) that can rewrite a DELETE.</source>
        <translation>%1 heeft regels (%2) die een DELETE kunnen herschrijven.</translation>
    </message>
    <message>
        <source>%1 has row-level security: the simulation counts only the rows you can see, while foreign-key actions reach all rows.</source>
        <translation>%1 heeft row-level security: de simulatie telt alleen de rijen die u ziet, terwijl acties van refererende sleutels alle rijen bereiken.</translation>
    </message>
    <message>
        <source>No SELECT privilege on %1: its rows (and what they lead to) are unknown.</source>
        <translation>Geen SELECT-recht op %1: de rijen (en waar ze toe leiden) zijn onbekend.</translation>
    </message>
    <message>
        <source>%1 changes %2, which %3 references: its ON UPDATE action is not simulated.</source>
        <translation>%1 wijzigt %2, waar %3 naar verwijst: de ON UPDATE-actie daarvan wordt niet gesimuleerd.</translation>
    </message>
    <message>
        <source>%1 and %2 share columns and one of them sets them: the result depends on the order of their triggers.</source>
        <translation>%1 en %2 delen kolommen en een van beide zet ze: het resultaat hangt af van de volgorde van hun triggers.</translation>
    </message>
    <message>
        <source>%1 inherits from %2: DELETE without ONLY also deletes its rows, which this simulation does not count.</source>
        <translation>%1 erft van %2: DELETE zonder ONLY verwijdert ook die rijen, die deze simulatie niet telt.</translation>
    </message>
    <message>
        <source>Whether some rows block depends on the order in which PostgreSQL visits rows (see blockers with &quot;certain&quot;: false); --verify tells for sure.</source>
        <translation>Of sommige rijen blokkeren hangt af van de volgorde waarin PostgreSQL rijen bezoekt (zie blokkades met &quot;certain&quot;: false); --verify zegt het zeker.</translation>
    </message>
    <message>
        <source>%1not a valid fkscope snapshot: %2: expected %3</source>
        <translation>%1geen geldig fkscope-snapshot: %2: verwacht werd %3</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>een tekenreeks of null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>an array of column names</source>
        <translation>een array van kolomnamen</translation>
    </message>
    <message>
        <source>a table listed in &quot;tables&quot;</source>
        <translation>een tabel uit &quot;tables&quot;</translation>
    </message>
    <message>
        <source>as many columns as &quot;columns&quot; (at least one)</source>
        <translation>evenveel kolommen als &quot;columns&quot; (minstens één)</translation>
    </message>
    <message>
        <source>%1not valid JSON at byte %2: %3</source>
        <translation>%1geen geldige JSON bij byte %2: %3</translation>
    </message>
    <message>
        <source>%1not a valid fkscope snapshot: expected a JSON object</source>
        <translation>%1geen geldig fkscope-snapshot: verwacht werd een JSON-object</translation>
    </message>
    <message>
        <source>%1snapshot format version %2 is not supported (this fkscope reads up to %3)</source>
        <translation>%1snapshotformaatversie %2 wordt niet ondersteund (deze fkscope leest tot %3)</translation>
    </message>
    <message>
        <source>a table name not used before</source>
        <translation>een tabelnaam die nog niet gebruikt is</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>A snapshot file holds the schema only: connect to the database to read rows and simulate deletes.</source>
        <translation>Een snapshot bevat alleen het schema: maak verbinding met de database om rijen te lezen en verwijderingen te simuleren.</translation>
    </message>
    <message>
        <source>Could not read the CREATE TABLE text of %1: its CHECK constraints and DEFERRABLE clauses are not known.</source>
        <translation>Kon de CREATE TABLE-tekst van %1 niet lezen: de CHECK-beperkingen en DEFERRABLE-clausules zijn onbekend.</translation>
    </message>
    <message>
        <source>%1 has a foreign key to %2, which does not exist.</source>
        <translation>%1 heeft een refererende sleutel naar %2, dat niet bestaat.</translation>
    </message>
    <message>
        <source>No SQLite file at %1.</source>
        <translation>Geen SQLite-bestand op %1.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 is geen leesbaar bestand.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>geen geheugen meer</translation>
    </message>
    <message>
        <source>Cannot open %1 as SQLite: %2.</source>
        <translation>Kan %1 niet openen als SQLite: %2.</translation>
    </message>
    <message>
        <source>The statement ran out of time and was stopped.</source>
        <translation>De opdracht duurde te lang en is gestopt.</translation>
    </message>
    <message>
        <source>%1 is not a valid SQLite database: %2.</source>
        <translation>%1 is geen geldige SQLite-database: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another connection: %2.</source>
        <translation>%1 is vergrendeld door een andere verbinding: %2.</translation>
    </message>
    <message>
        <source>No table %1 in this SQLite database.</source>
        <translation>Geen tabel %1 in deze SQLite-database.</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>het schema lezen</translation>
    </message>
    <message>
        <source>SQLite enforces foreign keys only on connections that ran PRAGMA foreign_keys = ON; this simulation assumes it is on. With it off, the DELETE removes the selected rows of %1 and nothing else.</source>
        <translation>SQLite controleert refererende sleutels alleen op verbindingen die PRAGMA foreign_keys = ON uitvoerden; deze simulatie neemt aan dat het aan staat. Staat het uit, dan verwijdert de DELETE alleen de gekozen rijen van %1 en verder niets.</translation>
    </message>
    <message>
        <source>checking what blocks</source>
        <translation>nagaan wat blokkeert</translation>
    </message>
    <message>
        <source>No temporary directory for the copy: %1</source>
        <translation>Geen tijdelijke map voor de kopie: %1</translation>
    </message>
    <message>
        <source>Cannot create the copy %1.</source>
        <translation>Kan de kopie %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>De controle is geannuleerd.</translation>
    </message>
    <message>
        <source>Could not copy %1: %2</source>
        <translation>Kon %1 niet kopiëren: %2</translation>
    </message>
    <message numerus="yes">
        <source>simulating the delete across %n table(s) in one statement</source>
        <translation>
            <numerusform>de verwijdering simuleren over %n tabel in één opdracht</numerusform>
            <numerusform>de verwijdering simuleren over %n tabellen in één opdracht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>simulating the delete across %n table(s)</source>
        <translation>
            <numerusform>de verwijdering simuleren over %n tabel</numerusform>
            <numerusform>de verwijdering simuleren over %n tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No source was given.</source>
        <translation>Er is geen bron opgegeven.</translation>
    </message>
    <message>
        <source>%1 is not reached through a connection.</source>
        <translation>%1 wordt niet via een verbinding bereikt.</translation>
    </message>
    <message>
        <source>%1 has columns named rowid, oid and _rowid_, so SQL cannot tell its rows apart; --verify runs the real DELETE on a copy.</source>
        <translation>%1 heeft kolommen met de namen rowid, oid en _rowid_, dus SQL kan de rijen niet van elkaar onderscheiden; --verify voert de echte DELETE uit op een kopie.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0. It links Qt (LGPL-3.0), Graphviz (EPL-1.0), libpqxx (BSD-3-Clause), libpq (PostgreSQL licence) and SQLite (public domain), each under its own licence: see THIRD_PARTY_NOTICES, installed in /usr/share/doc/fkscope.</source>
        <translation>Gelicentieerd onder de Apache License, versie 2.0. Het linkt Qt (LGPL-3.0), Graphviz (EPL-1.0), libpqxx (BSD-3-Clause), libpq (PostgreSQL-licentie) en SQLite (publiek domein), elk onder een eigen licentie: zie THIRD_PARTY_NOTICES, geïnstalleerd in /usr/share/doc/fkscope.</translation>
    </message>
    <message>
        <source>%1 has user triggers (%2): they run on the real DELETE and can change what it does; --verify runs it without keeping its changes.</source>
        <translation>%1 heeft gebruikerstriggers (%2): die lopen bij de echte DELETE en kunnen veranderen wat hij doet; --verify voert hem uit zonder zijn wijzigingen te bewaren.</translation>
    </message>
    <message>
        <source>%1 references itself through %2 (RESTRICT) on NOT NULL column %3: the database checks RESTRICT row by row, so no single statement deletes such linked rows; delete them leaves first.</source>
        <translation>%1 verwijst via %2 (RESTRICT) op NOT NULL-kolom %3 naar zichzelf: de database controleert RESTRICT rij voor rij, dus geen enkele opdracht verwijdert zulke gekoppelde rijen; verwijder ze vanaf de bladeren.</translation>
    </message>
    <message>
        <source>The database checks RESTRICT row by row: the links among these rows are cut first.</source>
        <translation>De database controleert RESTRICT rij voor rij: de verwijzingen tussen deze rijen worden eerst doorgeknipt.</translation>
    </message>
    <message>
        <source>%1 has no primary key and no unique NOT NULL key: the plan cannot tell its rows apart.</source>
        <translation>%1 heeft geen primaire sleutel en geen unieke NOT NULL-sleutel: het plan kan de rijen niet uit elkaar houden.</translation>
    </message>
    <message>
        <source>InnoDB checks RESTRICT row by row: the links among these rows are cut first.</source>
        <translation>InnoDB controleert RESTRICT rij voor rij: de verwijzingen tussen deze rijen worden eerst doorgeknipt.</translation>
    </message>
    <message>
        <source>%1.%2 uses the %3 storage engine, which ignores foreign keys.</source>
        <translation>%1.%2 gebruikt de storage engine %3, die foreign keys negeert.</translation>
    </message>
    <message>
        <source>User %1 has privileges on single tables of database %2 only: tables without a grant are invisible, and so are their foreign keys. Cascades and blockers through them are missing.</source>
        <translation>Gebruiker %1 heeft alleen rechten op losse tabellen van database %2: tabellen zonder recht zijn onzichtbaar, en hun foreign keys ook. Cascades en blokkades via die tabellen ontbreken.</translation>
    </message>
    <message>
        <source>Foreign key %1 on %2.%3 references %4.%5, which the user cannot see (or which does not exist).</source>
        <translation>Foreign key %1 op %2.%3 verwijst naar %4.%5, die de gebruiker niet kan zien (of die niet bestaat).</translation>
    </message>
    <message>
        <source>Not a MySQL URI (mysql://USER@HOST[:PORT]/DATABASE): %1</source>
        <translation>Geen MySQL-URI (mysql://USER@HOST[:PORT]/DATABASE): %1</translation>
    </message>
    <message>
        <source>Cannot read the MySQL URI: %1.</source>
        <translation>De MySQL-URI kan niet gelezen worden: %1.</translation>
    </message>
    <message>
        <source>A MySQL URI names one database: %1</source>
        <translation>Een MySQL-URI noemt één database: %1</translation>
    </message>
    <message>
        <source>Unknown option in the MySQL URI: %1 (only socket= is read).</source>
        <translation>Onbekende optie in de MySQL-URI: %1 (alleen socket= wordt gelezen).</translation>
    </message>
    <message>
        <source>No MySQL/MariaDB server answered at %1: %2</source>
        <translation>Geen MySQL/MariaDB-server antwoordde op %1: %2</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password: %2</source>
        <translation>De server op %1 weigerde de gebruikersnaam of het wachtwoord: %2</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2.</source>
        <translation>De server op %1 heeft geen database %2.</translation>
    </message>
    <message>
        <source>The user may not use the database %1: %2</source>
        <translation>De gebruiker mag database %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Kon geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>A row was locked by another connection for too long: %1</source>
        <translation>Een rij was te lang vergrendeld door een andere verbinding: %1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Toegang geweigerd: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>De server meldde een fout: %1</translation>
    </message>
    <message>
        <source>Cannot read the table name %1 (write TABLE or DATABASE.TABLE).</source>
        <translation>De tabelnaam %1 kan niet gelezen worden (schrijf TABEL of DATABASE.TABEL).</translation>
    </message>
    <message>
        <source>No database is selected: name the table as DATABASE.TABLE, or give the database in the URI.</source>
        <translation>Geen database gekozen: noem de tabel als DATABASE.TABEL, of geef de database in de URI.</translation>
    </message>
    <message>
        <source>There is no table %1.%2.</source>
        <translation>Er is geen tabel %1.%2.</translation>
    </message>
    <message>
        <source>The DELETE reaches more than %1 rows: too many to replay in InnoDB&apos;s order here.</source>
        <translation>De DELETE bereikt meer dan %1 rijen: te veel om hier in de volgorde van InnoDB na te spelen.</translation>
    </message>
    <message>
        <source>A SET NULL action changes a column that another foreign key references, or a row the statement still has to read: InnoDB follows that update, the simulation does not.</source>
        <translation>Een SET NULL-actie wijzigt een kolom waar een andere foreign key naar verwijst, of een rij die het statement nog moet lezen: InnoDB volgt die wijziging, de simulatie niet.</translation>
    </message>
    <message>
        <source>The order in which the DELETE reads %1 is not known (no primary key, or an index merge): which blocker InnoDB meets first may differ.</source>
        <translation>De volgorde waarin de DELETE %1 leest is niet bekend (geen primaire sleutel, of een index merge): welke blokkade InnoDB eerst tegenkomt kan verschillen.</translation>
    </message>
    <message>
        <source>PostgreSQL stops at the first of these blockers it meets, which depends on the physical order of the rows it deletes: first_error names one of them.</source>
        <translation>PostgreSQL stopt bij de eerste van deze blokkades die het tegenkomt, wat afhangt van de fysieke volgorde van de rijen die het verwijdert: first_error noemt er één.</translation>
    </message>
    <message>
        <source>The server is read-only (a replica?): the verification needs a server that accepts the DELETE. %1</source>
        <translation>De server is alleen-lezen (een replica?): de controle heeft een server nodig die de DELETE aanneemt. %1</translation>
    </message>
    <message>
        <source>foreign_key_checks is 0 for new sessions on this server: a DELETE in such a session ignores every foreign key (nothing cascades, nothing blocks).</source>
        <translation>foreign_key_checks is 0 voor nieuwe sessies op deze server: een DELETE in zo&apos;n sessie negeert elke foreign key (niets cascadeert, niets blokkeert).</translation>
    </message>
    <message>
        <source>
Fix:
%1</source>
        <translation>
Oplossing:
%1</translation>
    </message>
    <message>
        <source>         fix: %1
</source>
        <translation>         oplossing: %1
</translation>
    </message>
    <message>
        <source>%1 error, %2 warning, %3 info
</source>
        <translation>%1 fouten, %2 waarschuwingen, %3 info
</translation>
    </message>
    <message>
        <source>Table %1.%2 was dropped while the catalog was read; it is left out.</source>
        <translation>Tabel %1.%2 is verwijderd terwijl de catalogus werd gelezen; ze is weggelaten.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>No index starts with the foreign key&apos;s columns: every delete or key update of a parent row scans the child table.</source>
        <translation>Geen index begint met de kolommen van de foreign key: elke delete of sleutelwijziging van een ouderrij doorzoekt de hele kindtabel.</translation>
    </message>
    <message>
        <source>%1: no index starts with (%2), so each delete of a %3 row scans %4</source>
        <translation>%1: geen index begint met (%2), dus elke delete van een rij van %3 doorzoekt %4</translation>
    </message>
    <message>
        <source>ON DELETE / ON UPDATE SET NULL on a NOT NULL column: the action fails whenever it fires.</source>
        <translation>ON DELETE / ON UPDATE SET NULL op een NOT NULL-kolom: de actie mislukt zodra ze afgaat.</translation>
    </message>
    <message>
        <source>Make %1 nullable, or choose another action for %2 (the table is rebuilt to change either).</source>
        <translation>Sta NULL toe in %1 of kies een andere actie voor %2 (voor beide wordt de tabel opnieuw opgebouwd).</translation>
    </message>
    <message>
        <source>%1: %2 on NOT NULL column(s) %3 fails whenever a referenced %4 row is deleted or its key changes</source>
        <translation>%1: %2 op NOT NULL-kolom(men) %3 mislukt zodra een gerefereerde rij van %4 wordt verwijderd of haar sleutel verandert</translation>
    </message>
    <message>
        <source>ON DELETE SET DEFAULT on a column without a default: the column is set to NULL (or fails when NOT NULL).</source>
        <translation>ON DELETE SET DEFAULT op een kolom zonder standaardwaarde: de kolom wordt NULL (of het mislukt bij NOT NULL).</translation>
    </message>
    <message>
        <source>%1: ON DELETE SET DEFAULT but %2 has no default, so it is set to NULL</source>
        <translation>%1: ON DELETE SET DEFAULT, maar %2 heeft geen standaardwaarde en wordt dus NULL</translation>
    </message>
    <message>
        <source>%1 is %2, %3.%4 is %5</source>
        <translation>%1 is %2, %3.%4 is %5</translation>
    </message>
    <message>
        <source>%1: types differ (%2)</source>
        <translation>%1: types verschillen (%2)</translation>
    </message>
    <message>
        <source>Give both sides the same type (the referenced column&apos;s type is usually the one to keep).</source>
        <translation>Geef beide kanten hetzelfde type (meestal dat van de gerefereerde kolom).</translation>
    </message>
    <message>
        <source>Two foreign keys on the same columns reference the same key: both are checked, and their actions both fire.</source>
        <translation>Twee foreign keys op dezelfde kolommen verwijzen naar dezelfde sleutel: beide worden gecontroleerd en beide acties gaan af.</translation>
    </message>
    <message>
        <source>%1 repeats %2 (columns %3)</source>
        <translation>%1 herhaalt %2 (kolommen %3)</translation>
    </message>
    <message>
        <source>; their ON DELETE actions differ (%1 and %2), so the outcome of a delete is the stricter one</source>
        <translation>; hun ON DELETE-acties verschillen (%1 en %2), dus bij een delete geldt de strengste</translation>
    </message>
    <message>
        <source>Rebuild the table without one of the two keys.</source>
        <translation>Bouw de tabel opnieuw op zonder een van beide sleutels.</translation>
    </message>
    <message>
        <source>A foreign key added NOT VALID: rows that existed before were never checked and may point nowhere.</source>
        <translation>Een foreign key toegevoegd met NOT VALID: rijen die er al waren zijn nooit gecontroleerd en kunnen nergens naar wijzen.</translation>
    </message>
    <message>
        <source>%1 is NOT VALID: existing rows were never checked</source>
        <translation>%1 is NOT VALID: bestaande rijen zijn nooit gecontroleerd</translation>
    </message>
    <message>
        <source>One constraint name on foreign keys of several tables: an error naming it is ambiguous (MySQL refuses it within a database).</source>
        <translation>Eén constraintnaam op foreign keys van meerdere tabellen: een foutmelding met die naam is dubbelzinnig (MySQL weigert dat binnen een database).</translation>
    </message>
    <message>
        <source>%1 and %2 more tables</source>
        <translation>%1 en nog %2 tabellen</translation>
    </message>
    <message>
        <source>%1: the name is also used on %2</source>
        <translation>%1: de naam wordt ook gebruikt op %2</translation>
    </message>
    <message>
        <source>Drop the key and add it again under a name of its own.</source>
        <translation>Verwijder de sleutel en voeg hem opnieuw toe onder een eigen naam.</translation>
    </message>
    <message>
        <source>A column named and typed like another table&apos;s key, with no foreign key: nothing stops it pointing nowhere.</source>
        <translation>Een kolom met de naam en het type van de sleutel van een andere tabel, zonder foreign key: niets belet dat ze nergens naar wijst.</translation>
    </message>
    <message>
        <source>%1.%2 (%3) looks like a reference to %4 but no foreign key says so (%5)</source>
        <translation>%1.%2 (%3) lijkt een verwijzing naar %4, maar geen foreign key zegt dat (%5)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>likely: the name and the type match</source>
        <translation>waarschijnlijk: naam en type komen overeen</translation>
    </message>
    <message>
        <source>possible: check the name and the type</source>
        <translation>mogelijk: controleer naam en type</translation>
    </message>
    <message>
        <source>Rebuild the table with the column declared REFERENCES %1.</source>
        <translation>Bouw de tabel opnieuw op met de kolom als REFERENCES %1.</translation>
    </message>
    <message>
        <source>A *_type + *_id pair without a foreign key: the id points at one of several tables and nothing checks it.</source>
        <translation>Een paar *_type + *_id zonder foreign key: de id wijst naar een van meerdere tabellen en niets controleert haar.</translation>
    </message>
    <message>
        <source>-- One nullable key per parent table, and a check that exactly one is set:</source>
        <translation>-- Eén sleutel die NULL mag zijn per oudertabel, en een controle dat er precies één gezet is:</translation>
    </message>
    <message>
        <source>-- rebuild %1 with these columns, each REFERENCES its parent, and CHECK (%2)</source>
        <translation>-- %1 opnieuw opbouwen met deze kolommen, elk REFERENCES naar haar ouder, en CHECK (%2)</translation>
    </message>
    <message>
        <source>-- then a foreign key from each new column to its parent&apos;s key, and %1 / %2 dropped once filled.</source>
        <translation>-- daarna een foreign key van elke nieuwe kolom naar de sleutel van haar ouder, en %1 / %2 verwijderen zodra gevuld.</translation>
    </message>
    <message>
        <source>%1: %2 and %3 point at a row of one of several tables; no foreign key checks %3</source>
        <translation>%1: %2 en %3 wijzen naar een rij van een van meerdere tabellen; geen foreign key controleert %3</translation>
    </message>
    <message>
        <source>A chain of ON DELETE CASCADE keys from this table reaches a table of more than a million (estimated) rows: one delete can remove many rows and hold their locks.</source>
        <translation>Een keten van ON DELETE CASCADE-sleutels vanaf deze tabel bereikt een tabel met meer dan een miljoen (geschatte) rijen: één delete kan veel rijen verwijderen en hun locks vasthouden.</translation>
    </message>
    <message>
        <source>Deleting from %1 cascades into %2 (about %3 rows): %4</source>
        <translation>Verwijderen uit %1 cascadeert naar %2 (ongeveer %3 rijen): %4</translation>
    </message>
    <message>
        <source>Check the blast radius before deleting (fkscope impact), delete the large table&apos;s rows in batches first, or make the last key RESTRICT.</source>
        <translation>Controleer de reikwijdte voor het verwijderen (fkscope impact), verwijder eerst de rijen van de grote tabel in porties, of maak de laatste sleutel RESTRICT.</translation>
    </message>
    <message>
        <source>SQLite enforces foreign keys only on connections that turn them on: each connection of each program must run PRAGMA foreign_keys = ON.</source>
        <translation>SQLite dwingt foreign keys alleen af op verbindingen die ze aanzetten: elke verbinding van elk programma moet PRAGMA foreign_keys = ON uitvoeren.</translation>
    </message>
    <message>
        <source>This file declares %1 foreign key(s), and SQLite checks none of them, nor cascades, on a connection that has not run PRAGMA foreign_keys = ON</source>
        <translation>Dit bestand declareert %1 foreign key(s), en SQLite controleert er geen en cascadeert niet op een verbinding die PRAGMA foreign_keys = ON niet heeft uitgevoerd</translation>
    </message>
    <message>
        <source>A RESTRICT / NO ACTION key whose child the same parent&apos;s delete also cascades into: on InnoDB, whether the delete fails depends on constraint names, indexes and row order.</source>
        <translation>Een RESTRICT / NO ACTION-sleutel waarvan de kindtabel ook door de delete van dezelfde ouder wordt gecascadeerd: bij InnoDB hangt het mislukken dan af van constraintnamen, indexen en rijvolgorde.</translation>
    </message>
    <message>
        <source>%1 (%2) blocks deletes of %3 rows, yet deleting those rows also cascades into %4: InnoDB&apos;s outcome then depends on constraint names, indexes and row order</source>
        <translation>%1 (%2) blokkeert deletes van rijen uit %3, maar die deletes cascaderen ook naar %4: bij InnoDB hangt de uitkomst dan af van constraintnamen, indexen en rijvolgorde</translation>
    </message>
    <message>
        <source>Predict a given delete with fkscope impact; to make it not depend on order, make %1 CASCADE or SET NULL, or delete %2&apos;s rows first (fkscope plan).</source>
        <translation>Voorspel een bepaalde delete met fkscope impact; om niet van de volgorde af te hangen: maak %1 CASCADE of SET NULL, of verwijder eerst de rijen van %2 (fkscope plan).</translation>
    </message>
    <message>
        <source>A foreign key references columns that are not a primary key or unique: deleting one parent row acts on every child of that value (InnoDB), or every write fails (SQLite: foreign key mismatch).</source>
        <translation>Een foreign key verwijst naar kolommen die geen primaire sleutel of uniek zijn: een ouderrij verwijderen raakt elk kind met die waarde (InnoDB), of elke schrijfactie mislukt (SQLite: foreign key mismatch).</translation>
    </message>
    <message>
        <source>%1 references %2 (%3), which is not a primary key or unique</source>
        <translation>%1 verwijst naar %2 (%3), dat geen primaire sleutel of uniek is</translation>
    </message>
    <message>
        <source>Make (%1) unique on %2 if it is a key, or reference the primary key instead.</source>
        <translation>Maak (%1) uniek op %2 als het een sleutel is, of verwijs in plaats daarvan naar de primaire sleutel.</translation>
    </message>
    <message>
        <source>The table has user triggers or rewrite rules: a delete can do more than its foreign keys say, and fkscope&apos;s simulation does not run them.</source>
        <translation>De tabel heeft eigen triggers of rewrite-regels: een delete kan meer doen dan haar foreign keys zeggen, en de simulatie van fkscope voert ze niet uit.</translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation>triggers %1</translation>
    </message>
    <message>
        <source>rules %1</source>
        <translation>regels %1</translation>
    </message>
    <message>
        <source>%1 has %2: a delete can do more than its foreign keys say</source>
        <translation>%1 heeft %2: een delete kan meer doen dan de foreign keys zeggen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Row-level security is on: a simulation sees the rows its user may see, which can differ from what a delete meets.</source>
        <translation>Beveiliging op rijniveau staat aan: een simulatie ziet de rijen die haar gebruiker mag zien, en die kunnen verschillen van wat een delete raakt.</translation>
    </message>
    <message>
        <source>%1 has row-level security enabled</source>
        <translation>%1 heeft beveiliging op rijniveau aan</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n bevinding: </numerusform>
            <numerusform>%n bevindingen: </numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a foreign-key error fkscope can read: expected PostgreSQL&apos;s &quot;violates foreign key constraint&quot; with its quoted names (SQLSTATE 23503), MySQL/MariaDB error 1451 or 1452, or SQLite&apos;s &quot;FOREIGN KEY constraint failed&quot;.</source>
        <translation>Dit is geen foreign key-fout die fkscope kan lezen: verwacht werd PostgreSQL&apos;s &quot;violates foreign key constraint&quot; met de namen tussen aanhalingstekens (SQLSTATE 23503), MySQL/MariaDB-fout 1451 of 1452, of SQLite&apos;s &quot;FOREIGN KEY constraint failed&quot;.</translation>
    </message>
    <message>
        <source>PostgreSQL DDL file</source>
        <translation>PostgreSQL-DDL-bestand</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 migrations cannot be read offline yet.</source>
        <translation>%1-migraties kunnen nog niet offline gelezen worden.</translation>
    </message>
    <message>
        <source>No temporary directory for the scratch database: %1</source>
        <translation>Geen tijdelijke map voor de hulpdatabase: %1</translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1.</source>
        <translation>Kan de hulpdatabase %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Migrations apply to an SQLite file or DDL file, not to a snapshot of one.</source>
        <translation>Migraties gelden voor een SQLite-bestand of DDL-bestand, niet voor een snapshot ervan.</translation>
    </message>
    <message>
        <source>(a %1 connection)</source>
        <translation>(een %1-verbinding)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>the server closed it (restarted, shut down, or the session was ended), or the network dropped.</source>
        <translation>de server heeft haar gesloten (herstart, afgesloten, of de sessie werd beëindigd), of het netwerk viel weg.</translation>
    </message>
    <message>
        <source>The server is read-only (a hot standby?): the verification needs a server that accepts the DELETE. %1</source>
        <translation>De server is alleen-lezen (een hot standby?): de verificatie heeft een server nodig die de DELETE accepteert. %1</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 s, the statement timeout and %2 s more: the network or a proxy on the way has stopped passing data. The connection was closed.</source>
        <translation>De server stuurde %1 s lang niets, de statement timeout en %2 s meer: het netwerk of een proxy onderweg geeft geen gegevens meer door. De verbinding is gesloten.</translation>
    </message>
    <message>
        <source>SQLite fails this DELETE with &quot;%1&quot;; which constraint fails first could not be told.</source>
        <translation>SQLite laat deze DELETE mislukken met &quot;%1&quot;; welke beperking het eerst faalt, kon niet worden vastgesteld.</translation>
    </message>
    <message>
        <source>SQLite&apos;s own order was not replayed (%1): blockers marked uncertain depend on it.</source>
        <translation>De eigen volgorde van SQLite is niet nagespeeld (%1): blokkades die als onzeker gemarkeerd zijn, hangen ervan af.</translation>
    </message>
    <message>
        <source>the connection enforces foreign keys, so rows cannot be copied</source>
        <translation>de verbinding handhaaft foreign keys, dus rijen kunnen niet worden gekopieerd</translation>
    </message>
    <message>
        <source>a SET action changes a key that %1 references, whose ON UPDATE action would run</source>
        <translation>een SET-actie wijzigt een sleutel waarnaar %1 verwijst, waarvan de ON UPDATE-actie dan zou lopen</translation>
    </message>
    <message>
        <source>it would copy more than %L1 rows</source>
        <translation>er zouden meer dan %L1 rijen worden gekopieerd</translation>
    </message>
    <message>
        <source>the definition of %1 cannot be copied</source>
        <translation>de definitie van %1 kan niet worden gekopieerd</translation>
    </message>
    <message>
        <source>replaying the delete in SQLite&apos;s own order</source>
        <translation>speel het verwijderen na in de eigen volgorde van SQLite</translation>
    </message>
    <message>
        <source>A foreign key column and the column it references differ in type, length or collation: values are converted on every check, some do not fit, and text may match under one collation and not the other.</source>
        <translation>Een foreign-key-kolom en de kolom waarnaar hij verwijst verschillen in type, lengte of collatie: waarden worden bij elke controle omgezet, sommige passen niet, en tekst kan onder de ene collatie overeenkomen en onder de andere niet.</translation>
    </message>
    <message>
        <source>the default collation</source>
        <translation>de standaardcollatie</translation>
    </message>
    <message>
        <source>%1 uses %2, %3.%4 uses %5</source>
        <translation>%1 gebruikt %2, %3.%4 gebruikt %5</translation>
    </message>
    <message>
        <source>%1: collations differ (%2)</source>
        <translation>%1: collaties verschillen (%2)</translation>
    </message>
    <message>
        <source>Give both sides the same collation (the referenced column&apos;s is usually the one to keep).</source>
        <translation>Geef beide kanten dezelfde collatie (meestal die van de kolom waarnaar verwezen wordt).</translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1); the previous ones are kept.</source>
        <translation>Uw instellingen konden niet worden opgeslagen (%1); de vorige blijven behouden.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kan niet worden aangemaakt</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kan niet worden geschreven</translation>
    </message>
    <message>
        <source>the disk may be full: %1 was cut short</source>
        <translation>de schijf is misschien vol: %1 is afgekapt</translation>
    </message>
    <message>
        <source>InnoDB&apos;s own index order of %1 was not read (%2): the order information_schema lists is used, which differs for indexes added later by ALTER TABLE, and the order decides which foreign keys InnoDB checks first.</source>
        <translation>De eigen indexvolgorde van InnoDB voor %1 is niet gelezen (%2): de volgorde die information_schema geeft wordt gebruikt; die wijkt af bij indexen die later met ALTER TABLE zijn toegevoegd, en de volgorde bepaalt welke foreign keys InnoDB eerst controleert.</translation>
    </message>
    <message>
        <source>names with characters InnoDB stores encoded</source>
        <translation>namen met tekens die InnoDB gecodeerd opslaat</translation>
    </message>
</context>
<context>
    <name>fkscope::MinimapView</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
</context>
<context>
    <name>fkscope::RowPageModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>%1 (key; click to sort)</source>
        <translation>%1 (sleutel; klik om te sorteren)</translation>
    </message>
    <message>
        <source>%1 (click to sort)</source>
        <translation>%1 (klik om te sorteren)</translation>
    </message>
</context>
<context>
    <name>fkscope::SampleRowsDialog</name>
    <message>
        <source>Sample rows of %1</source>
        <translation>Voorbeeldrijen van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample row(s), identified by their key. These are samples, not every row.</source>
        <translation>
            <numerusform>%n voorbeeldrij, herkenbaar aan de sleutel. Dit zijn voorbeelden, niet alle rijen.</numerusform>
            <numerusform>%n voorbeeldrijen, herkenbaar aan hun sleutel. Dit zijn voorbeelden, niet alle rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation>Voorbeeldrijen</translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaScene</name>
    <message>
        <source>DELETE %1</source>
        <translation>DELETE %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>verwijderd %1</translation>
    </message>
    <message>
        <source>set NULL %1</source>
        <translation>op NULL %1</translation>
    </message>
    <message>
        <source>set DEFAULT %1</source>
        <translation>op DEFAULT %1</translation>
    </message>
    <message numerus="yes">
        <source>✗ blocks: %n row(s)</source>
        <translation>
            <numerusform>✗ blokkeert: %n rij</numerusform>
            <numerusform>✗ blokkeert: %n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>? may block: %n row(s)</source>
        <translation>
            <numerusform>? blokkeert misschien: %n rij</numerusform>
            <numerusform>? blokkeert misschien: %n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no SELECT</source>
        <translation>onbekend: geen SELECT</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other table(s)</source>
        <translation>
            <numerusform>+ %n andere tabel</numerusform>
            <numerusform>+ %n andere tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n table(s) referencing %1</source>
        <translation>
            <numerusform>+ %n tabel die naar %1 verwijst</numerusform>
            <numerusform>+ %n tabellen die naar %1 verwijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n table(s) that %1 references</source>
        <translation>
            <numerusform>+ %n tabel waarnaar %1 verwijst</numerusform>
            <numerusform>+ %n tabellen waarnaar %1 verwijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>double-click: show %n more</source>
        <translation>
            <numerusform>dubbelklik: toon er nog %n</numerusform>
            <numerusform>dubbelklik: toon er nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabel</numerusform>
            <numerusform>%n tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) inside</source>
        <translation>
            <numerusform>%n refererende sleutel binnenin</numerusform>
            <numerusform>%n refererende sleutels binnenin</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>dubbelklik om te openen</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>can block</source>
        <translation>kan blokkeren</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>rond %1</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaTree</name>
    <message>
        <source>Filter tables</source>
        <translation>Tabellen filteren</translation>
    </message>
    <message>
        <source>Schemas and tables</source>
        <translation>Schema&apos;s en tabellen</translation>
    </message>
    <message>
        <source>Show on the canvas</source>
        <translation>In het diagram tonen</translation>
    </message>
    <message>
        <source>Focus on its neighbours</source>
        <translation>Focus op de buren</translation>
    </message>
    <message>
        <source>Simulate DELETE from this table...</source>
        <translation>DELETE uit deze tabel simuleren...</translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaTreeModel</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabel</numerusform>
            <numerusform>%n tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck to hide this schema&apos;s tables on the canvas</source>
        <translation>Vink uit om de tabellen van dit schema op het canvas te verbergen</translation>
    </message>
    <message>
        <source> (partition)</source>
        <translation> (partitie)</translation>
    </message>
    <message>
        <source> (external)</source>
        <translation> (extern)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>FKs out / in</source>
        <translation>FK&apos;s uit / in</translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaView</name>
    <message>
        <source>Foreign-key diagram</source>
        <translation>Diagram van refererende sleutels</translation>
    </message>
</context>
<context>
    <name>fkscope::ScriptDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Opslaan...</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>Script opslaan</translation>
    </message>
    <message>
        <source>SQL (*.sql)</source>
        <translation>SQL (*.sql)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Opslaan mislukt</translation>
    </message>
</context>
<context>
    <name>fkscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language applies when fkscope starts again.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van fkscope.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Canvas colours</source>
        <translation>Diagramkleuren</translation>
    </message>
    <message>
        <source>Canvas &amp;colours:</source>
        <translation>Diagram&amp;kleuren:</translation>
    </message>
    <message>
        <source>&amp;Reset the window layout</source>
        <translation>Vensterindeling &amp;herstellen</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>De panelen en werkbalken terugzetten zoals bij de eerste start</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>fkscope::StartPage</name>
    <message>
        <source>&lt;h2&gt;fkscope&lt;/h2&gt;&lt;p&gt;See a database&apos;s foreign keys, and what a DELETE would do before anyone runs it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;fkscope&lt;/h2&gt;&lt;p&gt;De refererende sleutels van een database zien, en wat een DELETE zou doen voordat iemand hem uitvoert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL...</source>
        <translation>&amp;Verbinden met PostgreSQL...</translation>
    </message>
    <message>
        <source>Open a S&amp;QLite database...</source>
        <translation>Een S&amp;QLite-database openen...</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot file...</source>
        <translation>Een &amp;snapshotbestand openen...</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Demodatabase openen</translation>
    </message>
    <message>
        <source>A small product schema (SQLite, built into fkscope) with every FK story: cascades, SET NULL, a CHECK, blockers, a deferred constraint.</source>
        <translation>Een klein productschema (SQLite, ingebouwd in fkscope) met elk FK-verhaal: cascades, SET NULL, een CHECK, blokkades, een uitgestelde beperking.</translation>
    </message>
    <message>
        <source>A SQLite file, opened read-only. You can also drop a file on the window.</source>
        <translation>Een SQLite-bestand, alleen-lezen geopend. U kunt een bestand ook op het venster slepen.</translation>
    </message>
    <message>
        <source>Recent connections and files</source>
        <translation>Recente verbindingen en bestanden</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recent:</translation>
    </message>
</context>
<context>
    <name>fkscope::TableItem</name>
    <message numerus="yes">
        <source>partitioned, %n partition(s)</source>
        <translation>
            <numerusform>gepartitioneerd, %n partitie</numerusform>
            <numerusform>gepartitioneerd, %n partities</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>externe tabel</translation>
    </message>
    <message>
        <source>outside the selected schemas</source>
        <translation>buiten de gekozen schema&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n trigger</numerusform>
            <numerusform>%n triggers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more column(s)</source>
        <translation>
            <numerusform>… nog %n kolom</numerusform>
            <numerusform>… nog %n kolommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fkscope::VerificationDialog</name>
    <message>
        <source>Verification: the real DELETE, rolled back</source>
        <translation>Controle: de echte DELETE, teruggedraaid</translation>
    </message>
    <message>
        <source>The DELETE ran on a temporary copy of the file; your file was not opened for writing.</source>
        <translation>De DELETE liep op een tijdelijke kopie van het bestand; uw bestand is niet geopend om te schrijven.</translation>
    </message>
    <message>
        <source>The DELETE ran in a transaction that was rolled back; nothing was kept.</source>
        <translation>De DELETE liep in een transactie die is teruggedraaid; niets is bewaard.</translation>
    </message>
    <message>
        <source>Outcome: predicted &lt;b&gt;%1&lt;/b&gt;, observed &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Uitkomst: voorspeld &lt;b&gt;%1&lt;/b&gt;, waargenomen &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Deleted (predicted)</source>
        <translation>Verwijderd (voorspeld)</translation>
    </message>
    <message>
        <source>Deleted (observed)</source>
        <translation>Verwijderd (waargenomen)</translation>
    </message>
    <message>
        <source>Updated (predicted)</source>
        <translation>Gewijzigd (voorspeld)</translation>
    </message>
    <message>
        <source>Updated (observed)</source>
        <translation>Gewijzigd (waargenomen)</translation>
    </message>
    <message>
        <source>Predicted and observed rows per table</source>
        <translation>Voorspelde en waargenomen rijen per tabel</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(mislukt)</translation>
    </message>
    <message>
        <source>  ≠ differs</source>
        <translation>  ≠ wijkt af</translation>
    </message>
    <message>
        <source>✓ The prediction agrees with the engine.</source>
        <translation>✓ De voorspelling klopt met de database.</translation>
    </message>
    <message>
        <source>≠ The prediction differs from what the engine did. Please report it with the Markdown report.</source>
        <translation>≠ De voorspelling wijkt af van wat de database deed. Meld het a.u.b. met het Markdown-rapport.</translation>
    </message>
    <message>
        <source>Observed updates count every row update, including rows later deleted and updates made by triggers.</source>
        <translation>Waargenomen wijzigingen tellen elke rijwijziging, ook van later verwijderde rijen en door triggers.</translation>
    </message>
</context>
<context>
    <name>fkscope::cli</name>
    <message>
        <source>read a database&apos;s foreign-key graph; print it as JSON or a summary</source>
        <translation>de graaf van refererende sleutels van een database lezen; als JSON of samenvatting tonen</translation>
    </message>
    <message>
        <source>simulate a DELETE read-only: what cascades, is set NULL, or blocks</source>
        <translation>een DELETE alleen-lezen simuleren: wat cascadeert, op NULL gaat of blokkeert</translation>
    </message>
    <message>
        <source>print a reviewable SQL script that deletes rows with everything blocking them</source>
        <translation>een controleerbaar SQL-script tonen dat rijen met alles wat blokkeert verwijdert</translation>
    </message>
    <message>
        <source>draw the foreign-key graph to PNG, SVG or DOT (no display needed)</source>
        <translation>de graaf van refererende sleutels tekenen als PNG, SVG of DOT (geen scherm nodig)</translation>
    </message>
    <message>
        <source>Usage: fkscope &lt;command&gt; [options]

fkscope shows a database&apos;s foreign-key graph and what a DELETE would do.

Commands:
</source>
        <translation>Gebruik: fkscope &lt;opdracht&gt; [opties]

fkscope toont de graaf van refererende sleutels van een database en wat een DELETE zou doen.

Opdrachten:
</translation>
    </message>
    <message>
        <source>
Run &apos;fkscope &lt;command&gt; --help&apos; for a command&apos;s options and examples.
Options: --help, --version
</source>
        <translation>
&apos;fkscope &lt;opdracht&gt; --help&apos; toont de opties en voorbeelden van een opdracht.
Opties: --help, --version
</translation>
    </message>
    <message>
        <source>fkscope %1
</source>
        <translation>fkscope %1
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see fkscope --help</source>
        <translation>onbekende opdracht &quot;%1&quot;; zie fkscope --help</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Het resultaat als JSON tonen.</translation>
    </message>
    <message>
        <source>Also run the real DELETE in a rolled-back transaction.</source>
        <translation>Ook de echte DELETE uitvoeren in een teruggedraaide transactie.</translation>
    </message>
    <message>
        <source>--verify: running the real DELETE on a temporary copy of the file</source>
        <translation>--verify: de echte DELETE uitvoeren op een tijdelijke kopie van het bestand</translation>
    </message>
    <message>
        <source>--verify: running the real DELETE in a transaction that will be rolled back (takes locks, fires triggers)</source>
        <translation>--verify: de echte DELETE uitvoeren in een transactie die wordt teruggedraaid (vergrendelt rijen, activeert triggers)</translation>
    </message>
    <message>
        <source>Outcome: %1
</source>
        <translation>Uitkomst: %1
</translation>
    </message>
    <message>
        <source>
Blockers:
</source>
        <translation>
Blokkades:
</translation>
    </message>
    <message>
        <source>      PostgreSQL may name it %1
</source>
        <translation>      PostgreSQL noemt het misschien %1
</translation>
    </message>
    <message>
        <source>      path: %1
</source>
        <translation>      pad: %1
</translation>
    </message>
    <message>
        <source>      fix: %1
</source>
        <translation>      oplossing: %1
</translation>
    </message>
    <message>
        <source>
Effects:
</source>
        <translation>
Gevolgen:
</translation>
    </message>
    <message>
        <source>
Effects (what the statement would touch before it fails):
</source>
        <translation>
Gevolgen (wat de opdracht zou raken voordat ze mislukt):
</translation>
    </message>
    <message>
        <source>      via %1
</source>
        <translation>      via %1
</translation>
    </message>
    <message>
        <source>
Unknown (no SELECT privilege): %1
</source>
        <translation>
Onbekend (geen SELECT-recht): %1
</translation>
    </message>
    <message>
        <source>
Warnings:
</source>
        <translation>
Waarschuwingen:
</translation>
    </message>
    <message>
        <source>
Simulated read-only in %1 ms; nothing was written.
</source>
        <translation>
Alleen-lezen gesimuleerd in %1 ms; er is niets geschreven.
</translation>
    </message>
    <message>
        <source>
Verification: the real DELETE ran on a temporary copy of the file.
</source>
        <translation>
Controle: de echte DELETE liep op een tijdelijke kopie van het bestand.
</translation>
    </message>
    <message>
        <source>
Verification: the real DELETE ran in a transaction and was rolled back.
</source>
        <translation>
Controle: de echte DELETE liep in een transactie en is teruggedraaid.
</translation>
    </message>
    <message>
        <source>  outcome: predicted %1, observed %2
</source>
        <translation>  uitkomst: voorspeld %1, waargenomen %2
</translation>
    </message>
    <message>
        <source>  The database said: %1%2
</source>
        <translation>  De database zei: %1%2
</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>deleted (pred/obs)</source>
        <translation>verwijderd (voorsp./waarg.)</translation>
    </message>
    <message>
        <source>updated (pred/obs)</source>
        <translation>gewijzigd (voorsp./waarg.)</translation>
    </message>
    <message>
        <source>  (observed updates count every row update, including rows later deleted and updates made by triggers)
</source>
        <translation>  (waargenomen wijzigingen tellen elke rijwijziging, ook van later verwijderde rijen en door triggers)
</translation>
    </message>
    <message>
        <source> (detail: %1)</source>
        <translation> (detail: %1)</translation>
    </message>
    <message>
        <source> (hint: %1)</source>
        <translation> (tip: %1)</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hulp tonen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: fkscope plan --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [-o FILE]

Prints a SQL script, inside BEGIN / COMMIT, that deletes the chosen rows together with every row that
blocks them through RESTRICT / NO ACTION foreign keys, children first. CASCADE, SET NULL and SET
DEFAULT are left to the database. fkscope never runs the script: review it, then run it yourself.
SOURCE is a PostgreSQL conninfo or URI, or a SQLite file (the script then starts with
PRAGMA foreign_keys = ON).

Example:
  fkscope plan --db &quot;dbname=shop&quot; --table script_reference --where &quot;archived = 1&quot; -o cleanup.sql
</source>
        <translation>Gebruik: fkscope plan --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [-o FILE]

Toont een SQL-script, binnen BEGIN / COMMIT, dat de gekozen rijen verwijdert samen met elke rij die ze
blokkeert via RESTRICT / NO ACTION-sleutels, kinderen eerst. CASCADE, SET NULL en SET DEFAULT laat het
aan de database over. fkscope voert het script nooit uit: controleer het en voer het dan zelf uit.
SOURCE is een PostgreSQL-conninfo of -URI, of een SQLite-bestand (het script begint dan met
PRAGMA foreign_keys = ON).

Voorbeeld:
  fkscope plan --db &quot;dbname=shop&quot; --table script_reference --where &quot;archived = 1&quot; -o cleanup.sql
</translation>
    </message>
    <message>
        <source>Write the script to FILE.</source>
        <translation>Het script naar FILE schrijven.</translation>
    </message>
    <message>
        <source>Usage: fkscope render --db SOURCE [options] -o FILE

Draws the foreign-key graph, laid out by Graphviz, to FILE: PNG, SVG or DOT by its extension. Uses
the window&apos;s own canvas code; no display is needed.

Examples:
  fkscope render --db &quot;dbname=shop&quot; -o shop.svg
  fkscope render --db shop.json --focus public.orders --hops 2 -o orders.png
  fkscope render --db &quot;dbname=shop&quot; --blast-radius public.customers -o customers-delete.png
</source>
        <translation>Gebruik: fkscope render --db SOURCE [opties] -o FILE

Tekent de graaf van refererende sleutels, ingedeeld door Graphviz, naar FILE: PNG, SVG of DOT naar de
extensie. Gebruikt de diagramcode van het venster; er is geen scherm nodig.

Voorbeelden:
  fkscope render --db &quot;dbname=shop&quot; -o shop.svg
  fkscope render --db shop.json --focus public.orders --hops 2 -o orders.png
  fkscope render --db &quot;dbname=shop&quot; --blast-radius public.customers -o customers-delete.png
</translation>
    </message>
    <message>
        <source>%1 is ambiguous: qualify it with its schema.</source>
        <translation>%1 is dubbelzinnig: geef het schema erbij.</translation>
    </message>
    <message>
        <source>No table %1 in the loaded schema.</source>
        <translation>Geen tabel %1 in het geladen schema.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .dot.</source>
        <translation>Het bestand om te schrijven: .png, .svg of .dot.</translation>
    </message>
    <message>
        <source>Only this table and its neighbours.</source>
        <translation>Alleen deze tabel en haar buren.</translation>
    </message>
    <message>
        <source>Neighbours within N foreign keys (default 1).</source>
        <translation>Buren binnen N refererende sleutels (standaard 1).</translation>
    </message>
    <message>
        <source>Only what a DELETE on TABLE can reach or be blocked by.</source>
        <translation>Alleen wat een DELETE op TABLE kan bereiken of waardoor hij geblokkeerd kan worden.</translation>
    </message>
    <message>
        <source>Graphviz engine (default: by size).</source>
        <translation>Graphviz-engine (standaard: naar grootte).</translation>
    </message>
    <message>
        <source>Dark palette.</source>
        <translation>Donkere kleuren.</translation>
    </message>
    <message>
        <source>Leave the legend out.</source>
        <translation>De legenda weglaten.</translation>
    </message>
    <message>
        <source>Draw boxes as headers only.</source>
        <translation>Vakken alleen als koppen tekenen.</translation>
    </message>
    <message>
        <source>-o FILE is required (.png, .svg or .dot)</source>
        <translation>-o FILE is nodig (.png, .svg of .dot)</translation>
    </message>
    <message>
        <source>-o takes a .png, .svg or .dot file</source>
        <translation>-o neemt een .png-, .svg- of .dot-bestand</translation>
    </message>
    <message>
        <source>--hops takes a whole number</source>
        <translation>--hops neemt een geheel getal</translation>
    </message>
    <message>
        <source>--table NAME is required</source>
        <translation>--table NAME is nodig</translation>
    </message>
    <message>
        <source>--key takes COL=VALUE, got &quot;%1&quot;</source>
        <translation>--key neemt COL=VALUE, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say which rows: --key COL=VALUE (repeatable) or --where &apos;SQL predicate&apos;</source>
        <translation>zeg welke rijen: --key COL=VALUE (herhaalbaar) of --where &apos;SQL-predicaat&apos;</translation>
    </message>
    <message>
        <source>--samples takes a number from 0 to 1000</source>
        <translation>--samples neemt een getal van 0 tot 1000</translation>
    </message>
    <message>
        <source>The table to delete from, in SQL syntax (schema.table, &quot;Mixed Case&quot;); unqualified names follow search_path.</source>
        <translation>De tabel waaruit verwijderd wordt, in SQL-schrijfwijze (schema.tabel, &quot;Gemengde Hoofdletters&quot;); namen zonder schema volgen search_path.</translation>
    </message>
    <message>
        <source>Delete rows whose COL equals VALUE (bound as a parameter); repeatable.</source>
        <translation>Rijen verwijderen waarvan COL gelijk is aan VALUE (als parameter gebonden); herhaalbaar.</translation>
    </message>
    <message>
        <source>Delete rows matching this SQL predicate.</source>
        <translation>Rijen verwijderen die aan dit SQL-predicaat voldoen.</translation>
    </message>
    <message>
        <source>Sample rows per table (default 5).</source>
        <translation>Voorbeeldrijen per tabel (standaard 5).</translation>
    </message>
    <message>
        <source>%1 %2, database %3</source>
        <translation>%1 %2, database %3</translation>
    </message>
    <message>
        <source> (as %1)</source>
        <translation> (als %1)</translation>
    </message>
    <message>
        <source>, read in %1 ms
</source>
        <translation>, gelezen in %1 ms
</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tabellen: %1</translation>
    </message>
    <message>
        <source>%1 partitioned, with %2 partitions</source>
        <translation>%1 gepartitioneerd, met %2 partities</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 partities</translation>
    </message>
    <message>
        <source>%1 foreign</source>
        <translation>%1 extern (foreign)</translation>
    </message>
    <message>
        <source>%1 external, outside the selected schemas</source>
        <translation>%1 extern, buiten de gekozen schema&apos;s</translation>
    </message>
    <message>
        <source>Foreign keys: %1
</source>
        <translation>Refererende sleutels: %1
</translation>
    </message>
    <message>
        <source>  ON DELETE: %1
</source>
        <translation>  ON DELETE: %1
</translation>
    </message>
    <message>
        <source>  composite %1, self-referencing %2, deferrable %3, not valid %4, without index %5
</source>
        <translation>  samengesteld %1, zelfverwijzend %2, uitstelbaar %3, niet gevalideerd %4, zonder index %5
</translation>
    </message>
    <message>
        <source>... and %1 more like the above</source>
        <translation>... en nog %1 zoals hierboven</translation>
    </message>
    <message>
        <source>Warnings: none
</source>
        <translation>Waarschuwingen: geen
</translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation>Waarschuwingen:
</translation>
    </message>
    <message>
        <source>Print the snapshot JSON.</source>
        <translation>De snapshot-JSON tonen.</translation>
    </message>
    <message>
        <source>Print a short human summary.</source>
        <translation>Een korte samenvatting tonen.</translation>
    </message>
    <message>
        <source>Write the snapshot JSON to FILE.</source>
        <translation>De snapshot-JSON naar FILE schrijven.</translation>
    </message>
    <message>
        <source>say what to print: --json, --summary or -o FILE</source>
        <translation>zeg wat getoond wordt: --json, --summary of -o FILE</translation>
    </message>
    <message>
        <source>--json and --summary both print to stdout; pick one</source>
        <translation>--json en --summary schrijven allebei naar stdout; kies er één</translation>
    </message>
    <message>
        <source>--db SOURCE is required</source>
        <translation>--db SOURCE is nodig</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, got &quot;%1&quot;</source>
        <translation>--timeout neemt een aantal seconden, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only schemas matching PATTERN (* and ? wildcards); repeatable.</source>
        <translation>Alleen schema&apos;s die passen bij PATTERN (jokers * en ?); herhaalbaar.</translation>
    </message>
    <message>
        <source>Leave out schemas matching PATTERN; repeatable.</source>
        <translation>Schema&apos;s weglaten die passen bij PATTERN; herhaalbaar.</translation>
    </message>
    <message>
        <source>Statement timeout in seconds (default 30, 0 = none).</source>
        <translation>Statement-timeout in seconden (standaard 30, 0 = geen).</translation>
    </message>
    <message>
        <source> e.g. %1</source>
        <translation> bijv. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected.
</source>
        <translation>
            <numerusform>%n rij van %1 gekozen.
</numerusform>
            <numerusform>%n rijen van %1 gekozen.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n schema(s)
</source>
        <translation>
            <numerusform> in %n schema
</numerusform>
            <numerusform> in %n schema&apos;s
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: %2 are folded into summary nodes. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation>%1 tabellen passen niet leesbaar in één afbeelding: %2 zijn samengevouwen in samenvattende knopen. Gebruik --focus TABLE, --schema PATTERN of een .svg-bestand voor alles.</translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: drew a map of %2 clusters of linked tables. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation>%1 tabellen passen niet leesbaar in één afbeelding: een kaart van %2 groepen gekoppelde tabellen is getekend. Gebruik --focus TABLE, --schema PATTERN of een .svg-bestand voor alles.</translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: drew the map of %2 schemas. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation>%1 tabellen passen niet leesbaar in één afbeelding: de kaart van de %2 schema&apos;s is getekend. Gebruik --focus TABLE, --schema PATTERN of een .svg-bestand voor alles.</translation>
    </message>
    <message>
        <source>Usage: fkscope impact --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [options]

Simulates DELETE FROM NAME WHERE ... without writing anything and tells what the database would do:
which rows cascade away, which are set NULL or to their default, and which block the statement (with
the constraint, the rows and the foreign-key path). SOURCE is a PostgreSQL conninfo or URI (one READ
ONLY transaction), a mysql:// or mariadb:// URI (InnoDB&apos;s rules: row by row, RESTRICT at once, 15
nested cascades at most) or a SQLite file (sqlite:PATH or *.sqlite / *.db, opened read-only; SQLite&apos;s
own rules apply: RESTRICT acts at once, NO ACTION at the end of the statement). The report leads with
the error the server would raise.

Examples:
  fkscope impact --db &quot;dbname=shop&quot; --table customers --key id=42
  fkscope impact --db &quot;dbname=shop&quot; --table &apos;&quot;Sales&quot;.&quot;Orders&quot;&apos; --where &quot;created_at &lt; now() - interval &apos;5 years&apos;&quot; --json
  fkscope impact --db &quot;dbname=shop&quot; --table customers --key id=42 --verify
  fkscope impact --db app.sqlite --table main.users --where &quot;last_login &lt; &apos;2020-01-01&apos;&quot;
  fkscope impact --db mysql://dba@db.example.com/tinybots --table script_reference --where &quot;archived = 1&quot;

--verify runs the real DELETE and prints what it did beside the prediction (with --json, in the
document&apos;s &quot;verification&quot;). On PostgreSQL and MySQL/MariaDB it runs inside a transaction that is
ALWAYS rolled back; it takes row locks and fires triggers while it runs.
On SQLite it runs on a temporary copy of the file (your file is never opened for writing). Use it
when triggers or rules are involved, or to confirm an order-dependent answer.

Exit codes: 0 done (whatever the outcome), 2 bad usage, 3 cannot connect or authenticate,
4 other database error, 5 bad input.
</source>
        <translation>Gebruik: fkscope impact --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [opties]

Simuleert DELETE FROM NAME WHERE ... zonder iets te schrijven en zegt wat de database zou doen: welke
rijen via cascades verdwijnen, welke op NULL of hun standaardwaarde gezet worden en welke de opdracht
blokkeren (met de beperking, de rijen en het pad van refererende sleutels). SOURCE is een
PostgreSQL-conninfo of -URI (één READ ONLY-transactie), een mysql://- of mariadb://-URI (de regels
van InnoDB: rij voor rij, RESTRICT meteen, hoogstens 15 geneste cascades) of een SQLite-bestand
(sqlite:PATH of *.sqlite / *.db, alleen-lezen geopend; de regels van SQLite gelden: RESTRICT werkt
meteen, NO ACTION aan het eind van de opdracht). Het verslag begint met de fout die de server zou
geven.

Voorbeelden:
  fkscope impact --db &quot;dbname=shop&quot; --table customers --key id=42
  fkscope impact --db &quot;dbname=shop&quot; --table &apos;&quot;Sales&quot;.&quot;Orders&quot;&apos; --where &quot;created_at &lt; now() - interval &apos;5 years&apos;&quot; --json
  fkscope impact --db &quot;dbname=shop&quot; --table customers --key id=42 --verify
  fkscope impact --db app.sqlite --table main.users --where &quot;last_login &lt; &apos;2020-01-01&apos;&quot;
  fkscope impact --db mysql://dba@db.example.com/tinybots --table script_reference --where &quot;archived = 1&quot;

--verify voert de echte DELETE uit en toont naast de voorspelling wat hij deed (met --json in het veld
&quot;verification&quot; van het document). Op PostgreSQL en MySQL/MariaDB loopt hij in een transactie die
ALTIJD wordt teruggedraaid; intussen vergrendelt hij rijen en activeert hij triggers. Op SQLite loopt
hij op een tijdelijke kopie van het bestand (uw bestand wordt nooit geopend om te schrijven). Gebruik
het als er triggers of regels meespelen, of om een volgordeafhankelijk antwoord te bevestigen.

Afsluitcodes: 0 klaar (wat de uitkomst ook is), 2 verkeerd gebruik, 3 geen verbinding of aanmelding,
4 andere databasefout, 5 foute invoer.
</translation>
    </message>
    <message>
        <source>%1 needs a live database: --db takes a conninfo, a PostgreSQL or MySQL URI or a SQLite file, not a snapshot</source>
        <translation>%1 heeft een echte database nodig: --db neemt een conninfo, een PostgreSQL- of MySQL-URI of een SQLite-bestand, geen snapshot</translation>
    </message>
    <message>
        <source>Usage: fkscope schema --db SOURCE [options] (--json | --summary)

Reads the whole foreign-key graph of a database (or a snapshot file) and prints it.

Examples:
  fkscope schema --db &quot;host=db.example.com dbname=shop user=dba&quot; --summary
  fkscope schema --db postgresql://dba@db.example.com/shop --schema &apos;sales*&apos; --json -o shop.json
  fkscope schema --db mysql://dba@db.example.com/shop --schema &apos;shop_*&apos; --summary
  fkscope schema --db shop.json --summary          (reopen a snapshot)

Exit codes: 0 done, 2 bad usage, 3 cannot connect or authenticate, 4 other database error,
5 bad input file. The reason is printed on stderr in one line.
</source>
        <translation>Gebruik: fkscope schema --db SOURCE [opties] (--json | --summary)

Leest de hele graaf van refererende sleutels van een database (of een snapshotbestand) en toont hem.

Voorbeelden:
  fkscope schema --db &quot;host=db.example.com dbname=shop user=dba&quot; --summary
  fkscope schema --db postgresql://dba@db.example.com/shop --schema &apos;sales*&apos; --json -o shop.json
  fkscope schema --db mysql://dba@db.example.com/shop --schema &apos;shop_*&apos; --summary
  fkscope schema --db shop.json --summary          (een snapshot opnieuw openen)

Afsluitcodes: 0 klaar, 2 verkeerd gebruik, 3 geen verbinding of aanmelding, 4 andere databasefout,
5 fout invoerbestand. De reden staat in één regel op stderr.
</translation>
    </message>
    <message>
        <source>Source: a libpq conninfo string or postgresql:// URI, a mysql://USER@HOST[:PORT]/DATABASE[?socket=PATH] URI (MySQL, MariaDB), a SQLite file (sqlite:PATH, *.sqlite, *.db), or a snapshot file (*.json).</source>
        <translation>Bron: een libpq-conninfo of postgresql://-URI, een mysql://USER@HOST[:PORT]/DATABASE[?socket=PATH]-URI (MySQL, MariaDB), een SQLite-bestand (sqlite:PATH, *.sqlite, *.db) of een snapshotbestand (*.json).</translation>
    </message>
    <message>
        <source>check a schema for foreign-key traps (unindexed, mismatched, missing keys...), with fixes</source>
        <translation>een schema controleren op foreign key-valkuilen (zonder index, niet passend, ontbrekend...), met oplossingen</translation>
    </message>
    <message>
        <source>Usage: fkscope lint --db SOURCE [options]

Checks a schema for foreign-key traps before they fire: keys without an index, SET NULL on NOT NULL
columns, type mismatches, missing, duplicate or NOT VALID keys, colliding names, polymorphic
columns, cascades into large tables, and each engine&apos;s own (SQLite&apos;s foreign_keys pragma, InnoDB&apos;s
order-dependent RESTRICT, keys to non-unique columns). Each finding has a fix, as DDL where one fits.
Reads the catalog only; nothing is written to the database.

Examples:
  fkscope lint --db &quot;host=db.example.com dbname=shop user=dba&quot;
  fkscope lint --db shop.json --rule fk-without-index --rule duplicate-fk --fail-on error
  fkscope lint --db mysql://dba@db.example.com/shop --sarif -o fkscope.sarif

Exit codes: 0 nothing found at or above --fail-on, 1 found, 2 bad usage, 3 cannot connect or
authenticate, 4 other database error, 5 bad input file.

Rules:
</source>
        <translation>Gebruik: fkscope lint --db SOURCE [options]

Controleert een schema op foreign key-valkuilen voordat ze toeslaan: sleutels zonder index, SET NULL
op NOT NULL-kolommen, ongelijke types, ontbrekende, dubbele of NOT VALID-sleutels, botsende namen,
polymorfe kolommen, cascades naar grote tabellen, en wat elk systeem eigen is (SQLite&apos;s
foreign_keys-pragma, InnoDB&apos;s volgordeafhankelijke RESTRICT, sleutels naar niet-unieke kolommen).
Elke bevinding heeft een oplossing, als DDL waar die past. Leest alleen de catalogus; er wordt niets
naar de database geschreven.

Voorbeelden:
  fkscope lint --db &quot;host=db.example.com dbname=shop user=dba&quot;
  fkscope lint --db shop.json --rule fk-without-index --rule duplicate-fk --fail-on error
  fkscope lint --db mysql://dba@db.example.com/shop --sarif -o fkscope.sarif

Exitcodes: 0 niets gevonden vanaf --fail-on, 1 gevonden, 2 verkeerd gebruik, 3 geen verbinding of
aanmelding, 4 andere databasefout, 5 ongeldig invoerbestand.

Regels:
</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>De bevindingen als JSON afdrukken.</translation>
    </message>
    <message>
        <source>Print the findings as SARIF 2.1.0, for CI systems.</source>
        <translation>De bevindingen als SARIF 2.1.0 afdrukken, voor CI-systemen.</translation>
    </message>
    <message>
        <source>Run only rule NAME; repeatable.</source>
        <translation>Alleen regel NAME uitvoeren; herhaalbaar.</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, warning (default) or error.</source>
        <translation>Eindigen met 1 als een bevinding minstens zo ernstig is: info, warning (standaard) of error.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout (complete or not at all).</source>
        <translation>Het rapport naar FILE schrijven in plaats van stdout (volledig of helemaal niet).</translation>
    </message>
    <message>
        <source>--fail-on takes info, warning or error, not &quot;%1&quot;</source>
        <translation>--fail-on neemt info, warning of error, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no rule named &quot;%1&quot;; the rules are %2</source>
        <translation>geen regel met de naam &quot;%1&quot;; de regels zijn %2</translation>
    </message>
    <message>
        <source>--json and --sarif both choose the format; pick one</source>
        <translation>--json en --sarif kiezen allebei het formaat; kies er één</translation>
    </message>
    <message>
        <source>paste a foreign-key error: find the constraint, what blocks, where the key is, and the fix</source>
        <translation>een foreign key-fout plakken: de constraint, wat blokkeert, waar de sleutel staat, en de oplossing</translation>
    </message>
    <message>
        <source>Usage: fkscope explain --db SOURCE [options] (MESSAGE | --message-file FILE | -)

Takes a foreign-key error as it was pasted (psql output, a server log line, a driver&apos;s exception:
psycopg2, SQLAlchemy, JDBC, node-postgres; MySQL/MariaDB 1451 and 1452; SQLite&apos;s &quot;FOREIGN KEY
constraint failed&quot;), finds the constraint in the database, and answers it. A failed delete: the
DELETE of the key in the message (or of --statement) is simulated read-only, with what blocks it
and the path. A failed insert: whether the parent has the key, and which other tables do (the key
may belong to another parent), with the one-key-per-parent fix as DDL for review.

Examples:
  fkscope explain --db &quot;dbname=shop&quot; &apos;ERROR: insert or update on table &quot;jobs&quot; violates foreign key constraint &quot;jobs_row_id_fkey&quot;
  DETAIL: Key (row_id)=(42) is not present in table &quot;model_rows&quot;.&apos;
  pbpaste | fkscope explain --db mysql://dba@localhost/shop -
  fkscope explain --db app.sqlite --statement &quot;DELETE FROM users WHERE id = 3&quot; &quot;FOREIGN KEY constraint failed&quot;

Exit codes: 0 explained, 2 bad usage, 3 cannot connect or authenticate, 4 other database error,
5 the message was not understood or names nothing in this database (the reason is printed).
</source>
        <translation>Gebruik: fkscope explain --db SOURCE [options] (MESSAGE | --message-file FILE | -)

Neemt een foreign key-fout zoals die geplakt is (psql-uitvoer, een logregel van de server, de
exceptie van een driver: psycopg2, SQLAlchemy, JDBC, node-postgres; MySQL/MariaDB 1451 en 1452;
SQLite&apos;s &quot;FOREIGN KEY constraint failed&quot;), vindt de constraint in de database en beantwoordt hem.
Een mislukte delete: de DELETE van de sleutel uit de melding (of van --statement) wordt alleen-lezen
gesimuleerd, met wat blokkeert en het pad. Een mislukte insert: of de ouder de sleutel heeft en
welke andere tabellen hem hebben (hij hoort misschien bij een andere ouder), met de oplossing &quot;één
sleutel per ouder&quot; als DDL ter controle.

Voorbeelden:
  fkscope explain --db &quot;dbname=shop&quot; &apos;ERROR: insert or update on table &quot;jobs&quot; violates foreign key constraint &quot;jobs_row_id_fkey&quot;
  DETAIL: Key (row_id)=(42) is not present in table &quot;model_rows&quot;.&apos;
  pbpaste | fkscope explain --db mysql://dba@localhost/shop -
  fkscope explain --db app.sqlite --statement &quot;DELETE FROM users WHERE id = 3&quot; &quot;FOREIGN KEY constraint failed&quot;

Exitcodes: 0 uitgelegd, 2 verkeerd gebruik, 3 geen verbinding of aanmelding, 4 andere
databasefout, 5 de melding is niet begrepen of noemt niets in deze database (de reden wordt
afgedrukt).
</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Het antwoord als JSON afdrukken.</translation>
    </message>
    <message>
        <source>Read the message from FILE.</source>
        <translation>De melding uit FILE lezen.</translation>
    </message>
    <message>
        <source>The statement that failed (a DELETE is simulated).</source>
        <translation>De mislukte opdracht (een DELETE wordt gesimuleerd).</translation>
    </message>
    <message>
        <source>The error message; - reads standard input.</source>
        <translation>De foutmelding; - leest de standaardinvoer.</translation>
    </message>
    <message>
        <source>give the message once: as an argument, as - for standard input, or with --message-file</source>
        <translation>geef de melding één keer: als argument, als - voor de standaardinvoer, of met --message-file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>  key found in %1 (%2)
</source>
        <translation>  sleutel gevonden in %1 (%2)
</translation>
    </message>
    <message>
        <source>
Fix:
%1
</source>
        <translation>
Oplossing:
%1
</translation>
    </message>
    <message>
        <source>compare two schemas, snapshots or DDL files; preview a migration; count rows a new key rejects</source>
        <translation>twee schema&apos;s, snapshots of DDL-bestanden vergelijken; een migratie vooraf bekijken; rijen tellen die een nieuwe sleutel weigert</translation>
    </message>
    <message>
        <source>Usage: fkscope diff --from SOURCE [--to SOURCE] [--apply FILE.sql]... [options]

Compares the foreign keys and tables of two sources and says what each change does to deletes:
rule changes first (deleting content_items now sets generation_jobs.content_id to NULL, was:
blocked by NO ACTION), then changed, renamed, added and removed keys, tables, and the tables whose
DELETE now reaches more or fewer tables through cascades. Keys are matched by what they connect,
then by name, so a rename is a rename.

A SOURCE is anything --db takes (a live database, a snapshot .json, an SQLite file, a MySQL URI)
or a PostgreSQL DDL file (*.sql, read offline with PostgreSQL&apos;s own parser; sqlite:FILE.sql for
SQLite DDL). --apply applies migration files, in order, to FROM first (a migration preview); with
--apply and no --to, TO is FROM with the migrations applied.

--check-data counts, for every added or changed key, the live rows that would make ADD CONSTRAINT
or VALIDATE CONSTRAINT fail (read-only, one statement per key, with the statement timeout), with a
few of their keys. The rows are counted on the live side: FROM when migrations are applied,
otherwise TO if it is a database, otherwise FROM.

Examples:
  fkscope diff --from schema.sql --to &quot;host=db dbname=shop&quot;          # drift: expected vs live
  fkscope diff --from &quot;host=db dbname=shop&quot; --apply 0042_fks.sql --check-data
  fkscope diff --from before.json --to after.json --markdown -o review.md

Exit codes: 0 no differences, 1 differences found, 2 bad usage, 3 cannot connect or authenticate,
4 other database error, 5 bad input file.
</source>
        <translation>Gebruik: fkscope diff --from BRON [--to BRON] [--apply BESTAND.sql]... [opties]

Vergelijkt de foreign keys en tabellen van twee bronnen en zegt wat elke wijziging met deletes doet:
eerst regelwijzigingen (content_items verwijderen zet generation_jobs.content_id nu op NULL, was:
geblokkeerd door NO ACTION), dan gewijzigde, hernoemde, toegevoegde en verwijderde sleutels,
tabellen, en de tabellen waarvan een DELETE via cascades nu meer of minder tabellen bereikt.
Sleutels worden gekoppeld op wat ze verbinden, daarna op naam; een hernoeming blijft een hernoeming.

Een BRON is alles wat --db aanneemt (een live database, een snapshot .json, een SQLite-bestand, een
MySQL-URI) of een PostgreSQL-DDL-bestand (*.sql, offline gelezen met de eigen parser van
PostgreSQL; sqlite:BESTAND.sql voor SQLite-DDL). --apply past migratiebestanden op volgorde eerst
toe op FROM (een migratievoorbeeld); met --apply en zonder --to is TO gelijk aan FROM met de
migraties toegepast.

--check-data telt voor elke toegevoegde of gewijzigde sleutel de live rijen waarop ADD CONSTRAINT
of VALIDATE CONSTRAINT zou falen (alleen lezend, één statement per sleutel, met de statement
timeout), met enkele van hun sleutels. Er wordt geteld aan de live kant: FROM als migraties worden
toegepast, anders TO als dat een database is, anders FROM.

Voorbeelden:
  fkscope diff --from schema.sql --to &quot;host=db dbname=shop&quot;          # drift: verwacht tegen live
  fkscope diff --from &quot;host=db dbname=shop&quot; --apply 0042_fks.sql --check-data
  fkscope diff --from before.json --to after.json --markdown -o review.md

Exitcodes: 0 geen verschillen, 1 verschillen gevonden, 2 verkeerd gebruik, 3 geen verbinding of
aanmelding, 4 andere databasefout, 5 ongeldig invoerbestand.
</translation>
    </message>
    <message>
        <source>The source before: anything --db takes, or a DDL file (*.sql).</source>
        <translation>De bron ervoor: alles wat --db aanneemt, of een DDL-bestand (*.sql).</translation>
    </message>
    <message>
        <source>The source after; without it, FROM with the --apply migrations applied.</source>
        <translation>De bron erna; zonder deze FROM met de --apply-migraties toegepast.</translation>
    </message>
    <message>
        <source>Apply migration FILE (DDL) to FROM first, offline; repeatable, in order.</source>
        <translation>Migratie BESTAND (DDL) eerst offline op FROM toepassen; herhaalbaar, op volgorde.</translation>
    </message>
    <message>
        <source>Count the live rows each added or changed key would reject.</source>
        <translation>De live rijen tellen die elke toegevoegde of gewijzigde sleutel zou weigeren.</translation>
    </message>
    <message>
        <source>Print the differences as JSON.</source>
        <translation>De verschillen als JSON tonen.</translation>
    </message>
    <message>
        <source>Print the report as Markdown, for a review ticket.</source>
        <translation>Het rapport als Markdown tonen, voor een reviewticket.</translation>
    </message>
    <message>
        <source>--from SOURCE is required</source>
        <translation>--from BRON is verplicht</translation>
    </message>
    <message>
        <source>give --to SOURCE, or --apply FILE to compare FROM with its migration applied</source>
        <translation>geef --to BRON, of --apply BESTAND om FROM te vergelijken met de migratie toegepast</translation>
    </message>
    <message>
        <source>--json and --markdown both choose the format; pick one</source>
        <translation>--json en --markdown kiezen allebei het formaat; kies er één</translation>
    </message>
    <message>
        <source>--check-data counts rows in a database: %1 is a %2 source, not a database</source>
        <translation>--check-data telt rijen in een database: %1 is een %2-bron, geen database</translation>
    </message>
    <message>
        <source>FROM with %1 applied</source>
        <translation>FROM met %1 toegepast</translation>
    </message>
    <message>
        <source>Mark what changed since SOURCE (as fkscope diff --from SOURCE): new keys, changed rules (old → new), removed keys as ghosts.</source>
        <translation>Markeren wat sinds BRON veranderd is (zoals fkscope diff --from BRON): nieuwe sleutels, gewijzigde regels (oud → nieuw), verwijderde sleutels als geesten.</translation>
    </message>
    <message>
        <source>Interrupted: %1 was not written.</source>
        <translation>Onderbroken: %1 is niet geschreven.</translation>
    </message>
</context>
<context>
    <name>fkscope::ddl</name>
    <message>
        <source>table %1 does not exist here; the statement is left out</source>
        <translation>tabel %1 bestaat hier niet; het statement wordt overgeslagen</translation>
    </message>
    <message>
        <source>psql command \%1 is not modelled</source>
        <translation>psql-opdracht \%1 wordt niet nagebootst</translation>
    </message>
    <message>
        <source>CREATE TABLE ... AS is not modelled: its columns come from a query</source>
        <translation>CREATE TABLE ... AS wordt niet nagebootst: de kolommen komen uit een query</translation>
    </message>
    <message>
        <source>%1 is not modelled: what it changes cannot be read from the text</source>
        <translation>%1 wordt niet nagebootst: wat het wijzigt, valt niet uit de tekst af te lezen</translation>
    </message>
    <message>
        <source>%1 is not modelled</source>
        <translation>%1 wordt niet nagebootst</translation>
    </message>
    <message>
        <source>table %1 already exists; PostgreSQL refuses the statement</source>
        <translation>tabel %1 bestaat al; PostgreSQL weigert het statement</translation>
    </message>
    <message>
        <source>table %1 has a primary key already; PostgreSQL refuses a second one</source>
        <translation>tabel %1 heeft al een primaire sleutel; PostgreSQL weigert een tweede</translation>
    </message>
    <message>
        <source>the key on %1 references %2, which does not exist here; it is left out</source>
        <translation>de sleutel op %1 verwijst naar %2, dat hier niet bestaat; hij wordt overgeslagen</translation>
    </message>
    <message>
        <source>the key on %1 names no columns of %2 and it has no primary key; PostgreSQL refuses it</source>
        <translation>de sleutel op %1 noemt geen kolommen van %2 en die heeft geen primaire sleutel; PostgreSQL weigert hem</translation>
    </message>
    <message>
        <source>constraint kind %1 is not modelled</source>
        <translation>constraintsoort %1 wordt niet nagebootst</translation>
    </message>
    <message>
        <source>column %1 of %2 exists already; PostgreSQL refuses the statement</source>
        <translation>kolom %1 van %2 bestaat al; PostgreSQL weigert het statement</translation>
    </message>
    <message>
        <source>column %1 of %2 does not exist here</source>
        <translation>kolom %1 van %2 bestaat hier niet</translation>
    </message>
    <message>
        <source>no foreign key %1 on %2 to alter</source>
        <translation>geen foreign key %1 op %2 om te wijzigen</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 is not modelled</source>
        <translation>ALTER TABLE %1 wordt niet nagebootst</translation>
    </message>
    <message>
        <source>constraint %1 of %2 does not exist here; PostgreSQL refuses the statement</source>
        <translation>constraint %1 van %2 bestaat hier niet; PostgreSQL weigert het statement</translation>
    </message>
    <message>
        <source>column %1 of %2 is referenced by a foreign key; PostgreSQL refuses to drop it without CASCADE</source>
        <translation>naar kolom %1 van %2 verwijst een foreign key; PostgreSQL verwijdert hem niet zonder CASCADE</translation>
    </message>
    <message>
        <source>schema %1 holds tables; PostgreSQL refuses to drop it without CASCADE</source>
        <translation>schema %1 bevat tabellen; PostgreSQL verwijdert het niet zonder CASCADE</translation>
    </message>
    <message>
        <source>index %1 backs a constraint; PostgreSQL refuses to drop it</source>
        <translation>index %1 hoort bij een constraint; PostgreSQL weigert hem te verwijderen</translation>
    </message>
    <message>
        <source>index %1 does not exist here</source>
        <translation>index %1 bestaat hier niet</translation>
    </message>
    <message>
        <source>%1 is referenced by %2 (%3); PostgreSQL refuses to drop it without CASCADE</source>
        <translation>naar %1 verwijst %2 (%3); PostgreSQL verwijdert het niet zonder CASCADE</translation>
    </message>
    <message>
        <source>index %1 exists already</source>
        <translation>index %1 bestaat al</translation>
    </message>
    <message>
        <source>table %1 exists already; PostgreSQL refuses the rename</source>
        <translation>tabel %1 bestaat al; PostgreSQL weigert de hernoeming</translation>
    </message>
    <message>
        <source>constraint %1 of %2 does not exist here</source>
        <translation>constraint %1 van %2 bestaat hier niet</translation>
    </message>
    <message>
        <source>%1: a statement is nested too deeply to read (%2)</source>
        <translation>%1: een statement is te diep genest om te lezen (%2)</translation>
    </message>
</context>
<context>
    <name>fkscope::diff</name>
    <message>
        <source>validated</source>
        <translation>gevalideerd</translation>
    </message>
    <message>
        <source>all key columns</source>
        <translation>alle sleutelkolommen</translation>
    </message>
    <message>
        <source>references</source>
        <translation>verwijst naar</translation>
    </message>
    <message>
        <source>deleting %1 now %2 (new key)</source>
        <translation>verwijderen uit %1: nu %2 (nieuwe sleutel)</translation>
    </message>
    <message>
        <source>deleting %1 is no longer affected by this key (was: %2)</source>
        <translation>verwijderen uit %1 wordt niet meer door deze sleutel geraakt (was: %2)</translation>
    </message>
    <message>
        <source>deleting %1 now %2 (was: %3)</source>
        <translation>verwijderen uit %1: nu %2 (was: %3)</translation>
    </message>
    <message>
        <source>deleting %1 now %2</source>
        <translation>verwijderen uit %1: nu %2</translation>
    </message>
    <message>
        <source>rows not counted: %1</source>
        <translation>rijen niet geteld: %1</translation>
    </message>
    <message>
        <source> (about %1 rows to check)</source>
        <translation> (ongeveer %1 rijen te controleren)</translation>
    </message>
    <message>
        <source>no existing row violates it%1</source>
        <translation>geen bestaande rij schendt hem%1</translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s) violate it: adding it NOT VALID works, VALIDATE CONSTRAINT fails%1; keys: %2</source>
        <translation>
            <numerusform>%n bestaande rij schendt hem: toevoegen met NOT VALID lukt, VALIDATE CONSTRAINT faalt%1; sleutels: %2</numerusform>
            <numerusform>%n bestaande rijen schenden hem: toevoegen met NOT VALID lukt, VALIDATE CONSTRAINT faalt%1; sleutels: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s) violate it, so adding or validating it fails%1; keys: %2</source>
        <translation>
            <numerusform>%n bestaande rij schendt hem, dus toevoegen of valideren faalt%1; sleutels: %2</numerusform>
            <numerusform>%n bestaande rijen schenden hem, dus toevoegen of valideren faalt%1; sleutels: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%3, %4 tables, %5 foreign keys)</source>
        <translation>%1 (%2%3, %4 tabellen, %5 foreign keys)</translation>
    </message>
    <message>
        <source>deleted the referencing rows of %1</source>
        <translation>verwijderde de verwijzende rijen van %1</translation>
    </message>
    <message>
        <source>deletes the referencing rows of %1</source>
        <translation>verwijdert de verwijzende rijen van %1</translation>
    </message>
    <message>
        <source>set %1 to NULL</source>
        <translation>zette %1 op NULL</translation>
    </message>
    <message>
        <source>sets %1 to NULL</source>
        <translation>zet %1 op NULL</translation>
    </message>
    <message>
        <source>set %1 to its default</source>
        <translation>zette %1 op de standaardwaarde</translation>
    </message>
    <message>
        <source>sets %1 to its default</source>
        <translation>zet %1 op de standaardwaarde</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>geblokkeerd door %1</translation>
    </message>
    <message>
        <source>fails (%1) while rows of %2 reference it</source>
        <translation>faalt (%1) zolang rijen van %2 ernaar verwijzen</translation>
    </message>
    <message>
        <source>## Foreign-key diff

</source>
        <translation>## Foreign-key-diff

</translation>
    </message>
    <message>
        <source>From: %1
</source>
        <translation>Van: %1
</translation>
    </message>
    <message>
        <source>then applied: %1
</source>
        <translation>daarna toegepast: %1
</translation>
    </message>
    <message>
        <source>To:   %1
</source>
        <translation>Naar: %1
</translation>
    </message>
    <message>
        <source>No differences in foreign keys or tables.
</source>
        <translation>Geen verschillen in foreign keys of tabellen.
</translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) differ</source>
        <translation>
            <numerusform>%n foreign key verschilt</numerusform>
            <numerusform>%n foreign keys verschillen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) added or removed</source>
        <translation>
            <numerusform>%n tabel toegevoegd of verwijderd</numerusform>
            <numerusform>%n tabellen toegevoegd of verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule changes</source>
        <translation>Regelwijzigingen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Hernoemd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>%1: %2 (was: %3)</source>
        <translation>%1: %2 (was: %3)</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>toegevoegd: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>verwijderd: %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>now also deletes rows of %1</source>
        <translation>verwijdert nu ook rijen van %1</translation>
    </message>
    <message>
        <source>no longer deletes rows of %1</source>
        <translation>verwijdert geen rijen van %1 meer</translation>
    </message>
    <message>
        <source>deleting %1 %2</source>
        <translation>verwijderen uit %1 %2</translation>
    </message>
    <message>
        <source>Delete blast radius</source>
        <translation>Bereik van deletes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>table %1 does not exist in the database</source>
        <translation>tabel %1 bestaat niet in de database</translation>
    </message>
    <message>
        <source>column %1.%2 does not exist in the database</source>
        <translation>kolom %1.%2 bestaat niet in de database</translation>
    </message>
    <message>
        <source>the key&apos;s column lists differ in length</source>
        <translation>de kolomlijsten van de sleutel verschillen in lengte</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>nullable</translation>
    </message>
    <message>
        <source>%1: DEFAULT %2 (was: %3)</source>
        <translation>%1: DEFAULT %2 (was: %3)</translation>
    </message>
    <message>
        <source>the default collation</source>
        <translation>de standaardcollatie</translation>
    </message>
</context>
</TS>
