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

class PlanBuilder
{
public:
    PlanBuilder(const SchemaGraph &graph, const QuoteFn &quoteName, SqlDialect dialect)
        : g(graph)
        , q(quoteName)
        , sqlite(dialect == SqlDialect::SQLite)
    {
    }

    QString relation(TableId t) const
    {
        const Table &table = g.table(t);
        const QString name = q(table.schema) + QLatin1Char('.') + q(table.name);
        return table.kind == TableKind::PartitionedTable || sqlite ? name : QStringLiteral("ONLY ") + name;
    }

    QString columns(const QStringList &cols, const QString &alias) const
    {
        QStringList out;
        for (const QString &c : cols)
            out << (alias.isEmpty() ? q(c) : alias + QLatin1Char('.') + q(c));
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
        // The table's own foreign keys take the rows below the doomed ones too: a recursive walk.
        const QString walk = QStringLiteral("walk%1").arg(depth);
        QStringList steps;
        for (ForeignKeyId id : selfEdges) {
            const ForeignKey &fk = g.foreignKey(id);
            const QString join = QStringLiteral("%1 = %2").arg(columns(fk.columns, QStringLiteral("c")),
                                                                columns(fk.refColumns, QStringLiteral("u")));
            if (sqlite)
                steps << QStringLiteral("SELECT %1 FROM %2 c JOIN %2 u ON %3 JOIN %4 w ON %5")
                             .arg(sqliteRowId(t, QStringLiteral("c")).join(QStringLiteral(", ")), relation(t), join, walk,
                                  walkJoin(t));
            else
                steps << QStringLiteral("SELECT c.tableoid, c.ctid FROM %1 c JOIN %1 u ON %2 JOIN %3 w ON w.toid = u.tableoid "
                                        "AND w.rid = u.ctid")
                             .arg(relation(t), join, walk);
        }
        const QString start = QString(base).replace(QRegularExpression(QStringLiteral("\\b%1\\.").arg(alias)),
                                                    QStringLiteral("s."));
        if (sqlite) {
            const QStringList id = sqliteRowId(t, alias), start_id = sqliteRowId(t, QStringLiteral("s"));
            QStringList cols;
            for (int i = 0; i < id.size(); ++i)
                cols << QStringLiteral("r%1").arg(i);
            return QStringLiteral("(%1) IN (WITH RECURSIVE %2(%3) AS (SELECT %4 FROM %5 s WHERE %6 UNION %7) SELECT %3 FROM %2)")
                .arg(id.join(QStringLiteral(", ")), walk, cols.join(QStringLiteral(", ")), start_id.join(QStringLiteral(", ")),
                     relation(t), start, steps.join(QStringLiteral(" UNION ")));
        }
        return QStringLiteral("(%1.tableoid, %1.ctid) IN (WITH RECURSIVE %2(toid, rid) AS (SELECT s.tableoid, s.ctid "
                              "FROM %3 s WHERE %4 UNION %5) SELECT toid, rid FROM %2)")
            .arg(alias, walk, relation(t), start, steps.join(QStringLiteral(" UNION ")));
    }

private:
    // SQLite rows by primary key (it also names the rows of WITHOUT ROWID tables), else by rowid.
    QStringList sqliteRowId(TableId t, const QString &alias) const
    {
        const Table &table = g.table(t);
        if (table.primaryKey.isEmpty())
            return {alias + QStringLiteral(".rowid")};
        QStringList out;
        for (const QString &c : table.primaryKey)
            out << alias + QLatin1Char('.') + q(c);
        return out;
    }
    // The walk's columns r0, r1... against the row u.
    QString walkJoin(TableId t) const
    {
        const QStringList u = sqliteRowId(t, QStringLiteral("u"));
        QStringList parts;
        for (int i = 0; i < u.size(); ++i)
            parts << QStringLiteral("w.r%1 = %2").arg(i).arg(u[i]);
        return parts.join(QStringLiteral(" AND "));
    }

    const SchemaGraph &g;
    const QuoteFn &q;
    bool sqlite;
};

} // namespace

DeletePlanScript buildDeletePlan(const SchemaGraph &g, const ImpactRequest &request, const QuoteFn &quoteName,
                                 const QuoteFn &quoteLiteral, const QStringList &notes, SqlDialect dialect)
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
        request, [&](const QString &column) { return QStringLiteral("%ALIAS%.") + quoteName(column); }, quoteLiteral);

    PlanBuilder builder(g, quoteName, dialect);
    DeletePlanScript script;
    QString &s = script.sql;
    s += QCoreApplication::translate("fkscope::Messages", "-- fkscope deletion plan: delete the rows of %1 where %2,\n")
             .arg(qualifiedName(g.table(root).ref()), QString(rootPredicate).remove(QLatin1String("%ALIAS%.")));
    s += QCoreApplication::translate("fkscope::Messages", "-- with every row that blocks them (RESTRICT / NO ACTION), children first.\n"
                        "-- CASCADE, SET NULL and SET DEFAULT are left to the database. Review before running;\n"
                        "-- fkscope does not run this script.\n");
    for (const QString &note : notes)
        s += QStringLiteral("-- NOTE: %1\n").arg(note);
    if (dialect == SqlDialect::SQLite)
        s += QStringLiteral("PRAGMA foreign_keys = ON; -- SQLite runs CASCADE / SET NULL only with it (outside a transaction)\n");
    s += QStringLiteral("BEGIN;\n");
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
        s += (dialect == SqlDialect::SQLite ? QStringLiteral("DELETE FROM %1 AS x\nWHERE %2;\n")
                                            : QStringLiteral("DELETE FROM %1 x\nWHERE %2;\n"))
                 .arg(builder.relation(t), builder.predicate(t, QStringLiteral("x"), root, rootPredicate, inbound));
    }
    s += QStringLiteral("\nCOMMIT;\n");
    return script;
}

} // namespace fkscope
