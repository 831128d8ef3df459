// SPDX-License-Identifier: Apache-2.0
#include "diffreport.h"

#include "core/jsonwriter.h"
#include "snapshot/snapshot.h"

#include <QCoreApplication>
#include <QLocale>

namespace fkscope {

namespace {

QString columnList(const QStringList &columns)
{
    return QLatin1Char('(') + displayIdentifiers(columns) + QLatin1Char(')');
}

QString setColumnsText(const SchemaGraph &g, const ForeignKey &fk)
{
    QStringList cols;
    for (const QString &c : fk.deleteSetColumns())
        cols << g.table(fk.child).name + QLatin1Char('.') + displayIdentifier(c);
    return cols.join(QStringLiteral(", "));
}

QString fieldValue(const SchemaGraph &g, const ForeignKey &fk, const QString &field)
{
    if (field == QLatin1String("name"))
        return displayIdentifier(fk.name);
    if (field == QLatin1String("columns"))
        return columnList(fk.columns);
    if (field == QLatin1String("ref_schema") || field == QLatin1String("ref_table"))
        return qualifiedName(g.table(fk.parent).ref());
    if (field == QLatin1String("ref_columns"))
        return columnList(fk.refColumns);
    if (field == QLatin1String("on_delete"))
        return toSql(fk.onDelete);
    if (field == QLatin1String("on_update"))
        return toSql(fk.onUpdate);
    if (field == QLatin1String("match"))
        return toString(fk.match).toUpper();
    if (field == QLatin1String("deferrable"))
        return fk.deferrable ? QStringLiteral("DEFERRABLE") : QStringLiteral("NOT DEFERRABLE");
    if (field == QLatin1String("deferred"))
        return fk.deferred ? QStringLiteral("INITIALLY DEFERRED") : QStringLiteral("INITIALLY IMMEDIATE");
    if (field == QLatin1String("validated"))
        return fk.validated ? QCoreApplication::translate("fkscope::diff", "validated") : QStringLiteral("NOT VALID");
    if (field == QLatin1String("set_columns"))
        return fk.setColumns ? columnList(*fk.setColumns) : QCoreApplication::translate("fkscope::diff", "all key columns");
    return QString();
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("on_delete"))
        return QStringLiteral("ON DELETE");
    if (field == QLatin1String("on_update"))
        return QStringLiteral("ON UPDATE");
    if (field == QLatin1String("match"))
        return QStringLiteral("MATCH");
    if (field == QLatin1String("set_columns"))
        return QStringLiteral("SET columns");
    if (field == QLatin1String("ref_schema") || field == QLatin1String("ref_table"))
        return QCoreApplication::translate("fkscope::diff", "references");
    return field;
}

QString keySummary(const SchemaGraph &g, const ForeignKey &fk)
{
    return QStringLiteral("%1 %2 -> %3 %4 ON DELETE %5 ON UPDATE %6")
        .arg(qualifiedName(g.table(fk.child).ref()), columnList(fk.columns), qualifiedName(g.table(fk.parent).ref()), columnList(fk.refColumns),
             toSql(fk.onDelete), toSql(fk.onUpdate))
        + (fk.validated ? QString() : QStringLiteral(" NOT VALID"));
}

// The sentences on deletes of the parent for one change; empty when deletes are not affected.
QStringList deleteSentences(const DiffSides &s, const FkChange &c)
{
    if (!changesDeleteEffect(c))
        return {};
    const ForeignKey *a = c.from != kInvalidId ? &s.from.foreignKey(c.from) : nullptr;
    const ForeignKey *b = c.to != kInvalidId ? &s.to.foreignKey(c.to) : nullptr;
    auto parent = [](const SchemaGraph &g, const ForeignKey &fk) { return qualifiedName(g.table(fk.parent).ref()); };
    if (!a)
        return {QCoreApplication::translate("fkscope::diff", "deleting %1 now %2 (new key)").arg(parent(s.to, *b), deleteEffect(s.to, *b, false))};
    if (!b)
        return {QCoreApplication::translate("fkscope::diff", "deleting %1 is no longer affected by this key (was: %2)").arg(parent(s.from, *a), deleteEffect(s.from, *a, true))};
    if (parent(s.from, *a) == parent(s.to, *b))
        return {QCoreApplication::translate("fkscope::diff", "deleting %1 now %2 (was: %3)").arg(parent(s.to, *b), deleteEffect(s.to, *b, false), deleteEffect(s.from, *a, true))};
    return {QCoreApplication::translate("fkscope::diff", "deleting %1 now %2").arg(parent(s.to, *b), deleteEffect(s.to, *b, false)),
            QCoreApplication::translate("fkscope::diff", "deleting %1 is no longer affected by this key (was: %2)").arg(parent(s.from, *a), deleteEffect(s.from, *a, true))};
}

QString violationsLine(const DiffSides &s, const FkChange &c)
{
    if (!c.checkProblem.isEmpty())
        return QCoreApplication::translate("fkscope::diff", "rows not counted: %1").arg(c.checkProblem);
    if (!c.violations)
        return QString();
    const FkViolations &v = *c.violations;
    const QLocale locale;
    const QString scan = v.rowsToCheck >= 0 ? QCoreApplication::translate("fkscope::diff", " (about %1 rows to check)").arg(locale.toString(v.rowsToCheck)) : QString();
    if (v.rows == 0)
        return QCoreApplication::translate("fkscope::diff", "no existing row violates it%1").arg(scan);
    QStringList keys;
    for (const QStringList &k : v.sampleKeys)
        keys << QLatin1Char('(') + k.join(QStringLiteral(", ")) + QLatin1Char(')');
    const int rows = static_cast<int>(std::min<qint64>(v.rows, INT_MAX));
    if (c.to != kInvalidId && !s.to.foreignKey(c.to).validated)
        return QCoreApplication::translate("fkscope::diff", "%n existing row(s) violate it: adding it NOT VALID works, VALIDATE CONSTRAINT fails%1; keys: %2",
                                           nullptr, rows)
            .arg(scan, keys.join(QStringLiteral(", ")));
    return QCoreApplication::translate("fkscope::diff", "%n existing row(s) violate it, so adding or validating it fails%1; keys: %2", nullptr, rows)
        .arg(scan, keys.join(QStringLiteral(", ")));
}

struct Style
{
    bool markdown;
    QString heading(const QString &t) const { return markdown ? QStringLiteral("\n### %1\n\n").arg(t) : QStringLiteral("\n%1\n").arg(t); }
    QString item(const QString &t) const { return markdown ? QStringLiteral("- %1\n").arg(t) : QStringLiteral("  %1\n").arg(t); }
    QString sub(const QString &t) const { return markdown ? QStringLiteral("  - %1\n").arg(t) : QStringLiteral("    %1\n").arg(t); }
    QString code(const QString &t) const { return markdown ? QStringLiteral("`%1`").arg(t) : t; }
    QString strong(const QString &t) const { return markdown ? QStringLiteral("**%1**").arg(t) : t; }
};

QString sideLine(const SchemaGraph &g, const QString &label)
{
    const SourceInfo &src = g.source();
    return QCoreApplication::translate("fkscope::diff", "%1 (%2%3, %4 tables, %5 foreign keys)")
        .arg(label, src.engine, src.serverVersion.isEmpty() ? QString() : QLatin1Char(' ') + src.serverVersion)
        .arg(g.tables().size())
        .arg(g.foreignKeys().size());
}

void writeSide(JsonWriter &w, const SchemaGraph &g, const QString &label, const QStringList &applied)
{
    const SourceInfo &src = g.source();
    w.beginObject().field("source", label).field("engine", src.engine);
    if (!src.flavor.isEmpty())
        w.field("flavor", src.flavor);
    w.field("server_version", src.serverVersion).field("database", src.database);
    w.field("tables", static_cast<int>(g.tables().size())).field("foreign_keys", static_cast<int>(g.foreignKeys().size()));
    w.key("applied").value(applied);
    w.endObject();
}

void writeRef(JsonWriter &w, const TableRef &r)
{
    w.beginObject().field("schema", r.schema).field("name", r.name).endObject();
}

} // namespace

QList<QPair<FkChangeGroup, QString>> changeGroupTitles()
{
    return {{FkChangeGroup::Rules, QCoreApplication::translate("fkscope::diff", "Rule changes")},
            {FkChangeGroup::Changed, QCoreApplication::translate("fkscope::diff", "Changed")},
            {FkChangeGroup::Renamed, QCoreApplication::translate("fkscope::diff", "Renamed")},
            {FkChangeGroup::Added, QCoreApplication::translate("fkscope::diff", "Added")},
            {FkChangeGroup::Removed, QCoreApplication::translate("fkscope::diff", "Removed")}};
}

QString deleteEffect(const SchemaGraph &graph, const ForeignKey &fk, bool past)
{
    const QString child = qualifiedName(graph.table(fk.child).ref());
    switch (fk.onDelete) {
    case FkAction::Cascade:
        return past ? QCoreApplication::translate("fkscope::diff", "deleted the referencing rows of %1").arg(child) : QCoreApplication::translate("fkscope::diff", "deletes the referencing rows of %1").arg(child);
    case FkAction::SetNull:
        return (past ? QCoreApplication::translate("fkscope::diff", "set %1 to NULL") : QCoreApplication::translate("fkscope::diff", "sets %1 to NULL")).arg(setColumnsText(graph, fk));
    case FkAction::SetDefault:
        return (past ? QCoreApplication::translate("fkscope::diff", "set %1 to its default") : QCoreApplication::translate("fkscope::diff", "sets %1 to its default")).arg(setColumnsText(graph, fk));
    case FkAction::NoAction:
    case FkAction::Restrict:
        return past ? QCoreApplication::translate("fkscope::diff", "blocked by %1").arg(toSql(fk.onDelete))
                    : QCoreApplication::translate("fkscope::diff", "fails (%1) while rows of %2 reference it").arg(toSql(fk.onDelete), child);
    }
    return QString();
}

QByteArray diffJson(const DiffSides &sides, const SchemaDiff &diff)
{
    JsonWriter w;
    w.beginObject().field("format", "fkscope-diff").field("version", 1);
    w.key("from");
    writeSide(w, sides.from, sides.fromLabel, sides.fromApplied);
    w.key("to");
    writeSide(w, sides.to, sides.toLabel, sides.toApplied);
    w.key("foreign_keys").beginArray();
    for (const FkChange &c : diff.foreignKeys) {
        const SchemaGraph &g = namingSide(sides.from, sides.to, c);
        const ForeignKey &fk = namingKey(sides.from, sides.to, c);
        w.beginObject().field("change", toString(c.kind)).field("name", fk.name);
        w.field("schema", g.table(fk.child).schema).field("table", g.table(fk.child).name).key("columns").inlineStrings(fk.columns);
        w.field("ref_schema", g.table(fk.parent).schema).field("ref_table", g.table(fk.parent).name).key("ref_columns").inlineStrings(fk.refColumns);
        w.key("fields").inlineStrings(c.fields);
        w.key("column_changes").value(c.columnNotes);
        w.key("deletes").value(deleteSentences(sides, c));
        w.key("from");
        if (c.from != kInvalidId)
            snapshot::writeForeignKey(w, sides.from, sides.from.foreignKey(c.from));
        else
            w.null();
        w.key("to");
        if (c.to != kInvalidId)
            snapshot::writeForeignKey(w, sides.to, sides.to.foreignKey(c.to));
        else
            w.null();
        w.key("violations");
        if (c.violations)
            w.value(c.violations->rows);
        else
            w.null();
        w.key("check");
        if (c.violations) {
            w.beginObject().key("sample_keys").beginArray();
            for (const QStringList &k : c.violations->sampleKeys)
                w.inlineStrings(k);
            w.endArray();
            w.field("rows_to_check", c.violations->rowsToCheck).field("elapsed_ms", c.violations->elapsedMs).endObject();
        } else if (!c.checkProblem.isEmpty()) {
            w.beginObject().field("problem", c.checkProblem).endObject();
        } else {
            w.null();
        }
        w.endObject();
    }
    w.endArray();
    w.key("tables").beginArray();
    for (const TableChange &t : diff.tables)
        w.beginObject().field("change", t.added ? "added" : "removed").field("schema", t.table.schema).field("name", t.table.name).endObject();
    w.endArray();
    w.key("blast_radius").beginArray();
    for (const BlastRadiusChange &b : diff.blastRadius) {
        w.beginObject().field("schema", b.table.schema).field("table", b.table.name);
        w.key("gained").beginArray();
        for (const TableRef &r : b.gained)
            writeRef(w, r);
        w.endArray().key("lost").beginArray();
        for (const TableRef &r : b.lost)
            writeRef(w, r);
        w.endArray().endObject();
    }
    w.endArray();
    w.key("warnings").value(diff.warnings);
    w.endObject();
    QByteArray out = w.bytes();
    out.append('\n');
    return out;
}

QString diffText(const DiffSides &sides, const SchemaDiff &diff, bool markdown)
{
    const Style st{markdown};
    QString out;
    out += markdown ? QCoreApplication::translate("fkscope::diff", "## Foreign-key diff\n\n") : QString();
    out += (markdown ? QStringLiteral("- ") : QString()) + QCoreApplication::translate("fkscope::diff", "From: %1\n").arg(st.code(sideLine(sides.from, sides.fromLabel)));
    for (const QString &file : sides.fromApplied)
        out += (markdown ? QStringLiteral("  - ") : QStringLiteral("  ")) + QCoreApplication::translate("fkscope::diff", "then applied: %1\n").arg(st.code(file));
    out += (markdown ? QStringLiteral("- ") : QString()) + QCoreApplication::translate("fkscope::diff", "To:   %1\n").arg(st.code(sideLine(sides.to, sides.toLabel)));
    if (diff.isEmpty()) {
        out += (markdown ? QStringLiteral("\n") : QStringLiteral("\n")) + QCoreApplication::translate("fkscope::diff", "No differences in foreign keys or tables.\n");
    } else {
        const int keys = static_cast<int>(diff.foreignKeys.size()), tables = static_cast<int>(diff.tables.size());
        QStringList counts;
        if (keys > 0)
            counts << QCoreApplication::translate("fkscope::diff", "%n foreign key(s) differ", nullptr, keys);
        if (tables > 0)
            counts << QCoreApplication::translate("fkscope::diff", "%n table(s) added or removed", nullptr, tables);
        out += QLatin1Char('\n') + counts.join(QStringLiteral("; ")) + QStringLiteral(".\n");
    }

    for (const auto &[groupId, title] : changeGroupTitles()) {
        QString body;
        for (const FkChange &c : diff.foreignKeys) {
            if (changeGroup(c) != groupId)
                continue;
            const SchemaGraph &graph = namingSide(sides.from, sides.to, c);
            const ForeignKey &fk = namingKey(sides.from, sides.to, c);
            body += st.item(st.strong(qualifiedName(graph.table(fk.child).ref())) + QLatin1Char(' ') + st.code(displayIdentifier(fk.name)));
            if (c.kind == FkChangeKind::Added || c.kind == FkChangeKind::Removed) {
                body += st.sub(st.code(keySummary(graph, fk)));
            } else {
                const ForeignKey &a = sides.from.foreignKey(c.from);
                for (const QString &f : c.fields) {
                    if (f == QLatin1String("ref_schema") && c.fields.contains(QLatin1String("ref_table")))
                        continue;
                    const QString now = fieldValue(sides.to, fk, f);
                    if (!now.isNull())
                        body += st.sub(QCoreApplication::translate("fkscope::diff", "%1: %2 (was: %3)").arg(fieldLabel(f), now, fieldValue(sides.from, a, f)));
                }
                for (const QString &note : c.columnNotes)
                    body += st.sub(note);
            }
            for (const QString &sentence : deleteSentences(sides, c))
                body += st.sub(sentence);
            const QString v = violationsLine(sides, c);
            if (!v.isEmpty())
                body += st.sub(v);
        }
        if (!body.isEmpty())
            out += st.heading(title) + body;
    }
    if (!diff.tables.isEmpty()) {
        QString body;
        for (const TableChange &t : diff.tables)
            body += st.item((t.added ? QCoreApplication::translate("fkscope::diff", "added: %1") : QCoreApplication::translate("fkscope::diff", "removed: %1")).arg(st.code(qualifiedName(t.table))));
        out += st.heading(QCoreApplication::translate("fkscope::diff", "Tables")) + body;
    }
    if (!diff.blastRadius.isEmpty()) {
        QString body;
        auto names = [](const QList<TableRef> &refs) {
            QStringList n;
            for (const TableRef &r : refs)
                n << qualifiedName(r);
            return n.join(QStringLiteral(", "));
        };
        for (const BlastRadiusChange &b : diff.blastRadius) {
            QStringList parts;
            if (!b.gained.isEmpty())
                parts << QCoreApplication::translate("fkscope::diff", "now also deletes rows of %1").arg(names(b.gained));
            if (!b.lost.isEmpty())
                parts << QCoreApplication::translate("fkscope::diff", "no longer deletes rows of %1").arg(names(b.lost));
            body += st.item(QCoreApplication::translate("fkscope::diff", "deleting %1 %2").arg(st.strong(qualifiedName(b.table)), parts.join(QStringLiteral("; "))));
        }
        out += st.heading(QCoreApplication::translate("fkscope::diff", "Delete blast radius")) + body;
    }
    if (!diff.warnings.isEmpty()) {
        QString body;
        for (const QString &warning : diff.warnings)
            body += st.item(warning);
        out += st.heading(QCoreApplication::translate("fkscope::diff", "Warnings")) + body;
    }
    return out;
}

} // namespace fkscope
