// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the PostgreSQL DDL reader (schema dumps and migrations written by others, parsed
// by libpg_query, PostgreSQL 15's own grammar). Any input either applies or throws fkscope::Error;
// the graph it gives survives the snapshot round trip unchanged, and the same text applied again as
// a migration on that graph (every CREATE now collides, every ALTER finds its table) applies or
// throws too.
#include "core/error.h"
#include "pg/pgddlreader.h"
#include "snapshot/snapshot.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace fkscope;
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    SchemaGraph graph;
    try {
        PgDdlReader reader{SchemaGraph()};
        reader.apply(text, QStringLiteral("fuzz.sql"));
        graph = reader.graph();
    } catch (const Error &) {
        return 0; // refused with a message: what bad input must get
    }
    (void)graph.stats();
    for (TableId t = 0; t < graph.tables().size(); ++t)
        (void)graph.cascadeClosure(t);
    const SchemaGraph again = snapshot::read(snapshot::write(graph)); // throws (a finding) if it cannot
    if (!(again == graph))
        std::abort(); // the round trip lost or changed something
    try {
        PgDdlReader migration(graph);
        migration.apply(text, QStringLiteral("fuzz.sql"));
        (void)migration.graph().stats();
    } catch (const Error &) {
    }
    return 0;
}
