// SPDX-License-Identifier: Apache-2.0
#include "impactreport.h"

#include "schema/schemagraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace fkscope {

// The translation context of these words (lupdate reads the ImpactReport::tr calls).
class ImpactReport
{
    Q_DECLARE_TR_FUNCTIONS(fkscope::ImpactReport)
};

namespace {


QString mdEscape(QString text)
{
    for (const char c : {'\\', '`', '*', '_', '|', '[', ']', '<', '>'})
        text.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
    return text;
}

QString code(const QString &text)
{
    // A code span whose fence is longer than any backtick run inside it.
    QString fence = QStringLiteral("`");
    while (text.contains(fence))
        fence += QLatin1Char('`');
    const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'));
    return fence + (pad ? QStringLiteral(" ") : QString()) + text + (pad ? QStringLiteral(" ") : QString()) + fence;
}

} // namespace

QString constraintPathText(const QStringList &path)
{
    QStringList parts;
    for (const QString &p : path)
        parts << displayIdentifier(p);
    return parts.join(QStringLiteral(" → "));
}

QString outcomeHeadline(const ImpactResult &r)
{
    switch (r.outcome) {
    case ImpactOutcome::Allowed:
        return ImpactReport::tr("ALLOWED: the DELETE would succeed.");
    case ImpactOutcome::Blocked:
        if (r.orderDependent()
            && std::none_of(r.blockers.begin(), r.blockers.end(), [](const ImpactBlocker &b) { return b.certain; }))
            return ImpactReport::tr("MAY BE BLOCKED: it depends on the order in which the engine visits rows.");
        return ImpactReport::tr("BLOCKED: the DELETE would fail.");
    case ImpactOutcome::BlockedAtCommit:
        return ImpactReport::tr("BLOCKED AT COMMIT: the DELETE succeeds, COMMIT fails (deferred constraint).");
    }
    return QString();
}

bool deletingFirstHelps(const ImpactBlocker &b)
{
    return b.kind == BlockerKind::Restrict || b.kind == BlockerKind::NoAction || b.kind == BlockerKind::DeferredNoAction;
}

QString blockerSummary(const ImpactBlocker &b)
{
    const QString rows = ImpactReport::tr("%n row(s)", nullptr, static_cast<int>(std::min<qint64>(b.rows, INT_MAX)));
    switch (b.kind) {
    case BlockerKind::Restrict:
    case BlockerKind::NoAction:
    case BlockerKind::DeferredNoAction:
        return ImpactReport::tr("%1 still reference deleted rows through %2 (%3)")
            .arg(rows, displayIdentifier(b.constraint), toString(b.kind));
    case BlockerKind::NotNull:
        return ImpactReport::tr("%1 would get NULL in NOT NULL column %2 (ON DELETE of %3)")
            .arg(rows, displayIdentifier(b.column), displayIdentifier(b.path.value(b.path.size() - 1)));
    case BlockerKind::Check:
        return ImpactReport::tr("%1 set NULL or to their default would fail CHECK %2").arg(rows, displayIdentifier(b.constraint));
    case BlockerKind::ForeignKeyRecheck:
        return ImpactReport::tr("%1 updated by two SET actions are re-checked and reference a deleted row through %2")
            .arg(rows, displayIdentifier(b.constraint));
    case BlockerKind::SetDefaultMissingParent:
        return ImpactReport::tr("%1 would be set to a default that references no remaining row (%2)")
            .arg(rows, displayIdentifier(b.constraint));
    case BlockerKind::CascadeTooDeep:
        return ImpactReport::tr("the cascade through %1 would nest more than 14 levels deep, past InnoDB's limit")
            .arg(displayIdentifier(b.constraint));
    case BlockerKind::ForeignKeyMismatch:
        return ImpactReport::tr("foreign key mismatch: %1 does not reference its parent's primary key or a unique index, so the "
                  "statement fails before it deletes anything")
            .arg(displayIdentifier(b.constraint));
    }
    return QString();
}

QString blockerRemedy(const ImpactBlocker &b)
{
    const QString table = qualifiedName(b.table);
    switch (b.kind) {
    case BlockerKind::Restrict:
    case BlockerKind::NoAction:
        return ImpactReport::tr("Delete those rows of %1 first (the deletion plan gives the order), or change %2 to ON DELETE "
                  "CASCADE or SET NULL.")
            .arg(table, displayIdentifier(b.constraint));
    case BlockerKind::DeferredNoAction:
        return ImpactReport::tr("Delete those rows of %1 in the same transaction before COMMIT, or change %2 to ON DELETE "
                  "CASCADE or SET NULL.")
            .arg(table, displayIdentifier(b.constraint));
    case BlockerKind::NotNull:
        return ImpactReport::tr("Make %1.%2 nullable, or change the rule to CASCADE, or delete those rows first.")
            .arg(table, displayIdentifier(b.column));
    case BlockerKind::Check:
        return ImpactReport::tr("Change CHECK %1 to allow the nulled value, or change the rule, or delete those rows first.")
            .arg(displayIdentifier(b.constraint));
    case BlockerKind::ForeignKeyRecheck:
        return ImpactReport::tr("Delete or fix those rows of %1 first, so that no row is updated by two SET actions.").arg(table);
    case BlockerKind::SetDefaultMissingParent:
        return ImpactReport::tr("Make sure the default value of %1 references a row that stays, or change the rule.")
            .arg(displayIdentifier(b.constraint));
    case BlockerKind::CascadeTooDeep:
        return ImpactReport::tr("Delete the rows of %1 first, or in smaller groups from the deep end of the chain, so that "
                                "no cascade nests 15 levels deep.")
            .arg(table);
    case BlockerKind::ForeignKeyMismatch:
        return ImpactReport::tr("Give the parent columns of %1 a PRIMARY KEY or UNIQUE constraint (SQLite needs one), or make "
                  "the foreign key reference the parent's primary key.")
            .arg(displayIdentifier(b.constraint));
    }
    return QString();
}

QString effectCounts(const ImpactEffect &e)
{
    QStringList counts;
    if (e.deleted)
        counts << ImpactReport::tr("deleted %1").arg(e.deleted);
    if (e.setNull)
        counts << ImpactReport::tr("set NULL %1").arg(e.setNull);
    if (e.setDefault)
        counts << ImpactReport::tr("set DEFAULT %1").arg(e.setDefault);
    return counts.join(QStringLiteral(", "));
}

QStringList planNotes(const ImpactResult &result)
{
    QStringList notes;
    for (const ImpactBlocker &b : result.blockers) {
        if (!deletingFirstHelps(b))
            notes << ImpactReport::tr("this plan still fails: %1 rows of %2 break %3 %4 when their parent goes; change the rule or "
                        "the rows first")
                         .arg(b.rows)
                         .arg(qualifiedName(b.table), toString(b.kind),
                              b.kind == BlockerKind::NotNull ? b.column : b.constraint);
    }
    return notes + result.warnings;
}

QString firstErrorLine(const ImpactResult &r)
{
    if (!r.firstError)
        return QString();
    return ImpactReport::tr("The server would stop with error %1 (%2): %3")
        .arg(r.firstError->code, displayIdentifier(r.firstError->constraint), r.firstError->message);
}

QString observedOutcome(const ObservedDelete &observed)
{
    return observed.failed ? QStringLiteral("blocked")
           : observed.failedAtCommit ? QStringLiteral("blocked_at_commit")
                                     : QStringLiteral("allowed");
}

QString toMarkdown(const ImpactResult &r, const QString &statement)
{
    QString md;
    md += ImpactReport::tr("# Delete impact: %1").arg(mdEscape(qualifiedName(r.root))) + QStringLiteral("\n\n");
    md += QStringLiteral("```sql\n%1\n```\n\n").arg(statement);
    md += QStringLiteral("**%1**\n\n").arg(mdEscape(outcomeHeadline(r)));
    if (r.firstError)
        md += ImpactReport::tr("The server would stop with error %1 (%2):").arg(r.firstError->code, code(r.firstError->constraint))
            + QStringLiteral("\n\n    %1\n\n").arg(r.firstError->message);
    md += ImpactReport::tr("%n row(s) of %1 selected; simulated read-only on %2 in %3 ms, nothing was written.", nullptr,
                           static_cast<int>(std::min<qint64>(r.rootRows, INT_MAX)))
              .arg(code(qualifiedName(r.root)), r.engine)
              .arg(r.elapsedMs)
        + QStringLiteral("\n\n");
    if (!r.blockers.isEmpty()) {
        md += ImpactReport::tr("## Blockers") + QStringLiteral("\n\n");
        md += QStringLiteral("| | %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---:|---|\n")
                  .arg(ImpactReport::tr("table"), ImpactReport::tr("constraint"), ImpactReport::tr("kind"), ImpactReport::tr("rows"), ImpactReport::tr("path"));
        for (const ImpactBlocker &b : r.blockers)
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                      .arg(b.certain ? QStringLiteral("✗") : QStringLiteral("?"), code(qualifiedName(b.table)),
                           code(b.kind == BlockerKind::NotNull ? b.column : b.constraint), toString(b.kind))
                      .arg(b.rows)
                      .arg(mdEscape(constraintPathText(b.path)));
        md += QLatin1Char('\n');
        for (const ImpactBlocker &b : r.blockers) {
            md += QStringLiteral("- %1. %2").arg(mdEscape(blockerSummary(b)), mdEscape(blockerRemedy(b)));
            if (!b.certain)
                md += QLatin1Char(' ') + ImpactReport::tr("(Order-dependent: these rows may or may not block.)");
            if (!b.sampleJson.isEmpty() && b.sampleJson != "[]")
                md += QStringLiteral("\n  %1 %2").arg(ImpactReport::tr("Sample rows:"), code(QString::fromUtf8(b.sampleJson)));
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }
    md += (r.outcome == ImpactOutcome::Allowed ? ImpactReport::tr("## Effects") : ImpactReport::tr("## Effects before the statement fails"))
        + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---:|---:|---:|---|\n")
              .arg(ImpactReport::tr("table"), ImpactReport::tr("deleted"), ImpactReport::tr("set NULL"), ImpactReport::tr("set DEFAULT"), ImpactReport::tr("via"));
    for (const ImpactEffect &e : r.effects) {
        QStringList via;
        for (const QStringList &p : e.paths) {
            if (!p.isEmpty())
                via << mdEscape(constraintPathText(p));
        }
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(code(qualifiedName(e.table)))
                  .arg(e.deleted)
                  .arg(e.setNull)
                  .arg(e.setDefault)
                  .arg(via.isEmpty() ? ImpactReport::tr("(the statement)") : via.join(QStringLiteral("<br>")));
    }
    if (!r.unknownTables.isEmpty()) {
        QStringList names;
        for (const TableRef &t : r.unknownTables)
            names << code(qualifiedName(t));
        md += QStringLiteral("\n") + ImpactReport::tr("## Unknown (no SELECT privilege)") + QStringLiteral("\n\n")
            + names.join(QStringLiteral(", ")) + QStringLiteral("\n");
    }
    if (!r.warnings.isEmpty()) {
        md += QStringLiteral("\n") + ImpactReport::tr("## Warnings") + QStringLiteral("\n\n");
        for (const QString &w : r.warnings)
            md += QStringLiteral("- %1\n").arg(mdEscape(w));
    }
    return md;
}

} // namespace fkscope
