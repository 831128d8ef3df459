// SPDX-License-Identifier: Apache-2.0
#include "databasejob.h"

#include "core/error.h"

#include <QMetaObject>
#include <QPointer>

namespace fkscope {

// State only the worker thread touches (after construction).
struct DatabaseJob::Worker
{
    SourceSpec source;
    std::unique_ptr<LiveDatabase> database;
};

DatabaseJob::DatabaseJob(const QString &name, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
    , m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseJob::~DatabaseJob()
{
    m_cancel.cancel();
    m_thread.requestInterruption();
    // Deleted when the thread finishes; the connection goes with the last task that holds the worker.
    m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

void DatabaseJob::setSource(const SourceSpec &source)
{
    m_cancel.cancel();
    ++m_token; // whatever runs now belongs to the old source
    m_running = false;
    QMetaObject::invokeMethod(m_context, [w = m_worker, source] {
        w->database.reset();
        w->source = source;
    }, Qt::QueuedConnection);
}

int DatabaseJob::start(Task task)
{
    m_cancel.cancel();
    m_cancel = CancelToken();
    const int token = ++m_token;
    m_running = true;
    const CancelToken cancel = m_cancel;
    QPointer<DatabaseJob> self(this);
    const ProgressFn progress = [self, token](int done, int total, const QString &step) {
        QMetaObject::invokeMethod(self, [self, token, done, total, step] {
            if (self && token == self->m_token)
                emit self->progress(token, done, total, step);
        }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_context, [self, w = m_worker, task = std::move(task), cancel, progress, token] {
        QVariant value;
        QString failure;
        int kind = -1;
        try {
            if (cancel.isCancelled())
                throw Error(ErrorKind::Cancelled, QObject::tr("Cancelled."));
            if (!w->database)
                w->database = openLiveDatabase(w->source);
            value = task(*w->database, cancel, progress);
        } catch (const Error &e) {
            failure = e.fullText();
            kind = static_cast<int>(e.kind());
            // A lost connection is reopened; so is a cancelled one, so that a cancel request still in
            // flight cannot hit the next statement.
            if (e.kind() == ErrorKind::ConnectionLost || e.kind() == ErrorKind::Cancelled)
                w->database.reset();
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
            kind = static_cast<int>(ErrorKind::DatabaseError);
            w->database.reset();
        }
        QMetaObject::invokeMethod(self, [self, token, value, failure, kind] {
            if (!self || token != self->m_token)
                return; // superseded
            self->m_running = false;
            if (failure.isEmpty())
                emit self->taskFinished(token, value);
            else
                emit self->taskFailed(token, failure, kind);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return token;
}

void DatabaseJob::cancel()
{
    m_cancel.cancel();
}

} // namespace fkscope
