// SPDX-License-Identifier: Apache-2.0
#include "schemadiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fkscope {

namespace {

QString tableKey(const TableRef &t)
{
    return t.schema + QChar(0) + t.name;
}

QString tableKey(const Table &t)
{
    return tableKey(t.ref());
}

// What a key connects, with its column pairs sorted: (a, b) -> (x, y) and (b, a) -> (y, x) are one key.
QString connectionKey(const SchemaGraph &g, const ForeignKey &fk)
{
    QStringList pairs;
    for (int i = 0; i < fk.columns.size(); ++i)
        pairs << fk.columns.at(i) + QChar(1) + fk.refColumns.value(i);
    pairs.sort();
    return tableKey(g.table(fk.child)) + QChar(2) + tableKey(g.table(fk.parent)) + QChar(2) + pairs.join(QChar(3));
}

QString ownerAndName(const SchemaGraph &g, const ForeignKey &fk)
{
    return tableKey(g.table(fk.child)) + QChar(2) + fk.name;
}

QString nullability(bool notNull)
{
    return notNull ? QStringLiteral("NOT NULL") : QCoreApplication::translate("fkscope::diff", "nullable");
}

// Defaults compared as values: a catalog prints 'north'::text where a DDL file wrote 'north'.
bool sameDefault(const std::optional<QString> &a, const std::optional<QString> &b)
{
    static const QRegularExpression cast(QStringLiteral("::[a-z_ .\"]+(\\([0-9, ]+\\))?(\\[\\])?"));
    auto plain = [](const std::optional<QString> &d) { return d ? QString(*d).remove(cast).remove(QLatin1Char('(')).remove(QLatin1Char(')')).trimmed() : QStringLiteral("NULL"); };
    return plain(a) == plain(b);
}

// The properties of the key itself that differ.
QStringList keyFields(const SchemaGraph &fg, const ForeignKey &a, const SchemaGraph &tg, const ForeignKey &b)
{
    QStringList fields;
    if (a.name != b.name)
        fields << QStringLiteral("name");
    if (a.columns != b.columns)
        fields << QStringLiteral("columns");
    if (fg.table(a.parent).schema != tg.table(b.parent).schema)
        fields << QStringLiteral("ref_schema");
    if (fg.table(a.parent).name != tg.table(b.parent).name)
        fields << QStringLiteral("ref_table");
    if (a.refColumns != b.refColumns)
        fields << QStringLiteral("ref_columns");
    if (a.onDelete != b.onDelete)
        fields << QStringLiteral("on_delete");
    if (a.onUpdate != b.onUpdate)
        fields << QStringLiteral("on_update");
    if (a.match != b.match)
        fields << QStringLiteral("match");
    if (a.deferrable != b.deferrable)
        fields << QStringLiteral("deferrable");
    if (a.deferred != b.deferred)
        fields << QStringLiteral("deferred");
    if (a.validated != b.validated)
        fields << QStringLiteral("validated");
    // SET NULL (a) and SET NULL on all columns differ only where the action sets anything.
    if (a.setColumns != b.setColumns)
        fields << QStringLiteral("set_columns");
    return fields;
}

// Column changes that alter the key's behaviour, for a key present on both sides.
void columnFields(const SchemaGraph &fg, const ForeignKey &a, const SchemaGraph &tg, const ForeignKey &b, FkChange &change)
{
    bool type = false, notNull = false, deflt = false, collation = false;
    auto compare = [&](TableId fromTable, TableId toTable, const QString &fromCol, const QString &toCol, bool referencing) {
        const Column *c0 = fg.table(fromTable).column(fromCol);
        const Column *c1 = tg.table(toTable).column(toCol);
        if (!c0 || !c1)
            return;
        const QString where = qualifiedName(tg.table(toTable).ref()) + QLatin1Char('.') + displayIdentifier(toCol);
        if (c0->type != c1->type) {
            type = true;
            change.columnNotes << QCoreApplication::translate("fkscope::diff", "%1: %2 (was: %3)").arg(where, c1->type, c0->type);
        } else if (c0->collation.compare(c1->collation, Qt::CaseInsensitive) != 0) {
            // Text that matched under one collation may not under the other.
            collation = true;
            auto shown = [](const QString &c) { return c.isEmpty() ? QCoreApplication::translate("fkscope::diff", "the default collation") : QStringLiteral("COLLATE ") + c; };
            change.columnNotes << QCoreApplication::translate("fkscope::diff", "%1: %2 (was: %3)").arg(where, shown(c1->collation), shown(c0->collation));
        }
        if (!referencing)
            return;
        if (c0->notNull != c1->notNull) {
            notNull = true;
            change.columnNotes << QCoreApplication::translate("fkscope::diff", "%1: %2 (was: %3)").arg(where, nullability(c1->notNull), nullability(c0->notNull));
        }
        const bool setsDefault = a.onDelete == FkAction::SetDefault || b.onDelete == FkAction::SetDefault
            || a.onUpdate == FkAction::SetDefault || b.onUpdate == FkAction::SetDefault;
        if (setsDefault && !sameDefault(c0->defaultExpr, c1->defaultExpr)) {
            deflt = true;
            change.columnNotes << QCoreApplication::translate("fkscope::diff", "%1: DEFAULT %2 (was: %3)")
                                      .arg(where, c1->defaultExpr.value_or(QStringLiteral("NULL")), c0->defaultExpr.value_or(QStringLiteral("NULL")));
        }
    };
    for (int i = 0; i < std::min(a.columns.size(), b.columns.size()); ++i)
        compare(a.child, b.child, a.columns.at(i), b.columns.at(i), true);
    for (int i = 0; i < std::min(a.refColumns.size(), b.refColumns.size()); ++i)
        compare(a.parent, b.parent, a.refColumns.at(i), b.refColumns.at(i), false);
    if (type)
        change.fields << QStringLiteral("type");
    if (collation)
        change.fields << QStringLiteral("collation");
    if (notNull)
        change.fields << QStringLiteral("not_null");
    if (deflt)
        change.fields << QStringLiteral("default");
}

bool isCascade(const SchemaGraph &g, ForeignKeyId id)
{
    return id != kInvalidId && g.foreignKey(id).onDelete == FkAction::Cascade;
}

// Tables whose cascade closure may differ: the parents of keys that start or stop cascading (or move),
// and every table that reaches one of them through cascades on either side.
QList<TableRef> blastRadiusCandidates(const SchemaGraph &from, const SchemaGraph &to, const QList<FkChange> &changes)
{
    QList<TableRef> queue;
    QSet<QString> seen;
    auto push = [&](const Table &t) {
        if (!seen.contains(tableKey(t))) {
            seen.insert(tableKey(t));
            queue.append(t.ref());
        }
    };
    for (const FkChange &c : changes) {
        const bool before = isCascade(from, c.from), after = isCascade(to, c.to);
        const bool moved = c.fields.contains(QLatin1String("ref_table")) || c.fields.contains(QLatin1String("ref_schema"))
            || c.fields.contains(QLatin1String("columns"));
        if (before == after && !(moved && (before || after)))
            continue;
        if (c.from != kInvalidId && before)
            push(from.table(from.foreignKey(c.from).parent));
        if (c.to != kInvalidId && after)
            push(to.table(to.foreignKey(c.to).parent));
    }
    for (int i = 0; i < queue.size(); ++i) {
        for (const SchemaGraph *g : {&from, &to}) {
            const TableId id = g->findTable(queue.at(i));
            if (id == kInvalidId)
                continue;
            for (ForeignKeyId fk : g->outgoing(id)) {
                if (g->foreignKey(fk).onDelete == FkAction::Cascade)
                    push(g->table(g->foreignKey(fk).parent));
            }
        }
    }
    return queue;
}

QList<TableRef> closureRefs(const SchemaGraph &g, TableId root, QSet<QString> &keys)
{
    QList<TableRef> refs;
    for (TableId t : g.cascadeClosure(root)) {
        if (t == root)
            continue;
        refs << g.table(t).ref();
        keys.insert(tableKey(g.table(t)));
    }
    return refs;
}

} // namespace

QString toString(FkChangeKind kind)
{
    switch (kind) {
    case FkChangeKind::Added: return QStringLiteral("added");
    case FkChangeKind::Removed: return QStringLiteral("removed");
    case FkChangeKind::Changed: return QStringLiteral("changed");
    case FkChangeKind::Renamed: return QStringLiteral("renamed");
    }
    return QString();
}

FkChangeGroup changeGroup(const FkChange &c)
{
    if (c.fields.contains(QLatin1String("on_delete")) || c.fields.contains(QLatin1String("on_update")))
        return FkChangeGroup::Rules;
    switch (c.kind) {
    case FkChangeKind::Changed: return FkChangeGroup::Changed;
    case FkChangeKind::Renamed: return FkChangeGroup::Renamed;
    case FkChangeKind::Added: return FkChangeGroup::Added;
    case FkChangeKind::Removed: return FkChangeGroup::Removed;
    }
    return FkChangeGroup::Changed;
}

bool changesDeleteEffect(const FkChange &change)
{
    if (change.kind == FkChangeKind::Added || change.kind == FkChangeKind::Removed)
        return true;
    for (const char *f : {"on_delete", "set_columns", "ref_schema", "ref_table", "columns", "ref_columns"}) {
        if (change.fields.contains(QLatin1String(f)))
            return true;
    }
    return false;
}

SchemaDiff diffGraphs(const SchemaGraph &from, const SchemaGraph &to)
{
    SchemaDiff diff;

    // Keys matched by what they connect; among several with one connection, same names pair first.
    QMultiHash<QString, ForeignKeyId> toByConnection;
    for (ForeignKeyId id = 0; id < to.foreignKeys().size(); ++id)
        toByConnection.insert(connectionKey(to, to.foreignKey(id)), id);
    QList<ForeignKeyId> partner(from.foreignKeys().size(), kInvalidId);
    QList<bool> toUsed(to.foreignKeys().size(), false);
    for (int pass = 0; pass < 2; ++pass) {
        for (ForeignKeyId id = 0; id < from.foreignKeys().size(); ++id) {
            if (partner[id] != kInvalidId)
                continue;
            const ForeignKey &fk = from.foreignKey(id);
            // values() lists the most recently inserted first; take the lowest id for a stable pairing.
            QList<ForeignKeyId> candidates = toByConnection.values(connectionKey(from, fk));
            std::sort(candidates.begin(), candidates.end());
            for (ForeignKeyId c : candidates) {
                if (!toUsed[c] && (pass == 1 || to.foreignKey(c).name == fk.name)) {
                    partner[id] = c;
                    toUsed[c] = true;
                    break;
                }
            }
        }
    }
    // The rest by owner and name: a key whose target or columns moved.
    QHash<QString, ForeignKeyId> toByName;
    for (ForeignKeyId id = 0; id < to.foreignKeys().size(); ++id) {
        if (!toUsed[id])
            toByName.insert(ownerAndName(to, to.foreignKey(id)), id);
    }
    for (ForeignKeyId id = 0; id < from.foreignKeys().size(); ++id) {
        if (partner[id] != kInvalidId)
            continue;
        const ForeignKeyId c = toByName.value(ownerAndName(from, from.foreignKey(id)), kInvalidId);
        if (c != kInvalidId && !toUsed[c]) {
            partner[id] = c;
            toUsed[c] = true;
        }
    }

    for (ForeignKeyId id = 0; id < from.foreignKeys().size(); ++id) {
        FkChange change;
        change.from = id;
        if (partner[id] == kInvalidId) {
            change.kind = FkChangeKind::Removed;
            diff.foreignKeys << change;
            continue;
        }
        change.to = partner[id];
        const ForeignKey &a = from.foreignKey(id), &b = to.foreignKey(change.to);
        change.fields = keyFields(from, a, to, b);
        columnFields(from, a, to, b, change);
        if (change.fields.isEmpty())
            continue;
        change.kind = change.fields.contains(QLatin1String("name")) ? FkChangeKind::Renamed : FkChangeKind::Changed;
        diff.foreignKeys << change;
    }
    for (ForeignKeyId id = 0; id < to.foreignKeys().size(); ++id) {
        if (!toUsed[id]) {
            FkChange change;
            change.kind = FkChangeKind::Added;
            change.to = id;
            diff.foreignKeys << change;
        }
    }
    auto sortKey = [&](const FkChange &c) {
        const ForeignKey &fk = namingKey(from, to, c);
        const Table &t = namingSide(from, to, c).table(fk.child);
        return std::make_tuple(static_cast<int>(changeGroup(c)), t.schema, t.name, fk.name);
    };
    std::stable_sort(diff.foreignKeys.begin(), diff.foreignKeys.end(),
                     [&](const FkChange &x, const FkChange &y) { return sortKey(x) < sortKey(y); });

    // Tables, by name; tables loaded only because a key crosses into the chosen schemas do not count.
    for (const Table &t : from.tables()) {
        const TableId other = to.findTable(t.ref());
        if (!t.external && (other == kInvalidId || to.table(other).external))
            diff.tables << TableChange{false, t.ref()};
    }
    for (const Table &t : to.tables()) {
        const TableId other = from.findTable(t.ref());
        if (!t.external && (other == kInvalidId || from.table(other).external))
            diff.tables << TableChange{true, t.ref()};
    }
    std::sort(diff.tables.begin(), diff.tables.end(), [](const TableChange &x, const TableChange &y) {
        return std::make_tuple(x.added, x.table.schema, x.table.name) < std::make_tuple(y.added, y.table.schema, y.table.name);
    });

    for (const TableRef &ref : blastRadiusCandidates(from, to, diff.foreignKeys)) {
        const TableId a = from.findTable(ref), b = to.findTable(ref);
        if (a == kInvalidId || b == kInvalidId)
            continue;
        QSet<QString> before, after;
        const QList<TableRef> was = closureRefs(from, a, before), now = closureRefs(to, b, after);
        BlastRadiusChange change;
        change.table = ref;
        for (const TableRef &r : now) {
            if (!before.contains(tableKey(r)))
                change.gained << r;
        }
        for (const TableRef &r : was) {
            if (!after.contains(tableKey(r)))
                change.lost << r;
        }
        if (!change.gained.isEmpty() || !change.lost.isEmpty())
            diff.blastRadius << change;
    }
    std::sort(diff.blastRadius.begin(), diff.blastRadius.end(), [](const BlastRadiusChange &x, const BlastRadiusChange &y) {
        return std::make_pair(x.table.schema, x.table.name) < std::make_pair(y.table.schema, y.table.name);
    });
    for (const SchemaGraph *g : {&from, &to}) {
        for (const QString &w : g->warnings()) {
            if (!diff.warnings.contains(w))
                diff.warnings << w;
        }
    }
    return diff;
}

} // namespace fkscope
