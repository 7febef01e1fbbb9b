// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"
#include "core/scenario_document.h"

#include <QWidget>

#include <array>

class QAbstractButton;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSlider;
class QTreeWidget;

namespace escale::ui {

class ConstraintsEditor;
class EngineRunner;

/**
 * How much each criterion counts. One slider and one percentage box per criterion, always
 * summing to 100%: moving one rescales the others in proportion (Weights::withWeight, from the
 * weights at the start of the drag so their ratios survive a trip to 0% or 100%). A slider drag
 * is one undo step (none if it ends where it began) and re-scores live (rescoreSuffices()).
 * Next to the sliders: the ranking as it stands; below: presets, the AHP dialog, the hard
 * constraints and the cost view.
 */
class WeightsPage : public QWidget
{
    Q_OBJECT

public:
    /**
     * Preset weights (cost / language / quality / capacity / coverage / risk, in %):
     * - Balanced:        16.7 each (1/6);
     * - CostFirst:       50 / 15 / 10 / 5 / 10 / 10;
     * - LanguageFirst:   20 / 40 / 15 / 5 / 10 / 10;
     * - RiskAverse:      25 / 15 / 15 / 10 / 10 / 25;
     * - GsliLike:        40 / 15 / 15 / 10 / 10 / 10 - the 40/30/30 split of A.T. Kearney's
     *   Global Services Location Index (financial attractiveness / people skills and
     *   availability / business environment) mapped as cost 40, language + quality 30 (15 + 15),
     *   capacity + coverage + risk 30 (10 + 10 + 10).
     */
    enum class Preset { Balanced, CostFirst, LanguageFirst, RiskAverse, GsliLike };
    static constexpr int PresetCount = 5;

    WeightsPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent = nullptr);

    static Weights presetWeights(Preset preset);
    static QString presetName(Preset preset);
    /** Sets the preset's weights as one undo step. */
    void applyPreset(Preset preset);
    /** Opens the AHP dialog (window-modal); accepting it sets its weights as one undo step. */
    void openAhpDialog();

    QSlider *slider(Criterion criterion) const { return m_sliders[index(criterion)]; }
    QDoubleSpinBox *spinBox(Criterion criterion) const { return m_spins[index(criterion)]; }
    QTreeWidget *rankingView() const { return m_ranking; }
    QAbstractButton *presetButton(Preset preset) const;
    QAbstractButton *ahpButton() const;
    QRadioButton *costViewButton(CostView view) const;
    ConstraintsEditor *constraintsEditor() const { return m_constraints; }

    /** Slider resolution: steps per 100%. */
    static constexpr int SliderSteps = 1000;

private:
    QWidget *createWeights();
    QWidget *createRanking();
    QWidget *createCostView();
    void sliderPressed(Criterion criterion);
    void sliderMoved(Criterion criterion, int value);
    void spinChanged(Criterion criterion, double percent);
    void setWeight(Criterion criterion, double weight, bool dragging);
    void updateFromScenario();
    void showResults(const ResultsPtr &results);

    ScenarioDocument *m_document;
    EngineRunner *m_engine;
    std::array<QSlider *, CriterionCount> m_sliders{};
    std::array<QDoubleSpinBox *, CriterionCount> m_spins{};
    std::array<QAbstractButton *, PresetCount> m_presets{};
    QAbstractButton *m_ahp = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_method = nullptr;
    QTreeWidget *m_ranking = nullptr;
    QRadioButton *m_vendor = nullptr;
    QRadioButton *m_inHouse = nullptr;
    ConstraintsEditor *m_constraints = nullptr;
    Weights m_dragStart; ///< the scenario's weights when the drag began, as they were
    Weights m_dragOrigin; ///< the same, normalised: what the drag rescales from
    int m_dragStartValue = -1;
    int m_dragSerial = 0;
    bool m_updating = false;
};

} // namespace escale::ui
