// SPDX-License-Identifier: Apache-2.0
// The diff of two graphs, each read from PostgreSQL DDL offline: every key property, renames, moved
// targets, the column changes that alter a key, tables, and what the changes do to deletes.
// Rows of plain string literals read best here.
#undef QT_NO_CAST_FROM_ASCII

#include "diff/diffreport.h"
#include "diff/schemadiff.h"
#include "pg/pgddlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fkscope;

namespace {

const char *const kBase = "CREATE TABLE p (id int PRIMARY KEY, u int UNIQUE, v int UNIQUE);\n"
                          "CREATE TABLE q (id int PRIMARY KEY);\n"
                          "CREATE TABLE c (id int PRIMARY KEY, p_id int, p_u int, q_id int DEFAULT 7);\n";

SchemaGraph read(const QString &sql)
{
    PgDdlReader reader{SchemaGraph()};
    reader.apply((QString::fromLatin1(kBase) + sql).toUtf8(), QStringLiteral("case.sql"));
    return reader.graph();
}

} // namespace

class TestSchemaDiff : public QObject
{
    Q_OBJECT

private slots:
    void keyChanges_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("sentence"); // the first line on deletes, if any

        const QString fk = QStringLiteral("ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p");
        QTest::newRow("same") << fk << fk << "" << QStringList() << "";
        QTest::newRow("on delete") << fk << fk + " ON DELETE SET NULL" << "changed" << QStringList{"on_delete"}
                                   << "deleting public.p now sets c.p_id to NULL (was: blocked by NO ACTION)";
        QTest::newRow("restrict to cascade") << fk + " ON DELETE RESTRICT" << fk + " ON DELETE CASCADE" << "changed" << QStringList{"on_delete"}
                                             << "deleting public.p now deletes the referencing rows of public.c (was: blocked by RESTRICT)";
        QTest::newRow("cascade to no action") << fk + " ON DELETE CASCADE" << fk << "changed" << QStringList{"on_delete"}
                                              << "deleting public.p now fails (NO ACTION) while rows of public.c reference it (was: deleted the referencing rows of public.c)";
        QTest::newRow("on update") << fk << fk + " ON UPDATE CASCADE" << "changed" << QStringList{"on_update"} << "";
        QTest::newRow("match") << fk << fk + " MATCH FULL" << "changed" << QStringList{"match"} << "";
        QTest::newRow("deferrable") << fk << fk + " DEFERRABLE" << "changed" << QStringList{"deferrable"} << "";
        QTest::newRow("deferred") << fk + " DEFERRABLE" << fk + " DEFERRABLE INITIALLY DEFERRED" << "changed" << QStringList{"deferred"} << "";
        QTest::newRow("not valid") << fk << fk + " NOT VALID" << "changed" << QStringList{"validated"} << "";
        QTest::newRow("set columns") << "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id, p_u) REFERENCES p (id, u) ON DELETE SET NULL"
                                     << "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id, p_u) REFERENCES p (id, u) ON DELETE SET NULL (p_u)"
                                     << "changed" << QStringList{"set_columns"} << "deleting public.p now sets c.p_u to NULL (was: set c.p_id, c.p_u to NULL)";
        QTest::newRow("rename") << fk << "ALTER TABLE c ADD CONSTRAINT c_parent FOREIGN KEY (p_id) REFERENCES p" << "renamed" << QStringList{"name"} << "";
        QTest::newRow("rename and rule") << fk << "ALTER TABLE c ADD CONSTRAINT c_parent FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE"
                                         << "renamed" << QStringList{"name", "on_delete"}
                                         << "deleting public.p now deletes the referencing rows of public.c (was: blocked by NO ACTION)";
        QTest::newRow("target moved") << fk << "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES q" << "changed" << QStringList{"ref_table"}
                                      << "deleting public.q now fails (NO ACTION) while rows of public.c reference it";
        QTest::newRow("referenced column") << fk << "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p (u)" << "changed"
                                           << QStringList{"ref_columns"} << "deleting public.p now fails (NO ACTION) while rows of public.c reference it (was: blocked by NO ACTION)";
        QTest::newRow("added") << "" << fk << "added" << QStringList() << "deleting public.p now fails (NO ACTION) while rows of public.c reference it (new key)";
        QTest::newRow("removed") << fk + " ON DELETE SET NULL" << "" << "removed" << QStringList()
                                 << "deleting public.p is no longer affected by this key (was: set c.p_id to NULL)";
        QTest::newRow("column made not null") << fk + " ON DELETE SET NULL" << "ALTER TABLE c ALTER p_id SET NOT NULL; " + fk + " ON DELETE SET NULL"
                                              << "changed" << QStringList{"not_null"} << "";
        QTest::newRow("column type") << fk << "ALTER TABLE c ALTER p_id TYPE bigint; " + fk << "changed" << QStringList{"type"} << "";
        QTest::newRow("parent type") << fk << "ALTER TABLE p ALTER id TYPE bigint; " + fk << "changed" << QStringList{"type"} << "";
        QTest::newRow("set default value") << "ALTER TABLE c ADD CONSTRAINT c_q FOREIGN KEY (q_id) REFERENCES q ON DELETE SET DEFAULT"
                                           << "ALTER TABLE c ALTER q_id SET DEFAULT 8; ALTER TABLE c ADD CONSTRAINT c_q FOREIGN KEY (q_id) REFERENCES q ON DELETE SET DEFAULT"
                                           << "changed" << QStringList{"default"} << "";
        QTest::newRow("default without set default") << fk << "ALTER TABLE c ALTER p_id SET DEFAULT 8; " + fk << "" << QStringList() << "";
        QTest::newRow("columns reordered") << "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id, p_u) REFERENCES p (id, u)"
                                           << "ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_u, p_id) REFERENCES p (u, id)" << "changed"
                                           << QStringList{"columns", "ref_columns"} << "deleting public.p now fails (NO ACTION) while rows of public.c reference it (was: blocked by NO ACTION)";
    }

    void keyChanges()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, kind);
        QFETCH(QStringList, fields);
        QFETCH(QString, sentence);
        const SchemaGraph from = read(before + QLatin1Char(';')), to = read(after + QLatin1Char(';'));
        QCOMPARE(from.warnings(), QStringList());
        QCOMPARE(to.warnings(), QStringList());
        const SchemaDiff diff = diffGraphs(from, to);
        QCOMPARE(diff.tables.size(), 0);
        if (kind.isEmpty()) {
            QCOMPARE(diff.foreignKeys.size(), 0);
            QVERIFY(diff.isEmpty());
            return;
        }
        QCOMPARE(diff.foreignKeys.size(), 1);
        const FkChange &c = diff.foreignKeys.first();
        QCOMPARE(toString(c.kind), kind);
        QCOMPARE(c.fields, fields);
        const QJsonObject json = QJsonDocument::fromJson(diffJson({from, to, QStringLiteral("a"), QStringLiteral("b"), {}, {}}, diff)).object();
        const QJsonObject change = json.value(QLatin1String("foreign_keys")).toArray().first().toObject();
        QCOMPARE(change.value(QLatin1String("change")).toString(), kind);
        const QJsonArray deletes = change.value(QLatin1String("deletes")).toArray();
        QCOMPARE(deletes.isEmpty() ? QString() : deletes.first().toString(), sentence);
        QCOMPARE(change.value(QLatin1String("from")).isNull(), kind == QLatin1String("added"));
        QCOMPARE(change.value(QLatin1String("to")).isNull(), kind == QLatin1String("removed"));
        QVERIFY(change.value(QLatin1String("violations")).isNull());
    }

    // Two keys with one connection pair by name first; the rest by name on the same table.
    void duplicateConnectionsPairByName()
    {
        const QString two = QStringLiteral("ALTER TABLE c ADD CONSTRAINT k1 FOREIGN KEY (p_id) REFERENCES p;"
                                           "ALTER TABLE c ADD CONSTRAINT k2 FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE;");
        const QString swapped = QStringLiteral("ALTER TABLE c ADD CONSTRAINT k2 FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE;"
                                               "ALTER TABLE c ADD CONSTRAINT k1 FOREIGN KEY (p_id) REFERENCES p;");
        QVERIFY(diffGraphs(read(two), read(swapped)).isEmpty());
    }

    void tablesAndBlastRadius()
    {
        const SchemaGraph from = read(QStringLiteral("ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE;"
                                                     "CREATE TABLE old (id int);"));
        const SchemaGraph to = read(QStringLiteral("ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE;"
                                                   "CREATE TABLE d (id int PRIMARY KEY, c_id int REFERENCES c ON DELETE CASCADE);"
                                                   "ALTER TABLE c ADD FOREIGN KEY (q_id) REFERENCES q ON DELETE CASCADE;"));
        const SchemaDiff diff = diffGraphs(from, to);
        QCOMPARE(diff.tables.size(), 2);
        QCOMPARE(diff.tables.at(0).added, false);
        QCOMPARE(diff.tables.at(0).table.name, QStringLiteral("old"));
        QCOMPARE(diff.tables.at(1).table.name, QStringLiteral("d"));
        QStringList radius;
        for (const BlastRadiusChange &b : diff.blastRadius) {
            QStringList gained;
            for (const TableRef &r : b.gained)
                gained << r.name;
            radius << b.table.name + QStringLiteral(": +") + gained.join(u',');
        }
        // p reaches c already; through c it now reaches d. q reaches c and d; c reaches d.
        QCOMPARE(radius, QStringList({QStringLiteral("c: +d"), QStringLiteral("p: +d"), QStringLiteral("q: +c,d")}));
        const QString text = diffText({from, to, QStringLiteral("a"), QStringLiteral("b"), {}, {}}, diff, false);
        QVERIFY2(text.contains(QLatin1String("deleting public.p now also deletes rows of public.d")), qPrintable(text));
        const QString markdown = diffText({from, to, QStringLiteral("a"), QStringLiteral("b"), {}, {}}, diff, true);
        QVERIFY2(markdown.contains(QLatin1String("### Delete blast radius")), qPrintable(markdown));
    }

    // 10,000 tables on each side, each key changed: the diff stays linear.
    void largeGraphs()
    {
        QString before, after;
        for (int i = 0; i < 10000; ++i) {
            before += QStringLiteral("CREATE TABLE t%1 (id int PRIMARY KEY, hub int REFERENCES p);\n").arg(i);
            after += QStringLiteral("CREATE TABLE t%1 (id int PRIMARY KEY, hub int REFERENCES p ON DELETE CASCADE);\n").arg(i);
        }
        QElapsedTimer clock;
        clock.start();
        const SchemaGraph from = read(before), to = read(after);
        const qint64 readMs = clock.restart();
        const SchemaDiff diff = diffGraphs(from, to);
        qInfo("read two 10,000-table DDL texts in %lld ms, diffed in %lld ms", static_cast<long long>(readMs), static_cast<long long>(clock.elapsed()));
        QCOMPARE(diff.foreignKeys.size(), 10000);
        QCOMPARE(diff.blastRadius.size(), 1);
        QCOMPARE(diff.blastRadius.first().gained.size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
