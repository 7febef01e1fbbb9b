// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"
#include "scenario_document.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace escale::ui {

/**
 * The one door from Qt to the engine. A full evaluation (staffing and pricing, about 1 ms for
 * the shipped scenario) runs on the thread pool; requests arriving while one runs are coalesced
 * so only the latest is computed next. A change of weights, method or constraints only
 * re-scores the previous evaluation (microseconds), synchronously, so sliders stay live.
 */
class EngineRunner : public QObject
{
    Q_OBJECT

public:
    explicit EngineRunner(QObject *parent = nullptr);
    ~EngineRunner() override;

    /** Schedules the evaluation of `scenario`; `change` tells what differs from the last one. */
    void request(const Scenario &scenario, ScenarioDocument::Change change);
    /** Blocks until no evaluation is running or pending (tests, report export). */
    void waitForIdle();

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
    Outcome compute(const Scenario &scenario, quint64 generation) const;

    QFutureWatcher<Outcome> m_watcher;
    std::optional<Scenario> m_pending;
    ResultsPtr m_latest;
    quint64 m_generation = 0;
    bool m_awaitingDelivery = false;
};

} // namespace escale::ui
