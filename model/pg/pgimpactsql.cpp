// The SQL of one delete simulation (see pgimpactplan.h for the model it implements).
//
// One statement, read-only: the recursive CTE w walks the CASCADE foreign keys depth by depth
// (see walk()); all_<table> reads each row it reached, with its depth, tableoid, ctid and the
// carried key columns k0, k1, ...; u_<fk> and r_<fk> classify the rows a SET action or a RESTRICT / NO ACTION check of
// that foreign key meets. The final SELECT returns one row per fact:
//   what        a       b        certain  uncertain  sample
//   root        table   -        rows     -          -
//   deleted     table   -        rows     -          sample keys
//   updated     table   0|1|2    rows (0 = set null, 1 = set default, 2 = any), not deleted in the end
//   flow        fk      -        1 when the CASCADE fk carried rows
//   notnull     fk      column   rows     rows       sample      (column = index in the child)
//   check       fk      check    rows     rows       sample      (check = index in the child)
//   sdmissing   fk      -        rows     rows       sample
//   restrict    fk      -        rows     rows       sample      (RESTRICT and immediate NO ACTION)
//   deferred    fk      -        rows     -          sample      (NO ACTION, INITIALLY DEFERRED)
//   recheck     fk      -        rows     rows       sample      (a row two SET actions update, re-checked)
// Catalog-derived SQL text (CHECK and DEFAULT expressions, as the server itself printed them) is part
// of the statement; identifiers are quoted by libpq; user values are bound parameters.
#include "pgimpactplan.h"

namespace fkscope {

namespace {

class Builder
{
public:
    Builder(const SchemaGraph &graph, const ImpactPlan &plan, int samples, const QuoteName &quote,
            const std::function<QByteArray(ForeignKeyId)> &triggerName)
        : g(graph)
        , p(plan)
        , m_samples(samples)
        , q(quote)
        , m_trigger(triggerName)
    {
    }

    QString build(const QString &selection)
    {
        QStringList ctes;
        QStringList facts;
        const QHash<TableId, ForeignKeyId> leaves = countOnlyLeaves();
        QList<TableId> walked; // the tables the recursive query walks: the closure but its leaves
        for (TableId t : p.closure) {
            if (!leaves.contains(t))
                walked.append(t);
        }
        ctes << walk(walked, selection);
        for (TableId t : walked) {
            // The rows of `t` with their depth and carried columns, read back by row id.
            ctes << QStringLiteral("%1 AS MATERIALIZED (SELECT w.depth, %2 FROM w CROSS JOIN LATERAL %3 JOIN %4 c ON %5)")
                        .arg(allName(t), carriedSelect(t), unnestIds(t, QStringLiteral("w"), QStringLiteral("f")),
                             relation(t), idJoin(t, QStringLiteral("c"), QStringLiteral("x")));
        }
        for (TableId t : p.closure) {
            if (leaves.contains(t)) {
                // One CASCADE branch: each child row joins once, so count(*) is exact and may come
                // from an index-only scan; nothing else needs these rows.
                const ForeignKey &fk = g.foreignKey(leaves.value(t));
                const QString join = QStringLiteral("%1 c JOIN %2 d ON %3")
                                         .arg(relation(t), allName(fk.parent), keyJoin(leaves.value(t), QStringLiteral("c"), QStringLiteral("d")));
                facts << QStringLiteral("SELECT 'deleted', %1, 0, count(*), 0::bigint, (SELECT json_agg(s) FROM (SELECT %2 "
                                        "FROM %3 LIMIT %4) s) FROM %3")
                             .arg(t)
                             .arg(sampleFromRow(t), join)
                             .arg(m_samples);
                continue;
            }
            facts << QStringLiteral("SELECT 'deleted', %1, 0, count(*), 0::bigint, (SELECT json_agg(s) FROM (SELECT %2 "
                                    "FROM %3 ORDER BY depth, rid LIMIT %4) s) FROM %3")
                         .arg(t)
                         .arg(sampleFromCarried(t), allName(t))
                         .arg(m_samples);
        }
        facts.prepend(QStringLiteral("SELECT 'root', %1, 0, count(*), 0::bigint, NULL::json FROM %2 WHERE depth = 0")
                          .arg(p.root)
                          .arg(allName(p.root)));
        for (ForeignKeyId id : p.cascades) {
            const ForeignKey &fk = g.foreignKey(id);
            facts << QStringLiteral("SELECT 'flow', %1, 0, (EXISTS (SELECT 1 FROM %2 c JOIN %3 d ON %4))::int::bigint, "
                                    "0::bigint, NULL::json")
                         .arg(id)
                         .arg(relation(fk.child), allName(fk.parent), keyJoin(id, QStringLiteral("c"), QStringLiteral("d")));
        }

        // SET NULL / SET DEFAULT.
        QHash<TableId, QList<ForeignKeyId>> setsByChild;
        for (ForeignKeyId id : p.setActions) {
            const ForeignKey &fk = g.foreignKey(id);
            setsByChild[fk.child].append(id);
            ctes << QStringLiteral("u_%1 AS MATERIALIZED (%2)").arg(id).arg(eventRows(id));
            addSetActionFacts(id, facts);
        }
        for (auto it = setsByChild.constBegin(); it != setsByChild.constEnd(); ++it) {
            if (it.value().size() >= 2)
                addRecheckFacts(it.key(), it.value(), ctes, facts);
        }
        for (auto it = setsByChild.constBegin(); it != setsByChild.constEnd(); ++it) {
            // how: 0 set NULL, 1 set DEFAULT, 2 either (a row both nulled and defaulted counts once)
            for (int how = 0; how < 3; ++how) {
                QStringList parts;
                for (ForeignKeyId id : it.value()) {
                    if (how == 2 || (g.foreignKey(id).onDelete == FkAction::SetDefault) == (how == 1))
                        parts << QStringLiteral("SELECT toid, rid FROM u_%1 WHERE status = 1 AND NOT in_d").arg(id);
                }
                if (!parts.isEmpty())
                    facts << QStringLiteral("SELECT 'updated', %1, %2, count(*), 0::bigint, NULL::json FROM (%3) s")
                                 .arg(it.key())
                                 .arg(how)
                                 .arg(parts.join(QStringLiteral(" UNION ")));
            }
        }

        // RESTRICT / NO ACTION.
        for (ForeignKeyId id : p.checks) {
            const ForeignKey &fk = g.foreignKey(id);
            ctes << QStringLiteral("r_%1 AS MATERIALIZED (%2)").arg(id).arg(eventRows(id));
            if (fk.onDelete == FkAction::NoAction && fk.deferred)
                facts << QStringLiteral("SELECT 'deferred', %1, 0, count(*), 0::bigint, %2 FROM r_%1 WHERE NOT in_d")
                             .arg(id)
                             .arg(sample(QStringLiteral("r_%1").arg(id), QStringLiteral("NOT in_d"), fk.child));
            else
                facts << QStringLiteral("SELECT 'restrict', %1, 0, count(*) FILTER (WHERE status = 1), "
                                        "count(*) FILTER (WHERE status = 2), %2 FROM r_%1")
                             .arg(id)
                             .arg(sample(QStringLiteral("r_%1").arg(id), QStringLiteral("status > 0"), fk.child));
        }
        return QStringLiteral("WITH RECURSIVE ") + ctes.join(QStringLiteral(",\n")) + QStringLiteral("\n")
            + facts.join(QStringLiteral("\nUNION ALL\n"));
    }

private:
    // The CTE holding every row of `t` the statement deletes, with its depth.
    static QString allName(TableId t) { return QStringLiteral("all_%1").arg(t); }
    bool partitioned(TableId t) const { return g.table(t).kind == TableKind::PartitionedTable; }

    // A partitioned table is read as a whole (its rows live in its partitions); any other table
    // ONLY, as the referential triggers read it (rows of INHERITS children are not referenced rows).
    QString relation(TableId t) const
    {
        const Table &table = g.table(t);
        const QString name = q(table.schema) + QLatin1Char('.') + q(table.name);
        return table.kind == TableKind::PartitionedTable ? name : QStringLiteral("ONLY ") + name;
    }

    QString carriedSelect(TableId t) const
    {
        QStringList cols{QStringLiteral("c.tableoid AS toid"), QStringLiteral("c.ctid AS rid")};
        const QStringList carried = p.carried.value(t);
        for (int i = 0; i < carried.size(); ++i)
            cols << QStringLiteral("c.%1 AS k%2").arg(q(carried[i])).arg(i);
        return cols.join(QStringLiteral(", "));
    }

    // Tables whose deleted rows are only counted: reached by exactly one CASCADE foreign key, and neither the parent of any foreign key in play nor the child of a SET action or a
    // RESTRICT / NO ACTION check. Maps each to its one foreign key.
    QHash<TableId, ForeignKeyId> countOnlyLeaves() const
    {
        QHash<TableId, ForeignKeyId> leaves;
        QSet<TableId> busy{p.root};
        for (const QList<ForeignKeyId> *list : {&p.cascades, &p.setActions, &p.checks}) {
            for (ForeignKeyId id : *list) {
                busy.insert(g.foreignKey(id).parent);
                if (list != &p.cascades)
                    busy.insert(g.foreignKey(id).child);
            }
        }
        QHash<TableId, int> inbound;
        QHash<TableId, ForeignKeyId> only;
        for (ForeignKeyId id : p.cascades) {
            ++inbound[g.foreignKey(id).child];
            only.insert(g.foreignKey(id).child, id);
        }
        for (auto it = only.constBegin(); it != only.constEnd(); ++it) {
            if (!busy.contains(it.key()) && inbound.value(it.key()) == 1)
                leaves.insert(it.key(), it.value());
        }
        return leaves;
    }

    // Key objects for samples read from a row of the table itself (alias c).
    QString sampleFromRow(TableId t) const
    {
        const QStringList pk = g.table(t).primaryKey;
        if (pk.isEmpty())
            return QStringLiteral("c.ctid::text AS ctid");
        QStringList cols;
        for (const QString &col : pk)
            cols << QStringLiteral("c.%1").arg(q(col));
        return cols.join(QStringLiteral(", "));
    }

    // Key objects for samples: {"id": 7}, or the row's ctid when the table has no primary key.
    QString sampleFromCarried(TableId t) const
    {
        const QStringList pk = g.table(t).primaryKey;
        if (pk.isEmpty())
            return QStringLiteral("rid::text AS ctid");
        QStringList cols;
        for (int i = 0; i < pk.size(); ++i)
            cols << QStringLiteral("k%1 AS %2").arg(i).arg(q(pk[i]));
        return cols.join(QStringLiteral(", "));
    }

    // c.<fk column i> = d.k<carried index of the referenced column i>, for every pair.
    QString keyJoin(ForeignKeyId id, const QString &child, const QString &parent) const
    {
        const ForeignKey &fk = g.foreignKey(id);
        QStringList parts;
        for (int i = 0; i < fk.columns.size(); ++i)
            parts << QStringLiteral("%1.%2 = %3.k%4")
                         .arg(child, q(fk.columns[i]), parent)
                         .arg(p.carriedIndex(fk.parent, fk.refColumns[i]));
        return parts.join(QStringLiteral(" AND "));
    }

    // The row ids of `t` in array column <prefix><t> of row `row`, as x(rid) or x(rid, toid) (the
    // table oid too when a partitioned table's ctids repeat across partitions).
    QString unnestIds(TableId t, const QString &row, const QString &prefix, const QString &alias = QStringLiteral("x")) const
    {
        const QString column = row + QLatin1Char('.') + prefix;
        if (!partitioned(t))
            return QStringLiteral("unnest(%1%2) %3(rid)").arg(column, QString::number(t), alias);
        return QStringLiteral("unnest(%1%2, %1o%2) %3(rid, toid)").arg(column, QString::number(t), alias);
    }

    // `row` (a table alias) is the row whose ids `ids` holds.
    QString idJoin(TableId t, const QString &row, const QString &ids) const
    {
        QString join = QStringLiteral("%1.ctid = %2.rid").arg(row, ids);
        if (partitioned(t))
            join += QStringLiteral(" AND %1.tableoid = %2.toid").arg(row, ids);
        return join;
    }

    // The recursive query w(depth, f<t>, [fo<t>,] [v<t>, [vo<t>]] ...): one row per depth, holding
    // per table the ids of the rows first reached at that depth (f) and, for tables reached at
    // several depths, every id reached so far (v). Each step joins the ids of the last depth to
    // their rows and those to their CASCADE children, by the children's foreign-key index where
    // there is one; it ends when a depth reaches no new row.
    QString walk(const QList<TableId> &walked, const QString &selection) const
    {
        const QString noIds = QStringLiteral("'{}'::tid[]");
        const QString noOids = QStringLiteral("'{}'::oid[]");
        QStringList names{QStringLiteral("depth")}, first{QStringLiteral("0")}, next{QStringLiteral("w.depth + 1")};
        QStringList laterals, going;
        for (TableId t : walked) {
            const bool part = partitioned(t);
            const bool root = t == p.root;
            names << QStringLiteral("f%1").arg(t);
            first << (root ? QStringLiteral("coalesce(r.f, %1)").arg(noIds) : noIds);
            if (part) {
                names << QStringLiteral("fo%1").arg(t);
                first << (root ? QStringLiteral("coalesce(r.o, %1)").arg(noOids) : noOids);
            }
            if (p.revisited.contains(t)) {
                names << QStringLiteral("v%1").arg(t);
                first << (root ? QStringLiteral("coalesce(r.f, %1)").arg(noIds) : noIds);
                if (part) {
                    names << QStringLiteral("vo%1").arg(t);
                    first << (root ? QStringLiteral("coalesce(r.o, %1)").arg(noOids) : noOids);
                }
            }
            QStringList branches;
            for (ForeignKeyId id : p.cascades) {
                const ForeignKey &fk = g.foreignKey(id);
                if (fk.child != t)
                    continue;
                QStringList match;
                for (int i = 0; i < fk.columns.size(); ++i)
                    match << QStringLiteral("c.%1 = d.%2").arg(q(fk.columns[i]), q(fk.refColumns[i]));
                branches << QStringLiteral("SELECT c.ctid AS rid%1 FROM %2 JOIN %3 d ON %4 JOIN %5 c ON %6 "
                                           "WHERE cardinality(w.f%7) > 0")
                                .arg(part ? QStringLiteral(", c.tableoid AS toid") : QString(),
                                     unnestIds(fk.parent, QStringLiteral("w"), QStringLiteral("f")), relation(fk.parent),
                                     idJoin(fk.parent, QStringLiteral("d"), QStringLiteral("x")), relation(t),
                                     match.join(QStringLiteral(" AND ")), QString::number(fk.parent));
                const QString nonEmpty = QStringLiteral("cardinality(w.f%1) > 0").arg(fk.parent);
                if (!going.contains(nonEmpty))
                    going << nonEmpty;
            }
            if (branches.isEmpty()) {
                next << noIds;
                if (part)
                    next << noOids;
                if (p.revisited.contains(t)) {
                    next << QStringLiteral("w.v%1").arg(t);
                    if (part)
                        next << QStringLiteral("w.vo%1").arg(t);
                }
                continue;
            }
            const QString cols = part ? QStringLiteral("rid, toid") : QStringLiteral("rid");
            QString found = QStringLiteral("SELECT DISTINCT %1 FROM (%2) b").arg(cols, branches.join(QStringLiteral(" UNION ALL ")));
            if (p.revisited.contains(t))
                found += QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE %2)")
                             .arg(unnestIds(t, QStringLiteral("w"), QStringLiteral("v"), QStringLiteral("y")),
                                  part ? QStringLiteral("y.rid = b.rid AND y.toid = b.toid") : QStringLiteral("y.rid = b.rid"));
            laterals << QStringLiteral("CROSS JOIN LATERAL (SELECT coalesce(array_agg(s.rid), %1) AS f%2 FROM (%3) s) n%4")
                            .arg(noIds, part ? QStringLiteral(", coalesce(array_agg(s.toid), %1) AS o").arg(noOids) : QString(), found,
                                 QString::number(t));
            next << QStringLiteral("n%1.f").arg(t);
            if (part)
                next << QStringLiteral("n%1.o").arg(t);
            if (p.revisited.contains(t)) {
                next << QStringLiteral("w.v%1 || n%1.f").arg(t);
                if (part)
                    next << QStringLiteral("w.vo%1 || n%1.o").arg(t);
            }
        }
        QString query = QStringLiteral("SELECT %1 FROM (SELECT array_agg(c.ctid) AS f, array_agg(c.tableoid) AS o FROM %2 c WHERE %3) r")
                            .arg(first.join(QStringLiteral(", ")), relation(p.root), selection);
        if (!going.isEmpty())
            query += QStringLiteral(" UNION ALL SELECT %1 FROM w %2 WHERE %3")
                         .arg(next.join(QStringLiteral(", ")), laterals.join(QLatin1Char(' ')), going.join(QStringLiteral(" OR ")));
        return QStringLiteral("w(%1) AS (%2)").arg(names.join(QStringLiteral(", ")), query);
    }

    // The child rows an ON DELETE event of `id` meets, with what happened to them by then:
    // status 0 = already deleted by an earlier batch (or earlier in the batch, by trigger order),
    // 1 = still there (the action or check applies), 2 = same batch, order unknown.
    QString eventRows(ForeignKeyId id) const
    {
        const ForeignKey &fk = g.foreignKey(id);
        const bool childDeletable = p.inClosure.contains(fk.child);
        QString status = QStringLiteral("1");
        QString join;
        QString inD = QStringLiteral("false");
        if (childDeletable) {
            join = QStringLiteral(" LEFT JOIN %1 x ON x.toid = c.tableoid AND x.rid = c.ctid").arg(allName(fk.child));
            inD = QStringLiteral("x.depth IS NOT NULL");
            // Same batch (depth(c) == depth(r) + 1): a CASCADE from the same parent row whose trigger
            // fires first removes the row first; if only same-row CASCADEs with later triggers can
            // remove it, the event certainly meets it; if a different row of that batch can, the
            // order in which PostgreSQL visited rows decides.
            QStringList firstBySameRow, otherRow;
            const QByteArray mine = m_trigger(id);
            for (ForeignKeyId other : p.cascades) {
                const ForeignKey &o = g.foreignKey(other);
                if (o.child != fk.child)
                    continue;
                const QByteArray theirs = m_trigger(other);
                if (o.parent == fk.parent && !mine.isEmpty() && !theirs.isEmpty() && theirs < mine)
                    firstBySameRow << QStringLiteral("(%1)").arg(keyJoin(other, QStringLiteral("c"), QStringLiteral("d")));
                const QString sameRow = o.parent == fk.parent
                                            ? QStringLiteral(" AND NOT (q.toid = d.toid AND q.rid = d.rid)")
                                            : QString();
                otherRow << QStringLiteral("EXISTS (SELECT 1 FROM %1 q WHERE q.depth = d.depth AND %2%3)")
                                .arg(allName(o.parent), keyJoin(other, QStringLiteral("c"), QStringLiteral("q")), sameRow);
            }
            const QString resolved = firstBySameRow.isEmpty() ? QStringLiteral("false")
                                                              : firstBySameRow.join(QStringLiteral(" OR "));
            const QString raced = otherRow.isEmpty() ? QStringLiteral("false") : otherRow.join(QStringLiteral(" OR "));
            status = QStringLiteral("CASE WHEN x.depth IS NULL OR x.depth > d.depth + 1 THEN 1 "
                                    "WHEN x.depth <= d.depth THEN 0 WHEN %1 THEN 0 WHEN %2 THEN 2 ELSE 1 END")
                         .arg(resolved, raced);
        }
        QStringList cols{QStringLiteral("c.tableoid AS toid"), QStringLiteral("c.ctid AS rid"),
                         status + QStringLiteral(" AS status"), inD + QStringLiteral(" AS in_d"),
                         QStringLiteral("d.depth AS pdepth"), QStringLiteral("d.toid AS rtoid"),
                         QStringLiteral("d.rid AS rrid"),
                         childDeletable ? QStringLiteral("x.depth AS cdepth") : QStringLiteral("NULL::int AS cdepth")};
        for (int i = 0; i < fk.refColumns.size(); ++i)
            cols << QStringLiteral("d.k%1 AS rk%2").arg(p.carriedIndex(fk.parent, fk.refColumns[i])).arg(i);
        const QStringList pk = g.table(fk.child).primaryKey;
        for (int i = 0; i < pk.size(); ++i)
            cols << QStringLiteral("c.%1 AS pk%2").arg(q(pk[i])).arg(i);
        return QStringLiteral("SELECT %1 FROM %2 c JOIN %3 d ON %4%5")
            .arg(cols.join(QStringLiteral(", ")), relation(fk.child), allName(fk.parent),
                 keyJoin(id, QStringLiteral("c"), QStringLiteral("d")), join);
    }

    // json_agg of the child's primary key (or ctid) over rows of an event CTE matching `filter`.
    QString sample(const QString &cte, const QString &filter, TableId child) const
    {
        const QStringList pk = g.table(child).primaryKey;
        QStringList cols;
        for (int i = 0; i < pk.size(); ++i)
            cols << QStringLiteral("pk%1 AS %2").arg(i).arg(q(pk[i]));
        if (cols.isEmpty())
            cols << QStringLiteral("rid::text AS ctid");
        return QStringLiteral("(SELECT json_agg(s) FROM (SELECT %1 FROM %2 WHERE %3 ORDER BY rid LIMIT %4) s)")
            .arg(cols.join(QStringLiteral(", ")), cte, filter)
            .arg(m_samples);
    }

    // The value a SET action writes into a column: NULL, or the column default (NULL without one).
    QString newValue(const ForeignKey &fk, const Column &column) const
    {
        if (fk.onDelete == FkAction::SetDefault && column.defaultExpr)
            return QStringLiteral("(%1)::%2").arg(*column.defaultExpr, column.type);
        return QStringLiteral("NULL::%1").arg(column.type);
    }

    // A column of the child row as the CHECKs see it when `id`'s update runs: its own new value, or
    // the value an earlier SET action on the same row wrote (an earlier batch, or the same parent
    // row with an earlier trigger), or the stored value. Needs `c` (child) and `u` (u_<id>).
    QString valueAfterEarlierUpdates(ForeignKeyId id, const Column &column) const
    {
        const ForeignKey &fk = g.foreignKey(id);
        if (fk.deleteSetColumns().contains(column.name))
            return newValue(fk, column);
        QString value = QStringLiteral("c.%1").arg(q(column.name));
        const QByteArray mine = m_trigger(id);
        for (ForeignKeyId other : p.setActions) {
            const ForeignKey &o = g.foreignKey(other);
            if (other == id || o.child != fk.child || !o.deleteSetColumns().contains(column.name))
                continue;
            const QByteArray theirs = m_trigger(other);
            const QString sameRowEarlier = o.parent == fk.parent && !mine.isEmpty() && !theirs.isEmpty() && theirs < mine
                                               ? QStringLiteral("(rg.depth = u.pdepth AND rg.toid = u.rtoid AND rg.rid = u.rrid)")
                                               : QStringLiteral("false");
            value = QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM %1 rg WHERE %2 AND (rg.depth < u.pdepth OR %3)) "
                                   "THEN %4 ELSE %5 END")
                        .arg(allName(o.parent), keyJoin(other, QStringLiteral("c"), QStringLiteral("rg")), sameRowEarlier,
                             newValue(o, column), value);
        }
        return value;
    }

    // PostgreSQL re-checks a row's foreign keys on UPDATE when the old row version was made by this
    // transaction (RI_FKey_fk_upd_check_required), so a row that two SET actions update is, one batch
    // after the later update, checked against each of its other FKs with a non-NULL key. The check
    // fails when the referenced row is missing or already deleted then, unless the row itself is gone
    // first. Found by the differential test (seed 1795247843293, case 40).
    void addRecheckFacts(TableId child, const QList<ForeignKeyId> &sets, QStringList &ctes, QStringList &facts) const
    {
        QStringList events;
        for (ForeignKeyId id : sets)
            events << QStringLiteral("SELECT toid, rid, pdepth, status FROM u_%1 WHERE status > 0").arg(id);
        const QString twice = QStringLiteral("twice_%1").arg(child);
        ctes << QStringLiteral("%1 AS MATERIALIZED (SELECT toid, rid, max(pdepth) AS b2, bool_or(status = 2) AS unsure "
                               "FROM (%2) e GROUP BY toid, rid HAVING count(*) >= 2)")
                    .arg(twice, events.join(QStringLiteral(" UNION ALL ")));
        const bool childDeletable = p.inClosure.contains(child);
        for (ForeignKeyId gid : g.outgoing(child)) {
            if (sets.contains(gid))
                continue; // its own columns were just set: NULL (no check) or a default (see sdmissing)
            const ForeignKey &fk = g.foreignKey(gid);
            QStringList notNull, matchParent;
            for (int i = 0; i < fk.columns.size(); ++i) {
                notNull << QStringLiteral("c.%1 IS NOT NULL").arg(q(fk.columns[i]));
                matchParent << QStringLiteral("pp.%1 = c.%2").arg(q(fk.refColumns[i]), q(fk.columns[i]));
            }
            const bool parentDeletable = p.inClosure.contains(fk.parent);
            const QString parentDepth = parentDeletable
                ? QStringLiteral("(SELECT min(dp.depth) FROM %1 dp WHERE %2)")
                      .arg(allName(fk.parent), keyJoin(gid, QStringLiteral("c"), QStringLiteral("dp")))
                : QStringLiteral("NULL::int");
            const QString childDepth = childDeletable
                ? QStringLiteral("(SELECT x.depth FROM %1 x WHERE x.toid = c.tableoid AND x.rid = c.ctid)").arg(allName(child))
                : QStringLiteral("NULL::int");
            const QString rows =
                QStringLiteral("SELECT t.rid, t.b2, t.unsure, NOT EXISTS (SELECT 1 FROM %1 pp WHERE %2) AS missing, "
                               "%3 AS pdep, %4 AS cdep%5 FROM %6 t JOIN %7 c ON c.tableoid = t.toid AND c.ctid = t.rid WHERE %8")
                    .arg(relation(fk.parent), matchParent.join(QStringLiteral(" AND ")), parentDepth, childDepth,
                         pkColumnsOf(child), twice, relation(child), notNull.join(QStringLiteral(" AND ")));
            // fail: 1 certain, 2 order-dependent, 0 passes.
            const QString fail = QStringLiteral(
                "CASE WHEN cdep IS NOT NULL AND cdep <= b2 + 1 THEN 0 "
                "WHEN NOT (missing OR (pdep IS NOT NULL AND pdep <= b2 + 2)) THEN 0 "
                "WHEN unsure OR cdep = b2 + 2 OR (NOT missing AND pdep = b2 + 2) THEN 2 ELSE 1 END");
            const QString classified = QStringLiteral("SELECT r.*, %1 AS fail FROM (%2) r").arg(fail, rows);
            facts << QStringLiteral("SELECT 'recheck', %1, 0, count(*) FILTER (WHERE fail = 1), count(*) FILTER (WHERE fail = 2), "
                                    "%2 FROM (%3) f")
                         .arg(gid)
                         .arg(sample(QStringLiteral("(%1) f2").arg(classified), QStringLiteral("fail > 0"), child), classified);
        }
    }

    // ", c.<pk> AS pk0, ..." for samples.
    QString pkColumnsOf(TableId t) const
    {
        QString out;
        const QStringList pk = g.table(t).primaryKey;
        for (int i = 0; i < pk.size(); ++i)
            out += QStringLiteral(", c.%1 AS pk%2").arg(q(pk[i])).arg(i);
        return out;
    }

    void addSetActionFacts(ForeignKeyId id, QStringList &facts) const
    {
        const ForeignKey &fk = g.foreignKey(id);
        const Table &child = g.table(fk.child);
        const QString u = QStringLiteral("u_%1").arg(id);
        const QStringList setCols = fk.deleteSetColumns();
        // NOT NULL: every updated row fails.
        for (const QString &col : setCols) {
            const int index = child.columnIndex(col);
            if (index < 0)
                continue;
            const Column &c = child.columns[index];
            const bool writesNull = fk.onDelete == FkAction::SetNull || !c.defaultExpr;
            if (c.notNull && writesNull)
                facts << QStringLiteral("SELECT 'notnull', %1, %2, count(*) FILTER (WHERE status = 1), "
                                        "count(*) FILTER (WHERE status = 2), %3 FROM %4")
                             .arg(id)
                             .arg(index)
                             .arg(sample(u, QStringLiteral("status > 0"), fk.child), u);
        }
        // The updated row as the CHECK constraints see it.
        if (!child.checks.isEmpty()) {
            QStringList cols{QStringLiteral("u.status AS fkscope_status")};
            QStringList pkOut;
            for (int i = 0; i < child.primaryKey.size(); ++i)
                pkOut << QStringLiteral("u.pk%1").arg(i);
            for (const Column &c : child.columns)
                cols << valueAfterEarlierUpdates(id, c) + QStringLiteral(" AS ") + q(c.name);
            for (int i = 0; i < child.primaryKey.size(); ++i)
                cols << QStringLiteral("u.pk%1 AS fkscope_pk%1").arg(i);
            cols << QStringLiteral("u.rid AS fkscope_rid");
            const QString updated = QStringLiteral("SELECT %1 FROM %2 c JOIN %3 u ON u.toid = c.tableoid AND "
                                                   "u.rid = c.ctid WHERE u.status > 0")
                                        .arg(cols.join(QStringLiteral(", ")), relation(fk.child), u);
            QStringList sampleCols;
            for (int i = 0; i < child.primaryKey.size(); ++i)
                sampleCols << QStringLiteral("fkscope_pk%1 AS %2").arg(i).arg(q(child.primaryKey[i]));
            if (sampleCols.isEmpty())
                sampleCols << QStringLiteral("fkscope_rid::text AS ctid");
            for (int k = 0; k < child.checks.size(); ++k) {
                // A CHECK passes when its expression is true or NULL: the row fails when it is false.
                const QString failing = QStringLiteral("SELECT * FROM (%1) AS %2 WHERE NOT (%3)")
                                            .arg(updated, q(child.name), child.checks[k].expression);
                facts << QStringLiteral("SELECT 'check', %1, %2, count(*) FILTER (WHERE fkscope_status = 1), "
                                        "count(*) FILTER (WHERE fkscope_status = 2), (SELECT json_agg(s) FROM "
                                        "(SELECT %3 FROM (%4) f ORDER BY fkscope_rid LIMIT %5) s) FROM (%4) f")
                             .arg(id)
                             .arg(k)
                             .arg(sampleCols.join(QStringLiteral(", ")), failing)
                             .arg(m_samples);
            }
        }
        // SET DEFAULT fails when the row (if it is not gone first) ends up referencing no row:
        //  - at once, when the default is the deleted parent's own key (PostgreSQL re-runs the
        //    NO ACTION check after a SET DEFAULT);
        //  - at the RI check of the updated row, one batch later, when the default parent does not
        //    exist or is deleted by then; the check is skipped if the row is deleted first;
        //  - when the default parent is deleted later, or in the same batch: its own event
        //    re-defaults the row and the re-check fails, unless the row is deleted before that event
        //    (in the same batch, the order PostgreSQL visits rows decides).
        if (fk.onDelete == FkAction::SetDefault) {
            QStringList newKey, notNull, sameKey, matchParent, matchDeleted;
            for (int i = 0; i < fk.columns.size(); ++i) {
                const int index = child.columnIndex(fk.columns[i]);
                const QString value = setCols.contains(fk.columns[i]) ? newValue(fk, child.columns[index])
                                                                      : QStringLiteral("c.%1").arg(q(fk.columns[i]));
                newKey << value;
                notNull << QStringLiteral("%1 IS NOT NULL").arg(value);
                sameKey << QStringLiteral("%1 = u.rk%2").arg(value).arg(i);
                matchParent << QStringLiteral("pp.%1 = %2").arg(q(fk.refColumns[i]), value);
                matchDeleted << QStringLiteral("dd.k%1 = %2").arg(p.carriedIndex(fk.parent, fk.refColumns[i])).arg(value);
            }
            const QString rows =
                QStringLiteral("SELECT u.*, (%1) AS same_key, EXISTS (SELECT 1 FROM %2 pp WHERE %3) AS pd_exists, "
                               "(SELECT min(dd.depth) FROM %4 dd WHERE %5) AS pd_depth "
                               "FROM %6 c JOIN %7 u ON u.toid = c.tableoid AND u.rid = c.ctid WHERE u.status > 0 AND %8")
                    .arg(sameKey.join(QStringLiteral(" AND ")), relation(fk.parent), matchParent.join(QStringLiteral(" AND ")),
                         allName(fk.parent), matchDeleted.join(QStringLiteral(" AND ")), relation(fk.child), u,
                         notNull.join(QStringLiteral(" AND ")));
            const QString missingAtCheck = QStringLiteral("(NOT pd_exists OR pd_depth <= pdepth + 1)");
            const QString deletedLater = QStringLiteral("(pd_depth > pdepth + 1)");
            const QString err =
                QStringLiteral("CASE WHEN same_key THEN 1 "
                               "WHEN %1 AND (cdepth IS NULL OR cdepth > pdepth + 2) THEN 1 "
                               "WHEN %1 AND cdepth = pdepth + 2 THEN 2 "
                               // The default parent goes in the same batch as the row's own parent:
                               // if its event comes after the update and before the row's deletion
                               // (both in that batch), it re-defaults the row and the re-check fails.
                               "WHEN pd_depth = pdepth AND cdepth = pdepth + 1 THEN 2 "
                               "WHEN %2 AND (cdepth IS NULL OR cdepth > pd_depth + 1) THEN 1 "
                               "WHEN %2 AND cdepth = pd_depth + 1 THEN 2 ELSE 0 END")
                    .arg(missingAtCheck, deletedLater);
            const QString classified = QStringLiteral("SELECT m.*, %1 AS err FROM (%2) m").arg(err, rows);
            facts << QStringLiteral("SELECT 'sdmissing', %1, 0, count(*) FILTER (WHERE status = 1 AND err = 1), "
                                    "count(*) FILTER (WHERE err > 0 AND NOT (status = 1 AND err = 1)), %2 FROM (%3) e")
                         .arg(id)
                         .arg(sample(QStringLiteral("(%1) e2").arg(classified), QStringLiteral("err > 0"), fk.child),
                              classified);
        }
    }

    const SchemaGraph &g;
    const ImpactPlan &p;
    int m_samples;
    const QuoteName &q;
    const std::function<QByteArray(ForeignKeyId)> &m_trigger;
};

} // namespace

ImpactSql buildImpactSql(const SchemaGraph &graph, const ImpactPlan &plan, const QString &selection, int samples,
                         const QuoteName &quote, const std::function<QByteArray(ForeignKeyId)> &triggerName)
{
    Builder builder(graph, plan, samples, quote, triggerName);
    return {builder.build(selection).toStdString()};
}

} // namespace fkscope
