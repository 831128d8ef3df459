// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/livedatabase.h"

#include <memory>

namespace fkscope {

class MysqlConnection;

// LiveDatabase on a MySQL / MariaDB server. Reads run in READ ONLY transactions with the request's
// time limit; the graph covers every database the user sees (cascades cross databases). The
// verification run is the one write: the real DELETE in a transaction that is always rolled back,
// with a short lock wait timeout.
class MysqlLiveDatabase : public LiveDatabase
{
public:
    explicit MysqlLiveDatabase(const QString &uri);
    ~MysqlLiveDatabase() override;

    QString engineName() const override { return QStringLiteral("mysql"); }
    SchemaGraph loadGraph(const LoadOptions &options) override;
    TableRef resolveTable(const SchemaGraph &graph, const QString &name) override;
    RowPage fetchRows(const SchemaGraph &graph, const RowPageRequest &request, const CancelToken &cancel) override;
    qint64 countRows(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel) override;
    ImpactResult simulate(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel,
                          const ProgressFn &progress) override;
    ObservedDelete verifyDelete(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel) override;
    QString deletePlan(const SchemaGraph &graph, const ImpactRequest &request, const ImpactResult &impact) override;

protected:
    void runViolationQuery(const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs, const CancelToken &cancel,
                           FkViolations &out) override;

private:
    std::unique_ptr<MysqlConnection> m_connection;
};

} // namespace fkscope
