// SPDX-License-Identifier: GPL-3.0-or-later
// Problem validation and the five column normalisations.
// Expected values are exact fractions or were recomputed with mpmath (50 digits) from the
// definitions in methods.h; tolerance 1e-12 unless stated.
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include "eigen_matchers.h"
#include "input_error.h"
#include "problem_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>

using namespace escale;
using namespace escale::mcda;
using namespace escale::test;

constexpr double Tol = 1e-12;

TEST(ProblemValidation, NormalisesWeightsToSumOne)
{
    const Eigen::VectorXd w = handProblem().normalizedWeights();
    EXPECT_EIGEN_NEAR(w, Eigen::Vector3d(0.5, 0.25, 0.25), 1e-15);
}

TEST(ProblemValidation, HugeWeightsDoNotOverflow)
{
    Problem p = handProblem();
    for (auto &c : p.criteria)
        c.weight = 1e308;
    EXPECT_EIGEN_NEAR(p.normalizedWeights(), Eigen::Vector3d::Constant(1.0 / 3.0), 1e-15);
}

TEST(ProblemValidation, NamesTheOffendingField)
{
    Problem p = handProblem();
    p.criteria[2].weight = -0.1;
    EXPECT_EQ(fieldOf([&] { p.validate(); }), "criteria[2].weight");
    p.criteria[2].weight = std::numeric_limits<double>::infinity();
    EXPECT_EQ(fieldOf([&] { p.validate(); }), "criteria[2].weight");

    Problem zero = handProblem();
    for (auto &c : zero.criteria)
        c.weight = 0.0;
    EXPECT_EQ(fieldOf([&] { zero.validate(); }), "criteria");

    Eigen::MatrixXd x = Eigen::MatrixXd::Ones(5, 2);
    x(3, 1) = std::numeric_limits<double>::quiet_NaN();
    x(4, 0) = std::numeric_limits<double>::infinity();
    const Problem nan = makeProblem(x, {1, 1}, {Direction::Benefit, Direction::Cost});
    EXPECT_EQ(fieldOf([&] { nan.validate(); }), "matrix[3][1]");

    Problem names = handProblem();
    names.alternatives.pop_back();
    EXPECT_EQ(fieldOf([&] { names.validate(); }), "alternatives");
    Problem criteria = handProblem();
    criteria.criteria.pop_back();
    EXPECT_EQ(fieldOf([&] { criteria.validate(); }), "criteria");

    Problem empty;
    EXPECT_EQ(fieldOf([&] { empty.validate(); }), "alternatives");
    Problem noCriteria = makeProblem(Eigen::MatrixXd(2, 0), {}, {});
    EXPECT_EQ(fieldOf([&] { noCriteria.validate(); }), "criteria");
    EXPECT_NO_THROW(handProblem().validate());
}

TEST(Normalization, NoneReturnsTheRawValues)
{
    const Problem p = handProblem();
    EXPECT_EIGEN_NEAR(normalize(p, Normalization::None), p.values, 0.0);
}

TEST(Normalization, MaxDividesByTheLargestAndCostUsesMinOverX)
{
    Eigen::MatrixXd expected(3, 3);
    expected << 0.8, 0.4, 2.0 / 3.0, //
        0.6, 1.0, 1.0, //
        1.0, 0.2, 0.8;
    EXPECT_EIGEN_NEAR(normalize(handProblem(), Normalization::Max), expected, Tol);
}

TEST(Normalization, SumDividesByTheSumAndCostUsesReciprocals)
{
    Eigen::MatrixXd expected(3, 3);
    expected << 4.0 / 12, 2.0 / 8, 10.0 / 37, //
        3.0 / 12, 5.0 / 8, 15.0 / 37, //
        5.0 / 12, 1.0 / 8, 12.0 / 37;
    const Eigen::MatrixXd r = normalize(handProblem(), Normalization::Sum);
    EXPECT_EIGEN_NEAR(r, expected, Tol);
    EXPECT_EIGEN_NEAR(r.colwise().sum(), Eigen::RowVector3d::Ones(), Tol);
}

TEST(Normalization, MinMaxMapsBestToOneAndWorstToZero)
{
    Eigen::MatrixXd expected(3, 3);
    expected << 0.5, 0.25, 0.0, //
        0.0, 1.0, 1.0, //
        1.0, 0.0, 0.5;
    EXPECT_EIGEN_NEAR(normalize(handProblem(), Normalization::MinMax), expected, Tol);
}

TEST(Normalization, VectorDividesByTheEuclideanNormInBothDirections)
{
    // mpmath: x / sqrt(sum x^2), cost columns unchanged in direction.
    Eigen::MatrixXd expected(3, 3);
    expected << 0.56568542494923802, 0.36514837167011074, 0.68376345875782769, //
        0.42426406871192851, 0.91287092917527686, 0.4558423058385518, //
        0.70710678118654752, 0.18257418583505537, 0.56980288229818974;
    EXPECT_EIGEN_NEAR(normalize(handProblem(), Normalization::Vector), expected, Tol);
}

TEST(Normalization, ConstantAndZeroColumnsAreDefined)
{
    Eigen::MatrixXd x(3, 2);
    x << 7, 0, //
        7, 0, //
        7, 0;
    const Problem p = makeProblem(x, {1, 1}, {Direction::Cost, Direction::Benefit});
    const Eigen::MatrixXd minmax = normalize(p, Normalization::MinMax);
    EXPECT_EIGEN_NEAR(minmax, Eigen::MatrixXd::Ones(3, 2), 0.0); // constant column gives 1
    const Eigen::MatrixXd vector = normalize(p, Normalization::Vector);
    EXPECT_EIGEN_NEAR(vector.col(0), Eigen::Vector3d::Constant(1.0 / std::sqrt(3.0)), Tol);
    EXPECT_EIGEN_NEAR(vector.col(1), Eigen::Vector3d::Zero(), 0.0); // zeros stay zeros
    // Max cannot divide by a largest value of 0; on the constant cost column min/x = 1.
    EXPECT_THROW((void)normalize(p, Normalization::Max), InputError);
    const Problem constant = makeProblem(x.col(0), {1}, {Direction::Cost});
    EXPECT_EIGEN_NEAR(normalize(constant, Normalization::Max), Eigen::Vector3d::Ones(), Tol);
}

TEST(Normalization, MaxAndSumRejectValuesTheyCannotDivideBy)
{
    Eigen::MatrixXd x(3, 2);
    x << 1, 2, //
        0, 3, //
        2, 4;
    const Problem costZero = makeProblem(x, {1, 1}, {Direction::Cost, Direction::Benefit});
    EXPECT_EQ(fieldOf([&] { normalize(costZero, Normalization::Max); }), "matrix[1][0]");
    EXPECT_EQ(fieldOf([&] { normalize(costZero, Normalization::Sum); }), "matrix[1][0]");
    // A zero on a benefit column is fine: x/max and x/sum are defined.
    const Problem benefitZero = makeProblem(x, {1, 1}, {Direction::Benefit, Direction::Benefit});
    EXPECT_NO_THROW(normalize(benefitZero, Normalization::Max));

    x(2, 1) = -4;
    const Problem negative = makeProblem(x, {1, 1}, {Direction::Benefit, Direction::Benefit});
    EXPECT_EQ(fieldOf([&] { normalize(negative, Normalization::Sum); }), "matrix[2][1]");
    const Problem zeros = makeProblem(Eigen::MatrixXd::Zero(2, 1), {1}, {Direction::Benefit});
    EXPECT_EQ(fieldOf([&] { normalize(zeros, Normalization::Max); }), "criteria[0]");
    EXPECT_EQ(fieldOf([&] { normalize(zeros, Normalization::Sum); }), "criteria[0]");
    // MinMax and Vector accept negative values.
    EXPECT_NO_THROW(normalize(negative, Normalization::MinMax));
    EXPECT_NO_THROW(normalize(negative, Normalization::Vector));
}

TEST(Normalization, ExtremeValuesStayFinite)
{
    Eigen::MatrixXd x(3, 1);
    x << -1e308, 0, 1e308;
    const Problem p = makeProblem(x, {1}, {Direction::Benefit});
    const Eigen::MatrixXd r = normalize(p, Normalization::MinMax);
    EXPECT_EIGEN_NEAR(r, Eigen::Vector3d(0.0, 0.5, 1.0), Tol);
    const Eigen::MatrixXd v = normalize(p, Normalization::Vector);
    EXPECT_TRUE(v.allFinite());
    EXPECT_NEAR(v(2, 0), 1.0 / std::sqrt(2.0), Tol);
}
