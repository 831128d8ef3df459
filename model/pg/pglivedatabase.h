// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/livedatabase.h"

#include <memory>

namespace fkscope {

class PgConnection;

// LiveDatabase on PostgreSQL: one connection, opened on construction (throws the connect errors).
// Rows are read and deletes simulated in READ ONLY transactions with a statement timeout.
class PgLiveDatabase : public LiveDatabase
{
public:
    explicit PgLiveDatabase(const QString &conninfo);
    ~PgLiveDatabase() override;

    QString engineName() const override { return QStringLiteral("postgresql"); }
    SchemaGraph loadGraph(const LoadOptions &options) override;
    TableRef resolveTable(const SchemaGraph &graph, const QString &name) override;
    RowPage fetchRows(const SchemaGraph &graph, const RowPageRequest &request, const CancelToken &cancel) override;
    qint64 countRows(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel) override;
    ImpactResult simulate(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel,
                          const ProgressFn &progress) override;
    ObservedDelete verifyDelete(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel) override;
    QString deletePlan(const SchemaGraph &graph, const ImpactRequest &request, const ImpactResult &impact) override;

    PgConnection &connection() { return *m_connection; }

protected:
    void runViolationQuery(const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs, const CancelToken &cancel,
                           FkViolations &out) override;

private:
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace fkscope
