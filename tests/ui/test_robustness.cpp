// SPDX-License-Identifier: GPL-3.0-or-later
// Robustness: SMAA runner, method switcher, method comparison model, stability and SMAA
// charts, winning change, stale SMAA results.
#include "ui_test_support.h"

#include "charts/chart_panel.h"
#include "charts/chart_view_adapter.h"
#include "core/engine_runner.h"
#include "core/smaa_runner.h"
#include "models/method_comparison_model.h"
#include "pages/robustness_page.h"
#include "pages/smaa_panel.h"
#include "plot/result_plots.h"

#include "escale/model/scenario_uncertainty.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QUndoStack>

#include <chrono>

using namespace escale;
using escale::ui::EngineRunner;
using escale::ui::SmaaResultPtr;
using escale::ui::SmaaRunner;

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

mcda::SmaaOptions smaaOptions(long long samples, std::uint64_t seed = 2026)
{
    mcda::SmaaOptions options;
    options.samples = samples;
    options.seed = seed;
    options.threads = 2;
    return options;
}

SmaaResultPtr runToEnd(SmaaRunner &runner, const mcda::UncertainProblem &problem,
                       const mcda::SmaaOptions &options)
{
    QSignalSpy finished(&runner, &SmaaRunner::finished);
    runner.start(problem, options);
    EXPECT_TRUE(finished.wait(60000));
    if (finished.isEmpty())
        return nullptr;
    return finished.front().front().value<SmaaResultPtr>();
}

QAbstractSeries *seriesNamed(const QChart &chart, const QString &name)
{
    const QList<QAbstractSeries *> all = chart.series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == name)
            return series;
    }
    return nullptr;
}

} // namespace

TEST(SmaaRunner, FinishesWithRowsSummingToOneAndReportsProgress)
{
    Harness h;
    const mcda::UncertainProblem problem = scenarioUncertainty(h.results()->evaluation,
                                                               h.results()->scenario);
    SmaaRunner runner;
    QSignalSpy progress(&runner, &SmaaRunner::progress);
    const SmaaResultPtr result = runToEnd(runner, problem, smaaOptions(20000));
    ASSERT_TRUE(result);
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(result->samples, 20000);
    ASSERT_EQ(result->rankAcceptability.rows(), Eigen::Index(h.results()->rows().size()));
    for (Eigen::Index i = 0; i < result->rankAcceptability.rows(); ++i)
        EXPECT_NEAR(result->rankAcceptability.row(i).sum(), 1.0, 1e-12);
    ASSERT_FALSE(progress.isEmpty());
    int last = -1;
    for (const QList<QVariant> &call : progress) {
        EXPECT_GT(call.front().toInt(), last);
        last = call.front().toInt();
    }
    EXPECT_EQ(last, 100);
}

TEST(SmaaRunner, IsDeterministicForASeed)
{
    Harness h;
    const mcda::UncertainProblem problem = scenarioUncertainty(h.results()->evaluation,
                                                               h.results()->scenario);
    SmaaRunner runner;
    const SmaaResultPtr a = runToEnd(runner, problem, smaaOptions(10000, 7));
    const SmaaResultPtr b = runToEnd(runner, problem, smaaOptions(10000, 7));
    const SmaaResultPtr c = runToEnd(runner, problem, smaaOptions(10000, 8));
    ASSERT_TRUE(a && b && c);
    EXPECT_EQ(a->rankAcceptability, b->rankAcceptability);
    EXPECT_EQ(a->centralWeights, b->centralWeights);
    EXPECT_NE(a->rankAcceptability, c->rankAcceptability);
}

TEST(SmaaRunner, BadInputIsReportedAsSuch)
{
    Harness h;
    const mcda::UncertainProblem problem = scenarioUncertainty(h.results()->evaluation,
                                                               h.results()->scenario);
    mcda::SmaaOptions options = smaaOptions(1000);
    options.weights = mcda::WeightMode::Bounded;
    options.bounds.assign(std::size_t(problem.problem.criterionCount()), {0.5, 0.6}); // sum lo > 1
    SmaaRunner runner;
    QSignalSpy failed(&runner, &SmaaRunner::failed);
    runner.start(problem, options);
    ASSERT_TRUE(failed.wait(20000));
    const QString message = failed.front().front().toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("The uncertainty analysis could not run:")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Internal error"))) << message.toStdString();
    EXPECT_FALSE(runner.isRunning());
}

TEST(SmaaRunner, CancelStopsEarly)
{
    Harness h;
    const mcda::UncertainProblem problem = scenarioUncertainty(h.results()->evaluation,
                                                               h.results()->scenario);
    SmaaRunner runner;
    QSignalSpy cancelled(&runner, &SmaaRunner::cancelled);
    QSignalSpy finished(&runner, &SmaaRunner::finished);
    QSignalSpy progress(&runner, &SmaaRunner::progress);
    const auto start = std::chrono::steady_clock::now();
    runner.start(problem, smaaOptions(500'000'000)); // hours if it ran to the end
    ASSERT_TRUE(progress.wait(20000)); // it is under way
    runner.cancel();
    ASSERT_TRUE(cancelled.wait(20000));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(runner.isRunning());
    EXPECT_LT(progress.back().front().toInt(), 100);
}

TEST(SmaaRunner, NewStartSupersedesAndDestructionWhileRunningIsSafe)
{
    Harness h;
    const mcda::UncertainProblem problem = scenarioUncertainty(h.results()->evaluation,
                                                               h.results()->scenario);
    {
        SmaaRunner runner;
        QSignalSpy finished(&runner, &SmaaRunner::finished);
        runner.start(problem, smaaOptions(500'000'000));
        runner.start(problem, smaaOptions(2000));
        ASSERT_TRUE(finished.wait(20000));
        QCoreApplication::processEvents();
        ASSERT_EQ(finished.count(), 1);
        EXPECT_EQ(finished.front().front().value<SmaaResultPtr>()->samples, 2000);
    }
    const auto start = std::chrono::steady_clock::now();
    {
        SmaaRunner runner;
        runner.start(problem, smaaOptions(500'000'000));
    } // cancelled and joined here
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
    QCoreApplication::processEvents(); // queued reports of the dead runner are dropped
}

TEST(SmaaRunner, ReportsInvalidInput)
{
    SmaaRunner runner;
    QSignalSpy failed(&runner, &SmaaRunner::failed);
    mcda::UncertainProblem problem; // no alternatives
    runner.start(problem, smaaOptions(1000));
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_FALSE(runner.isRunning());
}

TEST(RobustnessPage, MethodSwitcherChangesTheScenarioMethodWithUndo)
{
    Harness h;
    ui::RobustnessPage page(h.document.get(), &h.engine);
    ASSERT_EQ(h.document->scenario().method.method, mcda::Method::Wsm);
    QComboBox *method = page.methodBox();
    const int topsis = method->findData(int(mcda::Method::Topsis));
    ASSERT_GE(topsis, 0);
    method->setCurrentIndex(topsis);
    emit method->activated(topsis);
    EXPECT_EQ(h.document->scenario().method.method, mcda::Method::Topsis);
    EXPECT_EQ(h.document->scenario().method.normalization, mcda::Normalization::Vector);
    EXPECT_EQ(h.results()->scenario.method.method, mcda::Method::Topsis); // re-scored at once

    QComboBox *normalization = page.normalizationBox();
    EXPECT_TRUE(normalization->isEnabled());
    const int minmax = normalization->findData(int(mcda::Normalization::MinMax));
    ASSERT_GE(minmax, 0);
    normalization->setCurrentIndex(minmax);
    emit normalization->activated(minmax);
    EXPECT_EQ(h.document->scenario().method.normalization, mcda::Normalization::MinMax);

    page.setMethod(mcda::Method::Vikor);
    EXPECT_FALSE(normalization->isEnabled());
    EXPECT_EQ(method->currentData().toInt(), int(mcda::Method::Vikor));

    h.document->undoStack()->undo();
    h.document->undoStack()->undo();
    h.document->undoStack()->undo();
    EXPECT_EQ(h.document->scenario().method.method, mcda::Method::Wsm);
    EXPECT_EQ(h.document->scenario().method.normalization, mcda::Normalization::None);
    EXPECT_EQ(method->currentData().toInt(), int(mcda::Method::Wsm));
}

TEST(MethodComparisonModel, ShowsEveryMethodAndPassesTheModelTester)
{
    Harness h;
    ui::MethodComparisonModel model;
    test::ModelTesterGuard guard(&model);
    model.setResults(h.results());
    const ui::Results &r = *h.results();
    ASSERT_EQ(model.rowCount(), int(r.rows().size()));
    ASSERT_EQ(model.columnCount(), int(ui::MethodComparisonModel::ColumnCount));
    using M = ui::MethodComparisonModel;
    const int rankColumns[] = {M::WsmRankColumn, M::TopsisRankColumn, M::VikorRankColumn,
                               M::PrometheeRankColumn};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int m = 0; m < 4; ++m) {
            const QModelIndex rank = model.index(row, rankColumns[m]);
            const int expected = r.methods()[std::size_t(m)].ranking.ranks[std::size_t(row)];
            EXPECT_EQ(model.data(rank, M::RawValueRole).toInt(), expected);
            EXPECT_EQ(model.data(rank.siblingAtColumn(rankColumns[m] + 1), Qt::FontRole)
                          .value<QFont>()
                          .bold(),
                      expected == 1);
        }
        EXPECT_DOUBLE_EQ(model.data(model.index(row, M::VikorQColumn), M::RawValueRole).toDouble(),
                         r.methods()[2].ranking.Q[row]);
        EXPECT_DOUBLE_EQ(
            model.data(model.index(row, M::PrometheePhiColumn), M::RawValueRole).toDouble(),
            r.methods()[3].ranking.phiNet[row]);
    }
    // Sorting on the raw role puts each method's winner first.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(M::RawValueRole);
    proxy.sort(M::TopsisRankColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.data(proxy.index(0, M::TopsisRankColumn)).toString(), QStringLiteral("1"));
    proxy.sort(M::VikorQColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.data(proxy.index(0, M::VikorRankColumn), M::RawValueRole).toInt(), 1);

    // Fewer eligible sites after a constraint, then none.
    Scenario strict = h.document->scenario();
    strict.constraints.maxRisk = 2.0;
    h.document->apply(strict, QStringLiteral("strict"));
    model.setResults(h.results());
    EXPECT_EQ(model.rowCount(), int(h.results()->rows().size()));
    model.setResults(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(StabilityChart, ShowsTheResultsStabilityIntervals)
{
    Harness h;
    const ui::Results &r = *h.results();
    ASSERT_EQ(r.stability.size(), CriterionCount);
    QChart chart;
    ui::charts::showChart(&chart, ui::plot::stabilityPlot(r));
    ui::charts::showChart(&chart, ui::plot::stabilityPlot(r)); // rebuilding replaces, never adds
    ASSERT_EQ(chart.series().size(), qsizetype(3 * CriterionCount));
    EXPECT_EQ(chart.axes(Qt::Horizontal).size(), 1);
    EXPECT_EQ(chart.axes(Qt::Vertical).size(), 1);
    for (const mcda::WeightStability &s : r.stability) {
        const QString k = QString::number(s.criterion);
        const auto *top = qobject_cast<QAreaSeries *>(seriesNamed(chart, u"top:" + k));
        const auto *ranking = qobject_cast<QAreaSeries *>(seriesNamed(chart, u"ranking:" + k));
        const auto *current = qobject_cast<QLineSeries *>(seriesNamed(chart, u"current:" + k));
        ASSERT_TRUE(top && ranking && current) << s.criterion;
        EXPECT_DOUBLE_EQ(top->upperSeries()->at(0).x(), s.topLow * 100.0);
        EXPECT_DOUBLE_EQ(top->upperSeries()->at(1).x(), s.topHigh * 100.0);
        EXPECT_DOUBLE_EQ(ranking->upperSeries()->at(0).x(), s.rankingLow * 100.0);
        EXPECT_DOUBLE_EQ(ranking->upperSeries()->at(1).x(), s.rankingHigh * 100.0);
        EXPECT_DOUBLE_EQ(current->at(0).x(), s.weight * 100.0);
        EXPECT_LE(s.topLow, s.weight);
        EXPECT_GE(s.topHigh, s.weight);
    }
}

TEST(SmaaChart, OneStackedBarPerAlternativeRankOneDarkest)
{
    mcda::SmaaResult smaa;
    smaa.samples = 100;
    smaa.rankAcceptability.resize(3, 3);
    smaa.rankAcceptability << 0.6, 0.3, 0.1, //
        0.3, 0.5, 0.2, //
        0.1, 0.2, 0.7;
    QChart chart;
    ui::charts::showChart(
        &chart,
        ui::plot::smaaPlot(smaa, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    ASSERT_EQ(chart.series().size(), 1);
    const auto *series = qobject_cast<QStackedBarSeries *>(chart.series().front());
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->count(), 3);
    for (int rank = 0; rank < 3; ++rank) {
        const QBarSet *set = series->barSets()[rank];
        for (int i = 0; i < 3; ++i)
            EXPECT_DOUBLE_EQ(set->at(i), smaa.rankAcceptability(i, rank) * 100.0);
    }
    EXPECT_LT(series->barSets()[0]->color().lightness(), series->barSets()[2]->color().lightness());
}

TEST(RobustnessPage, StabilitySentenceAndWinningChange)
{
    Harness h;
    ui::RobustnessPage page(h.document.get(), &h.engine);
    const ui::Results &r = *h.results();
    const std::string winner = r.evaluation.sites[std::size_t(r.evaluation.recommendation.best)].id;
    EXPECT_TRUE(page.stabilityLabel()->text().contains(QStringLiteral("stays first")))
        << page.stabilityLabel()->text().toStdString();
    ASSERT_EQ(page.stabilityPanel()->chart()->series().size(), qsizetype(3 * CriterionCount));

    // Ask what makes Tunisia win, then apply it: Tunisia wins, as one undo step.
    QComboBox *challenger = page.challengerBox();
    const int tunisia = challenger->findText(QStringLiteral("Tunisia"));
    ASSERT_GE(tunisia, 0);
    challenger->setCurrentIndex(tunisia);
    emit challenger->activated(tunisia);
    EXPECT_TRUE(page.challengerLabel()->text().contains(QStringLiteral("would rank first")))
        << page.challengerLabel()->text().toStdString();
    ASSERT_TRUE(page.applyChangeButton()->isEnabled());
    const int steps = h.document->undoStack()->count();
    page.applyChangeButton()->click();
    EXPECT_EQ(h.document->undoStack()->count(), steps + 1);
    const ui::Results &after = *h.results();
    EXPECT_EQ(after.evaluation.sites[std::size_t(after.evaluation.recommendation.best)].id,
              "tunisia");
    h.document->undoStack()->undo();
    EXPECT_EQ(
        h.results()->evaluation.sites[std::size_t(h.results()->evaluation.recommendation.best)].id,
        winner);
}

TEST(RobustnessPage, SmaaPanelRunsAndMarksStaleResults)
{
    Harness h;
    ui::RobustnessPage page(h.document.get(), &h.engine);
    ui::SmaaPanel *panel = page.smaaPanel();
    EXPECT_EQ(panel->samplesBox()->value(), 20000);
    EXPECT_EQ(panel->seedBox()->value(), 2026);
    panel->samplesBox()->setValue(5000);
    QSignalSpy finished(panel->runner(), &SmaaRunner::finished);
    panel->runButton()->click();
    EXPECT_FALSE(panel->runButton()->isEnabled());
    EXPECT_TRUE(panel->cancelButton()->isEnabled());
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(panel->result());
    EXPECT_EQ(panel->result()->samples, 5000);
    EXPECT_EQ(panel->result()->options.seed, 2026u);
    EXPECT_TRUE(panel->runButton()->isEnabled());
    EXPECT_FALSE(panel->isStale());
    EXPECT_EQ(panel->table()->rowCount(), int(h.results()->rows().size()));

    Scenario changed = h.document->scenario();
    changed.weights = changed.weights.withWeight(Criterion::Cost, 0.2);
    h.document->apply(changed, QStringLiteral("weights"));
    EXPECT_TRUE(panel->isStale());
    h.document->undoStack()->undo();
    EXPECT_FALSE(panel->isStale());
}
