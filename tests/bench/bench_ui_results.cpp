// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop application computes after a weight change, on the shipped default
// scenario: the quick path (re-score the evaluation) and a full re-evaluation (staff and price
// again), each followed by the method comparison and the stability intervals the pages show.
#include "core/results.h"

#include "shipped_scenario.h"

#include <benchmark/benchmark.h>

namespace {

void moveCostWeight(escale::Scenario &scenario, double &w)
{
    w = w > 0.7 ? 0.2 : w + 0.01;
    scenario.weights = scenario.weights.withWeight(escale::Criterion::Cost, w);
}

void BM_UiResultsAfterWeightChange(benchmark::State &state)
{
    escale::Scenario scenario = escale::bench::shippedDefaultScenario();
    const auto base = escale::ui::computeResults(scenario);
    double w = 0.2;
    for (auto _ : state) {
        moveCostWeight(scenario, w);
        const auto results = escale::ui::rescoreResults(*base, scenario);
        benchmark::DoNotOptimize(results->stability.data());
    }
}
BENCHMARK(BM_UiResultsAfterWeightChange)->Unit(benchmark::kMillisecond);

void BM_UiFullReevaluation(benchmark::State &state)
{
    escale::Scenario scenario = escale::bench::shippedDefaultScenario();
    double w = 0.2;
    for (auto _ : state) {
        moveCostWeight(scenario, w);
        const auto results = escale::ui::computeResults(scenario);
        benchmark::DoNotOptimize(results->stability.data());
    }
}
BENCHMARK(BM_UiFullReevaluation)->Unit(benchmark::kMillisecond);

} // namespace
