// SPDX-License-Identifier: GPL-3.0-or-later
// The whole engine on the shipped default scenario: a full evaluation (staff, price, score,
// recommend) and the re-score a weight slider triggers.
#include "shipped_scenario.h"

#include "escale/model/evaluation.h"

#include <benchmark/benchmark.h>

namespace {

void BM_EvaluateDefaultScenario(benchmark::State &state)
{
    const escale::Scenario scenario = escale::bench::shippedDefaultScenario();
    for (auto _ : state)
        benchmark::DoNotOptimize(escale::evaluate(scenario));
}
BENCHMARK(BM_EvaluateDefaultScenario)->Unit(benchmark::kMillisecond);

void BM_RescoreAfterWeightChange(benchmark::State &state)
{
    escale::Scenario scenario = escale::bench::shippedDefaultScenario();
    const escale::Evaluation base = escale::evaluate(scenario);
    double w = 0.2;
    for (auto _ : state) {
        w = w > 0.7 ? 0.2 : w + 0.01;
        scenario.weights = scenario.weights.withWeight(escale::Criterion::Cost, w);
        benchmark::DoNotOptimize(escale::rescore(base, scenario));
    }
}
BENCHMARK(BM_RescoreAfterWeightChange)->Unit(benchmark::kMicrosecond);

} // namespace
