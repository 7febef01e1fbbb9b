// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <optional>

namespace escale::ui {

/**
 * The one door from Qt to the engine. A full evaluation (staffing and pricing, about 1 ms for
 * the shipped scenario) runs on the thread pool; requests arriving while one runs are coalesced
 * so only the latest is computed next. A change that rescoreSuffices() accepts (weights, method,
 * constraints, cost view) only re-scores the previous evaluation (microseconds), synchronously,
 * so sliders stay live.
 */
class EngineRunner : public QObject
{
    Q_OBJECT

public:
    explicit EngineRunner(QObject *parent = nullptr);
    ~EngineRunner() override;

    /** Schedules the evaluation of `scenario` (or re-scores the latest results at once). */
    void request(const Scenario &scenario);
    /** Blocks until no evaluation is running or pending (tests, report export). */
    void waitForIdle();

    /** Test seam: `observer` runs on the thread of every full evaluation, before it starts. */
    void setComputeObserver(std::function<void()> observer) { m_observer = std::move(observer); }

    ResultsPtr latest() const { return m_latest; }
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void resultsReady(escale::ui::ResultsPtr results);
    /** The scenario cannot be evaluated: a message for the user. */
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    struct Outcome
    {
        ResultsPtr results;
        QString error;
    };
    void start(const Scenario &scenario);
    void finished();
    /** Runs `work`, turning an InputError or another exception into a message. */
    static Outcome run(const std::function<ResultsPtr()> &work);

    QFutureWatcher<Outcome> m_watcher;
    std::optional<Scenario> m_pending;
    ResultsPtr m_latest;
    std::function<void()> m_observer;
    quint64 m_generation = 0;
    bool m_awaitingDelivery = false;
};

} // namespace escale::ui
