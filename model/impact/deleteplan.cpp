// SPDX-License-Identifier: Apache-2.0
#include "deleteplan.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace fkscope {

namespace {

bool removesRows(FkAction a) { return a == FkAction::Cascade || a == FkAction::Restrict || a == FkAction::NoAction; }
bool blocks(FkAction a) { return a == FkAction::Restrict || a == FkAction::NoAction; }

// The columns of `t`'s own RESTRICT foreign keys among `inbound` (they must be set NULL before the
// rows go, where RESTRICT is checked row by row); throws when one of them cannot be NULL.
QStringList selfRestrictColumns(const SchemaGraph &g, TableId t, const QList<ForeignKeyId> &inbound)
{
    QStringList columns;
    for (ForeignKeyId id : inbound) {
        const ForeignKey &fk = g.foreignKey(id);
        if (fk.child != t || fk.parent != t || fk.onDelete != FkAction::Restrict)
            continue;
        for (const QString &c : fk.columns) {
            const Column *column = g.table(t).column(c);
            if (column && column->notNull)
                throw Error(ErrorKind::Unsupported,
                            QCoreApplication::translate("fkscope::Messages", "%1 references itself through %2 (RESTRICT) on NOT NULL column %3: the "
                                                                             "database checks RESTRICT row by row, so no single statement deletes "
                                                                             "such linked rows; delete them leaves first.")
                                .arg(qualifiedName(g.table(t).ref()), displayIdentifier(fk.name), displayIdentifier(c)));
            if (!columns.contains(c))
                columns << c;
        }
    }
    return columns;
}

class PlanBuilder
{
public:
    PlanBuilder(const SchemaGraph &graph, const PlanDialect &dialect)
        : g(graph)
        , d(dialect)
    {
    }

    QString relation(TableId t) const { return d.relation(g.table(t)); }

    QString columns(const QStringList &cols, const QString &alias) const
    {
        QStringList out;
        for (const QString &c : cols)
            out << (alias.isEmpty() ? d.quoteName(c) : alias + QLatin1Char('.') + d.quoteName(c));
        return QStringLiteral("(") + out.join(QStringLiteral(", ")) + QStringLiteral(")");
    }

    // A predicate on `alias` (a row of `t`) that holds for the rows the plan removes. `rootPredicate`
    // selects the root's rows, with %ALIAS% where the alias goes. `inbound` lists the plan edges.
    QString predicate(TableId t, const QString &alias, TableId root, const QString &rootPredicate,
                      const QHash<TableId, QList<ForeignKeyId>> &inbound, int depth = 0) const
    {
        if (depth > 32)
            throw Error(ErrorKind::Unsupported, QCoreApplication::translate("fkscope::Messages", "The deletion plan nests more than 32 tables deep."));
        QStringList reasons;
        QList<ForeignKeyId> selfEdges;
        if (t == root)
            reasons << QString(rootPredicate).replace(QLatin1String("%ALIAS%"), alias);
        const QString parentAlias = QStringLiteral("p%1").arg(depth + 1);
        for (ForeignKeyId id : inbound.value(t)) {
            const ForeignKey &fk = g.foreignKey(id);
            if (fk.parent == t) {
                selfEdges << id;
                continue;
            }
            reasons << QStringLiteral("%1 IN (SELECT %2 FROM %3 %4 WHERE %5)")
                           .arg(columns(fk.columns, alias), columns(fk.refColumns, parentAlias), relation(fk.parent),
                                parentAlias, predicate(fk.parent, parentAlias, root, rootPredicate, inbound, depth + 1));
        }
        const QString base = reasons.size() == 1 ? reasons.first()
                                                 : QStringLiteral("(") + reasons.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        if (selfEdges.isEmpty())
            return base;
        // The table's own foreign keys take the rows below the doomed ones too: a recursive walk over
        // the rows' identities (r0, r1, ...).
        const Table &table = g.table(t);
        const QString walk = QStringLiteral("walk%1").arg(depth);
        const QStringList u = d.rowIdentity(table, QStringLiteral("u"));
        QStringList walkColumns, walkJoin;
        for (int i = 0; i < u.size(); ++i) {
            walkColumns << QStringLiteral("r%1").arg(i);
            walkJoin << QStringLiteral("w.r%1 = %2").arg(i).arg(u[i]);
        }
        QStringList steps;
        for (ForeignKeyId id : selfEdges) {
            const ForeignKey &fk = g.foreignKey(id);
            steps << QStringLiteral("SELECT %1 FROM %2 c JOIN %2 u ON %3 = %4 JOIN %5 w ON %6")
                         .arg(d.rowIdentity(table, QStringLiteral("c")).join(QStringLiteral(", ")), relation(t),
                              columns(fk.columns, QStringLiteral("c")), columns(fk.refColumns, QStringLiteral("u")), walk,
                              walkJoin.join(QStringLiteral(" AND ")));
        }
        const QString start = QString(base).replace(QRegularExpression(QStringLiteral("\\b%1\\.").arg(alias)),
                                                    QStringLiteral("s."));
        return QStringLiteral("(%1) IN (WITH RECURSIVE %2(%3) AS (SELECT %4 FROM %5 s WHERE %6 UNION %7) SELECT %3 FROM %2)")
            .arg(d.rowIdentity(table, alias).join(QStringLiteral(", ")), walk, walkColumns.join(QStringLiteral(", ")),
                 d.rowIdentity(table, QStringLiteral("s")).join(QStringLiteral(", ")), relation(t), start,
                 steps.join(QStringLiteral(" UNION ")));
    }

private:
    const SchemaGraph &g;
    const PlanDialect &d;
};

} // namespace

DeletePlanScript buildDeletePlan(const SchemaGraph &g, const ImpactRequest &request, const PlanDialect &dialect,
                                 const QStringList &notes)
{
    const TableId root = requireTable(g, request.table);

    // The plan graph: every table whose rows go when the root's rows go (CASCADE) or must go first
    // (RESTRICT / NO ACTION).
    QHash<TableId, QList<ForeignKeyId>> inbound;
    QSet<TableId> inPlan{root};
    QSet<TableId> explicitDelete{root};
    QList<TableId> queue{root};
    while (!queue.isEmpty()) {
        const TableId parent = queue.takeFirst();
        for (ForeignKeyId id : g.incoming(parent)) {
            const ForeignKey &fk = g.foreignKey(id);
            if (!removesRows(fk.onDelete))
                continue;
            inbound[fk.child].append(id);
            if (blocks(fk.onDelete))
                explicitDelete.insert(fk.child);
            if (!inPlan.contains(fk.child)) {
                inPlan.insert(fk.child);
                queue.append(fk.child);
            }
        }
    }

    // Children before parents; a cycle through several tables has no such order.
    QList<TableId> order;
    QHash<TableId, int> state; // 1 visiting, 2 done
    std::function<void(TableId, QList<TableId> &)> visit = [&](TableId t, QList<TableId> &stack) {
        state[t] = 1;
        stack.append(t);
        for (ForeignKeyId id : g.incoming(t)) {
            const ForeignKey &fk = g.foreignKey(id);
            if (!inPlan.contains(fk.child) || !removesRows(fk.onDelete) || fk.child == t)
                continue;
            if (state.value(fk.child) == 1) {
                QStringList names;
                for (int i = stack.indexOf(fk.child); i >= 0 && i < stack.size(); ++i)
                    names << qualifiedName(g.table(stack[i]).ref());
                throw Error(ErrorKind::Unsupported,
                            QCoreApplication::translate("fkscope::Messages", "Foreign keys form a cycle through %1: no statement order deletes these "
                                           "tables one by one; delete them in one statement or defer the constraints.")
                                .arg(names.join(QStringLiteral(" -> "))));
            }
            if (state.value(fk.child) == 0)
                visit(fk.child, stack);
        }
        stack.removeLast();
        state[t] = 2;
        order.append(t); // after all its children
    };
    QList<TableId> stack;
    visit(root, stack);

    const QString rootPredicate = requestPredicate(
        request, [&](const QString &column) { return QStringLiteral("%ALIAS%.") + dialect.quoteName(column); },
        [&](const QString &value) { return dialect.quoteLiteral(value); });

    PlanBuilder builder(g, dialect);
    DeletePlanScript script;
    QString &s = script.sql;
    s += QCoreApplication::translate("fkscope::Messages", "-- fkscope deletion plan: delete the rows of %1 where %2,\n")
             .arg(qualifiedName(g.table(root).ref()), QString(rootPredicate).remove(QLatin1String("%ALIAS%.")));
    s += QCoreApplication::translate("fkscope::Messages", "-- with every row that blocks them (RESTRICT / NO ACTION), children first.\n"
                        "-- CASCADE, SET NULL and SET DEFAULT are left to the database. Review before running;\n"
                        "-- fkscope does not run this script.\n");
    for (const QString &note : notes)
        s += QStringLiteral("-- NOTE: %1\n").arg(note);
    if (const QString preamble = dialect.preamble(); !preamble.isEmpty())
        s += preamble + QLatin1Char('\n');
    s += dialect.begin() + QLatin1Char('\n');
    int step = 0;
    for (TableId t : order) {
        if (!explicitDelete.contains(t))
            continue;
        ++step;
        script.order.append(t);
        QStringList why;
        for (ForeignKeyId id : inbound.value(t)) {
            const ForeignKey &fk = g.foreignKey(id);
            if (blocks(fk.onDelete))
                why << QStringLiteral("%1 (%2)").arg(displayIdentifier(fk.name), toSql(fk.onDelete));
        }
        s += QLatin1Char('\n');
        if (t == root)
            s += QCoreApplication::translate("fkscope::Messages", "-- %1. the rows asked for\n").arg(step);
        else
            s += QCoreApplication::translate("fkscope::Messages", "-- %1. %2: its rows block through %3\n")
                     .arg(step)
                     .arg(qualifiedName(g.table(t).ref()), why.join(QStringLiteral(", ")));
        const QString predicate = builder.predicate(t, QStringLiteral("x"), root, rootPredicate, inbound);
        const QStringList cut = dialect.checksRestrictPerRow() ? selfRestrictColumns(g, t, inbound.value(t)) : QStringList();
        if (cut.isEmpty() && !dialect.setsRowsAsideFirst()) {
            s += QStringLiteral("%1\nWHERE %2;\n").arg(dialect.deleteFrom(builder.relation(t), QStringLiteral("x")), predicate);
            continue;
        }
        // The rows are set aside first (the walk follows the links about to be cut), their RESTRICT
        // links among themselves set NULL, then they go in one DELETE.
        const Table &table = g.table(t);
        const QStringList identity = dialect.rowIdentity(table, QStringLiteral("x"));
        QStringList named, kept, sets;
        for (int i = 0; i < identity.size(); ++i) {
            named << QStringLiteral("%1 AS r%2").arg(identity[i]).arg(i);
            kept << QStringLiteral("r%1").arg(i);
        }
        for (const QString &c : cut)
            sets << QStringLiteral("%1 = NULL").arg(dialect.quoteName(c));
        const QString rows = QStringLiteral("fkscope_rows_%1").arg(step);
        const QString among = QStringLiteral("(%1) IN (SELECT %2 FROM %3)").arg(identity.join(QStringLiteral(", ")), kept.join(QStringLiteral(", ")), rows);
        if (!cut.isEmpty())
            s += QStringLiteral("-- %1\n").arg(dialect.setAsideNote());
        s += dialect.createTemporaryTable(rows, QStringLiteral("SELECT %1 FROM %2 AS x WHERE %3")
                                                    .arg(named.join(QStringLiteral(", ")), builder.relation(t), predicate))
            + QLatin1Char('\n');
        if (!cut.isEmpty())
            s += QStringLiteral("UPDATE %1 AS x SET %2 WHERE %3;\n").arg(builder.relation(t), sets.join(QStringLiteral(", ")), among);
        s += QStringLiteral("%1\nWHERE %2;\n").arg(dialect.deleteFrom(builder.relation(t), QStringLiteral("x")), among);
        s += dialect.dropTemporaryTable(rows) + QLatin1Char('\n');
    }
    s += QStringLiteral("\nCOMMIT;\n");
    return script;
}

} // namespace fkscope
