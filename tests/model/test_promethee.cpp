// SPDX-License-Identifier: GPL-3.0-or-later
// PROMETHEE II. Published example: Brans, Vincke & Mareschal (1986), EJOR 24, location of a
// hydroelectric power station: 6 projects x 6 criteria, one preference-function type each
// (II q=10; III p=30; V q=50 p=500; IV q=10 p=60; I; VI s=5), equal weights. Input as in
// Mareschal's "Exercises with Visual PROMETHEE" (2019); the printed pi matrix (3 decimals,
// truncated) and net flows as plain sums: -0.728, 0.085, -0.447, -0.102, 1.466, -0.274.
// Full-precision expectations were recomputed with mpmath (50 digits) from METHODS.md and are
// checked to 1e-12; the printed values to 1e-3 (pi) and 2.5e-3 (sums, which the source forms
// from rounded pi entries).
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

namespace {

constexpr double Tol = 1e-12;

/** pi(A1, A2) for one benefit criterion with g(A1) - g(A2) = d. */
double preferenceAt(const Preference &f, double d)
{
    Problem p = makeProblem(Eigen::Vector2d(10.0 + d, 10.0), {1}, {Direction::Benefit});
    p.criteria[0].preference = f;
    return promethee2(p).pi(0, 1);
}

Problem powerStation()
{
    Eigen::MatrixXd x(6, 6);
    x << 80, 90, 600, 54, 8, 5, //
        65, 58, 200, 97, 1, 1, //
        83, 60, 400, 72, 4, 7, //
        40, 80, 1000, 75, 7, 10, //
        52, 72, 600, 20, 3, 8, //
        94, 96, 700, 36, 5, 6;
    const auto mn = Direction::Cost;
    const auto mx = Direction::Benefit;
    Problem p = makeProblem(x, {1, 1, 1, 1, 1, 1}, {mn, mx, mn, mn, mn, mx});
    p.criteria[0].preference = pref(PreferenceFunction::UShape, 10);
    p.criteria[1].preference = pref(PreferenceFunction::VShape, 0, 30);
    p.criteria[2].preference = pref(PreferenceFunction::Linear, 50, 500);
    p.criteria[3].preference = pref(PreferenceFunction::Level, 10, 60);
    p.criteria[4].preference = pref(PreferenceFunction::Usual);
    p.criteria[5].preference = pref(PreferenceFunction::Gaussian, 0, 0, 5);
    return p;
}

} // namespace

TEST(PrometheePreference, UsualAndUShapeStepStrictlyAboveQ)
{
    const Preference usual = pref(PreferenceFunction::Usual);
    EXPECT_EQ(preferenceAt(usual, 0.0), 0.0);
    EXPECT_EQ(preferenceAt(usual, 0.25), 1.0);
    EXPECT_EQ(preferenceAt(usual, -3.0), 0.0);
    const Preference ushape = pref(PreferenceFunction::UShape, 2.0);
    EXPECT_EQ(preferenceAt(ushape, 2.0), 0.0); // d = q: still indifferent
    EXPECT_EQ(preferenceAt(ushape, 2.5), 1.0);
}

TEST(PrometheePreference, VShapeReachesOneAtP)
{
    const Preference f = pref(PreferenceFunction::VShape, 0.0, 4.0);
    EXPECT_EQ(preferenceAt(f, 2.0), 0.5);
    EXPECT_EQ(preferenceAt(f, 4.0), 1.0); // d = p
    EXPECT_EQ(preferenceAt(f, 6.0), 1.0);
}

TEST(PrometheePreference, LevelIsHalfOnQExclusivePInclusive)
{
    const Preference f = pref(PreferenceFunction::Level, 1.0, 3.0);
    EXPECT_EQ(preferenceAt(f, 1.0), 0.0); // d = q
    EXPECT_EQ(preferenceAt(f, 2.0), 0.5);
    EXPECT_EQ(preferenceAt(f, 3.0), 0.5); // d = p
    EXPECT_EQ(preferenceAt(f, 3.5), 1.0);
}

TEST(PrometheePreference, LinearIsZeroAtQAndOneAtP)
{
    const Preference f = pref(PreferenceFunction::Linear, 1.0, 3.0);
    EXPECT_EQ(preferenceAt(f, 1.0), 0.0); // d = q
    EXPECT_EQ(preferenceAt(f, 2.0), 0.5);
    EXPECT_EQ(preferenceAt(f, 3.0), 1.0); // d = p
    EXPECT_EQ(preferenceAt(f, 5.0), 1.0);
}

TEST(PrometheePreference, GaussianAtS)
{
    // 1 - exp(-1/2) = 0.3934693402873665764 (mpmath)
    const Preference f = pref(PreferenceFunction::Gaussian, 0.0, 0.0, 2.0);
    EXPECT_NEAR(preferenceAt(f, 2.0), 0.3934693402873665764, Tol);
    EXPECT_EQ(preferenceAt(f, 0.0), 0.0);
    EXPECT_NEAR(preferenceAt(f, 6.0), 1.0 - std::exp(-4.5), Tol);
}

TEST(PrometheePreference, CostCriterionReversesTheDifference)
{
    Problem p = makeProblem(Eigen::Vector2d(5.0, 8.0), {1}, {Direction::Cost});
    p.criteria[0].preference = pref(PreferenceFunction::VShape, 0.0, 6.0);
    const Ranking r = promethee2(p);
    EXPECT_EQ(r.pi(0, 1), 0.5); // d = 8 - 5 = 3 in favour of the cheaper A1
    EXPECT_EQ(r.pi(1, 0), 0.0);
}

TEST(Promethee, BransVinckeMareschal1986)
{
    const Ranking r = promethee2(powerStation());
    EXPECT_EQ(r.method, Method::Promethee2);
    Eigen::MatrixXd pi(6, 6);
    pi << 0.0, 0.29564182715438485, 0.25, 0.26851851851851852, 0.1, 0.18518518518518519,
        0.46296296296296296, 0.0, 0.38888888888888889, 0.33333333333333333, 0.2962962962962963,
        0.5, //
        0.23503616449111626, 0.1799857351177825, 0.0, 0.33333333333333333, 0.055555555555555556,
        0.42922614704146671, //
        0.3989115567145611, 0.50590577237495311, 0.30523274254256577, 0.0, 0.22392505338000515,
        0.21230849382105151, //
        0.44412163143145466, 0.51522592796921119, 0.48663355444887412, 0.37962962962962963, 0.0,
        0.44799912745407922, //
        0.28663355444887412, 0.3989115567145611, 0.25, 0.43148148148148148, 0.13333333333333333,
        0.0;
    EXPECT_EIGEN_NEAR(r.pi, pi, Tol);
    Eigen::VectorXd phiPlus(6), phiMinus(6), phi(6);
    phiPlus << 0.21986910617161771, 0.3962962962962963, 0.24662738710785087, 0.32925672376662733,
        0.45472197418664976, 0.30007198519565001;
    phiMinus << 0.36553317400979382, 0.37913416386617855, 0.33615103717606576, 0.34925925925925926,
        0.16182204771303807, 0.35494379070035653;
    phi << -0.14566406783817611, 0.017162132430117748, -0.089523650068214884, -0.020002535492631931,
        0.2928999264736117, -0.05487180550470652;
    EXPECT_EIGEN_NEAR(r.phiPlus, phiPlus, Tol);
    EXPECT_EIGEN_NEAR(r.phiMinus, phiMinus, Tol);
    EXPECT_EIGEN_NEAR(r.phiNet, phi, Tol);
    EXPECT_EIGEN_NEAR(r.scores, r.phiNet, 0.0);

    // As printed (pi to 3 decimals; net flows as plain sums, i.e. times n - 1 = 5).
    Eigen::MatrixXd printed(6, 6);
    printed << 0, .296, .250, .268, .100, .185, //
        .462, 0, .389, .333, .296, .500, //
        .236, .180, 0, .333, .056, .429, //
        .399, .505, .305, 0, .223, .212, //
        .444, .515, .487, .380, 0, .448, //
        .286, .399, .250, .432, .133, 0;
    EXPECT_EIGEN_NEAR(r.pi, printed, 1e-3);
    Eigen::VectorXd sums(6);
    sums << -0.728, 0.085, -0.447, -0.102, 1.466, -0.274;
    EXPECT_EIGEN_NEAR(Eigen::VectorXd(r.phiNet * 5.0), sums, 2.5e-3);
    // a5 > a2 > a4 > a6 > a3 > a1
    EXPECT_EQ(r.ranks, (std::vector<int>{6, 2, 5, 3, 1, 4}));
}

TEST(Promethee, WeightChangesFromTheTeachingCopy)
{
    // Mareschal's exercises: w2 = 50 (others 10) makes a6 best; w5 = 55 (others 9) makes a2
    // best. Net flows recomputed with mpmath.
    Problem p = powerStation();
    for (std::size_t j = 0; j < 6; ++j)
        p.criteria[j].weight = j == 1 ? 50 : 10;
    Ranking r = promethee2(p);
    EXPECT_EQ(r.best(), 5);
    EXPECT_NEAR(r.phiNet[5], 0.24974358336384275, Tol);
    for (std::size_t j = 0; j < 6; ++j)
        p.criteria[j].weight = j == 4 ? 55 : 9;
    r = promethee2(p);
    EXPECT_EQ(r.best(), 1);
    EXPECT_NEAR(r.phiNet[1], 0.46926755151226358, Tol);
}

TEST(Promethee, FlowsAreBalancedAndBounded)
{
    const Ranking r = promethee2(powerStation());
    EXPECT_NEAR(r.phiNet.sum(), 0.0, Tol);
    EXPECT_LE(r.phiNet.cwiseAbs().maxCoeff(), 1.0);
    EXPECT_EIGEN_NEAR(r.pi.diagonal(), Eigen::VectorXd::Zero(6), 0.0);
}

TEST(Promethee, SingleAlternativeHasZeroFlows)
{
    Problem p = makeProblem(Eigen::RowVector2d(3.0, 4.0), {1, 1},
                            {Direction::Benefit, Direction::Cost});
    const Ranking r = promethee2(p);
    EXPECT_EIGEN_NEAR(r.pi, Eigen::MatrixXd::Zero(1, 1), 0.0);
    EXPECT_EIGEN_NEAR(r.phiNet, Eigen::VectorXd::Zero(1), 0.0);
    EXPECT_EIGEN_NEAR(r.phiPlus, Eigen::VectorXd::Zero(1), 0.0);
    EXPECT_EQ(r.ranks, std::vector<int>{1});
}

TEST(Promethee, ConstantColumnsAndZeroWeightsGiveNoPreference)
{
    Problem p = powerStation();
    p.values.col(2).setConstant(500.0);
    p.criteria[4].weight = 0.0;
    const Ranking r = promethee2(p);
    EXPECT_TRUE(r.pi.allFinite());
    Problem flat = makeProblem(Eigen::MatrixXd::Constant(4, 2, 1.0), {1, 1},
                               {Direction::Benefit, Direction::Cost});
    const Ranking f = promethee2(flat);
    EXPECT_EIGEN_NEAR(f.phiNet, Eigen::Vector4d::Zero(), 0.0);
    EXPECT_EQ(f.ranks, (std::vector<int>{1, 1, 1, 1}));
}

TEST(Promethee, RejectsInvalidParametersNamingThem)
{
    const auto fieldFor = [](const Preference &f) -> std::string {
        Problem p = makeProblem(Eigen::Vector2d(1.0, 2.0), {1}, {Direction::Benefit});
        p.criteria[0].preference = f;
        try {
            (void)promethee2(p);
        } catch (const InputError &e) {
            return e.field();
        }
        return "<no InputError>";
    };
    EXPECT_EQ(fieldFor(pref(PreferenceFunction::VShape, 0.0, 0.0)), "criteria[0].preference.p");
    EXPECT_EQ(fieldFor(pref(PreferenceFunction::UShape, -1.0)), "criteria[0].preference.q");
    EXPECT_EQ(fieldFor(pref(PreferenceFunction::Linear, 3.0, 3.0)), "criteria[0].preference.p");
    EXPECT_EQ(fieldFor(pref(PreferenceFunction::Level, 4.0, 2.0)), "criteria[0].preference.p");
    EXPECT_EQ(fieldFor(pref(PreferenceFunction::Gaussian, 0.0, 0.0, 0.0)),
              "criteria[0].preference.s");
    EXPECT_EQ(fieldFor(pref(PreferenceFunction::Gaussian, 0.0, 0.0, std::nan(""))),
              "criteria[0].preference.s");
    // Parameters a function does not use are ignored.
    EXPECT_EQ(fieldFor(pref(PreferenceFunction::Usual, -5.0, -5.0, -5.0)), "<no InputError>");
}
