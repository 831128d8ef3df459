// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "core/progress.h"
#include "impactrequest.h"
#include "impactresult.h"

namespace fkscope {

// The seam for delete simulation: one implementation per engine, each following its engine's own
// rules (trigger order, RESTRICT timing, deferral). Throws fkscope::Error.
class ImpactEngine
{
public:
    virtual ~ImpactEngine() = default;
    virtual ImpactResult simulate(const ImpactRequest &request, const CancelToken &cancel = CancelToken(),
                                  const ProgressFn &progress = {}) = 0;
};

} // namespace fkscope
