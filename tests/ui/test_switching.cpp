// SPDX-License-Identifier: GPL-3.0-or-later
// Switching values in the app: the runner off the UI thread (same values as the engine, progress,
// cancel, a new start superseding), the texts, and the robustness page's tab that runs when it
// comes into view and marks its values out of date.
#include "ui_test_support.h"

#include "core/engine_runner.h"
#include "core/formatting.h"
#include "core/switching_runner.h"
#include "core/switching_text.h"
#include "pages/robustness_page.h"
#include "pages/switching_panel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace escale;
using escale::ui::EngineRunner;
using escale::ui::SwitchingPtr;
using escale::ui::SwitchingRunner;
using escale::ui::SwitchingText;

namespace {

struct Harness
{
    Harness()
        : document(test::shippedDocument())
    {
        QObject::connect(document.get(), &ui::ScenarioDocument::scenarioChanged, &engine,
                         [this] { engine.request(document->scenario()); });
        engine.request(document->scenario());
        engine.waitForIdle();
    }
    ui::ResultsPtr results() const { return engine.latest(); }

    std::unique_ptr<ui::ScenarioDocument> document;
    EngineRunner engine;
};

std::size_t inputIndex(const std::string &key)
{
    for (std::size_t i = 0; i < switchingInputs().size(); ++i) {
        if (switchingInputs()[i].key == key)
            return i;
    }
    ADD_FAILURE() << key;
    return 0;
}

} // namespace

TEST(SwitchingRunner, GivesTheEnginesValuesAndReportsProgress)
{
    Harness h;
    SwitchingRunner runner;
    QSignalSpy progress(&runner, &SwitchingRunner::progress);
    QSignalSpy finished(&runner, &SwitchingRunner::finished);
    QSignalSpy running(&runner, &SwitchingRunner::runningChanged);
    runner.start(h.results()->scenario, h.results()->evaluation, 2);
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(runner.isRunning());
    const SwitchingPtr analysis = finished.front().front().value<SwitchingPtr>();
    ASSERT_TRUE(analysis);
    const SwitchingAnalysis direct = switchingValues(h.results()->scenario,
                                                     h.results()->evaluation);
    ASSERT_EQ(analysis->values.size(), direct.values.size());
    for (std::size_t i = 0; i < direct.values.size(); ++i) {
        ASSERT_EQ(analysis->values[i].nearest().has_value(),
                  direct.values[i].nearest().has_value());
        if (direct.values[i].nearest()) {
            EXPECT_EQ(analysis->values[i].nearest()->value, direct.values[i].nearest()->value);
        }
    }
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.back().front().toInt(), 100);
    EXPECT_EQ(running.size(), 2); // true, then false
}

TEST(SwitchingRunner, CancelStopsAndANewStartSupersedes)
{
    Harness h;
    SwitchingRunner runner;
    QSignalSpy finished(&runner, &SwitchingRunner::finished);
    QSignalSpy cancelled(&runner, &SwitchingRunner::cancelled);
    runner.start(h.results()->scenario, h.results()->evaluation, 1);
    runner.cancel();
    ASSERT_TRUE(cancelled.wait(60000));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(runner.isRunning());

    // Two starts in a row: only the second reports.
    runner.start(h.results()->scenario, h.results()->evaluation, 1);
    runner.start(h.results()->scenario, h.results()->evaluation, 2);
    ASSERT_TRUE(finished.wait(60000));
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.size(), 1);
    // Destroying a running runner joins its worker.
    auto *busy = new SwitchingRunner;
    busy->start(h.results()->scenario, h.results()->evaluation, 1);
    delete busy;
}

TEST(SwitchingText, ValuesChangesAndSentences)
{
    const SwitchingInput &rate = switchingInputs()[inputIndex("costs.billed_rate_per_hour")];
    const SwitchingInput &attrition = switchingInputs()[inputIndex("attrition_rate")];
    const SwitchingInput &volume = switchingInputs()[inputIndex("workload.volume_factor")];
    EXPECT_EQ(SwitchingText::value(rate, 13.774030630222141), QStringLiteral("13.77 €/h"));
    EXPECT_EQ(SwitchingText::value(rate, 11.0), QStringLiteral("11 €/h"));
    EXPECT_EQ(SwitchingText::value(volume, 0.01), QStringLiteral("0.01×"));
    EXPECT_EQ(SwitchingText::value(attrition, 0.1), QStringLiteral("10% per year"));
    EXPECT_EQ(SwitchingText::label(rate), QStringLiteral("Billed rate"));

    SwitchingValue row;
    row.input = inputIndex("costs.billed_rate_per_hour");
    row.site = 4;
    row.current = 11.0;
    row.low = 0.11;
    row.high = 1100.0;
    EXPECT_EQ(SwitchingText::change(row, 13.75), QStringLiteral("+25.0%"));
    EXPECT_EQ(SwitchingText::noFlip(row), QStringLiteral("no flip within [0.11 €/h, 1,100 €/h]"));
    SwitchingValue share;
    share.input = inputIndex("attrition_rate");
    share.current = 0.1;
    share.low = 0.0;
    share.high = 3.0;
    EXPECT_EQ(SwitchingText::change(share, 0.35), QStringLiteral("+25.0 pts"));
    EXPECT_EQ(SwitchingText::noFlip(share), QStringLiteral("no flip within [0%, 300%]"));

    Harness h;
    const ui::Results &results = *h.results();
    row.above = SwitchingPoint{13.774, 0, Verdict::Onshore};
    EXPECT_EQ(SwitchingText::sentence(results, row),
              QStringLiteral("France wins if Tunisia's billed rate rises above 13.77 €/h (now 11 "
                             "€/h)."));
    SwitchingValue total;
    total.input = inputIndex("workload.volume_factor");
    total.current = 1.0;
    total.below = SwitchingPoint{0.5, -1, Verdict::NoEligibleSite};
    EXPECT_EQ(SwitchingText::sentence(results, total),
              QStringLiteral("No destination stays eligible if the total volume falls below 0.5× "
                             "(now 1×)."));
    SwitchingAnalysis analysis;
    analysis.values = {total, row};
    // Relative changes: -50 % for the volume, +25.2 % for the rate.
    EXPECT_EQ(SwitchingText::nearestSwitch(analysis), &analysis.values[1]);
}

TEST(RobustnessPage, SwitchingTabRunsWhenShownAndMarksStaleValues)
{
    Harness h;
    ui::RobustnessPage page(h.document.get(), &h.engine);
    ui::SwitchingPanel *panel = page.switchingPanel();
    ASSERT_NE(panel, nullptr);
    QTabWidget *tabs = page.analysisTabs();
    ASSERT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->widget(1), panel);
    EXPECT_FALSE(panel->analysis());

    page.resize(1280, 800);
    page.show();
    QSignalSpy finished(panel->runner(), &SwitchingRunner::finished);
    tabs->setCurrentIndex(1); // coming into view starts the run
    EXPECT_FALSE(panel->runButton()->isEnabled());
    EXPECT_TRUE(panel->cancelButton()->isEnabled());
    ASSERT_TRUE(finished.wait(60000));
    const SwitchingPtr analysis = panel->analysis();
    ASSERT_TRUE(analysis);
    EXPECT_TRUE(panel->runButton()->isEnabled());
    EXPECT_FALSE(panel->isStale());

    const ui::Results &results = *h.results();
    QTableWidget *table = panel->table();
    ASSERT_EQ(table->rowCount(), int(analysis->values.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const SwitchingValue &row = analysis->values[std::size_t(r)];
        const SwitchingInput &input = switchingInputs()[row.input];
        EXPECT_EQ(table->item(r, ui::SwitchingPanel::InputColumn)->text(),
                  SwitchingText::label(input));
        EXPECT_EQ(table->item(r, ui::SwitchingPanel::NowColumn)->text(),
                  SwitchingText::value(input, row.current));
        const QString value = table->item(r, ui::SwitchingPanel::ValueColumn)->text();
        if (row.nearest()) {
            EXPECT_EQ(value, SwitchingText::value(input, row.nearest()->value));
            EXPECT_EQ(table->item(r, ui::SwitchingPanel::ThenColumn)->text(),
                      SwitchingText::outcome(results, *row.nearest()));
        } else {
            EXPECT_EQ(value, SwitchingText::noFlip(row));
        }
        EXPECT_EQ(table->item(r, 0)->toolTip(), SwitchingText::sentence(results, row));
    }
    const SwitchingValue *nearest = SwitchingText::nearestSwitch(*analysis);
    ASSERT_NE(nearest, nullptr);
    EXPECT_TRUE(panel->summaryLabel()->text().contains(SwitchingText::sentence(results, *nearest)));

    Scenario changed = h.document->scenario();
    changed.weights = changed.weights.withWeight(Criterion::Cost, 0.2);
    h.document->apply(changed, QStringLiteral("weights"));
    EXPECT_TRUE(panel->isStale());
    h.document->undoStack()->undo();
    EXPECT_FALSE(panel->isStale());
}
