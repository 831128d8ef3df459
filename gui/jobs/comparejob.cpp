// SPDX-License-Identifier: Apache-2.0
#include "comparejob.h"

#include "core/error.h"
#include "source/sourceengine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace fkscope {

CompareJob::CompareJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Comparison>();
}

CompareJob::~CompareJob()
{
    // The workers post their results to this object: it outlives them. Cancelling stops a catalog
    // query on the server; applying DDL offline runs to its end.
    m_cancel.cancel();
    m_running.waitForFinished();
}

void CompareJob::cancel()
{
    m_cancel.cancel();
}

template<typename Work>
int CompareJob::run(Work &&work)
{
    const int token = ++m_token;
    // The result comes back as a queued call: a late answer to an older request is dropped there.
    m_running.addFuture(QtConcurrent::run([this, token, work = std::forward<Work>(work)]() mutable {
        try {
            const Comparison c = work();
            QMetaObject::invokeMethod(this, [this, token, c] {
                if (token == m_token)
                    emit comparisonFinished(token, c);
            }, Qt::QueuedConnection);
        } catch (const Error &e) {
            const QString message = e.summary();
            QMetaObject::invokeMethod(this, [this, token, message] {
                if (token == m_token)
                    emit comparisonFailed(token, message);
            }, Qt::QueuedConnection);
        }
    }));
    return token;
}

void CompareJob::renew()
{
    m_cancel.cancel(); // the older request's catalog query stops on the server
    m_cancel = CancelToken();
}

int CompareJob::compareWith(const SchemaGraph &shown, const QString &shownLabel, const QString &other)
{
    renew();
    return run([shown, shownLabel, other, cancel = m_cancel]() {
        const SourceSpec spec = SourceSpec::parse(other);
        LoadOptions options;
        options.cancel = cancel;
        Comparison c;
        c.from = createLoader(spec)->load(options);
        c.to = shown;
        c.diff = diffGraphs(c.from, c.to);
        c.fromLabel = spec.label(other);
        c.toLabel = shownLabel;
        c.shownIsTo = true;
        return c;
    });
}

int CompareJob::previewMigrations(const SchemaGraph &shown, const SourceSpec &shownSpec, const QString &shownLabel, const QStringList &files)
{
    renew();
    return run([shown, shownSpec, shownLabel, files]() {
        Comparison c;
        c.from = shown;
        c.to = shownSpec.engine->applyMigrations(shownSpec.location, shown, files, LoadOptions());
        c.diff = diffGraphs(c.from, c.to);
        c.fromLabel = shownLabel;
        QStringList names;
        for (const QString &f : files)
            names << QFileInfo(f).fileName();
        c.toLabel = QCoreApplication::translate("fkscope::CompareJob", "%1 with %2 applied").arg(shownLabel, names.join(QStringLiteral(", ")));
        c.shownIsTo = false;
        return c;
    });
}

} // namespace fkscope
