// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_runner.h"

#include "escale/model/errors.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace escale::ui {

namespace {

bool rescoreIsEnough(ScenarioDocument::Change change)
{
    using C = ScenarioDocument::Change;
    return change == C::Weights || change == C::Method || change == C::Constraints
           || change == C::Details;
}

/** True if `a` and `b` differ only in what re-scoring handles. */
bool sameInputs(const Scenario &a, const Scenario &b)
{
    Scenario x = a;
    x.weights = b.weights;
    x.method = b.method;
    x.constraints = b.constraints;
    x.name = b.name;
    x.client = b.client;
    x.description = b.description;
    x.cost.view = b.cost.view;
    return x == b;
}

} // namespace

EngineRunner::EngineRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ResultsPtr>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &EngineRunner::finished);
}

EngineRunner::~EngineRunner()
{
    m_pending.reset();
    m_watcher.waitForFinished();
}

void EngineRunner::request(const Scenario &scenario, ScenarioDocument::Change change)
{
    if (rescoreIsEnough(change) && m_latest && !m_watcher.isRunning() && !m_pending
        && sameInputs(m_latest->scenario, scenario)) {
        auto results = std::make_shared<Results>();
        results->scenario = scenario;
        results->generation = ++m_generation;
        try {
            results->evaluation = rescore(m_latest->evaluation, scenario);
            completeResults(*results);
        } catch (const std::exception &e) {
            emit failed(QString::fromStdString(e.what()));
            return;
        }
        m_latest = results;
        emit resultsReady(m_latest);
        return;
    }
    if (m_watcher.isRunning()) {
        m_pending = scenario;
        return;
    }
    start(scenario);
}

void EngineRunner::start(const Scenario &scenario)
{
    const quint64 generation = ++m_generation;
    m_awaitingDelivery = true;
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(
        [this, scenario, generation] { return compute(scenario, generation); }));
}

EngineRunner::Outcome EngineRunner::compute(const Scenario &scenario, quint64 generation) const
{
    Outcome outcome;
    try {
        auto results = std::make_shared<Results>();
        results->scenario = scenario;
        results->generation = generation;
        results->evaluation = evaluate(scenario);
        completeResults(*results);
        outcome.results = results;
    } catch (const InputError &e) {
        outcome.error = tr("The scenario cannot be evaluated: %1").arg(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        outcome.error = tr("Internal error while evaluating: %1").arg(QString::fromStdString(e.what()));
    }
    return outcome;
}

void EngineRunner::finished()
{
    m_awaitingDelivery = false;
    const Outcome outcome = m_watcher.result();
    if (m_pending) {
        const Scenario next = *m_pending;
        m_pending.reset();
        start(next); // a newer request supersedes this result
        return;
    }
    emit busyChanged(false);
    if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
        return;
    }
    m_latest = outcome.results;
    emit resultsReady(m_latest);
}

void EngineRunner::waitForIdle()
{
    // The watcher reports through queued events: wait, then let them be delivered.
    while (m_watcher.isRunning() || m_pending || m_awaitingDelivery) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

} // namespace escale::ui
