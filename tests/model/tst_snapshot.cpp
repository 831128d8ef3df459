// SPDX-License-Identifier: Apache-2.0
// The snapshot format: lossless round trip (live databases and datasets), the documented field
// spellings, and clear BadInput errors for malformed files.
#include "pg/pgcatalogloader.h"
#include "core/error.h"
#include "snapshot/snapshot.h"
#include "snapshot/snapshotloader.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

class TestSnapshot : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_db;
    SchemaGraph m_graph;

    static Error readError(const QByteArray &json)
    {
        try {
            snapshot::read(json, QStringLiteral("bad.json"));
        } catch (const Error &e) {
            return e;
        }
        return Error(ErrorKind::DatabaseError, QStringLiteral("no error was raised"));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::ScratchDatabase>(QStringLiteral("fk_snapshot"));
        m_db->execFile(QStringLiteral(FKSCOPE_TEST_DATA "/pg-traps.sql"));
        m_graph = PgCatalogLoader(m_db->conninfo()).load(LoadOptions());
    }

    void cleanupTestCase() { m_db.reset(); }

    void roundTripIsLossless()
    {
        const QByteArray first = snapshot::write(m_graph);
        const SchemaGraph back = snapshot::read(first);
        QCOMPARE(back.tables().size(), m_graph.tables().size());
        for (int i = 0; i < m_graph.tables().size(); ++i)
            QVERIFY2(back.table(i) == m_graph.table(i), qPrintable(m_graph.table(i).name));
        for (int i = 0; i < m_graph.foreignKeys().size(); ++i)
            QVERIFY2(back.foreignKey(i) == m_graph.foreignKey(i), qPrintable(m_graph.foreignKey(i).name));
        QVERIFY(back == m_graph);
        QCOMPARE(snapshot::write(back), first);
        QCOMPARE(snapshot::read(snapshot::write(m_graph, true)), m_graph);
    }

    void roundTripOfEveryDataset_data()
    {
        test::addDatasetRows();
    }

    void roundTripOfEveryDataset()
    {
        QFETCH(QString, database);
        const SchemaGraph g = PgCatalogLoader(test::conninfoFor(database)).load(LoadOptions());
        QVERIFY(snapshot::read(snapshot::write(g)) == g);
    }

    void documentedFieldSpellings()
    {
        const QJsonObject root = QJsonDocument::fromJson(snapshot::write(m_graph)).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("fkscope-snapshot"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject source = root.value(QLatin1String("source")).toObject();
        QCOMPARE(source.value(QLatin1String("engine")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(source.value(QLatin1String("database")).toString(), QStringLiteral("fk_snapshot"));
        QVERIFY(source.contains(QLatin1String("server_version")));

        QJsonObject orders, pairs;
        for (const QJsonValue &t : root.value(QLatin1String("tables")).toArray()) {
            if (t[QLatin1String("name")] == QLatin1String("orders"))
                orders = t.toObject();
        }
        for (const char *key : {"schema", "name", "kind", "partition_of", "estimated_rows", "columns",
                                   "primary_key", "unique", "indexes", "checks", "triggers"})
            QVERIFY2(orders.contains(QLatin1String(key)), key);
        QCOMPARE(orders.value(QLatin1String("triggers")).toArray().first().toString(), QStringLiteral("audit_trg"));
        const QJsonObject firstColumn = orders.value(QLatin1String("columns")).toArray().first().toObject();
        QCOMPARE(firstColumn.value(QLatin1String("name")).toString(), QStringLiteral("id"));
        QCOMPARE(firstColumn.value(QLatin1String("type")).toString(), QStringLiteral("bigint"));
        QCOMPARE(firstColumn.value(QLatin1String("not_null")).toBool(), true);
        QVERIFY(firstColumn.value(QLatin1String("default")).isNull());

        for (const QJsonValue &fk : root.value(QLatin1String("foreign_keys")).toArray()) {
            if (fk[QLatin1String("name")] == QLatin1String("pairs_fk"))
                pairs = fk.toObject();
        }
        QCOMPARE(pairs.value(QLatin1String("schema")).toString(), QStringLiteral("public"));
        QCOMPARE(pairs.value(QLatin1String("table")).toString(), QStringLiteral("pairs"));
        QCOMPARE(pairs.value(QLatin1String("ref_schema")).toString(), QStringLiteral("other"));
        QCOMPARE(pairs.value(QLatin1String("ref_table")).toString(), QStringLiteral("parent2"));
        QCOMPARE(pairs.value(QLatin1String("columns")).toArray(), (QJsonArray{QStringLiteral("pb"), QStringLiteral("pa")}));
        QCOMPARE(pairs.value(QLatin1String("ref_columns")).toArray(), (QJsonArray{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(pairs.value(QLatin1String("on_delete")).toString(), QStringLiteral("cascade"));
        QCOMPARE(pairs.value(QLatin1String("on_update")).toString(), QStringLiteral("set_null"));
        QCOMPARE(pairs.value(QLatin1String("match")).toString(), QStringLiteral("full"));
        QCOMPARE(pairs.value(QLatin1String("deferrable")).toBool(), false);
        QCOMPARE(pairs.value(QLatin1String("validated")).toBool(), true);
        QVERIFY(pairs.value(QLatin1String("set_columns")).isNull());
    }

    void snapshotLoaderAppliesSchemaFilters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("traps.json"));
        snapshot::writeFile(m_graph, path);
        QCOMPARE(SnapshotLoader(path).load(LoadOptions()), m_graph);
        LoadOptions options;
        options.includeSchemas = {QStringLiteral("other")};
        const SchemaGraph live = PgCatalogLoader(m_db->conninfo()).load(options);
        const SchemaGraph fromFile = SnapshotLoader(path).load(options);
        QCOMPARE(fromFile.tables().size(), live.tables().size());
        QCOMPARE(fromFile.foreignKeys().size(), live.foreignKeys().size());
        QCOMPARE(fromFile.stats().externalTables, live.stats().externalTables);
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("phrase");
        const QByteArray head = R"({"format": "fkscope-snapshot", "version": 1, "source": {"engine": "postgresql"}, )";
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON at byte");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("other format") << QByteArray(R"({"format": "other"})") << QStringLiteral("format: expected");
        QTest::newRow("future version")
            << QByteArray(R"({"format": "fkscope-snapshot", "version": 9})") << QStringLiteral("version 9 is not supported");
        QTest::newRow("tables missing") << head + R"("foreign_keys": []})" << QStringLiteral("tables: expected an array");
        QTest::newRow("column without type")
            << head + R"("tables": [{"schema": "s", "name": "t", "kind": "table", "columns": [{"name": "a", "not_null": false}]}], "foreign_keys": []})"
            << QStringLiteral("tables[0].columns[0].type: expected a string");
        QTest::newRow("unknown kind")
            << head + R"("tables": [{"schema": "s", "name": "t", "kind": "view", "columns": []}], "foreign_keys": []})"
            << QStringLiteral("tables[0].kind: expected table, partitioned_table or foreign_table");
        QTest::newRow("duplicate table")
            << head + R"("tables": [{"schema": "s", "name": "t", "kind": "table", "columns": []}, {"schema": "s", "name": "t", "kind": "table", "columns": []}], "foreign_keys": []})"
            << QStringLiteral("tables[1]: expected a table name not used before");
        const QByteArray table = R"("tables": [{"schema": "s", "name": "t", "kind": "table", "columns": [{"name": "a", "type": "int", "not_null": false}]}], )";
        QTest::newRow("fk to unknown table")
            << head + table + R"("foreign_keys": [{"name": "f", "schema": "s", "table": "t", "columns": ["a"], "ref_schema": "s", "ref_table": "nope", "ref_columns": ["a"], "on_delete": "cascade", "on_update": "no_action", "match": "simple"}]})"
            << QStringLiteral("foreign_keys[0].ref_table: expected a table listed");
        QTest::newRow("bad rule")
            << head + table + R"("foreign_keys": [{"name": "f", "schema": "s", "table": "t", "columns": ["a"], "ref_schema": "s", "ref_table": "t", "ref_columns": ["a"], "on_delete": "CASCADE", "on_update": "no_action", "match": "simple"}]})"
            << QStringLiteral("foreign_keys[0].on_delete: expected cascade, set_null");
        QTest::newRow("column count mismatch")
            << head + table + R"("foreign_keys": [{"name": "f", "schema": "s", "table": "t", "columns": ["a"], "ref_schema": "s", "ref_table": "t", "ref_columns": ["a", "b"], "on_delete": "cascade", "on_update": "no_action", "match": "simple"}]})"
            << QStringLiteral("foreign_keys[0].ref_columns: expected as many columns");
    }

    void malformedInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, phrase);
        const Error e = readError(json);
        QCOMPARE(toString(e.kind()), toString(ErrorKind::BadInput));
        QVERIFY2(e.summary().contains(phrase), qPrintable(e.summary()));
        QVERIFY(e.summary().startsWith(QLatin1String("bad.json: ")));
        QCOMPARE(exitCodeFor(e.kind()), 5);
    }

    void missingFile()
    {
        try {
            snapshot::readFile(QStringLiteral("/nonexistent/x.json"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QCOMPARE(toString(e.kind()), toString(ErrorKind::BadInput));
            QVERIFY(e.summary().contains(QLatin1String("/nonexistent/x.json")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
