// SPDX-License-Identifier: Apache-2.0
#include "impactreport.h"

#include "impact/impactreport.h"
#include "schema/schemagraph.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <climits>

namespace fkscope::cli {

namespace {

QString sampleText(const QByteArray &json)
{
    if (json.isEmpty() || json == "[]")
        return QString();
    QString s = QString::fromUtf8(json);
    if (s.size() > 160)
        s = s.left(157) + QStringLiteral("...");
    return QCoreApplication::translate("fkscope::cli", " e.g. %1").arg(s);
}

QString arrow() { return QStringLiteral(" -> "); }

} // namespace

QString impactText(const ImpactResult &r, const QString &statement)
{
    QString out;
    out += statement + QLatin1Char('\n');
    // (lupdate cannot read a cast in translate()'s count argument: it is computed first.)
    const int rootRows = static_cast<int>(std::min<qint64>(r.rootRows, INT_MAX));
    out += QCoreApplication::translate("fkscope::cli", "%n row(s) of %1 selected.\n", nullptr, rootRows).arg(qualifiedName(r.root));
    out += QCoreApplication::translate("fkscope::cli", "Outcome: %1\n").arg(outcomeHeadline(r).replace(QStringLiteral(": "), QStringLiteral(" - ")));
    if (const QString first = firstErrorLine(r); !first.isEmpty())
        out += first + QLatin1Char('\n');
    if (!r.blockers.isEmpty()) {
        out += QCoreApplication::translate("fkscope::cli", "\nBlockers:\n");
        for (const ImpactBlocker &b : r.blockers) {
            const QString what = blockerSummary(b);
            out += QStringLiteral("  %1 %2: %3%4\n")
                       .arg(b.certain ? QStringLiteral("x") : QStringLiteral("?"), qualifiedName(b.table), what,
                            sampleText(b.sampleJson));
            if (!b.engineNames.isEmpty())
                out += QCoreApplication::translate("fkscope::cli", "      PostgreSQL may name it %1\n").arg(b.engineNames.join(QStringLiteral(", ")));
            out += QCoreApplication::translate("fkscope::cli", "      path: %1\n").arg(b.path.join(arrow()));
            out += QCoreApplication::translate("fkscope::cli", "      fix: %1\n").arg(blockerRemedy(b));
        }
    }
    out += r.outcome == ImpactOutcome::Allowed ? QCoreApplication::translate("fkscope::cli", "\nEffects:\n")
                                               : QCoreApplication::translate("fkscope::cli", "\nEffects (what the statement would touch before it fails):\n");
    for (const ImpactEffect &e : r.effects) {
        out += QStringLiteral("  %1: %2%3\n").arg(qualifiedName(e.table), effectCounts(e),
                                                  sampleText(e.sampleJson));
        for (const QStringList &p : e.paths) {
            if (!p.isEmpty())
                out += QCoreApplication::translate("fkscope::cli", "      via %1\n").arg(p.join(arrow()));
        }
    }
    if (!r.unknownTables.isEmpty()) {
        QStringList names;
        for (const TableRef &t : r.unknownTables)
            names << qualifiedName(t);
        out += QCoreApplication::translate("fkscope::cli", "\nUnknown (no SELECT privilege): %1\n").arg(names.join(QStringLiteral(", ")));
    }
    if (!r.warnings.isEmpty()) {
        out += QCoreApplication::translate("fkscope::cli", "\nWarnings:\n");
        for (const QString &w : r.warnings)
            out += QStringLiteral("  - %1\n").arg(w);
    }
    out += QCoreApplication::translate("fkscope::cli", "\nSimulated read-only in %1 ms; nothing was written.\n").arg(r.elapsedMs);
    return out;
}

QString verifyText(const ImpactResult &predicted, const ObservedDelete &observed)
{
    QString out = observed.onCopy ? QCoreApplication::translate("fkscope::cli", "\nVerification: the real DELETE ran on a temporary copy of the file.\n")
                                  : QCoreApplication::translate("fkscope::cli", "\nVerification: the real DELETE ran in a transaction and was rolled back.\n");
    const QString outcome = observedOutcome(observed);
    out += QCoreApplication::translate("fkscope::cli", "  outcome: predicted %1, observed %2\n").arg(toString(predicted.outcome), outcome);
    if (observed.failed || observed.failedAtCommit)
        out += QCoreApplication::translate("fkscope::cli", "  The database said: %1%2\n")
                   .arg(observed.error.message,
                        observed.error.detail.isEmpty() ? QString() : QStringLiteral(" (") + observed.error.detail + QLatin1Char(')'));
    if (!observed.failed) {
        out += QStringLiteral("  %1  %2  %3\n").arg(QCoreApplication::translate("fkscope::cli", "table"), -40).arg(QCoreApplication::translate("fkscope::cli", "deleted (pred/obs)"), -20)
                   .arg(QCoreApplication::translate("fkscope::cli", "updated (pred/obs)"));
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
        out += QCoreApplication::translate("fkscope::cli", "  (observed updates count every row update, including rows later deleted and "
                              "updates made by triggers)\n");
    }
    return out;
}

} // namespace fkscope::cli
