// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup_probe.h"

#include "core/engine_runner.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace escale::ui {

StartupProbe::StartupProbe(QWidget *window, EngineRunner *engine, QElapsedTimer clock)
    : QObject(window)
    , m_engine(engine)
    , m_clock(clock)
{
    // Paint events reach the child widgets, not the window: watch them all.
    window->installEventFilter(this);
    for (QWidget *child : window->findChildren<QWidget *>())
        child->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_engine->latest()) {
        m_done = true;
        // Report after this paint has finished and reached the screen.
        QTimer::singleShot(0, this, [this] {
            QTextStream(stdout) << "escale: drawn after " << m_clock.elapsed() << " ms\n";
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace escale::ui
