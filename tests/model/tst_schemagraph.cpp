// SPDX-License-Identifier: Apache-2.0
// Pure model code: identifier display, rule spellings, JSON escaping, stats and findings.
#include "core/jsonwriter.h"
#include "source/catalogloader.h"
#include "schema/schemagraph.h"
#include "schema/schemalint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fkscope;

class TestSchemaGraph : public QObject
{
    Q_OBJECT

private slots:
    void displayIdentifier_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("orders") << QStringLiteral("orders");
        QTest::newRow("underscore digits") << QStringLiteral("_t1$x") << QStringLiteral("_t1$x");
        QTest::newRow("upper case") << QStringLiteral("Orders") << QStringLiteral("\"Orders\"");
        QTest::newRow("leading digit") << QStringLiteral("1t") << QStringLiteral("\"1t\"");
        QTest::newRow("space and amp") << QStringLiteral("Sales & Co") << QStringLiteral("\"Sales & Co\"");
        QTest::newRow("quote doubled") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("dot") << QStringLiteral("a.b") << QStringLiteral("\"a.b\"");
        QTest::newRow("non-ASCII") << QStringLiteral("région") << QStringLiteral("\"région\"");
    }

    void displayIdentifier()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, shown);
        QCOMPARE(fkscope::displayIdentifier(identifier), shown);
    }

    void ruleSpellingsRoundTrip()
    {
        for (const FkAction a : {FkAction::NoAction, FkAction::Restrict, FkAction::Cascade, FkAction::SetNull,
                                 FkAction::SetDefault})
            QCOMPARE(fkActionFromString(toString(a)), std::optional<FkAction>(a));
        QCOMPARE(toString(FkAction::SetNull), QStringLiteral("set_null"));
        QCOMPARE(toSql(FkAction::NoAction), QStringLiteral("NO ACTION"));
        QCOMPARE(fkActionFromPgCode('d'), std::optional<FkAction>(FkAction::SetDefault));
        QCOMPARE(fkActionFromPgCode('x'), std::nullopt);
        QCOMPARE(matchTypeFromPgCode('f'), std::optional<MatchType>(MatchType::Full));
    }

    void globToRegex_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("regex");
        QTest::newRow("plain") << QStringLiteral("public") << QStringLiteral("^public$");
        QTest::newRow("star") << QStringLiteral("sales*") << QStringLiteral("^sales.*$");
        QTest::newRow("question") << QStringLiteral("s?") << QStringLiteral("^s.$");
        QTest::newRow("specials escaped") << QStringLiteral("a.b(c)$") << QStringLiteral("^a\\.b\\(c\\)\\$$");
    }

    void globToRegex()
    {
        QFETCH(QString, glob);
        QFETCH(QString, regex);
        QCOMPARE(schemaGlobToRegex(glob), regex);
    }

    void loadOptionsSelectSchemas()
    {
        LoadOptions o;
        QVERIFY(o.selects(QStringLiteral("anything")));
        o.includeSchemas = {QStringLiteral("sales*"), QStringLiteral("h?")};
        o.excludeSchemas = {QStringLiteral("sales_old")};
        QVERIFY(o.selects(QStringLiteral("sales")));
        QVERIFY(o.selects(QStringLiteral("hr")));
        QVERIFY(!o.selects(QStringLiteral("sales_old")));
        QVERIFY(!o.selects(QStringLiteral("hrx")));
        QVERIFY(!o.selects(QStringLiteral("a.b"))); // a dot is literal
    }

    void jsonEscaping()
    {
        JsonWriter w;
        const QString nasty = QStringLiteral("quote\" backslash\\ newline\n tab\t bell\x07 ü €");
        w.beginObject().field("s", nasty).field("n", qint64(-5)).key("z").null().endObject();
        const QJsonObject back = QJsonDocument::fromJson(w.bytes()).object();
        QCOMPARE(back.value(QLatin1String("s")).toString(), nasty);
        QCOMPARE(back.value(QLatin1String("n")).toInt(), -5);
        QVERIFY(back.value(QLatin1String("z")).isNull());
        QVERIFY(w.bytes().contains("\\u0007"));
    }

    void statsAndFindings()
    {
        Table parent;
        parent.schema = QStringLiteral("s");
        parent.name = QStringLiteral("p");
        parent.columns = {{QStringLiteral("id"), QStringLiteral("int"), true, std::nullopt, {}, {}, {}}};
        parent.primaryKey = {QStringLiteral("id")};
        parent.triggers = {QStringLiteral("audit")};
        Table child;
        child.schema = QStringLiteral("s");
        child.name = QStringLiteral("c");
        child.columns = {{QStringLiteral("id"), QStringLiteral("int"), true, std::nullopt, {}, {}, {}},
                         {QStringLiteral("p_id"), QStringLiteral("int"), true, std::nullopt, {}, {}, {}}};
        ForeignKey fk;
        fk.name = QStringLiteral("c_p_fk");
        fk.child = 1;
        fk.parent = 0;
        fk.columns = {QStringLiteral("p_id")};
        fk.refColumns = {QStringLiteral("id")};
        fk.onDelete = FkAction::SetNull;
        ForeignKey self = fk;
        self.name = QStringLiteral("p_self");
        self.child = self.parent = 0;
        self.columns = {QStringLiteral("id")};
        self.onDelete = FkAction::Cascade;
        const SchemaGraph g({}, {parent, child}, {fk, self});
        const GraphStats s = g.stats();
        QCOMPARE(s.tables, 2);
        QCOMPARE(s.foreignKeys, 2);
        QCOMPARE(s.selfReferences, 1);
        QCOMPARE(s.onDelete[static_cast<std::size_t>(FkAction::SetNull)], 1);
        QCOMPARE(s.unindexedForeignKeys, 2);
        QCOMPARE(g.outgoing(1), QList<ForeignKeyId>{0});
        QCOMPARE(g.incoming(0), (QList<ForeignKeyId>{0, 1}));

        QList<SchemaFinding::Kind> kinds;
        for (const SchemaFinding &f : lintSchema(g))
            kinds << f.kind;
        QVERIFY(kinds.contains(SchemaFinding::Kind::SetNullOnNotNull));
        QVERIFY(kinds.contains(SchemaFinding::Kind::TriggersOrRules));
        QCOMPARE(kinds.count(SchemaFinding::Kind::UnindexedForeignKey), 2);
    }
};

QTEST_GUILESS_MAIN(TestSchemaGraph)
#include "tst_schemagraph.moc"
