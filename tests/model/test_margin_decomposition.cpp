// SPDX-License-Identifier: GPL-3.0-or-later
// marginParts(): per-criterion parts of score(a) - score(b). WSM and PROMETHEE II against hand
// calculations, TOPSIS and VIKOR against the Shapley formula evaluated in the test on problems
// written out by hand, and the parts adding up to the margin (tolerance 1e-12 throughout).
#include "escale/model/errors.h"
#include "escale/model/margin_decomposition.h"

#include "problem_fixtures.h"

#include <gtest/gtest.h>

#include <initializer_list>

using namespace escale;
using namespace escale::mcda;
using escale::test::makeProblem;
using escale::test::pref;
using escale::test::withPreference;

namespace {

constexpr double Tol = 1e-12;

/**
 *      C1  C2     weights 0.6, 0.4, both benefit
 *   A   3   1
 *   B   1   4
 *   C   2   2
 */
Problem threeByTwo()
{
    Eigen::MatrixXd x(3, 2);
    x << 3, 1, 1, 4, 2, 2;
    return makeProblem(x, {0.6, 0.4});
}

double margin(const Problem &p, const MethodSpec &spec, int a, int b)
{
    const Ranking r = rank(p, spec);
    return r.scores[a] - r.scores[b];
}

} // namespace

TEST(MarginParts, PrometheeNetFlowPartsByHand)
{
    // V-shape with p = 2: P(d) = min(d / 2, 1) for d > 0. Flows divided by n - 1 = 2.
    // C1: P(A,B) = P(2) = 1, P(A,C) = P(1) = 0.5, P(C,B) = P(1) = 0.5
    //     phi1(A) = (1 + 0.5)/2 = 0.75, phi1(B) = -(1 + 0.5)/2 = -0.75, phi1(C) = 0
    // C2: P(B,A) = P(3) = 1, P(C,A) = P(1) = 0.5, P(B,C) = P(2) = 1
    //     phi2(A) = -(1 + 0.5)/2 = -0.75, phi2(B) = (1 + 1)/2 = 1, phi2(C) = (0.5 - 1)/2 = -0.25
    // phi(A) = 0.6 x 0.75 + 0.4 x -0.75 = 0.15, phi(B) = -0.45 + 0.4 = -0.05
    // A over B: C1 0.6 (0.75 + 0.75) = 0.9, C2 0.4 (-0.75 - 1) = -0.7, margin 0.2.
    const Problem p = withPreference(threeByTwo(), pref(PreferenceFunction::VShape, 0.0, 2.0));
    const MethodSpec spec = MethodSpec::defaults(Method::Promethee2);
    EXPECT_EQ(decompositionFor(spec.method), MarginDecomposition::NetFlow);
    const Eigen::VectorXd parts = marginParts(p, spec, 0, 1);
    ASSERT_EQ(parts.size(), 2);
    EXPECT_NEAR(parts[0], 0.9, Tol);
    EXPECT_NEAR(parts[1], -0.7, Tol);
    EXPECT_NEAR(margin(p, spec, 0, 1), 0.2, Tol);
    EXPECT_NEAR(parts.sum(), margin(p, spec, 0, 1), Tol);
    // C over B: C1 0.6 (0 + 0.75) = 0.45, C2 0.4 (-0.25 - 1) = -0.5.
    const Eigen::VectorXd cb = marginParts(p, spec, 2, 1);
    EXPECT_NEAR(cb[0], 0.45, Tol);
    EXPECT_NEAR(cb[1], -0.5, Tol);
}

TEST(MarginParts, WeightedSumPartsOnTheNormalisedMatrixByHand)
{
    const Problem p = threeByTwo();
    // No normalisation: w_j (x_aj - x_bj). A over C: 0.6 (3 - 2) = 0.6, 0.4 (1 - 2) = -0.4.
    const MethodSpec none{Method::Wsm, Normalization::None, VikorDefaultV};
    EXPECT_EQ(decompositionFor(Method::Wsm), MarginDecomposition::WeightedSum);
    const Eigen::VectorXd raw = marginParts(p, none, 0, 2);
    EXPECT_NEAR(raw[0], 0.6, Tol);
    EXPECT_NEAR(raw[1], -0.4, Tol);
    // Min-max: C1 -> (1, 0, 0.5), C2 -> (0, 1, 1/3). A over C: 0.6 x 0.5, 0.4 x -1/3.
    const MethodSpec minmax{Method::Wsm, Normalization::MinMax, VikorDefaultV};
    const Eigen::VectorXd scaled = marginParts(p, minmax, 0, 2);
    EXPECT_NEAR(scaled[0], 0.3, Tol);
    EXPECT_NEAR(scaled[1], -0.4 / 3.0, Tol);
    EXPECT_NEAR(scaled.sum(), margin(p, minmax, 0, 2), Tol);
    // A cost column keeps its sign under no normalisation: w (x_a - x_b) enters negated.
    Problem cost = p;
    cost.criteria[1].direction = Direction::Cost;
    const Eigen::VectorXd signedParts = marginParts(cost, none, 0, 2);
    EXPECT_NEAR(signedParts[1], 0.4, Tol);
    EXPECT_NEAR(signedParts.sum(), margin(cost, none, 0, 2), Tol);
}

TEST(MarginParts, TopsisShapleyMatchesTheTwoCriterionFormula)
{
    // With two criteria, phi_1 = (v({1}) - v({}))/2 + (v({1,2}) - v({2}))/2, where v(S) is the
    // margin of A over C when they differ only on S: the mean of C taking A's values outside S
    // and A taking C's (v({}) = 0).
    const Problem p = threeByTwo();
    const MethodSpec spec = MethodSpec::defaults(Method::Topsis);
    EXPECT_EQ(decompositionFor(spec.method), MarginDecomposition::Shapley);
    const auto v = [&spec](std::initializer_list<double> closedByC,
                           std::initializer_list<double> closedByA) {
        Eigen::MatrixXd x(3, 2), y(3, 2);
        x << 3, 1, 1, 4, 0, 0;
        y << 0, 0, 1, 4, 2, 2;
        x.row(2) = Eigen::RowVector2d(closedByC.begin()[0], closedByC.begin()[1]);
        y.row(0) = Eigen::RowVector2d(closedByA.begin()[0], closedByA.begin()[1]);
        return 0.5
               * (margin(makeProblem(x, {0.6, 0.4}), spec, 0, 2)
                  + margin(makeProblem(y, {0.6, 0.4}), spec, 0, 2));
    };
    const double v1 = v({2, 1}, {3, 2}); // only C1 differs: C (2, A's 1), A (3, C's 2)
    const double v2 = v({3, 2}, {2, 1}); // only C2 differs: C (A's 3, 2), A (C's 2, 1)
    const double v12 = margin(p, spec, 0, 2);
    EXPECT_NEAR(v({3, 1}, {2, 2}), 0.0, Tol); // no difference left: identical rows
    const Eigen::VectorXd parts = marginParts(p, spec, 0, 2);
    EXPECT_NEAR(parts[0], 0.5 * v1 + 0.5 * (v12 - v2), Tol);
    EXPECT_NEAR(parts[1], 0.5 * v2 + 0.5 * (v12 - v1), Tol);
    EXPECT_NEAR(parts.sum(), v12, Tol);
    EXPECT_GT(std::abs(parts[0] - 0.6 * (1.0 / 3.0)), 1e-6) << "not the weighted-sum reading";
}

TEST(MarginParts, ShapleyPartsAddUpToTheMarginAndSkipEqualCriteria)
{
    // Six criteria, one of them (C4) equal for A1 and A3: its part is 0 (a null player).
    Eigen::MatrixXd x(4, 6);
    x << 0.9, 0.2, 0.7, 0.5, 0.3, 0.8, //
        0.4, 0.9, 0.6, 0.1, 0.8, 0.5, //
        0.6, 0.5, 0.9, 0.5, 0.4, 0.2, //
        0.2, 0.7, 0.3, 0.9, 0.9, 0.6;
    const Problem p = makeProblem(x, {0.3, 0.1, 0.2, 0.15, 0.15, 0.1});
    for (const Method method : {Method::Topsis, Method::Vikor, Method::Wpm}) {
        MethodSpec spec = MethodSpec::defaults(method);
        if (method == Method::Wpm)
            spec.normalization = Normalization::None;
        const Eigen::VectorXd parts = marginParts(p, spec, 0, 2);
        EXPECT_NEAR(parts.sum(), margin(p, spec, 0, 2), Tol) << methodKey(method);
        EXPECT_NEAR(parts[3], 0.0, 1e-15) << methodKey(method);
        // Swapping the two alternatives negates every part (the two closings are averaged).
        const Eigen::VectorXd back = marginParts(p, spec, 2, 0);
        for (Eigen::Index j = 0; j < parts.size(); ++j)
            EXPECT_NEAR(back[j], -parts[j], 1e-12) << methodKey(method) << " C" << j + 1;
    }
}

TEST(MarginParts, RejectsRowsOutOfRangeAndTooManyCriteriaForShapley)
{
    const Problem p = threeByTwo();
    EXPECT_THROW(marginParts(p, MethodSpec::defaults(Method::Topsis), 0, 3), InputError);
    EXPECT_THROW(marginParts(p, MethodSpec::defaults(Method::Wsm), -1, 0), InputError);
    const Problem wide = makeProblem(Eigen::MatrixXd::Constant(2, ShapleyMaxCriteria + 1, 1.0),
                                     std::vector<double>(ShapleyMaxCriteria + 1, 1.0));
    EXPECT_THROW(marginParts(wide, MethodSpec::defaults(Method::Vikor), 0, 1), InputError);
    // The additive kinds have no such limit.
    EXPECT_NO_THROW(marginParts(wide, MethodSpec::defaults(Method::Promethee2), 0, 1));
}
