// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace escale::ui {

class EngineRunner;

/**
 * Measures startup: once the window has painted with the first results on screen, prints
 * "escale: drawn after N ms" (since `clock` started, at the top of main) and quits. Used by
 * `escale --quit-when-drawn` under hyperfine; see README "Measured speed".
 */
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget *window, EngineRunner *engine, QElapsedTimer clock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EngineRunner *m_engine;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace escale::ui
