// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

// fkscope impact --db CONNINFO --table NAME (--key COL=VALUE... | --where SQL) [--json] [--samples N]
//                [--timeout S] [--verify]
int runImpactCommand(const QStringList &arguments);

} // namespace fkscope::cli
