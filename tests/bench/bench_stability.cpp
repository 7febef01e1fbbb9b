// SPDX-License-Identifier: GPL-3.0-or-later
// Weight stability benchmarks: every criterion's top and ranking intervals of a random
// 1,000 x 30 problem (fixed seed), under TOPSIS with vector normalisation (grid and bisection;
// target under 50 ms) and under WSM with min-max normalisation (exact).
#include "escale/model/methods.h"
#include "escale/model/stability.h"

#include <benchmark/benchmark.h>

#include <random>
#include <string>

using namespace escale::mcda;

namespace {

Problem stabilityProblem()
{
    constexpr Eigen::Index m = 1000;
    constexpr Eigen::Index n = 30;
    std::mt19937_64 rng(20240611);
    std::uniform_real_distribution<double> value(1.0, 100.0);
    std::uniform_real_distribution<double> weight(0.1, 1.0);
    Problem p;
    p.values.resize(m, n);
    for (Eigen::Index j = 0; j < n; ++j) {
        for (Eigen::Index i = 0; i < m; ++i)
            p.values(i, j) = value(rng);
    }
    for (Eigen::Index i = 0; i < m; ++i)
        p.alternatives.push_back("A" + std::to_string(i));
    for (Eigen::Index j = 0; j < n; ++j) {
        CriterionSpec c;
        c.name = "C" + std::to_string(j);
        c.weight = weight(rng);
        c.direction = j % 3 == 0 ? Direction::Cost : Direction::Benefit;
        p.criteria.push_back(c);
    }
    return p;
}

void runStability(benchmark::State &state, Method method)
{
    const Problem p = stabilityProblem();
    const MethodSpec spec = MethodSpec::defaults(method);
    for (auto _ : state) {
        std::vector<WeightStability> s = weightStability(p, spec);
        benchmark::DoNotOptimize(s.data());
        benchmark::ClobberMemory();
    }
}

void BM_Stability(benchmark::State &state)
{
    runStability(state, Method::Topsis);
}
BENCHMARK(BM_Stability)->Unit(benchmark::kMillisecond);

void BM_StabilityWsm(benchmark::State &state)
{
    runStability(state, Method::Wsm);
}
BENCHMARK(BM_StabilityWsm)->Unit(benchmark::kMillisecond);

} // namespace
