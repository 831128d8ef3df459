// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

// fkscope schema --db SOURCE [--schema PATTERN]... (--json | --summary) [-o FILE]
int runSchemaCommand(const QStringList &arguments);

} // namespace fkscope::cli
