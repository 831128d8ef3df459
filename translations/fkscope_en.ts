<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <source>ON DELETE (arrow points at the parent)</source>
        <translation></translation>
    </message>
    <message>
        <source>D deferrable · NV not validated · ● NOT NULL</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RuleStyle</name>
    <message>
        <source>CASCADE</source>
        <translation></translation>
    </message>
    <message>
        <source>solid, thick</source>
        <translation></translation>
    </message>
    <message>
        <source>SET NULL</source>
        <translation></translation>
    </message>
    <message>
        <source>dashed</source>
        <translation></translation>
    </message>
    <message>
        <source>SET DEFAULT</source>
        <translation></translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation></translation>
    </message>
    <message>
        <source>RESTRICT</source>
        <translation></translation>
    </message>
    <message>
        <source>dotted</source>
        <translation></translation>
    </message>
    <message>
        <source>NO ACTION</source>
        <translation></translation>
    </message>
    <message>
        <source>dash-dot-dot, thin</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SceneRender</name>
    <message>
        <source>Foreign keys of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Drawn by fkscope</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown image format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::ChangesView</name>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison. File &gt; Compare with... compares this graph with a snapshot, a DDL file, another database, or previews a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From: %1
To: %2
%n difference(s)</source>
        <translation>
            <numerusform>From: %1
To: %2
%n difference</numerusform>
            <numerusform>From: %1
To: %2
%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 / -%2 tables reached by cascades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign-key changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::CompareJob</name>
    <message>
        <source>%1 with %2 applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::ComparisonMarks</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::ConnectDialog</name>
    <message>
        <source>(new connection)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connection string:</source>
        <translation></translation>
    </message>
    <message>
        <source>or fill in:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved; %1 work too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::DetailsView</name>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a table or a foreign key to see its details.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation></translation>
    </message>
    <message>
        <source>never analyzed</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Checks&lt;/h4&gt;&lt;ul&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;Triggers: %1&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>DEFERRABLE INITIALLY DEFERRED</source>
        <translation></translation>
    </message>
    <message>
        <source>DEFERRABLE</source>
        <translation></translation>
    </message>
    <message>
        <source>NOT DEFERRABLE</source>
        <translation></translation>
    </message>
    <message>
        <source>validated</source>
        <translation></translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;References (%1)&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Referenced by (%1)&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::Explain</name>
    <message>
        <source> on table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no foreign key %1%2: is it the database the error came from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 is on %2: the message does not say which schema (psql&apos;s \set VERBOSITY verbose prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names no constraint (SQLite and MySQL 1216/1217 do not): give the statement that failed with --statement &quot;DELETE FROM ...&quot; and fkscope finds the constraint by simulating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3) references %4 (%5), ON DELETE %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has that key now: it was added after the error, or the failing statement ran in a transaction that had not yet seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no row with %2 = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 tables with a key of that type were searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message shows no key values (the user may lack SELECT on the table): run the failing statement&apos;s values against %1 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is in %1: the row may belong to another parent, and %2 may point at the wrong table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- One nullable key per parent table, and a check that exactly one is set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- SQLite: rebuild %1 with the new column and CHECK (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the %1 row first (in the same transaction, before the child), or correct the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated DELETE fails too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated DELETE fails, but not on %1 any more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated DELETE is allowed now: the blocking rows are gone, or the error came from other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 foreign keys block it in all; fixing the first, the next one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the blocking rows first, children first: fkscope plan with the same rows prints that script for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message shows no key values: give the failing statement with --statement &quot;DELETE FROM ...&quot; to see what blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 violate %3 now (no %4 row has their %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the statement that failed with --statement to see what it met; the rows listed violate their keys already, which SQLite allows while foreign_keys is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the referencing rows at the new key first (insert the new parent row, update the children, then delete the old one), or declare the foreign keys ON UPDATE CASCADE if children should follow their parent&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row references the old key now: the rows were changed after the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An UPDATE of a parent key meets the foreign keys to it with their ON UPDATE rules; the message shows no key, so fkscope cannot count the rows that reference it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 still reference the old key through %2 (ON UPDATE %3): the UPDATE would leave them pointing at a key that no longer exists.</source>
        <translation>
            <numerusform>%n row of %1 still references the old key through %2 (ON UPDATE %3): the UPDATE would leave it pointing at a key that no longer exists.</numerusform>
            <numerusform>%n rows of %1 still reference the old key through %2 (ON UPDATE %3): the UPDATE would leave them pointing at a key that no longer exists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 reference the old key through %2 (ON UPDATE %3): they would follow the change.</source>
        <translation>
            <numerusform>%n row of %1 references the old key through %2 (ON UPDATE %3): it would follow the change.</numerusform>
            <numerusform>%n rows of %1 reference the old key through %2 (ON UPDATE %3): they would follow the change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fkscope::ExplainDialog</name>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a foreign-key error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the error here: psql output, a log line, a driver&apos;s exception, MySQL 1451 / 1452, SQLite&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the statement that failed (DELETE FROM ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot holds no rows: connect to the database the error came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking it up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The impact panel shows the simulation of: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix&lt;/b&gt; (for review):&lt;/p&gt;&lt;pre style=&quot;white-space: pre-wrap&quot;&gt;%1&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::FindingsView</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see what happens and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tables of the findings listed on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Fix:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding and its fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactPanel</name>
    <message>
        <source>&amp;Simulate DELETE</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete from:</source>
        <translation></translation>
    </message>
    <message>
        <source>Table to delete from</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter: an SQL condition, e.g. status = &apos;archived&apos; (Enter to apply)</source>
        <translation></translation>
    </message>
    <message>
        <source>Row filter (SQL condition)</source>
        <translation></translation>
    </message>
    <message>
        <source>Rows of the table; select the rows to delete</source>
        <translation></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation></translation>
    </message>
    <message>
        <source>Key values</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Key values</source>
        <translation></translation>
    </message>
    <message>
        <source>An SQL condition on the table, e.g.
created_at &lt; now() - interval &apos;5 years&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>WHERE condition</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;WHERE</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulate the DELETE in a read-only transaction (Ctrl+Return). Nothing is written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel the running query on the server (Esc)</source>
        <translation></translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rows %1-%2</source>
        <translation></translation>
    </message>
    <message>
        <source>of about %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This table has no primary key or NOT NULL unique key: choose rows with a WHERE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not read rows: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3...</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulated in %1 ms; nothing was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deletion plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Deletes the chosen rows with every row that blocks them, children first. CASCADE, SET NULL and SET DEFAULT are left to the database. fkscope does not run this script: review it, then run it yourself.</source>
        <translation></translation>
    </message>
    <message>
        <source>Verified: the real DELETE ran; nothing was kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: the simulation was stopped on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The simulation did not finish: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No deletion plan: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: the verification was stopped and rolled back.</source>
        <translation></translation>
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a table: from the list, the canvas (right-click) or the schema tree.</source>
        <translation></translation>
    </message>
    <message>
        <source>A snapshot holds the schema only: connect to the database to read rows and simulate deletes.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no primary key or NOT NULL unique key: use the WHERE tab.</source>
        <translation></translation>
    </message>
    <message>
        <source>Value of key column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading rows %1-%2 of %3...</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulating needs a live database; this source is a snapshot.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the table to delete from first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The rows are still loading.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no key to pick rows by: use the WHERE tab.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select one or more rows in the grid (Shift or Ctrl to add more), or use the Key values or WHERE tab.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no key: use the WHERE tab.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the condition of the rows to delete.</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulating %1...</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing the deletion plan...</source>
        <translation></translation>
    </message>
    <message>
        <source>Verify with a rolled-back DELETE</source>
        <translation></translation>
    </message>
    <message>
        <source>This runs the real DELETE on a temporary copy of the SQLite file.</source>
        <translation></translation>
    </message>
    <message>
        <source>This runs the real DELETE on the database, inside a transaction that is always rolled back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your file is not opened for writing. Copying it takes time and disk space in proportion to its size; triggers run on the copy.</source>
        <translation></translation>
    </message>
    <message>
        <source>While it runs it takes row locks on every row it deletes or updates (other sessions that write those rows wait; fkscope gives up after 5 seconds of waiting for a lock) and fires triggers, including any with effects outside the database. It can take as long as the DELETE itself. Nothing is committed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run on a copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Run and roll back</source>
        <translation></translation>
    </message>
    <message>
        <source>Running the real DELETE; nothing will be kept...</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactReport</name>
    <message>
        <source>ALLOWED: the DELETE would succeed.</source>
        <translation></translation>
    </message>
    <message>
        <source>MAY BE BLOCKED: it depends on the order in which the engine visits rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>BLOCKED: the DELETE would fail.</source>
        <translation></translation>
    </message>
    <message>
        <source>BLOCKED AT COMMIT: the DELETE succeeds, COMMIT fails (deferred constraint).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still reference deleted rows through %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 would get NULL in NOT NULL column %2 (ON DELETE of %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 set NULL or to their default would fail CHECK %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 updated by two SET actions are re-checked and reference a deleted row through %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 would be set to a default that references no remaining row (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>foreign key mismatch: %1 does not reference its parent&apos;s primary key or a unique index, so the statement fails before it deletes anything</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete those rows of %1 first (the deletion plan gives the order), or change %2 to ON DELETE CASCADE or SET NULL.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete those rows of %1 in the same transaction before COMMIT, or change %2 to ON DELETE CASCADE or SET NULL.</source>
        <translation></translation>
    </message>
    <message>
        <source>Make %1.%2 nullable, or change the rule to CASCADE, or delete those rows first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change CHECK %1 to allow the nulled value, or change the rule, or delete those rows first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete or fix those rows of %1 first, so that no row is updated by two SET actions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Make sure the default value of %1 references a row that stays, or change the rule.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the parent columns of %1 a PRIMARY KEY or UNIQUE constraint (SQLite needs one), or make the foreign key reference the parent&apos;s primary key.</source>
        <translation></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation></translation>
    </message>
    <message>
        <source>set NULL %1</source>
        <translation></translation>
    </message>
    <message>
        <source>set DEFAULT %1</source>
        <translation></translation>
    </message>
    <message>
        <source>this plan still fails: %1 rows of %2 break %3 %4 when their parent goes; change the rule or the rows first</source>
        <translation></translation>
    </message>
    <message>
        <source># Delete impact: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected; simulated read-only on %2 in %3 ms, nothing was written.</source>
        <translation>
            <numerusform>%n row of %1 selected; simulated read-only on %2 in %3 ms, nothing was written.</numerusform>
            <numerusform>%n rows of %1 selected; simulated read-only on %2 in %3 ms, nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>## Blockers</source>
        <translation></translation>
    </message>
    <message>
        <source>table</source>
        <translation></translation>
    </message>
    <message>
        <source>constraint</source>
        <translation></translation>
    </message>
    <message>
        <source>kind</source>
        <translation></translation>
    </message>
    <message>
        <source>rows</source>
        <translation></translation>
    </message>
    <message>
        <source>path</source>
        <translation></translation>
    </message>
    <message>
        <source>(Order-dependent: these rows may or may not block.)</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample rows:</source>
        <translation></translation>
    </message>
    <message>
        <source>## Effects</source>
        <translation></translation>
    </message>
    <message>
        <source>## Effects before the statement fails</source>
        <translation></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>set NULL</source>
        <translation></translation>
    </message>
    <message>
        <source>set DEFAULT</source>
        <translation></translation>
    </message>
    <message>
        <source>via</source>
        <translation></translation>
    </message>
    <message>
        <source>(the statement)</source>
        <translation></translation>
    </message>
    <message>
        <source>## Unknown (no SELECT privilege)</source>
        <translation></translation>
    </message>
    <message>
        <source>## Warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>the cascade through %1 would nest more than 14 levels deep, past InnoDB&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rows of %1 first, or in smaller groups from the deep end of the chain, so that no cascade nests 15 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would stop with error %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would stop with error %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::ImpactResultView</name>
    <message>
        <source>Warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Blockers and effects</source>
        <translation></translation>
    </message>
    <message>
        <source>Table / item</source>
        <translation></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation></translation>
    </message>
    <message>
        <source>Constraint / kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Path from the deleted rows</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy &amp;Markdown</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the result as the JSON of fkscope impact --json</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the report as Markdown or JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Deletion &amp;plan...</source>
        <translation></translation>
    </message>
    <message>
        <source>The ordered SQL script that deletes the blocking rows first</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Verify...</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the real DELETE in a transaction that is always rolled back</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the result and restore the canvas</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose rows and press Simulate DELETE (Ctrl+Return). Nothing is written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample rows (Enter to open)</source>
        <translation></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected</source>
        <translation>
            <numerusform>%n row of %1 selected</numerusform>
            <numerusform>%n rows of %1 selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted in %1</source>
        <translation>
            <numerusform>%n row deleted in %1</numerusform>
            <numerusform>%n rows deleted in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set NULL</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 set DEFAULT</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated on %1 in %2 ms, read-only</source>
        <translation></translation>
    </message>
    <message>
        <source>Not simulated for lack of SELECT privilege (unknown): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Blockers (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Order-dependent: the engine&apos;s row order decides whether these rows block.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server may name it %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Deleted (%n row(s))</source>
        <translation>
            <numerusform>Deleted (%n row)</numerusform>
            <numerusform>Deleted (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set NULL (%n row(s))</source>
        <translation>
            <numerusform>Set NULL (%n row)</numerusform>
            <numerusform>Set NULL (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set DEFAULT (%n row(s))</source>
        <translation>
            <numerusform>Set DEFAULT (%n row)</numerusform>
            <numerusform>Set DEFAULT (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the statement)</source>
        <translation></translation>
    </message>
    <message>
        <source>via</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown: no SELECT privilege (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>not simulated: what happens to its rows is unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save impact report</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>fkscope</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a database or a snapshot to begin.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the catalog: %1...</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not open the source</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2, %3 · showing %4 · layout %5 in %6 ms</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n foreign key</numerusform>
            <numerusform>%n foreign keys</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation></translation>
    </message>
    <message>
        <source>Layout failed</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL...</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation></translation>
    </message>
    <message>
        <source>Open S&amp;QLite database...</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open snapshot...</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export image...</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulate &amp;DELETE from the selected table...</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a table on the canvas or in the schema tree first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a table (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a table</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation></translation>
    </message>
    <message>
        <source> Hops: </source>
        <translation></translation>
    </message>
    <message>
        <source>Neighbourhood size in foreign-key hops</source>
        <translation></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation></translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Show %1 foreign keys</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide tables without foreign keys</source>
        <translation></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation></translation>
    </message>
    <message>
        <source>Headers only</source>
        <translation></translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation></translation>
    </message>
    <message>
        <source>Impact &amp;panel</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation></translation>
    </message>
    <message>
        <source>Impact of %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>fkscope snapshots (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 - fkscope</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n table(s)...</source>
        <translation>
            <numerusform>Laying out %n table...</numerusform>
            <numerusform>Laying out %n tables...</numerusform>
        </translation>
    </message>
    <message>
        <source>No table matches &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulate DELETE from %1...</source>
        <translation></translation>
    </message>
    <message>
        <source>Focus on its neighbours</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the impact result</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to the &amp;schema tree</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to the &amp;canvas</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to the &amp;impact panel</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation></translation>
    </message>
    <message>
        <source>Show folded tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tables of this group whose name contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table of the group matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the ones whose name contains...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About fkscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About fkscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;fkscope %1&lt;/b&gt;&lt;br&gt;A database&apos;s foreign keys, and what a DELETE would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings (lint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain an error...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;snapshot, DDL or SQLite file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots and DDL files (*.json *.sql);;SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another &amp;database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview a migration...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n migration file(s)...</source>
        <translation>
            <numerusform>Applying %n migration file...</numerusform>
            <numerusform>Applying %n migration files...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with %1</source>
        <translation>
            <numerusform>%n difference with %1</numerusform>
            <numerusform>%n differences with %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the c&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::Messages</name>
    <message>
        <source>The demo SQL is missing from this build.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1 for the demo database.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot build the demo database at %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write the demo database at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Graphviz could not read the layout graph.</source>
        <translation></translation>
    </message>
    <message>
        <source>Graphviz layout (%1) failed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the catalog was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not supported; fkscope needs PostgreSQL 12 or newer.</source>
        <translation></translation>
    </message>
    <message>
        <source>partitions and inheritance</source>
        <translation></translation>
    </message>
    <message>
        <source>triggers, rules and policies</source>
        <translation></translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation></translation>
    </message>
    <message>
        <source>partition copies of foreign keys</source>
        <translation></translation>
    </message>
    <message>
        <source>The query ran longer than the statement timeout and was stopped: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The query was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Gave up waiting for a lock held by another session: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The database refused access: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Database client error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The database does not exist: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The deletion plan nests more than 32 tables deep.</source>
        <translation></translation>
    </message>
    <message>
        <source>Table %1 is not in the loaded schema.</source>
        <translation></translation>
    </message>
    <message>
        <source>Foreign keys form a cycle through %1: no statement order deletes these tables one by one; delete them in one statement or defer the constraints.</source>
        <translation></translation>
    </message>
    <message>
        <source>-- fkscope deletion plan: delete the rows of %1 where %2,
</source>
        <translation></translation>
    </message>
    <message>
        <source>-- with every row that blocks them (RESTRICT / NO ACTION), children first.
-- CASCADE, SET NULL and SET DEFAULT are left to the database. Review before running;
-- fkscope does not run this script.
</source>
        <translation></translation>
    </message>
    <message>
        <source>-- %1. the rows asked for
</source>
        <translation></translation>
    </message>
    <message>
        <source>-- %1. %2: its rows block through %3
</source>
        <translation></translation>
    </message>
    <message>
        <source>No table named %1 (names resolve as in SQL: quote mixed case, e.g. &apos;&quot;Orders&quot;&apos;; unqualified names follow search_path).</source>
        <translation></translation>
    </message>
    <message>
        <source>Say which rows to delete: key values or a WHERE predicate.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no column %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>privileges and trigger order</source>
        <translation></translation>
    </message>
    <message>
        <source>No SELECT privilege on %1: its rows cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>reading the result</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has rules (%2) that can rewrite a DELETE.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has row-level security: the simulation counts only the rows you can see, while foreign-key actions reach all rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>No SELECT privilege on %1: its rows (and what they lead to) are unknown.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 changes %2, which %3 references: its ON UPDATE action is not simulated.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 and %2 share columns and one of them sets them: the result depends on the order of their triggers.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 inherits from %2: DELETE without ONLY also deletes its rows, which this simulation does not count.</source>
        <translation></translation>
    </message>
    <message>
        <source>Whether some rows block depends on the order in which PostgreSQL visits rows (see blockers with &quot;certain&quot;: false); --verify tells for sure.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1not a valid fkscope snapshot: %2: expected %3</source>
        <translation></translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>an array of column names</source>
        <translation></translation>
    </message>
    <message>
        <source>a table listed in &quot;tables&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>as many columns as &quot;columns&quot; (at least one)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1not valid JSON at byte %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1not a valid fkscope snapshot: expected a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>%1snapshot format version %2 is not supported (this fkscope reads up to %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>a table name not used before</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>A snapshot file holds the schema only: connect to the database to read rows and simulate deletes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not read the CREATE TABLE text of %1: its CHECK constraints and DEFERRABLE clauses are not known.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has a foreign key to %2, which does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>No SQLite file at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open %1 as SQLite: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The statement ran out of time and was stopped.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a valid SQLite database: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is locked by another connection: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>No table %1 in this SQLite database.</source>
        <translation></translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite enforces foreign keys only on connections that ran PRAGMA foreign_keys = ON; this simulation assumes it is on. With it off, the DELETE removes the selected rows of %1 and nothing else.</source>
        <translation></translation>
    </message>
    <message>
        <source>checking what blocks</source>
        <translation></translation>
    </message>
    <message>
        <source>No temporary directory for the copy: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create the copy %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not copy %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>simulating the delete across %n table(s) in one statement</source>
        <translation>
            <numerusform>simulating the delete across %n table in one statement</numerusform>
            <numerusform>simulating the delete across %n tables in one statement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>simulating the delete across %n table(s)</source>
        <translation>
            <numerusform>simulating the delete across %n table</numerusform>
            <numerusform>simulating the delete across %n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>No source was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reached through a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has columns named rowid, oid and _rowid_, so SQL cannot tell its rows apart; --verify runs the real DELETE on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0. It links Qt (LGPL-3.0), Graphviz (EPL-1.0), libpqxx (BSD-3-Clause), libpq (PostgreSQL licence) and SQLite (public domain), each under its own licence: see THIRD_PARTY_NOTICES, installed in /usr/share/doc/fkscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has user triggers (%2): they run on the real DELETE and can change what it does; --verify runs it without keeping its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references itself through %2 (RESTRICT) on NOT NULL column %3: the database checks RESTRICT row by row, so no single statement deletes such linked rows; delete them leaves first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database checks RESTRICT row by row: the links among these rows are cut first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no primary key and no unique NOT NULL key: the plan cannot tell its rows apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InnoDB checks RESTRICT row by row: the links among these rows are cut first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 uses the %3 storage engine, which ignores foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has privileges on single tables of database %2 only: tables without a grant are invisible, and so are their foreign keys. Cascades and blockers through them are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key %1 on %2.%3 references %4.%5, which the user cannot see (or which does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a MySQL URI (mysql://USER@HOST[:PORT]/DATABASE): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the MySQL URI: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MySQL URI names one database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option in the MySQL URI: %1 (only socket= is read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MySQL/MariaDB server answered at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user may not use the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row was locked by another connection for too long: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table name %1 (write TABLE or DATABASE.TABLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is selected: name the table as DATABASE.TABLE, or give the database in the URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DELETE reaches more than %1 rows: too many to replay in InnoDB&apos;s order here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SET NULL action changes a column that another foreign key references, or a row the statement still has to read: InnoDB follows that update, the simulation does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order in which the DELETE reads %1 is not known (no primary key, or an index merge): which blocker InnoDB meets first may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL stops at the first of these blockers it meets, which depends on the physical order of the rows it deletes: first_error names one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is read-only (a replica?): the verification needs a server that accepts the DELETE. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign_key_checks is 0 for new sessions on this server: a DELETE in such a session ignores every foreign key (nothing cascades, nothing blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Fix:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>         fix: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error, %2 warning, %3 info
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1.%2 was dropped while the catalog was read; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No index starts with the foreign key&apos;s columns: every delete or key update of a parent row scans the child table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no index starts with (%2), so each delete of a %3 row scans %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON DELETE / ON UPDATE SET NULL on a NOT NULL column: the action fails whenever it fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 nullable, or choose another action for %2 (the table is rebuilt to change either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on NOT NULL column(s) %3 fails whenever a referenced %4 row is deleted or its key changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON DELETE SET DEFAULT on a column without a default: the column is set to NULL (or fails when NOT NULL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ON DELETE SET DEFAULT but %2 has no default, so it is set to NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, %3.%4 is %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: types differ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both sides the same type (the referenced column&apos;s type is usually the one to keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two foreign keys on the same columns reference the same key: both are checked, and their actions both fire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats %2 (columns %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; their ON DELETE actions differ (%1 and %2), so the outcome of a delete is the stricter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the table without one of the two keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign key added NOT VALID: rows that existed before were never checked and may point nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is NOT VALID: existing rows were never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One constraint name on foreign keys of several tables: an error naming it is ambiguous (MySQL refuses it within a database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is also used on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the key and add it again under a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column named and typed like another table&apos;s key, with no foreign key: nothing stops it pointing nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 (%3) looks like a reference to %4 but no foreign key says so (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely: the name and the type match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible: check the name and the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the table with the column declared REFERENCES %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A *_type + *_id pair without a foreign key: the id points at one of several tables and nothing checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- One nullable key per parent table, and a check that exactly one is set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- rebuild %1 with these columns, each REFERENCES its parent, and CHECK (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- then a foreign key from each new column to its parent&apos;s key, and %1 / %2 dropped once filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 and %3 point at a row of one of several tables; no foreign key checks %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain of ON DELETE CASCADE keys from this table reaches a table of more than a million (estimated) rows: one delete can remove many rows and hold their locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting from %1 cascades into %2 (about %3 rows): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the blast radius before deleting (fkscope impact), delete the large table&apos;s rows in batches first, or make the last key RESTRICT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite enforces foreign keys only on connections that turn them on: each connection of each program must run PRAGMA foreign_keys = ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file declares %1 foreign key(s), and SQLite checks none of them, nor cascades, on a connection that has not run PRAGMA foreign_keys = ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RESTRICT / NO ACTION key whose child the same parent&apos;s delete also cascades into: on InnoDB, whether the delete fails depends on constraint names, indexes and row order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) blocks deletes of %3 rows, yet deleting those rows also cascades into %4: InnoDB&apos;s outcome then depends on constraint names, indexes and row order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict a given delete with fkscope impact; to make it not depend on order, make %1 CASCADE or SET NULL, or delete %2&apos;s rows first (fkscope plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign key references columns that are not a primary key or unique: deleting one parent row acts on every child of that value (InnoDB), or every write fails (SQLite: foreign key mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references %2 (%3), which is not a primary key or unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make (%1) unique on %2 if it is a key, or reference the primary key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has user triggers or rewrite rules: a delete can do more than its foreign keys say, and fkscope&apos;s simulation does not run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2: a delete can do more than its foreign keys say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row-level security is on: a simulation sees the rows its user may see, which can differ from what a delete meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has row-level security enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n finding: </numerusform>
            <numerusform>%n findings: </numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a foreign-key error fkscope can read: expected PostgreSQL&apos;s &quot;violates foreign key constraint&quot; with its quoted names (SQLSTATE 23503), MySQL/MariaDB error 1451 or 1452, or SQLite&apos;s &quot;FOREIGN KEY constraint failed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL DDL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrations cannot be read offline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary directory for the scratch database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations apply to an SQLite file or DDL file, not to a snapshot of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a %1 connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed it (restarted, shut down, or the session was ended), or the network dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is read-only (a hot standby?): the verification needs a server that accepts the DELETE. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent nothing for %1 s, the statement timeout and %2 s more: the network or a proxy on the way has stopped passing data. The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite fails this DELETE with &quot;%1&quot;; which constraint fails first could not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s own order was not replayed (%1): blockers marked uncertain depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection enforces foreign keys, so rows cannot be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SET action changes a key that %1 references, whose ON UPDATE action would run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would copy more than %L1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition of %1 cannot be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaying the delete in SQLite&apos;s own order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign key column and the column it references differ in type, length or collation: values are converted on every check, some do not fit, and text may match under one collation and not the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2, %3.%4 uses %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: collations differ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both sides the same collation (the referenced column&apos;s is usually the one to keep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1); the previous ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full: %1 was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InnoDB&apos;s own index order of %1 was not read (%2): the order information_schema lists is used, which differs for indexes added later by ALTER TABLE, and the order decides which foreign keys InnoDB checks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names with characters InnoDB stores encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::MinimapView</name>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::RowPageModel</name>
    <message>
        <source>NULL</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (key; click to sort)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (click to sort)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::SampleRowsDialog</name>
    <message>
        <source>Sample rows of %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n sample row(s), identified by their key. These are samples, not every row.</source>
        <translation>
            <numerusform>%n sample row, identified by their key. These are samples, not every row.</numerusform>
            <numerusform>%n sample rows, identified by their key. These are samples, not every row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample rows</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaScene</name>
    <message>
        <source>DELETE %1</source>
        <translation></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation></translation>
    </message>
    <message>
        <source>set NULL %1</source>
        <translation></translation>
    </message>
    <message>
        <source>set DEFAULT %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>✗ blocks: %n row(s)</source>
        <translation>
            <numerusform>✗ blocks: %n row</numerusform>
            <numerusform>✗ blocks: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>? may block: %n row(s)</source>
        <translation>
            <numerusform>? may block: %n row</numerusform>
            <numerusform>? may block: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: no SELECT</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>+ %n other table(s)</source>
        <translation>
            <numerusform>+ %n other table</numerusform>
            <numerusform>+ %n other tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n table(s) referencing %1</source>
        <translation>
            <numerusform>+ %n table referencing %1</numerusform>
            <numerusform>+ %n tables referencing %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n table(s) that %1 references</source>
        <translation>
            <numerusform>+ %n table that %1 references</numerusform>
            <numerusform>+ %n tables that %1 references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>double-click: show %n more</source>
        <translation>
            <numerusform>double-click: show %n more</numerusform>
            <numerusform>double-click: show %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) inside</source>
        <translation>
            <numerusform>%n foreign key inside</numerusform>
            <numerusform>%n foreign keys inside</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaTree</name>
    <message>
        <source>Filter tables</source>
        <translation></translation>
    </message>
    <message>
        <source>Schemas and tables</source>
        <translation></translation>
    </message>
    <message>
        <source>Show on the canvas</source>
        <translation></translation>
    </message>
    <message>
        <source>Focus on its neighbours</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulate DELETE from this table...</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaTreeModel</name>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck to hide this schema&apos;s tables on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (partition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FKs out / in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::SchemaView</name>
    <message>
        <source>Foreign-key diagram</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::ScriptDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation></translation>
    </message>
    <message>
        <source>Save script</source>
        <translation></translation>
    </message>
    <message>
        <source>SQL (*.sql)</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>System language</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>A new language applies when fkscope starts again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation></translation>
    </message>
    <message>
        <source>Light</source>
        <translation></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation></translation>
    </message>
    <message>
        <source>Canvas colours</source>
        <translation></translation>
    </message>
    <message>
        <source>Canvas &amp;colours:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reset the window layout</source>
        <translation></translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::StartPage</name>
    <message>
        <source>&lt;h2&gt;fkscope&lt;/h2&gt;&lt;p&gt;See a database&apos;s foreign keys, and what a DELETE would do before anyone runs it.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL...</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a S&amp;QLite database...</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a &amp;snapshot file...</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation></translation>
    </message>
    <message>
        <source>A small product schema (SQLite, built into fkscope) with every FK story: cascades, SET NULL, a CHECK, blockers, a deferred constraint.</source>
        <translation></translation>
    </message>
    <message>
        <source>A SQLite file, opened read-only. You can also drop a file on the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recent connections and files</source>
        <translation></translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::TableItem</name>
    <message numerus="yes">
        <source>partitioned, %n partition(s)</source>
        <translation>
            <numerusform>partitioned, %n partition</numerusform>
            <numerusform>partitioned, %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation></translation>
    </message>
    <message>
        <source>outside the selected schemas</source>
        <translation></translation>
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
            <numerusform>… %n more column</numerusform>
            <numerusform>… %n more columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fkscope::VerificationDialog</name>
    <message>
        <source>Verification: the real DELETE, rolled back</source>
        <translation></translation>
    </message>
    <message>
        <source>The DELETE ran on a temporary copy of the file; your file was not opened for writing.</source>
        <translation></translation>
    </message>
    <message>
        <source>The DELETE ran in a transaction that was rolled back; nothing was kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome: predicted &lt;b&gt;%1&lt;/b&gt;, observed &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Table</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted (predicted)</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted (observed)</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated (predicted)</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated (observed)</source>
        <translation></translation>
    </message>
    <message>
        <source>Predicted and observed rows per table</source>
        <translation></translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation></translation>
    </message>
    <message>
        <source>  ≠ differs</source>
        <translation></translation>
    </message>
    <message>
        <source>✓ The prediction agrees with the engine.</source>
        <translation></translation>
    </message>
    <message>
        <source>≠ The prediction differs from what the engine did. Please report it with the Markdown report.</source>
        <translation></translation>
    </message>
    <message>
        <source>Observed updates count every row update, including rows later deleted and updates made by triggers.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fkscope::cli</name>
    <message>
        <source>read a database&apos;s foreign-key graph; print it as JSON or a summary</source>
        <translation></translation>
    </message>
    <message>
        <source>simulate a DELETE read-only: what cascades, is set NULL, or blocks</source>
        <translation></translation>
    </message>
    <message>
        <source>print a reviewable SQL script that deletes rows with everything blocking them</source>
        <translation></translation>
    </message>
    <message>
        <source>draw the foreign-key graph to PNG, SVG or DOT (no display needed)</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: fkscope &lt;command&gt; [options]

fkscope shows a database&apos;s foreign-key graph and what a DELETE would do.

Commands:
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Run &apos;fkscope &lt;command&gt; --help&apos; for a command&apos;s options and examples.
Options: --help, --version
</source>
        <translation></translation>
    </message>
    <message>
        <source>fkscope %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see fkscope --help</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Also run the real DELETE in a rolled-back transaction.</source>
        <translation></translation>
    </message>
    <message>
        <source>--verify: running the real DELETE on a temporary copy of the file</source>
        <translation></translation>
    </message>
    <message>
        <source>--verify: running the real DELETE in a transaction that will be rolled back (takes locks, fires triggers)</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome: %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Blockers:
</source>
        <translation></translation>
    </message>
    <message>
        <source>      PostgreSQL may name it %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>      path: %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>      fix: %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Effects:
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Effects (what the statement would touch before it fails):
</source>
        <translation></translation>
    </message>
    <message>
        <source>      via %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Unknown (no SELECT privilege): %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Warnings:
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Simulated read-only in %1 ms; nothing was written.
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Verification: the real DELETE ran on a temporary copy of the file.
</source>
        <translation></translation>
    </message>
    <message>
        <source>
Verification: the real DELETE ran in a transaction and was rolled back.
</source>
        <translation></translation>
    </message>
    <message>
        <source>  outcome: predicted %1, observed %2
</source>
        <translation></translation>
    </message>
    <message>
        <source>  The database said: %1%2
</source>
        <translation></translation>
    </message>
    <message>
        <source>table</source>
        <translation></translation>
    </message>
    <message>
        <source>deleted (pred/obs)</source>
        <translation></translation>
    </message>
    <message>
        <source>updated (pred/obs)</source>
        <translation></translation>
    </message>
    <message>
        <source>  (observed updates count every row update, including rows later deleted and updates made by triggers)
</source>
        <translation></translation>
    </message>
    <message>
        <source> (detail: %1)</source>
        <translation></translation>
    </message>
    <message>
        <source> (hint: %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Write the script to FILE.</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>%1 is ambiguous: qualify it with its schema.</source>
        <translation></translation>
    </message>
    <message>
        <source>No table %1 in the loaded schema.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .dot.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this table and its neighbours.</source>
        <translation></translation>
    </message>
    <message>
        <source>Neighbours within N foreign keys (default 1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Only what a DELETE on TABLE can reach or be blocked by.</source>
        <translation></translation>
    </message>
    <message>
        <source>Graphviz engine (default: by size).</source>
        <translation></translation>
    </message>
    <message>
        <source>Dark palette.</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave the legend out.</source>
        <translation></translation>
    </message>
    <message>
        <source>Draw boxes as headers only.</source>
        <translation></translation>
    </message>
    <message>
        <source>-o FILE is required (.png, .svg or .dot)</source>
        <translation></translation>
    </message>
    <message>
        <source>-o takes a .png, .svg or .dot file</source>
        <translation></translation>
    </message>
    <message>
        <source>--hops takes a whole number</source>
        <translation></translation>
    </message>
    <message>
        <source>--table NAME is required</source>
        <translation></translation>
    </message>
    <message>
        <source>--key takes COL=VALUE, got &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>say which rows: --key COL=VALUE (repeatable) or --where &apos;SQL predicate&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--samples takes a number from 0 to 1000</source>
        <translation></translation>
    </message>
    <message>
        <source>The table to delete from, in SQL syntax (schema.table, &quot;Mixed Case&quot;); unqualified names follow search_path.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete rows whose COL equals VALUE (bound as a parameter); repeatable.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete rows matching this SQL predicate.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample rows per table (default 5).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2, database %3</source>
        <translation></translation>
    </message>
    <message>
        <source> (as %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>, read in %1 ms
</source>
        <translation></translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 partitioned, with %2 partitions</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 foreign</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 external, outside the selected schemas</source>
        <translation></translation>
    </message>
    <message>
        <source>Foreign keys: %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>  ON DELETE: %1
</source>
        <translation></translation>
    </message>
    <message>
        <source>  composite %1, self-referencing %2, deferrable %3, not valid %4, without index %5
</source>
        <translation></translation>
    </message>
    <message>
        <source>... and %1 more like the above</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings: none
</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the snapshot JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print a short human summary.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the snapshot JSON to FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>say what to print: --json, --summary or -o FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>--json and --summary both print to stdout; pick one</source>
        <translation></translation>
    </message>
    <message>
        <source>--db SOURCE is required</source>
        <translation></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, got &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Only schemas matching PATTERN (* and ? wildcards); repeatable.</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave out schemas matching PATTERN; repeatable.</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement timeout in seconds (default 30, 0 = none).</source>
        <translation></translation>
    </message>
    <message>
        <source> e.g. %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 selected.
</source>
        <translation>
            <numerusform>%n row of %1 selected.
</numerusform>
            <numerusform>%n rows of %1 selected.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n schema(s)
</source>
        <translation>
            <numerusform> in %n schema
</numerusform>
            <numerusform> in %n schemas
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: %2 are folded into summary nodes. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: drew a map of %2 clusters of linked tables. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables do not fit one readable picture: drew the map of %2 schemas. Use --focus TABLE, --schema PATTERN, or an .svg file for everything.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a live database: --db takes a conninfo, a PostgreSQL or MySQL URI or a SQLite file, not a snapshot</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: a libpq conninfo string or postgresql:// URI, a mysql://USER@HOST[:PORT]/DATABASE[?socket=PATH] URI (MySQL, MariaDB), a SQLite file (sqlite:PATH, *.sqlite, *.db), or a snapshot file (*.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a schema for foreign-key traps (unindexed, mismatched, missing keys...), with fixes</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings as SARIF 2.1.0, for CI systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only rule NAME; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, warning (default) or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout (complete or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on takes info, warning or error, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule named &quot;%1&quot;; the rules are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --sarif both choose the format; pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste a foreign-key error: find the constraint, what blocks, where the key is, and the fix</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement that failed (a DELETE is simulated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error message; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the message once: as an argument, as - for standard input, or with --message-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  key found in %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Fix:
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare two schemas, snapshots or DDL files; preview a migration; count rows a new key rejects</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source before: anything --db takes, or a DDL file (*.sql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source after; without it, FROM with the --apply migrations applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply migration FILE (DDL) to FROM first, offline; repeatable, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the live rows each added or changed key would reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the differences as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as Markdown, for a review ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from SOURCE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --to SOURCE, or --apply FILE to compare FROM with its migration applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --markdown both choose the format; pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check-data counts rows in a database: %1 is a %2 source, not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM with %1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark what changed since SOURCE (as fkscope diff --from SOURCE): new keys, changed rules (old → new), removed keys as ghosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::ddl</name>
    <message>
        <source>table %1 does not exist here; the statement is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql command \%1 is not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE TABLE ... AS is not modelled: its columns come from a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not modelled: what it changes cannot be read from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 already exists; PostgreSQL refuses the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has a primary key already; PostgreSQL refuses a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key on %1 references %2, which does not exist here; it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key on %1 names no columns of %2 and it has no primary key; PostgreSQL refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint kind %1 is not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of %2 exists already; PostgreSQL refuses the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of %2 does not exist here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no foreign key %1 on %2 to alter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER TABLE %1 is not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint %1 of %2 does not exist here; PostgreSQL refuses the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of %2 is referenced by a foreign key; PostgreSQL refuses to drop it without CASCADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 holds tables; PostgreSQL refuses to drop it without CASCADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 backs a constraint; PostgreSQL refuses to drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 does not exist here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is referenced by %2 (%3); PostgreSQL refuses to drop it without CASCADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 exists already; PostgreSQL refuses the rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint %1 of %2 does not exist here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a statement is nested too deeply to read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fkscope::diff</name>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all key columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1 now %2 (new key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1 is no longer affected by this key (was: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1 now %2 (was: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1 now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (about %1 rows to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no existing row violates it%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s) violate it: adding it NOT VALID works, VALIDATE CONSTRAINT fails%1; keys: %2</source>
        <translation>
            <numerusform>%n existing row violates it: adding it NOT VALID works, VALIDATE CONSTRAINT fails%1; keys: %2</numerusform>
            <numerusform>%n existing rows violate it: adding it NOT VALID works, VALIDATE CONSTRAINT fails%1; keys: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s) violate it, so adding or validating it fails%1; keys: %2</source>
        <translation>
            <numerusform>%n existing row violates it, so adding or validating it fails%1; keys: %2</numerusform>
            <numerusform>%n existing rows violate it, so adding or validating it fails%1; keys: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%3, %4 tables, %5 foreign keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the referencing rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes the referencing rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 to NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets %1 to NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets %1 to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails (%1) while rows of %2 reference it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Foreign-key diff

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then applied: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences in foreign keys or tables.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) differ</source>
        <translation>
            <numerusform>%n foreign key differs</numerusform>
            <numerusform>%n foreign keys differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) added or removed</source>
        <translation>
            <numerusform>%n table added or removed</numerusform>
            <numerusform>%n tables added or removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (was: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now also deletes rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer deletes rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 does not exist in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1.%2 does not exist in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s column lists differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DEFAULT %2 (was: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default collation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
