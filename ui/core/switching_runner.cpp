// SPDX-License-Identifier: GPL-3.0-or-later
#include "switching_runner.h"

#include "escale/model/errors.h"

#include <QMetaObject>

#include <cmath>
#include <exception>

namespace escale::ui {

SwitchingRunner::SwitchingRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SwitchingPtr>();
}

SwitchingRunner::~SwitchingRunner()
{
    // Calls the worker queued on `this` are discarded with the object once it is gone.
    stopAndJoin();
}

void SwitchingRunner::stopAndJoin()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

void SwitchingRunner::start(const Scenario &scenario, const Evaluation &current, int threads)
{
    const bool wasRunning = m_running;
    stopAndJoin(); // the old run's queued reports carry its number and are ignored
    m_cancel = false;
    const quint64 run = ++m_run;
    m_lastPercent = -1;
    m_running = true;
    if (!wasRunning)
        emit runningChanged(true);

    m_thread = std::thread([this, run, scenario, current, threads] {
        SwitchingOptions options;
        options.threads = threads;
        options.cancel = &m_cancel;
        options.progress = [this, run](double fraction) {
            const int percent = int(std::floor(fraction * 100.0));
            QMetaObject::invokeMethod(
                this, [this, run, percent] { deliverProgress(run, percent); },
                Qt::QueuedConnection);
        };
        SwitchingPtr analysis;
        QString error;
        try {
            analysis = std::make_shared<const SwitchingAnalysis>(
                switchingValues(scenario, current, options));
        } catch (const InputError &e) {
            error = tr("The switching values could not be computed: %1")
                        .arg(QString::fromStdString(e.what()));
        } catch (const std::exception &e) {
            error = tr("Internal error while computing the switching values: %1")
                        .arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(
            this, [this, run, analysis, error] { deliverEnd(run, analysis, error); },
            Qt::QueuedConnection);
    });
}

void SwitchingRunner::cancel()
{
    if (m_running)
        m_cancel = true;
}

void SwitchingRunner::deliverProgress(quint64 run, int percent)
{
    if (run != m_run || !m_running || percent <= m_lastPercent)
        return;
    m_lastPercent = percent;
    emit progress(percent);
}

void SwitchingRunner::deliverEnd(quint64 run, const SwitchingPtr &analysis, const QString &error)
{
    if (run != m_run || !m_running)
        return;
    if (m_thread.joinable())
        m_thread.join(); // the worker has posted its last call: this returns at once
    m_running = false;
    if (!error.isEmpty())
        emit failed(error);
    else if (!analysis || analysis->cancelled)
        emit cancelled();
    else
        emit finished(analysis);
    emit runningChanged(false);
}

} // namespace escale::ui
