// SPDX-License-Identifier: Apache-2.0
#include "explainer.h"

#include "core/error.h"
#include "core/jsonwriter.h"
#include "source/livedatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fkscope {

namespace {

// The foreign keys the message can mean: by constraint name (or a partition copy's name), then by
// the tables and schema the message names.
QList<ForeignKeyId> candidates(const SchemaGraph &g, const FkErrorMessage &m)
{
    QList<ForeignKeyId> out;
    for (ForeignKeyId id = 0; id < g.foreignKeys().size(); ++id) {
        const ForeignKey &fk = g.foreignKey(id);
        const Table &child = g.table(fk.child);
        const Table &parent = g.table(fk.parent);
        bool named = fk.name == m.constraint && (m.childTable.isEmpty() || child.name == m.childTable);
        for (const ConstraintClone &clone : fk.clones) {
            if (clone.name == m.constraint && (m.childTable.isEmpty() || clone.table.name == m.childTable || child.name == m.childTable))
                named = true;
        }
        if (!named)
            continue;
        if (!m.schema.isEmpty() && child.schema != m.schema)
            continue;
        if (!m.parentTable.isEmpty() && parent.name != m.parentTable
            && std::none_of(parent.partitions.begin(), parent.partitions.end(), [&](const TableRef &p) { return p.name == m.parentTable; }))
            continue;
        if (!m.parentSchema.isEmpty() && parent.schema != m.parentSchema)
            continue;
        out << id;
    }
    return out;
}

struct Statement
{
    enum Kind { None, Delete, Update, Insert, Other } kind = None;
    QString table, where;
};

Statement readStatement(const QString &text)
{
    Statement s;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return s;
    static const QRegularExpression del(QStringLiteral("^DELETE\\s+FROM\\s+(?:ONLY\\s+)?((?:\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|[^\\s;]+)(?:\\.(?:\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|[^\\s;]+))?)"
                                                       "(?:\\s+(?:AS\\s+)?\\w+)?\\s*(?:WHERE\\s+(.*?))?\\s*;?\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = del.match(t); m.hasMatch()) {
        s.kind = Statement::Delete;
        s.table = m.captured(1);
        s.where = m.captured(2).trimmed();
        return s;
    }
    if (t.startsWith(QLatin1String("UPDATE"), Qt::CaseInsensitive))
        s.kind = Statement::Update;
    else if (t.startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive))
        s.kind = Statement::Insert;
    else
        s.kind = Statement::Other;
    return s;
}

// Tables with a one-column primary or unique key of `type`: where else a key value could belong.
QList<KeyLocation> keyTablesOfType(const SchemaGraph &g, const SchemaDialect &dialect, const QString &type, TableId except)
{
    QList<KeyLocation> out;
    const QString wanted = dialect.typeKey(type);
    for (TableId t = 0; t < g.tables().size(); ++t) {
        const Table &table = g.table(t);
        if (t == except || table.isPartition() || table.kind == TableKind::ForeignTable)
            continue;
        QStringList keys;
        if (table.primaryKey.size() == 1)
            keys << table.primaryKey.first();
        for (const UniqueConstraint &u : table.uniqueConstraints) {
            if (u.columns.size() == 1 && !keys.contains(u.columns.first()))
                keys << u.columns.first();
        }
        for (const QString &k : keys) {
            const Column *c = table.column(k);
            if (c && dialect.typeKey(c->type) == wanted)
                out << KeyLocation{table.ref(), {k}};
        }
    }
    return out;
}

} // namespace

QString toString(Explanation::Side side)
{
    switch (side) {
    case Explanation::Side::Delete:
        return QStringLiteral("delete");
    case Explanation::Side::Update:
        return QStringLiteral("update");
    case Explanation::Side::Insert:
        return QStringLiteral("insert");
    }
    return QString();
}

Explanation explainFkError(LiveDatabase &database, const SchemaGraph &graph, const SchemaDialect &dialect,
                           const FkErrorMessage &message, const QString &statementText, const CancelToken &cancel, int timeoutMs)
{
    Explanation out;
    out.message = message;
    const Statement statement = readStatement(statementText.isEmpty() ? message.statement : statementText);
    out.side = message.side == FkErrorMessage::Side::ChildWrite || statement.kind == Statement::Insert ? Explanation::Side::Insert
        : statement.kind == Statement::Update                                                           ? Explanation::Side::Update
                                                                                                        : Explanation::Side::Delete;

    if (!message.constraint.isEmpty()) {
        const QList<ForeignKeyId> found = candidates(graph, message);
        if (found.isEmpty()) {
            const QString where = message.childTable.isEmpty() ? QString() : QCoreApplication::translate("fkscope::Explain", " on table %1").arg(displayIdentifier(message.childTable));
            throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Explain", "This database has no foreign key %1%2: is it the database the error came from?")
                                                 .arg(displayIdentifier(message.constraint), where));
        }
        if (found.size() > 1) {
            QStringList tables;
            for (ForeignKeyId id : found)
                tables << qualifiedName(graph.table(graph.foreignKey(id).child).ref());
            throw Error(ErrorKind::BadInput, QCoreApplication::translate("fkscope::Explain", "Foreign key %1 is on %2: the message does not say which schema (psql's \\set VERBOSITY "
                                                "verbose prints it)")
                                                 .arg(displayIdentifier(message.constraint), tables.join(QCoreApplication::translate("fkscope::Explain", " and "))));
        }
        out.foreignKey = found.first();
    }

    // The key the message printed, on the side it belongs to.
    if (!message.keyColumns.isEmpty()) {
        for (int i = 0; i < message.keyColumns.size() && i < message.keyValues.size(); ++i)
            out.key << qMakePair(message.keyColumns[i], message.keyValues[i]);
    }

    if (out.side == Explanation::Side::Delete) {
        ImpactRequest request;
        request.timeoutMs = timeoutMs;
        if (statement.kind == Statement::Delete) {
            request.table = database.resolveTable(graph, statement.table);
            request.where = statement.where;
            if (request.where.isEmpty())
                request.where = QStringLiteral("true");
        } else if (out.foreignKey != kInvalidId && !out.key.isEmpty()) {
            const ForeignKey &fk = graph.foreignKey(out.foreignKey);
            request.table = graph.table(fk.parent).ref();
            request.keys = out.key;
        }
        if (request.selectsRows()) {
            out.impact = database.simulate(graph, request, cancel, {});
            out.request = request;
            out.deleteStatement = deleteStatementText(request);
            if (out.foreignKey == kInvalidId && out.impact->firstError) {
                // SQLite and MySQL 1217 name no constraint: the simulation finds the one the engine meets first.
                const ImpactFirstError &e = *out.impact->firstError;
                for (ForeignKeyId id = 0; id < graph.foreignKeys().size(); ++id) {
                    const ForeignKey &fk = graph.foreignKey(id);
                    if (fk.name == e.constraint && graph.table(fk.child).name == e.table
                        && (e.schema.isEmpty() || graph.table(fk.child).schema == e.schema))
                        out.foreignKey = id;
                }
            }
        }
    }

    if (out.foreignKey == kInvalidId && !out.impact && statement.kind == Statement::None) {
        // A nameless message without its statement: the rows that violate a key now, where the
        // engine can say (SQLite files often hold some, since its checks are off by default).
        if (const auto now = database.currentViolations(graph, cancel); now && !now->isEmpty()) {
            out.violations = *now;
            for (const auto &[id, rows] : *now) {
                const ForeignKey &v = graph.foreignKey(id);
                out.findings << QCoreApplication::translate("fkscope::Explain", "%1 rows of %2 violate %3 now (no %4 row has their %5).")
                                    .arg(rows)
                                    .arg(qualifiedName(graph.table(v.child).ref()), displayIdentifier(v.name), qualifiedName(graph.table(v.parent).ref()),
                                         displayIdentifiers(v.refColumns));
            }
            if (now->size() == 1)
                out.foreignKey = now->first().first;
            out.fix = QCoreApplication::translate("fkscope::Explain", "Give the statement that failed with --statement to see what it met; the rows listed violate "
                                                  "their keys already, which SQLite allows while foreign_keys is off.");
            return out;
        }
    }
    if (out.foreignKey == kInvalidId && !out.impact) {
        throw Error(ErrorKind::BadInput,
                    QCoreApplication::translate("fkscope::Explain", "The message names no constraint (SQLite and MySQL 1216/1217 do not): give the statement that failed with --statement "
                       "\"DELETE FROM ...\" and fkscope finds the constraint by simulating it."));
    }

    const ForeignKey *fk = out.foreignKey == kInvalidId ? nullptr : &graph.foreignKey(out.foreignKey);
    if (fk) {
        const Table &child = graph.table(fk->child);
        const Table &parent = graph.table(fk->parent);
        out.findings << QCoreApplication::translate("fkscope::Explain", "%1 on %2 (%3) references %4 (%5), ON DELETE %6.")
                            .arg(displayIdentifier(fk->name), qualifiedName(child.ref()), displayIdentifiers(fk->columns), qualifiedName(parent.ref()),
                                 displayIdentifiers(fk->refColumns), toSql(fk->onDelete));
    }

    if (out.side == Explanation::Side::Insert && fk) {
        const Table &child = graph.table(fk->child);
        const Table &parent = graph.table(fk->parent);
        // The key as the child's columns (the DETAIL line's), then as the parent's.
        QList<QPair<QString, QString>> parentKey;
        for (const auto &[column, value] : out.key) {
            const int at = static_cast<int>(fk->columns.indexOf(column));
            if (at >= 0)
                parentKey << qMakePair(fk->refColumns[at], value);
        }
        if (!parentKey.isEmpty() && parentKey.size() == fk->columns.size()) {
            ImpactRequest request;
            request.table = parent.ref();
            request.keys = parentKey;
            request.timeoutMs = timeoutMs;
            out.parentHasKey = database.countRows(graph, request, cancel) > 0;
            if (*out.parentHasKey) {
                out.findings << QCoreApplication::translate("fkscope::Explain", "%1 has that key now: it was added after the error, or the failing statement ran in a transaction that "
                                   "had not yet seen it.")
                                    .arg(qualifiedName(parent.ref()));
            } else {
                out.findings << QCoreApplication::translate("fkscope::Explain", "%1 has no row with %2 = %3.").arg(qualifiedName(parent.ref()), displayIdentifiers(fk->refColumns), parentKey.first().second);
            }
            if (fk->columns.size() == 1 && !*out.parentHasKey) {
                const Column *column = child.column(fk->columns.first());
                constexpr int kMaxTables = 200; // a bound on the lookups, each an index probe
                QList<KeyLocation> tables = column ? keyTablesOfType(graph, dialect, column->type, fk->parent) : QList<KeyLocation>();
                if (tables.size() > kMaxTables) {
                    out.findings << QCoreApplication::translate("fkscope::Explain", "Only %1 of the %2 tables with a key of that type were searched.").arg(kMaxTables).arg(tables.size());
                    tables = tables.mid(0, kMaxTables);
                }
                out.keyTablesSearched = static_cast<int>(tables.size());
                for (const KeyLocation &where : tables) {
                    ImpactRequest probe;
                    probe.table = where.table;
                    probe.keys = {qMakePair(where.columns.first(), parentKey.first().second)};
                    probe.timeoutMs = timeoutMs;
                    if (database.countRows(graph, probe, cancel) > 0)
                        out.keyFoundIn << where;
                }
            }
        } else {
            out.findings << QCoreApplication::translate("fkscope::Explain", "The message shows no key values (the user may lack SELECT on the table): run the failing statement's "
                               "values against %1 by hand.")
                                .arg(qualifiedName(parent.ref()));
        }
        if (!out.keyFoundIn.isEmpty()) {
            QStringList where;
            for (const KeyLocation &k : out.keyFoundIn)
                where << QStringLiteral("%1 (%2)").arg(qualifiedName(k.table), displayIdentifiers(k.columns));
            out.findings << QCoreApplication::translate("fkscope::Explain", "The key is in %1: the row may belong to another parent, and %2 may point at the wrong table.")
                                .arg(where.join(QCoreApplication::translate("fkscope::Explain", ", ")), displayIdentifier(fk->name));
            // One foreign key per parent, and a check that exactly one is set.
            const KeyLocation &other = out.keyFoundIn.first();
            const Table &otherTable = graph.table(graph.findTable(other.table));
            const QString column = fk->columns.first();
            const QString added = otherTable.name + QLatin1Char('_') + other.columns.first();
            const Column *existing = child.column(column);
            QStringList ddl{QCoreApplication::translate("fkscope::Explain", "-- One nullable key per parent table, and a check that exactly one is set:")};
            if (const auto s = dialect.addColumn(child, added, existing ? existing->type : QStringLiteral("integer")))
                ddl << *s;
            if (const auto s = dialect.addForeignKey(child, dialect.objectName(child, {added}, QStringLiteral("fkey")), {added}, otherTable,
                                                     other.columns, FkAction::NoAction))
                ddl << *s;
            if (existing && existing->notNull) {
                if (const auto s = dialect.dropNotNull(child, *existing))
                    ddl << *s;
            }
            const QString check = dialect.exactlyOneSet({column, added});
            if (const auto s = dialect.addCheck(child, dialect.objectName(child, {column}, QStringLiteral("one_parent")), check))
                ddl << *s;
            else
                ddl << QCoreApplication::translate("fkscope::Explain", "-- SQLite: rebuild %1 with the new column and CHECK (%2)").arg(qualifiedName(child.ref()), check);
            out.fix = ddl.join(QLatin1Char('\n'));
        } else if (out.parentHasKey == false) {
            out.fix = QCoreApplication::translate("fkscope::Explain", "Insert the %1 row first (in the same transaction, before the child), or correct the value.").arg(qualifiedName(parent.ref()));
        }
    } else if (out.side == Explanation::Side::Update) {
        // The key the UPDATE changes, as the parent's columns (the DETAIL line's); every foreign key
        // to those columns meets the change with its ON UPDATE rule.
        QHash<QString, QString> parentKey;
        for (const auto &[column, value] : out.key)
            parentKey.insert(column, value);
        int blocking = 0;
        if (fk && !parentKey.isEmpty()) {
            for (ForeignKeyId id : graph.incoming(fk->parent)) {
                const ForeignKey &o = graph.foreignKey(id);
                ImpactRequest probe;
                probe.table = graph.table(o.child).ref();
                probe.timeoutMs = timeoutMs;
                for (int i = 0; i < o.refColumns.size() && i < o.columns.size(); ++i) {
                    if (parentKey.contains(o.refColumns[i]))
                        probe.keys << qMakePair(o.columns[i], parentKey.value(o.refColumns[i]));
                }
                if (probe.keys.size() != o.columns.size())
                    continue; // it references other columns, which this UPDATE need not change
                const qint64 rows = database.countRows(graph, probe, cancel);
                out.referencing << qMakePair(id, rows);
                if (rows == 0)
                    continue;
                const bool blocks = o.onUpdate == FkAction::NoAction || o.onUpdate == FkAction::Restrict;
                blocking += blocks ? 1 : 0;
                const int n = static_cast<int>(rows);
                QString finding;
                if (blocks)
                    finding = QCoreApplication::translate("fkscope::Explain", "%n row(s) of %1 still reference the old key through %2 (ON UPDATE %3): "
                                                                              "the UPDATE would leave them pointing at a key that no longer exists.", nullptr, n);
                else
                    finding = QCoreApplication::translate("fkscope::Explain", "%n row(s) of %1 reference the old key through %2 (ON UPDATE %3): they would "
                                                                              "follow the change.", nullptr, n);
                out.findings << finding.arg(qualifiedName(graph.table(o.child).ref()), displayIdentifier(o.name), toSql(o.onUpdate));
            }
        }
        if (blocking > 0)
            out.fix = QCoreApplication::translate("fkscope::Explain", "Point the referencing rows at the new key first (insert the new parent row, update the children, then "
                                                  "delete the old one), or declare the foreign keys ON UPDATE CASCADE if children should follow their parent's key.");
        else if (fk && !parentKey.isEmpty())
            out.findings << QCoreApplication::translate("fkscope::Explain", "No row references the old key now: the rows were changed after the error.");
        else
            out.findings << QCoreApplication::translate("fkscope::Explain", "An UPDATE of a parent key meets the foreign keys to it with their ON UPDATE rules; the message "
                                                        "shows no key, so fkscope cannot count the rows that reference it.");
    } else if (out.impact) {
        if (out.impact->firstError) {
            const bool named = fk && std::any_of(out.impact->blockers.begin(), out.impact->blockers.end(),
                                                 [&](const ImpactBlocker &b) { return b.constraint == fk->name; });
            out.findings << (named || !fk ? QCoreApplication::translate("fkscope::Explain", "The simulated DELETE fails too: %1").arg(out.impact->firstError->message)
                                          : QCoreApplication::translate("fkscope::Explain", "The simulated DELETE fails, but not on %1 any more: %2").arg(displayIdentifier(fk->name), out.impact->firstError->message));
        } else
            out.findings << QCoreApplication::translate("fkscope::Explain", "The simulated DELETE is allowed now: the blocking rows are gone, or the error came from other rows.");
        if (out.impact->blockers.size() > 1)
            out.findings << QCoreApplication::translate("fkscope::Explain", "%1 foreign keys block it in all; fixing the first, the next one fails.").arg(out.impact->blockers.size());
        out.fix = QCoreApplication::translate("fkscope::Explain", "Delete the blocking rows first, children first: fkscope plan with the same rows prints that script for review.");
    } else if (fk) {
        out.findings << QCoreApplication::translate("fkscope::Explain", "The message shows no key values: give the failing statement with --statement \"DELETE FROM ...\" to see what "
                           "blocks it.");
    }
    return out;
}

QByteArray toJson(const SchemaGraph &graph, const Explanation &e)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", "fkscope-explain").field("version", 1);
    const char *engines[] = {"unknown", "postgresql", "mysql", "sqlite"};
    w.key("message").beginObject();
    w.field("engine", engines[static_cast<int>(e.message.engine)]).field("code", e.message.code);
    w.endObject();
    w.key("constraint");
    if (e.foreignKey == kInvalidId) {
        w.null();
    } else {
        const ForeignKey &fk = graph.foreignKey(e.foreignKey);
        const Table &child = graph.table(fk.child), &parent = graph.table(fk.parent);
        w.beginObject();
        w.field("name", fk.name).field("schema", child.schema).field("table", child.name);
        w.key("columns").inlineStrings(fk.columns);
        w.key("references").beginObject().field("schema", parent.schema).field("table", parent.name);
        w.key("columns").inlineStrings(fk.refColumns);
        w.endObject();
        w.field("on_delete", toString(fk.onDelete)).field("on_update", toString(fk.onUpdate));
        w.endObject();
    }
    w.field("side", toString(e.side));
    w.key("key");
    if (e.key.isEmpty()) {
        w.null();
    } else {
        w.beginObject();
        for (const auto &[column, value] : e.key)
            w.key(column.toUtf8().constData()).value(value);
        w.endObject();
    }
    w.key("parent_has_key");
    if (e.parentHasKey)
        w.value(*e.parentHasKey);
    else
        w.null();
    w.key("key_found_in").beginArray();
    for (const KeyLocation &k : e.keyFoundIn) {
        w.beginObject().field("schema", k.table.schema).field("table", k.table.name);
        w.key("columns").inlineStrings(k.columns);
        w.endObject();
    }
    w.endArray();
    w.key("violations").beginArray();
    for (const auto &[id, rows] : e.violations) {
        const ForeignKey &v = graph.foreignKey(id);
        w.beginObject().field("constraint", v.name).field("schema", graph.table(v.child).schema).field("table", graph.table(v.child).name);
        w.field("rows", rows).endObject();
    }
    w.endArray();
    w.key("referencing").beginArray();
    for (const auto &[id, rows] : e.referencing) {
        const ForeignKey &r = graph.foreignKey(id);
        w.beginObject().field("constraint", r.name).field("schema", graph.table(r.child).schema).field("table", graph.table(r.child).name);
        w.field("on_update", toString(r.onUpdate)).field("rows", rows).endObject();
    }
    w.endArray();
    w.field("explanation", e.findings);
    w.field("fix", e.fix);
    w.key("impact");
    if (e.impact)
        w.rawValue(toJson(*e.impact, true));
    else
        w.null();
    w.endObject();
    QByteArray out = w.bytes();
    out += '\n';
    return out;
}

} // namespace fkscope
