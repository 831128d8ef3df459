// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

// fkscope plan --db CONNINFO --table NAME (--key COL=VALUE... | --where SQL): prints a deletion script.
int runPlanCommand(const QStringList &arguments);

} // namespace fkscope::cli
