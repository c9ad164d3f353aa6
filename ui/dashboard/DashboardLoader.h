#pragma once

#include "DashboardData.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace subdesk::ui {

/**
 * Runs DashboardJob on the global thread pool and hands the newest result back on the GUI thread.
 * At most one job runs: a request made while one runs waits, and the result of the running job
 * is then dropped, so a newer request always supersedes an older one and nothing stale is shown.
 * The snapshot of the last job is kept, so a filter change recomputes without reading the file.
 */
class DashboardLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(QString path, QObject* parent = nullptr);
    /** Waits for a running job: it reads the company file, which is closed after this. */
    ~DashboardLoader() override;

    /** Computes filter's figures; reread: read the file again first (its data changed). */
    void request(const metrics::MetricsFilter& filter, bool reread);
    bool isBusy() const { return m_running; }
    /** The newest figures, nullptr before the first job finished. */
    const DashboardResult* result() const { return m_result ? &*m_result : nullptr; }

    /** For tests: runs inside every job, on the job's thread. */
    void setJobProbe(std::function<void()> probe) { m_probe = std::move(probe); }

Q_SIGNALS:
    void busyChanged(bool busy);
    /** result() holds new figures. */
    void finished();
    void failed(const QString& message);

private:
    struct Outcome
    {
        std::optional<DashboardResult> result;
        QString error;
    };
    struct Pending
    {
        metrics::MetricsFilter filter;
        bool reread = false;
    };

    void startPending();
    void jobDone();

    QString m_path;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<Pending> m_pending;
    std::optional<DashboardResult> m_result;
    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    std::function<void()> m_probe;
    bool m_running = false;
};

} // namespace subdesk::ui
