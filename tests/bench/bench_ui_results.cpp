// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop application computes after a weight change, on the shipped default
// scenario: the quick path (re-score the evaluation) and a full re-evaluation (staff and price
// again), each followed by the method comparison and the stability intervals the pages show.
#include "core/results.h"

#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

escale::Scenario shippedDefault()
{
    const std::string data = std::string(ESCALE_SOURCE_DIR) + "/data";
    auto library = escale::data::loadLibrary(data + "/destinations");
    if (!library)
        throw std::runtime_error("cannot load the shipped profiles");
    auto scenario = escale::data::loadScenario(data + "/scenarios/ecommerce-multichannel.yaml",
                                               library.value());
    if (!scenario)
        throw std::runtime_error("cannot load the default scenario");
    return scenario.value();
}

void moveCostWeight(escale::Scenario &scenario, double &w)
{
    w = w > 0.7 ? 0.2 : w + 0.01;
    scenario.weights = scenario.weights.withWeight(escale::Criterion::Cost, w);
}

void BM_UiResultsAfterWeightChange(benchmark::State &state)
{
    escale::Scenario scenario = shippedDefault();
    const escale::Evaluation base = escale::evaluate(scenario);
    double w = 0.2;
    for (auto _ : state) {
        moveCostWeight(scenario, w);
        escale::ui::Results results;
        results.scenario = scenario;
        results.evaluation = escale::rescore(base, scenario);
        escale::ui::completeResults(results);
        benchmark::DoNotOptimize(results.stability.data());
    }
}
BENCHMARK(BM_UiResultsAfterWeightChange)->Unit(benchmark::kMillisecond);

void BM_UiFullReevaluation(benchmark::State &state)
{
    escale::Scenario scenario = shippedDefault();
    double w = 0.2;
    for (auto _ : state) {
        moveCostWeight(scenario, w);
        escale::ui::Results results;
        results.scenario = scenario;
        results.evaluation = escale::evaluate(scenario);
        escale::ui::completeResults(results);
        benchmark::DoNotOptimize(results.stability.data());
    }
}
BENCHMARK(BM_UiFullReevaluation)->Unit(benchmark::kMillisecond);

} // namespace
