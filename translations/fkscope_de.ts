<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>ON DELETE (arrow points at the parent)</source>
        <translation>ON DELETE (der Pfeil zeigt auf die Elterntabelle)</translation>
    </message>
    <message>
        <source>D deferrable · NV not validated · ● NOT NULL</source>
        <translation>D aufschiebbar · NV nicht validiert · ● NOT NULL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
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
        <translation>durchgezogen, dick</translation>
    </message>
    <message>
        <source>SET NULL</source>
        <translation>SET NULL</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>gestrichelt</translation>
    </message>
    <message>
        <source>SET DEFAULT</source>
        <translation>SET DEFAULT</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>Strich-Punkt</translation>
    </message>
    <message>
        <source>RESTRICT</source>
        <translation>RESTRICT</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>gepunktet</translation>
    </message>
    <message>
        <source>NO ACTION</source>
        <translation>NO ACTION</translation>
    </message>
    <message>
        <source>dash-dot-dot, thin</source>
        <translation>Strich-Punkt-Punkt, dünn</translation>
    </message>
</context>
<context>
    <name>SceneRender</name>
    <message>
        <source>Foreign keys of %1</source>
        <translation>Fremdschlüssel von %1</translation>
    </message>
    <message>
        <source>Drawn by fkscope</source>
        <translation>Gezeichnet von fkscope</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation>das SVG konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>unknown image format</source>
        <translation>unbekanntes Bildformat</translation>
    </message>
</context>
<context>
    <name>fkscope::ChangesView</name>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Close comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>No comparison. File &gt; Compare with... compares this graph with a snapshot, a DDL file, another database, or previews a migration.</source>
        <translation>Kein Vergleich. Datei &gt; Vergleichen mit... vergleicht diesen Graphen mit einem Snapshot, einer DDL-Datei, einer anderen Datenbank, oder zeigt eine Migration vorab.</translation>
    </message>
    <message numerus="yes">
        <source>From: %1
To: %2
%n difference(s)</source>
        <translation>
            <numerusform>Von: %1
Nach: %2
%n Unterschied</numerusform>
            <numerusform>Von: %1
Nach: %2
%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Delete blast radius</source>
        <translation>Reichweite von Löschungen</translation>
    </message>
    <message>
        <source>+%1 / -%2 tables reached by cascades</source>
        <translation>+%1 / -%2 über Kaskaden erreichte Tabellen</translation>
    </message>
    <message>
        <source>Foreign-key changes</source>
        <translation>Fremdschlüssel-Änderungen</translation>
    </message>
</context>
<context>
    <name>fkscope::CompareJob</name>
    <message>
        <source>%1 with %2 applied</source>
        <translation>%1 mit %2 angewandt</translation>
    </message>
</context>
<context>
    <name>fkscope::ComparisonMarks</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>added by the migration</source>
        <translation>von der Migration hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>dropped by the migration</source>
        <translation>von der Migration gelöscht</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>umbenannt in %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
</context>
<context>
    <name>fkscope::ConnectDialog</name>
    <message>
        <source>(new connection)</source>
        <translation>(neue Verbindung)</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation>&amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>or fill in:</source>
        <translation>oder ausfüllen:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinde...</translation>
    </message>
    <message>
        <source>Connect to a database</source>
        <translation>Mit einer Datenbank verbinden</translation>
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
        <translation>wird nicht gespeichert; %1 gehen auch</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
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
        <translation>&lt;p&gt;Wählen Sie eine Tabelle oder einen Fremdschlüssel, um die Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>etwa %1 Zeilen</translation>
    </message>
    <message>
        <source>never analyzed</source>
        <translation>nie analysiert</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Checks&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;CHECK-Constraints&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Triggers: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trigger: %1&lt;/p&gt;</translation>
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
        <translation>validiert</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;References (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verweist auf (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Referenced by (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Referenziert von (%1)&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>fkscope::Explain</name>
    <message>
        <source> on table %1</source>
        <translation> auf Tabelle %1</translation>
    </message>
    <message>
        <source>This database has no foreign key %1%2: is it the database the error came from?</source>
        <translation>Diese Datenbank hat keinen Fremdschlüssel %1%2: ist es die Datenbank, aus der der Fehler kam?</translation>
    </message>
    <message>
        <source>Foreign key %1 is on %2: the message does not say which schema (psql&apos;s \set VERBOSITY verbose prints it)</source>
        <translation>Fremdschlüssel %1 liegt auf %2: die Meldung sagt nicht, welches Schema (psqls \set VERBOSITY verbose gibt es aus)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The message names no constraint (SQLite and MySQL 1216/1217 do not): give the statement that failed with --statement &quot;DELETE FROM ...&quot; and fkscope finds the constraint by simulating it.</source>
        <translation>Die Meldung nennt keinen Constraint (SQLite und MySQL 1216/1217 tun das nicht): geben Sie die fehlgeschlagene Anweisung mit --statement &quot;DELETE FROM ...&quot; an, dann findet fkscope den Constraint durch Simulation.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3) references %4 (%5), ON DELETE %6.</source>
        <translation>%1 auf %2 (%3) referenziert %4 (%5), ON DELETE %6.</translation>
    </message>
    <message>
        <source>%1 has that key now: it was added after the error, or the failing statement ran in a transaction that had not yet seen it.</source>
        <translation>%1 hat diesen Schlüssel jetzt: er kam nach dem Fehler hinzu, oder die fehlgeschlagene Anweisung lief in einer Transaktion, die ihn noch nicht sah.</translation>
    </message>
    <message>
        <source>%1 has no row with %2 = %3.</source>
        <translation>%1 hat keine Zeile mit %2 = %3.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 tables with a key of that type were searched.</source>
        <translation>Nur %1 der %2 Tabellen mit einem Schlüssel dieses Typs wurden durchsucht.</translation>
    </message>
    <message>
        <source>The message shows no key values (the user may lack SELECT on the table): run the failing statement&apos;s values against %1 by hand.</source>
        <translation>Die Meldung zeigt keine Schlüsselwerte (dem Benutzer fehlt vielleicht SELECT auf der Tabelle): prüfen Sie die Werte der fehlgeschlagenen Anweisung von Hand gegen %1.</translation>
    </message>
    <message>
        <source>The key is in %1: the row may belong to another parent, and %2 may point at the wrong table.</source>
        <translation>Der Schlüssel steht in %1: die Zeile gehört vielleicht zu einer anderen Elterntabelle, und %2 zeigt womöglich auf die falsche Tabelle.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>-- One nullable key per parent table, and a check that exactly one is set:</source>
        <translation>-- Ein NULL-fähiger Schlüssel je Elterntabelle und eine Prüfung, dass genau einer gesetzt ist:</translation>
    </message>
    <message>
        <source>-- SQLite: rebuild %1 with the new column and CHECK (%2)</source>
        <translation>-- SQLite: %1 mit der neuen Spalte und CHECK (%2) neu aufbauen</translation>
    </message>
    <message>
        <source>Insert the %1 row first (in the same transaction, before the child), or correct the value.</source>
        <translation>Fügen Sie zuerst die Zeile in %1 ein (in derselben Transaktion, vor dem Kind), oder korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>The simulated DELETE fails too: %1</source>
        <translation>Das simulierte DELETE scheitert ebenfalls: %1</translation>
    </message>
    <message>
        <source>The simulated DELETE fails, but not on %1 any more: %2</source>
        <translation>Das simulierte DELETE scheitert, aber nicht mehr an %1: %2</translation>
    </message>
    <message>
        <source>The simulated DELETE is allowed now: the blocking rows are gone, or the error came from other rows.</source>
        <translation>Das simulierte DELETE ist jetzt erlaubt: die blockierenden Zeilen sind weg, oder der Fehler kam von anderen Zeilen.</translation>
    </message>
    <message>
        <source>%1 foreign keys block it in all; fixing the first, the next one fails.</source>
        <translation>Insgesamt blockieren %1 Fremdschlüssel; ist der erste behoben, scheitert der nächste.</translation>
    </message>
    <message>
        <source>Delete the blocking rows first, children first: fkscope plan with the same rows prints that script for review.</source>
        <translation>Löschen Sie zuerst die blockierenden Zeilen, Kinder zuerst: fkscope plan mit denselben Zeilen gibt dieses Skript zur Prüfung aus.</translation>
    </message>
    <message>
        <source>The message shows no key values: give the failing statement with --statement &quot;DELETE FROM ...&quot; to see what blocks it.</source>
        <translation>Die Meldung zeigt keine Schlüsselwerte: geben Sie die fehlgeschlagene Anweisung mit --statement &quot;DELETE FROM ...&quot; an, um zu sehen, was sie blockiert.</translation>
    </message>
    <message>
        <source>%1 rows of %2 violate %3 now (no %4 row has their %5).</source>
        <translation>%1 Zeilen von %2 verletzen %3 jetzt (keine Zeile in %4 hat ihr %5).</translation>
    </message>
    <message>
        <source>Give the statement that failed with --statement to see what it met; the rows listed violate their keys already, which SQLite allows while foreign_keys is off.</source>
        <translation>Geben Sie die fehlgeschlagene Anweisung mit --statement an, um zu sehen, worauf sie traf; die aufgeführten Zeilen verletzen ihre Schlüssel bereits, was SQLite erlaubt, solange foreign_keys aus ist.</translation>
    </message>
    <message>
        <source>Point the referencing rows at the new key first (insert the new parent row, update the children, then delete the old one), or declare the foreign keys ON UPDATE CASCADE if children should follow their parent&apos;s key.</source>
        <translation>Lassen Sie die verweisenden Zeilen zuerst auf den neuen Schlüssel zeigen (neue Elternzeile einfügen, Kindzeilen ändern, dann die alte löschen), oder deklarieren Sie die Fremdschlüssel mit ON UPDATE CASCADE, wenn Kindzeilen dem Schlüssel ihrer Elternzeile folgen sollen.</translation>
    </message>
    <message>
        <source>No row references the old key now: the rows were changed after the error.</source>
        <translation>Keine Zeile verweist jetzt noch auf den alten Schlüssel: die Zeilen wurden nach dem Fehler geändert.</translation>
    </message>
    <message>
        <source>An UPDATE of a parent key meets the foreign keys to it with their ON UPDATE rules; the message shows no key, so fkscope cannot count the rows that reference it.</source>
        <translation>Ein UPDATE eines Elternschlüssels trifft die Fremdschlüssel darauf mit ihren ON-UPDATE-Regeln; die Meldung zeigt keinen Schlüssel, daher kann fkscope die verweisenden Zeilen nicht zählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 still reference the old key through %2 (ON UPDATE %3): the UPDATE would leave them pointing at a key that no longer exists.</source>
        <translation>
            <numerusform>%n Zeile von %1 verweist über %2 (ON UPDATE %3) noch auf den alten Schlüssel: das UPDATE ließe sie auf einen Schlüssel zeigen, den es nicht mehr gibt.</numerusform>
            <numerusform>%n Zeilen von %1 verweisen über %2 (ON UPDATE %3) noch auf den alten Schlüssel: das UPDATE ließe sie auf einen Schlüssel zeigen, den es nicht mehr gibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 reference the old key through %2 (ON UPDATE %3): they would follow the change.</source>
        <translation>
            <numerusform>%n Zeile von %1 verweist über %2 (ON UPDATE %3) auf den alten Schlüssel: sie würde der Änderung folgen.</numerusform>
            <numerusform>%n Zeilen von %1 verweisen über %2 (ON UPDATE %3) auf den alten Schlüssel: sie würden der Änderung folgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fkscope::ExplainDialog</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Explain a foreign-key error</source>
        <translation>Einen Fremdschlüsselfehler erklären</translation>
    </message>
    <message>
        <source>Paste the error here: psql output, a log line, a driver&apos;s exception, MySQL 1451 / 1452, SQLite&apos;s message.</source>
        <translation>Fügen Sie den Fehler hier ein: psql-Ausgabe, eine Logzeile, die Ausnahme eines Treibers, MySQL 1451 / 1452, SQLites Meldung.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Optional: the statement that failed (DELETE FROM ...)</source>
        <translation>Optional: die fehlgeschlagene Anweisung (DELETE FROM ...)</translation>
    </message>
    <message>
        <source>Failed statement</source>
        <translation>Fehlgeschlagene Anweisung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <source>A snapshot holds no rows: connect to the database the error came from.</source>
        <translation>Ein Snapshot enthält keine Zeilen: verbinden Sie sich mit der Datenbank, aus der der Fehler kam.</translation>
    </message>
    <message>
        <source>Looking it up...</source>
        <translation>Suche...</translation>
    </message>
    <message>
        <source>&lt;p&gt;The impact panel shows the simulation of: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Impact-Fenster zeigt die Simulation von: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix&lt;/b&gt; (for review):&lt;/p&gt;&lt;pre style=&quot;white-space: pre-wrap&quot;&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Behebung&lt;/b&gt; (zur Prüfung):&lt;/p&gt;&lt;pre style=&quot;white-space: pre-wrap&quot;&gt;%1&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>fkscope::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>fkscope::FindingsView</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Show on canvas</source>
        <translation>Auf der Zeichenfläche zeigen</translation>
    </message>
    <message>
        <source>Select a finding to see what happens and how to fix it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, was geschieht und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Show the tables of the findings listed on the canvas</source>
        <translation>Die Tabellen der aufgeführten Befunde auf der Zeichenfläche zeigen</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Prüfe...</translation>
    </message>
    <message>
        <source>All rules (%1)</source>
        <translation>Alle Regeln (%1)</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <source>

Fix:
%1</source>
        <translation>

Behebung:
%1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The finding and its fix</source>
        <translation>Der Befund und seine Behebung</translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactPanel</name>
    <message>
        <source>&amp;Simulate DELETE</source>
        <translation>DELETE &amp;simulieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Delete from:</source>
        <translation>&amp;Löschen aus:</translation>
    </message>
    <message>
        <source>Table to delete from</source>
        <translation>Tabelle, aus der gelöscht wird</translation>
    </message>
    <message>
        <source>Filter: an SQL condition, e.g. status = &apos;archived&apos; (Enter to apply)</source>
        <translation>Filter: eine SQL-Bedingung, z. B. status = &apos;archived&apos; (Enter zum Anwenden)</translation>
    </message>
    <message>
        <source>Row filter (SQL condition)</source>
        <translation>Zeilenfilter (SQL-Bedingung)</translation>
    </message>
    <message>
        <source>Rows of the table; select the rows to delete</source>
        <translation>Zeilen der Tabelle; wählen Sie die zu löschenden Zeilen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>Key values</source>
        <translation>Schlüsselwerte</translation>
    </message>
    <message>
        <source>&amp;Key values</source>
        <translation>Schlüssel&amp;werte</translation>
    </message>
    <message>
        <source>An SQL condition on the table, e.g.
created_at &lt; now() - interval &apos;5 years&apos;</source>
        <translation>Eine SQL-Bedingung auf die Tabelle, z. B.
created_at &lt; now() - interval &apos;5 years&apos;</translation>
    </message>
    <message>
        <source>WHERE condition</source>
        <translation>WHERE-Bedingung</translation>
    </message>
    <message>
        <source>&amp;WHERE</source>
        <translation>&amp;WHERE</translation>
    </message>
    <message>
        <source>Simulate the DELETE in a read-only transaction (Ctrl+Return). Nothing is written.</source>
        <translation>Das DELETE in einer schreibgeschützten Transaktion simulieren (Strg+Eingabe). Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancel the running query on the server (Esc)</source>
        <translation>Die laufende Abfrage auf dem Server abbrechen (Esc)</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Keine Zeilen.</translation>
    </message>
    <message>
        <source>Rows %1-%2</source>
        <translation>Zeilen %1-%2</translation>
    </message>
    <message>
        <source>of about %1</source>
        <translation>von etwa %1</translation>
    </message>
    <message>
        <source>This table has no primary key or NOT NULL unique key: choose rows with a WHERE.</source>
        <translation>Diese Tabelle hat keinen Primärschlüssel und keinen eindeutigen NOT-NULL-Schlüssel: wählen Sie Zeilen mit einem WHERE.</translation>
    </message>
    <message>
        <source>Could not read rows: %1</source>
        <translation>Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3...</source>
        <translation>Schritt %1 von %2: %3...</translation>
    </message>
    <message>
        <source>Simulated in %1 ms; nothing was written.</source>
        <translation>In %1 ms simuliert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Deletion plan</source>
        <translation>Löschplan</translation>
    </message>
    <message>
        <source>Deletes the chosen rows with every row that blocks them, children first. CASCADE, SET NULL and SET DEFAULT are left to the database. fkscope does not run this script: review it, then run it yourself.</source>
        <translation>Löscht die gewählten Zeilen mit allen Zeilen, die sie blockieren, Kinder zuerst. CASCADE, SET NULL und SET DEFAULT übernimmt die Datenbank. fkscope führt dieses Skript nicht aus: prüfen Sie es und führen Sie es dann selbst aus.</translation>
    </message>
    <message>
        <source>Verified: the real DELETE ran; nothing was kept.</source>
        <translation>Geprüft: das echte DELETE lief; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Cancelled: the simulation was stopped on the server.</source>
        <translation>Abgebrochen: die Simulation wurde auf dem Server gestoppt.</translation>
    </message>
    <message>
        <source>The simulation did not finish: %1</source>
        <translation>Die Simulation wurde nicht beendet: %1</translation>
    </message>
    <message>
        <source>No deletion plan: %1</source>
        <translation>Kein Löschplan: %1</translation>
    </message>
    <message>
        <source>Cancelled: the verification was stopped and rolled back.</source>
        <translation>Abgebrochen: die Prüfung wurde gestoppt und zurückgerollt.</translation>
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation>Die Prüfung wurde nicht beendet: %1</translation>
    </message>
    <message>
        <source>Choose a table: from the list, the canvas (right-click) or the schema tree.</source>
        <translation>Wählen Sie eine Tabelle: aus der Liste, im Diagramm (Rechtsklick) oder im Schemabaum.</translation>
    </message>
    <message>
        <source>A snapshot holds the schema only: connect to the database to read rows and simulate deletes.</source>
        <translation>Ein Snapshot enthält nur das Schema: verbinden Sie sich mit der Datenbank, um Zeilen zu lesen und Löschungen zu simulieren.</translation>
    </message>
    <message>
        <source>%1 has no primary key or NOT NULL unique key: use the WHERE tab.</source>
        <translation>%1 hat keinen Primärschlüssel und keinen eindeutigen NOT-NULL-Schlüssel: nutzen Sie den WHERE-Reiter.</translation>
    </message>
    <message>
        <source>Value of key column %1</source>
        <translation>Wert der Schlüsselspalte %1</translation>
    </message>
    <message>
        <source>Reading rows %1-%2 of %3...</source>
        <translation>Lese Zeilen %1-%2 von %3...</translation>
    </message>
    <message>
        <source>Simulating needs a live database; this source is a snapshot.</source>
        <translation>Zum Simulieren braucht es eine Datenbank; diese Quelle ist ein Snapshot.</translation>
    </message>
    <message>
        <source>Choose the table to delete from first.</source>
        <translation>Wählen Sie zuerst die Tabelle, aus der gelöscht wird.</translation>
    </message>
    <message>
        <source>The rows are still loading.</source>
        <translation>Die Zeilen werden noch geladen.</translation>
    </message>
    <message>
        <source>%1 has no key to pick rows by: use the WHERE tab.</source>
        <translation>%1 hat keinen Schlüssel zur Zeilenauswahl: nutzen Sie den WHERE-Reiter.</translation>
    </message>
    <message>
        <source>Select one or more rows in the grid (Shift or Ctrl to add more), or use the Key values or WHERE tab.</source>
        <translation>Wählen Sie eine oder mehrere Zeilen in der Tabelle (Umschalt oder Strg für mehr), oder nutzen Sie den Reiter Schlüsselwerte oder WHERE.</translation>
    </message>
    <message>
        <source>%1 has no key: use the WHERE tab.</source>
        <translation>%1 hat keinen Schlüssel: nutzen Sie den WHERE-Reiter.</translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation>Geben Sie einen Wert für %1 ein.</translation>
    </message>
    <message>
        <source>Write the condition of the rows to delete.</source>
        <translation>Schreiben Sie die Bedingung der zu löschenden Zeilen.</translation>
    </message>
    <message>
        <source>Simulating %1...</source>
        <translation>Simuliere %1...</translation>
    </message>
    <message>
        <source>Writing the deletion plan...</source>
        <translation>Schreibe den Löschplan...</translation>
    </message>
    <message>
        <source>Verify with a rolled-back DELETE</source>
        <translation>Mit einem zurückgerollten DELETE prüfen</translation>
    </message>
    <message>
        <source>This runs the real DELETE on a temporary copy of the SQLite file.</source>
        <translation>Dies führt das echte DELETE auf einer temporären Kopie der SQLite-Datei aus.</translation>
    </message>
    <message>
        <source>This runs the real DELETE on the database, inside a transaction that is always rolled back.</source>
        <translation>Dies führt das echte DELETE auf der Datenbank aus, in einer Transaktion, die immer zurückgerollt wird.</translation>
    </message>
    <message>
        <source>Your file is not opened for writing. Copying it takes time and disk space in proportion to its size; triggers run on the copy.</source>
        <translation>Ihre Datei wird nicht zum Schreiben geöffnet. Das Kopieren braucht Zeit und Plattenplatz je nach Größe; Trigger laufen auf der Kopie.</translation>
    </message>
    <message>
        <source>While it runs it takes row locks on every row it deletes or updates (other sessions that write those rows wait; fkscope gives up after 5 seconds of waiting for a lock) and fires triggers, including any with effects outside the database. It can take as long as the DELETE itself. Nothing is committed.</source>
        <translation>Während es läuft, sperrt es jede Zeile, die es löscht oder ändert (andere Sitzungen, die diese Zeilen schreiben, warten; fkscope gibt nach 5 Sekunden Warten auf eine Sperre auf), und löst Trigger aus, auch solche mit Wirkungen außerhalb der Datenbank. Es kann so lange dauern wie das DELETE selbst. Nichts wird festgeschrieben.</translation>
    </message>
    <message>
        <source>Run on a copy</source>
        <translation>Auf einer Kopie ausführen</translation>
    </message>
    <message>
        <source>Run and roll back</source>
        <translation>Ausführen und zurückrollen</translation>
    </message>
    <message>
        <source>Running the real DELETE; nothing will be kept...</source>
        <translation>Führe das echte DELETE aus; nichts wird behalten...</translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactReport</name>
    <message>
        <source>ALLOWED: the DELETE would succeed.</source>
        <translation>ERLAUBT: das DELETE würde gelingen.</translation>
    </message>
    <message>
        <source>MAY BE BLOCKED: it depends on the order in which the engine visits rows.</source>
        <translation>VIELLEICHT BLOCKIERT: es hängt von der Reihenfolge ab, in der die Datenbank die Zeilen besucht.</translation>
    </message>
    <message>
        <source>BLOCKED: the DELETE would fail.</source>
        <translation>BLOCKIERT: das DELETE würde fehlschlagen.</translation>
    </message>
    <message>
        <source>BLOCKED AT COMMIT: the DELETE succeeds, COMMIT fails (deferred constraint).</source>
        <translation>BEIM COMMIT BLOCKIERT: das DELETE gelingt, das COMMIT schlägt fehl (aufgeschobener Constraint).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still reference deleted rows through %2 (%3)</source>
        <translation>%1 verweisen über %2 (%3) noch auf gelöschte Zeilen</translation>
    </message>
    <message>
        <source>%1 would get NULL in NOT NULL column %2 (ON DELETE of %3)</source>
        <translation>%1 bekämen NULL in der NOT-NULL-Spalte %2 (ON DELETE von %3)</translation>
    </message>
    <message>
        <source>%1 set NULL or to their default would fail CHECK %2</source>
        <translation>%1, auf NULL oder ihren Standardwert gesetzt, verletzten CHECK %2</translation>
    </message>
    <message>
        <source>%1 updated by two SET actions are re-checked and reference a deleted row through %2</source>
        <translation>%1, von zwei SET-Aktionen geändert, werden erneut geprüft und verweisen über %2 auf eine gelöschte Zeile</translation>
    </message>
    <message>
        <source>%1 would be set to a default that references no remaining row (%2)</source>
        <translation>%1 bekämen einen Standardwert, der auf keine verbleibende Zeile verweist (%2)</translation>
    </message>
    <message>
        <source>foreign key mismatch: %1 does not reference its parent&apos;s primary key or a unique index, so the statement fails before it deletes anything</source>
        <translation>Fremdschlüssel passt nicht (foreign key mismatch): %1 verweist weder auf den Primärschlüssel der Elterntabelle noch auf einen eindeutigen Index, daher schlägt die Anweisung fehl, bevor sie etwas löscht</translation>
    </message>
    <message>
        <source>Delete those rows of %1 first (the deletion plan gives the order), or change %2 to ON DELETE CASCADE or SET NULL.</source>
        <translation>Löschen Sie diese Zeilen von %1 zuerst (der Löschplan nennt die Reihenfolge), oder ändern Sie %2 auf ON DELETE CASCADE oder SET NULL.</translation>
    </message>
    <message>
        <source>Delete those rows of %1 in the same transaction before COMMIT, or change %2 to ON DELETE CASCADE or SET NULL.</source>
        <translation>Löschen Sie diese Zeilen von %1 in derselben Transaktion vor dem COMMIT, oder ändern Sie %2 auf ON DELETE CASCADE oder SET NULL.</translation>
    </message>
    <message>
        <source>Make %1.%2 nullable, or change the rule to CASCADE, or delete those rows first.</source>
        <translation>Erlauben Sie NULL in %1.%2, oder ändern Sie die Regel auf CASCADE, oder löschen Sie diese Zeilen zuerst.</translation>
    </message>
    <message>
        <source>Change CHECK %1 to allow the nulled value, or change the rule, or delete those rows first.</source>
        <translation>Ändern Sie CHECK %1 so, dass es den NULL-Wert erlaubt, oder ändern Sie die Regel, oder löschen Sie diese Zeilen zuerst.</translation>
    </message>
    <message>
        <source>Delete or fix those rows of %1 first, so that no row is updated by two SET actions.</source>
        <translation>Löschen oder korrigieren Sie diese Zeilen von %1 zuerst, damit keine Zeile von zwei SET-Aktionen geändert wird.</translation>
    </message>
    <message>
        <source>Make sure the default value of %1 references a row that stays, or change the rule.</source>
        <translation>Sorgen Sie dafür, dass der Standardwert von %1 auf eine bleibende Zeile verweist, oder ändern Sie die Regel.</translation>
    </message>
    <message>
        <source>Give the parent columns of %1 a PRIMARY KEY or UNIQUE constraint (SQLite needs one), or make the foreign key reference the parent&apos;s primary key.</source>
        <translation>Geben Sie den Elternspalten von %1 einen PRIMARY KEY oder UNIQUE-Constraint (SQLite braucht einen), oder lassen Sie den Fremdschlüssel auf den Primärschlüssel der Elterntabelle verweisen.</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>gelöscht %1</translation>
    </message>
    <message>
        <source>set NULL %1</source>
        <translation>auf NULL %1</translation>
    </message>
    <message>
        <source>set DEFAULT %1</source>
        <translation>auf DEFAULT %1</translation>
    </message>
    <message>
        <source>this plan still fails: %1 rows of %2 break %3 %4 when their parent goes; change the rule or the rows first</source>
        <translation>dieser Plan schlägt trotzdem fehl: %1 Zeilen von %2 verletzen %3 %4, wenn ihre Elternzeile geht; ändern Sie zuerst die Regel oder die Zeilen</translation>
    </message>
    <message>
        <source># Delete impact: %1</source>
        <translation># Auswirkung des Löschens: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected; simulated read-only on %2 in %3 ms, nothing was written.</source>
        <translation>
            <numerusform>%n Zeile von %1 gewählt; nur lesend auf %2 in %3 ms simuliert, nichts wurde geschrieben.</numerusform>
            <numerusform>%n Zeilen von %1 gewählt; nur lesend auf %2 in %3 ms simuliert, nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>## Blockers</source>
        <translation>## Blockaden</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>(Order-dependent: these rows may or may not block.)</source>
        <translation>(Reihenfolgeabhängig: diese Zeilen blockieren vielleicht.)</translation>
    </message>
    <message>
        <source>Sample rows:</source>
        <translation>Beispielzeilen:</translation>
    </message>
    <message>
        <source>## Effects</source>
        <translation>## Wirkungen</translation>
    </message>
    <message>
        <source>## Effects before the statement fails</source>
        <translation>## Wirkungen, bevor die Anweisung fehlschlägt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>set NULL</source>
        <translation>auf NULL</translation>
    </message>
    <message>
        <source>set DEFAULT</source>
        <translation>auf DEFAULT</translation>
    </message>
    <message>
        <source>via</source>
        <translation>über</translation>
    </message>
    <message>
        <source>(the statement)</source>
        <translation>(die Anweisung)</translation>
    </message>
    <message>
        <source>## Unknown (no SELECT privilege)</source>
        <translation>## Unbekannt (kein SELECT-Recht)</translation>
    </message>
    <message>
        <source>## Warnings</source>
        <translation>## Warnungen</translation>
    </message>
    <message>
        <source>the cascade through %1 would nest more than 14 levels deep, past InnoDB&apos;s limit</source>
        <translation>die Kaskade über %1 wäre mehr als 14 Ebenen tief verschachtelt, über der Grenze von InnoDB</translation>
    </message>
    <message>
        <source>Delete the rows of %1 first, or in smaller groups from the deep end of the chain, so that no cascade nests 15 levels deep.</source>
        <translation>Löschen Sie die Zeilen von %1 zuerst, oder in kleineren Gruppen vom tiefen Ende der Kette her, damit keine Kaskade 15 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>The server would stop with error %1 (%2): %3</source>
        <translation>Der Server würde mit Fehler %1 (%2) abbrechen: %3</translation>
    </message>
    <message>
        <source>The server would stop with error %1 (%2):</source>
        <translation>Der Server würde mit Fehler %1 (%2) abbrechen:</translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactResultView</name>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Blockers and effects</source>
        <translation>Blockaden und Wirkungen</translation>
    </message>
    <message>
        <source>Table / item</source>
        <translation>Tabelle / Eintrag</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Constraint / kind</source>
        <translation>Constraint / Art</translation>
    </message>
    <message>
        <source>Path from the deleted rows</source>
        <translation>Pfad von den gelöschten Zeilen</translation>
    </message>
    <message>
        <source>Copy &amp;Markdown</source>
        <translation>&amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>Den Bericht als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the result as the JSON of fkscope impact --json</source>
        <translation>Das Ergebnis als JSON von fkscope impact --json kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>Bericht &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the report as Markdown or JSON</source>
        <translation>Den Bericht als Markdown oder JSON speichern</translation>
    </message>
    <message>
        <source>Deletion &amp;plan...</source>
        <translation>Lösch&amp;plan...</translation>
    </message>
    <message>
        <source>The ordered SQL script that deletes the blocking rows first</source>
        <translation>Das geordnete SQL-Skript, das die blockierenden Zeilen zuerst löscht</translation>
    </message>
    <message>
        <source>&amp;Verify...</source>
        <translation>&amp;Prüfen...</translation>
    </message>
    <message>
        <source>Run the real DELETE in a transaction that is always rolled back</source>
        <translation>Das echte DELETE in einer Transaktion ausführen, die immer zurückgerollt wird</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the result and restore the canvas</source>
        <translation>Das Ergebnis leeren und das Diagramm wiederherstellen</translation>
    </message>
    <message>
        <source>Choose rows and press Simulate DELETE (Ctrl+Return). Nothing is written.</source>
        <translation>Wählen Sie Zeilen und drücken Sie DELETE simulieren (Strg+Eingabe). Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Sample rows (Enter to open)</source>
        <translation>Beispielzeilen (Enter zum Öffnen)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected</source>
        <translation>
            <numerusform>%n Zeile von %1 gewählt</numerusform>
            <numerusform>%n Zeilen von %1 gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted in %1</source>
        <translation>
            <numerusform>%n Zeile gelöscht in %1</numerusform>
            <numerusform>%n Zeilen gelöscht in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set NULL</source>
        <translation>%1 auf NULL</translation>
    </message>
    <message>
        <source>%1 set DEFAULT</source>
        <translation>%1 auf DEFAULT</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n Blockade</numerusform>
            <numerusform>%n Blockaden</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated on %1 in %2 ms, read-only</source>
        <translation>simuliert auf %1 in %2 ms, nur lesend</translation>
    </message>
    <message>
        <source>Not simulated for lack of SELECT privilege (unknown): %1</source>
        <translation>Nicht simuliert mangels SELECT-Recht (unbekannt): %1</translation>
    </message>
    <message>
        <source>Blockers (%1)</source>
        <translation>Blockaden (%1)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Order-dependent: the engine&apos;s row order decides whether these rows block.</source>
        <translation>Reihenfolgeabhängig: die Zeilenreihenfolge der Datenbank entscheidet, ob diese Zeilen blockieren.</translation>
    </message>
    <message>
        <source>The server may name it %1</source>
        <translation>Der Server nennt ihn vielleicht %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted (%n row(s))</source>
        <translation>
            <numerusform>Gelöscht (%n Zeile)</numerusform>
            <numerusform>Gelöscht (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set NULL (%n row(s))</source>
        <translation>
            <numerusform>Auf NULL gesetzt (%n Zeile)</numerusform>
            <numerusform>Auf NULL gesetzt (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set DEFAULT (%n row(s))</source>
        <translation>
            <numerusform>Auf DEFAULT gesetzt (%n Zeile)</numerusform>
            <numerusform>Auf DEFAULT gesetzt (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the statement)</source>
        <translation>(die Anweisung)</translation>
    </message>
    <message>
        <source>via</source>
        <translation>über</translation>
    </message>
    <message>
        <source>Unknown: no SELECT privilege (%1)</source>
        <translation>Unbekannt: kein SELECT-Recht (%1)</translation>
    </message>
    <message>
        <source>not simulated: what happens to its rows is unknown</source>
        <translation>nicht simuliert: was mit ihren Zeilen geschieht, ist unbekannt</translation>
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
        <translation>Auswirkungsbericht speichern</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>fkscope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>fkscope</source>
        <translation>fkscope</translation>
    </message>
    <message>
        <source>Open a database or a snapshot to begin.</source>
        <translation>Öffnen Sie eine Datenbank oder einen Snapshot, um zu beginnen.</translation>
    </message>
    <message>
        <source>Reading the catalog: %1...</source>
        <translation>Lese den Katalog: %1...</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open the source</source>
        <translation>Die Quelle konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · showing %4 · layout %5 in %6 ms</source>
        <translation>%1 · %2, %3 · angezeigt: %4 · Layout %5 in %6 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n Fremdschlüssel</numerusform>
            <numerusform>%n Fremdschlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Layout failed</source>
        <translation>Layout fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL...</source>
        <translation>Mit PostgreSQL &amp;verbinden...</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open S&amp;QLite database...</source>
        <translation>S&amp;QLite-Datenbank öffnen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Open snapshot...</source>
        <translation>Snapshot ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Export image...</source>
        <translation>Bild &amp;exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Auswirkung</translation>
    </message>
    <message>
        <source>Simulate &amp;DELETE from the selected table...</source>
        <translation>&amp;DELETE aus der gewählten Tabelle simulieren...</translation>
    </message>
    <message>
        <source>Select a table on the canvas or in the schema tree first.</source>
        <translation>Wählen Sie zuerst eine Tabelle im Diagramm oder im Schemabaum.</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Find a table (Ctrl+F)</source>
        <translation>Tabelle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a table</source>
        <translation>Tabelle suchen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source> Hops: </source>
        <translation> Schritte: </translation>
    </message>
    <message>
        <source>Neighbourhood size in foreign-key hops</source>
        <translation>Größe der Nachbarschaft in Fremdschlüssel-Schritten</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Wirkungsradius</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show %1 foreign keys</source>
        <translation>%1-Fremdschlüssel zeigen</translation>
    </message>
    <message>
        <source>Hide tables without foreign keys</source>
        <translation>Tabellen ohne Fremdschlüssel ausblenden</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Headers only</source>
        <translation>Nur Kopfzeilen</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemata</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Impact &amp;panel</source>
        <translation>Auswirkungs&amp;bereich</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Impact of %1: %2</source>
        <translation>Auswirkung auf %1: %2</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Öffne %1...</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>fkscope snapshots (*.json)</source>
        <translation>fkscope-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 - fkscope</source>
        <translation>%1 - fkscope</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n table(s)...</source>
        <translation>
            <numerusform>Ordne %n Tabelle an...</numerusform>
            <numerusform>Ordne %n Tabellen an...</numerusform>
        </translation>
    </message>
    <message>
        <source>No table matches &quot;%1&quot;.</source>
        <translation>Keine Tabelle passt zu „%1“.</translation>
    </message>
    <message>
        <source>Simulate DELETE from %1...</source>
        <translation>DELETE aus %1 simulieren...</translation>
    </message>
    <message>
        <source>Focus on its neighbours</source>
        <translation>Auf ihre Nachbarn fokussieren</translation>
    </message>
    <message>
        <source>Clear the impact result</source>
        <translation>Das Auswirkungsergebnis leeren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to the &amp;schema tree</source>
        <translation>Zum &amp;Schemabaum</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;canvas</source>
        <translation>Zum &amp;Diagramm</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>Zu den De&amp;tails</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Go to the &amp;impact panel</source>
        <translation>Zum &amp;Auswirkungsbereich</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Show folded tables</source>
        <translation>Zusammengefasste Tabellen zeigen</translation>
    </message>
    <message>
        <source>Show the tables of this group whose name contains:</source>
        <translation>Die Tabellen dieser Gruppe zeigen, deren Name dies enthält:</translation>
    </message>
    <message>
        <source>No table of the group matches &quot;%1&quot;.</source>
        <translation>Keine Tabelle der Gruppe passt zu &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n weitere zeigen</numerusform>
            <numerusform>%n weitere zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the ones whose name contains...</source>
        <translation>Die zeigen, deren Name etwas enthält...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About fkscope</source>
        <translation>&amp;Über fkscope</translation>
    </message>
    <message>
        <source>About fkscope</source>
        <translation>Über fkscope</translation>
    </message>
    <message>
        <source>&lt;b&gt;fkscope %1&lt;/b&gt;&lt;br&gt;A database&apos;s foreign keys, and what a DELETE would do.</source>
        <translation>&lt;b&gt;fkscope %1&lt;/b&gt;&lt;br&gt;Die Fremdschlüssel einer Datenbank, und was ein DELETE tun würde.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Findings (lint)</source>
        <translation>&amp;Befunde (Lint)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Go to the &amp;findings</source>
        <translation>Zu den &amp;Befunden</translation>
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
        <translation>Fehler &amp;erklären...</translation>
    </message>
    <message>
        <source>Co&amp;mpare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>A &amp;snapshot, DDL or SQLite file...</source>
        <translation>Einem &amp;Snapshot, einer DDL- oder SQLite-Datei...</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Snapshots and DDL files (*.json *.sql);;SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>Snapshots und DDL-Dateien (*.json *.sql);;SQLite-Datenbanken (*.sqlite *.sqlite3 *.db *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Another &amp;database...</source>
        <translation>Einer anderen &amp;Datenbank...</translation>
    </message>
    <message>
        <source>&amp;Preview a migration...</source>
        <translation>Migration &amp;vorab prüfen...</translation>
    </message>
    <message>
        <source>Preview a migration</source>
        <translation>Migration vorab prüfen</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Comparing with %1...</source>
        <translation>Vergleiche mit %1...</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n migration file(s)...</source>
        <translation>
            <numerusform>Wende %n Migrationsdatei an...</numerusform>
            <numerusform>Wende %n Migrationsdateien an...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with %1</source>
        <translation>
            <numerusform>%n Unterschied zu %1</numerusform>
            <numerusform>%n Unterschiede zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the c&amp;hanges</source>
        <translation>Zu den Ä&amp;nderungen</translation>
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
        <translation>Das Demo-SQL fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot create %1 for the demo database.</source>
        <translation>%1 kann für die Demo-Datenbank nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot build the demo database at %1: %2</source>
        <translation>Die Demo-Datenbank kann nicht unter %1 gebaut werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the demo database at %1.</source>
        <translation>Die Demo-Datenbank kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Graphviz could not read the layout graph.</source>
        <translation>Graphviz konnte den Layout-Graphen nicht lesen.</translation>
    </message>
    <message>
        <source>Graphviz layout (%1) failed.</source>
        <translation>Graphviz-Layout (%1) fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Loading the catalog was cancelled.</source>
        <translation>Das Laden des Katalogs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not supported; fkscope needs PostgreSQL 12 or newer.</source>
        <translation>PostgreSQL %1 wird nicht unterstützt; fkscope braucht PostgreSQL 12 oder neuer.</translation>
    </message>
    <message>
        <source>partitions and inheritance</source>
        <translation>Partitionen und Vererbung</translation>
    </message>
    <message>
        <source>triggers, rules and policies</source>
        <translation>Trigger, Regeln und Policies</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>partition copies of foreign keys</source>
        <translation>Partitionskopien von Fremdschlüsseln</translation>
    </message>
    <message>
        <source>The query ran longer than the statement timeout and was stopped: %1</source>
        <translation>Die Abfrage lief länger als das Statement-Timeout und wurde gestoppt: %1</translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Gave up waiting for a lock held by another session: %1</source>
        <translation>Aufgegeben: das Warten auf eine Sperre einer anderen Sitzung dauerte zu lange: %1</translation>
    </message>
    <message>
        <source>The database refused access: %1</source>
        <translation>Die Datenbank hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>Die Verbindung zum Server ging verloren: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>Database client error: %1</source>
        <translation>Fehler im Datenbank-Client: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The database does not exist: %1</source>
        <translation>Die Datenbank existiert nicht: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server: %1</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>Die Verbindungszeichenfolge ist ungültig: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The deletion plan nests more than 32 tables deep.</source>
        <translation>Der Löschplan ist tiefer als 32 Tabellen verschachtelt.</translation>
    </message>
    <message>
        <source>Table %1 is not in the loaded schema.</source>
        <translation>Tabelle %1 ist nicht im geladenen Schema.</translation>
    </message>
    <message>
        <source>Foreign keys form a cycle through %1: no statement order deletes these tables one by one; delete them in one statement or defer the constraints.</source>
        <translation>Fremdschlüssel bilden einen Zyklus über %1: keine Reihenfolge von Anweisungen löscht diese Tabellen einzeln; löschen Sie sie in einer Anweisung oder schieben Sie die Constraints auf.</translation>
    </message>
    <message>
        <source>-- fkscope deletion plan: delete the rows of %1 where %2,
</source>
        <translation>-- fkscope-Löschplan: löscht die Zeilen von %1 mit %2,
</translation>
    </message>
    <message>
        <source>-- with every row that blocks them (RESTRICT / NO ACTION), children first.
-- CASCADE, SET NULL and SET DEFAULT are left to the database. Review before running;
-- fkscope does not run this script.
</source>
        <translation>-- mit jeder Zeile, die sie blockiert (RESTRICT / NO ACTION), Kinder zuerst.
-- CASCADE, SET NULL und SET DEFAULT übernimmt die Datenbank. Vor dem Ausführen prüfen;
-- fkscope führt dieses Skript nicht aus.
</translation>
    </message>
    <message>
        <source>-- %1. the rows asked for
</source>
        <translation>-- %1. die gewünschten Zeilen
</translation>
    </message>
    <message>
        <source>-- %1. %2: its rows block through %3
</source>
        <translation>-- %1. %2: ihre Zeilen blockieren über %3
</translation>
    </message>
    <message>
        <source>No table named %1 (names resolve as in SQL: quote mixed case, e.g. &apos;&quot;Orders&quot;&apos;; unqualified names follow search_path).</source>
        <translation>Keine Tabelle namens %1 (Namen werden wie in SQL aufgelöst: gemischte Schreibung in Anführungszeichen, z. B. &apos;&quot;Orders&quot;&apos;; unqualifizierte Namen folgen search_path).</translation>
    </message>
    <message>
        <source>Say which rows to delete: key values or a WHERE predicate.</source>
        <translation>Sagen Sie, welche Zeilen gelöscht werden: Schlüsselwerte oder ein WHERE-Prädikat.</translation>
    </message>
    <message>
        <source>%1 has no column %2.</source>
        <translation>%1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>Die Simulation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>privileges and trigger order</source>
        <translation>Rechte und Trigger-Reihenfolge</translation>
    </message>
    <message>
        <source>No SELECT privilege on %1: its rows cannot be read.</source>
        <translation>Kein SELECT-Recht auf %1: ihre Zeilen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>reading the result</source>
        <translation>lese das Ergebnis</translation>
    </message>
    <message>
        <source>%1 has rules (%2) that can rewrite a DELETE.</source>
        <translation>%1 hat Regeln (%2), die ein DELETE umschreiben können.</translation>
    </message>
    <message>
        <source>%1 has row-level security: the simulation counts only the rows you can see, while foreign-key actions reach all rows.</source>
        <translation>%1 hat Row-Level-Security: die Simulation zählt nur die Zeilen, die Sie sehen, während Fremdschlüsselaktionen alle Zeilen erreichen.</translation>
    </message>
    <message>
        <source>No SELECT privilege on %1: its rows (and what they lead to) are unknown.</source>
        <translation>Kein SELECT-Recht auf %1: ihre Zeilen (und wohin sie führen) sind unbekannt.</translation>
    </message>
    <message>
        <source>%1 changes %2, which %3 references: its ON UPDATE action is not simulated.</source>
        <translation>%1 ändert %2, worauf %3 verweist: dessen ON-UPDATE-Aktion wird nicht simuliert.</translation>
    </message>
    <message>
        <source>%1 and %2 share columns and one of them sets them: the result depends on the order of their triggers.</source>
        <translation>%1 und %2 teilen Spalten, und einer von beiden setzt sie: das Ergebnis hängt von der Reihenfolge ihrer Trigger ab.</translation>
    </message>
    <message>
        <source>%1 inherits from %2: DELETE without ONLY also deletes its rows, which this simulation does not count.</source>
        <translation>%1 erbt von %2: DELETE ohne ONLY löscht auch deren Zeilen, die diese Simulation nicht zählt.</translation>
    </message>
    <message>
        <source>Whether some rows block depends on the order in which PostgreSQL visits rows (see blockers with &quot;certain&quot;: false); --verify tells for sure.</source>
        <translation>Ob manche Zeilen blockieren, hängt von der Reihenfolge ab, in der PostgreSQL Zeilen besucht (siehe Blockaden mit &quot;certain&quot;: false); --verify sagt es sicher.</translation>
    </message>
    <message>
        <source>%1not a valid fkscope snapshot: %2: expected %3</source>
        <translation>%1keine gültige fkscope-Snapshot-Datei: %2: erwartet wurde %3</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of column names</source>
        <translation>ein Array von Spaltennamen</translation>
    </message>
    <message>
        <source>a table listed in &quot;tables&quot;</source>
        <translation>eine in &quot;tables&quot; aufgeführte Tabelle</translation>
    </message>
    <message>
        <source>as many columns as &quot;columns&quot; (at least one)</source>
        <translation>so viele Spalten wie &quot;columns&quot; (mindestens eine)</translation>
    </message>
    <message>
        <source>%1not valid JSON at byte %2: %3</source>
        <translation>%1kein gültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>%1not a valid fkscope snapshot: expected a JSON object</source>
        <translation>%1keine gültige fkscope-Snapshot-Datei: erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1snapshot format version %2 is not supported (this fkscope reads up to %3)</source>
        <translation>%1Snapshot-Formatversion %2 wird nicht unterstützt (dieses fkscope liest bis %3)</translation>
    </message>
    <message>
        <source>a table name not used before</source>
        <translation>ein noch nicht verwendeter Tabellenname</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>A snapshot file holds the schema only: connect to the database to read rows and simulate deletes.</source>
        <translation>Ein Snapshot enthält nur das Schema: verbinden Sie sich mit der Datenbank, um Zeilen zu lesen und Löschungen zu simulieren.</translation>
    </message>
    <message>
        <source>Could not read the CREATE TABLE text of %1: its CHECK constraints and DEFERRABLE clauses are not known.</source>
        <translation>Der CREATE-TABLE-Text von %1 konnte nicht gelesen werden: seine CHECK-Constraints und DEFERRABLE-Klauseln sind unbekannt.</translation>
    </message>
    <message>
        <source>%1 has a foreign key to %2, which does not exist.</source>
        <translation>%1 hat einen Fremdschlüssel auf %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>No SQLite file at %1.</source>
        <translation>Keine SQLite-Datei unter %1.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>Cannot open %1 as SQLite: %2.</source>
        <translation>%1 kann nicht als SQLite geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The statement ran out of time and was stopped.</source>
        <translation>Die Anweisung lief zu lange und wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 is not a valid SQLite database: %2.</source>
        <translation>%1 ist keine gültige SQLite-Datenbank: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another connection: %2.</source>
        <translation>%1 ist durch eine andere Verbindung gesperrt: %2.</translation>
    </message>
    <message>
        <source>No table %1 in this SQLite database.</source>
        <translation>Keine Tabelle %1 in dieser SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lese das Schema</translation>
    </message>
    <message>
        <source>SQLite enforces foreign keys only on connections that ran PRAGMA foreign_keys = ON; this simulation assumes it is on. With it off, the DELETE removes the selected rows of %1 and nothing else.</source>
        <translation>SQLite prüft Fremdschlüssel nur auf Verbindungen, die PRAGMA foreign_keys = ON ausgeführt haben; diese Simulation nimmt an, dass es eingeschaltet ist. Ist es aus, löscht das DELETE nur die gewählten Zeilen von %1 und sonst nichts.</translation>
    </message>
    <message>
        <source>checking what blocks</source>
        <translation>prüfe, was blockiert</translation>
    </message>
    <message>
        <source>No temporary directory for the copy: %1</source>
        <translation>Kein temporäres Verzeichnis für die Kopie: %1</translation>
    </message>
    <message>
        <source>Cannot create the copy %1.</source>
        <translation>Die Kopie %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not copy %1: %2</source>
        <translation>%1 konnte nicht kopiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>simulating the delete across %n table(s) in one statement</source>
        <translation>
            <numerusform>simuliere das Löschen über %n Tabelle in einer Anweisung</numerusform>
            <numerusform>simuliere das Löschen über %n Tabellen in einer Anweisung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>simulating the delete across %n table(s)</source>
        <translation>
            <numerusform>simuliere das Löschen über %n Tabelle</numerusform>
            <numerusform>simuliere das Löschen über %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No source was given.</source>
        <translation>Es wurde keine Quelle angegeben.</translation>
    </message>
    <message>
        <source>%1 is not reached through a connection.</source>
        <translation>%1 wird nicht über eine Verbindung erreicht.</translation>
    </message>
    <message>
        <source>%1 has columns named rowid, oid and _rowid_, so SQL cannot tell its rows apart; --verify runs the real DELETE on a copy.</source>
        <translation>%1 hat Spalten namens rowid, oid und _rowid_, daher kann SQL seine Zeilen nicht unterscheiden; --verify führt das echte DELETE auf einer Kopie aus.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0. It links Qt (LGPL-3.0), Graphviz (EPL-1.0), libpqxx (BSD-3-Clause), libpq (PostgreSQL licence) and SQLite (public domain), each under its own licence: see THIRD_PARTY_NOTICES, installed in /usr/share/doc/fkscope.</source>
        <translation>Lizenziert unter der Apache License, Version 2.0. Es bindet Qt (LGPL-3.0), Graphviz (EPL-1.0), libpqxx (BSD-3-Clause), libpq (PostgreSQL-Lizenz) und SQLite (gemeinfrei) ein, jede unter ihrer eigenen Lizenz: siehe THIRD_PARTY_NOTICES, installiert in /usr/share/doc/fkscope.</translation>
    </message>
    <message>
        <source>%1 has user triggers (%2): they run on the real DELETE and can change what it does; --verify runs it without keeping its changes.</source>
        <translation>%1 hat Benutzer-Trigger (%2): sie laufen beim echten DELETE und können ändern, was es tut; --verify führt es aus, ohne seine Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>%1 references itself through %2 (RESTRICT) on NOT NULL column %3: the database checks RESTRICT row by row, so no single statement deletes such linked rows; delete them leaves first.</source>
        <translation>%1 verweist über %2 (RESTRICT) auf der NOT-NULL-Spalte %3 auf sich selbst: die Datenbank prüft RESTRICT Zeile für Zeile, daher löscht keine einzelne Anweisung solche verketteten Zeilen; löschen Sie sie von den Blättern her.</translation>
    </message>
    <message>
        <source>The database checks RESTRICT row by row: the links among these rows are cut first.</source>
        <translation>Die Datenbank prüft RESTRICT Zeile für Zeile: die Verweise zwischen diesen Zeilen werden zuerst getrennt.</translation>
    </message>
    <message>
        <source>%1 has no primary key and no unique NOT NULL key: the plan cannot tell its rows apart.</source>
        <translation>%1 hat keinen Primärschlüssel und keinen eindeutigen NOT-NULL-Schlüssel: der Plan kann seine Zeilen nicht unterscheiden.</translation>
    </message>
    <message>
        <source>InnoDB checks RESTRICT row by row: the links among these rows are cut first.</source>
        <translation>InnoDB prüft RESTRICT Zeile für Zeile: die Verweise zwischen diesen Zeilen werden zuerst getrennt.</translation>
    </message>
    <message>
        <source>%1.%2 uses the %3 storage engine, which ignores foreign keys.</source>
        <translation>%1.%2 nutzt die Speicher-Engine %3, die Fremdschlüssel ignoriert.</translation>
    </message>
    <message>
        <source>User %1 has privileges on single tables of database %2 only: tables without a grant are invisible, and so are their foreign keys. Cascades and blockers through them are missing.</source>
        <translation>Benutzer %1 hat nur Rechte auf einzelne Tabellen der Datenbank %2: Tabellen ohne Recht sind unsichtbar, ebenso ihre Fremdschlüssel. Kaskaden und Blockaden über sie fehlen.</translation>
    </message>
    <message>
        <source>Foreign key %1 on %2.%3 references %4.%5, which the user cannot see (or which does not exist).</source>
        <translation>Fremdschlüssel %1 auf %2.%3 verweist auf %4.%5, das der Benutzer nicht sehen kann (oder das nicht existiert).</translation>
    </message>
    <message>
        <source>Not a MySQL URI (mysql://USER@HOST[:PORT]/DATABASE): %1</source>
        <translation>Keine MySQL-URI (mysql://USER@HOST[:PORT]/DATABASE): %1</translation>
    </message>
    <message>
        <source>Cannot read the MySQL URI: %1.</source>
        <translation>Die MySQL-URI kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>A MySQL URI names one database: %1</source>
        <translation>Eine MySQL-URI nennt eine Datenbank: %1</translation>
    </message>
    <message>
        <source>Unknown option in the MySQL URI: %1 (only socket= is read).</source>
        <translation>Unbekannte Option in der MySQL-URI: %1 (nur socket= wird gelesen).</translation>
    </message>
    <message>
        <source>No MySQL/MariaDB server answered at %1: %2</source>
        <translation>Kein MySQL/MariaDB-Server antwortete unter %1: %2</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password: %2</source>
        <translation>Der Server unter %1 hat Benutzername oder Passwort abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2.</source>
        <translation>Der Server unter %1 hat keine Datenbank %2.</translation>
    </message>
    <message>
        <source>The user may not use the database %1: %2</source>
        <translation>Der Benutzer darf die Datenbank %1 nicht nutzen: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A row was locked by another connection for too long: %1</source>
        <translation>Eine Zeile war zu lange von einer anderen Verbindung gesperrt: %1</translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>Cannot read the table name %1 (write TABLE or DATABASE.TABLE).</source>
        <translation>Der Tabellenname %1 kann nicht gelesen werden (schreiben Sie TABELLE oder DATENBANK.TABELLE).</translation>
    </message>
    <message>
        <source>No database is selected: name the table as DATABASE.TABLE, or give the database in the URI.</source>
        <translation>Keine Datenbank gewählt: nennen Sie die Tabelle als DATENBANK.TABELLE, oder geben Sie die Datenbank in der URI an.</translation>
    </message>
    <message>
        <source>There is no table %1.%2.</source>
        <translation>Es gibt keine Tabelle %1.%2.</translation>
    </message>
    <message>
        <source>The DELETE reaches more than %1 rows: too many to replay in InnoDB&apos;s order here.</source>
        <translation>Das DELETE erreicht mehr als %1 Zeilen: zu viele, um sie hier in der Reihenfolge von InnoDB nachzuspielen.</translation>
    </message>
    <message>
        <source>A SET NULL action changes a column that another foreign key references, or a row the statement still has to read: InnoDB follows that update, the simulation does not.</source>
        <translation>Eine SET-NULL-Aktion ändert eine Spalte, auf die ein anderer Fremdschlüssel verweist, oder eine Zeile, die die Anweisung noch lesen muss: InnoDB folgt dieser Änderung, die Simulation nicht.</translation>
    </message>
    <message>
        <source>The order in which the DELETE reads %1 is not known (no primary key, or an index merge): which blocker InnoDB meets first may differ.</source>
        <translation>Die Reihenfolge, in der das DELETE %1 liest, ist nicht bekannt (kein Primärschlüssel, oder ein Index-Merge): welche Blockade InnoDB zuerst trifft, kann abweichen.</translation>
    </message>
    <message>
        <source>PostgreSQL stops at the first of these blockers it meets, which depends on the physical order of the rows it deletes: first_error names one of them.</source>
        <translation>PostgreSQL bricht bei der ersten dieser Blockaden ab, auf die es trifft; das hängt von der physischen Reihenfolge der gelöschten Zeilen ab: first_error nennt eine von ihnen.</translation>
    </message>
    <message>
        <source>The server is read-only (a replica?): the verification needs a server that accepts the DELETE. %1</source>
        <translation>Der Server ist schreibgeschützt (ein Replikat?): die Prüfung braucht einen Server, der das DELETE annimmt. %1</translation>
    </message>
    <message>
        <source>foreign_key_checks is 0 for new sessions on this server: a DELETE in such a session ignores every foreign key (nothing cascades, nothing blocks).</source>
        <translation>foreign_key_checks ist für neue Sitzungen auf diesem Server 0: ein DELETE in einer solchen Sitzung ignoriert alle Fremdschlüssel (nichts kaskadiert, nichts blockiert).</translation>
    </message>
    <message>
        <source>
Fix:
%1</source>
        <translation>
Behebung:
%1</translation>
    </message>
    <message>
        <source>         fix: %1
</source>
        <translation>         Behebung: %1
</translation>
    </message>
    <message>
        <source>%1 error, %2 warning, %3 info
</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise
</translation>
    </message>
    <message>
        <source>Table %1.%2 was dropped while the catalog was read; it is left out.</source>
        <translation>Tabelle %1.%2 wurde gelöscht, während der Katalog gelesen wurde; sie fehlt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No index starts with the foreign key&apos;s columns: every delete or key update of a parent row scans the child table.</source>
        <translation>Kein Index beginnt mit den Spalten des Fremdschlüssels: jedes Löschen oder Schlüsseländern einer Elternzeile durchsucht die ganze Kindtabelle.</translation>
    </message>
    <message>
        <source>%1: no index starts with (%2), so each delete of a %3 row scans %4</source>
        <translation>%1: kein Index beginnt mit (%2), daher durchsucht jedes Löschen einer Zeile von %3 die Tabelle %4</translation>
    </message>
    <message>
        <source>ON DELETE / ON UPDATE SET NULL on a NOT NULL column: the action fails whenever it fires.</source>
        <translation>ON DELETE / ON UPDATE SET NULL auf einer NOT-NULL-Spalte: die Aktion schlägt fehl, sobald sie ausgelöst wird.</translation>
    </message>
    <message>
        <source>Make %1 nullable, or choose another action for %2 (the table is rebuilt to change either).</source>
        <translation>Erlauben Sie NULL in %1 oder wählen Sie eine andere Aktion für %2 (für beides wird die Tabelle neu aufgebaut).</translation>
    </message>
    <message>
        <source>%1: %2 on NOT NULL column(s) %3 fails whenever a referenced %4 row is deleted or its key changes</source>
        <translation>%1: %2 auf NOT-NULL-Spalte(n) %3 schlägt fehl, sobald eine referenzierte Zeile von %4 gelöscht wird oder ihr Schlüssel sich ändert</translation>
    </message>
    <message>
        <source>ON DELETE SET DEFAULT on a column without a default: the column is set to NULL (or fails when NOT NULL).</source>
        <translation>ON DELETE SET DEFAULT auf einer Spalte ohne Vorgabewert: die Spalte wird NULL gesetzt (oder es schlägt fehl, wenn NOT NULL).</translation>
    </message>
    <message>
        <source>%1: ON DELETE SET DEFAULT but %2 has no default, so it is set to NULL</source>
        <translation>%1: ON DELETE SET DEFAULT, aber %2 hat keinen Vorgabewert und wird daher NULL gesetzt</translation>
    </message>
    <message>
        <source>%1 is %2, %3.%4 is %5</source>
        <translation>%1 ist %2, %3.%4 ist %5</translation>
    </message>
    <message>
        <source>%1: types differ (%2)</source>
        <translation>%1: Typen unterscheiden sich (%2)</translation>
    </message>
    <message>
        <source>Give both sides the same type (the referenced column&apos;s type is usually the one to keep).</source>
        <translation>Geben Sie beiden Seiten denselben Typ (meist den der referenzierten Spalte).</translation>
    </message>
    <message>
        <source>Two foreign keys on the same columns reference the same key: both are checked, and their actions both fire.</source>
        <translation>Zwei Fremdschlüssel auf denselben Spalten referenzieren denselben Schlüssel: beide werden geprüft, und beide Aktionen werden ausgelöst.</translation>
    </message>
    <message>
        <source>%1 repeats %2 (columns %3)</source>
        <translation>%1 wiederholt %2 (Spalten %3)</translation>
    </message>
    <message>
        <source>; their ON DELETE actions differ (%1 and %2), so the outcome of a delete is the stricter one</source>
        <translation>; ihre ON-DELETE-Aktionen unterscheiden sich (%1 und %2), daher gilt beim Löschen die strengere</translation>
    </message>
    <message>
        <source>Rebuild the table without one of the two keys.</source>
        <translation>Bauen Sie die Tabelle ohne einen der beiden Schlüssel neu auf.</translation>
    </message>
    <message>
        <source>A foreign key added NOT VALID: rows that existed before were never checked and may point nowhere.</source>
        <translation>Ein mit NOT VALID angelegter Fremdschlüssel: vorher vorhandene Zeilen wurden nie geprüft und können ins Leere zeigen.</translation>
    </message>
    <message>
        <source>%1 is NOT VALID: existing rows were never checked</source>
        <translation>%1 ist NOT VALID: vorhandene Zeilen wurden nie geprüft</translation>
    </message>
    <message>
        <source>One constraint name on foreign keys of several tables: an error naming it is ambiguous (MySQL refuses it within a database).</source>
        <translation>Ein Constraint-Name auf Fremdschlüsseln mehrerer Tabellen: eine Fehlermeldung mit diesem Namen ist mehrdeutig (MySQL lehnt das innerhalb einer Datenbank ab).</translation>
    </message>
    <message>
        <source>%1 and %2 more tables</source>
        <translation>%1 und %2 weitere Tabellen</translation>
    </message>
    <message>
        <source>%1: the name is also used on %2</source>
        <translation>%1: der Name wird auch auf %2 verwendet</translation>
    </message>
    <message>
        <source>Drop the key and add it again under a name of its own.</source>
        <translation>Löschen Sie den Schlüssel und legen Sie ihn unter einem eigenen Namen neu an.</translation>
    </message>
    <message>
        <source>A column named and typed like another table&apos;s key, with no foreign key: nothing stops it pointing nowhere.</source>
        <translation>Eine Spalte, benannt und typisiert wie der Schlüssel einer anderen Tabelle, ohne Fremdschlüssel: nichts hindert sie daran, ins Leere zu zeigen.</translation>
    </message>
    <message>
        <source>%1.%2 (%3) looks like a reference to %4 but no foreign key says so (%5)</source>
        <translation>%1.%2 (%3) sieht aus wie ein Verweis auf %4, aber kein Fremdschlüssel sagt das (%5)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>likely: the name and the type match</source>
        <translation>wahrscheinlich: Name und Typ passen</translation>
    </message>
    <message>
        <source>possible: check the name and the type</source>
        <translation>möglich: prüfen Sie Name und Typ</translation>
    </message>
    <message>
        <source>Rebuild the table with the column declared REFERENCES %1.</source>
        <translation>Bauen Sie die Tabelle neu auf, mit der Spalte als REFERENCES %1.</translation>
    </message>
    <message>
        <source>A *_type + *_id pair without a foreign key: the id points at one of several tables and nothing checks it.</source>
        <translation>Ein Paar *_type + *_id ohne Fremdschlüssel: die ID zeigt auf eine von mehreren Tabellen, und nichts prüft sie.</translation>
    </message>
    <message>
        <source>-- One nullable key per parent table, and a check that exactly one is set:</source>
        <translation>-- Ein NULL-fähiger Schlüssel je Elterntabelle und eine Prüfung, dass genau einer gesetzt ist:</translation>
    </message>
    <message>
        <source>-- rebuild %1 with these columns, each REFERENCES its parent, and CHECK (%2)</source>
        <translation>-- %1 mit diesen Spalten neu aufbauen, jede REFERENCES auf ihre Elterntabelle, und CHECK (%2)</translation>
    </message>
    <message>
        <source>-- then a foreign key from each new column to its parent&apos;s key, and %1 / %2 dropped once filled.</source>
        <translation>-- dann ein Fremdschlüssel von jeder neuen Spalte zum Schlüssel ihrer Elterntabelle, und %1 / %2 entfernen, sobald befüllt.</translation>
    </message>
    <message>
        <source>%1: %2 and %3 point at a row of one of several tables; no foreign key checks %3</source>
        <translation>%1: %2 und %3 zeigen auf eine Zeile einer von mehreren Tabellen; kein Fremdschlüssel prüft %3</translation>
    </message>
    <message>
        <source>A chain of ON DELETE CASCADE keys from this table reaches a table of more than a million (estimated) rows: one delete can remove many rows and hold their locks.</source>
        <translation>Eine Kette von ON-DELETE-CASCADE-Schlüsseln von dieser Tabelle erreicht eine Tabelle mit mehr als einer Million (geschätzten) Zeilen: ein Löschen kann viele Zeilen entfernen und ihre Sperren halten.</translation>
    </message>
    <message>
        <source>Deleting from %1 cascades into %2 (about %3 rows): %4</source>
        <translation>Löschen aus %1 kaskadiert nach %2 (etwa %3 Zeilen): %4</translation>
    </message>
    <message>
        <source>Check the blast radius before deleting (fkscope impact), delete the large table&apos;s rows in batches first, or make the last key RESTRICT.</source>
        <translation>Prüfen Sie die Reichweite vor dem Löschen (fkscope impact), löschen Sie zuerst die Zeilen der großen Tabelle in Portionen, oder machen Sie den letzten Schlüssel RESTRICT.</translation>
    </message>
    <message>
        <source>SQLite enforces foreign keys only on connections that turn them on: each connection of each program must run PRAGMA foreign_keys = ON.</source>
        <translation>SQLite erzwingt Fremdschlüssel nur auf Verbindungen, die sie einschalten: jede Verbindung jedes Programms muss PRAGMA foreign_keys = ON ausführen.</translation>
    </message>
    <message>
        <source>This file declares %1 foreign key(s), and SQLite checks none of them, nor cascades, on a connection that has not run PRAGMA foreign_keys = ON</source>
        <translation>Diese Datei deklariert %1 Fremdschlüssel, und SQLite prüft keinen davon und kaskadiert nicht auf einer Verbindung, die PRAGMA foreign_keys = ON nicht ausgeführt hat</translation>
    </message>
    <message>
        <source>A RESTRICT / NO ACTION key whose child the same parent&apos;s delete also cascades into: on InnoDB, whether the delete fails depends on constraint names, indexes and row order.</source>
        <translation>Ein RESTRICT-/NO-ACTION-Schlüssel, in dessen Kindtabelle das Löschen derselben Elternzeile auch kaskadiert: bei InnoDB hängt das Scheitern dann von Constraint-Namen, Indizes und Zeilenreihenfolge ab.</translation>
    </message>
    <message>
        <source>%1 (%2) blocks deletes of %3 rows, yet deleting those rows also cascades into %4: InnoDB&apos;s outcome then depends on constraint names, indexes and row order</source>
        <translation>%1 (%2) blockiert das Löschen von Zeilen aus %3, doch dieses Löschen kaskadiert auch nach %4: bei InnoDB hängt das Ergebnis dann von Constraint-Namen, Indizes und Zeilenreihenfolge ab</translation>
    </message>
    <message>
        <source>Predict a given delete with fkscope impact; to make it not depend on order, make %1 CASCADE or SET NULL, or delete %2&apos;s rows first (fkscope plan).</source>
        <translation>Sagen Sie ein bestimmtes Löschen mit fkscope impact voraus; damit es nicht von der Reihenfolge abhängt, machen Sie %1 CASCADE oder SET NULL, oder löschen Sie zuerst die Zeilen von %2 (fkscope plan).</translation>
    </message>
    <message>
        <source>A foreign key references columns that are not a primary key or unique: deleting one parent row acts on every child of that value (InnoDB), or every write fails (SQLite: foreign key mismatch).</source>
        <translation>Ein Fremdschlüssel referenziert Spalten, die weder Primärschlüssel noch eindeutig sind: das Löschen einer Elternzeile wirkt auf jedes Kind mit diesem Wert (InnoDB), oder jedes Schreiben schlägt fehl (SQLite: foreign key mismatch).</translation>
    </message>
    <message>
        <source>%1 references %2 (%3), which is not a primary key or unique</source>
        <translation>%1 referenziert %2 (%3), was weder Primärschlüssel noch eindeutig ist</translation>
    </message>
    <message>
        <source>Make (%1) unique on %2 if it is a key, or reference the primary key instead.</source>
        <translation>Machen Sie (%1) auf %2 eindeutig, wenn es ein Schlüssel ist, oder referenzieren Sie stattdessen den Primärschlüssel.</translation>
    </message>
    <message>
        <source>The table has user triggers or rewrite rules: a delete can do more than its foreign keys say, and fkscope&apos;s simulation does not run them.</source>
        <translation>Die Tabelle hat Benutzer-Trigger oder Rewrite-Regeln: ein Löschen kann mehr tun, als ihre Fremdschlüssel sagen, und fkscopes Simulation führt sie nicht aus.</translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <source>rules %1</source>
        <translation>Regeln %1</translation>
    </message>
    <message>
        <source>%1 has %2: a delete can do more than its foreign keys say</source>
        <translation>%1 hat %2: ein Löschen kann mehr tun, als die Fremdschlüssel sagen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Row-level security is on: a simulation sees the rows its user may see, which can differ from what a delete meets.</source>
        <translation>Zeilensicherheit ist eingeschaltet: eine Simulation sieht die Zeilen, die ihr Benutzer sehen darf, und die können von denen abweichen, die ein Löschen trifft.</translation>
    </message>
    <message>
        <source>%1 has row-level security enabled</source>
        <translation>%1 hat Zeilensicherheit eingeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n Befund: </numerusform>
            <numerusform>%n Befunde: </numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a foreign-key error fkscope can read: expected PostgreSQL&apos;s &quot;violates foreign key constraint&quot; with its quoted names (SQLSTATE 23503), MySQL/MariaDB error 1451 or 1452, or SQLite&apos;s &quot;FOREIGN KEY constraint failed&quot;.</source>
        <translation>Das ist kein Fremdschlüsselfehler, den fkscope lesen kann: erwartet wird PostgreSQLs &quot;violates foreign key constraint&quot; mit den Namen in Anführungszeichen (SQLSTATE 23503), MySQL/MariaDB-Fehler 1451 oder 1452, oder SQLites &quot;FOREIGN KEY constraint failed&quot;.</translation>
    </message>
    <message>
        <source>PostgreSQL DDL file</source>
        <translation>PostgreSQL-DDL-Datei</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 migrations cannot be read offline yet.</source>
        <translation>%1-Migrationen können noch nicht offline gelesen werden.</translation>
    </message>
    <message>
        <source>No temporary directory for the scratch database: %1</source>
        <translation>Kein temporäres Verzeichnis für die Hilfsdatenbank: %1</translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1.</source>
        <translation>Die Hilfsdatenbank %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Migrations apply to an SQLite file or DDL file, not to a snapshot of one.</source>
        <translation>Migrationen gelten für eine SQLite-Datei oder DDL-Datei, nicht für einen Snapshot davon.</translation>
    </message>
    <message>
        <source>(a %1 connection)</source>
        <translation>(eine %1-Verbindung)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the server closed it (restarted, shut down, or the session was ended), or the network dropped.</source>
        <translation>der Server hat sie geschlossen (neu gestartet, heruntergefahren oder die Sitzung wurde beendet), oder das Netzwerk ist weggefallen.</translation>
    </message>
    <message>
        <source>The server is read-only (a hot standby?): the verification needs a server that accepts the DELETE. %1</source>
        <translation>Der Server ist schreibgeschützt (ein Hot Standby?): die Prüfung braucht einen Server, der das DELETE annimmt. %1</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 s, the statement timeout and %2 s more: the network or a proxy on the way has stopped passing data. The connection was closed.</source>
        <translation>Der Server hat %1 s lang nichts gesendet, das Statement-Timeout und %2 s mehr: das Netzwerk oder ein Proxy dazwischen leitet keine Daten mehr weiter. Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>SQLite fails this DELETE with &quot;%1&quot;; which constraint fails first could not be told.</source>
        <translation>SQLite bricht dieses DELETE mit &quot;%1&quot; ab; welche Bedingung zuerst scheitert, ließ sich nicht feststellen.</translation>
    </message>
    <message>
        <source>SQLite&apos;s own order was not replayed (%1): blockers marked uncertain depend on it.</source>
        <translation>Die eigene Reihenfolge von SQLite wurde nicht nachgespielt (%1): als unsicher markierte Blocker hängen von ihr ab.</translation>
    </message>
    <message>
        <source>the connection enforces foreign keys, so rows cannot be copied</source>
        <translation>die Verbindung erzwingt Fremdschlüssel, daher können keine Zeilen kopiert werden</translation>
    </message>
    <message>
        <source>a SET action changes a key that %1 references, whose ON UPDATE action would run</source>
        <translation>eine SET-Aktion ändert einen Schlüssel, auf den %1 verweist, dessen ON-UPDATE-Aktion dann liefe</translation>
    </message>
    <message>
        <source>it would copy more than %L1 rows</source>
        <translation>es würden mehr als %L1 Zeilen kopiert</translation>
    </message>
    <message>
        <source>the definition of %1 cannot be copied</source>
        <translation>die Definition von %1 lässt sich nicht kopieren</translation>
    </message>
    <message>
        <source>replaying the delete in SQLite&apos;s own order</source>
        <translation>spiele das Löschen in SQLites eigener Reihenfolge nach</translation>
    </message>
    <message>
        <source>A foreign key column and the column it references differ in type, length or collation: values are converted on every check, some do not fit, and text may match under one collation and not the other.</source>
        <translation>Eine Fremdschlüsselspalte und die Spalte, auf die sie verweist, unterscheiden sich in Typ, Länge oder Sortierfolge: Werte werden bei jeder Prüfung umgewandelt, manche passen nicht, und Text kann unter der einen Sortierfolge passen und unter der anderen nicht.</translation>
    </message>
    <message>
        <source>the default collation</source>
        <translation>die Standard-Sortierfolge</translation>
    </message>
    <message>
        <source>%1 uses %2, %3.%4 uses %5</source>
        <translation>%1 verwendet %2, %3.%4 verwendet %5</translation>
    </message>
    <message>
        <source>%1: collations differ (%2)</source>
        <translation>%1: Sortierfolgen unterscheiden sich (%2)</translation>
    </message>
    <message>
        <source>Give both sides the same collation (the referenced column&apos;s is usually the one to keep).</source>
        <translation>Geben Sie beiden Seiten dieselbe Sortierfolge (meist die der referenzierten Spalte).</translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1); the previous ones are kept.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden (%1); die bisherigen bleiben erhalten.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the disk may be full: %1 was cut short</source>
        <translation>der Datenträger ist vielleicht voll: %1 wurde abgeschnitten</translation>
    </message>
    <message>
        <source>InnoDB&apos;s own index order of %1 was not read (%2): the order information_schema lists is used, which differs for indexes added later by ALTER TABLE, and the order decides which foreign keys InnoDB checks first.</source>
        <translation>Die eigene Indexreihenfolge von InnoDB für %1 wurde nicht gelesen (%2): verwendet wird die Reihenfolge, die information_schema nennt; sie weicht bei später mit ALTER TABLE angelegten Indizes ab, und die Reihenfolge entscheidet, welche Fremdschlüssel InnoDB zuerst prüft.</translation>
    </message>
    <message>
        <source>names with characters InnoDB stores encoded</source>
        <translation>Namen mit Zeichen, die InnoDB kodiert speichert</translation>
    </message>
</context>
<context>
    <name>fkscope::MinimapView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
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
        <translation>%1 (Schlüssel; klicken zum Sortieren)</translation>
    </message>
    <message>
        <source>%1 (click to sort)</source>
        <translation>%1 (klicken zum Sortieren)</translation>
    </message>
</context>
<context>
    <name>fkscope::SampleRowsDialog</name>
    <message>
        <source>Sample rows of %1</source>
        <translation>Beispielzeilen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sample row(s), identified by their key. These are samples, not every row.</source>
        <translation>
            <numerusform>%n Beispielzeile, erkennbar an ihrem Schlüssel. Das sind Beispiele, nicht alle Zeilen.</numerusform>
            <numerusform>%n Beispielzeilen, erkennbar an ihrem Schlüssel. Das sind Beispiele, nicht alle Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation>Beispielzeilen</translation>
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
        <translation>gelöscht %1</translation>
    </message>
    <message>
        <source>set NULL %1</source>
        <translation>auf NULL %1</translation>
    </message>
    <message>
        <source>set DEFAULT %1</source>
        <translation>auf DEFAULT %1</translation>
    </message>
    <message numerus="yes">
        <source>✗ blocks: %n row(s)</source>
        <translation>
            <numerusform>✗ blockiert: %n Zeile</numerusform>
            <numerusform>✗ blockiert: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>? may block: %n row(s)</source>
        <translation>
            <numerusform>? blockiert vielleicht: %n Zeile</numerusform>
            <numerusform>? blockiert vielleicht: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no SELECT</source>
        <translation>unbekannt: kein SELECT</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other table(s)</source>
        <translation>
            <numerusform>+ %n weitere Tabelle</numerusform>
            <numerusform>+ %n weitere Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n table(s) referencing %1</source>
        <translation>
            <numerusform>+ %n Tabelle, die auf %1 verweist</numerusform>
            <numerusform>+ %n Tabellen, die auf %1 verweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n table(s) that %1 references</source>
        <translation>
            <numerusform>+ %n Tabelle, auf die %1 verweist</numerusform>
            <numerusform>+ %n Tabellen, auf die %1 verweist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>double-click: show %n more</source>
        <translation>
            <numerusform>Doppelklick: %n weitere zeigen</numerusform>
            <numerusform>Doppelklick: %n weitere zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) inside</source>
        <translation>
            <numerusform>%n Fremdschlüssel innerhalb</numerusform>
            <numerusform>%n Fremdschlüssel innerhalb</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>Doppelklick zum Öffnen</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>can block</source>
        <translation>kann blockieren</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>um %1</translation>
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
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>Schemas and tables</source>
        <translation>Schemata und Tabellen</translation>
    </message>
    <message>
        <source>Show on the canvas</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Focus on its neighbours</source>
        <translation>Auf ihre Nachbarn fokussieren</translation>
    </message>
    <message>
        <source>Simulate DELETE from this table...</source>
        <translation>DELETE aus dieser Tabelle simulieren...</translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaTreeModel</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck to hide this schema&apos;s tables on the canvas</source>
        <translation>Abwählen, um die Tabellen dieses Schemas im Diagramm auszublenden</translation>
    </message>
    <message>
        <source> (partition)</source>
        <translation> (Partition)</translation>
    </message>
    <message>
        <source> (external)</source>
        <translation> (extern)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>FKs out / in</source>
        <translation>FKs aus / ein</translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaView</name>
    <message>
        <source>Foreign-key diagram</source>
        <translation>Fremdschlüssel-Diagramm</translation>
    </message>
</context>
<context>
    <name>fkscope::ScriptDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>SQL (*.sql)</source>
        <translation>SQL (*.sql)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fkscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when fkscope starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von fkscope.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Canvas colours</source>
        <translation>Diagrammfarben</translation>
    </message>
    <message>
        <source>Canvas &amp;colours:</source>
        <translation>Diagramm&amp;farben:</translation>
    </message>
    <message>
        <source>&amp;Reset the window layout</source>
        <translation>Fensteranordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>Die Bereiche und Werkzeugleisten wieder so anordnen wie beim ersten Start</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>fkscope::StartPage</name>
    <message>
        <source>&lt;h2&gt;fkscope&lt;/h2&gt;&lt;p&gt;See a database&apos;s foreign keys, and what a DELETE would do before anyone runs it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;fkscope&lt;/h2&gt;&lt;p&gt;Die Fremdschlüssel einer Datenbank sehen, und was ein DELETE tun würde, bevor es jemand ausführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL...</source>
        <translation>Mit PostgreSQL &amp;verbinden...</translation>
    </message>
    <message>
        <source>Open a S&amp;QLite database...</source>
        <translation>Eine S&amp;QLite-Datenbank öffnen...</translation>
    </message>
    <message>
        <source>Open a &amp;snapshot file...</source>
        <translation>Eine &amp;Snapshot-Datei öffnen...</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>A small product schema (SQLite, built into fkscope) with every FK story: cascades, SET NULL, a CHECK, blockers, a deferred constraint.</source>
        <translation>Ein kleines Produktschema (SQLite, in fkscope eingebaut) mit jeder FK-Geschichte: Kaskaden, SET NULL, ein CHECK, Blockaden, ein aufgeschobener Constraint.</translation>
    </message>
    <message>
        <source>A SQLite file, opened read-only. You can also drop a file on the window.</source>
        <translation>Eine SQLite-Datei, schreibgeschützt geöffnet. Sie können eine Datei auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Recent connections and files</source>
        <translation>Letzte Verbindungen und Dateien</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Zuletzt:</translation>
    </message>
</context>
<context>
    <name>fkscope::TableItem</name>
    <message numerus="yes">
        <source>partitioned, %n partition(s)</source>
        <translation>
            <numerusform>partitioniert, %n Partition</numerusform>
            <numerusform>partitioniert, %n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <source>outside the selected schemas</source>
        <translation>außerhalb der gewählten Schemata</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Trigger</numerusform>
            <numerusform>%n Trigger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more column(s)</source>
        <translation>
            <numerusform>… %n weitere Spalte</numerusform>
            <numerusform>… %n weitere Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fkscope::VerificationDialog</name>
    <message>
        <source>Verification: the real DELETE, rolled back</source>
        <translation>Prüfung: das echte DELETE, zurückgerollt</translation>
    </message>
    <message>
        <source>The DELETE ran on a temporary copy of the file; your file was not opened for writing.</source>
        <translation>Das DELETE lief auf einer temporären Kopie der Datei; Ihre Datei wurde nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The DELETE ran in a transaction that was rolled back; nothing was kept.</source>
        <translation>Das DELETE lief in einer Transaktion, die zurückgerollt wurde; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Outcome: predicted &lt;b&gt;%1&lt;/b&gt;, observed &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Ergebnis: vorhergesagt &lt;b&gt;%1&lt;/b&gt;, beobachtet &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Deleted (predicted)</source>
        <translation>Gelöscht (vorhergesagt)</translation>
    </message>
    <message>
        <source>Deleted (observed)</source>
        <translation>Gelöscht (beobachtet)</translation>
    </message>
    <message>
        <source>Updated (predicted)</source>
        <translation>Geändert (vorhergesagt)</translation>
    </message>
    <message>
        <source>Updated (observed)</source>
        <translation>Geändert (beobachtet)</translation>
    </message>
    <message>
        <source>Predicted and observed rows per table</source>
        <translation>Vorhergesagte und beobachtete Zeilen je Tabelle</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <source>  ≠ differs</source>
        <translation>  ≠ weicht ab</translation>
    </message>
    <message>
        <source>✓ The prediction agrees with the engine.</source>
        <translation>✓ Die Vorhersage stimmt mit der Datenbank überein.</translation>
    </message>
    <message>
        <source>≠ The prediction differs from what the engine did. Please report it with the Markdown report.</source>
        <translation>≠ Die Vorhersage weicht von dem ab, was die Datenbank tat. Bitte melden Sie es mit dem Markdown-Bericht.</translation>
    </message>
    <message>
        <source>Observed updates count every row update, including rows later deleted and updates made by triggers.</source>
        <translation>Beobachtete Änderungen zählen jede Zeilenänderung, auch an später gelöschten Zeilen und durch Trigger.</translation>
    </message>
</context>
<context>
    <name>fkscope::cli</name>
    <message>
        <source>read a database&apos;s foreign-key graph; print it as JSON or a summary</source>
        <translation>den Fremdschlüssel-Graphen einer Datenbank lesen; als JSON oder Zusammenfassung ausgeben</translation>
    </message>
    <message>
        <source>simulate a DELETE read-only: what cascades, is set NULL, or blocks</source>
        <translation>ein DELETE nur lesend simulieren: was kaskadiert, auf NULL gesetzt wird oder blockiert</translation>
    </message>
    <message>
        <source>print a reviewable SQL script that deletes rows with everything blocking them</source>
        <translation>ein prüfbares SQL-Skript ausgeben, das Zeilen samt allem Blockierenden löscht</translation>
    </message>
    <message>
        <source>draw the foreign-key graph to PNG, SVG or DOT (no display needed)</source>
        <translation>den Fremdschlüssel-Graphen als PNG, SVG oder DOT zeichnen (ohne Bildschirm)</translation>
    </message>
    <message>
        <source>Usage: fkscope &lt;command&gt; [options]

fkscope shows a database&apos;s foreign-key graph and what a DELETE would do.

Commands:
</source>
        <translation>Aufruf: fkscope &lt;Befehl&gt; [Optionen]

fkscope zeigt den Fremdschlüssel-Graphen einer Datenbank und was ein DELETE tun würde.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;fkscope &lt;command&gt; --help&apos; for a command&apos;s options and examples.
Options: --help, --version
</source>
        <translation>
&apos;fkscope &lt;Befehl&gt; --help&apos; zeigt die Optionen und Beispiele eines Befehls.
Optionen: --help, --version
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
        <translation>unbekannter Befehl &quot;%1&quot;; siehe fkscope --help</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also run the real DELETE in a rolled-back transaction.</source>
        <translation>Zusätzlich das echte DELETE in einer zurückgerollten Transaktion ausführen.</translation>
    </message>
    <message>
        <source>--verify: running the real DELETE on a temporary copy of the file</source>
        <translation>--verify: führe das echte DELETE auf einer temporären Kopie der Datei aus</translation>
    </message>
    <message>
        <source>--verify: running the real DELETE in a transaction that will be rolled back (takes locks, fires triggers)</source>
        <translation>--verify: führe das echte DELETE in einer Transaktion aus, die zurückgerollt wird (sperrt Zeilen, löst Trigger aus)</translation>
    </message>
    <message>
        <source>Outcome: %1
</source>
        <translation>Ergebnis: %1
</translation>
    </message>
    <message>
        <source>
Blockers:
</source>
        <translation>
Blockaden:
</translation>
    </message>
    <message>
        <source>      PostgreSQL may name it %1
</source>
        <translation>      PostgreSQL nennt ihn vielleicht %1
</translation>
    </message>
    <message>
        <source>      path: %1
</source>
        <translation>      Pfad: %1
</translation>
    </message>
    <message>
        <source>      fix: %1
</source>
        <translation>      Lösung: %1
</translation>
    </message>
    <message>
        <source>
Effects:
</source>
        <translation>
Wirkungen:
</translation>
    </message>
    <message>
        <source>
Effects (what the statement would touch before it fails):
</source>
        <translation>
Wirkungen (was die Anweisung berühren würde, bevor sie fehlschlägt):
</translation>
    </message>
    <message>
        <source>      via %1
</source>
        <translation>      über %1
</translation>
    </message>
    <message>
        <source>
Unknown (no SELECT privilege): %1
</source>
        <translation>
Unbekannt (kein SELECT-Recht): %1
</translation>
    </message>
    <message>
        <source>
Warnings:
</source>
        <translation>
Warnungen:
</translation>
    </message>
    <message>
        <source>
Simulated read-only in %1 ms; nothing was written.
</source>
        <translation>
Nur lesend in %1 ms simuliert; es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>
Verification: the real DELETE ran on a temporary copy of the file.
</source>
        <translation>
Prüfung: das echte DELETE lief auf einer temporären Kopie der Datei.
</translation>
    </message>
    <message>
        <source>
Verification: the real DELETE ran in a transaction and was rolled back.
</source>
        <translation>
Prüfung: das echte DELETE lief in einer Transaktion und wurde zurückgerollt.
</translation>
    </message>
    <message>
        <source>  outcome: predicted %1, observed %2
</source>
        <translation>  Ergebnis: vorhergesagt %1, beobachtet %2
</translation>
    </message>
    <message>
        <source>  The database said: %1%2
</source>
        <translation>  Die Datenbank sagte: %1%2
</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>deleted (pred/obs)</source>
        <translation>gelöscht (vorh./beob.)</translation>
    </message>
    <message>
        <source>updated (pred/obs)</source>
        <translation>geändert (vorh./beob.)</translation>
    </message>
    <message>
        <source>  (observed updates count every row update, including rows later deleted and updates made by triggers)
</source>
        <translation>  (beobachtete Änderungen zählen jede Zeilenänderung, auch an später gelöschten Zeilen und durch Trigger)
</translation>
    </message>
    <message>
        <source> (detail: %1)</source>
        <translation> (Detail: %1)</translation>
    </message>
    <message>
        <source> (hint: %1)</source>
        <translation> (Hinweis: %1)</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
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
        <translation>Aufruf: fkscope plan --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [-o FILE]

Gibt ein SQL-Skript in BEGIN / COMMIT aus, das die gewählten Zeilen zusammen mit jeder Zeile löscht,
die sie über RESTRICT- / NO-ACTION-Fremdschlüssel blockiert, Kinder zuerst. CASCADE, SET NULL und SET
DEFAULT übernimmt die Datenbank. fkscope führt das Skript nie aus: prüfen Sie es und führen Sie es
dann selbst aus. SOURCE ist ein PostgreSQL-Conninfo oder eine URI oder eine SQLite-Datei (dann beginnt
das Skript mit PRAGMA foreign_keys = ON).

Beispiel:
  fkscope plan --db &quot;dbname=shop&quot; --table script_reference --where &quot;archived = 1&quot; -o cleanup.sql
</translation>
    </message>
    <message>
        <source>Write the script to FILE.</source>
        <translation>Das Skript in FILE schreiben.</translation>
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
        <translation>Aufruf: fkscope render --db SOURCE [Optionen] -o FILE

Zeichnet den Fremdschlüssel-Graphen, von Graphviz angeordnet, in FILE: PNG, SVG oder DOT je nach
Endung. Nutzt den Diagrammcode des Fensters; es braucht keinen Bildschirm.

Beispiele:
  fkscope render --db &quot;dbname=shop&quot; -o shop.svg
  fkscope render --db shop.json --focus public.orders --hops 2 -o orders.png
  fkscope render --db &quot;dbname=shop&quot; --blast-radius public.customers -o customers-delete.png
</translation>
    </message>
    <message>
        <source>%1 is ambiguous: qualify it with its schema.</source>
        <translation>%1 ist mehrdeutig: geben Sie das Schema mit an.</translation>
    </message>
    <message>
        <source>No table %1 in the loaded schema.</source>
        <translation>Keine Tabelle %1 im geladenen Schema.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .dot.</source>
        <translation>Die zu schreibende Datei: .png, .svg oder .dot.</translation>
    </message>
    <message>
        <source>Only this table and its neighbours.</source>
        <translation>Nur diese Tabelle und ihre Nachbarn.</translation>
    </message>
    <message>
        <source>Neighbours within N foreign keys (default 1).</source>
        <translation>Nachbarn im Abstand von N Fremdschlüsseln (Standard 1).</translation>
    </message>
    <message>
        <source>Only what a DELETE on TABLE can reach or be blocked by.</source>
        <translation>Nur, was ein DELETE auf TABLE erreichen oder wovon es blockiert werden kann.</translation>
    </message>
    <message>
        <source>Graphviz engine (default: by size).</source>
        <translation>Graphviz-Engine (Standard: nach Größe).</translation>
    </message>
    <message>
        <source>Dark palette.</source>
        <translation>Dunkle Farben.</translation>
    </message>
    <message>
        <source>Leave the legend out.</source>
        <translation>Die Legende weglassen.</translation>
    </message>
    <message>
        <source>Draw boxes as headers only.</source>
        <translation>Kästen nur als Kopfzeilen zeichnen.</translation>
    </message>
    <message>
        <source>-o FILE is required (.png, .svg or .dot)</source>
        <translation>-o FILE wird gebraucht (.png, .svg oder .dot)</translation>
    </message>
    <message>
        <source>-o takes a .png, .svg or .dot file</source>
        <translation>-o nimmt eine .png-, .svg- oder .dot-Datei</translation>
    </message>
    <message>
        <source>--hops takes a whole number</source>
        <translation>--hops nimmt eine ganze Zahl</translation>
    </message>
    <message>
        <source>--table NAME is required</source>
        <translation>--table NAME wird gebraucht</translation>
    </message>
    <message>
        <source>--key takes COL=VALUE, got &quot;%1&quot;</source>
        <translation>--key nimmt COL=VALUE, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>say which rows: --key COL=VALUE (repeatable) or --where &apos;SQL predicate&apos;</source>
        <translation>sagen Sie, welche Zeilen: --key COL=VALUE (wiederholbar) oder --where &apos;SQL-Prädikat&apos;</translation>
    </message>
    <message>
        <source>--samples takes a number from 0 to 1000</source>
        <translation>--samples nimmt eine Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <source>The table to delete from, in SQL syntax (schema.table, &quot;Mixed Case&quot;); unqualified names follow search_path.</source>
        <translation>Die Tabelle, aus der gelöscht wird, in SQL-Schreibweise (schema.tabelle, &quot;Gemischte Schreibung&quot;); unqualifizierte Namen folgen search_path.</translation>
    </message>
    <message>
        <source>Delete rows whose COL equals VALUE (bound as a parameter); repeatable.</source>
        <translation>Zeilen löschen, deren COL gleich VALUE ist (als Parameter gebunden); wiederholbar.</translation>
    </message>
    <message>
        <source>Delete rows matching this SQL predicate.</source>
        <translation>Zeilen löschen, die zu diesem SQL-Prädikat passen.</translation>
    </message>
    <message>
        <source>Sample rows per table (default 5).</source>
        <translation>Beispielzeilen je Tabelle (Standard 5).</translation>
    </message>
    <message>
        <source>%1 %2, database %3</source>
        <translation>%1 %2, Datenbank %3</translation>
    </message>
    <message>
        <source> (as %1)</source>
        <translation> (als %1)</translation>
    </message>
    <message>
        <source>, read in %1 ms
</source>
        <translation>, gelesen in %1 ms
</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tabellen: %1</translation>
    </message>
    <message>
        <source>%1 partitioned, with %2 partitions</source>
        <translation>%1 partitioniert, mit %2 Partitionen</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message>
        <source>%1 foreign</source>
        <translation>%1 Fremdtabellen</translation>
    </message>
    <message>
        <source>%1 external, outside the selected schemas</source>
        <translation>%1 extern, außerhalb der gewählten Schemata</translation>
    </message>
    <message>
        <source>Foreign keys: %1
</source>
        <translation>Fremdschlüssel: %1
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
        <translation>  zusammengesetzt %1, selbstreferenzierend %2, aufschiebbar %3, nicht validiert %4, ohne Index %5
</translation>
    </message>
    <message>
        <source>... and %1 more like the above</source>
        <translation>... und %1 weitere wie oben</translation>
    </message>
    <message>
        <source>Warnings: none
</source>
        <translation>Warnungen: keine
</translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation>Warnungen:
</translation>
    </message>
    <message>
        <source>Print the snapshot JSON.</source>
        <translation>Das Snapshot-JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print a short human summary.</source>
        <translation>Eine kurze Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Write the snapshot JSON to FILE.</source>
        <translation>Das Snapshot-JSON in FILE schreiben.</translation>
    </message>
    <message>
        <source>say what to print: --json, --summary or -o FILE</source>
        <translation>sagen Sie, was ausgegeben wird: --json, --summary oder -o FILE</translation>
    </message>
    <message>
        <source>--json and --summary both print to stdout; pick one</source>
        <translation>--json und --summary schreiben beide auf stdout; wählen Sie eines</translation>
    </message>
    <message>
        <source>--db SOURCE is required</source>
        <translation>--db SOURCE wird gebraucht</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, got &quot;%1&quot;</source>
        <translation>--timeout nimmt eine Zahl von Sekunden, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Only schemas matching PATTERN (* and ? wildcards); repeatable.</source>
        <translation>Nur Schemata, die zu PATTERN passen (Platzhalter * und ?); wiederholbar.</translation>
    </message>
    <message>
        <source>Leave out schemas matching PATTERN; repeatable.</source>
        <translation>Schemata weglassen, die zu PATTERN passen; wiederholbar.</translation>
    </message>
    <message>
        <source>Statement timeout in seconds (default 30, 0 = none).</source>
        <translation>Statement-Timeout in Sekunden (Standard 30, 0 = keines).</translation>
    </message>
    <message>
        <source> e.g. %1</source>
        <translation> z. B. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected.
</source>
        <translation>
            <numerusform>%n Zeile von %1 gewählt.
</numerusform>
            <numerusform>%n Zeilen von %1 gewählt.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n schema(s)
</source>
        <translation>
            <numerusform> in %n Schema
</numerusform>
            <numerusform> in %n Schemata
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: %2 are folded into summary nodes. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation>%1 Tabellen passen nicht lesbar in ein Bild: %2 sind in Sammelknoten zusammengefasst. Nutzen Sie --focus TABLE, --schema PATTERN oder eine .svg-Datei für alles.</translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: drew a map of %2 clusters of linked tables. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation>%1 Tabellen passen nicht lesbar in ein Bild: eine Karte von %2 Gruppen verknüpfter Tabellen wurde gezeichnet. Nutzen Sie --focus TABLE, --schema PATTERN oder eine .svg-Datei für alles.</translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: drew the map of %2 schemas. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation>%1 Tabellen passen nicht lesbar in ein Bild: die Karte der %2 Schemata wurde gezeichnet. Nutzen Sie --focus TABLE, --schema PATTERN oder eine .svg-Datei für alles.</translation>
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
        <translation>Aufruf: fkscope impact --db SOURCE --table NAME (--key COL=VALUE... | --where SQL) [Optionen]

Simuliert DELETE FROM NAME WHERE ..., ohne etwas zu schreiben, und sagt, was die Datenbank tun würde:
welche Zeilen per Kaskade verschwinden, welche auf NULL oder ihren Standardwert gesetzt werden und
welche die Anweisung blockieren (mit dem Constraint, den Zeilen und dem Fremdschlüsselpfad). SOURCE
ist ein PostgreSQL-Conninfo oder eine URI (eine READ-ONLY-Transaktion), eine mysql://- oder
mariadb://-URI (die Regeln von InnoDB: Zeile für Zeile, RESTRICT sofort, höchstens 15 verschachtelte
Kaskaden) oder eine SQLite-Datei (sqlite:PATH oder *.sqlite / *.db, schreibgeschützt geöffnet; es
gelten die Regeln von SQLite: RESTRICT wirkt sofort, NO ACTION am Ende der Anweisung). Der Bericht
beginnt mit dem Fehler, den der Server melden würde.

Beispiele:
  fkscope impact --db &quot;dbname=shop&quot; --table customers --key id=42
  fkscope impact --db &quot;dbname=shop&quot; --table &apos;&quot;Sales&quot;.&quot;Orders&quot;&apos; --where &quot;created_at &lt; now() - interval &apos;5 years&apos;&quot; --json
  fkscope impact --db &quot;dbname=shop&quot; --table customers --key id=42 --verify
  fkscope impact --db app.sqlite --table main.users --where &quot;last_login &lt; &apos;2020-01-01&apos;&quot;
  fkscope impact --db mysql://dba@db.example.com/tinybots --table script_reference --where &quot;archived = 1&quot;

--verify führt das echte DELETE aus und zeigt neben der Vorhersage, was es tat (mit --json im Feld
&quot;verification&quot; des Dokuments). Auf PostgreSQL und MySQL/MariaDB läuft es in einer Transaktion, die
IMMER zurückgerollt wird; dabei sperrt es Zeilen und löst Trigger aus. Auf SQLite läuft es auf einer
temporären Kopie der Datei (Ihre Datei wird nie zum Schreiben geöffnet). Nutzen Sie es, wenn Trigger
oder Regeln beteiligt sind oder um eine reihenfolgeabhängige Antwort zu bestätigen.

Exit-Codes: 0 fertig (gleich welches Ergebnis), 2 falscher Aufruf, 3 keine Verbindung oder Anmeldung,
4 anderer Datenbankfehler, 5 fehlerhafte Eingabe.
</translation>
    </message>
    <message>
        <source>%1 needs a live database: --db takes a conninfo, a PostgreSQL or MySQL URI or a SQLite file, not a snapshot</source>
        <translation>%1 braucht eine echte Datenbank: --db nimmt ein Conninfo, eine PostgreSQL- oder MySQL-URI oder eine SQLite-Datei, keinen Snapshot</translation>
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
        <translation>Aufruf: fkscope schema --db SOURCE [Optionen] (--json | --summary)

Liest den ganzen Fremdschlüssel-Graphen einer Datenbank (oder einer Snapshot-Datei) und gibt ihn aus.

Beispiele:
  fkscope schema --db &quot;host=db.example.com dbname=shop user=dba&quot; --summary
  fkscope schema --db postgresql://dba@db.example.com/shop --schema &apos;sales*&apos; --json -o shop.json
  fkscope schema --db mysql://dba@db.example.com/shop --schema &apos;shop_*&apos; --summary
  fkscope schema --db shop.json --summary          (einen Snapshot wieder öffnen)

Exit-Codes: 0 fertig, 2 falscher Aufruf, 3 keine Verbindung oder Anmeldung, 4 anderer
Datenbankfehler, 5 fehlerhafte Eingabedatei. Der Grund steht in einer Zeile auf stderr.
</translation>
    </message>
    <message>
        <source>Source: a libpq conninfo string or postgresql:// URI, a mysql://USER@HOST[:PORT]/DATABASE[?socket=PATH] URI (MySQL, MariaDB), a SQLite file (sqlite:PATH, *.sqlite, *.db), or a snapshot file (*.json).</source>
        <translation>Quelle: ein libpq-Conninfo oder eine postgresql://-URI, eine mysql://USER@HOST[:PORT]/DATABASE[?socket=PATH]-URI (MySQL, MariaDB), eine SQLite-Datei (sqlite:PATH, *.sqlite, *.db) oder eine Snapshot-Datei (*.json).</translation>
    </message>
    <message>
        <source>check a schema for foreign-key traps (unindexed, mismatched, missing keys...), with fixes</source>
        <translation>ein Schema auf Fremdschlüssel-Fallen prüfen (ohne Index, unpassend, fehlend...), mit Behebungen</translation>
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
        <translation>Aufruf: fkscope lint --db SOURCE [options]

Prüft ein Schema auf Fremdschlüssel-Fallen, bevor sie zuschnappen: Schlüssel ohne Index, SET NULL auf
NOT-NULL-Spalten, unpassende Typen, fehlende, doppelte oder NOT-VALID-Schlüssel, kollidierende Namen,
polymorphe Spalten, Kaskaden in große Tabellen, und die Eigenheiten jedes Systems (SQLites
foreign_keys-Pragma, InnoDBs reihenfolgeabhängiges RESTRICT, Schlüssel auf nicht eindeutige Spalten).
Jeder Befund hat eine Behebung, als DDL, wo eine passt. Liest nur den Katalog; nichts wird in die
Datenbank geschrieben.

Beispiele:
  fkscope lint --db &quot;host=db.example.com dbname=shop user=dba&quot;
  fkscope lint --db shop.json --rule fk-without-index --rule duplicate-fk --fail-on error
  fkscope lint --db mysql://dba@db.example.com/shop --sarif -o fkscope.sarif

Exit-Codes: 0 nichts ab --fail-on gefunden, 1 gefunden, 2 falscher Aufruf, 3 keine Verbindung oder
Anmeldung, 4 anderer Datenbankfehler, 5 ungültige Eingabedatei.

Regeln:
</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the findings as SARIF 2.1.0, for CI systems.</source>
        <translation>Die Befunde als SARIF 2.1.0 ausgeben, für CI-Systeme.</translation>
    </message>
    <message>
        <source>Run only rule NAME; repeatable.</source>
        <translation>Nur Regel NAME ausführen; wiederholbar.</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, warning (default) or error.</source>
        <translation>Mit 1 beenden, wenn ein Befund mindestens so ernst ist: info, warning (Vorgabe) oder error.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout (complete or not at all).</source>
        <translation>Den Bericht nach FILE statt auf stdout schreiben (vollständig oder gar nicht).</translation>
    </message>
    <message>
        <source>--fail-on takes info, warning or error, not &quot;%1&quot;</source>
        <translation>--fail-on nimmt info, warning oder error, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no rule named &quot;%1&quot;; the rules are %2</source>
        <translation>keine Regel namens &quot;%1&quot;; die Regeln sind %2</translation>
    </message>
    <message>
        <source>--json and --sarif both choose the format; pick one</source>
        <translation>--json und --sarif wählen beide das Format; nehmen Sie eines</translation>
    </message>
    <message>
        <source>paste a foreign-key error: find the constraint, what blocks, where the key is, and the fix</source>
        <translation>einen Fremdschlüsselfehler einfügen: Constraint, Blockaden, Fundort des Schlüssels und Behebung</translation>
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
        <translation>Aufruf: fkscope explain --db SOURCE [options] (MESSAGE | --message-file FILE | -)

Nimmt einen Fremdschlüsselfehler, wie er eingefügt wurde (psql-Ausgabe, eine Server-Logzeile, die
Ausnahme eines Treibers: psycopg2, SQLAlchemy, JDBC, node-postgres; MySQL/MariaDB 1451 und 1452;
SQLites &quot;FOREIGN KEY constraint failed&quot;), findet den Constraint in der Datenbank und beantwortet ihn.
Ein gescheitertes Löschen: das DELETE des Schlüssels aus der Meldung (oder von --statement) wird
lesend simuliert, mit dem, was blockiert, und dem Pfad. Ein gescheitertes Einfügen: ob die
Elterntabelle den Schlüssel hat und welche anderen Tabellen ihn haben (er gehört vielleicht zu einer
anderen Elterntabelle), mit der Behebung &quot;ein Schlüssel je Elterntabelle&quot; als DDL zur Prüfung.

Beispiele:
  fkscope explain --db &quot;dbname=shop&quot; &apos;ERROR: insert or update on table &quot;jobs&quot; violates foreign key constraint &quot;jobs_row_id_fkey&quot;
  DETAIL: Key (row_id)=(42) is not present in table &quot;model_rows&quot;.&apos;
  pbpaste | fkscope explain --db mysql://dba@localhost/shop -
  fkscope explain --db app.sqlite --statement &quot;DELETE FROM users WHERE id = 3&quot; &quot;FOREIGN KEY constraint failed&quot;

Exit-Codes: 0 erklärt, 2 falscher Aufruf, 3 keine Verbindung oder Anmeldung, 4 anderer
Datenbankfehler, 5 die Meldung wurde nicht verstanden oder nennt nichts in dieser Datenbank (der
Grund wird ausgegeben).
</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Die Antwort als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read the message from FILE.</source>
        <translation>Die Meldung aus FILE lesen.</translation>
    </message>
    <message>
        <source>The statement that failed (a DELETE is simulated).</source>
        <translation>Die fehlgeschlagene Anweisung (ein DELETE wird simuliert).</translation>
    </message>
    <message>
        <source>The error message; - reads standard input.</source>
        <translation>Die Fehlermeldung; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>give the message once: as an argument, as - for standard input, or with --message-file</source>
        <translation>geben Sie die Meldung genau einmal an: als Argument, als - für die Standardeingabe, oder mit --message-file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>  key found in %1 (%2)
</source>
        <translation>  Schlüssel gefunden in %1 (%2)
</translation>
    </message>
    <message>
        <source>
Fix:
%1
</source>
        <translation>
Behebung:
%1
</translation>
    </message>
    <message>
        <source>compare two schemas, snapshots or DDL files; preview a migration; count rows a new key rejects</source>
        <translation>zwei Schemas, Snapshots oder DDL-Dateien vergleichen; Migration vorab prüfen; Zeilen zählen, die ein neuer Schlüssel ablehnt</translation>
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
        <translation>Aufruf: fkscope diff --from QUELLE [--to QUELLE] [--apply DATEI.sql]... [Optionen]

Vergleicht die Fremdschlüssel und Tabellen zweier Quellen und sagt, was jede Änderung für Löschungen
bedeutet: zuerst Regeländerungen (das Löschen von content_items setzt generation_jobs.content_id
jetzt auf NULL, vorher: von NO ACTION blockiert), dann geänderte, umbenannte, hinzugefügte und
entfernte Schlüssel, Tabellen und die Tabellen, deren DELETE über Kaskaden jetzt mehr oder weniger
Tabellen erreicht. Schlüssel werden nach dem verglichen, was sie verbinden, dann nach dem Namen; eine
Umbenennung bleibt eine Umbenennung.

Eine QUELLE ist alles, was --db annimmt (eine Live-Datenbank, ein Snapshot .json, eine SQLite-Datei,
eine MySQL-URI), oder eine PostgreSQL-DDL-Datei (*.sql, offline mit PostgreSQLs eigenem Parser
gelesen; sqlite:DATEI.sql für SQLite-DDL). --apply wendet Migrationsdateien der Reihe nach zuerst
auf FROM an (eine Migrationsvorschau); mit --apply und ohne --to ist TO gleich FROM mit den
angewandten Migrationen.

--check-data zählt für jeden hinzugefügten oder geänderten Schlüssel die Live-Zeilen, an denen ADD
CONSTRAINT oder VALIDATE CONSTRAINT scheitern würde (nur lesend, eine Anweisung je Schlüssel, mit dem
Statement-Timeout), mit einigen ihrer Schlüssel. Gezählt wird auf der Live-Seite: FROM, wenn
Migrationen angewandt werden, sonst TO, wenn es eine Datenbank ist, sonst FROM.

Beispiele:
  fkscope diff --from schema.sql --to &quot;host=db dbname=shop&quot;          # Drift: erwartet gegen live
  fkscope diff --from &quot;host=db dbname=shop&quot; --apply 0042_fks.sql --check-data
  fkscope diff --from before.json --to after.json --markdown -o review.md

Exit-Codes: 0 keine Unterschiede, 1 Unterschiede gefunden, 2 falscher Aufruf, 3 keine Verbindung oder
Anmeldung, 4 anderer Datenbankfehler, 5 ungültige Eingabedatei.
</translation>
    </message>
    <message>
        <source>The source before: anything --db takes, or a DDL file (*.sql).</source>
        <translation>Die Quelle vorher: alles, was --db annimmt, oder eine DDL-Datei (*.sql).</translation>
    </message>
    <message>
        <source>The source after; without it, FROM with the --apply migrations applied.</source>
        <translation>Die Quelle nachher; ohne sie FROM mit den --apply-Migrationen.</translation>
    </message>
    <message>
        <source>Apply migration FILE (DDL) to FROM first, offline; repeatable, in order.</source>
        <translation>Migration DATEI (DDL) zuerst offline auf FROM anwenden; wiederholbar, in Reihenfolge.</translation>
    </message>
    <message>
        <source>Count the live rows each added or changed key would reject.</source>
        <translation>Die Live-Zeilen zählen, die jeder hinzugefügte oder geänderte Schlüssel ablehnen würde.</translation>
    </message>
    <message>
        <source>Print the differences as JSON.</source>
        <translation>Die Unterschiede als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the report as Markdown, for a review ticket.</source>
        <translation>Den Bericht als Markdown ausgeben, für ein Review-Ticket.</translation>
    </message>
    <message>
        <source>--from SOURCE is required</source>
        <translation>--from QUELLE ist erforderlich</translation>
    </message>
    <message>
        <source>give --to SOURCE, or --apply FILE to compare FROM with its migration applied</source>
        <translation>--to QUELLE angeben, oder --apply DATEI, um FROM mit angewandter Migration zu vergleichen</translation>
    </message>
    <message>
        <source>--json and --markdown both choose the format; pick one</source>
        <translation>--json und --markdown wählen beide das Format; bitte nur eines</translation>
    </message>
    <message>
        <source>--check-data counts rows in a database: %1 is a %2 source, not a database</source>
        <translation>--check-data zählt Zeilen in einer Datenbank: %1 ist eine %2-Quelle, keine Datenbank</translation>
    </message>
    <message>
        <source>FROM with %1 applied</source>
        <translation>FROM mit %1 angewandt</translation>
    </message>
    <message>
        <source>Mark what changed since SOURCE (as fkscope diff --from SOURCE): new keys, changed rules (old → new), removed keys as ghosts.</source>
        <translation>Markieren, was sich seit QUELLE geändert hat (wie fkscope diff --from QUELLE): neue Schlüssel, geänderte Regeln (alt → neu), entfernte Schlüssel als Geister.</translation>
    </message>
    <message>
        <source>Interrupted: %1 was not written.</source>
        <translation>Unterbrochen: %1 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>fkscope::ddl</name>
    <message>
        <source>table %1 does not exist here; the statement is left out</source>
        <translation>Tabelle %1 gibt es hier nicht; die Anweisung wird ausgelassen</translation>
    </message>
    <message>
        <source>psql command \%1 is not modelled</source>
        <translation>psql-Befehl \%1 wird nicht nachgebildet</translation>
    </message>
    <message>
        <source>CREATE TABLE ... AS is not modelled: its columns come from a query</source>
        <translation>CREATE TABLE ... AS wird nicht nachgebildet: die Spalten kommen aus einer Abfrage</translation>
    </message>
    <message>
        <source>%1 is not modelled: what it changes cannot be read from the text</source>
        <translation>%1 wird nicht nachgebildet: was es ändert, steht nicht im Text</translation>
    </message>
    <message>
        <source>%1 is not modelled</source>
        <translation>%1 wird nicht nachgebildet</translation>
    </message>
    <message>
        <source>table %1 already exists; PostgreSQL refuses the statement</source>
        <translation>Tabelle %1 gibt es schon; PostgreSQL lehnt die Anweisung ab</translation>
    </message>
    <message>
        <source>table %1 has a primary key already; PostgreSQL refuses a second one</source>
        <translation>Tabelle %1 hat schon einen Primärschlüssel; PostgreSQL lehnt einen zweiten ab</translation>
    </message>
    <message>
        <source>the key on %1 references %2, which does not exist here; it is left out</source>
        <translation>der Schlüssel auf %1 verweist auf %2, das es hier nicht gibt; er wird ausgelassen</translation>
    </message>
    <message>
        <source>the key on %1 names no columns of %2 and it has no primary key; PostgreSQL refuses it</source>
        <translation>der Schlüssel auf %1 nennt keine Spalten von %2, und %2 hat keinen Primärschlüssel; PostgreSQL lehnt ihn ab</translation>
    </message>
    <message>
        <source>constraint kind %1 is not modelled</source>
        <translation>Constraint-Art %1 wird nicht nachgebildet</translation>
    </message>
    <message>
        <source>column %1 of %2 exists already; PostgreSQL refuses the statement</source>
        <translation>Spalte %1 von %2 gibt es schon; PostgreSQL lehnt die Anweisung ab</translation>
    </message>
    <message>
        <source>column %1 of %2 does not exist here</source>
        <translation>Spalte %1 von %2 gibt es hier nicht</translation>
    </message>
    <message>
        <source>no foreign key %1 on %2 to alter</source>
        <translation>kein Fremdschlüssel %1 auf %2 zum Ändern</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 is not modelled</source>
        <translation>ALTER TABLE %1 wird nicht nachgebildet</translation>
    </message>
    <message>
        <source>constraint %1 of %2 does not exist here; PostgreSQL refuses the statement</source>
        <translation>Constraint %1 von %2 gibt es hier nicht; PostgreSQL lehnt die Anweisung ab</translation>
    </message>
    <message>
        <source>column %1 of %2 is referenced by a foreign key; PostgreSQL refuses to drop it without CASCADE</source>
        <translation>auf Spalte %1 von %2 verweist ein Fremdschlüssel; PostgreSQL löscht sie nicht ohne CASCADE</translation>
    </message>
    <message>
        <source>schema %1 holds tables; PostgreSQL refuses to drop it without CASCADE</source>
        <translation>Schema %1 enthält Tabellen; PostgreSQL löscht es nicht ohne CASCADE</translation>
    </message>
    <message>
        <source>index %1 backs a constraint; PostgreSQL refuses to drop it</source>
        <translation>Index %1 trägt einen Constraint; PostgreSQL lehnt das Löschen ab</translation>
    </message>
    <message>
        <source>index %1 does not exist here</source>
        <translation>Index %1 gibt es hier nicht</translation>
    </message>
    <message>
        <source>%1 is referenced by %2 (%3); PostgreSQL refuses to drop it without CASCADE</source>
        <translation>auf %1 verweist %2 (%3); PostgreSQL löscht es nicht ohne CASCADE</translation>
    </message>
    <message>
        <source>index %1 exists already</source>
        <translation>Index %1 gibt es schon</translation>
    </message>
    <message>
        <source>table %1 exists already; PostgreSQL refuses the rename</source>
        <translation>Tabelle %1 gibt es schon; PostgreSQL lehnt die Umbenennung ab</translation>
    </message>
    <message>
        <source>constraint %1 of %2 does not exist here</source>
        <translation>Constraint %1 von %2 gibt es hier nicht</translation>
    </message>
    <message>
        <source>%1: a statement is nested too deeply to read (%2)</source>
        <translation>%1: eine Anweisung ist zu tief verschachtelt, um gelesen zu werden (%2)</translation>
    </message>
</context>
<context>
    <name>fkscope::diff</name>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>all key columns</source>
        <translation>alle Schlüsselspalten</translation>
    </message>
    <message>
        <source>references</source>
        <translation>verweist auf</translation>
    </message>
    <message>
        <source>deleting %1 now %2 (new key)</source>
        <translation>Löschen in %1: jetzt %2 (neuer Schlüssel)</translation>
    </message>
    <message>
        <source>deleting %1 is no longer affected by this key (was: %2)</source>
        <translation>Löschen in %1 ist von diesem Schlüssel nicht mehr betroffen (vorher: %2)</translation>
    </message>
    <message>
        <source>deleting %1 now %2 (was: %3)</source>
        <translation>Löschen in %1: jetzt %2 (vorher: %3)</translation>
    </message>
    <message>
        <source>deleting %1 now %2</source>
        <translation>Löschen in %1: jetzt %2</translation>
    </message>
    <message>
        <source>rows not counted: %1</source>
        <translation>Zeilen nicht gezählt: %1</translation>
    </message>
    <message>
        <source> (about %1 rows to check)</source>
        <translation> (etwa %1 Zeilen zu prüfen)</translation>
    </message>
    <message>
        <source>no existing row violates it%1</source>
        <translation>keine vorhandene Zeile verletzt ihn%1</translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s) violate it: adding it NOT VALID works, VALIDATE CONSTRAINT fails%1; keys: %2</source>
        <translation>
            <numerusform>%n vorhandene Zeile verletzt ihn: Anlegen mit NOT VALID gelingt, VALIDATE CONSTRAINT scheitert%1; Schlüssel: %2</numerusform>
            <numerusform>%n vorhandene Zeilen verletzen ihn: Anlegen mit NOT VALID gelingt, VALIDATE CONSTRAINT scheitert%1; Schlüssel: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s) violate it, so adding or validating it fails%1; keys: %2</source>
        <translation>
            <numerusform>%n vorhandene Zeile verletzt ihn, Anlegen oder Validieren scheitert also%1; Schlüssel: %2</numerusform>
            <numerusform>%n vorhandene Zeilen verletzen ihn, Anlegen oder Validieren scheitert also%1; Schlüssel: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%3, %4 tables, %5 foreign keys)</source>
        <translation>%1 (%2%3, %4 Tabellen, %5 Fremdschlüssel)</translation>
    </message>
    <message>
        <source>deleted the referencing rows of %1</source>
        <translation>löschte die verweisenden Zeilen von %1</translation>
    </message>
    <message>
        <source>deletes the referencing rows of %1</source>
        <translation>löscht die verweisenden Zeilen von %1</translation>
    </message>
    <message>
        <source>set %1 to NULL</source>
        <translation>setzte %1 auf NULL</translation>
    </message>
    <message>
        <source>sets %1 to NULL</source>
        <translation>setzt %1 auf NULL</translation>
    </message>
    <message>
        <source>set %1 to its default</source>
        <translation>setzte %1 auf den Standardwert</translation>
    </message>
    <message>
        <source>sets %1 to its default</source>
        <translation>setzt %1 auf den Standardwert</translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation>von %1 blockiert</translation>
    </message>
    <message>
        <source>fails (%1) while rows of %2 reference it</source>
        <translation>scheitert (%1), solange Zeilen von %2 darauf verweisen</translation>
    </message>
    <message>
        <source>## Foreign-key diff

</source>
        <translation>## Fremdschlüssel-Diff

</translation>
    </message>
    <message>
        <source>From: %1
</source>
        <translation>Von: %1
</translation>
    </message>
    <message>
        <source>then applied: %1
</source>
        <translation>dann angewandt: %1
</translation>
    </message>
    <message>
        <source>To:   %1
</source>
        <translation>Nach: %1
</translation>
    </message>
    <message>
        <source>No differences in foreign keys or tables.
</source>
        <translation>Keine Unterschiede bei Fremdschlüsseln oder Tabellen.
</translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) differ</source>
        <translation>
            <numerusform>%n Fremdschlüssel unterscheidet sich</numerusform>
            <numerusform>%n Fremdschlüssel unterscheiden sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) added or removed</source>
        <translation>
            <numerusform>%n Tabelle hinzugefügt oder entfernt</numerusform>
            <numerusform>%n Tabellen hinzugefügt oder entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule changes</source>
        <translation>Regeländerungen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>%1: %2 (was: %3)</source>
        <translation>%1: %2 (vorher: %3)</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>now also deletes rows of %1</source>
        <translation>löscht jetzt auch Zeilen von %1</translation>
    </message>
    <message>
        <source>no longer deletes rows of %1</source>
        <translation>löscht keine Zeilen von %1 mehr</translation>
    </message>
    <message>
        <source>deleting %1 %2</source>
        <translation>Löschen in %1 %2</translation>
    </message>
    <message>
        <source>Delete blast radius</source>
        <translation>Reichweite von Löschungen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>table %1 does not exist in the database</source>
        <translation>Tabelle %1 gibt es in der Datenbank nicht</translation>
    </message>
    <message>
        <source>column %1.%2 does not exist in the database</source>
        <translation>Spalte %1.%2 gibt es in der Datenbank nicht</translation>
    </message>
    <message>
        <source>the key&apos;s column lists differ in length</source>
        <translation>die Spaltenlisten des Schlüssels sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>%1: DEFAULT %2 (was: %3)</source>
        <translation>%1: DEFAULT %2 (vorher: %3)</translation>
    </message>
    <message>
        <source>the default collation</source>
        <translation>die Standard-Sortierfolge</translation>
    </message>
</context>
</TS>
