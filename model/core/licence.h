// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace fkscope {

// fkscope's licence and the libraries the binary links with theirs, in one paragraph (for
// `--version` and the About box; the full texts are in LICENSE and THIRD_PARTY_NOTICES).
QString licenceSummary();

} // namespace fkscope
