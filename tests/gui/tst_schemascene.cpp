// SPDX-License-Identifier: Apache-2.0
// The canvas against the model (offscreen platform): one box per table with partitions folded in,
// one edge per declared FK with its rule's pen, focus / blast radius / filters / search change what is
// visible, a Graphviz layout attaches every edge to its columns, and rendering writes valid files.
#include "canvas/foreignkeyedge.h"
#include "canvas/rulestyle.h"
#include "canvas/schemascene.h"
#include "canvas/scenerender.h"
#include "canvas/tableitem.h"
#include "layout/graphvizlayout.h"
#include "snapshot/snapshot.h"

#include <graphviz/cgraph.h>

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace fkscope;

namespace {

Table table(const QString &name, const QStringList &columns, const QString &schema = QStringLiteral("public"))
{
    Table t;
    t.schema = schema;
    t.name = name;
    for (const QString &c : columns)
        t.columns.append({c, QStringLiteral("integer"), c == QLatin1String("id"), std::nullopt, {}, {}, {}, {}});
    t.primaryKey = {QStringLiteral("id")};
    return t;
}

ForeignKey fk(const QString &name, TableId child, const QString &column, TableId parent, FkAction action)
{
    ForeignKey f;
    f.name = name;
    f.child = child;
    f.parent = parent;
    f.columns = {column};
    f.refColumns = {QStringLiteral("id")};
    f.onDelete = action;
    return f;
}

// customers <- orders (CASCADE) <- items (CASCADE); orders <- shipments (RESTRICT);
// customers <- notes (SET NULL); staff self reference (NO ACTION); events partitioned (2 partitions)
// referencing customers (SET DEFAULT); lonely table without FKs.
SchemaGraph sample()
{
    QList<Table> tables{
        table(QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")}),
        table(QStringLiteral("orders"), {QStringLiteral("id"), QStringLiteral("customer_id")}),
        table(QStringLiteral("items"), {QStringLiteral("id"), QStringLiteral("order_id")}),
        table(QStringLiteral("shipments"), {QStringLiteral("id"), QStringLiteral("order_id")}),
        table(QStringLiteral("notes"), {QStringLiteral("id"), QStringLiteral("customer_id")}),
        table(QStringLiteral("staff"), {QStringLiteral("id"), QStringLiteral("boss_id")}),
        table(QStringLiteral("events"), {QStringLiteral("id"), QStringLiteral("customer_id")}),
        table(QStringLiteral("events_a"), {QStringLiteral("id"), QStringLiteral("customer_id")}),
        table(QStringLiteral("events_b"), {QStringLiteral("id"), QStringLiteral("customer_id")}),
        table(QStringLiteral("lonely"), {QStringLiteral("id")}, QStringLiteral("other")),
    };
    tables[6].kind = TableKind::PartitionedTable;
    tables[6].partitions = {{QStringLiteral("public"), QStringLiteral("events_a")}, {QStringLiteral("public"), QStringLiteral("events_b")}};
    tables[7].partitionOf = TableRef{QStringLiteral("public"), QStringLiteral("events")};
    tables[8].partitionOf = TableRef{QStringLiteral("public"), QStringLiteral("events")};
    QList<ForeignKey> fks{
        fk(QStringLiteral("orders_customer"), 1, QStringLiteral("customer_id"), 0, FkAction::Cascade),
        fk(QStringLiteral("items_order"), 2, QStringLiteral("order_id"), 1, FkAction::Cascade),
        fk(QStringLiteral("shipments_order"), 3, QStringLiteral("order_id"), 1, FkAction::Restrict),
        fk(QStringLiteral("notes_customer"), 4, QStringLiteral("customer_id"), 0, FkAction::SetNull),
        fk(QStringLiteral("staff_boss"), 5, QStringLiteral("boss_id"), 5, FkAction::NoAction),
        fk(QStringLiteral("events_customer"), 6, QStringLiteral("customer_id"), 0, FkAction::SetDefault),
    };
    return SchemaGraph({QStringLiteral("postgresql"), QStringLiteral("15"), QStringLiteral("shop"), {}, {}}, tables, fks);
}

} // namespace

class TestSchemaScene : public QObject
{
    Q_OBJECT

private:
    SchemaScene m_scene;

private slots:
    void initTestCase() { m_scene.setGraph(sample()); }

    void oneBoxPerTableOneEdgePerForeignKey()
    {
        QCOMPARE(m_scene.tableItemCount(), 8); // 10 tables, 2 partitions folded into events
        QVERIFY(!m_scene.tableItem(7));
        QCOMPARE(m_scene.drawnAs(7), 6);
        QCOMPARE(m_scene.edgeItemCount(), 6);
        QCOMPARE(m_scene.tableItem(0)->title(), QStringLiteral("public.customers"));
        QVERIFY(m_scene.tableItem(6)->toolTip().contains(QLatin1String("2 partition")));
    }

    void edgePenFollowsTheRule_data()
    {
        QTest::addColumn<int>("edge");
        QTest::addColumn<int>("style");
        QTest::newRow("CASCADE solid") << 0 << int(Qt::SolidLine);
        QTest::newRow("RESTRICT dotted") << 2 << int(Qt::DotLine);
        QTest::newRow("SET NULL dashed") << 3 << int(Qt::DashLine);
        QTest::newRow("NO ACTION dash-dot-dot") << 4 << int(Qt::DashDotDotLine);
        QTest::newRow("SET DEFAULT dash-dot") << 5 << int(Qt::DashDotLine);
    }

    void edgePenFollowsTheRule()
    {
        QFETCH(int, edge);
        QFETCH(int, style);
        const ForeignKeyEdge *e = m_scene.edgeItem(edge);
        QCOMPARE(int(e->currentPen().style()), style);
        QCOMPARE(e->currentPen().color(), ruleStyle(m_scene.graph().foreignKey(edge).onDelete).color);
        QVERIFY(e->toolTip().contains(m_scene.graph().foreignKey(edge).name));
        QVERIFY(e->toolTip().contains(QLatin1String("ON DELETE")));
    }

    void everyRuleHasItsOwnColourAndLineStyle()
    {
        QSet<int> styles;
        QSet<QRgb> colours;
        for (FkAction a : {FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault, FkAction::Restrict, FkAction::NoAction}) {
            styles.insert(int(ruleStyle(a).line));
            colours.insert(ruleStyle(a).color.rgb());
        }
        QCOMPARE(styles.size(), 5);
        QCOMPARE(colours.size(), 5);
    }

    void focusAndBlastRadius()
    {
        const GraphViewPlanner &planner = m_scene.planner();
        QCOMPARE(planner.neighbourhood(2, 1), (QSet<TableId>{2, 1}));
        QCOMPARE(planner.neighbourhood(2, 2), (QSet<TableId>{2, 1, 0, 3}));
        const QHash<TableId, bool> blast = planner.blastRadius(0);
        QCOMPARE(QSet<TableId>(blast.keyBegin(), blast.keyEnd()), (QSet<TableId>{0, 1, 2, 3, 4, 6}));
        QCOMPARE(blast.value(3), true); // shipments can block (RESTRICT)
        QCOMPARE(blast.value(2), false);
        // A view draws only its tables: items of the others do not exist.
        m_scene.setVisibleTables(planner.neighbourhood(2, 1));
        QVERIFY(m_scene.tableItem(2)->isVisible());
        QVERIFY(!m_scene.tableItem(0));
        QVERIFY(m_scene.edgeItem(1)->isVisible()); // items -> orders
        QVERIFY(!m_scene.edgeItem(0)); // orders -> customers: customers not drawn
        QCOMPARE(m_scene.tableItemCount(), 2);
        m_scene.setVisibleTables({});
        QVERIFY(m_scene.tableItem(0)->isVisible());
        QCOMPARE(m_scene.tableItemCount(), 8);
        QCOMPARE(m_scene.edgeItemCount(), 6);
    }

    void filtersAndSearch()
    {
        const GraphViewPlanner &planner = m_scene.planner();
        QCOMPARE(planner.tablesWithRules({FkAction::Cascade}), (QSet<TableId>{0, 1, 2}));
        QCOMPARE(planner.tablesInSchemas({QStringLiteral("other")}), QSet<TableId>{9});
        QVERIFY(!planner.tablesWithForeignKeys().contains(9));
        QCOMPARE(planner.search(QStringLiteral("ORDERS")).value(0), 1);
        QCOMPARE(planner.search(QStringLiteral("ship")), QList<TableId>{3});
        QVERIFY(planner.search(QStringLiteral("zzz")).isEmpty());
    }

    void layoutAttachesEdgesToTheirColumns()
    {
        const LayoutRequest request = m_scene.layoutRequest();
        QCOMPARE(request.nodes.size(), 8);
        QCOMPARE(request.edges.size(), 6);
        const LayoutResult result = GraphvizLayout::layout(request);
        QCOMPARE(result.engine, QStringLiteral("dot"));
        QCOMPARE(result.topLeft.size(), 8);
        m_scene.applyLayout(result);
        // No two boxes overlap.
        const QList<TableId> ids = result.topLeft.keys();
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j)
                QVERIFY(!m_scene.tableItem(ids[i])->sceneBoundingRect().adjusted(3, 3, -3, -3).intersects(
                    m_scene.tableItem(ids[j])->sceneBoundingRect().adjusted(3, 3, -3, -3)));
        // Each edge starts at its child column's row and ends at its parent column's row.
        for (ForeignKeyId id = 0; id < 6; ++id) {
            if (id == 4)
                continue; // the self-reference loop
            const ForeignKey &f = m_scene.graph().foreignKey(id);
            const TableItem *child = m_scene.tableItem(m_scene.drawnAs(f.child));
            const TableItem *parent = m_scene.tableItem(m_scene.drawnAs(f.parent));
            const QPainterPath path = m_scene.edgeItem(id)->path();
            const qreal childY = child->anchor(child->rowOf(f.columns[0]), true).y();
            const qreal parentY = parent->anchor(parent->rowOf(f.refColumns[0]), false).y();
            QVERIFY2(std::abs(path.pointAtPercent(0).y() - childY) < child->rowHeight() / 2, qPrintable(f.name));
            QVERIFY2(std::abs(path.pointAtPercent(1).y() - parentY) < parent->rowHeight(), qPrintable(f.name));
        }
    }

    void dragKeepsEdgesAttached()
    {
        TableItem *orders = m_scene.tableItem(1);
        orders->moveBy(300, 120);
        const QPointF start = m_scene.edgeItem(1)->path().pointAtPercent(1); // items -> orders ends at orders
        const QPointF port = orders->anchor(orders->rowOf(QStringLiteral("id")), false);
        QVERIFY(QLineF(start, port).length() < 12 || QLineF(start, orders->anchor(0, true)).length() < 12);
    }

    void renderWritesValidFiles()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("g.png"));
        const QString svg = dir.filePath(QStringLiteral("g.svg"));
        renderScene(m_scene, png);
        renderScene(m_scene, svg);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("<?xml"));
        QVERIFY(text.contains(">public.customers<")); // table names are text in the SVG
        QVERIFY(text.contains(">public.shipments<"));
        // The DOT export parses back in Graphviz.
        QHash<TableId, QString> labels{{0, QStringLiteral("public.customers")}};
        const QByteArray dot = GraphvizLayout::dot(m_scene.layoutRequest(), QStringLiteral("dot"), labels);
        Agraph_t *g = agmemread(dot.constData());
        QVERIFY(g);
        QCOMPARE(agnnodes(g), 8);
        QCOMPARE(agnedges(g), 6);
        agclose(g);
    }

    void partitionRingsDrawEachTableAlone()
    {
        // A damaged snapshot: two tables that are each other's partition, and one hanging off them.
        QList<Table> tables{table(QStringLiteral("a"), {QStringLiteral("id")}), table(QStringLiteral("b"), {QStringLiteral("id")}),
                            table(QStringLiteral("c"), {QStringLiteral("id")})};
        tables[0].partitionOf = TableRef{QStringLiteral("public"), QStringLiteral("b")};
        tables[1].partitionOf = TableRef{QStringLiteral("public"), QStringLiteral("a")};
        tables[2].partitionOf = TableRef{QStringLiteral("public"), QStringLiteral("a")};
        SchemaScene scene;
        scene.setGraph(SchemaGraph({}, tables, {}));
        QCOMPARE(scene.planner().drawnCount(), 3);
        QCOMPARE(scene.tableItemCount(), 3);
    }

    // A 1,600-column table: the box lists its key columns, then its first others, then one row that
    // says how many are left out; an edge from a column left out anchors on that row.
    void aWideTableIsCapped()
    {
        QStringList wideColumns{QStringLiteral("id")};
        for (int i = 1; i < 1600; ++i)
            wideColumns << QStringLiteral("c%1").arg(i);
        QList<Table> tables{table(QStringLiteral("parent"), {QStringLiteral("id")}), table(QStringLiteral("wide"), wideColumns),
                            table(QStringLiteral("child"), {QStringLiteral("id"), QStringLiteral("w")})};
        // wide.c1500 -> parent (a key far down the table); child.w -> wide.c1599 (a referenced column)
        ForeignKey toParent = fk(QStringLiteral("wide_parent"), 1, QStringLiteral("c1500"), 0, FkAction::Cascade);
        ForeignKey toWide = fk(QStringLiteral("child_wide"), 2, QStringLiteral("w"), 1, FkAction::NoAction);
        toWide.refColumns = {QStringLiteral("c1599")};
        SchemaScene scene;
        scene.setGraph(SchemaGraph({}, tables, {toParent, toWide}));
        const TableItem *wide = scene.tableItem(1);
        QCOMPARE(wide->visibleRows(), TableItem::kMaxRows);
        // Shown, in table order: id, c1 .. c36, then the keys c1500 and c1599, then "… 1,561 more".
        QCOMPARE(wide->rowOf(QStringLiteral("id")), 0);
        QCOMPARE(wide->rowOf(QStringLiteral("c36")), 36);
        QCOMPARE(wide->rowOf(QStringLiteral("c1500")), 37);
        QCOMPARE(wide->rowOf(QStringLiteral("c1599")), 38);
        QCOMPARE(wide->rowOf(QStringLiteral("c37")), 39);
        QCOMPARE(wide->rowOf(QStringLiteral("c800")), 39);
        QVERIFY(wide->boundingRect().height() < 2000);
    }

    void layoutEngineBySizeAndShape()
    {
        LayoutRequest request;
        for (int i = 0; i < 300; ++i)
            request.nodes.append({i, 100, 20, 16, 2});
        for (int i = 1; i < 300; ++i)
            request.edges.append({i, i, i / 2, 0, -1, {}}); // a tree: no cycles
        QCOMPARE(GraphvizLayout::chooseEngine(request), QStringLiteral("dot"));
        for (int i = 1; i <= 100; ++i)
            request.edges.append({1000 + i, i / 2, i, 0, -1, {}}); // parent back to child: each closes a cycle
        QCOMPARE(GraphvizLayout::chooseEngine(request), QStringLiteral("sfdp"));
        for (int i = 300; i < GraphvizLayout::kDotLimit + 1; ++i)
            request.nodes.append({i, 100, 20, 16, 2});
        request.edges.clear();
        QCOMPARE(GraphvizLayout::chooseEngine(request), QStringLiteral("sfdp"));
        request.nodes = request.nodes.mid(0, GraphvizLayout::kDotAlways);
        QCOMPARE(GraphvizLayout::chooseEngine(request), QStringLiteral("dot"));
    }
};

QTEST_MAIN(TestSchemaScene)
#include "tst_schemascene.moc"
