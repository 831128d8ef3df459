// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the SQLite CREATE TABLE reader (DDL stored in a file someone else wrote).
#include "core/error.h"
#include "sqlite/sqliteddl.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        (void)fkscope::parseCreateTable(QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    } catch (const fkscope::Error &) {
    }
    return 0;
}
