// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fkscope {

// A foreign-key error as people paste it, read for its structure rather than its English: psql
// output (ERROR / DETAIL / HINT / CONTEXT, also in the server's other languages and with VERBOSITY
// verbose), server log lines, driver wrappings (psycopg2, SQLAlchemy, JDBC, node-postgres),
// MySQL/MariaDB errors 1451, 1452, 1216 and 1217, and SQLite's "FOREIGN KEY constraint failed".
struct FkErrorMessage
{
    enum class Engine { Unknown, PostgreSQL, MySQL, SQLite };
    // Which statement failed: one that removes or changes a parent row (delete side: PostgreSQL says
    // "update or delete", MySQL "delete or update"), or one that writes a child row (insert side).
    enum class Side { Unknown, ParentChange, ChildWrite };

    Engine engine = Engine::Unknown;
    Side side = Side::Unknown;
    QString code; // "23503", "1451", "787"; empty when the text gives none
    QString constraint;
    QString schema; // of the constraint's table, when the text says (MySQL, verbose PostgreSQL)
    QString childTable; // the table the constraint is declared on
    QString parentTable;
    QString parentSchema;
    QStringList columns, refColumns; // MySQL names both sides of the key
    // The key in DETAIL: the parent's referenced columns (ParentChange) or the child's foreign-key
    // columns (ChildWrite), with the values as the server printed them.
    QStringList keyColumns, keyValues;
    QString statement; // the SQL the driver printed with the error ([SQL: ...], "Query:"), if any

    bool recognized() const { return engine != Engine::Unknown; }
};

// Reads a pasted message. Returns nothing, and says in `problem` what was expected, when the text
// is not a foreign-key error of a known engine.
std::optional<FkErrorMessage> parseFkError(const QString &text, QString *problem = nullptr);

} // namespace fkscope
