#include "DashboardLoader.h"

#include "DashboardJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace subdesk::ui {

DashboardLoader::DashboardLoader(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DashboardLoader::jobDone);
}

DashboardLoader::~DashboardLoader()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DashboardLoader::request(const metrics::MetricsFilter& filter, bool reread)
{
    // A waiting request that rereads keeps doing so when a newer filter replaces it.
    const bool rereadFile = reread || (m_pending && m_pending->reread);
    m_pending = Pending {filter, rereadFile};
    if (!m_running)
        startPending();
}

void DashboardLoader::startPending()
{
    if (!m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    // Values only: the job must not touch this object, which may be gone when it ends.
    std::shared_ptr<const DashboardSnapshot> snapshot = pending.reread ? nullptr : m_snapshot;
    const QString path = m_path;
    const std::function<void()> probe = m_probe;
    const metrics::MetricsFilter filter = pending.filter;
    const bool wasRunning = m_running;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([path, filter, snapshot, probe]() -> Outcome {
        if (probe)
            probe();
        auto computed = DashboardJob::run(path, filter, snapshot);
        if (!computed)
            return Outcome {std::nullopt, computed.error().message};
        return Outcome {std::move(computed).value(), {}};
    }));
    if (!wasRunning)
        Q_EMIT busyChanged(true);
}

void DashboardLoader::jobDone()
{
    Outcome outcome = m_watcher.result();
    if (outcome.result)
        m_snapshot = outcome.result->snapshot;
    if (m_pending) {
        // A newer request came in while this job ran: its figures are stale, compute the newer ones.
        startPending();
        return;
    }
    m_running = false;
    Q_EMIT busyChanged(false);
    if (!outcome.result) {
        Q_EMIT failed(outcome.error);
        return;
    }
    m_result = std::move(outcome.result);
    Q_EMIT finished();
}

} // namespace subdesk::ui
