// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "layout/layoutresult.h"

#include <QFutureWatcher>
#include <QObject>

namespace fkscope {

// Runs GraphvizLayout on the thread pool (Graphviz calls are serialized inside it); the result comes
// back as plain data through layoutFinished, tagged with the request's token. Older results are dropped.
class LayoutJob : public QObject
{
    Q_OBJECT

public:
    explicit LayoutJob(QObject *parent = nullptr);
    ~LayoutJob() override;

    int start(const LayoutRequest &request);

signals:
    void layoutFinished(int token, const fkscope::LayoutResult &result);
    void layoutFailed(int token, const QString &message);

private:
    int m_token = 0;
    QList<QFutureWatcher<LayoutResult> *> m_watchers;
};

} // namespace fkscope

Q_DECLARE_METATYPE(fkscope::LayoutResult)
