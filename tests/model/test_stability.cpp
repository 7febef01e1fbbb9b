// SPDX-License-Identifier: GPL-3.0-or-later
// Weight stability intervals and smallestChangeToWin().
// Tolerances:
// - WSM bounds computed by hand (exact fractions, the crossing points of lines) are checked to
//   1e-9 in t, the accuracy the API promises (the tie tolerance moves them by about 1e-12).
// - Brute force: rank() on a grid of step 1e-5 (1e-4 for the cheaper checks) from w_k outwards
//   finds the last point where the predicate holds and the first where it fails; a computed
//   bound must lie between them, give or take 1e-9, i.e. it agrees with the scan to within its
//   step, and the takes-over alternative must be the best at the first failing point.
// The comments below name alternatives and criteria by their 0-based index (A0 is row 0, k = 0
// is the first criterion).
#include "escale/model/errors.h"
#include "escale/model/methods.h"
#include "escale/model/stability.h"

#include "problem_fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace escale;
using namespace escale::mcda;
using namespace escale::test;

namespace {

constexpr double Exact = 1e-9;

/**
 * Four alternatives, three benefit criteria, weights 0.5/0.3/0.2, raw values: scores 5.6, 5.3,
 * 5.4, 1.9. A3 is dominated by every other alternative.
 */
Problem fourByThree(const std::vector<double> &weights = {0.5, 0.3, 0.2})
{
    Eigen::MatrixXd x(4, 3);
    x << 8, 2, 5, //
        4, 9, 3, //
        5, 5, 7, //
        3, 1, 2;
    return makeProblem(x, weights);
}

MethodSpec wsmNone()
{
    MethodSpec spec = MethodSpec::defaults(Method::Wsm);
    spec.normalization = Normalization::None;
    return spec;
}

/** The rule of the brief, written out independently of the code under test. */
Problem withWeight(const Problem &p, int k, double t)
{
    const Eigen::VectorXd w = p.normalizedWeights();
    const double others = 1.0 - w[k];
    const auto n = static_cast<double>(w.size());
    Problem q = p;
    for (Eigen::Index j = 0; j < w.size(); ++j) {
        double wj = t;
        if (j != k)
            wj = others > 1e-12 ? w[j] * (1.0 - t) / others : (1.0 - t) / (n - 1.0);
        q.criteria[static_cast<std::size_t>(j)].weight = wj;
    }
    return q;
}

struct Scan
{
    bool failed = false;
    double lastHolds = 0.0; ///< last grid point where the predicate held
    double firstFails = 0.0;
    int bestThere = -1; ///< best() at firstFails
};

/** Brute force: walk t from w_k in `direction` with rank() until the predicate fails. */
Scan scan(const Problem &p, const MethodSpec &spec, int k, int direction, double step,
          bool wholeRanking)
{
    const Ranking reference = rank(p, spec);
    const double wk = p.normalizedWeights()[k];
    const double limit = direction > 0 ? 1.0 - wk : wk;
    Scan s;
    s.lastHolds = wk;
    for (long i = 1;; ++i) {
        const double u = std::min(static_cast<double>(i) * step, limit);
        const double t = u >= limit ? (direction > 0 ? 1.0 : 0.0) : wk + direction * u;
        const Ranking r = rank(withWeight(p, k, t), spec);
        const bool holds = wholeRanking ? r.ranks == reference.ranks : r.best() == reference.best();
        if (!holds) {
            s.failed = true;
            s.firstFails = t;
            s.bestThere = r.best();
            return s;
        }
        s.lastHolds = t;
        if (u >= limit)
            return s;
    }
}

void expectBound(double bound, std::optional<int> takesOver, const Scan &s, int direction,
                 const std::string &what)
{
    if (!s.failed) {
        EXPECT_NEAR(bound, direction > 0 ? 1.0 : 0.0, Exact) << what;
        EXPECT_FALSE(takesOver.has_value()) << what;
        return;
    }
    EXPECT_GE(bound, std::min(s.lastHolds, s.firstFails) - Exact) << what;
    EXPECT_LE(bound, std::max(s.lastHolds, s.firstFails) + Exact) << what;
}

/** Every bound of weightStability() against the brute-force scan. */
void expectMatchesScan(const Problem &p, const MethodSpec &spec, double step)
{
    const std::vector<WeightStability> result = weightStability(p, spec);
    ASSERT_EQ(result.size(), p.criteria.size());
    for (const WeightStability &s : result) {
        const int k = s.criterion;
        const std::string name = std::string(methodKey(spec.method)) + " criterion "
                                 + std::to_string(k);
        EXPECT_NEAR(s.weight, p.normalizedWeights()[k], 1e-15);
        for (int direction : {-1, 1}) {
            const std::string side = name + (direction > 0 ? " above" : " below");
            const Scan top = scan(p, spec, k, direction, step, false);
            const auto takesOver = direction > 0 ? s.takesOverAbove : s.takesOverBelow;
            expectBound(direction > 0 ? s.topHigh : s.topLow, takesOver, top, direction,
                        side + " (top)");
            if (top.failed) {
                EXPECT_EQ(takesOver, std::optional<int>(top.bestThere)) << side;
            }
            const Scan whole = scan(p, spec, k, direction, step, true);
            expectBound(direction > 0 ? s.rankingHigh : s.rankingLow, std::nullopt, whole,
                        direction, side + " (ranking)");
        }
        EXPECT_LE(s.topLow, s.rankingLow + Exact) << name;
        EXPECT_GE(s.topHigh, s.rankingHigh - Exact) << name;
    }
}

/**
 * smallestChangeToWin() makes `a` best per rank(), stepping 1e-7 less does not, and no
 * criterion has a winning weight closer to its current one (scan of step 1e-4).
 */
void expectSmallestWin(const Problem &p, const MethodSpec &spec, int a)
{
    const WinningChange c = smallestChangeToWin(p, spec, a);
    ASSERT_TRUE(c.possible);
    ASSERT_FALSE(c.alreadyBest);
    EXPECT_EQ(c.alternative, a);
    ASSERT_GE(c.criterion, 0);
    EXPECT_NEAR(c.fromWeight, p.normalizedWeights()[c.criterion], 1e-15);
    EXPECT_EQ(rank(withWeight(p, c.criterion, c.toWeight), spec).best(), a);
    const double shorter = c.toWeight - (c.change() > 0 ? 1e-7 : -1e-7);
    EXPECT_NE(rank(withWeight(p, c.criterion, shorter), spec).best(), a);
    const double reach = std::abs(c.change()) - 1e-4;
    const Eigen::VectorXd w = p.normalizedWeights();
    for (int k = 0; k < static_cast<int>(w.size()); ++k) {
        for (double u = 1e-4; u < reach; u += 1e-4) {
            for (double t : {w[k] - u, w[k] + u}) {
                if (t < 0.0 || t > 1.0)
                    continue;
                EXPECT_NE(rank(withWeight(p, k, t), spec).best(), a)
                    << "criterion " << k << " t " << t;
            }
        }
    }
}

} // namespace

// Lines s_i(t) = (1 - t) A_i + t x_ik for each criterion k; the bounds are their crossings.
TEST(WeightStability, WsmBoundsByHand)
{
    const auto r = weightStability(fourByThree(), wsmNone());
    ASSERT_EQ(r.size(), 3u);
    // k = 0: A0 3.2 + 4.8t, A1 6.6 - 2.6t, A2 5.8 - 0.8t; A0 and A2 cross at 13/28.
    EXPECT_EQ(r[0].criterion, 0);
    EXPECT_DOUBLE_EQ(r[0].weight, 0.5);
    EXPECT_NEAR(r[0].topLow, 13.0 / 28.0, Exact);
    EXPECT_EQ(r[0].takesOverBelow, 2);
    EXPECT_NEAR(r[0].topHigh, 1.0, Exact);
    EXPECT_FALSE(r[0].takesOverAbove);
    EXPECT_NEAR(r[0].rankingLow, 13.0 / 28.0, Exact);
    EXPECT_NEAR(r[0].rankingHigh, 1.0, Exact);
    // k = 1 (x7): A0 50 - 36t, A1 26 + 37t, A2 39 - 4t; A1 passes A2 at 13/41, A0 at 24/73.
    EXPECT_NEAR(r[1].topLow, 0.0, Exact);
    EXPECT_FALSE(r[1].takesOverBelow);
    EXPECT_NEAR(r[1].topHigh, 24.0 / 73.0, Exact);
    EXPECT_EQ(r[1].takesOverAbove, 1);
    EXPECT_NEAR(r[1].rankingLow, 0.0, Exact);
    EXPECT_NEAR(r[1].rankingHigh, 13.0 / 41.0, Exact);
    // k = 2: A0 5.75 - 0.75t, A1 5.875 - 2.875t, A2 5 + 2t.
    EXPECT_NEAR(r[2].topLow, 1.0 / 17.0, Exact);
    EXPECT_EQ(r[2].takesOverBelow, 1);
    EXPECT_NEAR(r[2].topHigh, 3.0 / 11.0, Exact);
    EXPECT_EQ(r[2].takesOverAbove, 2);
    EXPECT_NEAR(r[2].rankingLow, 7.0 / 39.0, Exact);
    EXPECT_NEAR(r[2].rankingHigh, 3.0 / 11.0, Exact);
}

TEST(WeightStability, WsmMatchesBruteForce)
{
    expectMatchesScan(fourByThree(), wsmNone(), 1e-4);
    MethodSpec spec = MethodSpec::defaults(Method::Wsm); // min-max
    Problem p = fourByThree({0.2, 0.5, 0.3});
    p.criteria[2].direction = Direction::Cost;
    expectMatchesScan(p, spec, 1e-4);
    spec.normalization = Normalization::Sum;
    expectMatchesScan(p, spec, 1e-4);
}

TEST(WeightStability, WpmMatchesBruteForce)
{
    MethodSpec spec = MethodSpec::defaults(Method::Wpm);
    Problem p = fourByThree({0.4, 0.35, 0.25});
    p.criteria[1].direction = Direction::Cost;
    expectMatchesScan(p, spec, 1e-4); // raw values, cost exponent -w
    spec.normalization = Normalization::Max;
    expectMatchesScan(p, spec, 1e-4);
}

TEST(WeightStability, TopsisMatchesBruteForce)
{
    expectMatchesScan(fourByThree(), MethodSpec::defaults(Method::Topsis), 1e-5);
    MethodSpec spec = MethodSpec::defaults(Method::Topsis);
    spec.normalization = Normalization::MinMax;
    Problem p = fourByThree();
    p.criteria[1].direction = Direction::Cost;
    expectMatchesScan(p, spec, 1e-4);
}

TEST(WeightStability, VikorMatchesBruteForce)
{
    expectMatchesScan(fourByThree(), MethodSpec::defaults(Method::Vikor), 1e-4);
}

TEST(WeightStability, PrometheeExactMatchesBruteForce)
{
    Eigen::MatrixXd x(5, 3);
    x << 80, 90, 600, //
        65, 58, 200, //
        83, 60, 400, //
        40, 80, 1000, //
        52, 72, 600;
    Problem p = makeProblem(x, {0.3, 0.45, 0.25},
                            {Direction::Benefit, Direction::Benefit, Direction::Cost});
    p.criteria[0].preference = {PreferenceFunction::Linear, 5.0, 25.0, 0.0};
    p.criteria[1].preference = {PreferenceFunction::Gaussian, 0.0, 0.0, 10.0};
    p.criteria[2].preference = {PreferenceFunction::Level, 100.0, 300.0, 0.0};
    expectMatchesScan(p, MethodSpec::defaults(Method::Promethee2), 1e-5);
}

// 30 alternatives x 4 criteria drawn with a fixed seed, every method, against a scan of step
// 1e-4: exercises many crossings and, for TOPSIS, the candidate filter of the top check.
Problem randomProblem()
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> value(1.0, 100.0);
    Eigen::MatrixXd x(30, 4);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] = value(rng);
    Problem p = makeProblem(
        x, {0.35, 0.15, 0.3, 0.2},
        {Direction::Benefit, Direction::Cost, Direction::Benefit, Direction::Benefit});
    p.criteria[0].preference = {PreferenceFunction::VShape, 0.0, 40.0, 0.0};
    p.criteria[2].preference = {PreferenceFunction::Linear, 5.0, 30.0, 0.0};
    p.criteria[3].preference = {PreferenceFunction::Gaussian, 0.0, 0.0, 15.0};
    return p;
}

TEST(WeightStability, RandomProblemMatchesBruteForce)
{
    const Problem p = randomProblem();
    for (Method method :
         {Method::Wsm, Method::Wpm, Method::Topsis, Method::Vikor, Method::Promethee2}) {
        SCOPED_TRACE(methodKey(method));
        expectMatchesScan(p, MethodSpec::defaults(method), 1e-4);
    }
}

// A0 is best on criterion 0 and under the mix of the other two, so for a linear method no
// weight of criterion 0 changes the winner.
TEST(WeightStability, CriterionThatCannotChangeTheWinner)
{
    Eigen::MatrixXd x(3, 3);
    x << 6, 3, 9, //
        4, 8, 1, //
        5, 5, 2;
    const Problem p = makeProblem(x, {0.4, 0.2, 0.4});
    for (const MethodSpec &spec : {wsmNone(), MethodSpec::defaults(Method::Promethee2),
                                   MethodSpec::defaults(Method::Topsis)}) {
        const WeightStability s = weightStability(p, spec)[0];
        EXPECT_EQ(s.topLow, 0.0) << methodKey(spec.method);
        EXPECT_EQ(s.topHigh, 1.0) << methodKey(spec.method);
        EXPECT_FALSE(s.takesOverBelow) << methodKey(spec.method);
        EXPECT_FALSE(s.takesOverAbove) << methodKey(spec.method);
        expectMatchesScan(p, spec, 1e-4);
    }
}

TEST(SmallestChangeToWin, WsmByHand)
{
    const Problem p = fourByThree();
    const WinningChange a1 = smallestChangeToWin(p, wsmNone(), 1);
    EXPECT_TRUE(a1.possible);
    EXPECT_EQ(a1.criterion, 1);
    EXPECT_DOUBLE_EQ(a1.fromWeight, 0.3);
    EXPECT_NEAR(a1.toWeight, 24.0 / 73.0, 1e-8);
    EXPECT_NEAR(a1.change(), 24.0 / 73.0 - 0.3, 1e-8);
    const WinningChange a2 = smallestChangeToWin(p, wsmNone(), 2);
    EXPECT_EQ(a2.criterion, 0);
    EXPECT_NEAR(a2.toWeight, 13.0 / 28.0, 1e-8);
    EXPECT_LT(a2.change(), 0.0);
    expectSmallestWin(p, wsmNone(), 1);
    expectSmallestWin(p, wsmNone(), 2);
}

TEST(SmallestChangeToWin, AlreadyBest)
{
    const WinningChange c = smallestChangeToWin(fourByThree(), wsmNone(), 0);
    EXPECT_TRUE(c.alreadyBest);
    EXPECT_TRUE(c.possible);
    EXPECT_EQ(c.criterion, -1);
    EXPECT_EQ(c.change(), 0.0);
}

TEST(SmallestChangeToWin, OtherMethodsCheckedWithRank)
{
    const Problem p = fourByThree();
    for (Method method : {Method::Wpm, Method::Topsis, Method::Vikor, Method::Promethee2}) {
        const MethodSpec spec = MethodSpec::defaults(method);
        const int best = rank(p, spec).best();
        for (int a = 0; a < 3; ++a) {
            SCOPED_TRACE(std::string(methodKey(method)) + " alternative " + std::to_string(a));
            if (a == best)
                EXPECT_TRUE(smallestChangeToWin(p, spec, a).alreadyBest);
            else if (smallestChangeToWin(p, spec, a).possible)
                expectSmallestWin(p, spec, a);
        }
    }
}

// The runners-up (ranks 2 to 5) of the random problem, every method.
TEST(SmallestChangeToWin, RandomProblemCheckedWithRank)
{
    const Problem p = randomProblem();
    for (Method method :
         {Method::Wsm, Method::Wpm, Method::Topsis, Method::Vikor, Method::Promethee2}) {
        const MethodSpec spec = MethodSpec::defaults(method);
        const Ranking r = rank(p, spec);
        int found = 0;
        for (int a = 0; a < static_cast<int>(r.ranks.size()); ++a) {
            const int position = r.ranks[static_cast<std::size_t>(a)];
            if (position < 2 || position > 5)
                continue;
            SCOPED_TRACE(std::string(methodKey(method)) + " alternative " + std::to_string(a));
            if (smallestChangeToWin(p, spec, a).possible) {
                expectSmallestWin(p, spec, a);
                ++found;
            }
        }
        EXPECT_GE(found, 1) << methodKey(method);
    }
}

// A3 is worse than A0 on every criterion: no weights make it best.
TEST(SmallestChangeToWin, DominatedAlternativeNeverWins)
{
    const Problem p = fourByThree();
    for (Method method :
         {Method::Wsm, Method::Wpm, Method::Topsis, Method::Vikor, Method::Promethee2}) {
        const WinningChange c = smallestChangeToWin(p, MethodSpec::defaults(method), 3);
        EXPECT_FALSE(c.possible) << methodKey(method);
        EXPECT_FALSE(c.alreadyBest) << methodKey(method);
        EXPECT_EQ(c.criterion, -1) << methodKey(method);
    }
}

TEST(SmallestChangeToWin, RejectsUnknownAlternative)
{
    EXPECT_THROW(smallestChangeToWin(fourByThree(), wsmNone(), 4), InputError);
    EXPECT_THROW(smallestChangeToWin(fourByThree(), wsmNone(), -1), InputError);
}

// Weights (1, 0, 0): criterion 0 has weight 1 (the others then share 1 - t equally), criteria 1
// and 2 weight 0 (rescaling from c = (1, 0, 0)).
TEST(WeightStability, WeightOneAndZeroByHand)
{
    const Problem p = fourByThree({1.0, 0.0, 0.0});
    const auto r = weightStability(p, wsmNone());
    // k = 0 from 1 down: A0 3.5 + 4.5t, A1 6 - 2t, A2 6 - t; A2 passes A0 at 5/11.
    EXPECT_EQ(r[0].weight, 1.0);
    EXPECT_NEAR(r[0].topLow, 5.0 / 11.0, Exact);
    EXPECT_EQ(r[0].takesOverBelow, 2);
    EXPECT_EQ(r[0].topHigh, 1.0);
    EXPECT_FALSE(r[0].takesOverAbove);
    EXPECT_NEAR(r[0].rankingLow, 5.0 / 11.0, Exact);
    EXPECT_EQ(r[0].rankingHigh, 1.0);
    // k = 1 from 0 up: A0 8 - 6t, A1 4 + 5t, A2 5; A1 passes A2 at 0.2 and A0 at 4/11.
    EXPECT_EQ(r[1].weight, 0.0);
    EXPECT_EQ(r[1].topLow, 0.0);
    EXPECT_FALSE(r[1].takesOverBelow);
    EXPECT_NEAR(r[1].topHigh, 4.0 / 11.0, Exact);
    EXPECT_EQ(r[1].takesOverAbove, 1);
    EXPECT_EQ(r[1].rankingLow, 0.0);
    EXPECT_NEAR(r[1].rankingHigh, 0.2, Exact);
    // k = 2 from 0 up: A0 8 - 3t, A2 5 + 2t cross at 0.6.
    EXPECT_NEAR(r[2].topHigh, 0.6, Exact);
    EXPECT_EQ(r[2].takesOverAbove, 2);
    EXPECT_NEAR(r[2].rankingHigh, 0.6, Exact);

    const WinningChange a2 = smallestChangeToWin(p, wsmNone(), 2);
    EXPECT_EQ(a2.criterion, 0);
    EXPECT_NEAR(a2.toWeight, 5.0 / 11.0, 1e-8);
    expectSmallestWin(p, wsmNone(), 2);

    for (Method method : {Method::Topsis, Method::Vikor, Method::Promethee2})
        expectMatchesScan(p, MethodSpec::defaults(method), 1e-4);
}

// Identical rows A0 and A1 tie everywhere; best() keeps A0, so the tie is not a change.
TEST(WeightStability, TieKeepsTheLowerIndex)
{
    Eigen::MatrixXd x(3, 2);
    x << 5, 1, //
        5, 1, //
        1, 4;
    const Problem p = makeProblem(x, {0.5, 0.5});
    const auto r = weightStability(p, wsmNone());
    // k = 0: A0 1 + 4t, A2 4 - 3t cross at 3/7.
    EXPECT_NEAR(r[0].topLow, 3.0 / 7.0, Exact);
    EXPECT_EQ(r[0].takesOverBelow, 2);
    EXPECT_EQ(r[0].topHigh, 1.0);
    EXPECT_FALSE(r[0].takesOverAbove);
    EXPECT_NEAR(r[0].rankingLow, 3.0 / 7.0, Exact);
    EXPECT_EQ(r[0].rankingHigh, 1.0);
    for (Method method : {Method::Topsis, Method::Vikor, Method::Promethee2})
        expectMatchesScan(p, MethodSpec::defaults(method), 1e-4);
    // A1 always ties with A0 and loses the tie.
    EXPECT_FALSE(smallestChangeToWin(p, wsmNone(), 1).possible);
}

// At t = 1 only the constant criterion counts: every alternative ties and A0 (index 0) wins.
TEST(WeightStability, ChangeAtTheEndPoint)
{
    Eigen::MatrixXd x(3, 2);
    x << 1, 7, //
        9, 7, //
        4, 7;
    const Problem p = makeProblem(x, {0.5, 0.5});
    const WeightStability s = weightStability(p, wsmNone())[1];
    EXPECT_NEAR(s.topHigh, 1.0, Exact);
    EXPECT_EQ(s.takesOverAbove, 0);
    EXPECT_NEAR(s.rankingHigh, 1.0, Exact);
    EXPECT_EQ(s.topLow, 0.0);
    EXPECT_FALSE(s.takesOverBelow);
    expectMatchesScan(p, wsmNone(), 1e-4);
}

TEST(WeightStability, SingleAlternative)
{
    Eigen::MatrixXd x(1, 3);
    x << 1, 2, 3;
    const Problem p = makeProblem(x, {0.2, 0.3, 0.5});
    for (Method method :
         {Method::Wsm, Method::Wpm, Method::Topsis, Method::Vikor, Method::Promethee2}) {
        const MethodSpec spec = MethodSpec::defaults(method);
        for (const WeightStability &s : weightStability(p, spec)) {
            EXPECT_EQ(s.topLow, 0.0);
            EXPECT_EQ(s.topHigh, 1.0);
            EXPECT_EQ(s.rankingLow, 0.0);
            EXPECT_EQ(s.rankingHigh, 1.0);
            EXPECT_FALSE(s.takesOverBelow);
            EXPECT_FALSE(s.takesOverAbove);
        }
        const WinningChange c = smallestChangeToWin(p, spec, 0);
        EXPECT_TRUE(c.alreadyBest);
        EXPECT_TRUE(c.possible);
    }
}

TEST(WeightStability, SingleCriterion)
{
    Eigen::MatrixXd x(3, 1);
    x << 1, 3, 2;
    const Problem p = makeProblem(x, {2.0});
    const auto r = weightStability(p, MethodSpec::defaults(Method::Topsis));
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].weight, 1.0);
    EXPECT_EQ(r[0].topLow, 0.0);
    EXPECT_EQ(r[0].topHigh, 1.0);
    EXPECT_FALSE(smallestChangeToWin(p, wsmNone(), 0).possible);
}

// Constant columns make D+ + D- = 0 (TOPSIS) and empty ranges (VIKOR): no NaN, no change.
TEST(WeightStability, DegenerateProblemHasNoNan)
{
    const Problem p = makeProblem(Eigen::MatrixXd::Constant(3, 2, 4.0), {0.7, 0.3});
    for (Method method :
         {Method::Wsm, Method::Wpm, Method::Topsis, Method::Vikor, Method::Promethee2}) {
        for (const WeightStability &s : weightStability(p, MethodSpec::defaults(method))) {
            EXPECT_EQ(s.topLow, 0.0) << methodKey(method);
            EXPECT_EQ(s.topHigh, 1.0) << methodKey(method);
            EXPECT_EQ(s.rankingLow, 0.0) << methodKey(method);
            EXPECT_EQ(s.rankingHigh, 1.0) << methodKey(method);
        }
        EXPECT_FALSE(smallestChangeToWin(p, MethodSpec::defaults(method), 2).possible);
    }
}

TEST(WeightStability, WpmRejectsValuesThatCannotTakeWeight)
{
    Eigen::MatrixXd x(2, 2);
    x << 1, 0, //
        2, 3;
    const Problem p = makeProblem(x, {1.0, 0.0}); // rank() accepts: the 0 has weight 0
    MethodSpec spec = MethodSpec::defaults(Method::Wpm);
    EXPECT_NO_THROW(rank(p, spec));
    EXPECT_THROW(weightStability(p, spec), InputError);
}

TEST(RescaledWeights, ProportionalAndEqualShare)
{
    Eigen::VectorXd w(3);
    w << 0.5, 0.3, 0.2;
    const Eigen::VectorXd a = rescaledWeights(w, 0, 0.8);
    EXPECT_NEAR(a[0], 0.8, 1e-15);
    EXPECT_NEAR(a[1], 0.12, 1e-15);
    EXPECT_NEAR(a[2], 0.08, 1e-15);
    w << 1.0, 0.0, 0.0;
    const Eigen::VectorXd b = rescaledWeights(w, 0, 0.4);
    EXPECT_NEAR(b[1], 0.3, 1e-15);
    EXPECT_NEAR(b[2], 0.3, 1e-15);
    EXPECT_EQ(rescaledWeights(w, 1, 2.0)[1], 1.0); // clamped
    EXPECT_THROW(rescaledWeights(w, 3, 0.5), InputError);
}
