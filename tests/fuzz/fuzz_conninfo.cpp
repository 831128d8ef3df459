// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: cleaning a typed or pasted connection string of its password before it is
// remembered. Cleaning what was cleaned changes nothing.
#include "source/conninfo.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString cleaned = fkscope::conninfoWithoutPassword(input);
    if (!cleaned.isEmpty()) {
        const QString again = fkscope::conninfoWithoutPassword(cleaned);
        if (again != cleaned) {
            std::fprintf(stderr, "cleaned: [%s]\nagain:   [%s]\n", qPrintable(cleaned), qPrintable(again));
            std::abort();
        }
    }
    return 0;
}
