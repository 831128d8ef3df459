// SPDX-License-Identifier: Apache-2.0
#include "sqliteimpactengine.h"

#include "impact/impactbuilder.h"
#include "sqliteconnection.h"
#include "sqliteddl.h"
#include "sqlitereplay.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace fkscope {

namespace {

// The error SQLite raises, in its words (sqlite3_errmsg and the extended result code). SQLite's
// foreign-key message names no constraint; the blocker does. A mismatch fails before any row goes,
// so it comes first.
void setFirstError(const SchemaGraph &g, ImpactResult &result)
{
    if (result.outcome == ImpactOutcome::Allowed || result.blockers.isEmpty())
        return;
    const ImpactBlocker *b = &result.blockers.first();
    for (const ImpactBlocker &x : std::as_const(result.blockers)) {
        if (x.kind == BlockerKind::ForeignKeyMismatch) {
            b = &x;
            break;
        }
    }
    ImpactFirstError e;
    e.constraint = b->constraint;
    e.schema = b->table.schema;
    e.table = b->table.name;
    switch (b->kind) {
    case BlockerKind::NotNull:
        e.code = QStringLiteral("1299"); // SQLITE_CONSTRAINT_NOTNULL
        e.message = QStringLiteral("NOT NULL constraint failed: %1.%2").arg(b->table.name, b->column);
        break;
    case BlockerKind::Check:
        e.code = QStringLiteral("275"); // SQLITE_CONSTRAINT_CHECK
        e.message = QStringLiteral("CHECK constraint failed: %1").arg(b->constraint);
        break;
    case BlockerKind::ForeignKeyMismatch: {
        e.code = QStringLiteral("1"); // SQLITE_ERROR
        const ForeignKey *fk = blockerForeignKey(g, *b);
        const QString parent = fk ? g.table(fk->parent).name : QString();
        e.message = QStringLiteral("foreign key mismatch - \"%1\" referencing \"%2\"").arg(b->table.name, parent);
        break;
    }
    default:
        e.code = QStringLiteral("787"); // SQLITE_CONSTRAINT_FOREIGNKEY
        e.message = QStringLiteral("FOREIGN KEY constraint failed");
        break;
    }
    result.firstError = e;
}

} // namespace

namespace {

QString q(const QString &identifier) { return SqliteConnection::quoteName(identifier); }

bool isSetAction(FkAction a) { return a == FkAction::SetNull || a == FkAction::SetDefault; }

// The SQL a column takes after a SET action: NULL, or its DEFAULT expression as the schema says.
QString setValue(const Table &table, const QString &column, FkAction action)
{
    return action == FkAction::SetDefault ? SqliteImpactEngine::defaultValue(table, column) : QStringLiteral("NULL");
}

// True when the breadth-first model above cannot settle the answer alone: a blocker (its timing, and
// the statement's violation counter, which deleting an orphan row lowers), a SET DEFAULT (the row may
// then reference a row the statement deletes), a SET action on a row whose table it references
// itself or on a column another foreign key uses or references, or enough rows on a CASCADE cycle to
// reach SQLite's trigger depth limit (1,000 nested actions): more levels than kTriggerDepthMargin,
// or 990+ rows on a CASCADE cycle of which some are reached twice (`reachedOnce` false).
// SQLite stops at 1,000 nested trigger programs (each cascade level is one, and the actions of a row
// at the last level one more): a cascade whose rows stay this far from it cannot reach it.
constexpr int kTriggerDepthMargin = 990;

bool replayWanted(const SchemaGraph &g, const QList<ImpactBlocker> &blockers, const QHash<TableId, QList<ForeignKeyId>> &setByTable,
                  const QSet<ForeignKeyId> &flow, const QHash<TableId, qint64> &deleted, int levels, const std::function<bool()> &reachedOnce)
{
    if (!blockers.isEmpty()) // a mismatch too: which one SQLite names depends on the order it compiles its program in
        return true;
    for (auto it = setByTable.constBegin(); it != setByTable.constEnd(); ++it) {
        for (ForeignKeyId id : it.value()) {
            const ForeignKey &fk = g.foreignKey(id);
            if (fk.onDelete == FkAction::SetDefault)
                return true;
            for (ForeignKeyId other : g.outgoing(fk.child)) {
                // SQLite re-checks a foreign key to the row's own table on every update of the row
                // (an orphan too), the others when their columns change.
                if (g.foreignKey(other).parent == fk.child)
                    return true;
                for (const QString &col : g.foreignKey(other).columns) {
                    if (other != id && fk.deleteSetColumns().contains(col, Qt::CaseInsensitive))
                        return true;
                }
            }
            // A changed column that another foreign key references: its ON UPDATE rule reacts.
            for (ForeignKeyId other : g.incoming(fk.child)) {
                for (const QString &col : g.foreignKey(other).refColumns) {
                    if (fk.deleteSetColumns().contains(col, Qt::CaseInsensitive))
                        return true;
                }
            }
        }
    }
    qint64 rows = 0;
    for (const qint64 n : deleted)
        rows += n;
    if (rows < kTriggerDepthMargin)
        return false; // no cascade can nest that deep
    if (levels >= kTriggerDepthMargin)
        return true;
    // Rows on a CASCADE cycle nest as deep as the path SQLite's depth-first walk takes to them,
    // which is the breadth-first level only when each row is reached once.
    for (ForeignKeyId id : flow) {
        const ForeignKey &fk = g.foreignKey(id);
        if (fk.onDelete == FkAction::Cascade && g.cascadeClosure(fk.child).contains(fk.parent))
            return !reachedOnce();
    }
    return false;
}

QString failureOf(BlockerKind kind)
{
    switch (kind) {
    case BlockerKind::NotNull: return QStringLiteral("NOT NULL");
    case BlockerKind::Check: return QStringLiteral("CHECK");
    case BlockerKind::CascadeTooDeep: return QStringLiteral("too many levels");
    default: return QStringLiteral("FOREIGN KEY");
    }
}

// The blockers as the replay proved them. Allowed: none. Blocked: SQLite's error first, then the
// blockers the model is sure of (they block as well once the first is fixed). At COMMIT: the
// deferred foreign keys left violated. Rows and samples come from the model where it has the
// same blocker, except for violations the replay counted itself.
void applyVerdict(ImpactResultBuilder &build, const SqliteReplay::Verdict &v)
{
    using Kind = SqliteReplay::Verdict::Kind;
    if (v.kind == Kind::NotReplayed)
        return;
    QList<ImpactBlocker> &blockers = build.result().blockers;
    const QList<ImpactBlocker> model = blockers;
    auto same = [](const ImpactBlocker &a, const ImpactBlocker &b) {
        return a.table == b.table && a.constraint == b.constraint && a.kind == b.kind && a.column == b.column;
    };
    blockers.clear();
    if (v.kind == Kind::Allowed)
        return;
    if (v.blockers.isEmpty()) {
        blockers = model;
        for (int i = 0; i < blockers.size(); ++i) {
            if (v.message.contains(failureOf(blockers[i].kind))) {
                blockers[i].certain = true;
                blockers.move(i, 0);
                break;
            }
        }
        build.result().warnings << QCoreApplication::translate("fkscope::Messages", "SQLite fails this DELETE with \"%1\"; which constraint "
                                                                                     "fails first could not be told.")
                                       .arg(v.message);
        return;
    }
    for (const SqliteReplay::Verdict::Proven &p : v.blockers) {
        ImpactBlocker &b = build.addBlocker(p.fk, p.kind, p.rows, true, QByteArray("[]"));
        if (p.kind == BlockerKind::ForeignKeyMismatch)
            b.path.clear(); // before any row
        b.column = p.column;
        if (!p.constraint.isEmpty())
            b.constraint = p.constraint;
        const bool counted = p.kind == BlockerKind::NoAction || p.kind == BlockerKind::DeferredNoAction || p.kind == BlockerKind::SetDefaultMissingParent;
        for (const ImpactBlocker &m : model) {
            if (same(m, b)) {
                b.sampleJson = m.sampleJson;
                if (!counted)
                    b.rows = std::max(b.rows, m.rows);
                break;
            }
        }
    }
    if (v.kind != Kind::Blocked)
        return;
    for (const ImpactBlocker &m : model) {
        if (m.certain && std::none_of(blockers.begin(), blockers.end(), [&](const ImpactBlocker &b) { return same(m, b); }))
            blockers.append(m);
    }
}

} // namespace

SqliteImpactEngine::SqliteImpactEngine(SqliteConnection &connection, const SchemaGraph &graph)
    : m_connection(connection)
    , m_graph(graph)
{
}

TableRef SqliteImpactEngine::resolveTable(const SchemaGraph &graph, const QString &name)
{
    QString text = name.trimmed();
    auto unquote = [](QString part) {
        part = part.trimmed();
        if (part.size() >= 2 && ((part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1Char('"')))
                                 || (part.startsWith(QLatin1Char('`')) && part.endsWith(QLatin1Char('`')))
                                 || (part.startsWith(QLatin1Char('[')) && part.endsWith(QLatin1Char(']'))))) {
            const QChar quote = part[0];
            part = part.mid(1, part.size() - 2);
            if (quote != QLatin1Char('['))
                part.replace(QString(2, quote), QString(quote));
        }
        return part;
    };
    QString schema = QStringLiteral("main"), table = unquote(text);
    if (text.startsWith(QLatin1String("main."), Qt::CaseInsensitive))
        table = unquote(text.mid(5));
    else if (text.startsWith(QLatin1String("\"main\"."), Qt::CaseInsensitive))
        table = unquote(text.mid(7));
    for (const Table &t : graph.tables()) {
        if (t.schema == schema && !t.external && t.name.compare(table, Qt::CaseInsensitive) == 0)
            return t.ref();
    }
    throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Messages", "No table %1 in this SQLite database.").arg(name));
}

QStringList SqliteImpactEngine::rowKey(const Table &table, bool withoutRowid, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    if (!withoutRowid) {
        const QString rowid = rowidName(table);
        if (rowid.isEmpty())
            throw Error(ErrorKind::Unsupported,
                        QCoreApplication::translate("fkscope::Messages", "%1 has columns named rowid, oid and _rowid_, so SQL cannot tell its rows "
                                                                         "apart; --verify runs the real DELETE on a copy.")
                            .arg(qualifiedName(table.ref())));
        return {prefix + rowid};
    }
    QStringList key;
    for (const QString &c : table.primaryKey)
        key << prefix + q(c);
    return key;
}

QStringList SqliteImpactEngine::keyColumns(const Table &table, bool withoutRowid)
{
    // The key's own affinity: a rowid compared with an untyped (BLOB) column gets NUMERIC affinity
    // on the other side, and then no index of the TEMP table serves the comparison.
    if (!withoutRowid)
        return {QStringLiteral("k0 INTEGER")};
    QStringList defs;
    for (int i = 0; i < table.primaryKey.size(); ++i) {
        const Column *c = table.column(table.primaryKey[i]);
        defs << QStringLiteral("k%1 %2").arg(i).arg(c ? c->type : QString()).trimmed();
    }
    return defs;
}

QString SqliteImpactEngine::referenceMatch(const ForeignKey &fk, const QString &parent, const QString &child)
{
    QStringList parts;
    for (int i = 0; i < fk.columns.size(); ++i)
        parts << QStringLiteral("%1.%2 = %3.%4").arg(parent, q(fk.refColumns.value(i)), child, q(fk.columns[i]));
    return parts.join(QStringLiteral(" AND "));
}

QString SqliteImpactEngine::defaultValue(const Table &table, const QString &column)
{
    const Column *c = table.column(column);
    if (c && c->defaultExpr && !c->defaultExpr->isEmpty())
        return QStringLiteral("(%1)").arg(*c->defaultExpr);
    return QStringLiteral("NULL");
}

QString SqliteImpactEngine::rowidName(const Table &table)
{
    for (const QString &name : {QStringLiteral("rowid"), QStringLiteral("oid"), QStringLiteral("_rowid_")}) {
        const bool taken = std::any_of(table.columns.begin(), table.columns.end(),
                                       [&](const Column &c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (!taken)
            return name;
    }
    if (table.primaryKey.size() == 1) {
        const Column *pk = table.column(table.primaryKey.first());
        if (pk && pk->type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            return q(pk->name);
    }
    return QString();
}

QSet<QString> SqliteImpactEngine::withoutRowidTables(SqliteConnection &connection)
{
    QSet<QString> names;
    SqliteStatement sql(connection, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'"));
    while (sql.step()) {
        if (parseCreateTable(sql.text(1)).withoutRowid)
            names.insert(sql.text(0));
    }
    return names;
}

QString SqliteImpactEngine::rootPredicate(const ImpactRequest &request, const QString &alias, QStringList &params)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return requestPredicate(
        request, [&](const QString &column) { return prefix + q(column); },
        [&](const QString &value) {
            params << value;
            return QStringLiteral("?%1").arg(params.size());
        });
}

bool SqliteImpactEngine::parentKeyIsUnique(const SchemaGraph &g, const ForeignKey &fk)
{
    const Table &parent = g.table(fk.parent);
    if (parent.external)
        return true; // a missing parent table: SQLite does not check it on DELETE
    if (fk.refColumns.isEmpty() || fk.refColumns.size() != fk.columns.size())
        return false;
    const QSet<QString> wanted(fk.refColumns.begin(), fk.refColumns.end());
    auto same = [&](const QStringList &cols) {
        if (cols.size() != wanted.size())
            return false;
        for (const QString &c : cols) {
            bool found = false;
            for (const QString &w : wanted)
                found = found || w.compare(c, Qt::CaseInsensitive) == 0;
            if (!found)
                return false;
        }
        return true;
    };
    if (same(parent.primaryKey))
        return true;
    for (const Index &i : parent.indexes) {
        if (i.unique && !i.partial && same(i.columns))
            return true;
    }
    return false;
}

ImpactResult SqliteImpactEngine::simulate(const ImpactRequest &request, const CancelToken &cancel, const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    const SchemaGraph &g = m_graph;
    const TableId root = checkRequest(g, request);
    const Table &rootTable = g.table(root);
    SqliteConnection &c = m_connection;
    auto step = [&](int done, const QString &what) {
        if (cancel.isCancelled())
            throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
        if (progress)
            progress(done, 4, what);
    };

    return c.run(cancel, request.timeoutMs, [&]() -> ImpactResult {
        SqliteTransaction transaction(c); // never committed: the TEMP tables go with the rollback
        step(0, QCoreApplication::translate("fkscope::Messages", "reading the schema"));

        const QSet<QString> withoutRowid = withoutRowidTables(c);
        auto key = [&](TableId t, const QString &alias) {
            return rowKey(g.table(t), withoutRowid.contains(g.table(t).name), alias);
        };
        auto table = [&](TableId t) { return QStringLiteral("main.") + q(g.table(t).name); };
        auto deletedName = [](TableId t) { return QStringLiteral("temp.fkscope_del_%1").arg(t); };
        auto updatedName = [](ForeignKeyId f) { return QStringLiteral("temp.fkscope_upd_%1").arg(f); };
        // "a.k0 = b.rowid AND ..." between a temp key table (k0, k1...) and a table's row key.
        auto keyJoin = [&](const QString &tempAlias, TableId t, const QString &alias) {
            const QStringList k = key(t, alias);
            QStringList parts;
            for (int i = 0; i < k.size(); ++i)
                parts << QStringLiteral("%3 = %1.k%2").arg(tempAlias).arg(i).arg(k[i]); // keys are never NULL; the table's own collation and index
            return parts.join(QStringLiteral(" AND "));
        };
        auto scalar = [&](const QString &sql) {
            SqliteStatement s(c, sql);
            return s.step() ? s.integer(0) : 0;
        };
        auto exec = [&](const QString &sql, const QStringList &params = {}) {
            SqliteStatement s(c, sql);
            for (int i = 0; i < params.size(); ++i)
                s.bind(i + 1, params[i]);
            s.step();
            return static_cast<qint64>(sqlite3_changes64(c.raw()));
        };
        // The columns of a key table (k0, k1, ...) for a key of n columns.
        auto keyTableColumns = [](qsizetype n) {
            QStringList cols;
            for (int i = 0; i < n; ++i)
                cols << QStringLiteral("k%1").arg(i);
            return cols.join(QStringLiteral(", "));
        };
        auto createKeyTable = [&](const QString &name, TableId t, bool withLevel) {
            const QStringList defs = keyColumns(g.table(t), withoutRowid.contains(g.table(t).name));
            const QString bare = QString(name).remove(QStringLiteral("temp."));
            exec(QStringLiteral("CREATE TEMP TABLE %1 (%2%3, PRIMARY KEY (%4)) WITHOUT ROWID")
                     .arg(bare, defs.join(QStringLiteral(", ")), withLevel ? QStringLiteral(", lvl INTEGER NOT NULL") : QString(),
                          keyTableColumns(defs.size())));
            if (withLevel)
                exec(QStringLiteral("CREATE INDEX temp.%1_lvl ON %1 (lvl)").arg(bare));
        };

        // The tables SQLite's DELETE program touches, whatever the rows: the root and what CASCADE
        // reaches; SET actions update their child tables.
        const QList<TableId> closure = g.cascadeClosure(root);
        const QSet<TableId> programDeletes(closure.begin(), closure.end());
        ImpactResultBuilder build(g, root, QStringLiteral("sqlite"));
        ImpactResult &result = build.result();
        result.warnings << QCoreApplication::translate("fkscope::Messages", "SQLite enforces foreign keys only on connections that ran PRAGMA foreign_keys "
                                          "= ON; this simulation assumes it is on. With it off, the DELETE removes "
                                          "the selected rows of %1 and nothing else.")
                               .arg(qualifiedName(rootTable.ref()));
        // SET actions compile UPDATE programs for their child tables, with the columns they change.
        QHash<TableId, QSet<QString>> programUpdates;
        for (ForeignKeyId id = 0; id < g.foreignKeys().size(); ++id) {
            const ForeignKey &fk = g.foreignKey(id);
            if (isSetAction(fk.onDelete) && programDeletes.contains(fk.parent))
                for (const QString &col : fk.columns)
                    programUpdates[fk.child].insert(col.toLower());
        }
        // A mismatched foreign key fails every program that must look at it: deleting from its
        // parent or child, updating its parent at all (SQLite locates the parent index of every FK
        // that references an updated table), or updating its child columns.
        auto mustCheck = [&](const ForeignKey &fk) {
            if (programDeletes.contains(fk.parent) || programDeletes.contains(fk.child) || programUpdates.contains(fk.parent))
                return true;
            for (const QString &col : fk.columns) {
                if (programUpdates.value(fk.child).contains(col.toLower()))
                    return true;
            }
            return false;
        };
        for (ForeignKeyId id = 0; id < g.foreignKeys().size(); ++id) {
            const ForeignKey &fk = g.foreignKey(id);
            if (!mustCheck(fk) || parentKeyIsUnique(g, fk))
                continue;
            build.addBlocker(id, BlockerKind::ForeignKeyMismatch, 0, true, QByteArray("[]")).path.clear(); // before any row
        }

        // The selected rows, then breadth-first levels of cascaded rows.
        const int tables = static_cast<int>(programDeletes.size());
        step(1, QCoreApplication::translate("fkscope::Messages", "simulating the delete across %n table(s)", nullptr, tables));
        QStringList params;
        const QString predicate = rootPredicate(request, QStringLiteral("r"), params);
        QList<TableId> reached{root};
        createKeyTable(deletedName(root), root, true);
        result.rootRows = exec(QStringLiteral("INSERT INTO %1 SELECT %2, 0 FROM %3 AS r WHERE %4")
                                   .arg(deletedName(root), key(root, QStringLiteral("r")).join(QStringLiteral(", ")), table(root), predicate),
                               params);
        QSet<ForeignKeyId> flow;
        QHash<TableId, qint64> deleted{{root, result.rootRows}};
        int levels = 0; // the deepest breadth-first level with rows
        if (result.blockers.isEmpty()) {
            QSet<TableId> active{root};
            for (int level = 0; !active.isEmpty(); ++level) {
                levels = level;
                if (cancel.isCancelled())
                    throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
                QSet<TableId> next;
                QList<TableId> parents(active.begin(), active.end()); // a set's order changes from run to run
                std::sort(parents.begin(), parents.end());
                for (TableId parent : std::as_const(parents)) {
                    for (ForeignKeyId id : g.incoming(parent)) {
                        const ForeignKey &fk = g.foreignKey(id);
                        if (fk.onDelete != FkAction::Cascade || g.table(fk.parent).external)
                            continue;
                        if (!deleted.contains(fk.child)) {
                            createKeyTable(deletedName(fk.child), fk.child, true);
                            deleted.insert(fk.child, 0);
                            reached << fk.child;
                        }
                        const qint64 added = exec(
                            QStringLiteral("INSERT OR IGNORE INTO %1 SELECT %2, %3 FROM %4 AS d CROSS JOIN %5 AS p ON %6 CROSS JOIN %7 AS c ON %8 "
                                           "WHERE d.lvl = %9")
                                .arg(deletedName(fk.child), key(fk.child, QStringLiteral("c")).join(QStringLiteral(", ")))
                                .arg(level + 1)
                                .arg(deletedName(parent), table(parent), keyJoin(QStringLiteral("d"), parent, QStringLiteral("p")),
                                     table(fk.child), referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c")))
                                .arg(level));
                        if (added > 0) {
                            flow.insert(id);
                            deleted[fk.child] += added;
                            next.insert(fk.child);
                        }
                    }
                }
                active = next;
            }
        }

        step(2, QCoreApplication::translate("fkscope::Messages", "checking what blocks"));
        auto isDeletedSql = [&](TableId t, const QString &alias) {
            if (!deleted.contains(t))
                return QStringLiteral("0");
            return QStringLiteral("EXISTS (SELECT 1 FROM %1 AS x WHERE %2)").arg(deletedName(t), keyJoin(QStringLiteral("x"), t, alias));
        };
        auto sampleOf = [&](TableId t, const QString &from, const QString &alias, int limit) -> QByteArray {
            const Table &tt = g.table(t);
            QStringList cols = tt.primaryKey;
            QStringList parts;
            if (cols.isEmpty())
                parts << QStringLiteral("'rowid', %1").arg(rowKey(tt, false, alias).first());
            for (const QString &k : cols)
                parts << QStringLiteral("%1, %2.%3").arg(SqliteConnection::quoteLiteral(k), alias, q(k));
            SqliteStatement s(c, QStringLiteral("SELECT json_group_array(json(o)) FROM (SELECT json_object(%1) AS o %2 LIMIT %3)")
                                     .arg(parts.join(QStringLiteral(", ")), from)
                                     .arg(limit));
            return s.step() && !s.isNull(0) ? s.text(0).toUtf8() : QByteArray("[]");
        };
        // Rows of the child of `fk` that reference a deleted parent row, as "FROM ... WHERE ..." over alias c.
        // The referencing rows are found from the deleted parents (an uncorrelated IN list), so the cost
        // follows the rows deleted, not the child table's size.
        auto referencing = [&](const ForeignKey &fk) {
            return QStringLiteral("FROM %1 AS c WHERE (%2) IN (SELECT %3 FROM %4 AS d CROSS JOIN %5 AS p ON %6 CROSS JOIN %1 AS c2 ON %7)")
                .arg(table(fk.child), key(fk.child, QStringLiteral("c")).join(QStringLiteral(", ")),
                     key(fk.child, QStringLiteral("c2")).join(QStringLiteral(", ")), deletedName(fk.parent), table(fk.parent),
                     keyJoin(QStringLiteral("d"), fk.parent, QStringLiteral("p")), referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c2")));
        };
        auto addBlocker = [&](ForeignKeyId id, BlockerKind kind, qint64 rows, bool certain, const QByteArray &sample,
                              const QString &constraint = QString(), const QString &column = QString()) {
            build.setFlow(flow); // the paths follow the rows moved so far
            ImpactBlocker &b = build.addBlocker(id, kind, rows, certain, sample);
            if (!constraint.isEmpty())
                b.constraint = constraint;
            b.column = column;
        };
        // Survivors count in two parts: rows that stay, and rows the cascade deletes too (whose
        // fate depends on the order SQLite visits them).
        auto countSplit = [&](const QString &fromWhere, TableId t) {
            SqliteStatement s(c, QStringLiteral("SELECT count(*), coalesce(sum(%1), 0) %2").arg(isDeletedSql(t, QStringLiteral("c")), fromWhere));
            s.step();
            const qint64 all = s.integer(0), gone = s.integer(1);
            return std::make_pair(all - gone, gone);
        };

        QHash<TableId, QList<ForeignKeyId>> setByTable; // SET actions that reach rows, by child table
        if (result.blockers.isEmpty()) {
            for (TableId parent : reached) {
                if (deleted.value(parent) == 0)
                    continue;
                for (ForeignKeyId id : g.incoming(parent)) {
                    const ForeignKey &fk = g.foreignKey(id);
                    const QString from = referencing(fk);
                    if (fk.onDelete == FkAction::Restrict || fk.onDelete == FkAction::NoAction) {
                        // A row referencing itself is gone before its own check.
                        const QString notSelf = fk.child == fk.parent
                            ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 AS p WHERE %2 AND %3)")
                                  .arg(table(fk.parent), referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c")),
                                       [&] {
                                           QStringList same;
                                           const QStringList pk = key(fk.child, QStringLiteral("p")), ck = key(fk.child, QStringLiteral("c"));
                                           for (int i = 0; i < pk.size(); ++i)
                                               same << QStringLiteral("%1 IS %2").arg(pk[i], ck[i]);
                                           return same.join(QStringLiteral(" AND "));
                                       }())
                            : QString();
                        const auto [stay, gone] = countSplit(from + notSelf, fk.child);
                        if (fk.onDelete == FkAction::Restrict) {
                            if (stay > 0)
                                addBlocker(id, BlockerKind::Restrict, stay, true,
                                           sampleOf(fk.child, from + notSelf + QStringLiteral(" AND NOT ") + isDeletedSql(fk.child, QStringLiteral("c")), QStringLiteral("c"), request.samples));
                            else if (gone > 0)
                                addBlocker(id, BlockerKind::Restrict, gone, false,
                                           sampleOf(fk.child, from + notSelf, QStringLiteral("c"), request.samples));
                        } else if (stay > 0) {
                            addBlocker(id, fk.deferred ? BlockerKind::DeferredNoAction : BlockerKind::NoAction, stay, true,
                                       sampleOf(fk.child, from + QStringLiteral(" AND NOT ") + isDeletedSql(fk.child, QStringLiteral("c")), QStringLiteral("c"), request.samples));
                        }
                    } else if (isSetAction(fk.onDelete)) {
                        createKeyTable(updatedName(id), fk.child, false);
                        const qint64 n = exec(QStringLiteral("INSERT OR IGNORE INTO %1 SELECT %2 %3")
                                                  .arg(updatedName(id), key(fk.child, QStringLiteral("c")).join(QStringLiteral(", ")), from));
                        if (n > 0) {
                            setByTable[fk.child].append(id);
                            flow.insert(id);
                        }
                    }
                }
            }
        }

        // SET NULL / SET DEFAULT: the rows each one updates, the NOT NULL and CHECK constraints they
        // meet when it runs, and where SET DEFAULT leaves them pointing.
        // In the graph's order: the hash's own order changes from run to run, and blockers follow it.
        QList<TableId> setTables = setByTable.keys();
        std::sort(setTables.begin(), setTables.end());
        QHash<TableId, qint64> setNullCount, setDefaultCount, updatedCount;
        for (const TableId t : std::as_const(setTables)) {
            const Table &child = g.table(t);
            const QList<ForeignKeyId> &fks = setByTable[t];
            auto inUpdated = [&](ForeignKeyId id, const QString &alias) {
                return QStringLiteral("EXISTS (SELECT 1 FROM %1 AS u WHERE %2)").arg(updatedName(id), keyJoin(QStringLiteral("u"), t, alias));
            };
            // The rows of c that these SET actions update, as a key list SQLite looks the rows up
            // by: the cost follows the rows updated, not the table's size (whatever the planner
            // guesses of the key tables, which have no statistics).
            const QStringList ck = key(t, QStringLiteral("c"));
            auto updatedKeys = [&](const QList<ForeignKeyId> &ids) {
                QStringList selects;
                for (ForeignKeyId id : ids)
                    selects << QStringLiteral("SELECT %1 FROM %2").arg(keyTableColumns(ck.size()), updatedName(id));
                return QStringLiteral("(%1) IN (%2)").arg(ck.join(QStringLiteral(", ")), selects.join(QStringLiteral(" UNION ALL ")));
            };
            QList<ForeignKeyId> nullUpdates, defaultUpdates;
            for (ForeignKeyId id : fks)
                (g.foreignKey(id).onDelete == FkAction::SetNull ? nullUpdates : defaultUpdates) << id;
            const QString survivor = QStringLiteral("NOT ") + isDeletedSql(t, QStringLiteral("c"));
            auto count = [&](const QList<ForeignKeyId> &ids) {
                return ids.isEmpty() ? 0
                                     : scalar(QStringLiteral("SELECT count(*) FROM %1 AS c WHERE %2 AND %3")
                                                  .arg(table(t), updatedKeys(ids), survivor));
            };
            updatedCount[t] = count(fks);
            setNullCount[t] = count(nullUpdates);
            setDefaultCount[t] = count(defaultUpdates);

            // The row as one SET action leaves it (`only`), or as all of them do (-1).
            auto rowAfter = [&](ForeignKeyId only) {
                QStringList cols;
                for (const Column &col : child.columns) {
                    QString value = QStringLiteral("c.") + q(col.name);
                    for (ForeignKeyId id : fks) {
                        const ForeignKey &fk = g.foreignKey(id);
                        if ((only >= 0 && id != only) || !fk.columns.contains(col.name))
                            continue;
                        value = only >= 0 ? setValue(child, col.name, fk.onDelete)
                                          : QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END")
                                                .arg(inUpdated(id, QStringLiteral("c")), setValue(child, col.name, fk.onDelete), value);
                    }
                    cols << QStringLiteral("%1 AS %2").arg(value, q(col.name));
                }
                const QStringList k = key(t, QStringLiteral("c"));
                for (int i = 0; i < k.size(); ++i)
                    cols << QStringLiteral("%1 AS fkscope_k%2").arg(k[i]).arg(i);
                cols << QStringLiteral("%1 AS fkscope_gone").arg(isDeletedSql(t, QStringLiteral("c")));
                QStringList others;
                for (ForeignKeyId id : fks) {
                    if (id != only)
                        others << inUpdated(id, QStringLiteral("c"));
                }
                cols << QStringLiteral("%1 AS fkscope_shared").arg(others.isEmpty() ? QStringLiteral("0") : others.join(QStringLiteral(" OR ")));
                // One action: the rows it updates. All of them: the rows two or more update.
                QString where = updatedKeys(only >= 0 ? QList<ForeignKeyId>{only} : fks);
                if (only < 0) {
                    QStringList n;
                    for (ForeignKeyId id : fks)
                        n << QStringLiteral("(%1)").arg(inUpdated(id, QStringLiteral("c")));
                    where += QStringLiteral(" AND (%1) >= 2").arg(n.join(QStringLiteral(" + ")));
                }
                return QStringLiteral("(SELECT %1 FROM %2 AS c WHERE %3) AS %4")
                    .arg(cols.join(QStringLiteral(", ")), table(t), where, q(child.name));
            };
            // A failure on a row every path updates the same way is certain; one on a row also
            // deleted, or also updated by another SET action, depends on the order.
            auto violations = [&](const QString &derived, const QString &condition) {
                SqliteStatement s(c, QStringLiteral("SELECT count(*), coalesce(sum(fkscope_gone OR fkscope_shared), 0) FROM %1 WHERE %2")
                                         .arg(derived, condition));
                s.step();
                return std::make_pair(s.integer(0) - s.integer(1), s.integer(1));
            };
            QList<ForeignKeyId> variants = fks;
            if (fks.size() >= 2)
                variants << -1;
            for (ForeignKeyId variant : variants) {
                const ForeignKeyId blamed = variant >= 0 ? variant : fks.first();
                const QString derived = rowAfter(variant);
                for (const Column &col : child.columns) {
                    if (!col.notNull)
                        continue;
                    const auto [certain, uncertain] = violations(derived, QStringLiteral("%1 IS NULL").arg(q(col.name)));
                    if (certain + uncertain > 0)
                        addBlocker(blamed, BlockerKind::NotNull, certain + uncertain, certain > 0,
                                   QByteArray("[]"), QString(), col.name);
                }
                for (const CheckConstraint &check : child.checks) {
                    const auto [certain, uncertain] = violations(derived, QStringLiteral("NOT (%1)").arg(check.expression));
                    if (certain + uncertain > 0)
                        addBlocker(blamed, BlockerKind::Check, certain + uncertain, certain > 0, QByteArray("[]"), check.name);
                }
            }
            // SET DEFAULT leaves surviving rows pointing at the default key: a violation at the end of
            // the statement (at COMMIT when deferred) unless a parent row with that key stays.
            for (ForeignKeyId id : fks) {
                const ForeignKey &fk = g.foreignKey(id);
                if (fk.onDelete != FkAction::SetDefault)
                    continue;
                QStringList values, match;
                bool anyNull = false;
                for (int i = 0; i < fk.columns.size(); ++i) {
                    const QString v = setValue(child, fk.columns[i], FkAction::SetDefault);
                    anyNull = anyNull || v == QLatin1String("NULL");
                    match << QStringLiteral("p.%1 = %2").arg(q(fk.refColumns.value(i)), v);
                }
                if (anyNull)
                    continue;
                const qint64 parents = scalar(QStringLiteral("SELECT count(*) FROM %1 AS p WHERE %2 AND NOT %3")
                                                  .arg(table(fk.parent), match.join(QStringLiteral(" AND ")), isDeletedSql(fk.parent, QStringLiteral("p"))));
                if (parents > 0)
                    continue;
                const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM %1 AS c WHERE %2 AND %3")
                                               .arg(table(t), updatedKeys({id}), survivor));
                if (rows > 0)
                    addBlocker(id, fk.deferred ? BlockerKind::DeferredNoAction : BlockerKind::SetDefaultMissingParent, rows, true,
                               QByteArray("[]"));
            }
        }

        // Where SQLite's order can decide (a blocker, a SET DEFAULT, two actions on one column, a
        // cascade deep enough for the trigger depth limit), SQLite itself decides: the DELETE replayed
        // on copies of the rows it can reach (sqlitereplay.h).
        std::optional<SqliteReplay> replay;
        SqliteReplay::Verdict verdict;
        // Each row reached once: the cascade's FK joins find as many rows as were deleted.
        auto reachedOnce = [&] {
            QHash<TableId, qint64> found{{root, result.rootRows}};
            // The deleted rows may be most of a table here, or a few: statistics of the key tables
            // (read in time proportional to their rows) let SQLite choose between a scan and lookups.
            exec(QStringLiteral("ANALYZE temp"));
            for (ForeignKeyId id : std::as_const(flow)) {
                const ForeignKey &fk = g.foreignKey(id);
                if (fk.onDelete != FkAction::Cascade)
                    continue;
                found[fk.child] += scalar(QStringLiteral("SELECT count(*) FROM %1 AS d JOIN %2 AS p ON %3 JOIN %4 AS c ON %5")
                                              .arg(deletedName(fk.parent), table(fk.parent), keyJoin(QStringLiteral("d"), fk.parent, QStringLiteral("p")),
                                                   table(fk.child), referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c"))));
            }
            for (auto it = deleted.constBegin(); it != deleted.constEnd(); ++it) {
                if (found.value(it.key()) != it.value())
                    return false;
            }
            return true;
        };
        if (replayWanted(g, result.blockers, setByTable, flow, deleted, levels, reachedOnce)) {
            step(3, QCoreApplication::translate("fkscope::Messages", "replaying the delete in SQLite's own order"));
            replay.emplace(c, g, withoutRowid);
            QString why;
            QStringList replayParams;
            const QString from = QStringLiteral("FROM %1 AS r WHERE %2").arg(table(root), rootPredicate(request, QStringLiteral("r"), replayParams));
            bool ended = false;
            try {
                QElapsedTimer phase;
                phase.start();
                if (replay->copy(root, from, replayParams, cancel, why)) {
                    qCDebug(lcSqlite) << "replay: copied in" << phase.restart() << "ms";
                    transaction.end(); // only TEMP tables were written; foreign keys can be turned on only outside a transaction
                    ended = true;
                    verdict = replay->run(cancel);
                    qCDebug(lcSqlite) << "replay: ran in" << phase.elapsed() << "ms";
                }
            } catch (const Error &e) {
                // The replay's own failure (no room for the TEMP copies, an I/O error): the model's
                // answer stands, with the reason. Before the COMMIT, the model's work went with it.
                if (!ended || e.kind() == ErrorKind::Cancelled || e.kind() == ErrorKind::Timeout)
                    throw;
                verdict = SqliteReplay::Verdict();
                why = e.server().message.isEmpty() ? e.summary() : e.server().message; // SQLite's words: "database or disk is full"
            }
            if (verdict.kind == SqliteReplay::Verdict::Kind::NotReplayed) {
                result.warnings << QCoreApplication::translate("fkscope::Messages", "SQLite's own order was not replayed (%1): blockers marked "
                                                                                     "uncertain depend on it.")
                                       .arg(why);
            }
        }
        build.setFlow(flow);
        applyVerdict(build, verdict);

        // Effects: the root first, then in the order the cascade reached tables, then tables only updated.
        QList<TableId> order = reached;
        for (TableId t : std::as_const(setTables)) {
            if (!order.contains(t))
                order.append(t);
        }
        const bool replayed = verdict.kind == SqliteReplay::Verdict::Kind::Allowed;
        if (replayed) {
            QList<TableId> more = verdict.counts.keys();
            std::sort(more.begin(), more.end());
            for (TableId t : std::as_const(more)) {
                if (!order.contains(t))
                    order.append(t);
            }
        }
        for (TableId t : order) {
            const SqliteReplay::Counts counts = verdict.counts.value(t);
            const qint64 gone = replayed ? counts.deleted : deleted.value(t);
            const QString goneFrom = replayed ? replay->deletedFrom(t, QStringLiteral("c"))
                                              : QStringLiteral("FROM %1 AS d CROSS JOIN %2 AS c ON %3")
                                                    .arg(deletedName(t), table(t), keyJoin(QStringLiteral("d"), t, QStringLiteral("c")));
            build.addEffect(t, gone, replayed ? counts.setNull : setNullCount.value(t), replayed ? counts.setDefault : setDefaultCount.value(t),
                            replayed ? counts.updated : updatedCount.value(t),
                            gone > 0 ? sampleOf(t, goneFrom, QStringLiteral("c"), request.samples) : QByteArray("[]"), setByTable.value(t));
        }

        QList<TableId> touched = reached;
        QList<ForeignKeyId> setActions;
        for (auto it = setByTable.constBegin(); it != setByTable.constEnd(); ++it) {
            touched << it.key();
            setActions << it.value();
        }
        build.warnAboutTouched(touched, setActions);
        ImpactResult finished = build.finish();
        setFirstError(m_graph, finished);
        // The replay's outcome is SQLite's, also where it could not tell which constraint failed.
        switch (verdict.kind) {
        case SqliteReplay::Verdict::Kind::NotReplayed: break;
        case SqliteReplay::Verdict::Kind::Allowed: finished.outcome = ImpactOutcome::Allowed; break;
        case SqliteReplay::Verdict::Kind::Blocked: finished.outcome = ImpactOutcome::Blocked; break;
        case SqliteReplay::Verdict::Kind::BlockedAtCommit: finished.outcome = ImpactOutcome::BlockedAtCommit; break;
        }
        if (!verdict.message.isEmpty()) { // SQLite's own words
            if (!finished.firstError)
                finished.firstError = ImpactFirstError();
            finished.firstError->message = verdict.message;
            finished.firstError->code = verdict.code;
        }
        finished.elapsedMs = timer.elapsed();
        return finished;
    });
}

} // namespace fkscope
