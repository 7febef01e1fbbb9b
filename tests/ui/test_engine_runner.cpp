// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "core/engine_runner.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QThread>

#include <atomic>

using namespace escale;
using escale::ui::EngineRunner;
using escale::ui::ResultsPtr;

TEST(EngineRunner, EvaluatesOffTheUiThreadAndReports)
{
    auto doc = test::shippedDocument();
    EngineRunner runner;
    std::atomic<QThread *> worker{nullptr};
    runner.setComputeObserver([&worker] { worker = QThread::currentThread(); });
    QSignalSpy ready(&runner, &EngineRunner::resultsReady);
    runner.request(doc->scenario());
    EXPECT_EQ(ready.count(), 0); // nothing delivered before the event loop runs
    runner.waitForIdle();
    ASSERT_EQ(ready.count(), 1);
    ASSERT_NE(worker.load(), nullptr);
    EXPECT_NE(worker.load(), QCoreApplication::instance()->thread());
    EXPECT_NE(worker.load(), QThread::currentThread());
    const ResultsPtr results = runner.latest();
    ASSERT_TRUE(results);
    EXPECT_EQ(results->evaluation.sites.size(), 5u);
    EXPECT_EQ(results->methods().size(), 4u);
    EXPECT_EQ(results->stability.size(), 6u);
    // The same numbers as the engine called directly.
    const Evaluation direct = evaluate(doc->scenario());
    EXPECT_EQ(results->evaluation.recommendation.best, direct.recommendation.best);
    EXPECT_DOUBLE_EQ(results->evaluation.sites[0].vendor.tco, direct.sites[0].vendor.tco);
}

TEST(EngineRunner, WeightChangeRescoresSynchronouslyAndMovesTheRanking)
{
    auto doc = test::shippedDocument();
    EngineRunner runner;
    runner.request(doc->scenario());
    runner.waitForIdle();
    const int before = runner.latest()->evaluation.recommendation.best;

    Scenario costFirst = doc->scenario();
    costFirst.weights.values = {0.8, 0.05, 0.05, 0.03, 0.02, 0.05};
    QSignalSpy ready(&runner, &EngineRunner::resultsReady);
    runner.request(costFirst);
    // No event loop needed: the re-score happened inside request().
    ASSERT_EQ(ready.count(), 1);
    const ResultsPtr after = runner.latest();
    EXPECT_FALSE(runner.isBusy());
    EXPECT_NE(after->evaluation.recommendation.best, before);
    EXPECT_EQ(after->evaluation.sites[std::size_t(after->evaluation.recommendation.best)].id,
              "tunisia");
}

TEST(EngineRunner, RequestsWhileBusyAreCoalesced)
{
    auto doc = test::shippedDocument();
    EngineRunner runner;
    QSignalSpy ready(&runner, &EngineRunner::resultsReady);
    Scenario s = doc->scenario();
    for (int volume : {10000, 20000, 30000, 40000, 50000}) {
        s.workload.channels[0].monthlyVolume = volume;
        runner.request(s);
    }
    runner.waitForIdle();
    // The first and the last request run; the ones in between are superseded.
    EXPECT_LE(ready.count(), 2);
    EXPECT_EQ(runner.latest()->scenario.workload.channels[0].monthlyVolume, 50000);
}

TEST(EngineRunner, InvalidScenarioReportsAMessage)
{
    auto doc = test::shippedDocument();
    EngineRunner runner;
    QSignalSpy failed(&runner, &EngineRunner::failed);
    Scenario s = doc->scenario();
    s.workload.shrinkage = 1.5;
    runner.request(s);
    runner.waitForIdle();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.front().front().toString().contains(QStringLiteral("shrinkage")));
}
