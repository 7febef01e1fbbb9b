// SPDX-License-Identifier: GPL-3.0-or-later
// Weighted sum and weighted product models.
// Hand example: 3 alternatives x (benefit, benefit, cost) with weights 2:1:1. Expected scores
// were recomputed with mpmath (50 digits) from the definitions in methods.h; tolerance 1e-12.
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include "eigen_matchers.h"
#include "problem_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using namespace escale;
using namespace escale::mcda;
using namespace escale::test;

constexpr double Tol = 1e-12;

TEST(Wsm, NoneSubtractsCostColumns)
{
    // 0.5*4 + 0.25*2 - 0.25*300 = -72.5, and so on.
    const Ranking r = wsm(handProblem(), Normalization::None);
    EXPECT_EQ(r.method, Method::Wsm);
    EXPECT_EIGEN_NEAR(r.scores, Eigen::Vector3d(-72.5, -47.25, -59.75), Tol);
    EXPECT_EQ(r.ranks, (std::vector<int>{3, 1, 2}));
}

TEST(Wsm, EachNormalisationMatchesTheReference)
{
    EXPECT_EIGEN_NEAR(wsm(handProblem(), Normalization::Max).scores,
                      Eigen::Vector3d(2.0 / 3.0, 0.8, 0.75), Tol);
    EXPECT_EIGEN_NEAR(
        wsm(handProblem(), Normalization::Sum).scores,
        Eigen::Vector3d(0.29673423423423423, 0.38260135135135135, 0.32066441441441441), Tol);
    EXPECT_EIGEN_NEAR(wsm(handProblem(), Normalization::MinMax).scores,
                      Eigen::Vector3d(0.3125, 0.5, 0.625), Tol);
    EXPECT_EIGEN_NEAR(
        wsm(handProblem(), Normalization::Vector).scores,
        Eigen::Vector3d(0.20318894070268977, 0.32638919019014552, 0.25674621647749017), Tol);
    EXPECT_EQ(wsm(handProblem(), Normalization::MinMax).ranks, (std::vector<int>{3, 2, 1}));
}

TEST(Wpm, ProductOfPowersWithNegativeExponentOnCost)
{
    // 4^0.5 * 2^0.25 * 300^-0.25 = 0.57148808593975991 (mpmath)
    const Ranking r = wpm(handProblem(), Normalization::None);
    EXPECT_EQ(r.method, Method::Wpm);
    EXPECT_EIGEN_NEAR(
        r.scores, Eigen::Vector3d(0.57148808593975991, 0.68872465399842984, 0.56234132519034908),
        Tol);
    EXPECT_EQ(r.ranks, (std::vector<int>{2, 1, 3}));
    EXPECT_EIGEN_NEAR(
        wpm(handProblem(), Normalization::Max).scores,
        Eigen::Vector3d(0.64274273515572138, 0.77459666924148338, 0.63245553203367587), Tol);
    EXPECT_EIGEN_NEAR(
        wpm(handProblem(), Normalization::Sum).scores,
        Eigen::Vector3d(0.29435671242842879, 0.35474182210817709, 0.28964548486339821), Tol);
    EXPECT_EIGEN_NEAR(wpm(handProblem(), Normalization::Vector).scores,
                      Eigen::Vector3d(0.64295172331759716, 0.77484852978419438, 0.63266117530567),
                      Tol);
}

TEST(Wpm, RatioFormAgreesWithTheProducts)
{
    // P(A_k/A_l) = prod_j (x_kj/x_lj)^(+-w_j) equals P(A_k)/P(A_l).
    const Problem p = handProblem();
    const Ranking r = wpm(p, Normalization::None);
    const double ratio = std::pow(4.0 / 3.0, 0.5) * std::pow(2.0 / 5.0, 0.25)
                         * std::pow(300.0 / 200.0, -0.25);
    EXPECT_NEAR(r.scores[0] / r.scores[1], ratio, Tol);
}

TEST(Wpm, RejectsNonPositiveValuesWithAClearField)
{
    try {
        (void)wpm(handProblem(), Normalization::MinMax);
        FAIL() << "min-max puts a 0 in every non-constant column";
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "matrix[1][0]");
        EXPECT_NE(std::string(e.what()).find("min-max"), std::string::npos);
    }
    Problem p = handProblem();
    p.values(2, 1) = -1.0;
    try {
        (void)wpm(p, Normalization::None);
        FAIL() << "a negative value has no real power";
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "matrix[2][1]");
    }
}

TEST(Wpm, ZeroWeightCriterionContributesFactorOne)
{
    Problem p = handProblem();
    p.values(0, 1) = 0.0; // would make the product 0 if the criterion counted
    p.criteria[1].weight = 0.0;
    const Ranking r = wpm(p, Normalization::None);
    // weights become (2/3, 0, 1/3)
    EXPECT_NEAR(r.scores[0], std::pow(4.0, 2.0 / 3.0) * std::pow(300.0, -1.0 / 3.0), Tol);
    EXPECT_TRUE(r.scores.allFinite());
}

TEST(WsmWpm, ZeroWeightColumnsDoNotMatter)
{
    Problem p = handProblem();
    p.criteria[2].weight = 0.0;
    Problem changed = p;
    changed.values.col(2) << 1.0, 1e6, 7.0;
    for (Normalization n : {Normalization::None, Normalization::Max, Normalization::Sum,
                            Normalization::MinMax, Normalization::Vector}) {
        EXPECT_EIGEN_NEAR(wsm(p, n).scores, wsm(changed, n).scores, Tol) << normalizationKey(n);
        if (n != Normalization::MinMax) {
            EXPECT_EIGEN_NEAR(wpm(p, n).scores, wpm(changed, n).scores, Tol) << normalizationKey(n);
        }
    }
}

TEST(WsmWpm, SingleAlternativeIsDefined)
{
    const Problem p = makeProblem(Eigen::RowVector2d(3.0, 8.0), {1, 1},
                                  {Direction::Benefit, Direction::Cost});
    for (Normalization n : {Normalization::None, Normalization::Max, Normalization::Sum,
                            Normalization::MinMax, Normalization::Vector}) {
        const Ranking s = wsm(p, n);
        EXPECT_TRUE(s.scores.allFinite()) << normalizationKey(n);
        EXPECT_EQ(s.ranks, std::vector<int>{1});
    }
    // Min-max gives 1 on a constant column, so the single alternative scores 1.
    EXPECT_NEAR(wsm(p, Normalization::MinMax).scores[0], 1.0, Tol);
    EXPECT_NEAR(wpm(p, Normalization::Max).scores[0], 1.0, Tol);
    EXPECT_NEAR(wpm(p, Normalization::MinMax).scores[0], 1.0, Tol);
}

TEST(WsmWpm, ConstantColumnShiftsButDoesNotReorder)
{
    Problem p = handProblem();
    Problem withConstant = p;
    withConstant.values.conservativeResize(3, 4);
    withConstant.values.col(3).setConstant(5.0);
    CriterionSpec c;
    c.name = "constant";
    c.weight = 1.0;
    withConstant.criteria.push_back(c);
    for (Normalization n :
         {Normalization::Max, Normalization::Sum, Normalization::MinMax, Normalization::Vector}) {
        EXPECT_EQ(wsm(p, n).ranks, wsm(withConstant, n).ranks) << normalizationKey(n);
        EXPECT_TRUE(wsm(withConstant, n).scores.allFinite());
    }
}
