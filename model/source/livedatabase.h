// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "core/progress.h"
#include "diff/fkviolations.h"
#include "impact/impactrequest.h"
#include "impact/impactresult.h"
#include "impact/observeddelete.h"
#include "schema/schemagraph.h"
#include "sourcespec.h"

#include <QList>
#include <QMetaType>
#include <QVariant>

#include <memory>
#include <optional>

namespace fkscope {

// One page of a table's rows, for picking what to delete.
struct RowPageRequest
{
    TableRef table;
    QString filter; // a predicate in the engine's SQL (the user's own), run read-only; empty: all rows
    QString sortColumn; // empty: key order
    bool descending = false;
    qint64 offset = 0;
    int limit = 100;
    int maxTextLength = 200; // longer values are cut on the server
    int timeoutMs = 30000;
};

struct RowPage
{
    TableRef table;
    QStringList columns;
    QList<QVariantList> cells; // per row, per column: QString, or a null QVariant for NULL
    // The key that identifies a row (primary key, else a unique key of NOT NULL columns); empty
    // when the table has none, and rows can then only be chosen with a WHERE.
    QStringList keyColumns;
    QList<QStringList> keyValues; // per row, the key's values in full (never cut)
    qint64 offset = 0;
    bool hasMore = false;
    qint64 estimatedTotal = -1; // the catalog's estimate for the unfiltered table; -1 unknown
    qint64 elapsedMs = 0;
};

// A live database that rows can be read from and deletes simulated on: the seam the window (and
// later the CLI) uses so that PostgreSQL, SQLite and MySQL look the same from above. Every method
// may throw fkscope::Error and runs on the caller's thread; one object is used by one thread at a
// time. Cancelling the token stops a running statement on the server.
class LiveDatabase
{
public:
    virtual ~LiveDatabase() = default;

    virtual QString engineName() const = 0;
    // The whole FK graph (every schema: cascades cross schemas).
    virtual SchemaGraph loadGraph(const LoadOptions &options) = 0;
    // A table name as the user writes it in the engine's SQL (quoting, case rules, search_path).
    // Throws Error(BadInput) when there is no such table.
    virtual TableRef resolveTable(const SchemaGraph &graph, const QString &name) = 0;
    // `graph` is a full load of the same database.
    virtual RowPage fetchRows(const SchemaGraph &graph, const RowPageRequest &request, const CancelToken &cancel) = 0;
    // The foreign keys whose rows violate them now, with the count of such rows; nothing when the
    // engine cannot say cheaply (SQLite can: its checks are off by default, so files hold them).
    virtual std::optional<QList<QPair<ForeignKeyId, qint64>>> currentViolations(const SchemaGraph &graph, const CancelToken &cancel)
    {
        Q_UNUSED(graph);
        Q_UNUSED(cancel);
        return std::nullopt;
    }
    // How many rows of `request.table` the request's conditions (keys, WHERE) select; read-only.
    // Explaining an insert-side error asks whether a key exists, in the parent and elsewhere.
    virtual qint64 countRows(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel) = 0;
    // The rows of `draft.child` that a foreign key like `draft` would reject now (read-only, one
    // statement: violationQuery), with up to `sampleLimit` of their keys. `graph` is a load of this
    // database; throws Error(BadArgument) when it lacks the draft's tables or columns.
    // Checks the draft and times the count; the engine runs the statement (runViolationQuery).
    FkViolations countViolations(const SchemaGraph &graph, const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs,
                                 const CancelToken &cancel);
    virtual ImpactResult simulate(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel,
                                  const ProgressFn &progress) = 0;
    // WRITES: runs the real DELETE in a transaction that is always rolled back. Only on the user's
    // explicit, confirmed request.
    virtual ObservedDelete verifyDelete(const SchemaGraph &graph, const ImpactRequest &request,
                                        const CancelToken &cancel) = 0;
    // The reviewable deletion script (see buildDeletePlan); `impact` is the simulation of the same request.
    virtual QString deletePlan(const SchemaGraph &graph, const ImpactRequest &request, const ImpactResult &impact) = 0;

protected:
    // Runs violationQuery for `draft` (already checked against the database's graph) and reads its
    // rows into `out` (readViolations).
    virtual void runViolationQuery(const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs, const CancelToken &cancel,
                                   FkViolations &out) = 0;
};

// Connects to a live source. Throws Error(Unsupported) for sources that are not databases (snapshots).
std::unique_ptr<LiveDatabase> openLiveDatabase(const SourceSpec &spec);

// Checks a row-page request against the graph and fills the page's table, offset, key columns and
// estimate. Throws Error(BadArgument) for an unknown table or sort column.
const Table &startRowPage(const SchemaGraph &graph, const RowPageRequest &request, RowPage &page);

// Fills `page` from a result whose rows hold the table's `width` columns, then the page's key
// columns: `next()` steps to the next row (false at the end), `cell(i)` reads column i (a null
// QVariant for NULL), `text(i)` a key value in full. Reads at most request.limit rows, and one more
// only to tell hasMore. Shared by every engine's fetchRows.
template<typename Next, typename Cell, typename Text>
void fillRowPage(RowPage &page, const RowPageRequest &request, int width, Next &&next, Cell &&cell, Text &&text)
{
    for (int n = 0; next(); ++n) {
        if (n == request.limit) {
            page.hasMore = true;
            break;
        }
        QVariantList cells;
        cells.reserve(width);
        for (int c = 0; c < width; ++c)
            cells << cell(c);
        page.cells << cells;
        QStringList key;
        for (int k = 0; k < page.keyColumns.size(); ++k)
            key << text(width + k);
        page.keyValues << key;
    }
}

// The key a row grid picks rows by: the primary key, else the first unique constraint whose
// columns are all NOT NULL; empty when there is none.
QStringList rowKeyOf(const Table &table);

} // namespace fkscope

Q_DECLARE_METATYPE(fkscope::RowPage)
Q_DECLARE_METATYPE(fkscope::ImpactResult)
Q_DECLARE_METATYPE(fkscope::ObservedDelete)
