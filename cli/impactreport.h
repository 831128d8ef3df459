// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactresult.h"
#include "impact/observeddelete.h"

#include <QString>

namespace fkscope::cli {

// The human-readable impact report (stdout of `fkscope impact` without --json).
QString impactText(const ImpactResult &result, const QString &statement);
// Observed (from --verify) beside predicted, per table.
QString verifyText(const ImpactResult &predicted, const ObservedDelete &observed);

} // namespace fkscope::cli
