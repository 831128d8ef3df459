// SPDX-License-Identifier: Apache-2.0
#include "layoutjob.h"

#include "core/error.h"
#include "layout/graphvizlayout.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fkscope {

LayoutJob::LayoutJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fkscope::LayoutResult>("fkscope::LayoutResult");
}

LayoutJob::~LayoutJob()
{
    for (QFutureWatcher<LayoutResult> *w : std::as_const(m_watchers)) {
        w->disconnect(this); // nobody is left to take the result
        w->waitForFinished();
    }
}

int LayoutJob::start(const LayoutRequest &request)
{
    const int token = ++m_token;
    auto *watcher = new QFutureWatcher<LayoutResult>(this);
    m_watchers.append(watcher);
    connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher, token] {
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        if (token != m_token)
            return; // superseded by a newer layout
        try {
            emit layoutFinished(token, watcher->result());
        } catch (const std::exception &e) {
            // fkscope::Error crosses QtConcurrent wrapped in QUnhandledException.
            emit layoutFailed(token, QString::fromUtf8(e.what()));
        }
    });
    watcher->setFuture(QtConcurrent::run([request] { return GraphvizLayout::layout(request); }));
    return token;
}

} // namespace fkscope
