// SPDX-License-Identifier: Apache-2.0
// The built-in lint rules, one class each. A rule reads the graph only: no rows, no server. Keys
// declared on tables outside the selection (external) are not the user's to fix and are skipped.
#include "lint.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <deque>

namespace fkscope {

namespace {

// "fk_name on schema.table"
QString where(const SchemaGraph &g, const ForeignKey &fk)
{
    return QCoreApplication::translate("fkscope::Messages", "%1 on %2").arg(displayIdentifier(fk.name), qualifiedName(g.table(fk.child).ref()));
}

bool ownKey(const SchemaGraph &g, const ForeignKey &fk)
{
    return !g.table(fk.child).external;
}

// The columns of `table` that some foreign key of it covers.
QSet<QString> keyedColumns(const SchemaGraph &g, TableId table)
{
    QSet<QString> out;
    for (ForeignKeyId id : g.outgoing(table)) {
        for (const QString &col : g.foreignKey(id).columns)
            out.insert(col);
    }
    return out;
}

// A unique, valid, non-partial index, primary key or unique constraint whose columns are exactly
// `columns` (any order): what a foreign key may reference.
bool isUniqueKey(const Table &t, const QStringList &columns)
{
    const QSet<QString> wanted(columns.begin(), columns.end());
    auto same = [&](const QStringList &c) { return QSet<QString>(c.begin(), c.end()) == wanted; };
    if (!t.primaryKey.isEmpty() && same(t.primaryKey))
        return true;
    for (const UniqueConstraint &u : t.uniqueConstraints) {
        if (same(u.columns))
            return true;
    }
    return std::any_of(t.indexes.begin(), t.indexes.end(),
                       [&](const Index &i) { return (i.unique || i.primary) && i.valid && !i.partial && same(i.columns); });
}

class FkWithoutIndex final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("fk-without-index"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "No index starts with the foreign key's columns: every delete or key update of a parent row scans the child table.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        // Index names share a namespace with the schema's tables and indexes (PostgreSQL, SQLite):
        // a suggested name is one nothing else uses, nor another suggestion.
        QHash<QString, QSet<QString>> taken; // schema -> names
        auto takenIn = [&](const QString &schema) -> QSet<QString> & {
            auto it = taken.find(schema);
            if (it == taken.end()) {
                it = taken.insert(schema, {});
                for (const Table &t : c.graph.tables()) {
                    if (t.schema != schema)
                        continue;
                    it->insert(t.name);
                    for (const Index &i : t.indexes)
                        it->insert(i.name);
                }
            }
            return *it;
        };
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            const Table &child = c.graph.table(fk.child);
            if (!ownKey(c.graph, fk) || child.kind == TableKind::ForeignTable || c.graph.isIndexed(id))
                continue;
            QSet<QString> &names = takenIn(child.schema);
            QString name = c.dialect.objectName(child, fk.columns, QStringLiteral("idx"));
            for (int n = 1; names.contains(name); ++n)
                name = c.dialect.objectName(child, fk.columns, QStringLiteral("idx%1").arg(n));
            names.insert(name);
            out << finding(fk.child, id, fk.columns,
                           QCoreApplication::translate("fkscope::Messages", "%1: no index starts with (%2), so each delete of a %3 row scans %4")
                               .arg(where(c.graph, fk), displayIdentifiers(fk.columns), qualifiedName(c.graph.table(fk.parent).ref()),
                                    qualifiedName(child.ref())),
                           c.dialect.createIndex(child, name, fk.columns));
        }
    }
};

class SetNullOnNotNull final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("set-null-on-not-null"); }
    Severity severity() const override { return Severity::Error; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "ON DELETE / ON UPDATE SET NULL on a NOT NULL column: the action fails whenever it fires.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            if (!ownKey(c.graph, fk))
                continue;
            const Table &child = c.graph.table(fk.child);
            const bool onDelete = fk.onDelete == FkAction::SetNull;
            const bool onUpdate = fk.onUpdate == FkAction::SetNull;
            if (!onDelete && !onUpdate)
                continue;
            QStringList notNull;
            QStringList fixes;
            for (const QString &col : onDelete ? fk.deleteSetColumns() : fk.columns) {
                const Column *column = child.column(col);
                if (column && column->notNull) {
                    notNull << col;
                    if (const auto ddl = c.dialect.dropNotNull(child, *column))
                        fixes << *ddl;
                }
            }
            if (notNull.isEmpty())
                continue;
            const QString rule = onDelete ? QStringLiteral("ON DELETE SET NULL") : QStringLiteral("ON UPDATE SET NULL");
            QString fix = fixes.join(QLatin1Char('\n'));
            if (fix.isEmpty())
                fix = QCoreApplication::translate("fkscope::Messages", "Make %1 nullable, or choose another action for %2 (the table is rebuilt to change either).").arg(displayIdentifiers(notNull), displayIdentifier(fk.name));
            out << finding(fk.child, id, notNull,
                           QCoreApplication::translate("fkscope::Messages", "%1: %2 on NOT NULL column(s) %3 fails whenever a referenced %4 row is deleted or its key changes")
                               .arg(where(c.graph, fk), rule, displayIdentifiers(notNull), qualifiedName(c.graph.table(fk.parent).ref())),
                           fix);
        }
    }
};

class SetDefaultWithoutDefault final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("set-default-without-default"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "ON DELETE SET DEFAULT on a column without a default: the column is set to NULL (or fails when NOT NULL).");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            if (!ownKey(c.graph, fk) || fk.onDelete != FkAction::SetDefault)
                continue;
            const Table &child = c.graph.table(fk.child);
            QStringList without;
            for (const QString &col : fk.deleteSetColumns()) {
                const Column *column = child.column(col);
                if (column && !column->defaultExpr)
                    without << col;
            }
            if (!without.isEmpty())
                out << finding(fk.child, id, without,
                               QCoreApplication::translate("fkscope::Messages", "%1: ON DELETE SET DEFAULT but %2 has no default, so it is set to NULL").arg(where(c.graph, fk), displayIdentifiers(without)));
        }
    }
};

class FkTypeMismatch final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("fk-type-mismatch"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "A foreign key column and the column it references differ in type, length or collation: values are converted on every check, some do not fit, and text may match under one collation and not the other.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            if (!ownKey(c.graph, fk))
                continue;
            const Table &child = c.graph.table(fk.child);
            const Table &parent = c.graph.table(fk.parent);
            QStringList differ, pairs;
            bool types = false;
            auto collation = [](const Column *col) {
                return col->collation.isEmpty() ? QCoreApplication::translate("fkscope::Messages", "the default collation") : col->collation;
            };
            for (int i = 0; i < fk.columns.size() && i < fk.refColumns.size(); ++i) {
                const Column *a = child.column(fk.columns[i]);
                const Column *b = parent.column(fk.refColumns[i]);
                if (!a || !b)
                    continue;
                if (c.dialect.typeKey(a->type) != c.dialect.typeKey(b->type)) {
                    types = true;
                    differ << fk.columns[i];
                    pairs << QCoreApplication::translate("fkscope::Messages", "%1 is %2, %3.%4 is %5")
                                 .arg(displayIdentifier(a->name), a->type, displayIdentifier(parent.name), displayIdentifier(b->name), b->type);
                } else if (a->collation.compare(b->collation, Qt::CaseInsensitive) != 0) {
                    differ << fk.columns[i];
                    pairs << QCoreApplication::translate("fkscope::Messages", "%1 uses %2, %3.%4 uses %5")
                                 .arg(displayIdentifier(a->name), collation(a), displayIdentifier(parent.name), displayIdentifier(b->name), collation(b));
                }
            }
            if (differ.isEmpty())
                continue;
            out << finding(fk.child, id, differ,
                           (types ? QCoreApplication::translate("fkscope::Messages", "%1: types differ (%2)")
                                  : QCoreApplication::translate("fkscope::Messages", "%1: collations differ (%2)"))
                               .arg(where(c.graph, fk), pairs.join(QStringLiteral("; "))),
                           types ? QCoreApplication::translate("fkscope::Messages", "Give both sides the same type (the referenced column's type is usually the one to keep).")
                                 : QCoreApplication::translate("fkscope::Messages", "Give both sides the same collation (the referenced column's is usually the one to keep)."));
        }
    }
};

class DuplicateFk final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("duplicate-fk"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "Two foreign keys on the same columns reference the same key: both are checked, and their actions both fire.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        QHash<QString, ForeignKeyId> first;
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            if (!ownKey(c.graph, fk))
                continue;
            QStringList pairs;
            for (int i = 0; i < fk.columns.size() && i < fk.refColumns.size(); ++i)
                pairs << fk.columns[i] + QChar(1) + fk.refColumns[i];
            pairs.sort();
            const QString key = QString::number(fk.child) + QChar(0) + QString::number(fk.parent) + QChar(0) + pairs.join(QChar(0));
            const auto it = first.constFind(key);
            if (it == first.constEnd()) {
                first.insert(key, id);
                continue;
            }
            const ForeignKey &kept = c.graph.foreignKey(*it);
            QString message = QCoreApplication::translate("fkscope::Messages", "%1 repeats %2 (columns %3)").arg(where(c.graph, fk), displayIdentifier(kept.name), displayIdentifiers(fk.columns));
            if (kept.onDelete != fk.onDelete)
                message += QCoreApplication::translate("fkscope::Messages", "; their ON DELETE actions differ (%1 and %2), so the outcome of a delete is the stricter one")
                               .arg(toSql(kept.onDelete), toSql(fk.onDelete));
            out << finding(fk.child, id, fk.columns, message,
                           c.dialect.dropForeignKey(c.graph.table(fk.child), fk.name)
                               .value_or(QCoreApplication::translate("fkscope::Messages", "Rebuild the table without one of the two keys.")));
        }
    }
};

class NotValidFk final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("not-valid-fk"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "A foreign key added NOT VALID: rows that existed before were never checked and may point nowhere.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            if (!ownKey(c.graph, fk) || fk.validated)
                continue;
            out << finding(fk.child, id, fk.columns,
                           QCoreApplication::translate("fkscope::Messages", "%1 is NOT VALID: existing rows were never checked").arg(where(c.graph, fk)),
                           c.dialect.validateForeignKey(c.graph.table(fk.child), fk.name).value_or(QString()));
        }
    }
};

class FkNameCollision final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("fk-name-collision"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "One constraint name on foreign keys of several tables: an error naming it is ambiguous (MySQL refuses it within a database).");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        QHash<QString, QList<ForeignKeyId>> byName; // schema \0 name
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            if (ownKey(c.graph, fk) && !fk.name.isEmpty())
                byName[c.graph.table(fk.child).schema + QChar(0) + fk.name] << id;
        }
        constexpr int kNamed = 5; // a name shared by thousands of tables: the message names a few
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            QList<TableId> tables;
            QSet<TableId> seen;
            for (ForeignKeyId id : *it) {
                if (!seen.contains(c.graph.foreignKey(id).child)) {
                    seen.insert(c.graph.foreignKey(id).child);
                    tables << c.graph.foreignKey(id).child;
                }
            }
            if (tables.size() < 2)
                continue;
            for (ForeignKeyId id : *it) {
                const ForeignKey &fk = c.graph.foreignKey(id);
                QStringList others;
                for (TableId t : tables) {
                    if (others.size() == kNamed)
                        break;
                    if (t != fk.child)
                        others << qualifiedName(c.graph.table(t).ref());
                }
                QString also = others.join(QStringLiteral(", "));
                if (tables.size() - 1 > kNamed)
                    also = QCoreApplication::translate("fkscope::Messages", "%1 and %2 more tables").arg(also).arg(tables.size() - 1 - kNamed);
                const Table &child = c.graph.table(fk.child);
                out << finding(fk.child, id, fk.columns, QCoreApplication::translate("fkscope::Messages", "%1: the name is also used on %2").arg(where(c.graph, fk), also),
                               c.dialect.renameConstraint(child, fk.name, c.dialect.objectName(child, fk.columns, QStringLiteral("fkey")))
                                   .value_or(QCoreApplication::translate("fkscope::Messages", "Drop the key and add it again under a name of its own.")));
            }
        }
    }
};

// Candidate parents by column name, for missing-fk: "customer_id" -> customer(id), customers(id),
// and any table whose one-column primary key is itself named customer_id.
class MissingFk final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("missing-fk"); }
    Severity severity() const override { return Severity::Info; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "A column named and typed like another table's key, with no foreign key: nothing stops it pointing nowhere.");
    }
    static QStringList singular(const QString &name)
    {
        QStringList out{name};
        if (name.endsWith(QLatin1String("ies")))
            out << name.chopped(3) + QLatin1Char('y');
        if (name.endsWith(QLatin1String("ses")) || name.endsWith(QLatin1String("xes")) || name.endsWith(QLatin1String("ches"))
            || name.endsWith(QLatin1String("shes")))
            out << name.chopped(2);
        if (name.endsWith(QLatin1Char('s')) && !name.endsWith(QLatin1String("ss")))
            out << name.chopped(1);
        return out;
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        const SchemaGraph &g = c.graph;
        QHash<QString, QList<TableId>> byColumn; // lower-case column name -> parents
        for (TableId t = 0; t < g.tables().size(); ++t) {
            const Table &table = g.table(t);
            if (table.primaryKey.size() != 1 || table.isPartition())
                continue;
            const QString pk = table.primaryKey.first().toLower();
            QSet<QString> names;
            for (const QString &s : singular(table.name.toLower())) {
                names << s + QLatin1Char('_') + pk;
                // A key named after its table (customer.customer_id) is looked for under its own
                // name; a generic one (gid, code, name) is not: every table has such a column.
                if (pk.startsWith(s + QLatin1Char('_')))
                    names << pk;
            }
            for (const QString &n : names)
                byColumn[n] << t;
        }
        for (TableId t = 0; t < g.tables().size(); ++t) {
            const Table &child = g.table(t);
            if (child.external || child.isPartition() || child.kind == TableKind::ForeignTable)
                continue;
            QSet<QString> covered = keyedColumns(g, t);
            // A partitioned table whose keys sit on its partitions only (pagila's payment): they count.
            QList<TableRef> pending = child.partitions;
            QSet<TableId> seen{t};
            while (!pending.isEmpty()) {
                const TableId p = g.findTable(pending.takeLast());
                if (p == kInvalidId || seen.contains(p))
                    continue;
                seen.insert(p);
                covered.unite(keyedColumns(g, p));
                pending << g.table(p).partitions;
            }
            for (const Column &col : child.columns) {
                if (covered.contains(col.name))
                    continue;
                const auto it = byColumn.constFind(col.name.toLower());
                if (it == byColumn.constEnd())
                    continue;
                QList<TableId> exact, compatible;
                for (TableId p : *it) {
                    if (p == t)
                        continue;
                    const Column *key = g.table(p).column(g.table(p).primaryKey.first());
                    if (!key)
                        continue;
                    if (c.dialect.typeKey(key->type) == c.dialect.typeKey(col.type))
                        exact << p;
                    else if (c.dialect.typeFamily(key->type) == c.dialect.typeFamily(col.type))
                        compatible << p;
                }
                const QList<TableId> parents = exact.isEmpty() ? compatible : exact;
                // More than a few candidates: the name says nothing about which (and probably
                // nothing at all).
                constexpr int kCandidates = 3;
                if (parents.isEmpty() || parents.size() > kCandidates)
                    continue;
                // One parent whose key has exactly this type: likely. Several, or only a type of the
                // same family: possible.
                const bool likely = exact.size() == 1;
                QStringList names;
                for (TableId p : parents)
                    names << qualifiedName(g.table(p).ref());
                const Table &parent = g.table(parents.first());
                LintFinding f = finding(t, kInvalidId, {col.name},
                                        QCoreApplication::translate("fkscope::Messages", "%1.%2 (%3) looks like a reference to %4 but no foreign key says so (%5)")
                                            .arg(qualifiedName(child.ref()), displayIdentifier(col.name), col.type, names.join(QCoreApplication::translate("fkscope::Messages", " or ")),
                                                 likely ? QCoreApplication::translate("fkscope::Messages", "likely: the name and the type match") : QCoreApplication::translate("fkscope::Messages", "possible: check the name and the type")),
                                        c.dialect
                                            .addForeignKey(child, c.dialect.objectName(child, {col.name}, QStringLiteral("fkey")), {col.name}, parent,
                                                           parent.primaryKey, FkAction::NoAction)
                                            .value_or(QCoreApplication::translate("fkscope::Messages", "Rebuild the table with the column declared REFERENCES %1.").arg(qualifiedName(parent.ref()))));
                f.related = parents;
                out << f;
            }
        }
    }
};

// A "<x>_type" column next to "<x>_id" with no foreign key on the id: one column pointing at several
// parents, which no foreign key can check.
class PolymorphicFk final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("polymorphic-fk"); }
    Severity severity() const override { return Severity::Info; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "A *_type + *_id pair without a foreign key: the id points at one of several tables and nothing checks it.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        const SchemaGraph &g = c.graph;
        for (TableId t = 0; t < g.tables().size(); ++t) {
            const Table &table = g.table(t);
            if (table.external || table.isPartition())
                continue;
            const QSet<QString> covered = keyedColumns(g, t);
            for (const Column &type : table.columns) {
                if (!type.name.endsWith(QLatin1String("_type"), Qt::CaseInsensitive))
                    continue;
                const QString stem = type.name.chopped(5);
                const Column *id = table.column(stem + QLatin1String("_id"));
                if (!id)
                    id = table.column(stem + QLatin1String("_ID"));
                if (!id || covered.contains(id->name))
                    continue;
                const QString a = stem + QLatin1String("_a_id"), b = stem + QLatin1String("_b_id");
                QStringList fix{QCoreApplication::translate("fkscope::Messages", "-- One nullable key per parent table, and a check that exactly one is set:")};
                for (const QString &column : {a, b}) {
                    if (const auto ddl = c.dialect.addColumn(table, column, id->type))
                        fix << *ddl;
                }
                const QString check = c.dialect.exactlyOneSet({a, b});
                if (const auto ddl = c.dialect.addCheck(table, c.dialect.objectName(table, {stem}, QStringLiteral("one_parent")), check))
                    fix << *ddl;
                else
                    fix << QCoreApplication::translate("fkscope::Messages", "-- rebuild %1 with these columns, each REFERENCES its parent, and CHECK (%2)").arg(qualifiedName(table.ref()), check);
                fix << QCoreApplication::translate("fkscope::Messages", "-- then a foreign key from each new column to its parent's key, and %1 / %2 dropped once filled.")
                           .arg(displayIdentifier(type.name), displayIdentifier(id->name));
                out << finding(t, kInvalidId, {type.name, id->name},
                               QCoreApplication::translate("fkscope::Messages", "%1: %2 and %3 point at a row of one of several tables; no foreign key checks %3")
                                   .arg(qualifiedName(table.ref()), displayIdentifier(type.name), displayIdentifier(id->name)),
                               fix.join(QLatin1Char('\n')));
            }
        }
    }
};

class CascadeIntoLargeTable final : public LintRule
{
public:
    static constexpr qint64 kLarge = 1000000;
    QString name() const override { return QStringLiteral("cascade-into-large-table"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "A chain of ON DELETE CASCADE keys from this table reaches a table of more than a million (estimated) rows: one delete can remove many rows and hold their locks.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        const SchemaGraph &g = c.graph;
        // Backwards from every large table along CASCADE keys (child to parent), all at once: each
        // table is met first from its nearest large table.
        const int n = static_cast<int>(g.tables().size());
        QList<TableId> target(n, kInvalidId); // the large table this one's deletes reach (set once: met first)
        QList<ForeignKeyId> via(n, kInvalidId); // the first key of the path from this table
        QList<TableId> origin(n, kInvalidId); // the large table a queued table was met from (itself when large)
        std::deque<TableId> queue;
        for (TableId t = 0; t < n; ++t) {
            if (g.table(t).estimatedRows > kLarge) {
                origin[t] = t;
                queue.push_back(t);
            }
        }
        while (!queue.empty()) {
            const TableId child = queue.front();
            queue.pop_front();
            for (ForeignKeyId id : g.outgoing(child)) {
                const ForeignKey &fk = g.foreignKey(id);
                if (fk.onDelete != FkAction::Cascade || target[fk.parent] != kInvalidId)
                    continue;
                target[fk.parent] = origin[child];
                via[fk.parent] = id;
                if (origin[fk.parent] == kInvalidId) {
                    origin[fk.parent] = origin[child];
                    queue.push_back(fk.parent);
                }
            }
        }
        for (TableId t = 0; t < n; ++t) {
            if (target[t] == kInvalidId || g.table(t).external)
                continue;
            // The path, forwards: t -> ... -> the large table.
            QStringList path{qualifiedName(g.table(t).ref())};
            TableId at = t;
            for (int guard = 0; guard < n && via[at] != kInvalidId; ++guard) {
                at = g.foreignKey(via[at]).child;
                path << qualifiedName(g.table(at).ref());
                if (at == target[t])
                    break;
            }
            const Table &large = g.table(target[t]);
            LintFinding f = finding(t, via[t], {},
                                    QCoreApplication::translate("fkscope::Messages", "Deleting from %1 cascades into %2 (about %3 rows): %4")
                                        .arg(qualifiedName(g.table(t).ref()), qualifiedName(large.ref()))
                                        .arg(large.estimatedRows)
                                        .arg(path.join(QStringLiteral(" -> "))),
                                    QCoreApplication::translate("fkscope::Messages", "Check the blast radius before deleting (fkscope impact), delete the large table's rows in batches first, or make the last key RESTRICT."));
            f.related << target[t];
            out << f;
        }
    }
};

class SqliteForeignKeysOff final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("sqlite-foreign-keys-off"); }
    Severity severity() const override { return Severity::Info; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "SQLite enforces foreign keys only on connections that turn them on: each connection of each program must run PRAGMA foreign_keys = ON.");
    }
    bool appliesTo(const QString &engine) const override { return engine == QLatin1String("sqlite"); }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        const qsizetype count = c.graph.foreignKeys().size();
        if (count == 0)
            return;
        out << finding(kInvalidId, kInvalidId, {},
                       QCoreApplication::translate("fkscope::Messages", "This file declares %1 foreign key(s), and SQLite checks none of them, nor cascades, on a connection that has not run PRAGMA foreign_keys = ON").arg(count),
                       c.dialect.enableForeignKeys());
    }
};

// MySQL/InnoDB checks RESTRICT and NO ACTION at once, row by row, while cascades run depth first:
// a RESTRICT child that the same delete also cascades into blocks or not depending on which comes
// first (constraint names, indexes, row order).
class OrderDependentRestrict final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("order-dependent-restrict"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "A RESTRICT / NO ACTION key whose child the same parent's delete also cascades into: on InnoDB, whether the delete fails depends on constraint names, indexes and row order.");
    }
    bool appliesTo(const QString &engine) const override { return engine == QLatin1String("mysql"); }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        const SchemaGraph &g = c.graph;
        QHash<TableId, QSet<TableId>> closures; // parent -> the tables its deletes cascade into
        for (ForeignKeyId id = 0; id < g.foreignKeys().size(); ++id) {
            const ForeignKey &fk = g.foreignKey(id);
            if (!ownKey(g, fk) || (fk.onDelete != FkAction::Restrict && fk.onDelete != FkAction::NoAction))
                continue;
            auto it = closures.find(fk.parent);
            if (it == closures.end()) {
                const QList<TableId> order = g.cascadeClosure(fk.parent);
                QSet<TableId> reached(order.begin() + 1, order.end()); // the first is the parent itself
                // The parent itself counts when a cascade cycle leads back to it.
                for (ForeignKeyId in : g.incoming(fk.parent)) {
                    const ForeignKey &back = g.foreignKey(in);
                    if (back.onDelete == FkAction::Cascade && (back.child == fk.parent || reached.contains(back.child)))
                        reached.insert(fk.parent);
                }
                it = closures.insert(fk.parent, reached);
            }
            if (!it->contains(fk.child))
                continue;
            LintFinding f = finding(fk.child, id, fk.columns,
                                    QCoreApplication::translate("fkscope::Messages", "%1 (%2) blocks deletes of %3 rows, yet deleting those rows also cascades into %4: InnoDB's outcome "
                                        "then depends on constraint names, indexes and row order")
                                        .arg(where(g, fk), toSql(fk.onDelete), qualifiedName(g.table(fk.parent).ref()), qualifiedName(g.table(fk.child).ref())),
                                    QCoreApplication::translate("fkscope::Messages", "Predict a given delete with fkscope impact; to make it not depend on order, make %1 CASCADE or SET NULL, or "
                                        "delete %2's rows first (fkscope plan).")
                                        .arg(displayIdentifier(fk.name), qualifiedName(g.table(fk.child).ref())));
            f.related << fk.parent;
            out << f;
        }
    }
};

class FkToNonUniqueKey final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("fk-to-non-unique-key"); }
    Severity severity() const override { return Severity::Warning; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "A foreign key references columns that are not a primary key or unique: deleting one parent row acts on every child of that value (InnoDB), or every write fails (SQLite: foreign key mismatch).");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        for (ForeignKeyId id = 0; id < c.graph.foreignKeys().size(); ++id) {
            const ForeignKey &fk = c.graph.foreignKey(id);
            const Table &parent = c.graph.table(fk.parent);
            if (!ownKey(c.graph, fk) || parent.kind == TableKind::ForeignTable || parent.columns.isEmpty()
                || isUniqueKey(parent, fk.refColumns))
                continue;
            out << finding(fk.child, id, fk.columns,
                           QCoreApplication::translate("fkscope::Messages", "%1 references %2 (%3), which is not a primary key or unique").arg(where(c.graph, fk), qualifiedName(parent.ref()), displayIdentifiers(fk.refColumns)),
                           QCoreApplication::translate("fkscope::Messages", "Make (%1) unique on %2 if it is a key, or reference the primary key instead.").arg(displayIdentifiers(fk.refColumns), qualifiedName(parent.ref())));
        }
    }
};

class TriggersOrRules final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("triggers-or-rules"); }
    Severity severity() const override { return Severity::Info; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "The table has user triggers or rewrite rules: a delete can do more than its foreign keys say, and fkscope's simulation does not run them.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        for (TableId id = 0; id < c.graph.tables().size(); ++id) {
            const Table &t = c.graph.table(id);
            if (t.external || (t.triggers.isEmpty() && t.rules.isEmpty()))
                continue;
            QStringList what;
            if (!t.triggers.isEmpty())
                what << QCoreApplication::translate("fkscope::Messages", "triggers %1").arg(t.triggers.join(QStringLiteral(", ")));
            if (!t.rules.isEmpty())
                what << QCoreApplication::translate("fkscope::Messages", "rules %1").arg(t.rules.join(QStringLiteral(", ")));
            out << finding(id, kInvalidId, {}, QCoreApplication::translate("fkscope::Messages", "%1 has %2: a delete can do more than its foreign keys say").arg(qualifiedName(t.ref()), what.join(QCoreApplication::translate("fkscope::Messages", " and "))));
        }
    }
};

class RowLevelSecurity final : public LintRule
{
public:
    QString name() const override { return QStringLiteral("row-level-security"); }
    Severity severity() const override { return Severity::Info; }
    QString description() const override
    {
        return QCoreApplication::translate("fkscope::Messages", "Row-level security is on: a simulation sees the rows its user may see, which can differ from what a delete meets.");
    }
    void check(const LintContext &c, QList<LintFinding> &out) const override
    {
        for (TableId id = 0; id < c.graph.tables().size(); ++id) {
            const Table &t = c.graph.table(id);
            if (!t.external && t.rowSecurity)
                out << finding(id, kInvalidId, {}, QCoreApplication::translate("fkscope::Messages", "%1 has row-level security enabled").arg(qualifiedName(t.ref())));
        }
    }
};

} // namespace

QList<const LintRule *> builtinLintRules()
{
    static const FkWithoutIndex fkWithoutIndex;
    static const SetNullOnNotNull setNullOnNotNull;
    static const SetDefaultWithoutDefault setDefaultWithoutDefault;
    static const FkTypeMismatch fkTypeMismatch;
    static const MissingFk missingFk;
    static const DuplicateFk duplicateFk;
    static const NotValidFk notValidFk;
    static const FkNameCollision fkNameCollision;
    static const PolymorphicFk polymorphicFk;
    static const CascadeIntoLargeTable cascadeIntoLargeTable;
    static const SqliteForeignKeysOff sqliteForeignKeysOff;
    static const OrderDependentRestrict orderDependentRestrict;
    static const FkToNonUniqueKey fkToNonUniqueKey;
    static const TriggersOrRules triggersOrRules;
    static const RowLevelSecurity rowLevelSecurity;
    return {&fkWithoutIndex, &setNullOnNotNull, &setDefaultWithoutDefault, &fkTypeMismatch, &missingFk, &duplicateFk,
            &notValidFk, &fkNameCollision, &polymorphicFk, &cascadeIntoLargeTable, &sqliteForeignKeysOff,
            &orderDependentRestrict, &fkToNonUniqueKey, &triggersOrRules, &rowLevelSecurity};
}

} // namespace fkscope
