// SPDX-License-Identifier: GPL-3.0-or-later
// The weights page: sliders that always sum to 100%, proportional rescaling, live ranking,
// one undo step per drag, presets, constraints, cost view and the AHP button.
#include "ui_test_support.h"

#include "core/engine_runner.h"
#include "dialogs/ahp_dialog.h"
#include "pages/constraints_editor.h"
#include "pages/weights_page.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QRadioButton>
#include <QSlider>
#include <QTreeWidget>
#include <QUndoStack>

#include <numeric>

using namespace escale;
using escale::ui::EngineRunner;
using escale::ui::WeightsPage;

namespace {

/** A document and an engine wired as the main window wires them. */
struct Harness
{
    Harness()
        : document(test::shippedDocument())
    {
        QObject::connect(document.get(), &ui::ScenarioDocument::scenarioChanged, &engine,
                         [this] { engine.request(document->scenario()); });
        engine.request(document->scenario());
        engine.waitForIdle();
        page = std::make_unique<WeightsPage>(document.get(), &engine);
    }
    double sum() const
    {
        const auto &v = document->scenario().weights.values;
        return std::accumulate(v.begin(), v.end(), 0.0);
    }
    std::string bestId() const
    {
        const Evaluation &ev = engine.latest()->evaluation;
        return ev.sites[std::size_t(ev.recommendation.best)].id;
    }

    std::unique_ptr<ui::ScenarioDocument> document;
    EngineRunner engine;
    std::unique_ptr<WeightsPage> page;
};

void drag(QSlider *slider, std::initializer_list<int> positions)
{
    slider->setSliderDown(true);
    for (int p : positions)
        slider->setValue(p);
    slider->setSliderDown(false);
}

} // namespace

TEST(WeightsPage, ShowsTheScenarioWeights)
{
    Harness h;
    EXPECT_EQ(h.document->undoStack()->count(), 0); // building the page edits nothing
    const Weights w = h.document->scenario().weights.normalized();
    for (Criterion c : AllCriteria) {
        EXPECT_EQ(h.page->slider(c)->value(), int(std::lround(w[c] * WeightsPage::SliderSteps)));
        EXPECT_NEAR(h.page->spinBox(c)->value(), w[c] * 100.0, 1e-9);
    }
    EXPECT_EQ(h.page->rankingView()->topLevelItemCount(), 5);
}

TEST(WeightsPage, DragKeepsTheSumRescalesInProportionAndIsOneUndoStep)
{
    Harness h;
    const Weights before = h.document->scenario().weights.normalized();
    const std::string bestBefore = h.bestId();
    ASSERT_EQ(bestBefore, "france");
    const int steps = h.document->undoStack()->count();
    QSlider *cost = h.page->slider(Criterion::Cost);

    cost->setSliderDown(true);
    for (int p : {450, 520, 600, 650, 700}) {
        cost->setValue(p);
        // Live: the engine re-scored synchronously for exactly these weights.
        EXPECT_EQ(h.engine.latest()->scenario.weights, h.document->scenario().weights);
        EXPECT_NEAR(h.sum(), 1.0, 1e-9);
    }
    cost->setSliderDown(false);

    const Weights after = h.document->scenario().weights;
    EXPECT_NEAR(after[Criterion::Cost], 0.70, 1e-12);
    const double scale = (1.0 - 0.70) / (1.0 - before[Criterion::Cost]);
    for (Criterion c : AllCriteria) {
        if (c != Criterion::Cost) {
            EXPECT_NEAR(after[c], before[c] * scale, 1e-12) << criterionKey(c);
        }
        EXPECT_NEAR(h.page->spinBox(c)->value(), after[c] * 100.0, 1e-9);
    }
    EXPECT_NEAR(h.sum(), 1.0, 1e-9);
    EXPECT_EQ(h.bestId(), "tunisia"); // cost at 70% makes the cheapest site first
    EXPECT_EQ(h.page->rankingView()->topLevelItem(0)->text(1), QStringLiteral("Tunisia"));
    EXPECT_EQ(h.page->rankingView()->topLevelItem(0)->text(0), QStringLiteral("1"));

    EXPECT_EQ(h.document->undoStack()->count(), steps + 1);
    h.document->undoStack()->undo();
    EXPECT_EQ(h.document->scenario().weights.normalized(), before);
    EXPECT_EQ(h.bestId(), bestBefore);
    EXPECT_EQ(cost->value(), int(std::lround(before[Criterion::Cost] * 1000)));
}

TEST(WeightsPage, TwoDragsAreTwoUndoSteps)
{
    Harness h;
    const int steps = h.document->undoStack()->count();
    drag(h.page->slider(Criterion::Cost), {450, 500});
    drag(h.page->slider(Criterion::Cost), {550, 600});
    EXPECT_EQ(h.document->undoStack()->count(), steps + 2);
    h.document->undoStack()->undo();
    EXPECT_NEAR(h.document->scenario().weights[Criterion::Cost], 0.50, 1e-12);
}

TEST(WeightsPage, DragThroughHundredPercentKeepsTheRatiosOfTheOthers)
{
    Harness h;
    const Weights before = h.document->scenario().weights.normalized();
    drag(h.page->slider(Criterion::Risk), {1000, 200});
    const Weights after = h.document->scenario().weights;
    const double scale = 0.8 / (1.0 - before[Criterion::Risk]);
    for (Criterion c : AllCriteria) {
        if (c != Criterion::Risk) {
            EXPECT_NEAR(after[c], before[c] * scale, 1e-12) << criterionKey(c);
        }
    }
}

TEST(WeightsPage, SpinBoxSetsTheWeight)
{
    Harness h;
    const int steps = h.document->undoStack()->count();
    h.page->spinBox(Criterion::Quality)->setValue(30.0);
    EXPECT_NEAR(h.document->scenario().weights[Criterion::Quality], 0.30, 1e-12);
    EXPECT_NEAR(h.sum(), 1.0, 1e-9);
    EXPECT_EQ(h.page->slider(Criterion::Quality)->value(), 300);
    EXPECT_EQ(h.document->undoStack()->count(), steps + 1);
}

TEST(WeightsPage, Presets)
{
    Harness h;
    for (int p = 0; p < WeightsPage::PresetCount; ++p) {
        const auto preset = WeightsPage::Preset(p);
        const Weights w = WeightsPage::presetWeights(preset);
        EXPECT_NEAR(std::accumulate(w.values.begin(), w.values.end(), 0.0), 1.0, 1e-12);
        h.page->presetButton(preset)->click();
        EXPECT_EQ(h.document->scenario().weights, w)
            << WeightsPage::presetName(preset).toStdString();
        for (Criterion c : AllCriteria) // one decimal shown
            EXPECT_NEAR(h.page->spinBox(c)->value(), w[c] * 100.0, 0.05);
    }
    const Weights gsli = WeightsPage::presetWeights(WeightsPage::Preset::GsliLike);
    EXPECT_NEAR(gsli[Criterion::Cost], 0.40, 1e-12);
    EXPECT_NEAR(gsli[Criterion::Language] + gsli[Criterion::Quality], 0.30, 1e-12);
    EXPECT_NEAR(gsli[Criterion::Capacity] + gsli[Criterion::Coverage] + gsli[Criterion::Risk], 0.30,
                1e-12);
    const Weights balanced = WeightsPage::presetWeights(WeightsPage::Preset::Balanced);
    for (Criterion c : AllCriteria)
        EXPECT_NEAR(balanced[c], 1.0 / 6.0, 1e-12);
    h.page->applyPreset(WeightsPage::Preset::LanguageFirst);
    EXPECT_EQ(h.bestId(), "france");
}

TEST(WeightsPage, ConstraintsAreOptionalAndUndoable)
{
    Harness h;
    ui::ConstraintsEditor *editor = h.page->constraintsEditor();
    using L = ui::ConstraintsEditor;
    EXPECT_FALSE(h.document->scenario().constraints.minCoverage.has_value());
    EXPECT_FALSE(editor->spinBox(L::MinCoverage)->isEnabled());
    EXPECT_EQ(editor->check(L::MaxSectorShare), nullptr); // always applied
    EXPECT_TRUE(editor->spinBox(L::MaxSectorShare)->isEnabled());

    const int steps = h.document->undoStack()->count();
    editor->check(L::MaxRisk)->setChecked(true);
    ASSERT_TRUE(h.document->scenario().constraints.maxRisk.has_value());
    editor->spinBox(L::MaxRisk)->setValue(2.0);
    EXPECT_DOUBLE_EQ(*h.document->scenario().constraints.maxRisk, 2.0);
    EXPECT_EQ(h.document->undoStack()->count(), steps + 2);
    // The engine re-scored: sites riskier than 2 are excluded.
    for (const SiteEvaluation &s : h.engine.latest()->evaluation.sites)
        EXPECT_EQ(s.excluded(), s.risk > 2.0) << s.id;

    editor->spinBox(L::MaxSectorShare)->setValue(5.0);
    EXPECT_DOUBLE_EQ(h.document->scenario().constraints.maxSectorShare, 0.05);
    editor->check(L::MinFrenchFullShare)->setChecked(true);
    EXPECT_DOUBLE_EQ(*h.document->scenario().constraints.minFrenchFullShare,
                     editor->spinBox(L::MinFrenchFullShare)->value() / 100.0);

    h.document->undoStack()->undo();
    h.document->undoStack()->undo();
    h.document->undoStack()->undo();
    h.document->undoStack()->undo();
    EXPECT_FALSE(h.document->scenario().constraints.maxRisk.has_value());
    EXPECT_FALSE(editor->check(L::MaxRisk)->isChecked());
    EXPECT_DOUBLE_EQ(h.document->scenario().constraints.maxSectorShare, 0.10);
}

TEST(WeightsPage, CostViewSwitch)
{
    Harness h;
    ASSERT_EQ(h.document->scenario().cost.view, CostView::Vendor);
    EXPECT_TRUE(h.page->costViewButton(CostView::Vendor)->isChecked());
    h.page->costViewButton(CostView::InHouse)->click();
    EXPECT_EQ(h.document->scenario().cost.view, CostView::InHouse);
    h.engine.waitForIdle();
    EXPECT_EQ(h.engine.latest()->evaluation.view, CostView::InHouse);
    h.document->undoStack()->undo();
    EXPECT_TRUE(h.page->costViewButton(CostView::Vendor)->isChecked());
}

TEST(WeightsPage, AhpDialogSetsTheWeightsAsOneStep)
{
    Harness h;
    const int steps = h.document->undoStack()->count();
    h.page->ahpButton()->click();
    auto *dialog = h.page->findChild<ui::AhpDialog *>();
    ASSERT_NE(dialog, nullptr);
    const Weights initial = dialog->weights();
    dialog->setJudgement(1, 0, 3.0); // language moderately more important than cost
    const Weights derived = dialog->weights();
    dialog->accept();
    EXPECT_EQ(h.document->scenario().weights, derived);
    EXPECT_EQ(h.document->undoStack()->count(), steps + 1);
    EXPECT_GT(derived[Criterion::Language], initial[Criterion::Language]);
    EXPECT_LT(derived[Criterion::Cost], initial[Criterion::Cost]);
}
