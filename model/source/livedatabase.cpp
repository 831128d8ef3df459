// SPDX-License-Identifier: Apache-2.0
#include "livedatabase.h"

#include <QElapsedTimer>

#include <QCoreApplication>

#include "core/error.h"

namespace fkscope {

std::unique_ptr<LiveDatabase> openLiveDatabase(const SourceSpec &spec)
{
    if (!spec.engine)
        throw Error(ErrorKind::BadArgument, QCoreApplication::translate("fkscope::Messages", "No source was given."));
    return spec.engine->openLive(spec.location);
}

const Table &startRowPage(const SchemaGraph &graph, const RowPageRequest &request, RowPage &page)
{
    const Table &table = graph.table(requireTable(graph, request.table));
    if (!request.sortColumn.isEmpty() && table.columnIndex(request.sortColumn) < 0)
        throw Error(ErrorKind::BadArgument,
                    QCoreApplication::translate("fkscope::Messages", "%1 has no column %2.").arg(qualifiedName(table.ref()), displayIdentifier(request.sortColumn)));
    page.table = table.ref();
    page.offset = request.offset;
    page.keyColumns = rowKeyOf(table);
    page.estimatedTotal = request.filter.trimmed().isEmpty() ? table.estimatedRows : -1;
    return table;
}

QStringList rowKeyOf(const Table &table)
{
    if (!table.primaryKey.isEmpty())
        return table.primaryKey;
    for (const UniqueConstraint &u : table.uniqueConstraints) {
        const bool allNotNull = std::all_of(u.columns.begin(), u.columns.end(), [&](const QString &c) {
            const Column *column = table.column(c);
            return column && column->notNull;
        });
        if (allNotNull && !u.columns.isEmpty())
            return u.columns;
    }
    return {};
}

FkViolations LiveDatabase::countViolations(const SchemaGraph &graph, const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs,
                                           const CancelToken &cancel)
{
    FkViolations out;
    out.rowsToCheck = checkDraftAgainst(graph, draft).estimatedRows;
    QElapsedTimer clock;
    clock.start();
    runViolationQuery(draft, sampleLimit, timeoutMs, cancel, out);
    out.elapsedMs = clock.elapsed();
    return out;
}

} // namespace fkscope
