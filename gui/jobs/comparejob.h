// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/canceltoken.h"
#include "diff/schemadiff.h"
#include "source/sourcespec.h"

#include <QFutureSynchronizer>
#include <QObject>

namespace fkscope {

// A comparison of the window's graph, worked out off the GUI thread: with another source (the
// other side is FROM, the window's graph TO), or with the window's graph after migration files
// (the window's graph is FROM).
struct Comparison
{
    SchemaGraph from;
    SchemaGraph to;
    SchemaDiff diff;
    QString fromLabel;
    QString toLabel;
    bool shownIsTo = true;
};

class CompareJob : public QObject
{
    Q_OBJECT

public:
    explicit CompareJob(QObject *parent = nullptr);
    ~CompareJob() override;

    // `other`: a source text as --db takes it. Returns the request's token.
    int compareWith(const SchemaGraph &shown, const QString &shownLabel, const QString &other);
    int previewMigrations(const SchemaGraph &shown, const SourceSpec &shownSpec, const QString &shownLabel, const QStringList &files);
    void cancel();

signals:
    void comparisonFinished(int token, const fkscope::Comparison &comparison);
    void comparisonFailed(int token, const QString &message);

private:
    void renew();
    template<typename Work>
    int run(Work &&work);

    int m_token = 0;
    CancelToken m_cancel;
    QFutureSynchronizer<void> m_running;
};

} // namespace fkscope

Q_DECLARE_METATYPE(fkscope::Comparison)
