// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/catalogloader.h"

#include <QString>

namespace fkscope {

class MysqlConnection;

// Loads the foreign-key graph of a MySQL / MariaDB server from information_schema, in one READ ONLY
// transaction. A MySQL database is a schema here. Which databases: with no include pattern, the
// URI's database (every database the user sees when the URI names none, or when `allDatabases` is
// set, as the live simulation needs: cascades cross databases); with patterns, the URI's database
// and every database they match. Every information_schema query is filtered by one constant
// database name (MariaDB opens every table of every database otherwise). Tables of other databases
// linked to the selection by a foreign key, either way, are loaded in full and marked external.
// Tables the user has no privilege on are invisible, and so are their foreign keys: when the
// user's privileges on a database come from table grants only, a warning says the graph may lack
// foreign keys.
class MysqlCatalogLoader : public CatalogLoader
{
public:
    explicit MysqlCatalogLoader(QString uri, bool allDatabases = false);
    MysqlCatalogLoader(MysqlConnection &connection, bool allDatabases);

    SchemaGraph load(const LoadOptions &options) override;

    // MySQL's own databases, left out unless asked for.
    static bool isSystemDatabase(const QString &name);

private:
    SchemaGraph loadWith(MysqlConnection &connection, const LoadOptions &options);

    QString m_uri;
    MysqlConnection *m_connection = nullptr;
    bool m_allDatabases = false;
};

} // namespace fkscope
