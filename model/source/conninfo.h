// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace fkscope {

// A source as it may be remembered (recent sources, connection profiles): a conninfo string or URI
// without its password, every other part as it was written; files and the demo unchanged. An empty
// string when it cannot be cleaned for sure (not something libpq would read): then nothing is
// remembered. Reads text typed or pasted by users: fuzzed (tests/fuzz/fuzz_conninfo).
QString conninfoWithoutPassword(const QString &conninfo);

} // namespace fkscope
