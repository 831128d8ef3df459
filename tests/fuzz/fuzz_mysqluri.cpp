// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a typed or pasted mysql:// / mariadb:// URI. Reading it never crashes; what it
// reads, written again without the password (as profiles keep it), reads back to the same parts
// and has no password.
#include "core/error.h"
#include "source/mysqluri.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    fkscope::MysqlUri uri;
    try {
        uri = fkscope::MysqlUri::parse(input);
    } catch (const fkscope::Error &) {
        return 0;
    }
    const QString shown = uri.display();
    fkscope::MysqlUri again;
    try {
        again = fkscope::MysqlUri::parse(shown);
    } catch (const fkscope::Error &e) {
        std::fprintf(stderr, "input: [%s]\nshown: [%s]\ndoes not read back: %s\n", qPrintable(input), qPrintable(shown), e.what());
        std::abort();
    }
    const QString host = uri.host.isEmpty() ? QStringLiteral("localhost") : uri.host;
    if (again.user != uri.user || again.host != host || again.port != uri.port || again.database != uri.database
        || again.socket != uri.socket || again.password.has_value()) {
        std::fprintf(stderr, "input: [%s]\nshown: [%s]\nreads back differently\n", qPrintable(input), qPrintable(shown));
        std::abort();
    }
    return 0;
}
