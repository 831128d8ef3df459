// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/impactrequest.h"
#include "schema/schemagraph.h"

#include <QCoreApplication>

#include <functional>

namespace fkscope {

// A reviewable SQL script that deletes the requested rows together with every row that blocks them
// through RESTRICT / NO ACTION foreign keys (children first), inside BEGIN / COMMIT. What CASCADE,
// SET NULL and SET DEFAULT handle is left to the database. The script is text: nothing runs it.
// Self references are handled with a recursive CTE; a cycle through several tables cannot be
// ordered statement by statement and is reported as Error(Unsupported).
struct DeletePlanScript
{
    QString sql;
    QList<TableId> order; // tables with a DELETE statement, in script order (the root last)
};

using QuoteFn = std::function<QString(const QString &)>;

// How one SQL dialect writes the plan's statements. The plan itself (which tables, in which order,
// which rows: buildDeletePlan) is the same for every engine; each engine brings its dialect next to
// its own code (pg/pgplandialect, sqlite/sqliteplandialect).
class PlanDialect
{
public:
    virtual ~PlanDialect() = default;
    virtual QString quoteName(const QString &identifier) const = 0;
    virtual QString quoteLiteral(const QString &value) const = 0;
    // The table as the statements name it (PostgreSQL: ONLY, so that inheriting tables are spared).
    virtual QString relation(const Table &table) const = 0;
    // Expressions that tell one row of `table`, read through `alias`, from every other.
    virtual QStringList rowIdentity(const Table &table, const QString &alias) const = 0;
    // "DELETE FROM relation alias" as the dialect writes it.
    virtual QString deleteFrom(const QString &relation, const QString &alias) const = 0;
    // A line before BEGIN (SQLite: PRAGMA foreign_keys = ON); none by default.
    virtual QString preamble() const { return QString(); }
    // True when RESTRICT is checked row by row as the DELETE goes (SQLite), not once the statement
    // is done (PostgreSQL): rows of one table that reference each other through RESTRICT can then
    // not go in one DELETE unless those links are cut first.
    virtual bool checksRestrictPerRow() const { return false; }
    // True when a DELETE may not read the table it deletes from in a subquery (MySQL: error 1093):
    // every table's rows are then set aside in a temporary table first.
    virtual bool setsRowsAsideFirst() const { return false; }
    // The statements that set rows aside and drop them again.
    virtual QString createTemporaryTable(const QString &name, const QString &select) const
    {
        return QStringLiteral("CREATE TEMP TABLE %1 AS %2;").arg(name, select);
    }
    virtual QString dropTemporaryTable(const QString &name) const { return QStringLiteral("DROP TABLE %1;").arg(name); }
    // How the script opens its transaction.
    virtual QString begin() const { return QStringLiteral("BEGIN;"); }
    // Why rows of one table are set aside first (a comment line, without "-- ").
    virtual QString setAsideNote() const
    {
        return QCoreApplication::translate("fkscope::Messages", "The database checks RESTRICT row by row: the links among these rows are cut first.");
    }
};

DeletePlanScript buildDeletePlan(const SchemaGraph &graph, const ImpactRequest &request, const PlanDialect &dialect,
                                 const QStringList &notes = {});

} // namespace fkscope
