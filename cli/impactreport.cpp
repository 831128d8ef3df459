#include "impactreport.h"

#include "impact/impactreport.h"
#include "schema/schemagraph.h"

#include <QSet>

namespace fkscope::cli {

namespace {

QString sampleText(const QByteArray &json)
{
    if (json.isEmpty() || json == "[]")
        return QString();
    QString s = QString::fromUtf8(json);
    if (s.size() > 160)
        s = s.left(157) + QStringLiteral("...");
    return QStringLiteral(" e.g. ") + s;
}

QString arrow() { return QStringLiteral(" -> "); }

} // namespace

QString impactText(const ImpactResult &r, const QString &statement)
{
    QString out;
    out += statement + QLatin1Char('\n');
    out += QStringLiteral("%1 row(s) of %2 selected.\n").arg(r.rootRows).arg(qualifiedName(r.root));
    out += QStringLiteral("Outcome: %1\n").arg(outcomeHeadline(r).replace(QStringLiteral(": "), QStringLiteral(" - ")));
    if (!r.blockers.isEmpty()) {
        out += QStringLiteral("\nBlockers:\n");
        for (const ImpactBlocker &b : r.blockers) {
            const QString what = blockerSummary(b);
            out += QStringLiteral("  %1 %2: %3%4\n")
                       .arg(b.certain ? QStringLiteral("x") : QStringLiteral("?"), qualifiedName(b.table), what,
                            sampleText(b.sampleJson));
            if (!b.engineNames.isEmpty())
                out += QStringLiteral("      PostgreSQL may name it %1\n").arg(b.engineNames.join(QStringLiteral(", ")));
            out += QStringLiteral("      path: %1\n").arg(b.path.join(arrow()));
            out += QStringLiteral("      fix: %1\n").arg(blockerRemedy(b));
        }
    }
    out += r.outcome == ImpactOutcome::Allowed ? QStringLiteral("\nEffects:\n")
                                               : QStringLiteral("\nEffects (what the statement would touch before it fails):\n");
    for (const ImpactEffect &e : r.effects) {
        out += QStringLiteral("  %1: %2%3\n").arg(qualifiedName(e.table), effectCounts(e),
                                                  sampleText(e.sampleJson));
        for (const QStringList &p : e.paths) {
            if (!p.isEmpty())
                out += QStringLiteral("      via %1\n").arg(p.join(arrow()));
        }
    }
    if (!r.unknownTables.isEmpty()) {
        QStringList names;
        for (const TableRef &t : r.unknownTables)
            names << qualifiedName(t);
        out += QStringLiteral("\nUnknown (no SELECT privilege): %1\n").arg(names.join(QStringLiteral(", ")));
    }
    if (!r.warnings.isEmpty()) {
        out += QStringLiteral("\nWarnings:\n");
        for (const QString &w : r.warnings)
            out += QStringLiteral("  - %1\n").arg(w);
    }
    out += QStringLiteral("\nSimulated read-only in %1 ms; nothing was written.\n").arg(r.elapsedMs);
    return out;
}

QString verifyText(const ImpactResult &predicted, const ObservedDelete &observed)
{
    QString out = observed.onCopy ? QStringLiteral("\nVerification: the real DELETE ran on a temporary copy of the file.\n")
                                  : QStringLiteral("\nVerification: the real DELETE ran in a transaction and was rolled back.\n");
    const QString outcome = observedOutcome(observed);
    out += QStringLiteral("  outcome: predicted %1, observed %2\n").arg(toString(predicted.outcome), outcome);
    if (observed.failed || observed.failedAtCommit)
        out += QStringLiteral("  The database said: %1%2\n")
                   .arg(observed.error.message,
                        observed.error.detail.isEmpty() ? QString() : QStringLiteral(" (") + observed.error.detail + QLatin1Char(')'));
    if (!observed.failed) {
        out += QStringLiteral("  %1  %2  %3\n").arg(QStringLiteral("table"), -40).arg(QStringLiteral("deleted (pred/obs)"), -20)
                   .arg(QStringLiteral("updated (pred/obs)"));
        QSet<QString> seen;
        for (const ImpactEffect &e : predicted.effects) {
            const QString name = qualifiedName(e.table);
            seen.insert(name);
            out += QStringLiteral("  %1  %2  %3\n")
                       .arg(name, -40)
                       .arg(QStringLiteral("%1 / %2").arg(e.deleted).arg(observed.deleted.value(name)), -20)
                       .arg(QStringLiteral("%1 / %2").arg(e.updated).arg(observed.updated.value(name)));
        }
        for (auto it = observed.deleted.constBegin(); it != observed.deleted.constEnd(); ++it) {
            if (!seen.contains(it.key()))
                out += QStringLiteral("  %1  %2  %3\n")
                           .arg(it.key(), -40)
                           .arg(QStringLiteral("0 / %1").arg(it.value()), -20)
                           .arg(QStringLiteral("0 / %1").arg(observed.updated.value(it.key())));
        }
        out += QStringLiteral("  (observed updates count every row update, including rows later deleted and "
                              "updates made by triggers)\n");
    }
    return out;
}

} // namespace fkscope::cli
