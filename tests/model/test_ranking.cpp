// SPDX-License-Identifier: GPL-3.0-or-later
// Competition ranks, dispatch, keys, describe(), and properties every method must have:
// dominance, permutation equivariance, scale invariance, no NaN on degenerate input.
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include "eigen_matchers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>

using namespace escale;
using namespace escale::mcda;

namespace {

constexpr double Tol = 1e-12;

const std::vector<Method> AllMethods{Method::Wsm, Method::Wpm, Method::Topsis, Method::Vikor,
                                     Method::Promethee2};

Problem randomProblem(std::mt19937 &rng, Eigen::Index m, Eigen::Index n)
{
    std::uniform_real_distribution<double> value(1.0, 10.0);
    std::uniform_real_distribution<double> weight(0.1, 1.0);
    Problem p;
    p.values.resize(m, n);
    for (Eigen::Index i = 0; i < m; ++i) {
        p.alternatives.push_back("A" + std::to_string(i));
        for (Eigen::Index j = 0; j < n; ++j)
            p.values(i, j) = value(rng);
    }
    const PreferenceFunction functions[] = {PreferenceFunction::Usual, PreferenceFunction::VShape,
                                            PreferenceFunction::Linear,
                                            PreferenceFunction::Gaussian};
    for (Eigen::Index j = 0; j < n; ++j) {
        CriterionSpec c;
        c.name = "C" + std::to_string(j);
        c.weight = weight(rng);
        c.direction = j % 3 == 1 ? Direction::Cost : Direction::Benefit;
        c.preference.function = functions[j % 4];
        c.preference.q = 0.5;
        c.preference.p = 4.0;
        c.preference.s = 2.0;
        p.criteria.push_back(c);
    }
    return p;
}

std::vector<int> naiveCompetitionRanks(const Eigen::VectorXd &s)
{
    std::vector<int> ranks(static_cast<std::size_t>(s.size()));
    for (Eigen::Index i = 0; i < s.size(); ++i) {
        int better = 0;
        for (Eigen::Index k = 0; k < s.size(); ++k)
            better += s[k] > s[i] ? 1 : 0;
        ranks[static_cast<std::size_t>(i)] = better + 1;
    }
    return ranks;
}

} // namespace

TEST(CompetitionRanks, TiesShareTheBestRankAndSkipTheNext)
{
    EXPECT_EQ(competitionRanks(Eigen::Vector3d(22, 22, 21.5)), (std::vector<int>{1, 1, 3}));
    EXPECT_EQ(competitionRanks(Eigen::Vector4d(1, 3, 3, 2)), (std::vector<int>{4, 1, 1, 3}));
    EXPECT_EQ(competitionRanks(Eigen::Vector3d(-0.0, 0.0, -1.0)), (std::vector<int>{1, 1, 3}));
    EXPECT_TRUE(competitionRanks(Eigen::VectorXd(0)).empty());
}

TEST(CompetitionRanks, ToleranceIsRelativeWithAnAbsoluteFloor)
{
    // Within 1e-12 * max(|a|, |b|, 1): tie; beyond: not.
    EXPECT_EQ(competitionRanks(Eigen::Vector2d(1.0, 1.0 + 5e-13)), (std::vector<int>{1, 1}));
    EXPECT_EQ(competitionRanks(Eigen::Vector2d(1.0, 1.0 + 5e-12)), (std::vector<int>{2, 1}));
    EXPECT_EQ(competitionRanks(Eigen::Vector2d(1e6, 1e6 * (1 + 5e-13))), (std::vector<int>{1, 1}));
    EXPECT_EQ(competitionRanks(Eigen::Vector2d(1e6, 1e6 + 1e-3)), (std::vector<int>{2, 1}));
    EXPECT_EQ(competitionRanks(Eigen::Vector2d(1e-17, -1e-17)), (std::vector<int>{1, 1}));
}

TEST(CompetitionRanks, RejectsNaN)
{
    EXPECT_THROW((void)competitionRanks(Eigen::Vector2d(1.0, std::nan(""))), InputError);
}

TEST(CompetitionRanks, LargeInputsMatchTheDefinition)
{
    // 5000 scores (radix-sort path) with many exact ties and negative values.
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> draw(-400, 400);
    Eigen::VectorXd s(5000);
    for (Eigen::Index i = 0; i < s.size(); ++i)
        s[i] = draw(rng) * 0.25;
    EXPECT_EQ(competitionRanks(s), naiveCompetitionRanks(s));
}

TEST(CompetitionRanks, ClusteredScoresWithOutliersMatchTheDefinition)
{
    // A tight cluster next to huge outliers exercises the recursive bucket passes.
    std::mt19937 rng(8);
    std::uniform_int_distribution<int> draw(0, 1500);
    Eigen::VectorXd s(4000);
    for (Eigen::Index i = 0; i < s.size(); ++i)
        s[i] = 1e6 + draw(rng);
    s[10] = 1e300;
    s[20] = -1e300;
    s[30] = -0.0;
    s[40] = 0.0;
    s[50] = -std::numeric_limits<double>::infinity();
    EXPECT_EQ(competitionRanks(s), naiveCompetitionRanks(s));
}

TEST(RankingBest, LowestIndexAmongTies)
{
    Ranking r;
    EXPECT_EQ(r.best(), -1);
    r.ranks = {3, 1, 1, 2};
    EXPECT_EQ(r.best(), 1);
}

TEST(Keys, RoundTripAndRejectUnknown)
{
    for (Method m : AllMethods)
        EXPECT_EQ(methodFromKey(methodKey(m)), m);
    EXPECT_STREQ(methodKey(Method::Promethee2), "promethee2");
    EXPECT_FALSE(methodFromKey("ahp").has_value());
    for (Normalization n : {Normalization::None, Normalization::Max, Normalization::Sum,
                            Normalization::MinMax, Normalization::Vector})
        EXPECT_EQ(normalizationFromKey(normalizationKey(n)), n);
    EXPECT_STREQ(normalizationKey(Normalization::MinMax), "minmax");
    EXPECT_FALSE(normalizationFromKey("l2").has_value());
    for (PreferenceFunction f :
         {PreferenceFunction::Usual, PreferenceFunction::UShape, PreferenceFunction::VShape,
          PreferenceFunction::Level, PreferenceFunction::Linear, PreferenceFunction::Gaussian})
        EXPECT_EQ(preferenceFromKey(preferenceKey(f)), f);
    EXPECT_STREQ(preferenceKey(PreferenceFunction::UShape), "ushape");
    EXPECT_FALSE(preferenceFromKey("vshape_2").has_value());
}

TEST(MethodSpec, DefaultsFollowTheProjectConventions)
{
    EXPECT_EQ(MethodSpec::defaults(Method::Wsm).normalization, Normalization::MinMax);
    EXPECT_EQ(MethodSpec::defaults(Method::Wpm).normalization, Normalization::None);
    EXPECT_EQ(MethodSpec::defaults(Method::Topsis).normalization, Normalization::Vector);
    EXPECT_EQ(MethodSpec::defaults(Method::Vikor).v, 0.5);
    EXPECT_EQ(MethodSpec::defaults(Method::Promethee2).method, Method::Promethee2);
}

TEST(Rank, DispatchesToTheMethod)
{
    std::mt19937 rng(11);
    const Problem p = randomProblem(rng, 6, 4);
    EXPECT_EIGEN_NEAR(rank(p, MethodSpec::defaults(Method::Wsm)).scores,
                      wsm(p, Normalization::MinMax).scores, 0.0);
    EXPECT_EIGEN_NEAR(rank(p, MethodSpec::defaults(Method::Wpm)).scores,
                      wpm(p, Normalization::None).scores, 0.0);
    EXPECT_EIGEN_NEAR(rank(p, MethodSpec::defaults(Method::Topsis)).scores,
                      topsis(p, Normalization::Vector).scores, 0.0);
    MethodSpec v = MethodSpec::defaults(Method::Vikor);
    v.v = 0.3;
    EXPECT_EIGEN_NEAR(rank(p, v).Q, vikor(p, 0.3).Q, 0.0);
    EXPECT_EIGEN_NEAR(rank(p, MethodSpec::defaults(Method::Promethee2)).phiNet,
                      promethee2(p).phiNet, 0.0);
    for (Method m : AllMethods)
        EXPECT_EQ(rank(p, MethodSpec::defaults(m)).method, m);
}

TEST(Describe, StatesTheConventionsOfEachMethod)
{
    for (Method m : AllMethods) {
        const std::string text = describe(MethodSpec::defaults(m));
        EXPECT_NE(text.find("competition ranking"), std::string::npos) << methodKey(m);
        EXPECT_NE(text.find("22, 22, 21.5 rank 1, 1, 3"), std::string::npos) << methodKey(m);
    }
    const auto has = [](const MethodSpec &spec, const char *phrase) {
        return describe(spec).find(phrase) != std::string::npos;
    };
    EXPECT_TRUE(has(MethodSpec::defaults(Method::Topsis), "handled at the ideal"));
    EXPECT_TRUE(has({Method::Topsis, Normalization::MinMax, 0.5}, "(max - x)/(max - min)"));
    EXPECT_TRUE(has({Method::Wsm, Normalization::None, 0.5}, "minus sign"));
    EXPECT_TRUE(has({Method::Wsm, Normalization::Sum, 0.5}, "(1/x)/sum(1/x)"));
    EXPECT_TRUE(has({Method::Vikor, Normalization::MinMax, 0.25}, "v = 0.25"));
    EXPECT_TRUE(has(MethodSpec::defaults(Method::Vikor), "DQ = 1/(m - 1)"));
    EXPECT_TRUE(has(MethodSpec::defaults(Method::Promethee2), "divided by n - 1"));
    EXPECT_TRUE(has(MethodSpec::defaults(Method::Promethee2), "strict"));
}

TEST(Properties, DominatedAlternativeNeverRanksFirst)
{
    std::mt19937 rng(2024);
    for (int trial = 0; trial < 50; ++trial) {
        Problem p = randomProblem(rng, 5, 4);
        // Alternative 3 is strictly worse than alternative 1 on every criterion.
        for (Eigen::Index j = 0; j < 4; ++j) {
            const bool cost = p.criteria[std::size_t(j)].direction == Direction::Cost;
            p.values(3, j) = p.values(1, j) + (cost ? 0.7 : -0.7);
        }
        for (Method m : AllMethods) {
            const Ranking r = rank(p, MethodSpec::defaults(m));
            EXPECT_GT(r.ranks[3], 1) << methodKey(m) << " trial " << trial;
            EXPECT_GT(r.ranks[3], r.ranks[1]) << methodKey(m) << " trial " << trial;
        }
    }
}

TEST(Properties, PermutingAlternativesPermutesResults)
{
    std::mt19937 rng(99);
    const Problem p = randomProblem(rng, 7, 5);
    std::vector<int> order(7);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    Problem q = p;
    for (std::size_t i = 0; i < order.size(); ++i) {
        q.values.row(Eigen::Index(i)) = p.values.row(order[i]);
        q.alternatives[i] = p.alternatives[std::size_t(order[i])];
    }
    for (Method m : AllMethods) {
        const Ranking a = rank(p, MethodSpec::defaults(m));
        const Ranking b = rank(q, MethodSpec::defaults(m));
        for (std::size_t i = 0; i < order.size(); ++i) {
            EXPECT_NEAR(b.scores[Eigen::Index(i)], a.scores[order[i]], Tol) << methodKey(m);
            EXPECT_EQ(b.ranks[i], a.ranks[std::size_t(order[i])]) << methodKey(m);
        }
    }
    const Ranking pa = promethee2(p);
    const Ranking pb = promethee2(q);
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (std::size_t k = 0; k < order.size(); ++k)
            EXPECT_NEAR(pb.pi(Eigen::Index(i), Eigen::Index(k)), pa.pi(order[i], order[k]), Tol);
    }
}

TEST(Properties, ScalingABenefitColumnUnderVectorOrMaxNormalisation)
{
    std::mt19937 rng(5);
    const Problem p = randomProblem(rng, 6, 4);
    Problem scaled = p;
    scaled.values.col(0) *= 1234.5; // criterion 0 is a benefit criterion
    const std::vector<MethodSpec> specs{{Method::Topsis, Normalization::Vector, 0.5},
                                        {Method::Wsm, Normalization::Max, 0.5},
                                        {Method::Wpm, Normalization::Max, 0.5},
                                        {Method::Wsm, Normalization::Sum, 0.5},
                                        {Method::Vikor, Normalization::MinMax, 0.5}};
    for (const MethodSpec &spec : specs) {
        EXPECT_EIGEN_NEAR(rank(scaled, spec).scores, rank(p, spec).scores, Tol) << describe(spec);
    }
}

TEST(Properties, DegenerateInputNeverGivesNaN)
{
    std::mt19937 rng(17);
    Problem p = randomProblem(rng, 4, 4);
    p.values.col(2).setConstant(3.0); // constant column
    p.criteria[1].weight = 0.0; // zero weight
    Problem single = randomProblem(rng, 1, 3);
    Problem flat = randomProblem(rng, 3, 2);
    flat.values.setConstant(2.0);
    for (const Problem *problem : {&p, &single, &flat}) {
        for (Method m : AllMethods) {
            const Ranking r = rank(*problem, MethodSpec::defaults(m));
            EXPECT_TRUE(r.scores.allFinite()) << methodKey(m);
            EXPECT_EQ(r.ranks.size(), std::size_t(problem->values.rows()));
            EXPECT_EQ(r.ranks[std::size_t(r.best())], 1);
        }
    }
}
