// SPDX-License-Identifier: Apache-2.0
// PostgreSQL DDL read offline with PostgreSQL's own parser, checked against the real server: each
// script runs on a scratch database, and the graph the catalog loader reads back must equal the graph
// read from the text (keys with every property and their names, tables, columns, keys, indexes,
// checks). Then every shared dataset's pg_dump must read back as its live database.
#include "core/error.h"
#include "diff/schemadiff.h"
#include "pg/pgcatalogloader.h"
#include "pg/pgddlnames.h"
#include "pg/pgddlreader.h"
#include "snapshot/snapshot.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

using namespace fkscope;

namespace {

QString keyText(const SchemaGraph &g, const ForeignKey &fk)
{
    return QStringList{qualifiedName(g.table(fk.child).ref()), fk.name, fk.columns.join(u','), QStringLiteral("->"),
                       qualifiedName(g.table(fk.parent).ref()), fk.refColumns.join(u','), QStringLiteral("del=") + toString(fk.onDelete),
                       QStringLiteral("upd=") + toString(fk.onUpdate), QStringLiteral("match=") + toString(fk.match),
                       QStringLiteral("deferrable=%1/%2").arg(fk.deferrable).arg(fk.deferred), QStringLiteral("valid=%1").arg(fk.validated),
                       QStringLiteral("set=") + (fk.setColumns ? fk.setColumns->join(u',') : QStringLiteral("-"))}
        .join(u' ');
}

// What the two graphs disagree on, as lines; empty when they agree. Index expressions are not
// compared (the catalog prints them normalized), nor statistics and privileges.
QStringList differences(const SchemaGraph &offline, const SchemaGraph &live)
{
    QStringList out;
    QStringList a, b;
    for (const ForeignKey &fk : offline.foreignKeys())
        a << keyText(offline, fk);
    for (const ForeignKey &fk : live.foreignKeys())
        b << keyText(live, fk);
    a.sort();
    b.sort();
    for (const QString &k : a) {
        if (!b.contains(k))
            out << QStringLiteral("offline only: ") + k;
    }
    for (const QString &k : b) {
        if (!a.contains(k))
            out << QStringLiteral("live only: ") + k;
    }
    for (const Table &t : live.tables()) {
        const TableId id = offline.findTable(t.ref());
        if (id == kInvalidId) {
            out << QStringLiteral("table missing offline: ") + qualifiedName(t.ref());
            continue;
        }
        const Table &o = offline.table(id);
        const QString name = qualifiedName(t.ref());
        if (o.kind != t.kind)
            out << name + QStringLiteral(": kind ") + toString(o.kind);
        if (o.partitionOf.has_value() != t.partitionOf.has_value() || (o.partitionOf && *o.partitionOf != *t.partitionOf))
            out << name + QStringLiteral(": partition_of");
        if (o.inheritsFrom != t.inheritsFrom)
            out << name + QStringLiteral(": inherits");
        if (o.comment != t.comment)
            out << name + QStringLiteral(": comment \"%1\" vs \"%2\"").arg(o.comment, t.comment);
        if (o.primaryKey != t.primaryKey || o.primaryKeyName != t.primaryKeyName)
            out << name + QStringLiteral(": primary key %1 (%2) vs %3 (%4)").arg(o.primaryKeyName, o.primaryKey.join(u','), t.primaryKeyName, t.primaryKey.join(u','));
        auto describe = [](const QList<Column> &columns) {
            QStringList lines;
            for (const Column &c : columns)
                lines << QStringLiteral("%1 %2%3%4 %5%6").arg(c.name, c.type, c.notNull ? QStringLiteral(" not null") : QString(),
                                                              c.identity.isEmpty() ? QString() : QStringLiteral(" identity ") + c.identity, c.comment,
                                                              c.collation.isEmpty() ? QString() : QStringLiteral(" collate ") + c.collation);
            return lines;
        };
        const QStringList oc = describe(o.columns), tc = describe(t.columns);
        if (oc != tc)
            out << name + QStringLiteral(": columns [%1] vs [%2]").arg(oc.join(QStringLiteral("; ")), tc.join(QStringLiteral("; ")));
        for (const Column &c : t.columns) {
            const Column *x = o.column(c.name);
            if (x && x->defaultExpr.value_or(QString()).remove(QRegularExpression(QStringLiteral("::[a-z ]+$")))
                    != c.defaultExpr.value_or(QString()).remove(QRegularExpression(QStringLiteral("::[a-z ]+$"))))
                out << name + QStringLiteral(".%1: default %2 vs %3").arg(c.name, x->defaultExpr.value_or(QStringLiteral("-")), c.defaultExpr.value_or(QStringLiteral("-")));
        }
        QStringList ou, tu;
        for (const UniqueConstraint &u : o.uniqueConstraints)
            ou << u.name + QLatin1Char(' ') + u.columns.join(u',');
        for (const UniqueConstraint &u : t.uniqueConstraints)
            tu << u.name + QLatin1Char(' ') + u.columns.join(u',');
        ou.sort();
        tu.sort();
        if (ou != tu)
            out << name + QStringLiteral(": unique [%1] vs [%2]").arg(ou.join(u';'), tu.join(u';'));
        QStringList oi, ti;
        for (const Index &i : o.indexes) {
            const bool expression = std::any_of(i.columns.begin(), i.columns.end(), [&](const QString &c) { return !o.column(c); });
            oi << QStringLiteral("%1 %2 u=%3 p=%4").arg(i.name, expression ? QStringLiteral("expr") : i.columns.join(u','))
                      .arg(i.unique)
                      .arg(i.partial);
        }
        for (const Index &i : t.indexes) {
            const bool expression = std::any_of(i.columns.begin(), i.columns.end(), [&](const QString &c) { return !t.column(c); });
            ti << QStringLiteral("%1 %2 u=%3 p=%4").arg(i.name, expression ? QStringLiteral("expr") : i.columns.join(u','))
                      .arg(i.unique)
                      .arg(i.partial);
        }
        oi.sort();
        ti.sort();
        if (oi != ti)
            out << name + QStringLiteral(": indexes [%1] vs [%2]").arg(oi.join(u';'), ti.join(u';'));
        QStringList ok, tk;
        for (const CheckConstraint &c : o.checks)
            ok << QStringLiteral("%1 %2").arg(c.name).arg(c.validated);
        for (const CheckConstraint &c : t.checks)
            tk << QStringLiteral("%1 %2").arg(c.name).arg(c.validated);
        ok.sort();
        tk.sort();
        if (ok != tk)
            out << name + QStringLiteral(": checks [%1] vs [%2]").arg(ok.join(u';'), tk.join(u';'));
    }
    for (const Table &t : offline.tables()) {
        if (live.findTable(t.ref()) == kInvalidId)
            out << QStringLiteral("table only offline: ") + qualifiedName(t.ref());
    }
    return out;
}

SchemaGraph readOffline(const QByteArray &sql, const SchemaGraph &base = SchemaGraph())
{
    PgDdlReader reader(base);
    reader.apply(sql, QStringLiteral("case.sql"));
    return reader.graph();
}

QString pgDump()
{
    const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump");
    return QFile::exists(debian) ? debian : QStringLiteral("pg_dump");
}

} // namespace

class TestPgDdlReader : public QObject
{
    Q_OBJECT

private slots:
    void liveEqualsOffline_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(FKSCOPE_TEST_DATA "/ddl"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            if (!name.startsWith(QLatin1String("migration-")))
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    // Each statement kind the reader models, run by the server and read offline.
    void liveEqualsOffline()
    {
        QFETCH(QString, file);
        const QByteArray sql = test::readTextFile(file).toUtf8();
        test::ScratchDatabase db(QStringLiteral("fk_ddl"));
        db.exec(QString::fromUtf8(sql));
        const SchemaGraph live = PgCatalogLoader(db.conninfo()).load(LoadOptions());
        const SchemaGraph offline = readOffline(sql);
        QCOMPARE(offline.warnings(), QStringList());
        const QStringList d = differences(offline, live);
        for (const QString &line : d)
            qWarning("%s", qPrintable(line));
        QCOMPARE(d, QStringList());
        QVERIFY(diffGraphs(offline, live).isEmpty());
    }

    // A migration applied offline to the live graph equals the database after the migration ran.
    void migrationOnLiveGraph_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("migration");
        QTest::newRow("alter") << QStringLiteral("constraints.sql") << QStringLiteral("migration-alter.sql");
        QTest::newRow("drop") << QStringLiteral("partitions.sql") << QStringLiteral("migration-drop.sql");
    }

    void migrationOnLiveGraph()
    {
        QFETCH(QString, before);
        QFETCH(QString, migration);
        const QString dir = QStringLiteral(FKSCOPE_TEST_DATA "/ddl/");
        test::ScratchDatabase db(QStringLiteral("fk_ddl_migration"));
        db.exec(test::readTextFile(dir + before));
        const SchemaGraph base = PgCatalogLoader(db.conninfo()).load(LoadOptions());
        const QByteArray sql = test::readTextFile(dir + migration).toUtf8();
        const SchemaGraph offline = readOffline(sql, base);
        db.exec(QString::fromUtf8(sql));
        const SchemaGraph live = PgCatalogLoader(db.conninfo()).load(LoadOptions());
        QCOMPARE(offline.warnings(), QStringList());
        const QStringList d = differences(offline, live);
        for (const QString &line : d)
            qWarning("%s", qPrintable(line));
        QCOMPARE(d, QStringList());
    }

    // PostgreSQL's names for unnamed objects, including its 63-byte truncation of multibyte names.
    void chosenNames_data()
    {
        QTest::addColumn<QString>("name1");
        QTest::addColumn<QString>("name2");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "orders" << "customer_id" << "fkey" << "orders_customer_id_fkey";
        QTest::newRow("no name2") << "orders" << "" << "pkey" << "orders_pkey";
        const QString longTable(60, u't'), longColumn(50, u'c');
        QTest::newRow("long") << longTable << longColumn << "fkey" << QString(29, u't') + u'_' + QString(28, u'c') + QStringLiteral("_fkey");
        QTest::newRow("multibyte") << QStringLiteral("größenverhältnisse_der_bestellungen_und_kunden") << QStringLiteral("größe_id") << "fkey"
                                   << QStringLiteral("größenverhältnisse_der_bestellungen_und_kund_größe_id_fkey");
    }

    void chosenNames()
    {
        QFETCH(QString, name1);
        QFETCH(QString, name2);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(pgddl::makeObjectName(name1, name2, label), expected);
        QVERIFY(expected.toUtf8().size() <= 63);
    }

    void syntaxErrorNamesTheSpot()
    {
        try {
            readOffline("CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE b (id int,, a_id int REFERENCES a);\n");
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(exitCodeFor(e.kind()), exitCodeFor(ErrorKind::BadInput));
            QCOMPARE(e.summary(), QStringLiteral("case.sql:3:24: syntax error at or near \",\""));
        }
    }

    // What cannot be modelled is said with its line; what cannot change the graph is skipped quietly.
    void unmodelledStatementsAreWarnings()
    {
        const SchemaGraph g = readOffline("CREATE TABLE a (id int PRIMARY KEY);\n"
                                          "GRANT SELECT ON a TO PUBLIC;\n"
                                          "INSERT INTO a VALUES (1);\n"
                                          "DO $$ BEGIN EXECUTE 'ALTER TABLE a ADD COLUMN b int'; END $$;\n"
                                          "\\connect other\n"
                                          "ALTER TABLE missing ADD CONSTRAINT x FOREIGN KEY (id) REFERENCES a;\n"
                                          "CREATE TABLE t2 AS SELECT * FROM a;\n"
                                          "DROP TABLE a;\n");
        QCOMPARE(g.warnings(),
                 QStringList({QStringLiteral("case.sql:5: psql command \\connect is not modelled"),
                              QStringLiteral("case.sql:4: DoStmt is not modelled: what it changes cannot be read from the text"),
                              QStringLiteral("case.sql:6: table missing does not exist here; the statement is left out"),
                              QStringLiteral("case.sql:7: CREATE TABLE ... AS is not modelled: its columns come from a query")}));
        QCOMPARE(g.tables().size(), 0);
    }

    void refusedStatementsAreWarnings()
    {
        const SchemaGraph g = readOffline("CREATE TABLE p (id int PRIMARY KEY);\n"
                                          "CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);\n"
                                          "DROP TABLE p;\n"
                                          "ALTER TABLE p DROP COLUMN id;\n");
        QCOMPARE(g.warnings(),
                 QStringList({QStringLiteral("case.sql:3: public.p is referenced by public.c (c_p_id_fkey); PostgreSQL refuses to drop it without CASCADE"),
                              QStringLiteral("case.sql:4: column id of public.p is referenced by a foreign key; PostgreSQL refuses to drop it without CASCADE")}));
        QCOMPARE(g.foreignKeys().size(), 1);
    }

    // The round trip: every shared dataset's pg_dump --schema-only, read offline, is its live database.
    void datasetRoundTrip_data() { test::addDatasetRows(); }

    void datasetRoundTrip()
    {
        QFETCH(QString, database);
        QProcess dump;
        dump.start(pgDump(), {QStringLiteral("--schema-only"), QStringLiteral("--dbname"), test::conninfoFor(database)});
        QVERIFY(dump.waitForFinished(120000));
        QCOMPARE(dump.exitCode(), 0);
        const QByteArray sql = dump.readAllStandardOutput();
        QElapsedTimer clock;
        clock.start();
        const SchemaGraph offline = readOffline(sql);
        const qint64 ms = clock.elapsed();
        const SchemaGraph live = PgCatalogLoader(test::conninfoFor(database)).load(LoadOptions());
        qInfo("%s: %lld bytes of DDL read in %lld ms; %lld tables, %lld keys", qPrintable(database), static_cast<long long>(sql.size()),
              static_cast<long long>(ms), static_cast<long long>(offline.tables().size()), static_cast<long long>(offline.foreignKeys().size()));
        QCOMPARE(offline.warnings(), QStringList());
        QCOMPARE(diffGraphs(offline, live).foreignKeys.size(), 0);
        QVERIFY(diffGraphs(offline, live).isEmpty());
        // Also through the snapshot: the dump diffs as identical to the database's snapshot.
        const SchemaGraph snapshot = snapshot::read(snapshot::write(live));
        QVERIFY(diffGraphs(offline, snapshot).isEmpty());
        QStringList keys;
        for (const QString &d : differences(offline, live)) {
            // Defaults of columns that do not touch a key may be printed differently by pg_dump.
            if (!d.contains(QLatin1String(": default ")))
                keys << d;
        }
        QCOMPARE(keys, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPgDdlReader)
#include "tst_pgddlreader.moc"
