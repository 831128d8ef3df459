// SPDX-License-Identifier: Apache-2.0
#include "schemalint.h"

#include <QCoreApplication>

namespace fkscope {

QList<SchemaFinding> lintSchema(const SchemaGraph &graph)
{
    QList<SchemaFinding> out;
    for (ForeignKeyId id = 0; id < graph.foreignKeys().size(); ++id) {
        const ForeignKey &fk = graph.foreignKey(id);
        const Table &child = graph.table(fk.child);
        const QString where = QStringLiteral("%1 on %2").arg(displayIdentifier(fk.name), qualifiedName(child.ref()));
        if (child.kind != TableKind::ForeignTable && !graph.isIndexed(id))
            out.append({SchemaFinding::Kind::UnindexedForeignKey, fk.child, id,
                        QCoreApplication::translate("fkscope::Messages", "%1 (%2): no index on the referencing columns, so each parent delete scans "
                                       "the child table")
                            .arg(where, fk.columns.join(QStringLiteral(", ")))});
        if (fk.onDelete == FkAction::SetNull || fk.onDelete == FkAction::SetDefault) {
            for (const QString &col : fk.deleteSetColumns()) {
                const Column *c = child.column(col);
                if (!c)
                    continue;
                if (fk.onDelete == FkAction::SetNull && c->notNull)
                    out.append({SchemaFinding::Kind::SetNullOnNotNull, fk.child, id,
                                QCoreApplication::translate("fkscope::Messages", "%1: ON DELETE SET NULL on NOT NULL column %2 fails whenever a "
                                               "referenced row is deleted")
                                    .arg(where, displayIdentifier(col))});
                if (fk.onDelete == FkAction::SetDefault && !c->defaultExpr)
                    out.append({SchemaFinding::Kind::SetDefaultWithoutDefault, fk.child, id,
                                QCoreApplication::translate("fkscope::Messages", "%1: ON DELETE SET DEFAULT but column %2 has no default (it is "
                                               "set to NULL)")
                                    .arg(where, displayIdentifier(col))});
            }
        }
        if (!fk.validated)
            out.append({SchemaFinding::Kind::NotValidForeignKey, fk.child, id,
                        QCoreApplication::translate("fkscope::Messages", "%1 is NOT VALID: existing rows were never checked").arg(where)});
    }
    for (TableId id = 0; id < graph.tables().size(); ++id) {
        const Table &t = graph.table(id);
        if (t.external)
            continue;
        if (!t.triggers.isEmpty() || !t.rules.isEmpty()) {
            QStringList what;
            if (!t.triggers.isEmpty())
                what.append(QStringLiteral("triggers %1").arg(t.triggers.join(QStringLiteral(", "))));
            if (!t.rules.isEmpty())
                what.append(QStringLiteral("rules %1").arg(t.rules.join(QStringLiteral(", "))));
            out.append({SchemaFinding::Kind::TriggersOrRules, id, kInvalidId,
                        QCoreApplication::translate("fkscope::Messages", "%1 has %2: a delete can do more than its foreign keys say")
                            .arg(qualifiedName(t.ref()), what.join(QStringLiteral(" and ")))});
        }
        if (t.rowSecurity)
            out.append({SchemaFinding::Kind::RowLevelSecurity, id, kInvalidId,
                        QCoreApplication::translate("fkscope::Messages", "%1 has row-level security enabled").arg(qualifiedName(t.ref()))});
    }
    return out;
}

} // namespace fkscope
