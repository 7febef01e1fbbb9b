// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"
#include "core/scenario_document.h"
#include "core/smaa_runner.h"

#include <QGroupBox>
#include <QStringList>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace escale::ui {

class EngineRunner;

namespace charts {
class ChartPanel;
}

/**
 * SMAA-2 on the current results: weights sampled (uniform on the simplex, in the order of the
 * current weights, within ±10 points of them, or fixed) and the cost criterion uncertain over
 * each site's wage range (escale::scenarioUncertainty), ranked with the scenario's method. Runs
 * off the UI thread with progress and cancel; the results are marked out of date as soon as
 * the scenario differs from the one they were computed for.
 */
class SmaaPanel : public QGroupBox
{
    Q_OBJECT

public:
    enum class WeightChoice { Uniform, Ordinal, Bounded, Fixed };
    static constexpr int DefaultSamples = 20000;
    static constexpr int DefaultSeed = 2026;
    /** Half-width of the Bounded choice around each current weight. */

    SmaaPanel(ScenarioDocument *document, EngineRunner *engine, QWidget *parent = nullptr);

    /** Starts a run on the engine's latest results; false (with a message) if there are none. */
    bool run();
    void cancel();

    /** The SMAA options run() would use for `results` with the current settings. */
    mcda::SmaaOptions options(const Results &results) const;

    SmaaRunner *runner() const { return m_runner; }
    SmaaResultPtr result() const { return m_result; }
    bool isStale() const;
    QSpinBox *samplesBox() const { return m_samples; }
    QSpinBox *seedBox() const { return m_seed; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTableWidget *table() const { return m_table; }

protected:
    /** Runs the analysis when the panel comes into view without an up-to-date result. */
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    void setRunning(bool running);
    void showResult(const SmaaResultPtr &result);
    void showStatus(const QString &text, bool warning);
    void updateStale();

    ScenarioDocument *m_document;
    EngineRunner *m_engine;
    SmaaRunner *m_runner;
    QSpinBox *m_samples = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_weights = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    charts::ChartPanel *m_chart = nullptr;

    SmaaResultPtr m_result;
    Scenario m_runScenario; ///< the scenario of the running or shown analysis
    QStringList m_runNames; ///< destinations of the running analysis, problem-row order
    QStringList m_names; ///< destinations of the shown result
    Scenario m_resultScenario; ///< the scenario of the shown result
};

} // namespace escale::ui
