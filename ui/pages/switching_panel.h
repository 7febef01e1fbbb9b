// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"
#include "core/scenario_document.h"
#include "core/switching_runner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace escale::ui {

class EngineRunner;

/**
 * Switching values of the current results (escale::switchingValues): for the winner and the
 * runner-up, the billed rate, AHT multiplier, attrition and wage inflation at which another
 * destination wins, and the total volume. Off the UI thread with progress and cancel; it runs
 * when it comes into view without up-to-date values, and marks them out of date as soon as
 * the scenario differs from the one they were computed for.
 */
class SwitchingPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        InputColumn,
        SiteColumn,
        NowColumn,
        ValueColumn,
        ChangeColumn,
        ThenColumn,
        ColumnCount
    };

    SwitchingPanel(ScenarioDocument *document, EngineRunner *engine, QWidget *parent = nullptr);

    /** Starts a run on the engine's latest results; false (with a message) if there are none. */
    bool run();
    void cancel();

    SwitchingRunner *runner() const { return m_runner; }
    SwitchingPtr analysis() const { return m_analysis; }
    bool isStale() const;
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setRunning(bool running);
    void showAnalysis(const SwitchingPtr &analysis);
    void showStatus(const QString &text, bool warning);
    void updateStale();

    ScenarioDocument *m_document;
    EngineRunner *m_engine;
    SwitchingRunner *m_runner;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;

    SwitchingPtr m_analysis;
    ResultsPtr m_runResults; ///< the results of the running or shown analysis
    ResultsPtr m_shownResults;
};

} // namespace escale::ui
