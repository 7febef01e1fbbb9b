// SPDX-License-Identifier: GPL-3.0-or-later
// Decision-method benchmarks: TOPSIS on 10,000 x 30 (target under 0.5 ms including the
// ranking), PROMETHEE II on 100 x 8, AHP on a 9 x 9 comparison matrix.
#include "escale/model/ahp.h"
#include "escale/model/methods.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

using namespace escale::mcda;

namespace {

Problem randomProblem(Eigen::Index m, Eigen::Index n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> value(1.0, 100.0);
    std::uniform_real_distribution<double> weight(0.1, 1.0);
    Problem p;
    p.values.resize(m, n);
    for (Eigen::Index j = 0; j < n; ++j) {
        for (Eigen::Index i = 0; i < m; ++i)
            p.values(i, j) = value(rng);
    }
    p.alternatives.reserve(static_cast<std::size_t>(m));
    for (Eigen::Index i = 0; i < m; ++i)
        p.alternatives.push_back("A" + std::to_string(i));
    const PreferenceFunction functions[] = {
        PreferenceFunction::Usual, PreferenceFunction::UShape, PreferenceFunction::VShape,
        PreferenceFunction::Level, PreferenceFunction::Linear, PreferenceFunction::Gaussian};
    for (Eigen::Index j = 0; j < n; ++j) {
        CriterionSpec c;
        c.name = "C" + std::to_string(j);
        c.weight = weight(rng);
        c.direction = j % 3 == 0 ? Direction::Cost : Direction::Benefit;
        c.preference.function = functions[j % 6];
        c.preference.q = 5.0;
        c.preference.p = 30.0;
        c.preference.s = 15.0;
        p.criteria.push_back(c);
    }
    return p;
}

void BM_Topsis10k(benchmark::State &state)
{
    const Problem p = randomProblem(10000, 30, 42);
    for (auto _ : state) {
        Ranking r = topsis(p, Normalization::Vector);
        benchmark::DoNotOptimize(r.ranks.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_Topsis10k)->Unit(benchmark::kMicrosecond);

void BM_Promethee100x8(benchmark::State &state)
{
    const Problem p = randomProblem(100, 8, 7);
    for (auto _ : state) {
        Ranking r = promethee2(p);
        benchmark::DoNotOptimize(r.phiNet.data());
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_Promethee100x8)->Unit(benchmark::kMicrosecond);

void BM_Ahp9(benchmark::State &state)
{
    // Saaty-scale judgements (1/9 .. 9) drawn around a hidden weight vector.
    std::mt19937_64 rng(9);
    std::uniform_real_distribution<double> weight(0.05, 1.0);
    std::uniform_int_distribution<int> noise(-1, 1);
    Eigen::VectorXd w(9);
    for (Eigen::Index i = 0; i < 9; ++i)
        w[i] = weight(rng);
    Eigen::MatrixXd a = Eigen::MatrixXd::Ones(9, 9);
    for (Eigen::Index i = 0; i < 9; ++i) {
        for (Eigen::Index j = i + 1; j < 9; ++j) {
            const double ratio = std::clamp(std::round(w[i] / w[j]) + noise(rng), 1.0, 9.0);
            a(i, j) = w[i] >= w[j] ? ratio : 1.0 / std::clamp(std::round(w[j] / w[i]), 1.0, 9.0);
            a(j, i) = 1.0 / a(i, j);
        }
    }
    for (auto _ : state) {
        AhpResult r = ahp(a);
        benchmark::DoNotOptimize(r.priorities.data());
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_Ahp9)->Unit(benchmark::kMicrosecond);

} // namespace
