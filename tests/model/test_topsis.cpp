// SPDX-License-Identifier: GPL-3.0-or-later
// TOPSIS. Published examples:
// - Hwang & Yoon (1981) fighter aircraft: 4 aircraft x 6 criteria (max speed, ferry range, max
//   payload, acquisition cost [cost], reliability, manoeuvrability), w = (.2, .1, .1, .1, .2, .3).
//   Published (3 decimals): C = 0.643, 0.268, 0.613, 0.312; D+ = 0.0545, 0.1197, 0.0580, 0.1009;
//   D- = 0.0983, 0.0439, 0.0920, 0.0458.
// - Opricovic & Tzeng (2004), EJOR 156: 3 alternatives x (risk [cost], altitude), equal weights.
//   Published (3 decimals): D+ = 0.114, 0.108, 0.365; D- = 0.365, 0.280, 0.114;
//   C = 0.762, 0.722, 0.238.
// Full-precision expectations were recomputed with mpmath (50 digits) from METHODS.md; they are
// checked to 1e-12, the printed values to one unit (Hwang & Yoon truncate) or half a unit
// (Opricovic & Tzeng round) of their last digit.
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include "eigen_matchers.h"
#include "problem_fixtures.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

using namespace escale;
using namespace escale::mcda;
using namespace escale::test;

constexpr double Tol = 1e-12;

TEST(Topsis, HwangYoonAircraftVector)
{
    const Ranking r = topsis(aircraft(), Normalization::Vector);
    EXPECT_EQ(r.method, Method::Topsis);
    EXPECT_EIGEN_NEAR(r.scores,
                      Eigen::Vector4d(0.64327700055327012, 0.26838356771941189, 0.61354229000723091,
                                      0.31229106558175436),
                      Tol);
    EXPECT_EIGEN_NEAR(r.dPlus,
                      Eigen::Vector4d(0.054557448313032977, 0.11967930762346221,
                                      0.057976716251835377, 0.10093671059896046),
                      Tol);
    EXPECT_EIGEN_NEAR(r.dMinus,
                      Eigen::Vector4d(0.098383204231519714, 0.043902731192149074,
                                      0.092044139207149161, 0.045835718182041142),
                      Tol);
    // As printed by Hwang & Yoon, who truncate: within one unit of the last printed digit.
    EXPECT_EIGEN_NEAR(r.scores, Eigen::Vector4d(0.643, 0.268, 0.613, 0.312), 1e-3);
    EXPECT_EIGEN_NEAR(r.dPlus, Eigen::Vector4d(0.0545, 0.1197, 0.0580, 0.1009), 1e-4);
    EXPECT_EIGEN_NEAR(r.dMinus, Eigen::Vector4d(0.0983, 0.0439, 0.0920, 0.0458), 1e-4);
    EXPECT_EQ(r.ranks, (std::vector<int>{1, 4, 2, 3}));
    EXPECT_EQ(r.best(), 0);
}

TEST(Topsis, HwangYoonAircraftMinMaxSwapsA2AndA4)
{
    const Ranking r = topsis(aircraft(), Normalization::MinMax);
    EXPECT_EIGEN_NEAR(r.scores,
                      Eigen::Vector4d(0.61274818418186948, 0.36602540378443865, 0.53064194132376294,
                                      0.35168953377730141),
                      Tol);
    EXPECT_EIGEN_NEAR(r.dPlus,
                      Eigen::Vector4d(0.20980770809581147, 0.38729833462074169, 0.25671536334582272,
                                      0.33868576865085624),
                      Tol);
    EXPECT_EIGEN_NEAR(r.dMinus,
                      Eigen::Vector4d(0.33197853931676581, 0.22360679774997897, 0.29023457945446664,
                                      0.18372715894565061),
                      Tol);
    // Vector ranks A4 third and A2 fourth; min-max swaps them (METHODS.md).
    EXPECT_EQ(r.ranks, (std::vector<int>{1, 3, 2, 4}));
}

TEST(Topsis, OpricovicTzengClimbingExample)
{
    const Ranking r = topsis(climbing(), Normalization::Vector);
    EXPECT_EIGEN_NEAR(
        r.scores, Eigen::Vector3d(0.76214058012380098, 0.72217783322932958, 0.23785941987619902),
        Tol);
    EXPECT_EIGEN_NEAR(r.scores, Eigen::Vector3d(0.762, 0.722, 0.238), 5e-4);
    EXPECT_EIGEN_NEAR(r.dPlus, Eigen::Vector3d(0.114, 0.108, 0.365), 5e-4);
    EXPECT_EIGEN_NEAR(r.dMinus, Eigen::Vector3d(0.365, 0.280, 0.114), 5e-4);
    EXPECT_EQ(r.ranks, (std::vector<int>{1, 2, 3}));

    // The paper's problem "phi" (risk + 5, altitude in km above 1000 m) changes the TOPSIS
    // ranking, because vector normalisation is not invariant to a shift of origin.
    Problem phi = climbing();
    phi.values << 6, 2.0, //
        7, 2.75, //
        10, 3.5;
    const Ranking s = topsis(phi, Normalization::Vector);
    EXPECT_EIGEN_NEAR(
        s.scores, Eigen::Vector3d(0.48894097064899458, 0.61208581588419517, 0.51105902935100542),
        Tol);
    EXPECT_EQ(s.ranks, (std::vector<int>{3, 1, 2}));
}

TEST(Topsis, OnlyVectorAndMinMaxAreAccepted)
{
    for (Normalization n : {Normalization::None, Normalization::Max, Normalization::Sum}) {
        try {
            (void)topsis(aircraft(), n);
            FAIL() << normalizationKey(n);
        } catch (const InputError &e) {
            EXPECT_EQ(e.field(), "normalization");
        }
    }
}

TEST(Topsis, NonFiniteValueIsNamed)
{
    Problem p = aircraft();
    p.values(2, 4) = std::numeric_limits<double>::quiet_NaN();
    try {
        (void)topsis(p, Normalization::Vector);
        FAIL();
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "matrix[2][4]");
    }
}

TEST(Topsis, ConstantColumnDoesNotChangeCloseness)
{
    // A constant column puts every alternative on both ideals for that criterion; adding it
    // rescales the other weights, which scales D+ and D- alike and leaves C unchanged.
    for (Normalization n : {Normalization::Vector, Normalization::MinMax}) {
        Problem p = aircraft();
        p.values.conservativeResize(4, 7);
        p.values.col(6).setConstant(3.0);
        CriterionSpec c;
        c.name = "constant";
        c.weight = 0.4;
        c.direction = Direction::Cost;
        p.criteria.push_back(c);
        EXPECT_EIGEN_NEAR(topsis(p, n).scores, topsis(aircraft(), n).scores, Tol)
            << normalizationKey(n);
    }
}

TEST(Topsis, DegenerateProblemsGiveOneHalf)
{
    // Every weighted column constant: D+ = D- = 0, C = 0.5 by definition, all tied.
    const Problem flat = makeProblem(Eigen::MatrixXd::Constant(3, 2, 4.0), {1, 2},
                                     {Direction::Benefit, Direction::Cost});
    for (Normalization n : {Normalization::Vector, Normalization::MinMax}) {
        const Ranking r = topsis(flat, n);
        EXPECT_EIGEN_NEAR(r.scores, Eigen::Vector3d::Constant(0.5), 0.0);
        EXPECT_EQ(r.ranks, (std::vector<int>{1, 1, 1}));
    }
    const Problem single = makeProblem(Eigen::RowVector3d(1.0, 2.0, 0.0), {1, 1, 1},
                                       {Direction::Benefit, Direction::Cost, Direction::Benefit});
    const Ranking one = topsis(single, Normalization::Vector);
    EXPECT_EQ(one.scores.size(), 1);
    EXPECT_DOUBLE_EQ(one.scores[0], 0.5);
    EXPECT_EQ(one.ranks, std::vector<int>{1});
    EXPECT_EQ(one.best(), 0);

    // A column of zeros under vector normalisation contributes nothing.
    Problem zeros = climbing();
    zeros.values.conservativeResize(3, 3);
    zeros.values.col(2).setZero();
    zeros.criteria.push_back(zeros.criteria[1]);
    EXPECT_EIGEN_NEAR(topsis(zeros, Normalization::Vector).scores,
                      topsis(climbing(), Normalization::Vector).scores, Tol);
}

TEST(Topsis, ZeroWeightCriterionIsIgnored)
{
    Problem p = aircraft();
    p.criteria[1].weight = 0.0;
    Problem changed = p;
    changed.values.col(1) << 9e6, 1.0, 3.0, 7.0;
    for (Normalization n : {Normalization::Vector, Normalization::MinMax})
        EXPECT_EIGEN_NEAR(topsis(p, n).scores, topsis(changed, n).scores, Tol);
}

TEST(Topsis, ScalingAColumnLeavesScoresUnchanged)
{
    // Vector normalisation is invariant to a positive scale factor on any column.
    Problem scaled = aircraft();
    scaled.values.col(2) *= 1000.0; // benefit
    scaled.values.col(3) *= 0.001; // cost
    EXPECT_EIGEN_NEAR(topsis(scaled, Normalization::Vector).scores,
                      topsis(aircraft(), Normalization::Vector).scores, Tol);
    EXPECT_EIGEN_NEAR(topsis(scaled, Normalization::MinMax).scores,
                      topsis(aircraft(), Normalization::MinMax).scores, Tol);
}

TEST(Topsis, LargeInputsMatchTheNormalisedMatrixDefinition)
{
    // The fused implementation must agree with v = w r built from normalize().
    const Eigen::Index m = 1500; // more than one row block
    Eigen::MatrixXd x = Eigen::MatrixXd::Random(m, 5).array() + 2.0;
    const auto b = Direction::Benefit;
    const Problem p = makeProblem(x, {0.3, 0.1, 0.2, 0.25, 0.15},
                                  {b, Direction::Cost, b, Direction::Cost, b});
    for (Normalization n : {Normalization::Vector, Normalization::MinMax}) {
        const Eigen::MatrixXd r = normalize(p, n);
        const Eigen::MatrixXd v = r * p.normalizedWeights().asDiagonal();
        Eigen::RowVectorXd pis(5), nis(5);
        for (Eigen::Index j = 0; j < 5; ++j) {
            const bool cost = n == Normalization::Vector
                              && p.criteria[std::size_t(j)].direction == Direction::Cost;
            pis[j] = cost ? v.col(j).minCoeff() : v.col(j).maxCoeff();
            nis[j] = cost ? v.col(j).maxCoeff() : v.col(j).minCoeff();
        }
        const Eigen::VectorXd dPlus = (v.rowwise() - pis).rowwise().norm();
        const Eigen::VectorXd dMinus = (v.rowwise() - nis).rowwise().norm();
        const Eigen::VectorXd c = dMinus.array() / (dPlus + dMinus).array();
        const Ranking t = topsis(p, n);
        EXPECT_EIGEN_NEAR(t.dPlus, dPlus, Tol);
        EXPECT_EIGEN_NEAR(t.dMinus, dMinus, Tol);
        EXPECT_EIGEN_NEAR(t.scores, c, Tol);
    }
}
