// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

// True when argv[1] names a headless subcommand (or --help / --version).
bool isCommandLine(const QStringList &arguments);

// Runs a subcommand; `arguments` includes the program name. Returns the process exit code:
// 0 done, 2 bad usage, 3 cannot connect or authenticate, 4 other database error, 5 bad input file.
int run(const QStringList &arguments);

} // namespace fkscope::cli
