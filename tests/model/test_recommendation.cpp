// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring, hard constraints and the recommendation, on hand-set metrics (tolerance 1e-12) and
// on small scenarios run through the whole engine.
#include "escale/model/evaluation.h"
#include "escale/model/recommendation.h"
#include "escale/model/scoring.h"

#include "model_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <optional>

using namespace escale;
using escale::test::fig;

namespace {

constexpr double Tol = 1e-12;

SiteEvaluation site(const std::string &id, bool onshore, double tco, double language,
                    double quality, double share, double coverage, double risk)
{
    SiteEvaluation s;
    s.id = id;
    s.name = id;
    s.onshore = onshore;
    s.vendor.tco = tco;
    s.inHouse.tco = tco;
    s.languageFit = language;
    s.quality = quality;
    s.sectorShare = share;
    s.coverage.score = coverage;
    s.risk = risk;
    return s;
}

/** Sites A (offshore, cheap), B (onshore), C (weak) with hand-computable utilities. */
struct ThreeSites
{
    Scenario scenario;
    Evaluation evaluation;

    ThreeSites()
    {
        for (const char *id : {"a", "b", "c"})
            scenario.destinations.push_back(test::roundProfile(id));
        scenario.destinations[0].languages = {{"fr", fig(0.4), fig(0.2)}};
        scenario.destinations[1].languages = {{"fr", fig(1.0), fig(0.0)}};
        scenario.destinations[2].languages = {{"fr", fig(0.1), fig(0.3)}};
        scenario.weights.values = {0.40, 0.20, 0.15, 0.05, 0.10, 0.10};
        scenario.constraints.maxSectorShare = 0.1;
        evaluation.sites = {site("a", false, 100, 0.5, 0.6, 0.01, 1.0, 2.0),
                            site("b", true, 200, 1.0, 0.8, 0.001, 1.0, 1.0),
                            site("c", false, 125, 0.2, 0.5, 0.02, 0.9, 4.0)};
    }
};

} // namespace

TEST(Scoring, WeightedSumOfUtilitiesByHand)
{
    ThreeSites t;
    scoreAndRecommend(t.evaluation, t.scenario);
    const auto &s = t.evaluation.sites;
    // Utilities: A (1, .5, .6, .9, 1, .75), B (.5, 1, .8, .99, 1, 1), C (.8, .2, .5, .8, .9, .25)
    EXPECT_NEAR(s[0].utility[index(Criterion::Cost)], 1.0, Tol);
    EXPECT_NEAR(s[1].utility[index(Criterion::Cost)], 0.5, Tol);
    EXPECT_NEAR(s[2].utility[index(Criterion::Cost)], 0.8, Tol);
    EXPECT_NEAR(s[0].utility[index(Criterion::Capacity)], 0.9, Tol);
    EXPECT_NEAR(s[2].utility[index(Criterion::Risk)], 0.25, Tol);
    EXPECT_NEAR(s[0].score, 0.81, Tol);
    EXPECT_NEAR(s[1].score, 0.7695, Tol);
    EXPECT_NEAR(s[2].score, 0.59, Tol);
    EXPECT_EQ(s[0].rank, 1);
    EXPECT_EQ(s[1].rank, 2);
    EXPECT_EQ(s[2].rank, 3);
}

TEST(Scoring, PrometheeOnUtilitiesUsesTheLinearThresholdsByHand)
{
    // Only language weighs, and only its utilities differ: 0.50, 0.34 and 0.49. Linear preference
    // with q = 0.02 and p = 0.30 (the documented PROMETHEE II thresholds on utilities):
    // P(a, b) = (0.16 - 0.02) / 0.28 = 0.5, P(a, c) = 0 (0.01 <= q), P(c, b) = 0.13 / 0.28.
    ThreeSites t;
    t.scenario.weights.values = {0.0, 1.0, 0.0, 0.0, 0.0, 0.0};
    t.scenario.method = {mcda::Method::Promethee2, mcda::Normalization::None, 0.5};
    t.evaluation.sites = {site("a", false, 100, 0.50, 0.6, 0.01, 1.0, 2.0),
                          site("b", true, 100, 0.34, 0.6, 0.01, 1.0, 2.0),
                          site("c", false, 100, 0.49, 0.6, 0.01, 1.0, 2.0)};
    scoreAndRecommend(t.evaluation, t.scenario);
    const auto &s = t.evaluation.sites;
    const double pcb = 0.13 / 0.28;
    EXPECT_NEAR(s[0].score, 0.5 / 2.0, Tol); // phi+ = (0.5 + 0) / 2, phi- = 0
    EXPECT_NEAR(s[1].score, -(0.5 + pcb) / 2.0, Tol); // phi+ = 0
    EXPECT_NEAR(s[2].score, pcb / 2.0, Tol);
    EXPECT_EQ(s[0].rank, 1);
    EXPECT_EQ(s[2].rank, 2);
    EXPECT_EQ(s[1].rank, 3);
}

TEST(Recommendation, VerdictMarginAndContributions)
{
    ThreeSites t;
    scoreAndRecommend(t.evaluation, t.scenario);
    const Recommendation &r = t.evaluation.recommendation;
    EXPECT_EQ(r.verdict, Verdict::Offshore);
    EXPECT_EQ(r.best, 0);
    EXPECT_EQ(r.runnerUp, 1);
    EXPECT_NEAR(r.margin, 0.0405, Tol);
    EXPECT_NEAR(r.marginShare, 0.0405 / 0.81, Tol);
    // Contributions w x (A - B) sorted by magnitude; they add up to the margin.
    ASSERT_EQ(r.contributions.size(), CriterionCount);
    EXPECT_EQ(r.contributions[0].criterion, Criterion::Cost);
    EXPECT_NEAR(r.contributions[0].contribution, 0.2, Tol);
    EXPECT_EQ(r.contributions[1].criterion, Criterion::Language);
    EXPECT_NEAR(r.contributions[1].contribution, -0.1, Tol);
    EXPECT_EQ(r.contributions[2].criterion, Criterion::Quality);
    EXPECT_EQ(r.contributions[3].criterion, Criterion::Risk);
    double sum = 0.0;
    for (const Contribution &c : r.contributions)
        sum += c.contribution;
    EXPECT_NEAR(sum, r.margin, Tol);
    // The four comparison methods are reported.
    ASSERT_EQ(r.methods.size(), 4u);
    EXPECT_EQ(r.methods[0].winner, 0);
}

TEST(Recommendation, PrometheeMarginSplitsIntoNetFlowPartsByHand)
{
    // Only language (0.3) and quality (0.7) weigh. Utilities: language A .5, B 1, C .2;
    // quality A .6, B .8, C .5. Linear preference on utilities, q = 0.02, p = 0.30:
    // P(d) = (d - 0.02) / 0.28 clamped to [0, 1].
    // language: B-A .5, A-C .3, B-C .8 all give 1: phiL = (A 0, B 1, C -1)
    // quality: P(B,A) = .18/.28 = 9/14, P(A,C) = .08/.28 = 2/7, P(B,C) = 1:
    //   phiQ(B) = (9/14 + 1)/2, phiQ(A) = (2/7 - 9/14)/2
    // B wins; parts over A: 0.3 (1 - 0) and 0.7 (phiQ(B) - phiQ(A)).
    ThreeSites t;
    t.scenario.weights.values = {0.0, 0.3, 0.7, 0.0, 0.0, 0.0};
    t.scenario.method = {mcda::Method::Promethee2, mcda::Normalization::None, 0.5};
    scoreAndRecommend(t.evaluation, t.scenario);
    const Recommendation &r = t.evaluation.recommendation;
    ASSERT_EQ(r.best, 1);
    ASSERT_EQ(r.runnerUp, 0);
    EXPECT_EQ(r.decomposition, mcda::MarginDecomposition::NetFlow);
    const double phiQB = (9.0 / 14.0 + 1.0) / 2.0;
    const double phiQA = (2.0 / 7.0 - 9.0 / 14.0) / 2.0;
    const double phiB = 0.3 * 1.0 + 0.7 * phiQB;
    const double phiA = 0.3 * 0.0 + 0.7 * phiQA;
    EXPECT_NEAR(r.margin, phiB - phiA, Tol);
    double sum = 0.0;
    for (const Contribution &c : r.contributions) {
        sum += c.marginContribution;
        if (c.criterion == Criterion::Language) {
            EXPECT_NEAR(c.marginContribution, 0.3, Tol);
            EXPECT_NEAR(c.contribution, 0.3 * (1.0 - 0.5), Tol); // the WSM reading, unchanged
        } else if (c.criterion == Criterion::Quality) {
            EXPECT_NEAR(c.marginContribution, 0.7 * (phiQB - phiQA), Tol);
            EXPECT_NEAR(c.contribution, 0.7 * (0.8 - 0.6), Tol);
        } else {
            EXPECT_EQ(c.marginContribution, 0.0) << criterionKey(c.criterion);
        }
    }
    EXPECT_NEAR(sum, r.margin, Tol);
}

TEST(Recommendation, MarginPartsAddUpToTheMarginUnderEveryMethod)
{
    using mcda::Method;
    using mcda::Normalization;
    const std::vector<mcda::MethodSpec> methods{
        {Method::Wsm, Normalization::None, 0.5},       {Method::Wsm, Normalization::MinMax, 0.5},
        {Method::Wpm, Normalization::None, 0.5},       {Method::Topsis, Normalization::Vector, 0.5},
        {Method::Topsis, Normalization::MinMax, 0.5},  {Method::Vikor, Normalization::None, 0.5},
        {Method::Promethee2, Normalization::None, 0.5}};
    for (const mcda::MethodSpec &method : methods) {
        ThreeSites t;
        t.scenario.method = method;
        scoreAndRecommend(t.evaluation, t.scenario);
        const Recommendation &r = t.evaluation.recommendation;
        ASSERT_GE(r.runnerUp, 0);
        EXPECT_EQ(r.decomposition, mcda::decompositionFor(method.method));
        double parts = 0.0;
        for (const Contribution &c : r.contributions)
            parts += c.marginContribution;
        EXPECT_NEAR(parts, r.margin, Tol) << mcda::methodKey(method.method);
        EXPECT_NEAR(r.margin, r.bestScore - r.runnerUpScore, Tol);
        if (method.method == Method::Wsm && method.normalization == Normalization::None) {
            for (const Contribution &c : r.contributions)
                EXPECT_NEAR(c.marginContribution, c.contribution, Tol);
        }
        // The explaining order: by decreasing |part of the margin|.
        const std::vector<Contribution> sorted = byMarginContribution(r);
        for (std::size_t i = 1; i < sorted.size(); ++i)
            EXPECT_GE(std::abs(sorted[i - 1].marginContribution),
                      std::abs(sorted[i].marginContribution));
    }
}

TEST(Recommendation, HardConstraintsExcludeWithReasons)
{
    ThreeSites t;
    t.scenario.constraints.maxRisk = 3.0;
    t.scenario.constraints.minFrenchFullShare = 0.5;
    scoreAndRecommend(t.evaluation, t.scenario);
    const auto &s = t.evaluation.sites;
    ASSERT_EQ(s[0].exclusions.size(), 1u); // French 0.4 < 0.5
    EXPECT_EQ(s[0].exclusions[0].reason, ExclusionReason::LanguageBelowMinimum);
    EXPECT_DOUBLE_EQ(s[0].exclusions[0].value, 0.4);
    EXPECT_DOUBLE_EQ(s[0].exclusions[0].limit, 0.5);
    ASSERT_EQ(s[2].exclusions.size(), 2u); // French 0.1 and risk 4 > 3
    EXPECT_EQ(s[2].exclusions[1].reason, ExclusionReason::RiskAboveMaximum);
    EXPECT_EQ(s[0].rank, 0);
    EXPECT_EQ(s[2].rank, 0);
    EXPECT_EQ(s[1].rank, 1);
    const Recommendation &r = t.evaluation.recommendation;
    EXPECT_EQ(r.verdict, Verdict::Onshore);
    EXPECT_EQ(r.best, 1);
    EXPECT_EQ(r.runnerUp, -1);
    // Alone in the set, B is the cheapest eligible site.
    EXPECT_NEAR(s[1].utility[index(Criterion::Cost)], 1.0, Tol);
}

TEST(Recommendation, NoEligibleSite)
{
    ThreeSites t;
    t.scenario.constraints.maxRisk = 1.0 - 1e-9;
    scoreAndRecommend(t.evaluation, t.scenario);
    EXPECT_EQ(t.evaluation.recommendation.verdict, Verdict::NoEligibleSite);
    EXPECT_EQ(t.evaluation.recommendation.best, -1);
}

TEST(Recommendation, RescoreFollowsTheWeights)
{
    ThreeSites t;
    scoreAndRecommend(t.evaluation, t.scenario);
    Scenario languageFirst = t.scenario;
    languageFirst.weights.values = {0.1, 0.6, 0.1, 0.0, 0.1, 0.1};
    const Evaluation again = rescore(t.evaluation, languageFirst);
    EXPECT_EQ(again.recommendation.best, 1);
    EXPECT_EQ(again.recommendation.verdict, Verdict::Onshore);
    EXPECT_NEAR(std::accumulate(again.weights.values.begin(), again.weights.values.end(), 0.0), 1.0,
                1e-15);
}

namespace {

Scenario twoSiteScenario()
{
    Scenario s;
    s.name = "split";
    s.horizonMonths = 24;
    s.workload.hours = test::hours(8, 20, 5);
    s.workload.languages = {{"fr", 1.0, LanguageLevel::Full}};
    ChannelLoad voice;
    voice.channel = Channel::Voice;
    voice.monthlyVolume = 20000;
    voice.ahtSeconds = 300;
    s.workload.channels = {voice};
    DestinationProfile cheap = test::roundProfile("cheap");
    cheap.billedRatePerHour = fig(10);
    cheap.sectorJobs = fig(200); // 10% of it is 20 FTE: too small for the whole programme
    DestinationProfile dear = test::roundProfile("dear");
    dear.billedRatePerHour = fig(30);
    dear.onshore = true;
    s.destinations = {cheap, dear};
    s.weights.values = {0.7, 0.1, 0.05, 0.05, 0.05, 0.05};
    return s;
}

} // namespace

TEST(Evaluate, EngineQuantitiesAreConsistent)
{
    const Scenario s = twoSiteScenario();
    const Evaluation ev = evaluate(s);
    ASSERT_EQ(ev.sites.size(), 2u);
    const SiteEvaluation &dear = ev.sites[1];
    EXPECT_NEAR(dear.fte, dear.staffing.weeklyScheduledHours / 35.0, 1e-12);
    EXPECT_NEAR(dear.vendor.monthly.vendorFees, 30 * dear.staffing.weeklyAgentHours * 52.0 / 12.0,
                1e-9);
    EXPECT_NEAR(ev.monthlyContacts, 20000, 1e-12);
    // Same workload and AHT at both sites: same staffing.
    EXPECT_NEAR(ev.sites[0].staffing.weeklyAgentHours, dear.staffing.weeklyAgentHours, 1e-9);

    // Seats: peak on-floor agents + 10 % spare, rounded up, plus the support roles, rounded up.
    const double support = dear.fte * (1.0 / 13.0 + 1.0 / 45.0 + 1.0 / 65.0 + 1.0 / 90.0);
    EXPECT_NEAR(dear.supportFte, support, 1e-12);
    const double seats = std::ceil(dear.staffing.peakAgents * 1.1 - 1e-9) + std::ceil(support);
    EXPECT_GT(std::ceil(support), 0.0);
    EXPECT_DOUBLE_EQ(dear.seats, seats);
    EXPECT_NEAR(dear.inHouse.monthly.seats, seats * 300.0, 1e-9); // seat cost 300 a month
    EXPECT_NEAR(dear.productiveHoursPerMonth, dear.staffing.weeklyAgentHours * 52.0 / 12.0, 1e-9);
}

TEST(Evaluate, CapacityForcesASplit)
{
    const Scenario s = twoSiteScenario();
    const Evaluation ev = evaluate(s);
    const SiteEvaluation &cheap = ev.sites[0];
    ASSERT_EQ(cheap.exclusions.size(), 1u);
    EXPECT_EQ(cheap.exclusions[0].reason, ExclusionReason::CapacityExceeded);
    const Recommendation &r = ev.recommendation;
    ASSERT_EQ(r.verdict, Verdict::Split);
    ASSERT_TRUE(r.split.has_value());
    EXPECT_EQ(r.split->primary, 0);
    EXPECT_EQ(r.split->secondary, 1);
    // The primary takes what its sector allows (<= 20 FTE) and most of it (>= 90%).
    EXPECT_LE(r.split->primaryFte, 20.0 + 1e-9);
    EXPECT_GE(r.split->primaryFte, 18.0);
    EXPECT_GT(r.split->primaryShare, 0.0);
    EXPECT_LT(r.split->primaryShare, 1.0);
    // The split's TCO is the two parts priced on their own volumes.
    const SiteEvaluation a = evaluateSite(s, s.destinations[0], r.split->primaryShare);
    const SiteEvaluation b = evaluateSite(s, s.destinations[1], 1.0 - r.split->primaryShare);
    EXPECT_NEAR(r.split->tco, a.vendor.tco + b.vendor.tco, 1e-6);
    EXPECT_LT(r.split->tco, ev.sites[1].vendor.tco); // cheaper than all onshore
}

TEST(Evaluate, WithoutCapacityPressureNoSplit)
{
    Scenario s = twoSiteScenario();
    s.destinations[0].sectorJobs = fig(100000);
    const Evaluation ev = evaluate(s);
    EXPECT_EQ(ev.recommendation.verdict, Verdict::Offshore);
    EXPECT_EQ(ev.recommendation.best, 0);
    EXPECT_FALSE(ev.recommendation.split.has_value());
}

TEST(Evaluate, SplitReportsItsOwnScoreCostAndSaving)
{
    const Scenario s = twoSiteScenario();
    const Evaluation ev = evaluate(s);
    const Recommendation &r = ev.recommendation;
    ASSERT_EQ(r.verdict, Verdict::Split);
    ASSERT_TRUE(r.split.has_value());
    const SiteEvaluation &cheap = ev.sites[0];
    const SiteEvaluation &dear = ev.sites[1];

    // The lead site is excluded alone, so its own score stays 0; the recommendation carries its
    // WSM score among the compared sites: sum_j w_j u_j, with the cost utility
    // cheapest TCO / its TCO = 1 (it is the cheaper of the two) and the others from the site.
    EXPECT_EQ(cheap.score, 0.0);
    const Weights w = s.weights.normalized();
    double score = w[Criterion::Cost] * 1.0;
    for (Criterion c : AllCriteria) {
        if (c != Criterion::Cost)
            score += w[c] * cheap.utility[index(c)];
    }
    EXPECT_NEAR(r.bestScore, score, Tol);
    EXPECT_GT(r.bestScore, 0.0);
    double runner = w[Criterion::Cost] * cheap.vendor.tco / dear.vendor.tco;
    for (Criterion c : AllCriteria) {
        if (c != Criterion::Cost)
            runner += w[c] * dear.utility[index(c)];
    }
    EXPECT_NEAR(r.runnerUpScore, runner, Tol);
    EXPECT_NEAR(r.margin, r.bestScore - r.runnerUpScore, Tol);

    // Each part is priced on its own volume; the saving is the onshore site's full-volume TCO
    // minus both parts, not the full-volume offshore site's saving.
    const SplitPlan &plan = *r.split;
    const SiteEvaluation a = evaluateSite(s, s.destinations[0], plan.primaryShare);
    const SiteEvaluation b = evaluateSite(s, s.destinations[1], 1.0 - plan.primaryShare);
    EXPECT_NEAR(plan.secondaryShare(), 1.0 - plan.primaryShare, Tol);
    EXPECT_NEAR(plan.primaryTco, a.vendor.tco, 1e-6);
    EXPECT_NEAR(plan.secondaryTco, b.vendor.tco, 1e-6);
    EXPECT_NEAR(plan.cost.tco, a.vendor.tco + b.vendor.tco, 1e-6);
    EXPECT_EQ(plan.onshore, 1);
    const double saving = dear.vendor.tco - (a.vendor.tco + b.vendor.tco);
    EXPECT_NEAR(plan.cost.savingVsOnshore, saving, 1e-6);
    EXPECT_NEAR(plan.cost.savingShare, saving / dear.vendor.tco, 1e-12);
    EXPECT_GT(std::abs(plan.cost.savingVsOnshore - cheap.vendor.savingVsOnshore), 1.0);

    // Monthly series: the parts' sum; break-even: the first month from which the split's
    // cumulative cost stays at or below the onshore site's (allowance 1e-6 of the onshore TCO).
    ASSERT_EQ(plan.cost.monthlySeries.size(), std::size_t(s.horizonMonths));
    double split = 0.0, onshore = 0.0;
    std::optional<int> breakEven;
    for (std::size_t m = 0; m < plan.cost.monthlySeries.size(); ++m) {
        EXPECT_NEAR(plan.cost.monthlySeries[m],
                    a.vendor.monthlySeries[m] + b.vendor.monthlySeries[m], 1e-6);
        split += a.vendor.monthlySeries[m] + b.vendor.monthlySeries[m];
        onshore += dear.vendor.monthlySeries[m];
        if (split - onshore > 1e-6 * dear.vendor.tco)
            breakEven.reset();
        else if (!breakEven)
            breakEven = int(m) + 1;
    }
    ASSERT_TRUE(breakEven.has_value());
    EXPECT_EQ(plan.cost.breakEvenMonth, breakEven);
    EXPECT_NEAR(plan.cost.costPerContact, plan.cost.tco / (ev.monthlyContacts * s.horizonMonths),
                1e-12);
}
