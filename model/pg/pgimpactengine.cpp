// SPDX-License-Identifier: Apache-2.0
#include "pgimpactengine.h"

#include "impact/impactbuilder.h"
#include "pgconnection.h"
#include "pgimpactplan.h"

#include <algorithm>
#include <QCoreApplication>
#include <pqxx/nontransaction>
#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <pqxx/transaction>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

namespace fkscope {

namespace {

// The error PostgreSQL raises: the first certain blocker, in PostgreSQL's words. With several
// blockers, which one PostgreSQL meets first depends on the physical order it deletes rows in
// (a sequential scan reads heap order), which no catalog tells: the warning says so.
void setFirstError(const SchemaGraph &g, ImpactResult &result)
{
    if (result.outcome == ImpactOutcome::Allowed || result.blockers.isEmpty())
        return;
    const ImpactBlocker &b = result.blockers.first();
    ImpactFirstError e;
    e.constraint = b.constraint;
    e.schema = b.table.schema;
    e.table = b.table.name;
    const QString child = b.table.name;
    switch (b.kind) {
    case BlockerKind::NotNull:
        e.code = QStringLiteral("23502");
        e.message = QStringLiteral("null value in column \"%1\" of relation \"%2\" violates not-null constraint").arg(b.column, child);
        break;
    case BlockerKind::Check:
        e.code = QStringLiteral("23514");
        e.message = QStringLiteral("new row for relation \"%1\" violates check constraint \"%2\"").arg(child, b.constraint);
        break;
    case BlockerKind::SetDefaultMissingParent:
    case BlockerKind::ForeignKeyRecheck:
        e.code = QStringLiteral("23503");
        e.message = QStringLiteral("insert or update on table \"%1\" violates foreign key constraint \"%2\"").arg(child, b.constraint);
        break;
    default: {
        e.code = QStringLiteral("23503");
        const ForeignKey *fk = blockerForeignKey(g, b);
        const QString parent = fk ? g.table(fk->parent).name : result.root.name;
        e.message = QStringLiteral("update or delete on table \"%1\" violates foreign key constraint \"%2\" on table \"%3\"")
                        .arg(parent, b.constraint, child);
        break;
    }
    }
    result.firstError = e;
    int certain = 0;
    for (const ImpactBlocker &x : std::as_const(result.blockers))
        certain += x.certain ? 1 : 0;
    if (certain > 1)
        result.warnings << QCoreApplication::translate("fkscope::Messages", "PostgreSQL stops at the first of these blockers it meets, which depends "
                                                                            "on the physical order of the rows it deletes: first_error names one of them.");
}

} // namespace

namespace {

using ReadOnlySnapshot = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

// ON DELETE action triggers of foreign keys, on their parent tables. PostgreSQL fires the triggers of
// one row in name order, which decides same-row races (e.g. CASCADE before RESTRICT on one parent).
const char *const kActionTriggers = R"SQL(
SELECT cn.nspname, c.relname, con.conname, t.tgname
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
JOIN pg_catalog.pg_trigger t ON t.tgconstraint = con.oid AND t.tgrelid = con.confrelid
WHERE con.contype = 'f' AND con.conparentid = 0 AND (t.tgtype & 8) <> 0
  AND con.confrelid IN (SELECT pc.oid FROM pg_catalog.pg_class pc
                        JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                        JOIN unnest($1::text[], $2::text[]) AS u(s, n) ON u.s = pn.nspname AND u.n = pc.relname)
)SQL";

const char *const kUnreadableTables = R"SQL(
SELECT n.nspname, c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND NOT pg_catalog.has_table_privilege(c.oid, 'SELECT')
)SQL";

QString key3(const QString &a, const QString &b, const QString &c)
{
    return a + QChar(u'\0') + b + QChar(u'\0') + c;
}

struct Facts
{
    qint64 rootRows = 0;
    QHash<TableId, qint64> deleted;
    QHash<TableId, QByteArray> deletedSample;
    QHash<TableId, qint64> setNull, setDefault, updated;
    QSet<ForeignKeyId> flow;
    struct Block
    {
        QString what;
        ForeignKeyId fk;
        int b;
        qint64 certain, uncertain;
        QByteArray sample;
    };
    QList<Block> blocks;
};

Facts readFacts(const pqxx::result &r)
{
    Facts f;
    for (const pqxx::row &row : r) {
        const std::string what = row[0].c_str();
        const int a = row[1].as<int>();
        const int b = row[2].as<int>();
        const qint64 certain = row[3].as<qint64>(0);
        const qint64 uncertain = row[4].as<qint64>(0);
        // json_agg separates elements with ", \n "; samples are shown on one line.
        const QByteArray sample = row[5].is_null() ? QByteArray("[]") : QByteArray(row[5].c_str()).replace(", \n ", ", ");
        if (what == "root")
            f.rootRows = certain;
        else if (what == "deleted") {
            f.deleted[a] = certain;
            f.deletedSample[a] = sample;
        } else if (what == "updated")
            (b == 0 ? f.setNull : b == 1 ? f.setDefault : f.updated)[a] += certain;
        else if (what == "flow") {
            if (certain > 0)
                f.flow.insert(a);
        } else if (certain + uncertain > 0)
            f.blocks.append({QString::fromStdString(what), a, b, certain, uncertain, sample});
    }
    return f;
}

QStringList cloneNames(const ForeignKey &fk)
{
    QStringList names;
    for (const ConstraintClone &c : fk.clones) {
        if (c.name != fk.name && !names.contains(c.name))
            names << c.name;
    }
    return names;
}

} // namespace

PgImpactEngine::PgImpactEngine(PgConnection &connection, const SchemaGraph &graph)
    : m_connection(connection)
    , m_graph(graph)
{
}

TableRef PgImpactEngine::resolveTable(PgConnection &connection, const QString &name)
{
    return connection.run(CancelToken(), [&]() -> TableRef {
        pqxx::nontransaction tx(connection.raw());
        // to_regclass parses SQL identifier syntax and searches search_path exactly as the server
        // does for `DELETE FROM <name>`; it returns NULL instead of raising for a missing table.
        const pqxx::result r = tx.exec_params(
            "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = pg_catalog.to_regclass($1)",
            name.toStdString());
        if (r.empty())
            throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::Messages", "No table named %1 (names resolve as in SQL: quote "
                                                            "mixed case, e.g. '\"Orders\"'; unqualified names "
                                                            "follow search_path).")
                                                 .arg(name));
        return TableRef{fieldText(r[0][0]), fieldText(r[0][1])};
    });
}

QString PgImpactEngine::rootPredicate(const ImpactRequest &request, const QString &alias,
                                      const std::function<QString(const QString &)> &quoteName,
                                      std::vector<std::string> &params)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return requestPredicate(
        request, [&](const QString &column) { return prefix + quoteName(column); },
        [&](const QString &value) {
            params.push_back(value.toStdString());
            return QStringLiteral("$%1").arg(params.size());
        });
}

ImpactResult PgImpactEngine::simulate(const ImpactRequest &request, const CancelToken &cancel,
                                      const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    const SchemaGraph &g = m_graph;
    const TableId root = checkRequest(g, request);
    const Table &rootTable = g.table(root);
    const QuoteName quote = [this](const QString &identifier) {
        return QString::fromStdString(m_connection.raw().quote_name(identifier.toStdString()));
    };
    // Key values are bound parameters; a WHERE is the user's own SQL.
    std::vector<std::string> params;
    const QString selection = rootPredicate(request, QStringLiteral("c"), quote, params);

    auto step = [&](int done, const QString &what) {
        if (cancel.isCancelled())
            throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
        if (progress)
            progress(done, 3, what);
    };

    return m_connection.run(cancel, request.timeoutMs, [&]() -> ImpactResult {
        ReadOnlySnapshot tx(m_connection.raw());
        // JIT off: without statistics (a freshly loaded table) the statement's estimated cost passes
        // jit_above_cost and LLVM compiles for seconds a query that runs in milliseconds, and a cancel
        // or timeout waits for the compilation to end (issue 15: 3.5 s with JIT, 44 ms without).
        tx.exec_params("SELECT pg_catalog.set_config('statement_timeout', $1, true), "
                       "pg_catalog.set_config('work_mem', '64MB', true), pg_catalog.set_config('jit', 'off', true)",
                       std::to_string(request.timeoutMs));

        step(0, QCoreApplication::translate("fkscope::Messages", "privileges and trigger order"));
        QSet<TableId> unreadable;
        for (const pqxx::row &row : tx.exec(kUnreadableTables)) {
            const TableId id = g.findTable(fieldText(row[0]), fieldText(row[1]));
            if (id != kInvalidId)
                unreadable.insert(id);
        }
        if (unreadable.contains(root))
            throw Error(ErrorKind::PermissionDenied,
                        QCoreApplication::translate("fkscope::Messages", "No SELECT privilege on %1: its rows cannot be read.").arg(qualifiedName(rootTable.ref())));
        auto readable = [&](TableId id) { return !unreadable.contains(id); };

        const ImpactPlan plan = ImpactPlan::build(g, root, readable);
        QHash<QString, QByteArray> triggerByKey;
        {
            QStringList schemas, names;
            for (TableId t : plan.closure) {
                schemas << g.table(t).schema;
                names << g.table(t).name;
            }
            for (const pqxx::row &row : tx.exec_params(kActionTriggers, textArrayLiteral(schemas), textArrayLiteral(names)))
                triggerByKey.insert(key3(fieldText(row[0]), fieldText(row[1]), fieldText(row[2])),
                                    QByteArray(row[3].c_str()));
        }
        const std::function<QByteArray(ForeignKeyId)> triggerName = [&](ForeignKeyId id) {
            const ForeignKey &fk = g.foreignKey(id);
            const Table &child = g.table(fk.child);
            return triggerByKey.value(key3(child.schema, child.name, fk.name));
        };

        const int tables = static_cast<int>(plan.closure.size());
        step(1, QCoreApplication::translate("fkscope::Messages", "simulating the delete across %n table(s) in one statement", nullptr, tables));
        const ImpactSql sql = buildImpactSql(g, plan, selection, request.samples, quote, triggerName);
        qCDebug(lcPg).noquote() << "impact statement:" << QString::fromStdString(sql.text);
        const Facts facts = readFacts(tx.exec_params(sql.text, pqxx::prepare::make_dynamic_params(params)));
        tx.commit();
        step(2, QCoreApplication::translate("fkscope::Messages", "reading the result"));

        ImpactResultBuilder build(g, root, QStringLiteral("postgresql"));
        build.setFlow(facts.flow);
        ImpactResult &result = build.result();
        result.rootRows = facts.rootRows;
        for (TableId t : plan.unknown)
            result.unknownTables.append(g.table(t).ref());

        // Effects: the root first, then closure order, then tables only nulled or defaulted, in the
        // graph's order (the hashes' own order changes from run to run).
        QList<TableId> order = plan.closure;
        QList<TableId> onlySet = facts.setNull.keys() + facts.setDefault.keys();
        std::sort(onlySet.begin(), onlySet.end());
        for (TableId t : std::as_const(onlySet)) {
            if (!order.contains(t))
                order.append(t);
        }
        for (TableId t : order) {
            QList<ForeignKeyId> setActions;
            for (ForeignKeyId id : plan.setActions) {
                if (g.foreignKey(id).child == t)
                    setActions << id;
            }
            build.addEffect(t, facts.deleted.value(t), facts.setNull.value(t), facts.setDefault.value(t), facts.updated.value(t),
                            facts.deletedSample.value(t), setActions);
        }

        for (const Facts::Block &b : facts.blocks) {
            const ForeignKey &fk = g.foreignKey(b.fk);
            const Table &child = g.table(fk.child);
            BlockerKind kind = BlockerKind::NoAction;
            if (b.what == QLatin1String("restrict"))
                kind = fk.onDelete == FkAction::Restrict ? BlockerKind::Restrict : BlockerKind::NoAction;
            else if (b.what == QLatin1String("deferred"))
                kind = BlockerKind::DeferredNoAction;
            else if (b.what == QLatin1String("notnull"))
                kind = BlockerKind::NotNull;
            else if (b.what == QLatin1String("check"))
                kind = BlockerKind::Check;
            else if (b.what == QLatin1String("sdmissing"))
                kind = BlockerKind::SetDefaultMissingParent;
            else if (b.what == QLatin1String("recheck"))
                kind = BlockerKind::ForeignKeyRecheck;
            ImpactBlocker &blocker = build.addBlocker(b.fk, kind, b.certain + b.uncertain, b.certain > 0, b.sample);
            blocker.engineNames = cloneNames(fk);
            if (kind == BlockerKind::NotNull) {
                blocker.column = child.columns.value(b.b).name;
            } else if (kind == BlockerKind::Check) {
                blocker.constraint = child.checks.value(b.b).name;
            } else if (kind == BlockerKind::SetDefaultMissingParent) {
                blocker.column = fk.deleteSetColumns().join(QStringLiteral(", "));
            } else if (kind == BlockerKind::ForeignKeyRecheck) {
                blocker.column = fk.columns.join(QStringLiteral(", "));
                // The path leads to the SET actions that updated the row; the FK at fault is this one.
                blocker.path = QStringList{fk.name};
            }
        }

        // What the simulation cannot see.
        QSet<TableId> touched(plan.closure.begin(), plan.closure.end());
        for (ForeignKeyId id : plan.setActions)
            touched.insert(g.foreignKey(id).child);
        QList<TableId> touchedSorted(touched.begin(), touched.end());
        std::sort(touchedSorted.begin(), touchedSorted.end());
        build.warnAboutTouched(touchedSorted, plan.setActions);
        for (TableId t : touchedSorted) {
            const Table &table = g.table(t);
            if (!table.rules.isEmpty())
                result.warnings << QCoreApplication::translate("fkscope::Messages", "%1 has rules (%2) that can rewrite a DELETE.")
                                       .arg(qualifiedName(table.ref()), table.rules.join(QStringLiteral(", ")));
            if (table.rowSecurity)
                result.warnings << QCoreApplication::translate("fkscope::Messages", "%1 has row-level security: the simulation counts only the rows you "
                                                  "can see, while foreign-key actions reach all rows.")
                                       .arg(qualifiedName(table.ref()));
        }
        for (TableId t : plan.unknown)
            result.warnings << QCoreApplication::translate("fkscope::Messages", "No SELECT privilege on %1: its rows (and what they lead to) are unknown.")
                                   .arg(qualifiedName(g.table(t).ref()));
        for (TableId t : touchedSorted) {
            const QList<ForeignKeyId> &fks = g.outgoing(t);
            for (int i = 0; i < fks.size(); ++i) {
                for (int j = i + 1; j < fks.size(); ++j) {
                    const ForeignKey &a = g.foreignKey(fks[i]);
                    const ForeignKey &b = g.foreignKey(fks[j]);
                    const bool setAction = a.onDelete == FkAction::SetNull || a.onDelete == FkAction::SetDefault
                                        || b.onDelete == FkAction::SetNull || b.onDelete == FkAction::SetDefault;
                    bool shared = false;
                    for (const QString &c : a.columns)
                        shared = shared || b.columns.contains(c);
                    if (setAction && shared && (plan.inClosure.contains(a.parent) || plan.inClosure.contains(b.parent)))
                        result.warnings << QCoreApplication::translate("fkscope::Messages", "%1 and %2 share columns and one of them sets them: the "
                                                          "result depends on the order of their triggers.")
                                               .arg(a.name, b.name);
                }
            }
        }
        for (const Table &t : g.tables()) {
            for (const TableRef &parent : t.inheritsFrom) {
                if (parent == rootTable.ref())
                    result.warnings << QCoreApplication::translate("fkscope::Messages", "%1 inherits from %2: DELETE without ONLY also deletes its rows, "
                                                      "which this simulation does not count.")
                                           .arg(qualifiedName(t.ref()), qualifiedName(rootTable.ref()));
            }
        }
        ImpactResult finished = build.finish();
        setFirstError(g, finished);
        if (finished.orderDependent())
            finished.warnings << QCoreApplication::translate("fkscope::Messages", "Whether some rows block depends on the order in which PostgreSQL visits "
                                                "rows (see blockers with \"certain\": false); --verify tells for sure.");
        finished.elapsedMs = timer.elapsed();
        return finished;
    });
}

} // namespace fkscope
