// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "source/livedatabase.h"

#include <memory>

namespace fkscope {

class SqliteConnection;

// LiveDatabase on a SQLite file, opened read-only. The verification run works on a copy of the
// file (SQLite's backup API into a temporary file): the user's file is never opened for writing.
class SqliteLiveDatabase : public LiveDatabase
{
public:
    explicit SqliteLiveDatabase(const QString &path);
    ~SqliteLiveDatabase() override;

    QString engineName() const override { return QStringLiteral("sqlite"); }
    SchemaGraph loadGraph(const LoadOptions &options) override;
    TableRef resolveTable(const SchemaGraph &graph, const QString &name) override;
    RowPage fetchRows(const SchemaGraph &graph, const RowPageRequest &request, const CancelToken &cancel) override;
    std::optional<QList<QPair<ForeignKeyId, qint64>>> currentViolations(const SchemaGraph &graph, const CancelToken &cancel) override;
    qint64 countRows(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel) override;
    ImpactResult simulate(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel,
                          const ProgressFn &progress) override;
    ObservedDelete verifyDelete(const SchemaGraph &graph, const ImpactRequest &request, const CancelToken &cancel) override;
    QString deletePlan(const SchemaGraph &graph, const ImpactRequest &request, const ImpactResult &impact) override;

protected:
    void runViolationQuery(const ForeignKeyDraft &draft, int sampleLimit, int timeoutMs, const CancelToken &cancel,
                           FkViolations &out) override;

private:
    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace fkscope
