// SPDX-License-Identifier: GPL-3.0-or-later
// The whole engine on the shipped default scenario: a full evaluation (staff, price, score,
// recommend) and the re-score a weight slider triggers.
#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"
#include "escale/model/evaluation.h"

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

escale::Scenario defaultScenario()
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

void BM_EvaluateDefaultScenario(benchmark::State &state)
{
    const escale::Scenario scenario = defaultScenario();
    for (auto _ : state)
        benchmark::DoNotOptimize(escale::evaluate(scenario));
}
BENCHMARK(BM_EvaluateDefaultScenario)->Unit(benchmark::kMillisecond);

void BM_RescoreAfterWeightChange(benchmark::State &state)
{
    escale::Scenario scenario = defaultScenario();
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
