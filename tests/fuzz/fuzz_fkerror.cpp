// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a pasted foreign-key error message (fkscope explain, the window's paste box).
// Reading it never crashes, and what it reads holds together: a key has one value per column, a
// PostgreSQL or MySQL message names its constraint or none at all, SQLite's never does.
#include "explain/fkerrormessage.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString problem;
    const std::optional<fkscope::FkErrorMessage> m = fkscope::parseFkError(input, &problem);
    if (!m) {
        if (problem.isEmpty()) {
            std::fprintf(stderr, "input: [%s]\nrefused without a reason\n", qPrintable(input));
            std::abort();
        }
        return 0;
    }
    if (m->keyColumns.size() != m->keyValues.size() || !m->recognized()
        || (m->engine == fkscope::FkErrorMessage::Engine::PostgreSQL && m->constraint.isEmpty())
        || (m->engine == fkscope::FkErrorMessage::Engine::SQLite && !m->constraint.isEmpty())) {
        std::fprintf(stderr, "input: [%s]\ninconsistent reading\n", qPrintable(input));
        std::abort();
    }
    return 0;
}
