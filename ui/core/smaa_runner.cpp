// SPDX-License-Identifier: GPL-3.0-or-later
#include "smaa_runner.h"

#include "escale/model/errors.h"

#include <QMetaObject>

#include <cmath>
#include <exception>

namespace escale::ui {

SmaaRunner::SmaaRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SmaaResultPtr>();
}

SmaaRunner::~SmaaRunner()
{
    // Calls the worker queued on `this` are discarded with the object once it is gone.
    stopAndJoin();
}

void SmaaRunner::stopAndJoin()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

void SmaaRunner::start(const mcda::UncertainProblem &problem, const mcda::SmaaOptions &options)
{
    const bool wasRunning = m_running;
    stopAndJoin(); // the old run's queued reports carry its number and are ignored
    m_cancel = false;
    const quint64 run = ++m_run;
    m_lastPercent = -1;
    m_running = true;
    if (!wasRunning)
        emit runningChanged(true);

    m_thread = std::thread([this, run, problem, options] {
        mcda::SmaaControl control;
        control.cancel = &m_cancel;
        control.progress = [this, run](double fraction) {
            const int percent = int(std::floor(fraction * 100.0));
            QMetaObject::invokeMethod(
                this, [this, run, percent] { deliverProgress(run, percent); },
                Qt::QueuedConnection);
        };
        SmaaResultPtr result;
        QString error;
        try {
            result = std::make_shared<const mcda::SmaaResult>(
                mcda::smaa(problem, options, control));
        } catch (const InputError &e) {
            error = tr("The uncertainty analysis could not run: %1")
                        .arg(QString::fromStdString(e.what()));
        } catch (const std::exception &e) {
            error = tr("Internal error in the uncertainty analysis: %1")
                        .arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(
            this, [this, run, result, error] { deliverEnd(run, result, error); },
            Qt::QueuedConnection);
    });
}

void SmaaRunner::cancel()
{
    if (m_running)
        m_cancel = true;
}

void SmaaRunner::deliverProgress(quint64 run, int percent)
{
    if (run != m_run || !m_running || percent <= m_lastPercent)
        return;
    m_lastPercent = percent;
    emit progress(percent);
}

void SmaaRunner::deliverEnd(quint64 run, const SmaaResultPtr &result, const QString &error)
{
    if (run != m_run || !m_running)
        return;
    if (m_thread.joinable())
        m_thread.join(); // the worker has posted its last call: this returns at once
    m_running = false;
    if (!error.isEmpty())
        emit failed(error);
    else if (!result || result->cancelled)
        emit cancelled();
    else
        emit finished(result);
    emit runningChanged(false);
}

} // namespace escale::ui
