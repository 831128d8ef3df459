#include "livedatabase.h"

#include "core/error.h"
#include "pg/pglivedatabase.h"

namespace fkscope {

std::unique_ptr<LiveDatabase> openLiveDatabase(const SourceSpec &spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::PostgreSQL:
        return std::make_unique<PgLiveDatabase>(spec.location);
    case SourceSpec::Kind::Snapshot:
        break;
    }
    throw Error(ErrorKind::Unsupported,
                QStringLiteral("A snapshot file holds the schema only: connect to the database to read rows and "
                               "simulate deletes."));
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

} // namespace fkscope
