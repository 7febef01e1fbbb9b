// SPDX-License-Identifier: GPL-3.0-or-later
// SMAA-2 benchmarks. BM_Smaa1M: 1,000,000 uniform simplex weight samples x 5 alternatives x 8
// criteria with fixed values, ranked by WSM and by TOPSIS (vector): two runs, rank
// acceptability and central weights included; target under 0.2 s for both on 2 cores
// (vectorised numpy takes 1.5-2.2 s, pymcdm about 190 s). Wall-clock time (UseRealTime), since
// the work runs on worker threads.
#include "escale/model/smaa.h"

#include <benchmark/benchmark.h>

#include <random>
#include <string>

using namespace escale::mcda;

namespace {

UncertainProblem randomProblem(Eigen::Index m, Eigen::Index n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> value(1.0, 100.0);
    UncertainProblem u;
    Problem &p = u.problem;
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
        c.direction = j % 3 == 0 ? Direction::Cost : Direction::Benefit;
        c.preference.function = PreferenceFunction::Linear;
        c.preference.q = 5.0;
        c.preference.p = 30.0;
        p.criteria.push_back(c);
    }
    return u;
}

SmaaOptions options(Method method, long long samples)
{
    SmaaOptions o;
    o.method = MethodSpec::defaults(method);
    o.samples = samples;
    o.seed = 2026;
    return o;
}

void BM_Smaa1M(benchmark::State &state)
{
    const UncertainProblem p = randomProblem(5, 8, 42);
    const SmaaOptions wsm = options(Method::Wsm, 1000000);
    const SmaaOptions topsis = options(Method::Topsis, 1000000);
    for (auto _ : state) {
        SmaaResult a = smaa(p, wsm);
        SmaaResult b = smaa(p, topsis);
        benchmark::DoNotOptimize(a.rankAcceptability.data());
        benchmark::DoNotOptimize(b.centralWeights.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * 2000000);
}
BENCHMARK(BM_Smaa1M)->Unit(benchmark::kMillisecond)->UseRealTime();

/** One method, 1,000,000 samples, on `threads` threads (0 = every core). */
void BM_Smaa1MMethod(benchmark::State &state)
{
    const UncertainProblem p = randomProblem(5, 8, 42);
    SmaaOptions o = options(state.range(0) == 0 ? Method::Wsm : Method::Topsis, 1000000);
    o.threads = static_cast<int>(state.range(1));
    for (auto _ : state) {
        SmaaResult r = smaa(p, o);
        benchmark::DoNotOptimize(r.rankAcceptability.data());
        benchmark::ClobberMemory();
    }
    state.SetLabel(state.range(0) == 0 ? "wsm" : "topsis");
    state.SetItemsProcessed(state.iterations() * 1000000);
}
BENCHMARK(BM_Smaa1MMethod)
    ->ArgsProduct({{0, 1}, {1, 0}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/** Generic path: PROMETHEE II through rank() for every sample, 10,000 samples. */
void BM_SmaaPromethee10k(benchmark::State &state)
{
    const UncertainProblem p = randomProblem(5, 8, 42);
    const SmaaOptions o = options(Method::Promethee2, 10000);
    for (auto _ : state) {
        SmaaResult r = smaa(p, o);
        benchmark::DoNotOptimize(r.rankAcceptability.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_SmaaPromethee10k)->Unit(benchmark::kMillisecond)->UseRealTime();

/** Uncertain values (normal, 10% sd) with uniform weights: WSM through rank(), 10,000 samples,
 *  plus the confidence pass. */
void BM_SmaaUncertainWsm10k(benchmark::State &state)
{
    UncertainProblem p = randomProblem(5, 8, 42);
    p.cells.assign(5, std::vector<CellDistribution>(8));
    for (Eigen::Index i = 0; i < 5; ++i) {
        for (Eigen::Index j = 0; j < 8; ++j) {
            const double x = p.problem.values(i, j);
            p.cells[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = {
                CellDistribution::Kind::Normal, x, 0.1 * x};
        }
    }
    const SmaaOptions o = options(Method::Wsm, 10000);
    for (auto _ : state) {
        SmaaResult r = smaa(p, o);
        benchmark::DoNotOptimize(r.confidenceFactors.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_SmaaUncertainWsm10k)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
