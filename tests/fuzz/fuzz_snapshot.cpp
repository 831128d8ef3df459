// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the snapshot reader (JSON written by others). Any input either reads or throws
// fkscope::Error; a snapshot that reads writes back to one that reads again to the same graph.
#include "core/error.h"
#include "snapshot/snapshot.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace fkscope;
    SchemaGraph graph;
    try {
        graph = snapshot::read(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    } catch (const Error &) {
        return 0; // refused with a message: what bad input must get
    }
    (void)graph.stats();
    for (TableId t = 0; t < graph.tables().size(); ++t)
        (void)graph.cascadeClosure(t);
    const SchemaGraph again = snapshot::read(snapshot::write(graph)); // throws (a finding) if it cannot
    if (!(again == graph))
        std::abort(); // the round trip lost or changed something
    return 0;
}
