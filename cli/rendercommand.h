// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace fkscope::cli {

// fkscope render --db SOURCE [--schema P]... [--focus TABLE [--hops N] | --blast-radius TABLE] -o FILE
// Needs a QApplication (the offscreen platform works without a display).
int runRenderCommand(const QStringList &arguments);

} // namespace fkscope::cli
