// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_runner.h"

#include "escale/model/errors.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace escale::ui {

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

void EngineRunner::request(const Scenario &scenario)
{
    if (m_latest && !m_watcher.isRunning() && !m_pending
        && rescoreSuffices(m_latest->scenario, scenario)) {
        Outcome outcome = run([&] { return rescoreResults(*m_latest, scenario, ++m_generation); });
        if (!outcome.error.isEmpty()) {
            emit failed(outcome.error);
            return;
        }
        m_latest = outcome.results;
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
    m_watcher.setFuture(QtConcurrent::run([scenario, generation, observer = m_observer] {
        if (observer)
            observer();
        return run([&] { return computeResults(scenario, generation); });
    }));
}

EngineRunner::Outcome EngineRunner::run(const std::function<ResultsPtr()> &work)
{
    Outcome outcome;
    try {
        outcome.results = work();
    } catch (const InputError &e) {
        outcome.error
            = tr("The scenario cannot be evaluated: %1").arg(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        outcome.error
            = tr("Internal error while evaluating: %1").arg(QString::fromStdString(e.what()));
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
