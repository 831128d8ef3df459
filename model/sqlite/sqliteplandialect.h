// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/deleteplan.h"

namespace fkscope {

// SQLite's deletion plan: PRAGMA foreign_keys = ON first (the script relies on the database's
// CASCADE), rows told apart by their primary key, else by a rowid alias no column shadows; RESTRICT
// is checked row by row, so a table's RESTRICT links among the rows it deletes are cut first.
class SqlitePlanDialect : public PlanDialect
{
public:
    QString quoteName(const QString &identifier) const override;
    QString quoteLiteral(const QString &value) const override;
    QString relation(const Table &table) const override;
    QStringList rowIdentity(const Table &table, const QString &alias) const override;
    QString deleteFrom(const QString &relation, const QString &alias) const override;
    QString preamble() const override;
    bool checksRestrictPerRow() const override { return true; }
};

} // namespace fkscope
