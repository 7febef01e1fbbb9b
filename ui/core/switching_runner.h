// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/switching_values.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace escale::ui {

using SwitchingPtr = std::shared_ptr<const SwitchingAnalysis>;

/**
 * Runs escale::switchingValues() (a few hundred full evaluations, a quarter to half a second
 * for the shipped scenarios) on a worker thread, which splits the rows over the engine's own
 * threads, and reports to the UI thread through queued calls, as SmaaRunner does: one run at a
 * time, start() cancels and joins a running run first, the signals of a superseded run are
 * dropped, and destroying the runner cancels and joins.
 */
class SwitchingRunner : public QObject
{
    Q_OBJECT

public:
    explicit SwitchingRunner(QObject *parent = nullptr);
    ~SwitchingRunner() override;

    /** Searches `scenario`, whose evaluation is `current`, with `threads` threads (0: all). */
    void start(const Scenario &scenario, const Evaluation &current, int threads = 0);
    /** Asks the running run to stop; `cancelled()` follows once it has. No-op when idle. */
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int percent);
    void finished(std::shared_ptr<const escale::SwitchingAnalysis> analysis);
    void cancelled();
    /** The engine failed: a message for the user. */
    void failed(const QString &message);
    void runningChanged(bool running);

private:
    void stopAndJoin();
    void deliverProgress(quint64 run, int percent);
    void deliverEnd(quint64 run, const SwitchingPtr &analysis, const QString &error);

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    quint64 m_run = 0;
    int m_lastPercent = -1;
    bool m_running = false;
};

} // namespace escale::ui

Q_DECLARE_METATYPE(escale::ui::SwitchingPtr)
