// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

int runDiffCommand(const QStringList &arguments);

} // namespace fkscope::cli
