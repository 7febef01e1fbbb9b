// SPDX-License-Identifier: GPL-3.0-or-later
// Switching values of the shipped default scenario: billed rate, AHT multiplier, attrition and
// wage inflation of the winner and the runner-up, and the total volume (9 rows, about 500 full
// evaluations), on one thread and on two.
#include "shipped_scenario.h"

#include "escale/model/switching_values.h"

#include <benchmark/benchmark.h>

namespace {

void BM_SwitchingValues(benchmark::State &state)
{
    const escale::Scenario scenario = escale::bench::shippedDefaultScenario();
    const escale::Evaluation current = escale::evaluate(scenario);
    escale::SwitchingOptions options;
    options.threads = int(state.range(0));
    int evaluations = 0;
    for (auto _ : state) {
        const escale::SwitchingAnalysis analysis = escale::switchingValues(scenario, current,
                                                                           options);
        evaluations = analysis.evaluations;
        benchmark::DoNotOptimize(analysis);
    }
    state.counters["evaluations"] = evaluations;
}
BENCHMARK(BM_SwitchingValues)->Arg(1)->Arg(2)->ArgName("threads")->Unit(benchmark::kMillisecond);

} // namespace
