// SPDX-License-Identifier: Apache-2.0
// Row grid benchmark (issue: impact panel). Generates one wide-ish table of N rows (default 20
// million; --rows N), then reads pages the way the impact panel does (PgLiveDatabase::fetchRows):
// the first page in key order, a page deep in the table, a page sorted by an unindexed column, a
// filtered page, and a sort cancelled after 300 ms. Prints each time and the client's peak memory,
// which must not grow with the table.
// Usage: bench_rowpage [--rows N]  (conninfo from FKSCOPE_BENCH_PG)
#include "core/error.h"
#include "pg/pgcatalogloader.h"
#include "pg/pglivedatabase.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>
#include <thread>

using namespace fkscope;

namespace {

void generate(const QString &conninfo, qint64 rows)
{
    pqxx::connection c(conninfo.toStdString());
    pqxx::nontransaction tx(c);
    const QString marker = QStringLiteral("fkscope bench rowpage v1 %1").arg(rows);
    const pqxx::result done = tx.exec("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = 'rowbench'");
    if (!done.empty() && !done[0][0].is_null() && QString::fromUtf8(done[0][0].c_str()) == marker) {
        std::printf("reusing rowbench.events (%lld rows)\n", static_cast<long long>(rows));
        return;
    }
    std::printf("generating rowbench.events with %lld rows ...\n", static_cast<long long>(rows));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    tx.exec(QStringLiteral(R"SQL(
DROP SCHEMA IF EXISTS rowbench CASCADE;
CREATE SCHEMA rowbench;
CREATE TABLE rowbench.events (id bigint PRIMARY KEY, kind text NOT NULL, amount numeric(12,2), payload text,
                              created_at timestamptz NOT NULL);
INSERT INTO rowbench.events
SELECT i, 'kind ' || (i % 17), (i % 100000) / 100.0, repeat(md5(i::text), 1 + (i % 3)::int),
       timestamptz '2020-01-01' + i * interval '1 second'
FROM generate_series(1::bigint, %1) i;
ANALYZE rowbench.events;
COMMENT ON SCHEMA rowbench IS '%2';
)SQL").arg(rows).arg(marker).toStdString());
    std::printf("generated in %.1f s\n", timer.elapsed() / 1000.0);
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 20000000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLongLong();
    }
    const QString conninfo = qEnvironmentVariable("FKSCOPE_BENCH_PG");
    if (conninfo.isEmpty()) {
        std::fprintf(stderr, "set FKSCOPE_BENCH_PG to a conninfo (scripts/bench.sh does)\n");
        return 2;
    }
    try {
        generate(conninfo, rows);
        PgLiveDatabase db(conninfo);
        LoadOptions options;
        options.includeSchemas = {QStringLiteral("rowbench")};
        const SchemaGraph graph = PgCatalogLoader(db.connection()).load(options);
        std::printf("rowbench.events: %lld rows (estimate %lld)\n", static_cast<long long>(rows),
                    static_cast<long long>(graph.table(graph.findTable(QStringLiteral("rowbench"), QStringLiteral("events"))).estimatedRows));

        auto timed = [&](const char *what, RowPageRequest request) {
            request.table = {QStringLiteral("rowbench"), QStringLiteral("events")};
            QElapsedTimer t;
            t.start();
            const RowPage page = db.fetchRows(graph, request, CancelToken());
            std::printf("  %-46s %8lld ms  (%lld rows, first key %s)\n", what, static_cast<long long>(t.elapsed()),
                        static_cast<long long>(page.cells.size()),
                        page.keyValues.isEmpty() ? "-" : qPrintable(page.keyValues.first().value(0)));
        };
        RowPageRequest r;
        timed("first page, key order", r);
        r.offset = 1000000;
        timed("page at offset 1,000,000, key order", r);
        r.offset = 0;
        r.descending = true;
        timed("first page, key order descending", r);
        r.descending = false;
        r.sortColumn = QStringLiteral("amount");
        r.descending = true;
        r.timeoutMs = 600000;
        timed("first page sorted by amount (no index)", r);
        r = RowPageRequest();
        r.filter = QStringLiteral("kind = 'kind 3' AND amount > 990");
        timed("filtered page (no index on the filter)", r);

        // Cancel: a sort over every row, stopped from another thread after 300 ms.
        RowPageRequest slow;
        slow.table = {QStringLiteral("rowbench"), QStringLiteral("events")};
        slow.sortColumn = QStringLiteral("payload");
        slow.timeoutMs = 600000;
        CancelToken cancel;
        QElapsedTimer t;
        t.start();
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.cancel();
        });
        try {
            db.fetchRows(graph, slow, cancel);
            std::printf("  cancelled sort: finished before the cancel (%lld ms)\n", static_cast<long long>(t.elapsed()));
        } catch (const Error &e) {
            std::printf("  %-46s %8lld ms  (%s)\n", "sort by payload, cancelled at 300 ms: returned", static_cast<long long>(t.elapsed()),
                        e.kind() == ErrorKind::Cancelled ? "cancelled on the server" : qPrintable(e.summary()));
        }
        canceller.join();
        timed("first page again on the same connection", RowPageRequest());
        std::printf("client peak RSS: %.1f MB\n", peakRssKb() / 1024.0);
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_rowpage: %s\n", qPrintable(e.fullText()));
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_rowpage: %s\n", e.what());
        return 1;
    }
    return 0;
}
