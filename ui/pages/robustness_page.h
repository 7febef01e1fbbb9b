// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"
#include "core/scenario_document.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace escale::ui {

class EngineRunner;
class MethodComparisonModel;
class SmaaPanel;
class SwitchingPanel;

namespace charts {
class ChartPanel;
}

/**
 * How robust the recommendation is: the ranking method (which drives the recommendation), the
 * four methods side by side, the weight stability intervals with a sentence, the smallest
 * single-weight change that would make another destination win, and, in two tabs, SMAA-2 and
 * the switching values of the key inputs.
 */
class RobustnessPage : public QWidget
{
    Q_OBJECT

public:
    RobustnessPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent = nullptr);

    /** Sets the scenario's method as one undo step (WSM keeps no normalisation by default). */
    void setMethod(mcda::Method method);
    void setNormalization(mcda::Normalization normalization);

    QComboBox *methodBox() const { return m_method; }
    QComboBox *normalizationBox() const { return m_normalization; }
    charts::ChartPanel *stabilityPanel() const { return m_stability; }
    QLabel *stabilityLabel() const { return m_sentence; }
    QComboBox *challengerBox() const { return m_challenger; }
    QLabel *challengerLabel() const { return m_change; }
    QPushButton *applyChangeButton() const { return m_applyChange; }
    SmaaPanel *smaaPanel() const { return m_smaa; }
    SwitchingPanel *switchingPanel() const { return m_switching; }
    /** The tabs holding smaaPanel() and switchingPanel(). */
    QTabWidget *analysisTabs() const { return m_tabs; }

private:
    QWidget *createMethod();
    QWidget *createComparison();
    QWidget *createStability();
    void updateMethodBoxes();
    void showResults(const ResultsPtr &results);
    void updateChallenge();
    void applyChange();

    ScenarioDocument *m_document;
    EngineRunner *m_engine;
    ResultsPtr m_results;
    QComboBox *m_method = nullptr;
    QComboBox *m_normalization = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_agreement = nullptr;
    MethodComparisonModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    charts::ChartPanel *m_stability = nullptr;
    QLabel *m_sentence = nullptr;
    QComboBox *m_challenger = nullptr;
    QLabel *m_change = nullptr;
    QPushButton *m_applyChange = nullptr;
    std::optional<Weights> m_proposed; ///< the weights of the shown winning change
    SmaaPanel *m_smaa = nullptr;
    SwitchingPanel *m_switching = nullptr;
    QTabWidget *m_tabs = nullptr;
    bool m_updating = false;
};

} // namespace escale::ui
