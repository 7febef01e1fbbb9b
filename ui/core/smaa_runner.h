// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/smaa.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace escale::ui {

using SmaaResultPtr = std::shared_ptr<const mcda::SmaaResult>;

/**
 * Runs mcda::smaa() on a worker thread (which fans out to the engine's own threads) and reports
 * to the UI thread through queued calls. One run at a time: start() cancels and joins a running
 * run first, and the signals of a superseded run are dropped. Destroying the runner cancels and
 * joins, so it may be deleted at any time.
 */
class SmaaRunner : public QObject
{
    Q_OBJECT

public:
    explicit SmaaRunner(QObject *parent = nullptr);
    ~SmaaRunner() override;

    void start(const mcda::UncertainProblem &problem, const mcda::SmaaOptions &options);
    /** Asks the running run to stop; `cancelled()` follows once it has. No-op when idle. */
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int percent);
    void finished(std::shared_ptr<const escale::mcda::SmaaResult> result);
    void cancelled();
    /**
     * A message for the user: the input was rejected (InputError: what to change), or the run
     * failed inside the engine (an internal error, reported as such), as EngineRunner does.
     */
    void failed(const QString &message);
    void runningChanged(bool running);

private:
    void stopAndJoin();
    void deliverProgress(quint64 run, int percent);
    void deliverEnd(quint64 run, const SmaaResultPtr &result, const QString &error);

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    quint64 m_run = 0;
    int m_lastPercent = -1;
    bool m_running = false;
};

} // namespace escale::ui

Q_DECLARE_METATYPE(escale::ui::SmaaResultPtr)
