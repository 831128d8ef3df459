// SPDX-License-Identifier: Apache-2.0
// The deletion plan: statement order (the robots / script_reference / event_trigger_setting /
// event_trigger example of the impact issue), self references, multi-table cycles refused, and the
// script really runs: executed in a rolled-back transaction, it deletes what the simulation says.
#include "pg/pgcatalogloader.h"
#include "pg/pgconnection.h"
#include "impact/deleteplan.h"
#include "pg/pgplandialect.h"
#include "pg/pgimpactengine.h"
#include "testserver.h"

#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <QtTest>

using namespace fkscope;

class TestPgDeletePlan : public QObject
{
    Q_OBJECT

private:
    struct Planned
    {
        DeletePlanScript script;
        QStringList order;
    };

    Planned plan(const test::ScratchDatabase &db, const QString &table, const QString &where)
    {
        PgConnection connection(db.conninfo());
        const SchemaGraph graph = PgCatalogLoader(connection).load(LoadOptions());
        ImpactRequest request;
        request.table = {QStringLiteral("public"), table};
        request.where = where;
        Planned p;
        p.script = buildDeletePlan(graph, request, PgPlanDialect(connection.raw()));
        for (TableId t : p.script.order)
            p.order << graph.table(t).name;
        return p;
    }

    // Runs the script with ROLLBACK for COMMIT and returns the row counts of `tables` after it.
    QList<int> runScript(const test::ScratchDatabase &db, const QString &script, const QStringList &tables)
    {
        pqxx::connection c(db.conninfo().toStdString());
        pqxx::nontransaction tx(c);
        QString sql = script;
        sql.replace(QStringLiteral("\nCOMMIT;"), QString());
        tx.exec(sql.toStdString()); // BEGIN ... (no COMMIT): the session's transaction stays open
        QList<int> counts;
        for (const QString &t : tables)
            counts << tx.exec1(QStringLiteral("SELECT count(*) FROM %1").arg(t).toStdString())[0].as<int>();
        tx.exec("ROLLBACK");
        return counts;
    }

private slots:
    void robotsExample()
    {
        test::ScratchDatabase db(QStringLiteral("fk_plan_robots"));
        db.exec(QStringLiteral(
            "CREATE TABLE robots (id int PRIMARY KEY);"
            "CREATE TABLE script_reference (id int PRIMARY KEY, robot_id int REFERENCES robots ON DELETE CASCADE,"
            "  archived boolean NOT NULL DEFAULT false);"
            "CREATE TABLE event_trigger_setting (id int PRIMARY KEY, script_reference_id int REFERENCES script_reference);"
            "CREATE TABLE event_trigger (id int PRIMARY KEY, script_reference_id int REFERENCES script_reference,"
            "  setting_id int REFERENCES event_trigger_setting);"
            "INSERT INTO robots VALUES (1);"
            "INSERT INTO script_reference VALUES (1, 1, true), (2, 1, false), (3, 1, true);"
            "INSERT INTO event_trigger_setting VALUES (1, 1), (2, 2), (3, 3);"
            // trigger 3 belongs to a kept script but uses the setting of an archived one
            "INSERT INTO event_trigger VALUES (1, 1, 1), (2, 2, 2), (3, 2, 3), (4, 3, 3);"));
        const Planned p = plan(db, QStringLiteral("script_reference"), QStringLiteral("archived"));
        QCOMPARE(p.order, (QStringList{QStringLiteral("event_trigger"), QStringLiteral("event_trigger_setting"),
                                       QStringLiteral("script_reference")}));
        QVERIFY(p.script.sql.startsWith(QLatin1String("-- fkscope deletion plan")));
        QVERIFY(p.script.sql.contains(QLatin1String("\nBEGIN;\n")));
        QVERIFY(p.script.sql.trimmed().endsWith(QLatin1String("COMMIT;")));
        const QList<int> after = runScript(db, p.script.sql,
                                           {QStringLiteral("script_reference"), QStringLiteral("event_trigger_setting"),
                                            QStringLiteral("event_trigger")});
        QCOMPARE(after, (QList<int>{1, 1, 1})); // only script 2 with its setting 2 and trigger 2 remain
    }

    void selfReferenceAndCascadeChild()
    {
        test::ScratchDatabase db(QStringLiteral("fk_plan_tree"));
        db.exec(QStringLiteral(
            "CREATE TABLE nodes (id int PRIMARY KEY, parent_id int REFERENCES nodes ON DELETE RESTRICT);"
            "CREATE TABLE owners (id int PRIMARY KEY);"
            "CREATE TABLE items (id int PRIMARY KEY, owner_id int REFERENCES owners ON DELETE CASCADE);"
            "CREATE TABLE holds (id int PRIMARY KEY, item_id int REFERENCES items ON DELETE RESTRICT,"
            "  node_id int REFERENCES nodes);"
            "INSERT INTO nodes VALUES (1, NULL), (2, 1), (3, 2), (4, NULL);"
            "INSERT INTO owners VALUES (1), (2); INSERT INTO items VALUES (1, 1), (2, 2);"
            "INSERT INTO holds VALUES (1, 1, 4), (2, 2, 3);"));
        // Deleting node 1 needs its subtree (RESTRICT self reference) and the holds on it first.
        const Planned tree = plan(db, QStringLiteral("nodes"), QStringLiteral("id = 1"));
        QCOMPARE(tree.order, (QStringList{QStringLiteral("holds"), QStringLiteral("nodes")}));
        QCOMPARE(runScript(db, tree.script.sql, {QStringLiteral("nodes"), QStringLiteral("holds")}),
                 (QList<int>{1, 1}));
        // Deleting owner 1 cascades to item 1, which hold 1 blocks: the hold goes first.
        const Planned owner = plan(db, QStringLiteral("owners"), QStringLiteral("id = 1"));
        QCOMPARE(owner.order, (QStringList{QStringLiteral("holds"), QStringLiteral("owners")}));
        QCOMPARE(runScript(db, owner.script.sql, {QStringLiteral("items"), QStringLiteral("holds")}), (QList<int>{1, 1}));
    }

    void multiTableCycleIsRefused()
    {
        test::ScratchDatabase db(QStringLiteral("fk_plan_cycle"));
        db.exec(QStringLiteral(
            "CREATE TABLE a (id int PRIMARY KEY, b_id int); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
            "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;"));
        try {
            plan(db, QStringLiteral("a"), QStringLiteral("true"));
            QFAIL("expected the cycle to be refused");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), QStringLiteral("unsupported"));
            QVERIFY2(e.summary().contains(QLatin1String("cycle")), qPrintable(e.summary()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPgDeletePlan)
#include "tst_pgdeleteplan.moc"
