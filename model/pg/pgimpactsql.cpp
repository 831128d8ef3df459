// SPDX-License-Identifier: Apache-2.0
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

#include <algorithm>

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

    // Twice: the first pass finds the tables a fact reads whole (m_joined), which decides where the
    // counts and key arrays of the second read from.
    QString build(const QString &selection)
    {
        m_joined.clear();
        buildOnce(selection);
        const QSet<TableId> joinedTables = m_joined;
        const QString text = buildOnce(selection);
        Q_ASSERT(m_joined == joinedTables);
        return text;
    }

private:
    QString buildOnce(const QString &selection)
    {
        QStringList ctes;
        QStringList facts;
        const QHash<TableId, QList<ForeignKeyId>> leaves = countOnlyLeaves();
        QList<TableId> walked; // the tables the recursive query walks: the closure but its leaves
        for (TableId t : p.closure) {
            if (!leaves.contains(t))
                walked.append(t);
        }
        ctes << walk(walked, selection);
        for (TableId t : walked) {
            // The rows of `t` with their depth and carried columns (depth, rid, toid, k0, ...).
            const QStringList cols = QStringList{QStringLiteral("w.depth"), QStringLiteral("x.rid"), QStringLiteral("x.toid")} + carriedOf(t);
            // The counts, samples and key arrays read the walk's arrays directly, so all_<t> is
            // computed only as far as its readers go (an EXISTS, a LIMIT stop early). MATERIALIZED:
            // inlined into a join, its row estimate led the planner to a memoized bitmap scan per
            // key, twice as slow as the index scan it picks over the CTE (bench_impact --shape orders).
            ctes << QStringLiteral("%1 AS MATERIALIZED (SELECT %2 FROM w CROSS JOIN LATERAL %3)")
                        .arg(allName(t), cols.join(QStringLiteral(", ")), unnestFrontier(t));
        }
        for (TableId t : p.closure) {
            if (leaves.contains(t)) {
                // Counted once at the end, by one sorted pass over the child's index per foreign key
                // whose key is one column (a bitmap scan visits each heap page once); a composite key
                // joins (each child row references one parent row, so count(*) is exact).
                const QList<ForeignKeyId> &fks = leaves.value(t);
                QStringList any;
                QStringList samples; // a few rows by each foreign key's join, which LIMIT stops early (a bitmap scan cannot stop)
                for (ForeignKeyId id : fks) {
                    any << anyParentKey(id);
                    samples << QStringLiteral("%1 c JOIN %2 d ON %3")
                                   .arg(relation(t), allName(g.foreignKey(id).parent), keyJoin(id, QStringLiteral("c"), QStringLiteral("d")));
                }
                const QString from = any.contains(QString()) ? samples.first() // one composite foreign key
                                                             : QStringLiteral("%1 c WHERE %2").arg(relation(t), any.join(QStringLiteral(" OR ")));
                for (QString &sample : samples)
                    sample = QStringLiteral("(SELECT %1 FROM %2 LIMIT %3)").arg(sampleFromRow(t), sample, QString::number(m_samples));
                facts << QStringLiteral("SELECT 'deleted', %1, 0, count(*), 0::bigint, (SELECT json_agg(s) FROM (SELECT * FROM (%2) u LIMIT %3) s) FROM %4")
                             .arg(QString::number(t), samples.join(QStringLiteral(" UNION ")), QString::number(m_samples), from);
                continue;
            }
            if (m_joined.contains(t)) {
                facts << QStringLiteral("SELECT 'deleted', %1, 0, count(*), 0::bigint, (SELECT json_agg(s) FROM (SELECT %2 "
                                        "FROM %3 ORDER BY depth, rid LIMIT %4) s) FROM %3")
                             .arg(t)
                             .arg(sampleFromCarried(t), allName(t))
                             .arg(m_samples);
                continue;
            }
            // Counted from the walk's arrays (one row per depth) rather than row by row. The samples
            // are the first rows by (depth, ctid): the first few of each depth up to the first depth
            // by which enough rows were reached.
            const QStringList sampled = QStringList{QStringLiteral("x.rid")} + carriedOf(t);
            const QString enough = QStringLiteral("coalesce((SELECT min(depth) FROM (SELECT depth, sum(cardinality(f)) OVER (ORDER BY depth) "
                                                  "AS reached FROM (SELECT depth, %1 AS f FROM w) v) e WHERE reached >= %2), 2147483647)")
                                       .arg(ctids(t), QString::number(m_samples));
            facts << QStringLiteral("SELECT 'deleted', %1, 0, coalesce(sum(cardinality(w.%2)), 0)::bigint, 0::bigint, "
                                    "(SELECT json_agg(s) FROM (SELECT %3 FROM (SELECT w.depth, y.* FROM w CROSS JOIN LATERAL "
                                    "(SELECT %4 FROM %5 ORDER BY x.rid LIMIT %6) y WHERE w.depth <= %7) z ORDER BY depth, rid LIMIT %6) s) FROM w")
                         .arg(QString::number(t), ctids(t), sampleFromCarried(t), sampled.join(QStringLiteral(", ")), unnestFrontier(t))
                         .arg(QString::number(m_samples), enough);
        }
        if (m_joined.contains(p.root))
            facts.prepend(QStringLiteral("SELECT 'root', %1, 0, count(*), 0::bigint, NULL::json FROM %2 WHERE depth = 0")
                              .arg(p.root)
                              .arg(allName(p.root)));
        else
            facts.prepend(QStringLiteral("SELECT 'root', %1, 0, coalesce(sum(cardinality(w.%2)), 0)::bigint, 0::bigint, NULL::json "
                                         "FROM w WHERE depth = 0")
                              .arg(QString::number(p.root), ctids(p.root)));
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
    // all_<t> where a fact reads it whole (a join, a correlated lookup): then it is computed in full
    // anyway, and the counts, samples and key arrays read it too rather than the walk's arrays.
    QString joined(TableId t) const
    {
        m_joined.insert(t);
        return allName(t);
    }
    bool partitioned(TableId t) const { return g.table(t).kind == TableKind::PartitionedTable; }

    // A partitioned table is read as a whole (its rows live in its partitions); any other table
    // ONLY, as the referential triggers read it (rows of INHERITS children are not referenced rows).
    QString relation(TableId t) const
    {
        const Table &table = g.table(t);
        const QString name = q(table.schema) + QLatin1Char('.') + q(table.name);
        return table.kind == TableKind::PartitionedTable ? name : QStringLiteral("ONLY ") + name;
    }

    // Tables whose deleted rows are only counted: neither the parent of any foreign key in play nor
    // the child of a SET action or a RESTRICT / NO ACTION check, so no fact needs their rows' depths.
    // Each maps to the CASCADE foreign keys that reach it: one of any kind, or several whose keys are
    // one column each (a child row goes when any of them references a deleted row).
    QHash<TableId, QList<ForeignKeyId>> countOnlyLeaves() const
    {
        QSet<TableId> busy{p.root};
        for (const QList<ForeignKeyId> *list : {&p.cascades, &p.setActions, &p.checks}) {
            for (ForeignKeyId id : *list) {
                busy.insert(g.foreignKey(id).parent);
                if (list != &p.cascades)
                    busy.insert(g.foreignKey(id).child);
            }
        }
        QHash<TableId, QList<ForeignKeyId>> inbound;
        for (ForeignKeyId id : p.cascades)
            inbound[g.foreignKey(id).child].append(id);
        QHash<TableId, QList<ForeignKeyId>> leaves;
        for (auto it = inbound.constBegin(); it != inbound.constEnd(); ++it) {
            const bool oneColumnEach = std::all_of(it.value().begin(), it.value().end(),
                                                   [&](ForeignKeyId id) { return !anyParentKey(id).isEmpty(); });
            if (!busy.contains(it.key()) && (it.value().size() == 1 || oneColumnEach))
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

    // Array columns of the walk's working row for table `t`: its rows' ctids (f<t>), tableoids
    // (o<t>), carried columns (k<t>_<i>). The rows a revisited table has seen: seenColumns().
    static QString ctids(TableId t) { return QStringLiteral("f%1").arg(t); }
    static QString oids(TableId t) { return QStringLiteral("o%1").arg(t); }
    static QString keys(TableId t, int i) { return QStringLiteral("k%1_%2").arg(t).arg(i); }

    // "c.<fk column> = ANY(ARRAY(<every key of a deleted parent row>))" for a one-column foreign key
    // whose key travels in its own type; empty otherwise. PostgreSQL sorts the array and reads the
    // child's index once in key order (a bitmap scan visits each heap page once), where a join
    // probes the index once per parent row: 6 times faster for 300,000 keys on a table never vacuumed.
    QString anyParentKey(ForeignKeyId id) const
    {
        const int k = oneColumnKey(id);
        if (k < 0)
            return QString();
        const ForeignKey &fk = g.foreignKey(id);
        if (m_joined.contains(fk.parent))
            return QStringLiteral("c.%1 = ANY(ARRAY(SELECT d.k%2 FROM %3 d))").arg(q(fk.columns.first()), QString::number(k), allName(fk.parent));
        return QStringLiteral("c.%1 = ANY(ARRAY(SELECT d FROM w CROSS JOIN LATERAL unnest(w.%2) d))")
            .arg(q(fk.columns.first()), keys(fk.parent, k));
    }

    // The carried index of the parent column a one-column foreign key references, when that key
    // travels in its own type (so `child column = ANY(keys)` can use the child's index); else -1.
    int oneColumnKey(ForeignKeyId id) const
    {
        const ForeignKey &fk = g.foreignKey(id);
        if (fk.columns.size() != 1)
            return -1;
        const int k = p.carriedIndex(fk.parent, fk.refColumns.first());
        return asText(fk.parent, k) ? -1 : k;
    }

    // The columns of `t`'s rows in the walk's working row, in unnest order: ctid, tableoid, carried.
    QStringList frontierColumns(TableId t) const
    {
        QStringList cols{ctids(t), oids(t)};
        for (int i = 0; i < p.carried.value(t).size(); ++i)
            cols << keys(t, i);
        return cols;
    }

    // A typed empty (NULL) array for each frontier column of `t`: NULL behaves as an empty array
    // for unnest, ||, array_agg and cardinality(...) > 0.
    QStringList noRows(TableId t) const
    {
        QStringList cols{QStringLiteral("NULL::tid[]"), QStringLiteral("NULL::oid[]")};
        for (int i = 0; i < p.carried.value(t).size(); ++i)
            cols << QStringLiteral("NULL::%1[]").arg(asText(t, i) ? QStringLiteral("text") : carriedType(t, i));
        return cols;
    }

    QString carriedType(TableId t, int i) const
    {
        const Table &table = g.table(t);
        return table.columns.value(table.columnIndex(p.carried.value(t).value(i))).type;
    }

    // array_agg over an array-typed key would build a two-dimensional array that unnest flattens:
    // such keys travel as text and are cast back.
    bool asText(TableId t, int i) const { return carriedType(t, i).endsWith(QLatin1String("]")); }
    QString carriedValue(TableId t, int i, const QString &value) const
    {
        return asText(t, i) ? QStringLiteral("(%1)::%2").arg(value, carriedType(t, i)) : value;
    }

    // "x.k0 AS k0, ...": the carried columns of `t` from an unnested frontier x, in their own types.
    QStringList carriedOf(TableId t) const
    {
        QStringList cols;
        for (int i = 0; i < p.carried.value(t).size(); ++i)
            cols << QStringLiteral("%1 AS k%2").arg(carriedValue(t, i, QStringLiteral("x.k%1").arg(i))).arg(i);
        return cols;
    }

    // The frontier's values from the row c of `t`: ctid, tableoid, carried columns.
    QStringList frontierValues(TableId t) const
    {
        QStringList values{QStringLiteral("c.ctid"), QStringLiteral("c.tableoid")};
        const QStringList carried = p.carried.value(t);
        for (int i = 0; i < carried.size(); ++i)
            values << QStringLiteral("c.") + q(carried[i]) + (asText(t, i) ? QStringLiteral("::text") : QString());
        return values;
    }

    // "c.ctid AS rid, c.tableoid AS toid, c.<col> AS k0, ...".
    QString frontierSelect(TableId t) const
    {
        const QStringList values = frontierValues(t);
        const QStringList names = frontierNames(t);
        QStringList cols;
        for (int i = 0; i < values.size(); ++i)
            cols << values[i] + QStringLiteral(" AS ") + names[i];
        return cols.join(QStringLiteral(", "));
    }

    // rid, toid, k0, k1, ...: the names of frontierValues(t) in the walk and in all_<t>.
    QStringList frontierNames(TableId t) const
    {
        QStringList cols{QStringLiteral("rid"), QStringLiteral("toid")};
        for (int i = 0; i < p.carried.value(t).size(); ++i)
            cols << QStringLiteral("k%1").arg(i);
        return cols;
    }

    // unnest(w.f<t>, w.o<t>, w.k<t>_0, ...) x(rid, toid, k0, ...): the rows of `t` a working row holds.
    QString unnestFrontier(TableId t) const
    {
        QStringList arrays;
        for (const QString &col : frontierColumns(t))
            arrays << QStringLiteral("w.") + col;
        return QStringLiteral("unnest(%1) x(%2)").arg(arrays.join(QStringLiteral(", ")), frontierNames(t).join(QStringLiteral(", ")));
    }

    // The rows a revisited table already has, in the walk's working row. Checking a row against them
    // must not cost the size of the set at every depth (a 188-deep reply chain over 188,000 rows
    // rebuilt a hash of them 188 times: 25 s): the ctids are kept in two sorted arrays, a big one
    // (sb<t>) rebuilt only when the small one (ss<t>), re-sorted at each depth, outgrows an eighth of
    // it, and a row is found in each by a binary search (width_bucket). A partitioned table's ctids
    // repeat across partitions: its rows go with their tableoids (v<t>, vo<t>) into a hash anti-join.
    QStringList seenColumns(TableId t) const
    {
        return partitioned(t) ? QStringList{QStringLiteral("v%1").arg(t), QStringLiteral("vo%1").arg(t)}
                              : QStringList{QStringLiteral("sb%1").arg(t), QStringLiteral("ss%1").arg(t)};
    }

    // The first depth's values of seenColumns(t) (r: the root rows' arrays).
    QString seenFirst(TableId t, bool root) const
    {
        if (!root)
            return partitioned(t) ? QStringLiteral("NULL::tid[], NULL::oid[]") : QStringLiteral("NULL::tid[], NULL::tid[]");
        return partitioned(t) ? QStringLiteral("r.a0, r.a1") : QStringLiteral("ARRAY(SELECT u FROM unnest(r.a0) u ORDER BY u), NULL::tid[]");
    }

    // True when row `b` (rid, toid) of `t` was reached at an earlier depth.
    QString seenBefore(TableId t, const QString &b) const
    {
        if (partitioned(t))
            return QStringLiteral("EXISTS (SELECT 1 FROM unnest(w.v%1, w.vo%1) y(rid, toid) WHERE y.rid = %2.rid AND y.toid = %2.toid)")
                .arg(QString::number(t), b);
        return QStringLiteral("(coalesce(w.sb%1[width_bucket(%2.rid, w.sb%1)] = %2.rid, false) OR "
                              "coalesce(w.ss%1[width_bucket(%2.rid, w.ss%1)] = %2.rid, false))")
            .arg(QString::number(t), b);
    }

    // The last depth whose new rows of `t` must join its seen set, or -1 for every depth. A row
    // comes once through each foreign key (from its one parent row, itself reached once), so only
    // rows that another foreign key may bring again need remembering. A foreign key from a table with
    // one depth d brings rows at depth d + 1 only; when at most one foreign key into `t` comes from a
    // table of several depths, rows that come after the last such d + 1 come through it alone.
    int lastSeenDepth(TableId t) const
    {
        int several = 0, last = 0;
        for (ForeignKeyId id : p.cascades) {
            const ForeignKey &fk = g.foreignKey(id);
            if (fk.child != t)
                continue;
            if (p.revisited.contains(fk.parent))
                ++several;
            else
                last = std::max(last, p.depth.value(fk.parent) + 1);
        }
        return several >= 2 ? -1 : last;
    }

    // seenColumns(t) after adding the new rows of lateral `n` (n.a0: ctids, n.a1: tableoids).
    QString seenNext(TableId t, const QString &n) const
    {
        const int last = lastSeenDepth(t);
        if (last == 0) // only the root rows, as the first depth set them
            return QStringLiteral("w.%1, w.%2").arg(seenColumns(t)[0], seenColumns(t)[1]);
        return seenGrow(t, n, last);
    }

    // Adds the new rows while the depth is at most `last` (-1: always).
    QString seenGrow(TableId t, const QString &n, int last) const
    {
        const QString until = last < 0 ? QString() : QStringLiteral("w.depth + 1 > %1 OR ").arg(last);
        if (partitioned(t))
            return QStringLiteral("CASE WHEN %3%2.a0 IS NULL THEN w.v%1 ELSE w.v%1 || %2.a0 END, "
                                  "CASE WHEN %3%2.a0 IS NULL THEN w.vo%1 ELSE w.vo%1 || %2.a1 END")
                .arg(QString::number(t), n, until);
        const QString merge = QStringLiteral("coalesce(cardinality(w.ss%1), 0) + cardinality(%2.a0) > "
                                             "greatest(4096, coalesce(cardinality(w.sb%1), 0) / 8)")
                                  .arg(QString::number(t), n);
        return QStringLiteral("CASE WHEN %4%2.a0 IS NULL OR NOT (%3) THEN w.sb%1 "
                              "ELSE ARRAY(SELECT u FROM unnest(w.sb%1 || w.ss%1 || %2.a0) u ORDER BY u) END, "
                              "CASE WHEN %4%2.a0 IS NULL THEN w.ss%1 WHEN %3 THEN NULL::tid[] "
                              "ELSE ARRAY(SELECT u FROM unnest(w.ss%1 || %2.a0) u ORDER BY u) END")
            .arg(QString::number(t), n, merge, until);
    }

    // The recursive query w(depth, <frontier columns of each walked table>, [seenColumns(t)] ...): one
    // row per depth, holding per table the rows first reached at that depth (their ctids,
    // tableoids and carried key columns, as parallel arrays) and, for tables reached at several
    // depths, the ids of every row reached so far. Each step looks up the CASCADE children of the
    // last depth's keys (by the children's foreign-key index where there is one); no parent row is
    // read again. It ends when a depth reaches no new row.
    QString walk(const QList<TableId> &walked, const QString &selection) const
    {
        QStringList names{QStringLiteral("depth")}, first{QStringLiteral("0")}, next{QStringLiteral("w.depth + 1")};
        QStringList laterals, going;
        for (TableId t : walked) {
            const bool root = t == p.root;
            const bool revisited = p.revisited.contains(t);
            const QStringList cols = frontierColumns(t);
            const QStringList empty = noRows(t);
            names << cols;
            for (int i = 0; i < cols.size(); ++i)
                first << (root ? QStringLiteral("r.a%1").arg(i) : empty[i]);
            if (revisited) {
                names << seenColumns(t);
                first << seenFirst(t, root);
            }
            QStringList branches;
            QString again; // the one branch from a revisited parent, when there is exactly one
            int fromRevisited = 0;
            for (ForeignKeyId id : p.cascades) {
                const ForeignKey &fk = g.foreignKey(id);
                if (fk.child != t)
                    continue;
                // The parent keys this foreign key references, straight from the frontier arrays.
                QStringList arrays, aliases, match;
                for (int i = 0; i < fk.columns.size(); ++i) {
                    const int k = p.carriedIndex(fk.parent, fk.refColumns[i]);
                    arrays << QStringLiteral("w.") + keys(fk.parent, k);
                    aliases << QStringLiteral("a%1").arg(i);
                    match << QStringLiteral("c.%1 = %2").arg(q(fk.columns[i]), carriedValue(fk.parent, k, QStringLiteral("x.a%1").arg(i)));
                }
                const QString nonEmpty = QStringLiteral("cardinality(w.%1) > 0").arg(ctids(fk.parent));
                if (oneColumnKey(id) >= 0)
                    branches << QStringLiteral("SELECT %1 FROM %2 c WHERE c.%3 = ANY(%4) AND %5")
                                    .arg(frontierSelect(t), relation(t), q(fk.columns.first()), arrays.first(), nonEmpty);
                else
                    branches << QStringLiteral("SELECT %1 FROM unnest(%2) x(%3) JOIN %4 c ON %5 WHERE %6")
                                    .arg(frontierSelect(t), arrays.join(QStringLiteral(", ")), aliases.join(QStringLiteral(", ")),
                                         relation(t), match.join(QStringLiteral(" AND ")), nonEmpty);
                if (p.revisited.contains(fk.parent)) {
                    ++fromRevisited;
                    again = branches.last();
                }
                if (!going.contains(nonEmpty))
                    going << nonEmpty;
            }
            if (branches.isEmpty()) {
                next << empty;
                if (revisited)
                    for (const QString &col : seenColumns(t))
                        next << QStringLiteral("w.") + col;
                continue;
            }
            // One foreign key reaches each child row from one parent row at most once; several may
            // reach it twice.
            // Past lastSeenDepth(t), rows come through the one foreign key from a revisited parent
            // alone (see there): the DISTINCT, a hash of every row at every depth, is left out then.
            QString found;
            const int last = revisited ? lastSeenDepth(t) : -1;
            if (branches.size() == 1)
                found = QStringLiteral("SELECT * FROM (%1) b").arg(branches.first());
            else if (last >= 0 && fromRevisited == 1)
                found = QStringLiteral("SELECT * FROM (SELECT DISTINCT * FROM (%1) d WHERE w.depth + 1 <= %2 "
                                       "UNION ALL SELECT * FROM (%3) e WHERE w.depth + 1 > %2) b")
                            .arg(branches.join(QStringLiteral(" UNION ALL ")), QString::number(last), again);
            else
                found = QStringLiteral("SELECT DISTINCT * FROM (%1) b").arg(branches.join(QStringLiteral(" UNION ALL ")));
            if (revisited)
                found += QStringLiteral(" WHERE NOT ") + seenBefore(t, QStringLiteral("b"));
            QStringList aggregates;
            const QStringList fields = frontierNames(t);
            for (int i = 0; i < fields.size(); ++i)
                aggregates << QStringLiteral("array_agg(s.%1) AS a%2").arg(fields[i]).arg(i);
            const QString lateral = QStringLiteral("n%1").arg(t);
            laterals << QStringLiteral("CROSS JOIN LATERAL (SELECT %1 FROM (%2) s) %3")
                            .arg(aggregates.join(QStringLiteral(", ")), found, lateral);
            for (int i = 0; i < fields.size(); ++i)
                next << QStringLiteral("%1.a%2").arg(lateral).arg(i);
            if (revisited)
                next << seenNext(t, lateral);
        }
        QStringList rootArrays;
        const QStringList rootValues = frontierValues(p.root);
        for (int i = 0; i < rootValues.size(); ++i)
            rootArrays << QStringLiteral("array_agg(%1) AS a%2").arg(rootValues[i]).arg(i);
        QString query = QStringLiteral("SELECT %1 FROM (SELECT %2 FROM %3 c WHERE %4) r")
                            .arg(first.join(QStringLiteral(", ")), rootArrays.join(QStringLiteral(", ")), relation(p.root), selection);
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
        const QStringList pk = g.table(fk.child).primaryKey;
        // The common case, without a join: the child rows stay (status 1), every parent row goes at
        // the table's one depth, and no same-row trigger order asks which parent row it was.
        bool sameParentRow = false;
        for (ForeignKeyId other : p.setActions)
            sameParentRow = sameParentRow || (other != id && g.foreignKey(other).child == fk.child && g.foreignKey(other).parent == fk.parent);
        const QString any = anyParentKey(id);
        if (!childDeletable && !p.revisited.contains(fk.parent) && !sameParentRow && !any.isEmpty()) {
            QStringList cols{QStringLiteral("c.tableoid AS toid"), QStringLiteral("c.ctid AS rid"), QStringLiteral("1 AS status"),
                             QStringLiteral("false AS in_d"), QStringLiteral("%1 AS pdepth").arg(p.depth.value(fk.parent)),
                             QStringLiteral("NULL::oid AS rtoid"), QStringLiteral("NULL::tid AS rrid"), QStringLiteral("NULL::int AS cdepth"),
                             QStringLiteral("c.%1 AS rk0").arg(q(fk.columns.first()))};
            for (int i = 0; i < pk.size(); ++i)
                cols << QStringLiteral("c.%1 AS pk%2").arg(q(pk[i])).arg(i);
            return QStringLiteral("SELECT %1 FROM %2 c WHERE %3").arg(cols.join(QStringLiteral(", ")), relation(fk.child), any);
        }
        QString status = QStringLiteral("1");
        QString join;
        QString inD = QStringLiteral("false");
        if (childDeletable) {
            join = QStringLiteral(" LEFT JOIN %1 x ON x.toid = c.tableoid AND x.rid = c.ctid").arg(joined(fk.child));
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
                                .arg(joined(o.parent), keyJoin(other, QStringLiteral("c"), QStringLiteral("q")), sameRow);
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
        for (int i = 0; i < pk.size(); ++i)
            cols << QStringLiteral("c.%1 AS pk%2").arg(q(pk[i])).arg(i);
        return QStringLiteral("SELECT %1 FROM %2 c JOIN %3 d ON %4%5")
            .arg(cols.join(QStringLiteral(", ")), relation(fk.child), joined(fk.parent),
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
                        .arg(joined(o.parent), keyJoin(other, QStringLiteral("c"), QStringLiteral("rg")), sameRowEarlier,
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
            // A SET action's own update leaves its columns NULL (no check) or a default (see
            // sdmissing); a row it did not update is re-checked like any other (found by the
            // differential test with cycles: a NOT VALID key of 777 that no event touched).
            QString own, unsure = QStringLiteral("t.unsure");
            if (sets.contains(gid)) {
                own = QStringLiteral(" LEFT JOIN u_%1 o ON o.toid = t.toid AND o.rid = t.rid").arg(gid);
                unsure = QStringLiteral("(t.unsure OR o.status = 2)");
            }
            const ForeignKey &fk = g.foreignKey(gid);
            QStringList where, matchParent; // the rows re-checked, the parent row they need
            for (int i = 0; i < fk.columns.size(); ++i) {
                where << QStringLiteral("c.%1 IS NOT NULL").arg(q(fk.columns[i]));
                matchParent << QStringLiteral("pp.%1 = c.%2").arg(q(fk.refColumns[i]), q(fk.columns[i]));
            }
            const bool parentDeletable = p.inClosure.contains(fk.parent);
            const QString parentDepth = parentDeletable
                ? QStringLiteral("(SELECT min(dp.depth) FROM %1 dp WHERE %2)")
                      .arg(joined(fk.parent), keyJoin(gid, QStringLiteral("c"), QStringLiteral("dp")))
                : QStringLiteral("NULL::int");
            const QString childDepth = childDeletable
                ? QStringLiteral("(SELECT x.depth FROM %1 x WHERE x.toid = c.tableoid AND x.rid = c.ctid)").arg(joined(child))
                : QStringLiteral("NULL::int");
            if (!own.isEmpty())
                where << QStringLiteral("o.status IS DISTINCT FROM 1");
            const QString rows =
                QStringLiteral("SELECT t.rid, t.b2, %9 AS unsure, NOT EXISTS (SELECT 1 FROM %1 pp WHERE %2) AS missing, "
                               "%3 AS pdep, %4 AS cdep%5 FROM %6 t JOIN %7 c ON c.tableoid = t.toid AND c.ctid = t.rid%10 WHERE %8")
                    .arg(relation(fk.parent), matchParent.join(QStringLiteral(" AND ")), parentDepth, childDepth,
                         pkColumnsOf(child), twice, relation(child), where.join(QStringLiteral(" AND ")), unsure, own);
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

    // Whether the SET action `other` updates the row of u (u_<id>) in the same batch from another
    // parent row, its event meeting the row with a status matching `status` ("> 0", "= 2").
    QString concurrentUpdate(ForeignKeyId id, ForeignKeyId other, const QString &status) const
    {
        const QString sameRow = g.foreignKey(other).parent == g.foreignKey(id).parent
                                    ? QStringLiteral(" AND NOT (uo.rtoid = u.rtoid AND uo.rrid = u.rrid)")
                                    : QString();
        return QStringLiteral("EXISTS (SELECT 1 FROM u_%1 uo WHERE uo.toid = u.toid AND uo.rid = u.rid AND uo.status %2 "
                              "AND uo.pdepth = u.pdepth%3)")
            .arg(QString::number(other), status, sameRow);
    }

    // ", a.fkscope_pk0, ..." of a row image of `t` aliased `alias`.
    QString pkOut(TableId t, const QString &alias) const
    {
        QString out;
        for (int i = 0; i < g.table(t).primaryKey.size(); ++i)
            out += QStringLiteral(", %1.fkscope_pk%2").arg(alias).arg(i);
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
            // Other SET actions that may update the same row in the same batch from another parent
            // row (keys apart, so each still finds the row): PostgreSQL runs the two updates in an
            // order no schema tells, and the later one sees both. Found by the cycle-biased
            // differential test (seed 4250, case 1881: SET NULL of f1 from one deleted row and of
            // f3 from another, CHECK (f1 IS NOT NULL OR f3 IS NOT NULL)).
            QList<ForeignKeyId> concurrent;
            for (ForeignKeyId other : p.setActions) {
                const ForeignKey &o = g.foreignKey(other);
                bool apart = other != id && o.child == fk.child;
                for (const QString &col : o.columns)
                    apart = apart && !fk.columns.contains(col);
                if (apart)
                    concurrent << other;
            }
            // The row as update `who` writes it, over what certainly came before (and with the
            // concurrent updates of `id` too when `withConcurrent`).
            auto image = [&](ForeignKeyId who, bool withConcurrent) {
                const ForeignKey &w = g.foreignKey(who);
                QStringList cols{QStringLiteral("u.status AS fkscope_status")};
                for (const Column &c : child.columns) {
                    QString value = valueAfterEarlierUpdates(who, c);
                    if (withConcurrent && !w.deleteSetColumns().contains(c.name)) {
                        for (ForeignKeyId other : concurrent) {
                            if (g.foreignKey(other).deleteSetColumns().contains(c.name))
                                value = QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END")
                                            .arg(concurrentUpdate(who, other, QStringLiteral("> 0")), newValue(g.foreignKey(other), c), value);
                        }
                    }
                    cols << value + QStringLiteral(" AS ") + q(c.name);
                }
                for (int i = 0; i < child.primaryKey.size(); ++i)
                    cols << QStringLiteral("u.pk%1 AS fkscope_pk%1").arg(i);
                cols << QStringLiteral("u.rid AS fkscope_rid") << QStringLiteral("u.toid AS fkscope_toid");
                if (who == id && !withConcurrent && !concurrent.isEmpty()) {
                    QStringList count, higher, unsure;
                    for (ForeignKeyId other : concurrent) {
                        const QString by = concurrentUpdate(id, other, QStringLiteral("> 0"));
                        cols << QStringLiteral("%1 AS fkscope_c%2").arg(by).arg(other);
                        count << QStringLiteral("(%1)::int").arg(by);
                        if (other > id)
                            higher << by;
                        unsure << concurrentUpdate(id, other, QStringLiteral("= 2"));
                    }
                    cols << count.join(QStringLiteral(" + ")) + QStringLiteral(" AS fkscope_conc")
                         << (higher.isEmpty() ? QStringLiteral("false") : higher.join(QStringLiteral(" OR "))) + QStringLiteral(" AS fkscope_higher")
                         << unsure.join(QStringLiteral(" OR ")) + QStringLiteral(" AS fkscope_unsure");
                }
                return QStringLiteral("SELECT %1 FROM %2 c JOIN u_%3 u ON u.toid = c.tableoid AND u.rid = c.ctid WHERE u.status > 0")
                    .arg(cols.join(QStringLiteral(", ")), relation(fk.child), QString::number(who));
            };
            const QString updated = image(id, false);
            QStringList sampleCols;
            for (int i = 0; i < child.primaryKey.size(); ++i)
                sampleCols << QStringLiteral("fkscope_pk%1 AS %2").arg(i).arg(q(child.primaryKey[i]));
            if (sampleCols.isEmpty())
                sampleCols << QStringLiteral("fkscope_rid::text AS ctid");
            for (int k = 0; k < child.checks.size(); ++k) {
                // A CHECK passes when its expression is true or NULL: the row fails when it is false.
                QString failing;
                if (concurrent.isEmpty()) {
                    failing = QStringLiteral("SELECT * FROM (%1) AS %2 WHERE NOT (%3)").arg(updated, q(child.name), child.checks[k].expression);
                } else {
                    // With one concurrent update o, either runs first and sees the row with its own
                    // change only (a: this one, o: the other's), and the later sees both (b). The
                    // row certainly fails when each order fails somewhere: counted as certain on
                    // the one of the two with the higher id (which of them PostgreSQL names then
                    // cannot be known). Otherwise this update fails when it runs first and fails
                    // (a), or runs last after an o that passed (b): uncertain. With several
                    // concurrent updates, any failure is uncertain.
                    const QString judge = QStringLiteral("SELECT *, coalesce(NOT (%1), false) AS fkscope_fail FROM (%2) AS %3")
                                              .arg(child.checks[k].expression);
                    QString joins;
                    QStringList other;
                    for (ForeignKeyId o : concurrent) {
                        joins += QStringLiteral(" LEFT JOIN (%1) o%2 ON o%2.fkscope_toid = a.fkscope_toid AND o%2.fkscope_rid = a.fkscope_rid")
                                     .arg(judge.arg(image(o, false), q(child.name)))
                                     .arg(o);
                        other << QStringLiteral("WHEN a.fkscope_c%1 THEN coalesce(o%1.fkscope_fail, false)").arg(o);
                    }
                    const QString otherFails = QStringLiteral("(CASE %1 ELSE false END)").arg(other.join(QLatin1Char(' ')));
                    failing = QStringLiteral(
                                  "SELECT * FROM (SELECT a.fkscope_rid%1, CASE "
                                  "WHEN a.fkscope_conc = 0 THEN CASE WHEN a.fkscope_fail THEN a.fkscope_status ELSE 0 END "
                                  "WHEN a.fkscope_conc > 1 THEN CASE WHEN a.fkscope_fail OR b.fkscope_fail THEN 2 ELSE 0 END "
                                  "WHEN (a.fkscope_fail OR b.fkscope_fail) AND (%4 OR b.fkscope_fail) THEN "
                                  "CASE WHEN a.fkscope_higher THEN 0 WHEN a.fkscope_unsure THEN 2 ELSE a.fkscope_status END "
                                  "WHEN a.fkscope_fail OR (NOT %4 AND b.fkscope_fail) THEN 2 ELSE 0 END AS fkscope_status "
                                  "FROM (%2) a JOIN (%3) b ON b.fkscope_toid = a.fkscope_toid AND b.fkscope_rid = a.fkscope_rid%5) j "
                                  "WHERE fkscope_status > 0")
                                  .arg(pkOut(fk.child, QStringLiteral("a")), judge.arg(updated, q(child.name)),
                                       judge.arg(image(id, true), q(child.name)), otherFails, joins);
                }
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
                         joined(fk.parent), matchDeleted.join(QStringLiteral(" AND ")), relation(fk.child), u,
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
    mutable QSet<TableId> m_joined;
};

} // namespace

ImpactSql buildImpactSql(const SchemaGraph &graph, const ImpactPlan &plan, const QString &selection, int samples,
                         const QuoteName &quote, const std::function<QByteArray(ForeignKeyId)> &triggerName)
{
    Builder builder(graph, plan, samples, quote, triggerName);
    return {builder.build(selection).toStdString()};
}

} // namespace fkscope
