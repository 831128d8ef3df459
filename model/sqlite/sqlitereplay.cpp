// SPDX-License-Identifier: Apache-2.0
#include "sqlitereplay.h"

#include "sqliteconnection.h"
#include "sqliteimpactengine.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace fkscope {

namespace {

QString q(const QString &identifier) { return SqliteConnection::quoteName(identifier); }

bool isSetAction(FkAction a) { return a == FkAction::SetNull || a == FkAction::SetDefault; }

bool containsName(const QStringList &names, const QString &name)
{
    return std::any_of(names.begin(), names.end(), [&](const QString &n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
}

// "quote(a) || ',' || quote(b)": the values of `expressions` as one comparable text.
QString quotedList(const QStringList &expressions)
{
    QStringList parts;
    for (const QString &e : expressions)
        parts << QStringLiteral("quote(%1)").arg(e);
    return parts.join(QStringLiteral(" || ',' || "));
}

// The columns a SET action writes, qualified by `alias`.
QStringList setColumns(const ForeignKey &fk, const QString &alias)
{
    QStringList out;
    for (const QString &c : fk.deleteSetColumns())
        out << alias + QLatin1Char('.') + q(c);
    return out;
}

// The deletes in flight while the instrumented replay runs: a BEFORE DELETE trigger pushes a row, the
// AFTER DELETE trigger (which SQLite runs once that row's foreign-key actions are done) pops it. When
// the statement stops on a RESTRICT, the row on top is the parent whose action raised it.
struct Trace
{
    QList<QPair<TableId, QString>> open;
    QSet<QString> deleted; // "table:key" of the rows of `record` tables deleted so far
    QSet<TableId> record;
    QSet<QString> updated; // "table:key" of the rows updated
};

void traceFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *trace = static_cast<Trace *>(sqlite3_user_data(context));
    const int op = sqlite3_value_int(argv[0]);
    const auto table = static_cast<TableId>(sqlite3_value_int(argv[1]));
    if (op == 1) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[2]));
        const QString key = QString::fromUtf8(text ? text : "");
        trace->open.append({table, key});
        if (trace->record.contains(table))
            trace->deleted.insert(QStringLiteral("%1:%2").arg(table).arg(key));
    } else if (op == 3) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[2]));
        trace->updated.insert(QStringLiteral("%1:%2").arg(table).arg(QString::fromUtf8(text ? text : "")));
    } else if (!trace->open.isEmpty()) {
        trace->open.removeLast();
    }
    sqlite3_result_null(context);
}

const char *kTraceFunction = "fkscope_replay_trace";

// True for what SQLite answers the DELETE itself with: a constraint (foreign key, NOT NULL, CHECK,
// a RESTRICT's RAISE), a "foreign key mismatch", the trigger depth limit. Anything else (a full
// disk for the TEMP copies, an I/O error) is the replay's own failure.
bool isVerdict(const Error &e)
{
    const int primary = e.server().code.toInt() & 0xff;
    const QString &m = e.server().message;
    return primary == SQLITE_CONSTRAINT
        || (primary == SQLITE_ERROR
            && (m.startsWith(QLatin1String("foreign key mismatch")) || m.contains(QLatin1String("too many levels of trigger recursion"))));
}

} // namespace

SqliteReplay::SqliteReplay(SqliteConnection &connection, const SchemaGraph &graph, const QSet<QString> &withoutRowid)
    : m_c(connection)
    , m_g(graph)
    , m_withoutRowid(withoutRowid)
{
}

SqliteReplay::~SqliteReplay()
{
    // Everything in TEMP goes: the copies (named as the file's tables, which they would hide, and
    // which the next simulation would find in its way), the row sets, the triggers. After a cancel or
    // a timeout too: nothing here can be stopped.
    SqliteConnection::Uninterruptible quiet(m_c);
    if (m_inRun)
        m_c.execUninterrupted(QStringLiteral("ROLLBACK"));
    QStringList drops;
    for (int attempt = 0; attempt < 2 && drops.isEmpty(); ++attempt) { // a cancel's sqlite3_interrupt() may still hit the first
        try {
            SqliteStatement list(m_c, QStringLiteral("SELECT type, name FROM temp.sqlite_master WHERE type IN ('table', 'trigger') "
                                                     "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
            while (list.step())
                drops << QStringLiteral("DROP %1 IF EXISTS temp.%2;").arg(list.text(0).toUpper(), q(list.text(1)));
        } catch (const Error &) {
            drops.clear();
        }
    }
    if (!drops.isEmpty())
        m_c.execUninterrupted(drops.join(QLatin1Char(' ')));
    m_c.execUninterrupted(QStringLiteral("DELETE FROM temp.sqlite_sequence")); // AUTOINCREMENT copies made it; it cannot be dropped
    m_c.execUninterrupted(QStringLiteral("DROP TABLE IF EXISTS temp.sqlite_stat1")); // the engine's ANALYZE temp made it
    if (m_foreignKeysOn)
        m_c.execUninterrupted(QStringLiteral("PRAGMA foreign_keys = OFF"));
    sqlite3_create_function_v2(m_c.raw(), kTraceFunction, 3, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
}

QString SqliteReplay::universe(TableId t) const { return QStringLiteral("temp.fkscope_u_%1").arg(t); }

QStringList SqliteReplay::key(TableId t, const QString &alias) const
{
    return SqliteImpactEngine::rowKey(m_g.table(t), m_withoutRowid.contains(m_g.table(t).name), alias);
}

QString SqliteReplay::keyJoin(const QString &universeAlias, TableId t, const QString &alias) const
{
    const QStringList k = key(t, alias);
    QStringList parts;
    for (int i = 0; i < k.size(); ++i)
        parts << QStringLiteral("%3 = %1.k%2").arg(universeAlias).arg(i).arg(k[i]); // keys are never NULL
    return parts.join(QStringLiteral(" AND "));
}

QString SqliteReplay::keyText(TableId t, const QString &alias) const
{
    return quotedList(key(t, alias));
}

qint64 SqliteReplay::scalar(const QString &sql)
{
    SqliteStatement s(m_c, sql);
    return s.step() ? s.integer(0) : 0;
}

void SqliteReplay::exec(const QString &sql, const QStringList &params)
{
    SqliteStatement s(m_c, sql);
    for (int i = 0; i < params.size(); ++i)
        s.bind(i + 1, params[i]);
    while (s.step()) {
    }
}

QList<ForeignKeyId> SqliteReplay::setActions(TableId t) const
{
    QList<ForeignKeyId> out;
    for (ForeignKeyId id : m_g.outgoing(t)) {
        const ForeignKey &fk = m_g.foreignKey(id);
        if (isSetAction(fk.onDelete) && m_program.contains(fk.parent) && !m_g.table(fk.parent).external)
            out << id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString SqliteReplay::defaulted(const ForeignKey &fk, int column, const QList<ForeignKeyId> &setDefaults, const QString &alias) const
{
    for (ForeignKeyId id : setDefaults) {
        if (containsName(m_g.foreignKey(id).deleteSetColumns(), fk.columns[column]))
            return SqliteImpactEngine::defaultValue(m_g.table(fk.child), fk.columns[column]);
    }
    return QStringLiteral("%1.%2").arg(alias, q(fk.columns[column]));
}

qint64 SqliteReplay::mark(TableId t, const QString &selectKeys, char how, int round)
{
    const QStringList defs = SqliteImpactEngine::keyColumns(m_g.table(t), m_withoutRowid.contains(m_g.table(t).name));
    QStringList cols;
    for (int i = 0; i < defs.size(); ++i)
        cols << QStringLiteral("k%1").arg(i);
    if (!m_tables.contains(t)) {
        QStringList extra;
        for (int i = 0; i < setActions(t).size(); ++i)
            extra << QStringLiteral(", o%1 TEXT").arg(i);
        const QString bare = QString(universe(t)).remove(QStringLiteral("temp."));
        exec(QStringLiteral("CREATE TEMP TABLE %1 (%2, d INTEGER, s INTEGER%3, PRIMARY KEY (%4)) WITHOUT ROWID")
                 .arg(bare, defs.join(QStringLiteral(", ")), extra.join(QString()), cols.join(QStringLiteral(", "))));
        exec(QStringLiteral("CREATE INDEX temp.%1_d ON %1 (d)").arg(bare));
        exec(QStringLiteral("CREATE INDEX temp.%1_s ON %1 (s)").arg(bare));
        m_tables << t;
    }
    const QString list = cols.join(QStringLiteral(", "));
    if (how == 'r') {
        exec(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) SELECT * FROM (%3)").arg(universe(t), list, selectKeys), m_params);
        m_rows += sqlite3_changes64(m_c.raw());
        return m_rows;
    }
    const QString flag = how == 'd' ? QStringLiteral("d") : QStringLiteral("s");
    exec(QStringLiteral("INSERT INTO %1 (%2, %3) SELECT *, %4 FROM (%5) WHERE 1 ON CONFLICT (%2) DO UPDATE SET %3 = excluded.%3 WHERE %3 IS NULL")
             .arg(universe(t), list, flag)
             .arg(round)
             .arg(selectKeys),
         m_params);
    m_rows += sqlite3_changes64(m_c.raw()); // new rows and rows newly flagged: an upper bound of the rows
    return m_rows;
}

bool SqliteReplay::copy(TableId root, const QString &rootFrom, const QStringList &params, const CancelToken &cancel, QString &why)
{
    const SchemaGraph &g = m_g;
    m_root = root;
    const QList<TableId> closure = g.cascadeClosure(root);
    m_program = QSet<TableId>(closure.begin(), closure.end());
    if (scalar(QStringLiteral("PRAGMA foreign_keys")) != 0) {
        why = QCoreApplication::translate("fkscope::Messages", "the connection enforces foreign keys, so rows cannot be copied");
        return false;
    }
    auto table = [&](TableId t) { return QStringLiteral("main.") + q(g.table(t).name); };
    auto setDefaultsOf = [&](TableId t) {
        QList<ForeignKeyId> out;
        for (ForeignKeyId id : setActions(t)) {
            if (g.foreignKey(id).onDelete == FkAction::SetDefault)
                out << id;
        }
        return out;
    };
    auto overlaps = [&](const QStringList &a, const QList<ForeignKeyId> &fks) {
        for (ForeignKeyId id : fks) {
            for (const QString &c : g.foreignKey(id).deleteSetColumns()) {
                if (containsName(a, c))
                    return true;
            }
        }
        return false;
    };
    auto has = [&](TableId t, const QString &condition) {
        return m_tables.contains(t) && scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)").arg(universe(t), condition)) != 0;
    };
    auto howFor = [](FkAction a) { return a == FkAction::Cascade ? 'd' : isSetAction(a) ? 's' : 'r'; };

    // The rows the statement can delete (d: first reached at that round) or update (s), and those it
    // reads on the way.
    m_params = params;
    mark(root, QStringLiteral("SELECT %1 %2").arg(key(root, QStringLiteral("r")).join(QStringLiteral(", ")), rootFrom), 'd', 0);
    m_params.clear();
    for (int round = 0;; ++round) {
        if (cancel.isCancelled())
            throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
        const QList<TableId> tables = m_tables;
        for (TableId t : tables) {
            if (!has(t, QStringLiteral("d = %1").arg(round)))
                continue;
            for (ForeignKeyId id : g.incoming(t)) {
                const ForeignKey &fk = g.foreignKey(id);
                mark(fk.child,
                     QStringLiteral("SELECT %1 FROM %2 AS du CROSS JOIN %3 AS p ON %4 CROSS JOIN %5 AS c ON %6 WHERE du.d = %7")
                         .arg(key(fk.child, QStringLiteral("c")).join(QStringLiteral(", ")), universe(t), table(t),
                              keyJoin(QStringLiteral("du"), t, QStringLiteral("p")), table(fk.child), SqliteImpactEngine::referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c")))
                         .arg(round),
                     howFor(fk.onDelete), round + 1);
            }
        }
        for (TableId t : tables) {
            const QList<ForeignKeyId> sets = setActions(t);
            if (sets.isEmpty() || !has(t, QStringLiteral("s = %1").arg(round)))
                continue;
            // A changed parent key: the rows referencing its old value (and its new one) are checked.
            for (ForeignKeyId id : g.incoming(t)) {
                const ForeignKey &fk = g.foreignKey(id);
                if (!overlaps(fk.refColumns, sets))
                    continue;
                if (fk.onUpdate != FkAction::NoAction && fk.onUpdate != FkAction::Restrict) {
                    why = QCoreApplication::translate("fkscope::Messages", "a SET action changes a key that %1 references, whose ON UPDATE action would run")
                              .arg(fk.name);
                    return false;
                }
                mark(fk.child,
                     QStringLiteral("SELECT %1 FROM %2 AS su CROSS JOIN %3 AS p ON %4 CROSS JOIN %5 AS c ON %6 WHERE su.s = %7")
                         .arg(key(fk.child, QStringLiteral("c")).join(QStringLiteral(", ")), universe(t), table(t),
                              keyJoin(QStringLiteral("su"), t, QStringLiteral("p")), table(fk.child), SqliteImpactEngine::referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c")))
                         .arg(round),
                     'r', 0);
                const QList<ForeignKeyId> defaults = setDefaultsOf(t);
                if (!overlaps(fk.refColumns, defaults))
                    continue;
                QStringList match;
                for (int i = 0; i < fk.columns.size(); ++i) {
                    const QString ref = fk.refColumns.value(i);
                    bool isDefault = false;
                    for (ForeignKeyId d : defaults)
                        isDefault = isDefault || containsName(g.foreignKey(d).deleteSetColumns(), ref);
                    match << QStringLiteral("c.%1 = %2").arg(q(fk.columns[i]), isDefault ? SqliteImpactEngine::defaultValue(g.table(t), ref) : QStringLiteral("p.") + q(ref));
                }
                mark(fk.child,
                     QStringLiteral("SELECT %1 FROM %2 AS su CROSS JOIN %3 AS p ON %4 CROSS JOIN %5 AS c ON %6 WHERE su.s = %7")
                         .arg(key(fk.child, QStringLiteral("c")).join(QStringLiteral(", ")), universe(t), table(t),
                              keyJoin(QStringLiteral("su"), t, QStringLiteral("p")), table(fk.child), match.join(QStringLiteral(" AND ")))
                         .arg(round),
                     'r', 0);
            }
        }
        // A row set to its DEFAULT may then reference a row the statement deletes.
        for (TableId t : tables) {
            const QList<ForeignKeyId> defaults = setDefaultsOf(t);
            if (defaults.isEmpty() || !has(t, QStringLiteral("s IS NOT NULL")))
                continue;
            for (ForeignKeyId id : g.outgoing(t)) {
                const ForeignKey &fk = g.foreignKey(id);
                if (g.table(fk.parent).external || !m_tables.contains(fk.parent) || !overlaps(fk.columns, defaults))
                    continue;
                QStringList match;
                for (int i = 0; i < fk.columns.size(); ++i)
                    match << QStringLiteral("p.%1 = %2").arg(q(fk.refColumns.value(i)), defaulted(fk, i, defaults, QStringLiteral("c")));
                mark(t,
                     QStringLiteral("SELECT %1 FROM %2 AS su CROSS JOIN %3 AS c ON %4 CROSS JOIN %5 AS p ON %6 CROSS JOIN %7 AS du ON %8 "
                                    "WHERE su.s IS NOT NULL AND du.d IS NOT NULL")
                         .arg(key(t, QStringLiteral("c")).join(QStringLiteral(", ")), universe(t), table(t), keyJoin(QStringLiteral("su"), t, QStringLiteral("c")),
                              table(fk.parent), match.join(QStringLiteral(" AND ")), universe(fk.parent),
                              keyJoin(QStringLiteral("du"), fk.parent, QStringLiteral("p"))),
                     howFor(fk.onDelete), round + 1);
            }
        }
        bool more = false;
        for (TableId t : std::as_const(m_tables))
            more = more || has(t, QStringLiteral("d = %1 OR s = %1").arg(round + 1));
        if (m_rows > kMaxRows) {
            why = QCoreApplication::translate("fkscope::Messages", "it would copy more than %L1 rows").arg(kMaxRows);
            return false;
        }
        if (!more)
            break;
    }

    // The parent rows that the changed rows' foreign keys look up (by old values and by DEFAULTs);
    // their tables exist in the copy even with no row, as they do in the file.
    QSet<TableId> create(m_tables.begin(), m_tables.end());
    const QList<TableId> changedTables = m_tables;
    for (TableId t : changedTables) {
        if (!has(t, QStringLiteral("d IS NOT NULL OR s IS NOT NULL")))
            continue;
        const QList<ForeignKeyId> defaults = setDefaultsOf(t);
        for (ForeignKeyId id : g.outgoing(t)) {
            const ForeignKey &fk = g.foreignKey(id);
            if (g.table(fk.parent).external)
                continue;
            create.insert(fk.parent);
            mark(fk.parent,
                 QStringLiteral("SELECT %1 FROM %2 AS su CROSS JOIN %3 AS c ON %4 CROSS JOIN %5 AS p ON %6 WHERE su.d IS NOT NULL OR su.s IS NOT NULL")
                     .arg(key(fk.parent, QStringLiteral("p")).join(QStringLiteral(", ")), universe(t), table(t),
                          keyJoin(QStringLiteral("su"), t, QStringLiteral("c")), table(fk.parent), SqliteImpactEngine::referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c"))),
                 'r', 0);
            if (!overlaps(fk.columns, defaults))
                continue;
            QStringList match;
            for (int i = 0; i < fk.columns.size(); ++i)
                match << QStringLiteral("p.%1 = %2").arg(q(fk.refColumns.value(i)), defaulted(fk, i, defaults, QStringLiteral("c")));
            mark(fk.parent,
                 QStringLiteral("SELECT %1 FROM %2 AS su CROSS JOIN %3 AS c ON %4 CROSS JOIN %5 AS p ON %6 WHERE su.s IS NOT NULL")
                     .arg(key(fk.parent, QStringLiteral("p")).join(QStringLiteral(", ")), universe(t), table(t),
                          keyJoin(QStringLiteral("su"), t, QStringLiteral("c")), table(fk.parent), match.join(QStringLiteral(" AND "))),
                 'r', 0);
        }
    }

    // The tables SQLite compiles into the DELETE's program exist too, even with no row: the tables it
    // deletes from and those its SET actions update, the foreign keys referencing them and theirs.
    // Their action lists, their trigger frames and their "foreign key mismatch" are the file's.
    QSet<TableId> program = m_program;
    for (ForeignKeyId id = 0; id < g.foreignKeys().size(); ++id) {
        const ForeignKey &fk = g.foreignKey(id);
        if (isSetAction(fk.onDelete) && m_program.contains(fk.parent) && !g.table(fk.parent).external)
            program.insert(fk.child);
    }
    for (TableId t : std::as_const(program)) {
        create.insert(t);
        for (ForeignKeyId id : g.incoming(t))
            create.insert(g.foreignKey(id).child);
        for (ForeignKeyId id : g.outgoing(t)) {
            if (!g.table(g.foreignKey(id).parent).external)
                create.insert(g.foreignKey(id).parent);
        }
    }

    // The copies: tables in the file's order (the order decides the foreign keys' action lists), rows
    // with their rowids, then indexes. CHECK constraints are not re-checked on old rows.
    struct Entry
    {
        qint64 position;
        TableId table;
        QString sql;
    };
    QList<Entry> entries;
    {
        SqliteStatement s(m_c, QStringLiteral("SELECT rowid, name, sql FROM main.sqlite_schema WHERE type = 'table'"));
        while (s.step()) {
            const TableId t = g.findTable({QStringLiteral("main"), s.text(1)});
            if (t != kInvalidId && create.contains(t))
                entries.append({s.integer(0), t, s.text(2)});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.position < b.position; });
    static const QRegularExpression createTable(QStringLiteral("^\\s*CREATE\\s+TABLE\\s"), QRegularExpression::CaseInsensitiveOption);
    const bool ignoredChecks = scalar(QStringLiteral("PRAGMA ignore_check_constraints")) != 0;
    exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    for (const Entry &e : std::as_const(entries)) {
        if (!createTable.match(e.sql).hasMatch()) {
            why = QCoreApplication::translate("fkscope::Messages", "the definition of %1 cannot be copied").arg(qualifiedName(g.table(e.table).ref()));
            return false;
        }
        QString sql = e.sql;
        sql.replace(createTable, QStringLiteral("CREATE TEMP TABLE "));
        exec(sql);
        m_created << e.table;
        if (!m_tables.contains(e.table))
            continue;
        QStringList cols;
        {
            SqliteStatement info(m_c, QStringLiteral("SELECT name, hidden FROM pragma_table_xinfo(?1, 'main')"));
            info.bind(1, g.table(e.table).name);
            while (info.step()) {
                if (info.integer(1) == 0)
                    cols << q(info.text(0));
            }
        }
        if (!m_withoutRowid.contains(g.table(e.table).name)) {
            const QString rowid = SqliteImpactEngine::rowidName(g.table(e.table));
            if (!cols.contains(rowid))
                cols.prepend(rowid);
        }
        QStringList from;
        for (const QString &c : std::as_const(cols))
            from << QStringLiteral("c.") + c;
        exec(QStringLiteral("INSERT INTO temp.%1 (%2) SELECT %3 FROM %4 AS u CROSS JOIN %5 AS c ON %6")
                 .arg(q(g.table(e.table).name), cols.join(QStringLiteral(", ")), from.join(QStringLiteral(", ")), universe(e.table), table(e.table),
                      keyJoin(QStringLiteral("u"), e.table, QStringLiteral("c"))));
        // The values the SET actions may change, to tell afterwards which rows they changed.
        const QList<ForeignKeyId> sets = setActions(e.table);
        for (int i = 0; i < sets.size(); ++i) {
            exec(QStringLiteral("UPDATE %1 AS u SET o%2 = (SELECT %3 FROM %4 AS c WHERE %5)")
                     .arg(universe(e.table))
                     .arg(i)
                     .arg(quotedList(setColumns(g.foreignKey(sets[i]), QStringLiteral("c"))), table(e.table),
                          keyJoin(QStringLiteral("u"), e.table, QStringLiteral("c"))));
        }
    }
    exec(QStringLiteral("PRAGMA ignore_check_constraints = %1").arg(ignoredChecks ? 1 : 0));
    for (const Entry &e : std::as_const(entries)) {
        SqliteStatement indexes(m_c, QStringLiteral("SELECT sql FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL"));
        indexes.bind(1, g.table(e.table).name);
        QStringList statements;
        while (indexes.step())
            statements << indexes.text(0);
        for (const QString &sql : std::as_const(statements))
            exec(sql); // the table is the TEMP copy: the index goes there
    }
    return true;
}

QString SqliteReplay::deleteStatement() const
{
    const QStringList k = key(m_root, QString());
    QStringList u;
    for (int i = 0; i < k.size(); ++i)
        u << QStringLiteral("k%1").arg(i);
    return QStringLiteral("DELETE FROM temp.%1 WHERE (%2) IN (SELECT %3 FROM %4 WHERE d = 0)")
        .arg(q(m_g.table(m_root).name), k.join(QStringLiteral(", ")), u.join(QStringLiteral(", ")), universe(m_root));
}

QString SqliteReplay::deletedFrom(TableId t, const QString &alias) const
{
    return QStringLiteral("FROM %1 AS u CROSS JOIN main.%2 AS %3 ON %4 WHERE NOT EXISTS (SELECT 1 FROM temp.%2 AS x WHERE %5)")
        .arg(universe(t), q(m_g.table(t).name), alias, keyJoin(QStringLiteral("u"), t, alias), keyJoin(QStringLiteral("u"), t, QStringLiteral("x")));
}

SqliteReplay::Counts SqliteReplay::countsOf(TableId t)
{
    Counts counts;
    if (!m_tables.contains(t))
        return counts;
    const QString present = QStringLiteral("EXISTS (SELECT 1 FROM temp.%1 AS x WHERE %2)").arg(q(m_g.table(t).name), keyJoin(QStringLiteral("u"), t, QStringLiteral("x")));
    const QList<ForeignKeyId> sets = setActions(t);
    QStringList any, nulls, defaults;
    for (int i = 0; i < sets.size(); ++i) {
        const QString changed = QStringLiteral("u.o%1 IS NOT (SELECT %2 FROM temp.%3 AS x WHERE %4)")
                                    .arg(i)
                                    .arg(quotedList(setColumns(m_g.foreignKey(sets[i]), QStringLiteral("x"))), q(m_g.table(t).name),
                                         keyJoin(QStringLiteral("u"), t, QStringLiteral("x")));
        any << changed;
        (m_g.foreignKey(sets[i]).onDelete == FkAction::SetNull ? nulls : defaults) << changed;
    }
    auto orOf = [](const QStringList &parts) { return parts.isEmpty() ? QStringLiteral("0") : QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" OR "))); };
    SqliteStatement s(m_c, QStringLiteral("SELECT coalesce(sum(NOT %1), 0), coalesce(sum(%1 AND %2), 0), coalesce(sum(%1 AND %3), 0), "
                                          "coalesce(sum(%1 AND %4), 0) FROM %5 AS u")
                               .arg(present, orOf(nulls), orOf(defaults), orOf(any), universe(t)));
    s.step();
    counts.deleted = s.integer(0);
    counts.setNull = s.integer(1);
    counts.setDefault = s.integer(2);
    counts.updated = s.integer(3);
    return counts;
}

ForeignKeyId SqliteReplay::foreignKeyFor(const QString &tableName, int pragmaId)
{
    const TableId child = m_g.findTable({QStringLiteral("main"), tableName});
    if (child == kInvalidId)
        return kInvalidId;
    QString parent;
    QStringList from;
    SqliteStatement s(m_c, QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?1, 'temp') WHERE id = ?2 ORDER BY seq"));
    s.bind(1, tableName).bind(2, static_cast<qint64>(pragmaId));
    while (s.step()) {
        parent = s.text(0);
        from << s.text(1);
    }
    for (ForeignKeyId id : m_g.outgoing(child)) {
        const ForeignKey &fk = m_g.foreignKey(id);
        if (m_g.table(fk.parent).name.compare(parent, Qt::CaseInsensitive) != 0 || fk.columns.size() != from.size())
            continue;
        bool same = true;
        for (int i = 0; i < from.size(); ++i)
            same = same && fk.columns[i].compare(from[i], Qt::CaseInsensitive) == 0;
        if (same)
            return id;
    }
    return kInvalidId;
}

SqliteReplay::Violations SqliteReplay::violations()
{
    Violations out;
    for (TableId t : std::as_const(m_created)) {
        try {
            SqliteStatement s(m_c, QStringLiteral("SELECT fkid, count(*) FROM pragma_foreign_key_check(?1, 'temp') GROUP BY fkid"));
            s.bind(1, m_g.table(t).name);
            while (s.step())
                out.insert({m_g.table(t).name, static_cast<int>(s.integer(0))}, s.integer(1));
        } catch (const Error &e) {
            if (e.kind() == ErrorKind::Cancelled || e.kind() == ErrorKind::Timeout)
                throw;
            // "foreign key mismatch" on a key the DELETE does not check: nothing to count there
        }
    }
    return out;
}

QHash<ForeignKeyId, qint64> SqliteReplay::touchedViolations(const QSet<QString> &updated)
{
    QHash<ForeignKeyId, qint64> out;
    for (TableId t : std::as_const(m_tables)) {
        QStringList changing;
        for (ForeignKeyId id : setActions(t))
            changing << m_g.foreignKey(id).deleteSetColumns();
        for (ForeignKeyId id : m_g.outgoing(t)) {
            const ForeignKey &fk = m_g.foreignKey(id);
            const bool checked = fk.parent == t || std::any_of(fk.columns.begin(), fk.columns.end(), [&](const QString &c) { return containsName(changing, c); });
            if (!checked || m_g.table(fk.parent).external || !m_created.contains(fk.parent))
                continue;
            QStringList set;
            for (const QString &c : fk.columns)
                set << QStringLiteral("x.%1 IS NOT NULL").arg(q(c));
            SqliteStatement rows(m_c, QStringLiteral("SELECT %1 FROM temp.%2 AS x WHERE %3 AND NOT EXISTS (SELECT 1 FROM temp.%4 AS p WHERE %5)")
                                          .arg(keyText(t, QStringLiteral("x")), q(m_g.table(t).name), set.join(QStringLiteral(" AND ")),
                                               q(m_g.table(fk.parent).name), SqliteImpactEngine::referenceMatch(fk, QStringLiteral("p"), QStringLiteral("x"))));
            qint64 n = 0;
            while (rows.step())
                n += updated.contains(QStringLiteral("%1:%2").arg(t).arg(rows.text(0))) ? 1 : 0;
            if (n > 0)
                out.insert(id, n);
        }
    }
    return out;
}

QList<SqliteReplay::Verdict::Proven> SqliteReplay::leftViolated(const Violations &before, const Violations &after,
                                                                 const QHash<ForeignKeyId, qint64> &touched, bool deferredOnly)
{
    QHash<ForeignKeyId, qint64> rows = touched;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const ForeignKeyId id = foreignKeyFor(it.key().first, it.key().second);
        const qint64 added = it.value() - before.value(it.key());
        if (id != kInvalidId && added > 0)
            rows[id] = std::max(rows.value(id), added);
    }
    QList<Verdict::Proven> immediate, deferred;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        const ForeignKey &fk = m_g.foreignKey(it.key());
        if (fk.deferred)
            deferred.append({it.key(), BlockerKind::DeferredNoAction, it.value(), {}, {}});
        else if (!deferredOnly)
            immediate.append({it.key(), fk.onDelete == FkAction::SetDefault ? BlockerKind::SetDefaultMissingParent : BlockerKind::NoAction, it.value(), {}, {}});
    }
    auto byId = [](const Verdict::Proven &a, const Verdict::Proven &b) { return a.fk < b.fk; };
    std::sort(immediate.begin(), immediate.end(), byId);
    std::sort(deferred.begin(), deferred.end(), byId);
    return immediate + deferred;
}

void SqliteReplay::rollback()
{
    // After some errors (a full disk) SQLite has rolled back already.
    if (!sqlite3_get_autocommit(m_c.raw()))
        m_c.exec(QStringLiteral("ROLLBACK"));
    m_inRun = false;
}

SqliteReplay::Verdict SqliteReplay::run(const CancelToken &cancel)
{
    Verdict v;
    // Runs `sql`; SQLite's refusal becomes the verdict `kind` (a cancel or a timeout is not one).
    auto refused = [&](const QString &sql, Verdict::Kind kind) {
        try {
            m_c.exec(sql);
            return false;
        } catch (const Error &e) {
            if (!isVerdict(e))
                throw;
            v.kind = kind;
            v.message = e.server().message.isEmpty() ? e.summary() : e.server().message;
            v.code = e.server().code;
            return true;
        }
    };
    m_c.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_foreignKeysOn = true;
    m_c.exec(QStringLiteral("BEGIN"));
    m_inRun = true;
    if (refused(deleteStatement(), Verdict::Kind::Blocked)) {
        rollback();
        if (!attribute(v, cancel))
            v.blockers.clear();
        return v;
    }
    // Only the TEMP copies are committed: a deferred foreign key fails here. Once committed, they hold
    // the end state the counts are read from.
    if (!refused(QStringLiteral("COMMIT"), Verdict::Kind::BlockedAtCommit)) {
        m_inRun = false;
        v.kind = Verdict::Kind::Allowed;
        for (TableId t : std::as_const(m_tables))
            v.counts.insert(t, countsOf(t));
        return v;
    }
    rollback();
    // The deferred foreign keys it leaves violated: the same DELETE again, traced, without COMMIT.
    v.blockers = violatedAtEnd(false, true);
    return v;
}

QList<SqliteReplay::Verdict::Proven> SqliteReplay::violatedAtEnd(bool deferChecks, bool deferredOnly)
{
    const Violations before = violations();
    Trace trace;
    Violations after;
    QHash<ForeignKeyId, qint64> touched;
    tracedRun(&trace, deferChecks, [&] {
        after = violations();
        touched = touchedViolations(trace.updated);
    });
    return leftViolated(before, after, touched, deferredOnly);
}

QString SqliteReplay::tracedRun(void *traceData, bool deferChecks, const std::function<void()> &whenDone)
{
    auto *trace = static_cast<Trace *>(traceData);
    const SchemaGraph &g = m_g;
    for (TableId t : std::as_const(m_created)) {
        for (ForeignKeyId id : g.outgoing(t)) {
            if (g.foreignKey(id).onDelete == FkAction::Restrict)
                trace->record.insert(t);
        }
    }
    if (sqlite3_create_function_v2(m_c.raw(), kTraceFunction, 3, SQLITE_UTF8 | SQLITE_DIRECTONLY, trace, &traceFunction, nullptr, nullptr,
                                   nullptr)
        != SQLITE_OK)
        m_c.fail(sqlite3_errcode(m_c.raw()), QStringLiteral("sqlite3_create_function"));
    const QString function = QString::fromLatin1(kTraceFunction);
    QStringList triggers, drops;
    for (TableId t : std::as_const(m_tables)) {
        const QString name = q(g.table(t).name);
        triggers << QStringLiteral("CREATE TEMP TRIGGER fkscope_replay_b%1 BEFORE DELETE ON temp.%2 BEGIN SELECT %3(1, %1, %4); END;")
                        .arg(t)
                        .arg(name, function, keyText(t, QStringLiteral("old")))
                 << QStringLiteral("CREATE TEMP TRIGGER fkscope_replay_a%1 AFTER DELETE ON temp.%2 BEGIN SELECT %3(2, %1, ''); END;")
                        .arg(t)
                        .arg(name, function);
        drops << QStringLiteral("DROP TRIGGER temp.fkscope_replay_b%1; DROP TRIGGER temp.fkscope_replay_a%1;").arg(t);
        if (!setActions(t).isEmpty()) {
            triggers << QStringLiteral("CREATE TEMP TRIGGER fkscope_replay_u%1 BEFORE UPDATE ON temp.%2 BEGIN SELECT %3(3, %1, %4); END;")
                            .arg(t)
                            .arg(name, function, keyText(t, QStringLiteral("old")));
            drops << QStringLiteral("DROP TRIGGER temp.fkscope_replay_u%1;").arg(t);
        }
    }
    m_c.exec(triggers.join(QLatin1Char('\n')));
    QString error;
    m_c.exec(QStringLiteral("BEGIN"));
    m_inRun = true;
    if (deferChecks)
        m_c.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    try {
        exec(deleteStatement());
        if (whenDone)
            whenDone();
    } catch (const Error &e) {
        if (!isVerdict(e))
            throw;
        error = e.server().message.isEmpty() ? e.summary() : e.server().message;
    }
    rollback();
    m_c.exec(drops.join(QLatin1Char(' ')));
    sqlite3_create_function_v2(m_c.raw(), kTraceFunction, 3, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    return error;
}

bool SqliteReplay::attribute(Verdict &v, const CancelToken &cancel)
{
    const SchemaGraph &g = m_g;
    auto tableNamed = [&](const QString &name) {
        for (TableId t : std::as_const(m_created)) {
            if (g.table(t).name.compare(name, Qt::CaseInsensitive) == 0)
                return t;
        }
        return kInvalidId;
    };
    // The SET action whose UPDATE met a constraint of `t` (on `column` when given).
    auto setActionOn = [&](TableId t, const QString &column) {
        const QList<ForeignKeyId> sets = setActions(t);
        for (ForeignKeyId id : sets) {
            if (column.isEmpty() || containsName(g.foreignKey(id).deleteSetColumns(), column))
                return id;
        }
        return sets.isEmpty() ? kInvalidId : sets.first();
    };

    static const QRegularExpression notNull(QStringLiteral("^NOT NULL constraint failed: (.+)\\.([^.]+)$"));
    if (const auto m = notNull.match(v.message); m.hasMatch()) {
        const TableId t = tableNamed(m.captured(1));
        const ForeignKeyId id = t == kInvalidId ? kInvalidId : setActionOn(t, m.captured(2));
        if (id == kInvalidId)
            return false;
        v.blockers.append({id, BlockerKind::NotNull, 1, m.captured(2), {}});
        return true;
    }
    static const QRegularExpression mismatch(QStringLiteral("^foreign key mismatch - \"(.+)\" referencing \"(.+)\"$"));
    if (const auto m = mismatch.match(v.message); m.hasMatch()) {
        const TableId child = tableNamed(m.captured(1)), parent = tableNamed(m.captured(2));
        for (ForeignKeyId id = 0; child != kInvalidId && id < g.foreignKeys().size(); ++id) {
            const ForeignKey &fk = g.foreignKey(id);
            if (fk.child == child && fk.parent == parent && !SqliteImpactEngine::parentKeyIsUnique(g, fk)) {
                v.blockers.append({id, BlockerKind::ForeignKeyMismatch, 0, {}, {}});
                return true;
            }
        }
        return false;
    }
    static const QString check = QStringLiteral("CHECK constraint failed: ");
    if (v.message.startsWith(check)) {
        const QString name = v.message.mid(check.size());
        for (TableId t : std::as_const(m_created)) {
            for (const CheckConstraint &c : g.table(t).checks) {
                if (c.name == name || c.expression.trimmed() == name.trimmed()) {
                    const ForeignKeyId id = setActionOn(t, QString());
                    if (id == kInvalidId)
                        continue;
                    v.blockers.append({id, BlockerKind::Check, 1, {}, c.name.isEmpty() ? name : c.name});
                    return true;
                }
            }
        }
        return false;
    }
    if (v.message.contains(QLatin1String("too many levels of trigger recursion"))) {
        for (TableId t : std::as_const(m_created)) {
            for (ForeignKeyId id : g.outgoing(t)) {
                const ForeignKey &fk = g.foreignKey(id);
                if (fk.onDelete == FkAction::Cascade && m_program.contains(fk.parent) && m_program.contains(fk.child)
                    && g.cascadeClosure(fk.child).contains(fk.parent)) {
                    v.blockers.append({id, BlockerKind::CascadeTooDeep, 1, {}, {}});
                    return true;
                }
            }
        }
        return false;
    }
    if (!v.message.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return false;

    // A foreign key failed: at once (a RESTRICT action found a row) or at the end of the statement
    // (rows left referencing nothing). The same DELETE again, traced, tells which.
    Trace trace;
    const QString traced = tracedRun(&trace, false, {});
    if (traced != v.message)
        return false; // the traced run went another way (its triggers count toward the depth limit)

    if (!trace.open.isEmpty()) {
        // RESTRICT: the first of the parent's RESTRICT foreign keys, in SQLite's action order (the
        // newest-declared first), that a row still references.
        const auto [parent, parentKey] = trace.open.last();
        QList<QPair<int, ForeignKeyId>> candidates; // (order, fk)
        for (ForeignKeyId id : g.incoming(parent)) {
            const ForeignKey &fk = g.foreignKey(id);
            const int position = static_cast<int>(m_created.indexOf(fk.child));
            if (fk.onDelete != FkAction::Restrict || position < 0)
                continue;
            int pragmaId = 0;
            for (int i = 0;; ++i) {
                const ForeignKeyId other = foreignKeyFor(g.table(fk.child).name, i);
                if (other == id || other == kInvalidId) {
                    pragmaId = i;
                    break;
                }
            }
            candidates.append({-position * 10000 + pragmaId, id});
        }
        std::sort(candidates.begin(), candidates.end());
        for (const auto &[order, id] : std::as_const(candidates)) {
            Q_UNUSED(order)
            if (cancel.isCancelled())
                throw Error(ErrorKind::Cancelled, QCoreApplication::translate("fkscope::Messages", "The simulation was cancelled."));
            const ForeignKey &fk = g.foreignKey(id);
            SqliteStatement rows(m_c, QStringLiteral("SELECT %1 FROM temp.%2 AS c JOIN temp.%3 AS p ON %4 WHERE %5 = ?1")
                                          .arg(keyText(fk.child, QStringLiteral("c")), q(g.table(fk.child).name), q(g.table(parent).name),
                                               SqliteImpactEngine::referenceMatch(fk, QStringLiteral("p"), QStringLiteral("c")),
                                               keyText(parent, QStringLiteral("p"))));
            rows.bind(1, parentKey);
            qint64 alive = 0;
            while (rows.step()) {
                if (!trace.deleted.contains(QStringLiteral("%1:%2").arg(fk.child).arg(rows.text(0))))
                    ++alive;
            }
            if (alive > 0) {
                v.blockers.append({id, BlockerKind::Restrict, alive, {}, {}});
                return true;
            }
        }
        return false;
    }

    // At the end of the statement: the foreign keys it leaves violated, seen by running it with every
    // check deferred (the same rows go: no RESTRICT fired before the end).
    v.blockers = violatedAtEnd(true, false);
    const bool immediate = std::any_of(v.blockers.begin(), v.blockers.end(), [](const Verdict::Proven &p) { return p.kind != BlockerKind::DeferredNoAction; });
    return immediate;
}

} // namespace fkscope
