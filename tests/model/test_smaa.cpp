// SPDX-License-Identifier: GPL-3.0-or-later
// SMAA-2. Monte Carlo estimates are compared with exact values at 4 binomial standard errors,
// sqrt(p (1 - p) / N) (or 4 standard errors of a mean), which a correct sampler exceeds with
// probability about 6e-5 per check; the seed is fixed, so each check is reproducible.
// Structural properties (sums, bounds, orders, determinism) are checked exactly or to 1e-12.
#include "escale/model/errors.h"
#include "escale/model/methods.h"
#include "escale/model/smaa.h"

#include "problem_fixtures.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace escale;
using namespace escale::mcda;
using namespace escale::test;

namespace {

using Kind = CellDistribution::Kind;

double standardError(double p, double n)
{
    return std::sqrt(p * (1.0 - p) / n);
}

/** Equal weights unless given; a linear preference (q = 1, p = 20) for PROMETHEE II runs. */
Problem smaaProblem(const Eigen::MatrixXd &values, const std::vector<Direction> &directions,
                    std::vector<double> weights = {})
{
    if (weights.empty())
        weights.assign(directions.size(), 1.0);
    return withPreference(makeProblem(values, weights, directions),
                          pref(PreferenceFunction::Linear, 1.0, 20.0));
}

/** 4 alternatives x 5 criteria, mixed directions, no dominated alternative. */
Problem mixedProblem()
{
    Eigen::MatrixXd x(4, 5);
    x << 30, 12, 5.0, 70, 3, //
        45, 9, 6.5, 55, 4, //
        38, 15, 4.0, 60, 2, //
        52, 7, 7.5, 40, 5;
    const auto b = Direction::Benefit;
    const auto c = Direction::Cost;
    return smaaProblem(x, {c, b, c, b, b}, {0.3, 0.2, 0.1, 0.25, 0.15});
}

SmaaOptions optionsFor(Method method, long long samples, std::uint64_t seed = 7)
{
    SmaaOptions o;
    o.method = MethodSpec::defaults(method);
    o.samples = samples;
    o.seed = seed;
    return o;
}

UncertainProblem certain(const Problem &p)
{
    return UncertainProblem{p, {}};
}

/** Uniform cells of +/- `spread` (relative) around every value of `p`. */
UncertainProblem withUniformCells(const Problem &p, double spread)
{
    UncertainProblem u{p, {}};
    for (Eigen::Index i = 0; i < p.values.rows(); ++i) {
        std::vector<CellDistribution> row;
        for (Eigen::Index j = 0; j < p.values.cols(); ++j) {
            const double x = p.values(i, j);
            row.push_back({Kind::Uniform, x * (1.0 - spread), x * (1.0 + spread)});
        }
        u.cells.push_back(row);
    }
    return u;
}

void expectStructure(const SmaaResult &r)
{
    const Eigen::Index m = r.rankAcceptability.rows();
    for (Eigen::Index i = 0; i < m; ++i) {
        EXPECT_NEAR(r.rankAcceptability.row(i).sum(), 1.0, 1e-12) << "row " << i;
        EXPECT_EQ(r.pairwiseWinning(i, i), 0.0);
        for (Eigen::Index k = i + 1; k < m; ++k)
            EXPECT_NEAR(r.pairwiseWinning(i, k) + r.pairwiseWinning(k, i), 1.0, 1e-12);
        if (r.rankAcceptability(i, 0) > 0.0)
            EXPECT_NEAR(r.centralWeights.row(i).sum(), 1.0, 1e-12);
        else
            EXPECT_TRUE(r.centralWeights.row(i).isZero(0.0));
    }
    EXPECT_TRUE(r.centralWeights.allFinite());
}

} // namespace

// w = (t, 1 - t) with t ~ U(0, 1) (the 2-simplex); no normalisation. A1 = (5, 1) scores 1 + 4t,
// A2 = (2, 3) scores 3 - t, so A1 is first iff t > 0.4: b_1^1 = 0.6, central weights
// E[t | t > 0.4] = 0.7 and E[t | t < 0.4] = 0.2. N = 1e6: binomial SE 4.9e-4, tolerance 2e-3
// (4 SE); the central weights have SE 2.2e-4 (A1) and 1.8e-4 (A2), tolerance 1e-3.
TEST(Smaa, TwoByTwoWsmMatchesTheWeightInterval)
{
    Eigen::MatrixXd x(2, 2);
    x << 5, 1, 2, 3;
    SmaaOptions o = optionsFor(Method::Wsm, 1000000, 2026);
    o.method.normalization = Normalization::None;
    const SmaaResult r = smaa(certain(smaaProblem(x, {Direction::Benefit, Direction::Benefit})), o);
    ASSERT_EQ(r.samples, 1000000);
    EXPECT_FALSE(r.cancelled);
    const double tol = 4.0 * standardError(0.6, 1e6);
    EXPECT_NEAR(r.rankAcceptability(0, 0), 0.6, tol);
    EXPECT_NEAR(r.rankAcceptability(0, 1), 0.4, tol);
    EXPECT_NEAR(r.rankAcceptability(1, 0), 0.4, tol);
    EXPECT_NEAR(r.pairwiseWinning(0, 1), 0.6, tol);
    EXPECT_NEAR(r.centralWeights(0, 0), 0.7, 1e-3);
    EXPECT_NEAR(r.centralWeights(0, 1), 0.3, 1e-3);
    EXPECT_NEAR(r.centralWeights(1, 0), 0.2, 1e-3);
    EXPECT_NEAR(r.centralWeights(1, 1), 0.8, 1e-3);
    EXPECT_EQ(r.confidenceFactors[0], 1.0);
    EXPECT_EQ(r.confidenceFactors[1], 1.0);
    expectStructure(r);
}

// A1 = (1, 0, 0, 0) against A2 = (t, t, t, t): A1 is first iff w_1 > t, and under Dirichlet(1,
// 1, 1, 1) w_1 ~ Beta(1, 3), P(w_1 > t) = (1 - t)^3. Normalised independent uniforms would give
// P(w_1 > 0.5) = P(U1 > U2 + U3 + U4) = 1/24 instead of 1/8: far outside the tolerance.
TEST(Smaa, UniformWeightsHaveBetaMarginals)
{
    const double n = 200000;
    for (double t : {0.05, 0.2, 0.5, 0.8}) {
        Eigen::MatrixXd x(2, 4);
        x << 1, 0, 0, 0, t, t, t, t;
        SmaaOptions o = optionsFor(Method::Wsm, static_cast<long long>(n), 11);
        o.method.normalization = Normalization::None;
        const auto b = Direction::Benefit;
        const SmaaResult r = smaa(certain(smaaProblem(x, {b, b, b, b})), o);
        const double exact = std::pow(1.0 - t, 3);
        EXPECT_NEAR(r.rankAcceptability(0, 0), exact, 4.0 * standardError(exact, n) + 1e-9)
            << "t = " << t;
    }
}

namespace {

/**
 * Whether every column of `w` (rows on the 5-simplex) matches Beta(1, 4): mean 1/5 within 4
 * standard errors and the empirical CDF at a few points within 4 binomial standard errors.
 */
bool matchesUniformSimplex(const Eigen::MatrixXd &w)
{
    const auto count = static_cast<double>(w.rows());
    const double meanSe = std::sqrt(4.0 / (25.0 * 6.0) / count); // Var Beta(1, 4) = 4/150
    bool ok = true;
    for (Eigen::Index j = 0; j < w.cols(); ++j) {
        ok = ok && std::abs(w.col(j).mean() - 0.2) <= 4.0 * meanSe;
        for (double q : {0.02, 0.1, 0.3, 0.6}) {
            const double exact = 1.0 - std::pow(1.0 - q, 4);
            const double empirical = (w.col(j).array() <= q).cast<double>().mean();
            ok = ok && std::abs(empirical - exact) <= 4.0 * standardError(exact, count);
        }
    }
    return ok;
}

} // namespace

// Marginals of the sampler itself: Beta(1, n - 1) with mean 1/n and CDF 1 - (1 - q)^(n - 1).
// The same check rejects the classic mistake, independent uniforms divided by their sum.
TEST(Smaa, SimplexSamplesHaveUniformMarginals)
{
    const Eigen::MatrixXd x = Eigen::MatrixXd::Ones(2, 5);
    const Problem p = smaaProblem(x, std::vector<Direction>(5, Direction::Benefit));
    const long long count = 200000;
    const Eigen::MatrixXd w = smaaWeightSamples(p, optionsFor(Method::Wsm, count), count);
    ASSERT_EQ(w.rows(), count);
    ASSERT_EQ(w.cols(), 5);
    EXPECT_GE(w.minCoeff(), 0.0);
    EXPECT_LT((w.rowwise().sum().array() - 1.0).abs().maxCoeff(), 1e-12);
    EXPECT_TRUE(matchesUniformSimplex(w));

    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Eigen::MatrixXd naive(count, 5);
    for (Eigen::Index s = 0; s < count; ++s) {
        for (Eigen::Index j = 0; j < 5; ++j)
            naive(s, j) = uniform(rng);
        naive.row(s) /= naive.row(s).sum();
    }
    EXPECT_FALSE(matchesUniformSimplex(naive));

    // The first rows do not depend on how many are requested (chunked streams).
    const Eigen::MatrixXd head = smaaWeightSamples(p, optionsFor(Method::Wsm, 10), 1500);
    EXPECT_TRUE(head == w.topRows(1500));
}

// Ordinal weights: every sample respects the order; the k-th largest weight of a uniform
// simplex sample has mean (1/n) sum_{i >= k} 1/i (n = 4: 25/48, 13/48, 7/48, 3/48).
TEST(Smaa, OrdinalWeightsRespectTheOrder)
{
    const Problem p = smaaProblem(Eigen::MatrixXd::Ones(2, 4),
                                  std::vector<Direction>(4, Direction::Benefit));
    SmaaOptions o = optionsFor(Method::Wsm, 100000);
    o.weights = WeightMode::Ordinal;
    o.ordinalOrder = {2, 0, 3, 1};
    const Eigen::MatrixXd w = smaaWeightSamples(p, o, 100000);
    for (Eigen::Index s = 0; s < w.rows(); ++s) {
        ASSERT_GE(w(s, 2), w(s, 0));
        ASSERT_GE(w(s, 0), w(s, 3));
        ASSERT_GE(w(s, 3), w(s, 1));
    }
    const double expected[] = {25.0 / 48.0, 13.0 / 48.0, 7.0 / 48.0, 3.0 / 48.0};
    for (std::size_t r = 0; r < 4; ++r)
        EXPECT_NEAR(w.col(o.ordinalOrder[r]).mean(), expected[r], 3e-3); // SE <= 6e-4
    o.ordinalOrder = {2, 0, 2, 1};
    EXPECT_THROW(smaaWeightSamples(p, o, 10), InputError);
    o.ordinalOrder = {0, 1, 2};
    EXPECT_THROW(smaaWeightSamples(p, o, 10), InputError);
}

TEST(Smaa, BoundedWeightsStayWithinTheirBounds)
{
    const Problem p = smaaProblem(Eigen::MatrixXd::Ones(2, 4),
                                  std::vector<Direction>(4, Direction::Benefit));
    SmaaOptions o = optionsFor(Method::Wsm, 50000);
    o.weights = WeightMode::Bounded;
    o.bounds = {{0.1, 0.5}, {0.2, 0.6}, {0.0, 0.3}, {0.05, 1.0}};
    const Eigen::MatrixXd w = smaaWeightSamples(p, o, 50000);
    for (Eigen::Index s = 0; s < w.rows(); ++s) {
        ASSERT_NEAR(w.row(s).sum(), 1.0, 1e-12);
        for (Eigen::Index j = 0; j < 4; ++j) {
            ASSERT_GE(w(s, j), o.bounds[static_cast<std::size_t>(j)].first - 1e-12);
            ASSERT_LE(w(s, j), o.bounds[static_cast<std::size_t>(j)].second + 1e-12);
        }
    }
    // Lower bounds only: uniform on lo + (1 - sum lo) * simplex, mean lo + (1 - sum lo)/n.
    o.bounds = {{0.1, 1.0}, {0.2, 1.0}, {0.0, 1.0}, {0.3, 1.0}};
    const Eigen::MatrixXd low = smaaWeightSamples(p, o, 50000);
    for (Eigen::Index j = 0; j < 4; ++j)
        EXPECT_NEAR(low.col(j).mean(), o.bounds[static_cast<std::size_t>(j)].first + 0.1, 1e-3);
    // The whole run uses the same draws.
    const SmaaResult r = smaa(certain(p), o);
    EXPECT_EQ(r.samples, 50000);

    o.bounds = {{0.5, 1.0}, {0.3, 1.0}, {0.3, 1.0}, {0.0, 1.0}}; // sum lo = 1.1
    EXPECT_THROW(smaaWeightSamples(p, o, 10), InputError);
    o.bounds = {{0.0, 0.2}, {0.0, 0.2}, {0.0, 0.3}, {0.0, 0.2}}; // sum hi = 0.9
    EXPECT_THROW(smaaWeightSamples(p, o, 10), InputError);
    o.bounds = {{0.3, 0.2}, {0.0, 1.0}, {0.0, 1.0}, {0.0, 1.0}}; // lo > hi
    EXPECT_THROW(smaaWeightSamples(p, o, 10), InputError);
    o.bounds.pop_back();
    EXPECT_THROW(smaaWeightSamples(p, o, 10), InputError);
    // 10 criteria each <= 0.12: feasible, but 5e-7 of the simplex (inclusion-exclusion).
    const Problem ten = smaaProblem(Eigen::MatrixXd::Ones(2, 10),
                                    std::vector<Direction>(10, Direction::Benefit));
    o.bounds.assign(10, {0.0, 0.12});
    EXPECT_THROW(smaa(certain(ten), o), InputError);
    // sum lo = 1: the only feasible vector.
    o.bounds = {{0.1, 0.2}, {0.2, 0.3}, {0.3, 0.4}, {0.4, 0.5}};
    const Eigen::MatrixXd only = smaaWeightSamples(p, o, 3);
    EXPECT_NEAR(only(2, 3), 0.4, 1e-15);
}

TEST(Smaa, DominatedAlternativeNeverRanksFirst)
{
    Eigen::MatrixXd x(3, 3);
    x << 8, 3, 40, //
        5, 9, 55, //
        7, 2, 60; // A3 is worse than A1 on every criterion (the third is a cost)
    const Problem p = smaaProblem(x, {Direction::Benefit, Direction::Benefit, Direction::Cost});
    for (Method method : {Method::Wsm, Method::Topsis, Method::Promethee2, Method::Vikor}) {
        const SmaaResult r = smaa(certain(p), optionsFor(method, 20000));
        EXPECT_EQ(r.rankAcceptability(2, 0), 0.0) << methodKey(method);
        EXPECT_TRUE(r.centralWeights.row(2).isZero(0.0)) << methodKey(method);
        EXPECT_EQ(r.confidenceFactors[2], 0.0) << methodKey(method);
        EXPECT_EQ(r.pairwiseWinning(2, 0), 0.0) << methodKey(method);
        expectStructure(r);
    }
}

TEST(Smaa, RowsAndPairsAreConsistent)
{
    const Problem p = mixedProblem();
    for (Method method : {Method::Wsm, Method::Wpm, Method::Topsis}) {
        SmaaOptions o = optionsFor(method, 30000);
        if (method == Method::Wpm)
            o.method.normalization = Normalization::Max;
        const SmaaResult r = smaa(certain(p), o);
        expectStructure(r);
        EXPECT_NEAR(r.rankAcceptability.sum(), 4.0, 1e-12);
    }
    expectStructure(smaa(withUniformCells(p, 0.2), optionsFor(Method::Topsis, 5000)));
}

// Fixed weights (0.5, 0.5), no normalisation: A1 = (X, 1), A2 = (Y, 1) with X ~ U(0, 4) and
// Y ~ U(0, 1): P(A1 first) = P(X > Y) = 1 - E[Y]/4 = 7/8. N = 1e5: SE 1.05e-3, tolerance 4 SE.
// Both central weights are (0.5, 0.5); the confidence factors use the same 10,000 value
// samples for both, so they sum to exactly 1 (no ties), with SE 3.3e-3 each.
TEST(Smaa, FixedWeightsWithUniformValues)
{
    Eigen::MatrixXd x(2, 2);
    x << 2, 1, 0.5, 1;
    UncertainProblem u{smaaProblem(x, {Direction::Benefit, Direction::Benefit}), {}};
    u.cells = {{{Kind::Uniform, 0.0, 4.0}, {Kind::Fixed, 1.0, 0.0}},
               {{Kind::Uniform, 0.0, 1.0}, {Kind::Fixed, 1.0, 0.0}}};
    SmaaOptions o = optionsFor(Method::Wsm, 100000);
    o.method.normalization = Normalization::None;
    o.weights = WeightMode::Fixed;
    const SmaaResult r = smaa(u, o);
    EXPECT_NEAR(r.rankAcceptability(0, 0), 0.875, 4.0 * standardError(0.875, 1e5));
    EXPECT_NEAR(r.centralWeights(0, 0), 0.5, 1e-15);
    EXPECT_NEAR(r.centralWeights(1, 1), 0.5, 1e-15);
    EXPECT_NEAR(r.confidenceFactors[0], 0.875, 4.0 * standardError(0.875, 1e4));
    EXPECT_NEAR(r.confidenceFactors[0] + r.confidenceFactors[1], 1.0, 1e-12);
    expectStructure(r);
}

// Normal(1, 2) against a fixed 1 on a criterion whose base values are positive: the draw is
// truncated to (0, 1 + 4 * 2], so P(A1 first) = (Phi(4) - 1/2)/(Phi(4) - Phi(-1/2)) = 0.72309.
// Without the positivity truncation it would be 0.5.
TEST(Smaa, NormalCellsAreTruncated)
{
    auto phi = [](double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); };
    const double exact = (phi(4.0) - 0.5) / (phi(4.0) - phi(-0.5));
    Eigen::MatrixXd x(2, 1);
    x << 1, 1;
    UncertainProblem u{smaaProblem(x, {Direction::Benefit}), {}};
    u.cells = {{{Kind::Normal, 1.0, 2.0}}, {{Kind::Fixed, 1.0, 0.0}}};
    SmaaOptions o = optionsFor(Method::Wsm, 200000);
    o.method.normalization = Normalization::None;
    const SmaaResult r = smaa(u, o);
    EXPECT_NEAR(r.rankAcceptability(0, 0), exact, 4.0 * standardError(exact, 2e5));

    // A criterion with a non-positive base value keeps the plain +/- 4 sd truncation.
    u.problem.values(1, 0) = 0.0;
    u.cells = {{{Kind::Normal, 0.0, 1.0}}, {{Kind::Fixed, 0.0, 0.0}}};
    const SmaaResult s = smaa(u, o);
    EXPECT_NEAR(s.rankAcceptability(0, 0), 0.5, 4.0 * standardError(0.5, 2e5));

    u.problem.values(1, 0) = 1.0;
    u.cells = {{{Kind::Normal, -1.0, 1.0}}, {{Kind::Fixed, 1.0, 0.0}}};
    EXPECT_THROW(smaa(u, o), InputError); // positive criterion, mean <= 0
    u.cells = {{{Kind::Uniform, 2.0, 1.0}}, {{Kind::Fixed, 1.0, 0.0}}};
    EXPECT_THROW(smaa(u, o), InputError); // min > max
    u.cells = {{{Kind::Normal, 1.0, -1.0}}, {{Kind::Fixed, 1.0, 0.0}}};
    EXPECT_THROW(smaa(u, o), InputError);
    u.cells = {{{Kind::Fixed, 1.0, 0.0}}};
    EXPECT_THROW(smaa(u, o), InputError); // one row for two alternatives
}

TEST(Smaa, SameSeedSameResultWhateverTheThreadCount)
{
    const long long samples = 10 * SmaaChunkSize + 37;
    const std::vector<std::pair<UncertainProblem, SmaaOptions>> runs = {
        {certain(mixedProblem()), optionsFor(Method::Topsis, samples, 99)},
        {certain(mixedProblem()), optionsFor(Method::Wsm, samples, 99)},
        {withUniformCells(mixedProblem(), 0.3), optionsFor(Method::Wsm, samples, 5)},
        {certain(mixedProblem()), optionsFor(Method::Promethee2, 3 * SmaaChunkSize + 1, 3)},
    };
    for (const auto &[problem, base] : runs) {
        SmaaOptions o = base;
        o.threads = 1;
        const SmaaResult one = smaa(problem, o);
        for (int threads : {2, 4}) {
            o.threads = threads;
            const SmaaResult r = smaa(problem, o);
            EXPECT_EQ(r.samples, one.samples);
            EXPECT_TRUE(r.rankAcceptability == one.rankAcceptability) << threads;
            EXPECT_TRUE(r.centralWeights == one.centralWeights) << threads;
            EXPECT_TRUE(r.confidenceFactors == one.confidenceFactors) << threads;
            EXPECT_TRUE(r.pairwiseWinning == one.pairwiseWinning) << threads;
        }
        o.seed += 1;
        EXPECT_FALSE(smaa(problem, o).rankAcceptability == one.rankAcceptability);
    }
}

TEST(Smaa, CancellationStopsEarly)
{
    std::atomic<bool> cancel{false};
    SmaaControl control;
    control.cancel = &cancel;
    control.progress = [&cancel](double) { cancel = true; };
    const long long requested = 1000000000; // would take minutes
    for (Method method : {Method::Wsm, Method::Promethee2}) {
        cancel = false;
        const SmaaResult r = smaa(certain(mixedProblem()), optionsFor(method, requested), control);
        EXPECT_TRUE(r.cancelled);
        EXPECT_GT(r.samples, 0);
        EXPECT_LT(r.samples, requested);
        EXPECT_EQ(r.samples % SmaaChunkSize, 0); // whole chunks only
        expectStructure(r);
    }
    // Cancelled before the start: nothing sampled, all-zero tallies.
    cancel = true;
    const SmaaResult none = smaa(certain(mixedProblem()), optionsFor(Method::Wsm, 100000),
                                 {nullptr, &cancel});
    EXPECT_TRUE(none.cancelled);
    EXPECT_EQ(none.samples, 0);
    EXPECT_TRUE(none.rankAcceptability.isZero(0.0));
    // Cancelled from another thread while the generic path runs.
    cancel = false;
    std::thread stopper([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        cancel = true;
    });
    const SmaaResult late = smaa(withUniformCells(mixedProblem(), 0.1),
                                 optionsFor(Method::Vikor, requested), {nullptr, &cancel});
    stopper.join();
    EXPECT_TRUE(late.cancelled);
    EXPECT_LT(late.samples, requested);
}

TEST(Smaa, ProgressReachesOne)
{
    for (const UncertainProblem &u :
         {certain(mixedProblem()), withUniformCells(mixedProblem(), 0.2)}) {
        std::vector<double> reports;
        SmaaControl control;
        control.progress = [&reports](double f) { reports.push_back(f); };
        const SmaaResult r = smaa(u, optionsFor(Method::Topsis, 50 * SmaaChunkSize), control);
        EXPECT_FALSE(r.cancelled);
        ASSERT_FALSE(reports.empty());
        EXPECT_LE(reports.size(), 102u);
        EXPECT_EQ(reports.back(), 1.0);
        for (std::size_t k = 0; k < reports.size(); ++k) {
            EXPECT_GE(reports[k], 0.0);
            EXPECT_LE(reports[k], 1.0);
            if (k > 0) {
                EXPECT_GE(reports[k], reports[k - 1]);
            }
        }
    }
}

// With fixed weights and values every sample is the problem itself: rank() decides.
TEST(Smaa, GenericPathAgreesWithRankOnFixedWeights)
{
    const Problem p = mixedProblem();
    for (Method method : {Method::Vikor, Method::Promethee2, Method::Wsm, Method::Topsis}) {
        SmaaOptions o = optionsFor(method, 3000);
        o.weights = WeightMode::Fixed;
        const SmaaResult r = smaa(certain(p), o);
        const Ranking expected = rank(p, o.method);
        const Eigen::VectorXd w = p.normalizedWeights();
        for (Eigen::Index i = 0; i < 4; ++i) {
            const int rk = expected.ranks[static_cast<std::size_t>(i)];
            EXPECT_EQ(r.rankAcceptability(i, rk - 1), 1.0) << methodKey(method) << " " << i;
            if (rk == 1) {
                EXPECT_LT((r.centralWeights.row(i).transpose() - w).cwiseAbs().maxCoeff(), 1e-12);
                EXPECT_EQ(r.confidenceFactors[i], 1.0);
            }
        }
    }
}

// Every sample ranked by smaa() equals rank() on that sample's weights (smaaWeightSamples gives
// them), for the batched kernels and for the generic path.
TEST(Smaa, EverySampleMatchesRank)
{
    const Problem p = mixedProblem();
    const long long samples = 2 * SmaaChunkSize + 100;
    std::vector<MethodSpec> specs = {
        MethodSpec::defaults(Method::Wsm),         MethodSpec::defaults(Method::Topsis),
        MethodSpec::defaults(Method::Promethee2),  MethodSpec::defaults(Method::Vikor),
        {Method::Wpm, Normalization::None, 0.5},   {Method::Topsis, Normalization::MinMax, 0.5},
        {Method::Wsm, Normalization::Vector, 0.5}, {Method::Wsm, Normalization::Sum, 0.5}};
    for (const MethodSpec &spec : specs) {
        SmaaOptions o = optionsFor(spec.method, samples, 42);
        o.method = spec;
        const SmaaResult r = smaa(certain(p), o);
        const Eigen::MatrixXd w = smaaWeightSamples(p, o, samples);
        Eigen::MatrixXd counts = Eigen::MatrixXd::Zero(4, 4);
        Problem q = p;
        for (Eigen::Index s = 0; s < samples; ++s) {
            for (Eigen::Index j = 0; j < 5; ++j)
                q.criteria[static_cast<std::size_t>(j)].weight = w(s, j);
            const Ranking ranking = rank(q, spec);
            for (Eigen::Index i = 0; i < 4; ++i)
                counts(i, ranking.ranks[static_cast<std::size_t>(i)] - 1) += 1.0;
        }
        const Eigen::MatrixXd expected = counts / static_cast<double>(samples);
        EXPECT_LT((r.rankAcceptability - expected).cwiseAbs().maxCoeff(), 1e-15)
            << methodKey(spec.method) << " " << normalizationKey(spec.normalization);
    }
}

TEST(Smaa, TiesShareTheBestRank)
{
    Eigen::MatrixXd x(3, 2);
    x << 4, 6, 4, 6, 1, 2; // A1 and A2 are identical
    const SmaaResult r = smaa(certain(smaaProblem(x, {Direction::Benefit, Direction::Benefit})),
                              optionsFor(Method::Wsm, 5000));
    EXPECT_EQ(r.rankAcceptability(0, 0), 1.0);
    EXPECT_EQ(r.rankAcceptability(1, 0), 1.0);
    EXPECT_EQ(r.rankAcceptability(2, 2), 1.0);
    EXPECT_EQ(r.pairwiseWinning(0, 1), 0.0);
    EXPECT_EQ(r.pairwiseWinning(0, 2), 1.0);
    EXPECT_NEAR(r.centralWeights.row(0).sum(), 1.0, 1e-12);
    EXPECT_TRUE(r.centralWeights.row(0) == r.centralWeights.row(1));
}

TEST(Smaa, RejectsInvalidInput)
{
    const Problem p = mixedProblem();
    SmaaOptions o = optionsFor(Method::Wsm, 0);
    EXPECT_THROW(smaa(certain(p), o), InputError);
    o.samples = 10;
    o.threads = -1;
    EXPECT_THROW(smaa(certain(p), o), InputError);
    o.threads = 0;
    o.method = {Method::Topsis, Normalization::Sum, 0.5};
    EXPECT_THROW(smaa(certain(p), o), InputError);
    // All-zero weights are only an error when the weights are Fixed.
    Problem zero = p;
    for (CriterionSpec &c : zero.criteria)
        c.weight = 0.0;
    o.method = MethodSpec::defaults(Method::Wsm);
    EXPECT_NO_THROW(smaa(certain(zero), o));
    o.weights = WeightMode::Fixed;
    EXPECT_THROW(smaa(certain(zero), o), InputError);
    // WPM on a value that a sampled cell makes negative: the error of the worker is rethrown.
    UncertainProblem u = withUniformCells(p, 0.1);
    u.problem.values(0, 1) = -1.0;
    u.cells[0][1] = {Kind::Uniform, -2.0, 3.0};
    o.weights = WeightMode::Uniform;
    o.method = {Method::Wpm, Normalization::None, 0.5};
    o.samples = 5000;
    EXPECT_THROW(smaa(u, o), InputError);
}

TEST(Smaa, DescribeStatesTheScheme)
{
    SmaaOptions o = optionsFor(Method::Topsis, 25000, 1234);
    const std::string text = describe(o);
    for (const char *part : {"25000", "1234", "TOPSIS", "vector", "Dirichlet(1, ..., 1)",
                             "competition ranking", "xoshiro256**", "central weight"})
        EXPECT_NE(text.find(part), std::string::npos) << part;
    o.weights = WeightMode::Ordinal;
    EXPECT_NE(describe(o).find("order"), std::string::npos);
    o.weights = WeightMode::Bounded;
    EXPECT_NE(describe(o).find("rejection"), std::string::npos);
}
