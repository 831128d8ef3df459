// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

namespace fkscope {

// Called by long operations between steps: `done` of `total` steps, and what is being done now.
using ProgressFn = std::function<void(int done, int total, const QString &step)>;

} // namespace fkscope
