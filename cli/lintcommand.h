// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

// fkscope lint --db SOURCE [--json | --sarif] [--rule NAME]... [--fail-on info|warning|error] [-o FILE]
int runLintCommand(const QStringList &arguments);

} // namespace fkscope::cli
