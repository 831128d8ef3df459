// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impactresult.h"
#include "observeddelete.h"

#include <QString>
#include <QStringList>

namespace fkscope {

// Words for results, shared by the CLI report, the Markdown export and the window, so that all of
// them say the same thing. Translatable (context "fkscope::ImpactReport").

// "BLOCKED: the DELETE would fail." and its variants (order-dependent, deferred).
QString outcomeHeadline(const ImpactResult &result);
// What a blocker is: "3 rows still reference deleted rows through fk_x (restrict)".
QString blockerSummary(const ImpactBlocker &blocker);
// What the user can do about it.
QString blockerRemedy(const ImpactBlocker &blocker);
// An FK path from the root, "fk_a → fk_b", identifiers quoted where SQL needs it.
QString constraintPathText(const QStringList &path);
// "deleted 12, set NULL 3"
QString effectCounts(const ImpactEffect &effect);
// True when deleting more rows first would remove the blocker (RESTRICT / NO ACTION kinds).
bool deletingFirstHelps(const ImpactBlocker &blocker);
// Notes a deletion plan carries for blockers that deleting cannot fix, plus the engine's warnings.
QStringList planNotes(const ImpactResult &result);
// "The server would stop with error 1451: Cannot delete ..." for a blocked result; empty otherwise.
QString firstErrorLine(const ImpactResult &result);
// The outcome the verification observed: "allowed", "blocked" or "blocked_at_commit".
QString observedOutcome(const ObservedDelete &observed);

// The whole result as a Markdown document (headline, blockers, effects, unknown tables, warnings).
QString toMarkdown(const ImpactResult &result, const QString &statement);

} // namespace fkscope
