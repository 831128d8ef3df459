// SPDX-License-Identifier: Apache-2.0
#include "detailsview.h"

#include <array>

namespace fkscope {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString fkLine(const SchemaGraph &g, ForeignKeyId id, bool outgoing)
{
    const ForeignKey &fk = g.foreignKey(id);
    const QString other = qualifiedName(g.table(outgoing ? fk.parent : fk.child).ref());
    return QStringLiteral("<li><b>%1</b> %2 %3 (%4)<br><small>ON DELETE %5 · ON UPDATE %6%7%8</small></li>")
        .arg(esc(fk.name), outgoing ? QStringLiteral("→") : QStringLiteral("←"), esc(other),
             esc(fk.columns.join(QStringLiteral(", "))), toSql(fk.onDelete), toSql(fk.onUpdate),
             fk.deferrable ? QStringLiteral(" · DEFERRABLE") : QString(), fk.validated ? QString() : QStringLiteral(" · NOT VALID"));
}

} // namespace

DetailsView::DetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Details"));
    showNothing();
}

void DetailsView::showNothing()
{
    setHtml(tr("<p>Select a table or a foreign key to see its details.</p>"));
}

void DetailsView::showTable(const SchemaGraph &g, TableId id)
{
    const Table &t = g.table(id);
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(qualifiedName(t.ref())));
    if (!t.comment.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(t.comment));
    html += QStringLiteral("<p>%1</p>").arg(t.estimatedRows >= 0 ? tr("about %1 rows").arg(t.estimatedRows) : tr("never analyzed"));
    html += QStringLiteral("<table cellspacing=4>");
    for (const Column &c : t.columns)
        html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(t.primaryKey.contains(c.name) ? QStringLiteral("<b>PK</b> ") : QString(), esc(c.name), esc(c.type),
                         c.notNull ? QStringLiteral("NOT NULL") : QString());
    html += QStringLiteral("</table>");
    // A hub is referenced by thousands of FKs: the list shows the first kListed, after a count by
    // rule (a rich-text list of 9,000 lines takes the GUI thread seconds to lay out).
    constexpr int kListed = 50;
    auto section = [&](const QString &heading, const QList<ForeignKeyId> &fks, bool outgoing) {
        if (fks.isEmpty())
            return;
        html += heading;
        if (fks.size() > kListed) {
            std::array<int, 5> byRule{};
            for (ForeignKeyId fk : fks)
                ++byRule[static_cast<int>(g.foreignKey(fk).onDelete)];
            QStringList parts;
            for (FkAction a : {FkAction::Cascade, FkAction::SetNull, FkAction::SetDefault, FkAction::Restrict, FkAction::NoAction}) {
                if (byRule[static_cast<int>(a)])
                    parts << QStringLiteral("%1 %2").arg(toSql(a)).arg(byRule[static_cast<int>(a)]);
            }
            html += QStringLiteral("<p>%1</p>").arg(esc(parts.join(QStringLiteral(" · "))));
        }
        html += QStringLiteral("<ul>");
        for (int i = 0; i < std::min<qsizetype>(fks.size(), kListed); ++i)
            html += fkLine(g, fks[i], outgoing);
        if (fks.size() > kListed)
            html += QStringLiteral("<li>%1</li>").arg(tr("... and %n more", nullptr, static_cast<int>(fks.size() - kListed)));
        html += QStringLiteral("</ul>");
    };
    section(tr("<h4>References (%1)</h4>").arg(g.outgoing(id).size()), g.outgoing(id), true);
    section(tr("<h4>Referenced by (%1)</h4>").arg(g.incoming(id).size()), g.incoming(id), false);
    if (!t.checks.isEmpty()) {
        html += tr("<h4>Checks</h4><ul>");
        for (const CheckConstraint &c : t.checks)
            html += QStringLiteral("<li><b>%1</b> %2%3</li>").arg(esc(c.name), esc(c.expression),
                                                               c.validated ? QString() : QStringLiteral(" (NOT VALID)"));
        html += QStringLiteral("</ul>");
    }
    if (!t.triggers.isEmpty())
        html += tr("<p>Triggers: %1</p>").arg(esc(t.triggers.join(QStringLiteral(", "))));
    setHtml(html);
}

void DetailsView::showForeignKey(const SchemaGraph &g, ForeignKeyId id)
{
    const ForeignKey &fk = g.foreignKey(id);
    setHtml(QStringLiteral("<h3>%1</h3><p>%2 (%3)<br>→ %4 (%5)</p><p>ON DELETE <b>%6</b><br>ON UPDATE %7<br>MATCH %8<br>%9<br>%10</p>")
                .arg(esc(fk.name), esc(qualifiedName(g.table(fk.child).ref())), esc(fk.columns.join(QStringLiteral(", "))),
                     esc(qualifiedName(g.table(fk.parent).ref())), esc(fk.refColumns.join(QStringLiteral(", "))),
                     toSql(fk.onDelete), toSql(fk.onUpdate), toString(fk.match).toUpper(),
                     fk.deferrable ? (fk.deferred ? tr("DEFERRABLE INITIALLY DEFERRED") : tr("DEFERRABLE")) : tr("NOT DEFERRABLE"))
                .arg(fk.validated ? tr("validated") : tr("NOT VALID")));
}

} // namespace fkscope
