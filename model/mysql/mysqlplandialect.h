// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/deleteplan.h"

namespace fkscope {

// MySQL / MariaDB deletion plans that MySQL 8 and MariaDB both accept: names in backticks,
// `db`.`table`, rows told apart by their primary key (else a unique NOT NULL key). A DELETE may
// not read its own table in a subquery on MySQL (error 1093), so each table's rows are set aside in
// a temporary table first; InnoDB checks RESTRICT row by row, so a table's RESTRICT links among the
// rows it deletes are cut first.
class MysqlPlanDialect : public PlanDialect
{
public:
    QString quoteName(const QString &identifier) const override;
    QString quoteLiteral(const QString &value) const override;
    QString relation(const Table &table) const override;
    // Throws Error(Unsupported) for a table with no primary key and no unique NOT NULL key.
    QStringList rowIdentity(const Table &table, const QString &alias) const override;
    QString deleteFrom(const QString &relation, const QString &alias) const override;
    bool checksRestrictPerRow() const override { return true; }
    bool setsRowsAsideFirst() const override { return true; }
    QString createTemporaryTable(const QString &name, const QString &select) const override;
    QString dropTemporaryTable(const QString &name) const override;
    QString begin() const override { return QStringLiteral("START TRANSACTION;"); }
    QString setAsideNote() const override;
};

} // namespace fkscope
