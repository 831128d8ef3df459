// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/catalogloader.h"

#include <QString>

namespace fkscope {

class SqliteConnection;

// Loads the foreign-key graph of a SQLite file, read-only: tables from sqlite_schema, columns,
// keys and indexes from the pragma table functions (values bound), foreign keys from
// pragma_foreign_key_list (a NULL parent column means the parent's primary key), and what only
// the CREATE TABLE text says (CHECKs, constraint names, DEFERRABLE) from SqliteTableDdl. Every
// table is in schema "main". Unnamed foreign keys are named like PostgreSQL names them
// (child_col_fkey), so that paths and reports can refer to them.
class SqliteCatalogLoader : public CatalogLoader
{
public:
    explicit SqliteCatalogLoader(QString path);
    explicit SqliteCatalogLoader(SqliteConnection &connection);

    SchemaGraph load(const LoadOptions &options) override;

private:
    SchemaGraph loadWith(SqliteConnection &connection, const LoadOptions &options);

    QString m_path;
    SqliteConnection *m_connection = nullptr;
};

} // namespace fkscope
