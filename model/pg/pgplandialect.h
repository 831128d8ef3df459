// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "impact/deleteplan.h"

namespace pqxx {
class connection_base;
}

namespace fkscope {

// PostgreSQL's deletion plan: DELETE FROM ONLY (inheriting tables are spared; partitioned tables are
// named whole), rows told apart by (tableoid, ctid), names and values quoted by libpq.
class PgPlanDialect : public PlanDialect
{
public:
    explicit PgPlanDialect(pqxx::connection_base &connection)
        : m_connection(connection)
    {
    }
    QString quoteName(const QString &identifier) const override;
    QString quoteLiteral(const QString &value) const override;
    QString relation(const Table &table) const override;
    QStringList rowIdentity(const Table &table, const QString &alias) const override;
    QString deleteFrom(const QString &relation, const QString &alias) const override;

private:
    pqxx::connection_base &m_connection;
};

} // namespace fkscope
