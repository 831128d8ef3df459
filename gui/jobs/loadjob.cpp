// SPDX-License-Identifier: Apache-2.0
#include "loadjob.h"

#include "core/error.h"

#include <QMetaObject>
#include <QPointer>

namespace fkscope {

LoadJob::LoadJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fkscope::SchemaGraph>("fkscope::SchemaGraph");
    m_thread.setObjectName(QStringLiteral("fkscope-load"));
    m_thread.start();
}

LoadJob::~LoadJob()
{
    m_cancel.cancel();
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

int LoadJob::start(const SourceSpec &source, LoadOptions options)
{
    m_cancel.cancel(); // an older load still running is not wanted any more
    m_cancel = CancelToken();
    const int token = ++m_token;
    options.cancel = m_cancel;
    m_running = true;
    QPointer<LoadJob> self(this);
    options.progress = [self, token](int done, int total, const QString &step) {
        if (self)
            QMetaObject::invokeMethod(self, [self, token, done, total, step] {
                if (self)
                    emit self->progress(token, done, total, step);
            }, Qt::QueuedConnection);
    };
    // The work runs on m_thread; the answer comes back to this object's (the GUI) thread.
    QObject *worker = new QObject;
    worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(worker, [self, worker, source, options, token] {
        SchemaGraph graph;
        QString failure;
        int exitCode = 0;
        try {
            graph = createLoader(source)->load(options);
        } catch (const Error &e) {
            failure = e.fullText();
            exitCode = exitCodeFor(e.kind());
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
            exitCode = 4;
        }
        worker->deleteLater();
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, graph, failure, exitCode, token] {
            if (!self || token != self->m_token)
                return; // superseded
            self->m_running = false;
            if (failure.isEmpty())
                emit self->loadFinished(token, graph);
            else
                emit self->loadFailed(token, failure, exitCode);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return token;
}

void LoadJob::cancel()
{
    m_cancel.cancel();
}

} // namespace fkscope
