// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "schema/schemagraph.h"
#include "source/catalogloader.h"
#include "source/sourcespec.h"

#include <QObject>
#include <QThread>

namespace fkscope {

// Loads a source's catalog on a worker thread it owns. Each start() gets a token; results of an
// older request are dropped, so a late answer never replaces a newer one. cancel() also cancels the
// running catalog query on the server (PQcancel through the CancelToken).
class LoadJob : public QObject
{
    Q_OBJECT

public:
    explicit LoadJob(QObject *parent = nullptr);
    ~LoadJob() override;

    int start(const SourceSpec &source, LoadOptions options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int token, int done, int total, const QString &step);
    void loadFinished(int token, const fkscope::SchemaGraph &graph);
    void loadFailed(int token, const QString &message, int exitCode);

private:
    QThread m_thread;
    int m_token = 0;
    bool m_running = false;
    CancelToken m_cancel;
};

} // namespace fkscope

Q_DECLARE_METATYPE(fkscope::SchemaGraph)
