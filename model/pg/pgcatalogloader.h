// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/catalogloader.h"

#include <QString>

namespace fkscope {

class PgConnection;

// Loads the foreign-key graph of a live PostgreSQL (12 or newer) database: one REPEATABLE READ,
// READ ONLY transaction, a fixed handful of set-based catalog queries (pg/catalogqueries.cpp),
// whatever the number of tables.
class PgCatalogLoader : public CatalogLoader
{
public:
    // Connects on load().
    explicit PgCatalogLoader(QString conninfo);
    // Uses an open connection (the caller keeps it; tests and the impact engine share one).
    explicit PgCatalogLoader(PgConnection &connection);

    SchemaGraph load(const LoadOptions &options) override;


private:
    SchemaGraph loadWith(PgConnection &connection, const LoadOptions &options);

    QString m_conninfo;
    PgConnection *m_connection = nullptr;
};

} // namespace fkscope
