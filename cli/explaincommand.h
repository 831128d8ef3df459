// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

// fkscope explain --db SOURCE [--json] [--statement SQL] (MESSAGE | --message-file F | -)
int runExplainCommand(const QStringList &arguments);

} // namespace fkscope::cli
