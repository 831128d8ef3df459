// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL loader against a real server: every catalog trap of tests/data/pg-traps.sql,
// schema selection, privileges, and every shared real-world dataset against the catalog's own counts.
#include "lint/lint.h"
#include "pg/pgcatalogloader.h"
#include "pg/pgconnection.h"
#include "testserver.h"

#include <QtTest>

#include <pqxx/nontransaction>
#include <pqxx/result>

#include <memory>

using namespace fkscope;

namespace {

const ForeignKey *findFk(const SchemaGraph &g, const QString &name)
{
    for (const ForeignKey &fk : g.foreignKeys()) {
        if (fk.name == name)
            return &fk;
    }
    return nullptr;
}

QStringList refNames(const QList<TableRef> &refs)
{
    QStringList out;
    for (const TableRef &r : refs)
        out << qualifiedName(r);
    return out;
}

} // namespace

class TestPgCatalogLoader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_db;
    SchemaGraph m_graph;

    const Table &table(const QString &schema, const QString &name)
    {
        const TableId id = m_graph.findTable(schema, name);
        if (id == kInvalidId)
            qFatal("table %s.%s not loaded", qPrintable(schema), qPrintable(name));
        return m_graph.table(id);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_traps"));
        m_db->execFile(QStringLiteral(FKSCOPE_TEST_DATA "/pg-traps.sql"));
        m_graph = PgCatalogLoader(m_db->conninfo()).load(LoadOptions());
    }

    void cleanupTestCase() { m_db.reset(); }

    void sourceInfo()
    {
        QCOMPARE(m_graph.source().engine, QStringLiteral("postgresql"));
        QCOMPARE(m_graph.source().database, QStringLiteral("fk_traps"));
        QVERIFY(m_graph.source().serverVersion.startsWith(QLatin1String("1")));
    }

    void tablesAsDeclared()
    {
        QStringList names;
        for (const Table &t : m_graph.tables())
            names << qualifiedName(t.ref());
        const QStringList expected{
            QStringLiteral("\"Sales & Co\".\"Customer \"\"Main\"\"\""),
            QStringLiteral("other.parent2"),
            QStringLiteral("other.\"weird.name ü\""),
            QStringLiteral("public.animals"),
            QStringLiteral("public.docrefs"),
            QStringLiteral("public.docs"),
            QStringLiteral("public.dogs"),
            QStringLiteral("public.event_notes"),
            QStringLiteral("public.events"),
            QStringLiteral("public.events_2024"),
            QStringLiteral("public.events_2025"),
            QStringLiteral("public.nodes"),
            QStringLiteral("public.orders"),
            QStringLiteral("public.pairs"),
            QStringLiteral("public.refs_weird"),
            QStringLiteral("public.remote_things"),
            QStringLiteral("public.shipments"),
            QStringLiteral("public.tenants"),
        };
        QCOMPARE(names, expected);
        const GraphStats s = m_graph.stats();
        QCOMPARE(s.tables, 16);
        QCOMPARE(s.partitions, 2);
        QCOMPARE(s.partitionedTables, 1);
        QCOMPARE(s.foreignTables, 1);
        QCOMPARE(s.externalTables, 0);
    }

    void identifiersKeptExactly()
    {
        const Table &c = table(QStringLiteral("Sales & Co"), QStringLiteral("Customer \"Main\""));
        QCOMPARE(c.comment, QStringLiteral("Customers, with a quoted name"));
        QCOMPARE(c.columns.size(), 3);
        QCOMPARE(c.columns[0].name, QStringLiteral("Id"));
        QCOMPARE(c.columns[0].comment, QStringLiteral("surrogate key"));
        QCOMPARE(c.columns[1].name, QStringLiteral("e-mail"));
        QCOMPARE(c.columns[2].name, QStringLiteral("région"));
        QCOMPARE(c.primaryKey, QStringList{QStringLiteral("Id")});
        QCOMPARE(c.uniqueConstraints.size(), 1);
        QCOMPARE(c.uniqueConstraints[0].columns, QStringList{QStringLiteral("e-mail")});
        const Table &w = table(QStringLiteral("other"), QStringLiteral("weird.name ü"));
        QCOMPARE(w.primaryKey, QStringList{QStringLiteral("col \"q\"")});
    }

    void columnsInTableOrderWithoutDropped()
    {
        const Table &o = table(QStringLiteral("public"), QStringLiteral("orders"));
        QStringList names;
        for (const Column &c : o.columns)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("id"), QStringLiteral("customer_email"), QStringLiteral("total"),
                                     QStringLiteral("status"), QStringLiteral("note"), QStringLiteral("total_cents")}));
        QCOMPARE(o.columns[0].type, QStringLiteral("bigint"));
        QCOMPARE(o.columns[0].identity, QStringLiteral("always"));
        QVERIFY(o.columns[0].notNull);
        QCOMPARE(o.columns[2].type, QStringLiteral("numeric(10,2)"));
        QCOMPARE(o.columns[3].defaultExpr, std::optional<QString>(QStringLiteral("'new'::text")));
        QVERIFY(o.columns[3].notNull);
        QCOMPARE(o.columns[4].type, QStringLiteral("character varying(40)"));
        QCOMPARE(o.columns[4].defaultExpr, std::nullopt);
        QVERIFY(!o.columns[5].generated.isEmpty());
        QCOMPARE(o.columns[5].defaultExpr, std::nullopt);
    }

    void checksIndexesTriggersRulesPolicies()
    {
        const Table &o = table(QStringLiteral("public"), QStringLiteral("orders"));
        QCOMPARE(o.checks.size(), 2);
        QCOMPARE(o.checks[0].name, QStringLiteral("total_positive"));
        QCOMPARE(o.checks[0].expression, QStringLiteral("total >= 0::numeric"));
        QVERIFY(o.checks[0].validated);
        QCOMPARE(o.checks[1].name, QStringLiteral("total_small"));
        QVERIFY(!o.checks[1].validated);
        QCOMPARE(o.triggers, QStringList{QStringLiteral("audit_trg")});

        QCOMPARE(o.indexes.size(), 3);
        QCOMPARE(o.indexes[0].name, QStringLiteral("orders_partial"));
        QVERIFY(o.indexes[0].partial);
        QCOMPARE(o.indexes[1].name, QStringLiteral("orders_pkey"));
        QVERIFY(o.indexes[1].primary);
        QCOMPARE(o.indexes[2].name, QStringLiteral("orders_status_lower"));
        QCOMPARE(o.indexes[2].columns, (QStringList{QStringLiteral("lower(status)"), QStringLiteral("id")}));
        QVERIFY(o.indexes[2].unique);

        QCOMPARE(table(QStringLiteral("public"), QStringLiteral("nodes")).rules,
                 QStringList{QStringLiteral("nodes_keep_roots")});
        const Table &docs = table(QStringLiteral("public"), QStringLiteral("docs"));
        QVERIFY(docs.rowSecurity);
        QCOMPARE(docs.policies, QStringList{QStringLiteral("tenant_policy")});
        // Foreign-key triggers are internal and never listed.
        QVERIFY(table(QStringLiteral("public"), QStringLiteral("tenants")).triggers.isEmpty());
    }

    void partitionedTableIsOneTableListingItsPartitions()
    {
        const Table &e = table(QStringLiteral("public"), QStringLiteral("events"));
        QCOMPARE(toString(e.kind), toString(TableKind::PartitionedTable));
        QCOMPARE(refNames(e.partitions),
                 (QStringList{QStringLiteral("public.events_2024"), QStringLiteral("public.events_2025")}));
        const Table &p = table(QStringLiteral("public"), QStringLiteral("events_2024"));
        QVERIFY(p.partitionOf.has_value());
        QCOMPARE(qualifiedName(*p.partitionOf), QStringLiteral("public.events"));
        QCOMPARE(toString(table(QStringLiteral("public"), QStringLiteral("remote_things")).kind), toString(TableKind::ForeignTable));
    }

    void foreignKeysAsDeclared_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("child");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QStringList>("refColumns");
        QTest::addColumn<QString>("onDelete");
        QTest::addColumn<QString>("onUpdate");
        QTest::addColumn<QString>("match");
        QTest::addColumn<bool>("deferrable");
        QTest::addColumn<bool>("deferred");
        QTest::addColumn<bool>("validated");
        using L = QStringList;
        auto s = [](const char *t) { return QString::fromUtf8(t); };
        QTest::newRow("composite in pair order, MATCH FULL, cross-schema")
            << s("pairs_fk") << s("public.pairs") << L{s("pb"), s("pa")} << s("other.parent2") << L{s("b"), s("a")}
            << s("cascade") << s("set_null") << s("full") << false << false << true;
        QTest::newRow("to a UNIQUE key, quoted parent")
            << s("orders_customer_email_fkey") << s("public.orders") << L{s("customer_email")}
            << s("\"Sales & Co\".\"Customer \"\"Main\"\"\"") << L{s("e-mail")} << s("set_null") << s("no_action")
            << s("simple") << false << false << true;
        QTest::newRow("deferrable initially deferred")
            << s("shipments_order_fk") << s("public.shipments") << L{s("order_id")} << s("public.orders")
            << L{s("id")} << s("no_action") << s("no_action") << s("simple") << true << true << true;
        QTest::newRow("set default, not valid")
            << s("shipments_tenant_fk") << s("public.shipments") << L{s("tenant_id")} << s("public.tenants")
            << L{s("id")} << s("set_default") << s("no_action") << s("simple") << false << false << false;
        QTest::newRow("restrict to non-ASCII, dotted name")
            << s("refs_weird_w_fkey") << s("public.refs_weird") << L{s("w")} << s("other.\"weird.name ü\"")
            << L{s("col \"q\"")} << s("restrict") << s("cascade") << s("simple") << false << false << true;
        QTest::newRow("self reference") << s("nodes_parent_id_fkey") << s("public.nodes") << L{s("parent_id")}
                                        << s("public.nodes") << L{s("id")} << s("cascade") << s("no_action")
                                        << s("simple") << false << false << true;
        QTest::newRow("declared on a partitioned table")
            << s("events_customer_id_fkey") << s("public.events") << L{s("customer_id")}
            << s("\"Sales & Co\".\"Customer \"\"Main\"\"\"") << L{s("Id")} << s("cascade") << s("no_action")
            << s("simple") << false << false << true;
        QTest::newRow("referencing a partitioned table")
            << s("event_notes_event_id_event_at_fkey") << s("public.event_notes") << L{s("event_id"), s("event_at")}
            << s("public.events") << L{s("id"), s("at")} << s("cascade") << s("no_action") << s("simple") << false
            << false << true;
    }

    void foreignKeysAsDeclared()
    {
        QFETCH(QString, name);
        const ForeignKey *fk = findFk(m_graph, name);
        QVERIFY2(fk, qPrintable(name));
        QFETCH(QString, child);
        QFETCH(QStringList, columns);
        QFETCH(QString, parent);
        QFETCH(QStringList, refColumns);
        QFETCH(QString, onDelete);
        QFETCH(QString, onUpdate);
        QFETCH(QString, match);
        QFETCH(bool, deferrable);
        QFETCH(bool, deferred);
        QFETCH(bool, validated);
        QCOMPARE(qualifiedName(m_graph.table(fk->child).ref()), child);
        QCOMPARE(fk->columns, columns);
        QCOMPARE(qualifiedName(m_graph.table(fk->parent).ref()), parent);
        QCOMPARE(fk->refColumns, refColumns);
        QCOMPARE(toString(fk->onDelete), onDelete);
        QCOMPARE(toString(fk->onUpdate), onUpdate);
        QCOMPARE(toString(fk->match), match);
        QCOMPARE(fk->deferrable, deferrable);
        QCOMPARE(fk->deferred, deferred);
        QCOMPARE(fk->validated, validated);
    }

    void setNullColumnList()
    {
        const ForeignKey *fk = findFk(m_graph, QStringLiteral("docrefs_doc_fk"));
        QVERIFY(fk);
        QCOMPARE(toString(fk->onDelete), toString(FkAction::SetNull));
        QCOMPARE(fk->setColumns, std::optional<QStringList>(QStringList{QStringLiteral("doc_id")}));
        QCOMPARE(fk->deleteSetColumns(), QStringList{QStringLiteral("doc_id")});
        QCOMPARE(findFk(m_graph, QStringLiteral("orders_customer_email_fkey"))->setColumns, std::nullopt);
    }

    void partitionClonesFoldedIntoDeclaredConstraint()
    {
        // Declared FKs only: 11, though pg_constraint holds 15 rows with contype 'f'.
        QCOMPARE(m_graph.foreignKeys().size(), 11);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f'")),
                 QStringLiteral("15"));
        const ForeignKey *on = findFk(m_graph, QStringLiteral("events_customer_id_fkey"));
        QCOMPARE(on->clones.size(), 2);
        QCOMPARE(qualifiedName(on->clones[0].table), QStringLiteral("public.events_2024"));
        QCOMPARE(qualifiedName(on->clones[1].table), QStringLiteral("public.events_2025"));
        const ForeignKey *to = findFk(m_graph, QStringLiteral("event_notes_event_id_event_at_fkey"));
        QCOMPARE(to->clones.size(), 2);
        QCOMPARE(to->clones[0].name, QStringLiteral("event_notes_event_id_event_at_fkey1"));
        QCOMPARE(qualifiedName(to->clones[0].table), QStringLiteral("public.event_notes"));
    }

    void inheritanceChildrenGetNoForeignKeys()
    {
        const TableId dogs = m_graph.findTable(QStringLiteral("public"), QStringLiteral("dogs"));
        QCOMPARE(refNames(m_graph.table(dogs).inheritsFrom), QStringList{QStringLiteral("public.animals")});
        QVERIFY(m_graph.outgoing(dogs).isEmpty());
        const TableId animals = m_graph.findTable(QStringLiteral("public"), QStringLiteral("animals"));
        QCOMPARE(m_graph.outgoing(animals).size(), 1);
    }

    void adjacency()
    {
        const TableId tenants = m_graph.findTable(QStringLiteral("public"), QStringLiteral("tenants"));
        QStringList incoming;
        for (ForeignKeyId id : m_graph.incoming(tenants))
            incoming << m_graph.foreignKey(id).name;
        incoming.sort();
        QCOMPARE(incoming, (QStringList{QStringLiteral("animals_owner_id_fkey"), QStringLiteral("docs_tenant_id_fkey"),
                                        QStringLiteral("shipments_tenant_fk")}));
        const ForeignKeyId docrefs = static_cast<ForeignKeyId>(
            findFk(m_graph, QStringLiteral("docrefs_doc_fk")) - m_graph.foreignKeys().constData());
        QVERIFY(m_graph.isIndexed(docrefs)); // (doc_id, tenant_id) covers (tenant_id, doc_id) in any order
        const ForeignKeyId pairs = static_cast<ForeignKeyId>(
            findFk(m_graph, QStringLiteral("pairs_fk")) - m_graph.foreignKeys().constData());
        QVERIFY(!m_graph.isIndexed(pairs));
    }

    void schemaSelection_data()
    {
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<int>("chosen");
        QTest::addColumn<int>("external");
        QTest::addColumn<int>("fks");
        QTest::newRow("other only: linked public tables come in as external")
            << QStringList{QStringLiteral("other")} << QStringList{} << 2 << 2 << 2;
        QTest::newRow("glob with a special character")
            << QStringList{QStringLiteral("Sales & *")} << QStringList{} << 1 << 2 << 2;
        QTest::newRow("exclude public") << QStringList{} << QStringList{QStringLiteral("public")} << 3 << 4 << 4;
        QTest::newRow("no such schema") << QStringList{QStringLiteral("nope")} << QStringList{} << 0 << 0 << 0;
    }

    void schemaSelection()
    {
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        QFETCH(int, chosen);
        QFETCH(int, external);
        QFETCH(int, fks);
        LoadOptions options;
        options.includeSchemas = include;
        options.excludeSchemas = exclude;
        const SchemaGraph g = PgCatalogLoader(m_db->conninfo()).load(options);
        int ext = 0;
        for (const Table &t : g.tables())
            ext += t.external ? 1 : 0;
        QCOMPARE(g.tables().size() - ext, chosen);
        QCOMPARE(ext, external);
        QCOMPARE(g.foreignKeys().size(), fks);
    }

    void needsNoSuperuserNorTablePrivileges()
    {
        test::execAdmin(QStringLiteral("DROP ROLE IF EXISTS fk_reader; CREATE ROLE fk_reader LOGIN"));
        const SchemaGraph g = PgCatalogLoader(m_db->conninfo(QStringLiteral("user=fk_reader"))).load(LoadOptions());
        QCOMPARE(g.source().user, QStringLiteral("fk_reader"));
        QCOMPARE(g.tables().size(), m_graph.tables().size());
        QCOMPARE(g.foreignKeys(), m_graph.foreignKeys());
    }

    void progressReportsEveryStep()
    {
        LoadOptions options;
        QStringList steps;
        int lastTotal = 0;
        options.progress = [&](int done, int total, const QString &step) {
            steps << QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(step);
            lastTotal = total;
        };
        PgCatalogLoader(m_db->conninfo()).load(options);
        QCOMPARE(steps.size(), lastTotal + 1);
        QCOMPARE(steps.last(), QStringLiteral("%1/%1 done").arg(lastTotal));
    }

    // Every shared real-world schema: table count, declared FK count and the ON DELETE breakdown
    // equal what the catalog itself says.
    void datasetsMatchCatalogCounts_data()
    {
        test::addDatasetRows();
    }

    void datasetsMatchCatalogCounts()
    {
        QFETCH(QString, database);
        const QString conninfo = test::conninfoFor(database);
        const SchemaGraph g = PgCatalogLoader(conninfo).load(LoadOptions());
        const GraphStats s = g.stats();

        PgConnection c(conninfo);
        pqxx::nontransaction tx(c.raw());
        const pqxx::row tables = tx.exec1(R"SQL(
            SELECT count(*) FILTER (WHERE NOT c.relispartition), count(*) FILTER (WHERE c.relispartition)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname !~ '^pg_toast'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                              AND d.objid = c.oid AND d.deptype = 'e'))SQL");
        QCOMPARE(s.tables, tables[0].as<int>());
        QCOMPARE(s.partitions, tables[1].as<int>());
        QCOMPARE(s.externalTables, 0);

        const pqxx::result rules = tx.exec(R"SQL(
            SELECT confdeltype, count(*) FROM pg_constraint
            WHERE contype = 'f' AND conparentid = 0 GROUP BY confdeltype)SQL");
        int total = 0;
        std::array<int, 5> expected{};
        for (const pqxx::row &r : rules) {
            const auto action = fkActionFromPgCode(r[0].c_str()[0]);
            QVERIFY(action.has_value());
            expected[static_cast<std::size_t>(*action)] = r[1].as<int>();
            total += r[1].as<int>();
        }
        QCOMPARE(s.foreignKeys, total);
        QCOMPARE(s.onDelete, expected);

        // fkscope lint's fk-without-index against the catalog asked directly: keys (not partition
        // copies, not on foreign tables) with no valid, non-partial index whose leading key columns
        // are the key's columns in any order.
        const int unindexed = tx.exec1(R"SQL(
            SELECT count(*) FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
            WHERE c.contype = 'f' AND c.conparentid = 0 AND r.relkind <> 'f'
              AND NOT EXISTS (
                SELECT 1 FROM pg_index i
                WHERE i.indrelid = c.conrelid AND i.indisvalid AND i.indpred IS NULL
                  AND i.indnkeyatts >= cardinality(c.conkey)
                  AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] OPERATOR(pg_catalog.@>) c.conkey
                  AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] OPERATOR(pg_catalog.<@) c.conkey))SQL")[0].as<int>();
        const QList<LintFinding> findings = lintGraph(g, SchemaDialect(), {QStringLiteral("fk-without-index")});
        qInfo("%s: %d keys without an index", qPrintable(database), unindexed);
        QCOMPARE(static_cast<int>(findings.size()), unindexed);
    }
};

QTEST_GUILESS_MAIN(TestPgCatalogLoader)
#include "tst_pgcatalogloader.moc"
