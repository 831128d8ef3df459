// SPDX-License-Identifier: Apache-2.0
#include "comparisonmarks.h"

#include <QCoreApplication>

namespace fkscope {

QString changeSummary(const SchemaGraph &from, const SchemaGraph &to, const FkChange &c, bool shownIsTo)
{
    switch (c.kind) {
    case FkChangeKind::Added:
        return shownIsTo ? QCoreApplication::translate("fkscope::ComparisonMarks", "new") : QCoreApplication::translate("fkscope::ComparisonMarks", "added by the migration");
    case FkChangeKind::Removed:
        return shownIsTo ? QCoreApplication::translate("fkscope::ComparisonMarks", "removed") : QCoreApplication::translate("fkscope::ComparisonMarks", "dropped by the migration");
    case FkChangeKind::Changed:
    case FkChangeKind::Renamed:
        break;
    }
    const ForeignKey &a = from.foreignKey(c.from), &b = to.foreignKey(c.to);
    QStringList parts;
    // SQL keywords stay as SQL spells them, in every language.
    if (c.fields.contains(QLatin1String("on_delete")))
        parts << QStringLiteral("%1 → %2").arg(toSql(a.onDelete), toSql(b.onDelete));
    if (c.fields.contains(QLatin1String("on_update")))
        parts << QStringLiteral("ON UPDATE %1 → %2").arg(toSql(a.onUpdate), toSql(b.onUpdate));
    if (c.kind == FkChangeKind::Renamed)
        parts << (shownIsTo ? QCoreApplication::translate("fkscope::ComparisonMarks", "renamed from %1").arg(a.name)
                            : QCoreApplication::translate("fkscope::ComparisonMarks", "renamed to %1").arg(b.name));
    QStringList others;
    for (const QString &f : c.fields) {
        if (f != QLatin1String("on_delete") && f != QLatin1String("on_update") && f != QLatin1String("name"))
            others << f;
    }
    if (!others.isEmpty())
        parts << QCoreApplication::translate("fkscope::ComparisonMarks", "changed: %1").arg(others.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

ComparisonMarks comparisonMarks(const SchemaGraph &from, const SchemaGraph &to, const SchemaDiff &diff, bool shownIsTo)
{
    ComparisonMarks marks;
    const SchemaGraph &shown = shownIsTo ? to : from;
    const SchemaGraph &other = shownIsTo ? from : to;
    for (const FkChange &c : diff.foreignKeys) {
        const ForeignKeyId here = shownIsTo ? c.to : c.from;
        const ForeignKeyId there = shownIsTo ? c.from : c.to;
        const QString summary = changeSummary(from, to, c, shownIsTo);
        if (here != kInvalidId) {
            marks.labels.insert(here, {summary, c.kind == FkChangeKind::Added && shownIsTo});
            continue;
        }
        // Only the other side has it: a ghost between the shown graph's tables, when both exist.
        const ForeignKey &fk = other.foreignKey(there);
        const TableId child = shown.findTable(other.table(fk.child).ref()), parent = shown.findTable(other.table(fk.parent).ref());
        if (child == kInvalidId || parent == kInvalidId)
            continue;
        marks.ghosts << GhostKey{child, parent, fk.onDelete, QStringLiteral("%1: %2 (%3)").arg(summary, fk.name, toSql(fk.onDelete))};
    }
    return marks;
}

} // namespace fkscope
