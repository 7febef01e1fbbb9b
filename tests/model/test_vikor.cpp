// SPDX-License-Identifier: GPL-3.0-or-later
// VIKOR. Published example: Opricovic & Tzeng (2004), EJOR 156, Tables 1-3: 3 alternatives x
// (risk [cost], altitude), equal weights, v = 0.5; S = 0.5, 0.375, 0.5; R = 0.5, 0.25, 0.5;
// Q = 1, 0, 1; compromise solution A2; the same for problem "phi" (other units).
// Other expectations are exact fractions or were recomputed with mpmath (50 digits) / Python
// fractions from METHODS.md; tolerance 1e-12.
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

namespace {

/** 4 alternatives x 3 benefit criteria, weights 3:2:2, where only C1 holds (see below). */
Problem onlyC1Problem()
{
    Eigen::MatrixXd x(4, 3);
    x << 7, 5, 2, //
        2, 8, 9, //
        5, 4, 3, //
        8, 2, 0;
    const auto b = Direction::Benefit;
    return makeProblem(x, {3, 2, 2}, {b, b, b});
}

} // namespace

TEST(Vikor, OpricovicTzeng2004)
{
    const Ranking r = vikor(climbing());
    EXPECT_EQ(r.method, Method::Vikor);
    EXPECT_EIGEN_NEAR(r.S, Eigen::Vector3d(0.5, 0.375, 0.5), Tol);
    EXPECT_EIGEN_NEAR(r.R, Eigen::Vector3d(0.5, 0.25, 0.5), Tol);
    EXPECT_EIGEN_NEAR(r.Q, Eigen::Vector3d(1.0, 0.0, 1.0), Tol);
    EXPECT_EIGEN_NEAR(r.scores, Eigen::Vector3d(0.0, 1.0, 0.0), Tol); // 1 - Q
    EXPECT_EQ(r.ranks, (std::vector<int>{2, 1, 2}));
    EXPECT_EQ(r.ranksByS, (std::vector<int>{2, 1, 2}));
    EXPECT_EQ(r.ranksByR, (std::vector<int>{2, 1, 2}));
    EXPECT_TRUE(r.acceptableAdvantage); // 1 - 0 >= DQ = 0.5
    EXPECT_TRUE(r.acceptableStability);
    EXPECT_EQ(r.compromiseSet, std::vector<int>{1});
    EXPECT_EQ(r.best(), 1);

    // Problem "phi": risk + 5, altitude in km above 1000 m. VIKOR's linear normalisation makes
    // the result identical.
    Problem phi = climbing();
    phi.values << 6, 2.0, //
        7, 2.75, //
        10, 3.5;
    const Ranking s = vikor(phi);
    EXPECT_EIGEN_NEAR(s.S, r.S, Tol);
    EXPECT_EIGEN_NEAR(s.R, r.R, Tol);
    EXPECT_EIGEN_NEAR(s.Q, r.Q, Tol);
}

TEST(Vikor, AircraftDataOnlyC2GivesACompromiseSetByDQ)
{
    // Hwang & Yoon's aircraft data. Q: A1 0.0306 < A3 0.1818 < A4 0.8612 < A2 1.
    // C1 fails (0.1512 < DQ = 1/3), C2 holds (A1 has the lowest R), so the set is every
    // alternative with Q - Q(A1) < 1/3: {A1, A3}.
    const Problem p = aircraft();
    const Ranking r = vikor(p);
    EXPECT_EIGEN_NEAR(
        r.S, Eigen::Vector4d(0.42619047619047619, 0.7, 0.40833333333333333, 0.61904761904761905),
        Tol);
    EXPECT_EIGEN_NEAR(r.R, Eigen::Vector4d(1.0 / 7.0, 0.3, 0.2, 0.3), Tol);
    EXPECT_EIGEN_NEAR(
        r.Q, Eigen::Vector4d(0.030612244897959184, 1.0, 0.18181818181818182, 0.86122448979591837),
        Tol);
    EXPECT_EQ(r.ranks, (std::vector<int>{1, 4, 2, 3}));
    EXPECT_FALSE(r.acceptableAdvantage);
    EXPECT_TRUE(r.acceptableStability);
    EXPECT_EQ(r.compromiseSet, (std::vector<int>{0, 2}));
}

TEST(Vikor, OnlyC1GivesTheFirstTwo)
{
    // Found by search over small integer problems; exact values from Python fractions:
    // S = 55/126, 3/7, 25/42, 4/7; R = 2/9, 3/7, 3/14, 2/7; Q = 8/189, 1/2, 1/2, 25/42.
    // a1 = A1; A2 and A3 tie at Q = 1/2 and a2 is the lower index, A2. C1 holds
    // (1/2 - 8/189 >= 1/3) but A1 is first neither by S (A2) nor by R (A3).
    const Ranking r = vikor(onlyC1Problem());
    EXPECT_EIGEN_NEAR(r.S, Eigen::Vector4d(55.0 / 126, 3.0 / 7, 25.0 / 42, 4.0 / 7), Tol);
    EXPECT_EIGEN_NEAR(r.R, Eigen::Vector4d(2.0 / 9, 3.0 / 7, 3.0 / 14, 2.0 / 7), Tol);
    EXPECT_EIGEN_NEAR(r.Q, Eigen::Vector4d(8.0 / 189, 0.5, 0.5, 25.0 / 42), Tol);
    EXPECT_EQ(r.ranks, (std::vector<int>{1, 2, 2, 4}));
    EXPECT_TRUE(r.acceptableAdvantage);
    EXPECT_FALSE(r.acceptableStability);
    EXPECT_EQ(r.compromiseSet, (std::vector<int>{0, 1}));
}

TEST(Vikor, AdvantageExactlyAtDqIsAcceptable)
{
    // One benefit criterion: d = (0, 1/2, 1), S = R = d, Q = d. m = 3 gives DQ = 1/2 and
    // Q(a2) - Q(a1) = 1/2 exactly: C1 holds (>= DQ), C2 too, so the set is {A1}. With m = 5,
    // x = (4, 3, 2, 1, 0): Q(a2) - Q(a1) = 1/4 = DQ, however 0.25 and 1/4 round.
    const Ranking three = vikor(makeProblem(Eigen::Vector3d(10, 5, 0), {1}));
    EXPECT_EIGEN_NEAR(three.Q, Eigen::Vector3d(0.0, 0.5, 1.0), Tol);
    EXPECT_TRUE(three.acceptableAdvantage);
    EXPECT_TRUE(three.acceptableStability);
    EXPECT_EQ(three.compromiseSet, std::vector<int>{0});

    Eigen::VectorXd x(5);
    x << 4, 3, 2, 1, 0;
    const Ranking five = vikor(makeProblem(x, {1}));
    EXPECT_TRUE(five.acceptableAdvantage);
    EXPECT_EQ(five.compromiseSet, std::vector<int>{0});
}

TEST(Vikor, DegenerateGroupUtilityTermCountsAsZero)
{
    // Weights (0.5, 0.25, 0.25): A1 d = (0, 1, 1), A2 d = (1, 0, 0). S ties at 0.5, so the
    // S term is 0; R = 0.25 and 0.5 gives Q = 0 and 0.5. With m = 2, DQ = 1: C1 fails and
    // both alternatives are in the compromise set.
    Eigen::MatrixXd x(2, 3);
    x << 10, 0, 0, //
        0, 1, 1;
    const auto b = Direction::Benefit;
    const Ranking r = vikor(makeProblem(x, {2, 1, 1}, {b, b, b}));
    EXPECT_EIGEN_NEAR(r.S, Eigen::Vector2d(0.5, 0.5), Tol);
    EXPECT_EIGEN_NEAR(r.R, Eigen::Vector2d(0.25, 0.5), Tol);
    EXPECT_EIGEN_NEAR(r.Q, Eigen::Vector2d(0.0, 0.5), Tol);
    EXPECT_EQ(r.ranksByS, (std::vector<int>{1, 1}));
    EXPECT_FALSE(r.acceptableAdvantage);
    EXPECT_TRUE(r.acceptableStability);
    EXPECT_EQ(r.compromiseSet, (std::vector<int>{0, 1}));
}

TEST(Vikor, ConstantColumnsGiveZeroRegret)
{
    // f* = f-: d = 0 on that criterion. All columns constant: S = R = Q = 0 for everyone.
    const Problem flat = makeProblem(Eigen::MatrixXd::Constant(3, 2, 2.0), {1, 1},
                                     {Direction::Benefit, Direction::Cost});
    const Ranking r = vikor(flat);
    EXPECT_EIGEN_NEAR(r.S, Eigen::Vector3d::Zero(), 0.0);
    EXPECT_EIGEN_NEAR(r.R, Eigen::Vector3d::Zero(), 0.0);
    EXPECT_EIGEN_NEAR(r.Q, Eigen::Vector3d::Zero(), 0.0);
    EXPECT_EQ(r.ranks, (std::vector<int>{1, 1, 1}));
    EXPECT_FALSE(r.acceptableAdvantage);
    EXPECT_EQ(r.compromiseSet, (std::vector<int>{0, 1, 2}));

    // One constant column among others only removes that criterion's contribution.
    Problem p = climbing();
    p.values.conservativeResize(3, 3);
    p.values.col(2).setConstant(8.0);
    p.criteria.push_back(p.criteria[0]);
    const Ranking s = vikor(p);
    EXPECT_EIGEN_NEAR(s.S, vikor(climbing()).S * (2.0 / 3.0), Tol); // weights now 1/3 each
    EXPECT_EIGEN_NEAR(s.Q, vikor(climbing()).Q, Tol);
}

TEST(Vikor, SingleAlternativeIsItsOwnCompromise)
{
    const Problem p = makeProblem(Eigen::RowVector2d(4.0, 9.0), {1, 1},
                                  {Direction::Benefit, Direction::Cost});
    const Ranking r = vikor(p);
    EXPECT_EIGEN_NEAR(r.Q, Eigen::VectorXd::Zero(1), 0.0);
    EXPECT_EIGEN_NEAR(r.scores, Eigen::VectorXd::Ones(1), 0.0);
    EXPECT_TRUE(r.acceptableAdvantage);
    EXPECT_TRUE(r.acceptableStability);
    EXPECT_EQ(r.compromiseSet, std::vector<int>{0});
    EXPECT_EQ(r.ranks, std::vector<int>{1});
}

TEST(Vikor, ZeroWeightCriterionIsIgnored)
{
    Problem p = climbing();
    p.values.conservativeResize(3, 3);
    p.values.col(2) << 100.0, -3.0, 7.0;
    p.criteria.push_back(p.criteria[1]);
    p.criteria[2].weight = 0.0;
    const Ranking r = vikor(p);
    EXPECT_EIGEN_NEAR(r.Q, vikor(climbing()).Q, Tol);
    EXPECT_EIGEN_NEAR(r.S, vikor(climbing()).S, Tol);
}

TEST(Vikor, WeightVExtremesAndRange)
{
    // v = 1: Q is the scaled S only; v = 0: the scaled R only.
    const Problem p = onlyC1Problem();
    const Ranking s = vikor(p, 1.0);
    EXPECT_EQ(s.ranks, s.ranksByS);
    const Ranking r = vikor(p, 0.0);
    EXPECT_EQ(r.ranks, r.ranksByR);
    for (double v : {-0.1, 1.5, std::nan("")}) {
        try {
            (void)vikor(p, v);
            FAIL() << v;
        } catch (const InputError &e) {
            EXPECT_EQ(e.field(), "v");
        }
    }
}
