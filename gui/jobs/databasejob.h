// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "core/progress.h"
#include "source/livedatabase.h"

#include <QObject>
#include <QThread>
#include <QVariant>

#include <functional>
#include <memory>

namespace fkscope {

// Runs database work (row pages, simulations, verifications) on a worker thread it owns, over one
// connection that lives on that thread and is opened on first use. One task at a time: start()
// cancels the running task (on the server too) and results of superseded tasks are dropped. After a
// lost connection or a cancel the next task
// reconnects, so the window keeps working after a server restart.
class DatabaseJob : public QObject
{
    Q_OBJECT

public:
    using Task = std::function<QVariant(LiveDatabase &database, const CancelToken &cancel, const ProgressFn &progress)>;

    explicit DatabaseJob(const QString &name, QObject *parent = nullptr);
    ~DatabaseJob() override;

    // The source the next tasks run on; drops the open connection.
    void setSource(const SourceSpec &source);
    int start(Task task);
    void cancel();
    bool isRunning() const { return m_running; }
    int currentToken() const { return m_token; }

signals:
    void progress(int token, int done, int total, const QString &step);
    void taskFinished(int token, const QVariant &value);
    void taskFailed(int token, const QString &message, int errorKind);

private:
    struct Worker;
    QThread m_thread;
    std::shared_ptr<Worker> m_worker;
    QObject *m_context; // lives on m_thread: tasks are queued to it
    int m_token = 0;
    bool m_running = false;
    CancelToken m_cancel;
};

} // namespace fkscope
