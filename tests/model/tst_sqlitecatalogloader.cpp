// SPDX-License-Identifier: Apache-2.0
// The SQLite loader on crafted files: what the pragmas say (columns, keys, indexes, FKs with a NULL
// parent column meaning the parent's primary key) and what only the CREATE TABLE text says (CHECKs,
// constraint names, DEFERRABLE, WITHOUT ROWID), quoting, missing parents, the demo database, bad
// files, and that the file is never written. Also the read-only live database: row pages, cancel
// and timeout.
#include "core/error.h"
#include "demo/demodatabase.h"
#include "source/livedatabase.h"
#include "source/sourcespec.h"
#include "sqlite/sqlitecatalogloader.h"
#include "sqlite/sqliteconnection.h"
#include "sqlite/sqliteddl.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace fkscope;

namespace {

const char *const kCrafted = R"SQL(
CREATE TABLE "Accounts ""Main""" (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE [order items] (
    a INTEGER NOT NULL, b TEXT NOT NULL,
    account INTEGER REFERENCES "Accounts ""Main""" ON DELETE CASCADE,   -- to the parent's primary key
    note TEXT CHECK (note <> 'x, (y)') ,
    total REAL DEFAULT (0.0) CONSTRAINT positive CHECK (total >= 0),
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE TABLE `shipments` (
    id INTEGER PRIMARY KEY,
    item_a INTEGER, item_b TEXT,
    carrier TEXT REFERENCES carriers (code),
    doubled INTEGER GENERATED ALWAYS AS (id * 2) VIRTUAL,
    CONSTRAINT shipments_item_fk FOREIGN KEY (item_a, item_b) REFERENCES [order items] (a, b)
        ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (id) REFERENCES "Accounts ""Main""" (id) ON DELETE RESTRICT NOT DEFERRABLE
);
CREATE TABLE loose (v INTEGER, w INTEGER REFERENCES loose (v));
CREATE UNIQUE INDEX shipments_carrier_idx ON shipments (carrier) WHERE carrier IS NOT NULL;
CREATE INDEX loose_expr ON loose (v + w);
CREATE TRIGGER shipments_audit AFTER DELETE ON shipments BEGIN SELECT 1; END;
INSERT INTO "Accounts ""Main""" VALUES (1, 'one'), (2, 'two');
)SQL";

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSqliteCatalogLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_crafted;

    QString makeFile(const QString &name, const QString &sql)
    {
        const QString path = m_dir.filePath(name);
        QFile(path).open(QIODevice::WriteOnly);
        SqliteConnection c(path, SqliteConnection::Mode::ReadWrite);
        c.exec(sql);
        return path;
    }

private slots:
    void initTestCase() { m_crafted = makeFile(QStringLiteral("crafted.sqlite"), QString::fromUtf8(kCrafted)); }

    void parsesCreateTable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("checks");
        QTest::addColumn<QStringList>("fks"); // name|columns|parent|deferred
        QTest::addColumn<bool>("withoutRowid");
        QTest::newRow("column and table constraints")
            << QStringLiteral("CREATE TABLE t (a INT CONSTRAINT a_pos CHECK (a > 0) REFERENCES p, b INT, "
                              "CHECK ((a, b) != (1, 2)), CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES \"q\"(id) DEFERRABLE INITIALLY DEFERRED)")
            << QStringList{QStringLiteral("a_pos:a > 0"), QStringLiteral(":(a, b) != (1, 2)")}
            << QStringList{QStringLiteral("|a|p|0"), QStringLiteral("fk_b|b|q|1")} << false;
        QTest::newRow("comments, strings and WITHOUT ROWID")
            << QStringLiteral("CREATE TABLE IF NOT EXISTS main.t ( -- a comment, with ( parens\n k TEXT PRIMARY KEY, /* CHECK (no) */ "
                              "c TEXT CHECK (c IN ('a)', 'b,')) ) WITHOUT ROWID")
            << QStringList{QStringLiteral(":c IN ('a)', 'b,')")} << QStringList() << true;
        QTest::newRow("not deferrable, initially immediate")
            << QStringLiteral("CREATE TABLE t (a INT REFERENCES p (x) ON DELETE SET NULL MATCH SIMPLE DEFERRABLE INITIALLY IMMEDIATE, "
                              "b INT REFERENCES [p 2] NOT DEFERRABLE)")
            << QStringList() << QStringList{QStringLiteral("|a|p|0"), QStringLiteral("|b|p 2|0")} << false;
        QTest::newRow("CREATE TABLE AS") << QStringLiteral("CREATE TABLE t AS SELECT 1") << QStringList() << QStringList() << false;
    }

    void parsesCreateTable()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, checks);
        QFETCH(QStringList, fks);
        QFETCH(bool, withoutRowid);
        const SqliteTableDdl ddl = parseCreateTable(sql);
        QStringList gotChecks, gotFks;
        for (const CheckConstraint &c : ddl.checks)
            gotChecks << c.name + QLatin1Char(':') + c.expression;
        for (const auto &fk : ddl.foreignKeys)
            gotFks << QStringLiteral("%1|%2|%3|%4").arg(fk.name, fk.columns.join(QLatin1Char(',')), fk.parent).arg(fk.initiallyDeferred ? 1 : 0);
        QCOMPARE(gotChecks, checks);
        QCOMPARE(gotFks, fks);
        QCOMPARE(ddl.withoutRowid, withoutRowid);
    }

    void loadsWhatThePragmasAndTheDdlSay()
    {
        const QByteArray before = fileHash(m_crafted);
        const SchemaGraph g = SqliteCatalogLoader(m_crafted).load(LoadOptions());
        QCOMPARE(g.source().engine, QStringLiteral("sqlite"));
        QCOMPARE(g.tables().size(), 5); // four tables and the missing "carriers"
        const TableId accounts = g.findTable(QStringLiteral("main"), QStringLiteral("Accounts \"Main\""));
        const TableId items = g.findTable(QStringLiteral("main"), QStringLiteral("order items"));
        const TableId shipments = g.findTable(QStringLiteral("main"), QStringLiteral("shipments"));
        const TableId carriers = g.findTable(QStringLiteral("main"), QStringLiteral("carriers"));
        QVERIFY(accounts >= 0 && items >= 0 && shipments >= 0 && carriers >= 0);
        QVERIFY(g.table(carriers).external);
        QVERIFY(g.warnings().join(QLatin1Char('\n')).contains(QLatin1String("carriers, which does not exist")));

        const Table &a = g.table(accounts);
        QCOMPARE(a.primaryKey, QStringList{QStringLiteral("id")});
        QVERIFY(a.column(QStringLiteral("id"))->notNull); // a rowid alias is never NULL
        QCOMPARE(a.estimatedRows, -1);

        const Table &i = g.table(items);
        QCOMPARE(i.primaryKey, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(i.checks.size(), 2);
        QCOMPARE(i.checks[0].expression, QStringLiteral("note <> 'x, (y)'"));
        QCOMPARE(i.checks[1].name, QStringLiteral("positive"));
        QCOMPARE(i.column(QStringLiteral("total"))->defaultExpr.value_or(QString()), QStringLiteral("0.0"));

        const Table &s = g.table(shipments);
        QCOMPARE(s.triggers, QStringList{QStringLiteral("shipments_audit")});
        QCOMPARE(s.column(QStringLiteral("doubled"))->generated, QStringLiteral("virtual"));
        bool partialUnique = false;
        for (const Index &idx : s.indexes)
            partialUnique = partialUnique || (idx.name == QLatin1String("shipments_carrier_idx") && idx.unique && idx.partial);
        QVERIFY(partialUnique);

        QMap<QString, QString> fks;
        for (const ForeignKey &fk : g.foreignKeys())
            fks.insert(fk.name, QStringLiteral("%1(%2) -> %3(%4) %5 %6%7")
                                    .arg(g.table(fk.child).name, fk.columns.join(QLatin1Char(',')), g.table(fk.parent).name,
                                         fk.refColumns.join(QLatin1Char(',')), toString(fk.onDelete), toString(fk.onUpdate))
                                    .arg(fk.deferred ? QStringLiteral(" deferred") : QString()));
        const QMap<QString, QString> expected{
            {QStringLiteral("order items_account_fkey"), QStringLiteral("order items(account) -> Accounts \"Main\"(id) cascade no_action")},
            {QStringLiteral("shipments_item_fk"), QStringLiteral("shipments(item_a,item_b) -> order items(a,b) set_null cascade deferred")},
            {QStringLiteral("shipments_id_fkey"), QStringLiteral("shipments(id) -> Accounts \"Main\"(id) restrict no_action")},
            {QStringLiteral("shipments_carrier_fkey"), QStringLiteral("shipments(carrier) -> carriers(code) no_action no_action")},
            {QStringLiteral("loose_w_fkey"), QStringLiteral("loose(w) -> loose(v) no_action no_action")},
        };
        QCOMPARE(fks, expected);
        QCOMPARE(fileHash(m_crafted), before); // read-only
    }

    void theDemoDatabaseBuildsAndLoads()
    {
        const QString path = ensureDemoDatabase();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(ensureDemoDatabase(), path); // built once
        const SourceSpec spec = SourceSpec::parse(QStringLiteral("demo"));
        QCOMPARE(spec.engineId(), QStringLiteral("sqlite"));
        const SchemaGraph g = createLoader(spec)->load(LoadOptions());
        const GraphStats s = g.stats();
        QCOMPARE(s.tables, 22);
        QCOMPARE(s.foreignKeys, 25);
        QCOMPARE(s.onDelete[static_cast<int>(FkAction::Cascade)], 13);
        QCOMPARE(s.onDelete[static_cast<int>(FkAction::SetNull)], 6);
        QCOMPARE(s.onDelete[static_cast<int>(FkAction::Restrict)], 1);
        QCOMPARE(s.onDelete[static_cast<int>(FkAction::NoAction)], 5);
        QCOMPARE(s.deferrable, 1);
        QCOMPARE(s.selfReferences, 2);
        // ANALYZE ran: the row counts are known.
        QCOMPARE(g.table(g.findTable(QStringLiteral("main"), QStringLiteral("sessions"))).estimatedRows, 600);
    }

    void sourcesAreRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("location");
        QTest::newRow("prefix") << QStringLiteral("sqlite:/x/y") << QStringLiteral("sqlite") << QStringLiteral("/x/y");
        QTest::newRow(".sqlite") << QStringLiteral("/x/app.sqlite") << QStringLiteral("sqlite") << QStringLiteral("/x/app.sqlite");
        QTest::newRow(".db") << QStringLiteral("dev.db") << QStringLiteral("sqlite") << QStringLiteral("dev.db");
        QTest::newRow("conninfo") << QStringLiteral("dbname=x.db") << QStringLiteral("postgresql") << QStringLiteral("dbname=x.db");
        QTest::newRow("uri") << QStringLiteral("postgresql://h/db") << QStringLiteral("postgresql") << QStringLiteral("postgresql://h/db");
        QTest::newRow("snapshot prefix") << QStringLiteral("snapshot:/x/s.json") << QStringLiteral("snapshot") << QStringLiteral("/x/s.json");
        QTest::newRow("missing .json: a conninfo") << QStringLiteral("/nonexistent/s.json") << QStringLiteral("postgresql")
                                                  << QStringLiteral("/nonexistent/s.json");
    }

    void sourcesAreRecognised()
    {
        QFETCH(QString, text);
        QFETCH(QString, engine);
        QFETCH(QString, location);
        const SourceSpec spec = SourceSpec::parse(text);
        QCOMPARE(spec.engineId(), engine);
        QCOMPARE(spec.location, location);
        // What each engine can do comes from the registry, not from switches on the engine.
        QCOMPARE(spec.capabilities().liveDatabase, engine != QLatin1String("snapshot"));
        QCOMPARE(spec.capabilities().verifiesOnCopy, engine == QLatin1String("sqlite"));
        QCOMPARE(EngineRegistry::find(engine), spec.engine);
    }

    void aFileWithTheHeaderIsSqliteWhateverItsName()
    {
        const QString path = makeFile(QStringLiteral("noext"), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
        QCOMPARE(SourceSpec::parse(path).engineId(), QStringLiteral("sqlite"));
    }

    void badFilesGiveClearErrors()
    {
        try {
            SqliteCatalogLoader(m_dir.filePath(QStringLiteral("missing.sqlite"))).load(LoadOptions());
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::BadInput));
            QVERIFY(e.summary().contains(QLatin1String("No SQLite file")));
        }
        const QString text = m_dir.filePath(QStringLiteral("notes.db"));
        QFile f(text);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(4096, 'x'));
        f.close();
        try {
            SqliteCatalogLoader(text).load(LoadOptions());
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::BadInput));
            QVERIFY2(e.summary().contains(QLatin1String("not a")), qPrintable(e.summary()));
        }
    }

    void rowPagesCancelAndTimeOut()
    {
        auto db = openLiveDatabase(SourceSpec::parse(QStringLiteral("demo")));
        const SchemaGraph g = db->loadGraph(LoadOptions());
        RowPageRequest r;
        r.table = {QStringLiteral("main"), QStringLiteral("users")};
        r.sortColumn = QStringLiteral("email");
        r.descending = true;
        r.limit = 10;
        const RowPage page = db->fetchRows(g, r, CancelToken());
        QCOMPARE(page.cells.size(), 10);
        QVERIFY(page.hasMore);
        QCOMPARE(page.cells.first().value(2).toString(), QStringLiteral("user9@example.com")); // "@" sorts after "9"
        QCOMPARE(page.keyColumns, QStringList{QStringLiteral("id")});

        // A slow filter: cancelled from another thread, then stopped by the timeout.
        RowPageRequest slow = r;
        slow.filter = QStringLiteral("(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
                                     "SELECT count(*) FROM n) > 0");
        CancelToken cancel;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel.cancel();
        });
        QElapsedTimer t;
        t.start();
        try {
            db->fetchRows(g, slow, cancel);
            QFAIL("not cancelled");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::Cancelled));
        }
        canceller.join();
        QVERIFY(t.elapsed() < 5000);
        slow.timeoutMs = 300;
        try {
            db->fetchRows(g, slow, CancelToken());
            QFAIL("no timeout");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::Timeout));
        }
        // The connection still works.
        QCOMPARE(db->fetchRows(g, r, CancelToken()).cells.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestSqliteCatalogLoader)
#include "tst_sqlitecatalogloader.moc"
