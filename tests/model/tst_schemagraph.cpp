// SPDX-License-Identifier: Apache-2.0
// Pure model code: identifier display, rule spellings, JSON escaping, stats and findings, and how
// every engine's impact result is put together.
#include "core/canceltoken.h"
#include "core/error.h"
#include "core/jsonwriter.h"
#include "snapshot/snapshot.h"
#include "source/conninfo.h"
#include "impact/impactbuilder.h"
#include "source/catalogloader.h"
#include "schema/schemagraph.h"
#include "lint/lint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fkscope;

class TestSchemaGraph : public QObject
{
    Q_OBJECT

private slots:
    // A hook lives exactly as long as its guard: assigning an empty guard removes it (a hook that
    // outlived its guard once called into a destroyed connection when the window closed).
    void cancelHookEndsWithItsGuard()
    {
        CancelToken token;
        int calls = 0;
        CancelToken::HookGuard guard = token.onCancel([&] { ++calls; });
        guard = CancelToken::HookGuard();
        token.cancel();
        QCOMPARE(calls, 0);
        CancelToken other;
        {
            CancelToken::HookGuard g = other.onCancel([&] { ++calls; });
        }
        other.cancel();
        QCOMPARE(calls, 0);
        CancelToken third;
        CancelToken::HookGuard g = third.onCancel([&] { ++calls; });
        third.cancel();
        QCOMPARE(calls, 1);
    }

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
        parent.columns = {{QStringLiteral("id"), QStringLiteral("int"), true, std::nullopt, {}, {}, {}, {}}};
        parent.primaryKey = {QStringLiteral("id")};
        parent.triggers = {QStringLiteral("audit")};
        Table child;
        child.schema = QStringLiteral("s");
        child.name = QStringLiteral("c");
        child.columns = {{QStringLiteral("id"), QStringLiteral("int"), true, std::nullopt, {}, {}, {}, {}},
                         {QStringLiteral("p_id"), QStringLiteral("int"), true, std::nullopt, {}, {}, {}, {}}};
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

        QStringList rules;
        for (const LintFinding &f : lintGraph(g, SchemaDialect()))
            rules << f.rule;
        QVERIFY(rules.contains(QStringLiteral("set-null-on-not-null")));
        QVERIFY(rules.contains(QStringLiteral("triggers-or-rules")));
        QCOMPARE(rules.count(QStringLiteral("fk-without-index")), 2);
    }

    void everyEngineBuildsItsResultAlike()
    {
        // p <- c (CASCADE) <- n (SET NULL on n.c_id); o references n.c_id (ON UPDATE NO ACTION); c has a trigger.
        auto table = [](const QString &name, const QStringList &columns) {
            Table t;
            t.schema = QStringLiteral("s");
            t.name = name;
            for (const QString &c : columns)
                t.columns.append({c, QStringLiteral("int"), false, std::nullopt, {}, {}, {}, {}});
            t.primaryKey = {columns.first()};
            return t;
        };
        auto key = [](const QString &name, TableId child, const QString &column, TableId parent, const QString &ref, FkAction rule) {
            ForeignKey fk;
            fk.name = name;
            fk.child = child;
            fk.parent = parent;
            fk.columns = {column};
            fk.refColumns = {ref};
            fk.onDelete = rule;
            return fk;
        };
        Table c = table(QStringLiteral("c"), {QStringLiteral("id"), QStringLiteral("p_id")});
        c.triggers = {QStringLiteral("audit_c")};
        const SchemaGraph g({}, {table(QStringLiteral("p"), {QStringLiteral("id")}), c,
                                 table(QStringLiteral("n"), {QStringLiteral("id"), QStringLiteral("c_id")}),
                                 table(QStringLiteral("o"), {QStringLiteral("id"), QStringLiteral("n_c")})},
                            {key(QStringLiteral("c_p"), 1, QStringLiteral("p_id"), 0, QStringLiteral("id"), FkAction::Cascade),
                             key(QStringLiteral("n_c"), 2, QStringLiteral("c_id"), 1, QStringLiteral("id"), FkAction::SetNull),
                             key(QStringLiteral("o_n"), 3, QStringLiteral("n_c"), 2, QStringLiteral("c_id"), FkAction::NoAction)});
        ImpactResultBuilder build(g, 0, QStringLiteral("test"));
        build.setFlow({0, 1}); // rows moved along c_p (deleted) and n_c (set NULL)
        build.addEffect(0, 1, 0, 0, 0, "[{\"id\":1}]", {});
        build.addEffect(1, 2, 0, 0, 0, {}, {});
        build.addEffect(2, 0, 3, 0, 3, {}, {1});
        build.addEffect(3, 0, 0, 0, 0, {}, {}); // nothing happened there: left out
        build.addBlocker(2, BlockerKind::NoAction, 4, false, {});
        build.addBlocker(0, BlockerKind::DeferredNoAction, 1, true, {});
        build.addBlocker(2, BlockerKind::NoAction, 2, true, {});
        build.warnAboutTouched({1, 2, 1}, {1, 1});
        const ImpactResult r = build.finish();
        QCOMPARE(r.effects.size(), 3);
        QCOMPARE(r.effects[1].paths, QList<QStringList>{{QStringLiteral("c_p")}});
        QCOMPARE(r.effects[2].paths, (QList<QStringList>{{QStringLiteral("c_p"), QStringLiteral("n_c")}}));
        QCOMPARE(r.effects[2].sampleJson, QByteArray("[]"));
        // Certain blockers first, in the order they were found; the path runs to the FK at fault.
        QVERIFY(r.blockers[0].certain && r.blockers[1].certain && !r.blockers[2].certain);
        QCOMPARE(r.blockers[1].rows, 2);
        QCOMPARE(r.blockers[1].path, (QStringList{QStringLiteral("c_p"), QStringLiteral("n_c"), QStringLiteral("o_n")}));
        QCOMPARE(r.blockers[1].table.name, QStringLiteral("o"));
        QCOMPARE(toString(r.outcome), QStringLiteral("blocked"));
        // A trigger once per table; an ON UPDATE NO ACTION key on a nulled column is named too, once.
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY(r.warnings[0].startsWith(QLatin1String("s.c has user triggers (audit_c)")));
        QVERIFY(r.warnings[1].contains(QLatin1String("n_c changes c_id, which o_n references")));

        ImpactResultBuilder deferredOnly(g, 0, QStringLiteral("test"));
        deferredOnly.addBlocker(2, BlockerKind::DeferredNoAction, 1, true, {});
        QCOMPARE(toString(deferredOnly.finish().outcome), QStringLiteral("blocked_at_commit"));
        QCOMPARE(toString(ImpactResultBuilder(g, 0, QStringLiteral("test")).finish().outcome), QStringLiteral("allowed"));
    }

    // Found by tests/fuzz/fuzz_snapshot: a number beyond a 64-bit integer was converted anyway
    // (undefined behaviour); it is now refused like any other wrong value.
    void snapshotRefusesNumbersNoIntegerHolds()
    {
        Table t;
        t.schema = QStringLiteral("s");
        t.name = QStringLiteral("t");
        t.estimatedRows = 7;
        QByteArray json = snapshot::write(SchemaGraph({QStringLiteral("postgresql"), {}, {}, {}, {}}, {t}, {}), true);
        QVERIFY(json.contains("\"estimated_rows\":7"));
        json.replace("\"estimated_rows\":7", "\"estimated_rows\":2.2e115");
        try {
            snapshot::read(json);
            QFAIL("read");
        } catch (const Error &e) {
            QVERIFY2(e.summary().contains(QLatin1String("estimated_rows")), qPrintable(e.summary()));
        }
    }

    // Found by tests/fuzz/fuzz_conninfo: the text was trimmed before its pairs were read, so a value
    // ending in an escaped space lost it when cleaned a second time.
    void passwordCleaningKeepsAnEscapedTrailingSpace()
    {
        const QString cleaned = conninfoWithoutPassword(QStringLiteral("host=h password=secret application_name=x\\ "));
        QCOMPARE(cleaned, QStringLiteral("host=h application_name=x\\ "));
        QCOMPARE(conninfoWithoutPassword(cleaned), cleaned);
    }
};

QTEST_GUILESS_MAIN(TestSchemaGraph)
#include "tst_schemagraph.moc"
