// SPDX-License-Identifier: GPL-3.0-or-later
// Switching values: exact crossing points on two-site cases computed by hand, and on the
// shipped scenarios a re-evaluation at the reported value x (1 -/+ 1e-6) on either side
// (the verdict holds on the current side and flips on the other), "no flip" where the bracket
// holds none, the independence from the thread count, and cancellation.
#include "escale/model/switching_values.h"

#include "model_fixtures.h"
#include "shipped_scenario.h"

#include <gtest/gtest.h>

#include <set>

using namespace escale;
using escale::test::fig;
using escale::test::shipped;

namespace {

/**
 * Two sites with the same profile (same staffing, premiums, transition and escalators) but
 * their billed rate (10 and 30 EUR/h) and attrition (0.2 and 0.4). No incumbent, ample sector
 * jobs, so no split.
 */
Scenario twinSites()
{
    Scenario s;
    s.name = "twins";
    s.horizonMonths = 24;
    s.workload.hours = test::hours(8, 20, 5);
    s.workload.languages = {{"fr", 1.0, LanguageLevel::Full}};
    ChannelLoad voice;
    voice.channel = Channel::Voice;
    voice.monthlyVolume = 20000;
    voice.ahtSeconds = 300;
    s.workload.channels = {voice};
    DestinationProfile a = test::roundProfile("a");
    a.billedRatePerHour = fig(10);
    a.attritionRate = fig(0.2);
    DestinationProfile b = test::roundProfile("b");
    b.billedRatePerHour = fig(30);
    b.attritionRate = fig(0.4);
    b.onshore = true;
    s.destinations = {a, b};
    return s;
}

std::size_t inputIndex(const std::string &key)
{
    const std::vector<SwitchingInput> &inputs = switchingInputs();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].key == key)
            return i;
    }
    ADD_FAILURE() << "no input " << key;
    return 0;
}

const SwitchingValue &row(const SwitchingAnalysis &analysis, const std::string &key, int site)
{
    for (const SwitchingValue &v : analysis.values) {
        if (v.input == inputIndex(key) && v.site == site)
            return v;
    }
    throw std::runtime_error("no row " + key);
}

int bestWith(const Scenario &scenario, const SwitchingValue &v, double value)
{
    Scenario trial = scenario;
    switchingInputs()[v.input].set(trial, v.site, value);
    return evaluate(trial).recommendation.best;
}

} // namespace

TEST(SwitchingInputs, EveryRowReadsAndWritesItsInput)
{
    const Scenario s = twinSites();
    std::set<std::string> keys;
    for (const SwitchingInput &input : switchingInputs()) {
        EXPECT_TRUE(keys.insert(input.key).second) << input.key;
        EXPECT_FALSE(input.label.empty());
        const double now = input.get(s, 0);
        EXPECT_TRUE(input.range.contains(now)) << input.key;
        Scenario copy = s;
        input.set(copy, 0, input.perSite ? now * 0.5 : 2.0);
        if (input.perSite) {
            EXPECT_DOUBLE_EQ(input.get(copy, 0), now * 0.5) << input.key;
            EXPECT_EQ(copy.destinations[1], s.destinations[1]) << input.key;
        } else {
            EXPECT_DOUBLE_EQ(copy.workload.channels[0].monthlyVolume, 40000.0);
        }
    }
    EXPECT_EQ(keys.count("costs.billed_rate_per_hour"), 1u);
    EXPECT_EQ(keys.count("workload.volume_factor"), 1u);
}

TEST(SwitchingValues, CostOnlyFlipsWhereTheRatesCrossByHand)
{
    // Only cost weighs, and vendor TCO = rate x productive hours + premiums, transition
    // = months x run rate: equal hours and premiums make the TCOs cross exactly where the rates
    // do. A (10 EUR/h) stays best up to 30 (a tie keeps the earlier site); B wins below 10.
    Scenario s = twinSites();
    s.weights.values = {1, 0, 0, 0, 0, 0};
    const Evaluation ev = evaluate(s);
    ASSERT_EQ(ev.recommendation.best, 0);
    const SwitchingAnalysis analysis = switchingValues(s, ev);
    EXPECT_EQ(analysis.best, 0);
    EXPECT_EQ(analysis.runnerUp, 1);
    const SwitchingValue &rateA = row(analysis, "costs.billed_rate_per_hour", 0);
    EXPECT_EQ(rateA.current, 10.0);
    EXPECT_FALSE(rateA.below.has_value()) << "cheaper A only wins more";
    EXPECT_NEAR(rateA.low, 10.0 / SwitchingBracketFactor, 1e-12);
    ASSERT_TRUE(rateA.above.has_value());
    EXPECT_NEAR(rateA.above->value, 30.0, 2 * SwitchingTolerance * 30.0);
    EXPECT_EQ(rateA.above->winner, 1);
    EXPECT_EQ(rateA.above->verdict, Verdict::Onshore);
    EXPECT_NEAR(rateA.change(), 2.0, 1e-8);

    const SwitchingValue &rateB = row(analysis, "costs.billed_rate_per_hour", 1);
    ASSERT_TRUE(rateB.below.has_value());
    EXPECT_NEAR(rateB.below->value, 10.0, 2 * SwitchingTolerance * 10.0);
    EXPECT_FALSE(rateB.above.has_value());
    EXPECT_NEAR(rateB.high, 30.0 * SwitchingBracketFactor, 1e-9);

    // Attrition, wage inflation and volume move both sites alike or not the cost: no flip.
    const SwitchingValue &volume = row(analysis, "workload.volume_factor", -1);
    EXPECT_FALSE(volume.nearest().has_value());
    EXPECT_NEAR(volume.low, 1.0 / SwitchingBracketFactor, 1e-15);
    EXPECT_NEAR(volume.high, SwitchingBracketFactor, 1e-12);
    EXPECT_EQ(volume.change(), 0.0);
    const SwitchingValue &attrition = row(analysis, "attrition_rate", 0);
    EXPECT_FALSE(attrition.nearest().has_value());
    EXPECT_EQ(attrition.low, limits::AttritionRate.lo);
    EXPECT_EQ(attrition.high, limits::AttritionRate.hi);
}

TEST(SwitchingValues, QualityOnlyFlipsWhereTheAttritionRatesCrossByHand)
{
    // Quality = 0.5 (maturity - 1)/4 + 0.5 (1 - attrition): with equal maturity and only the
    // quality weight, A (0.2) stays best until its attrition reaches B's 0.4.
    Scenario s = twinSites();
    s.weights.values = {0, 0, 1, 0, 0, 0};
    const SwitchingAnalysis analysis = switchingValues(s, evaluate(s));
    const SwitchingValue &a = row(analysis, "attrition_rate", 0);
    ASSERT_TRUE(a.above.has_value());
    EXPECT_NEAR(a.above->value, 0.4, 2 * SwitchingTolerance * 0.4);
    EXPECT_FALSE(a.below.has_value());
    const SwitchingValue &b = row(analysis, "attrition_rate", 1);
    ASSERT_TRUE(b.below.has_value());
    EXPECT_NEAR(b.below->value, 0.2, 2 * SwitchingTolerance * 0.2);
    EXPECT_NEAR(b.change(), 0.2 / 0.4 - 1.0, 1e-8);
    // The billed rate does not enter quality: no flip within its bracket.
    EXPECT_FALSE(row(analysis, "costs.billed_rate_per_hour", 0).nearest().has_value());
}

TEST(SwitchingValues, ShippedScenariosFlipJustBeyondTheReportedValue)
{
    int checked = 0;
    for (const char *name :
         {"ecommerce-multichannel", "bank-evenings-sundays", "outbound-campaign"}) {
        const Scenario s = shipped(name);
        const Evaluation ev = evaluate(s);
        SwitchingOptions options;
        options.threads = 2;
        const SwitchingAnalysis analysis = switchingValues(s, ev, options);
        ASSERT_FALSE(analysis.values.empty()) << name;
        EXPECT_FALSE(analysis.cancelled);
        EXPECT_GT(analysis.evaluations, 0);
        for (const SwitchingValue &v : analysis.values) {
            const std::string what = std::string(name) + " " + switchingInputs()[v.input].key
                                     + " site " + std::to_string(v.site);
            EXPECT_LE(v.low, v.current) << what;
            EXPECT_GE(v.high, v.current) << what;
            for (const bool up : {false, true}) {
                const std::optional<SwitchingPoint> &point = up ? v.above : v.below;
                if (!point)
                    continue;
                const double x = point->value;
                const double step = 1e-6 * std::max(std::abs(x), 1e-3);
                const double near = up ? x - step : x + step; // the current side
                const double far = up ? x + step : x - step;
                EXPECT_EQ(bestWith(s, v, near), ev.recommendation.best) << what << " at " << near;
                EXPECT_EQ(bestWith(s, v, far), point->winner) << what << " at " << far;
                EXPECT_NE(point->winner, ev.recommendation.best) << what;
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 6) << "the shipped scenarios should flip on several inputs";
}

TEST(SwitchingValues, DoNotDependOnTheThreadCountAndStopWhenCancelled)
{
    Scenario s = twinSites();
    s.weights.values = {0.5, 0, 0.5, 0, 0, 0};
    const Evaluation ev = evaluate(s);
    SwitchingOptions one;
    one.threads = 1;
    SwitchingOptions two;
    two.threads = 2;
    const SwitchingAnalysis a = switchingValues(s, ev, one);
    const SwitchingAnalysis b = switchingValues(s, ev, two);
    ASSERT_EQ(a.values.size(), b.values.size());
    EXPECT_EQ(a.evaluations, b.evaluations);
    for (std::size_t i = 0; i < a.values.size(); ++i) {
        EXPECT_EQ(a.values[i].input, b.values[i].input);
        EXPECT_EQ(a.values[i].site, b.values[i].site);
        EXPECT_EQ(a.values[i].below.has_value(), b.values[i].below.has_value());
        EXPECT_EQ(a.values[i].above.has_value(), b.values[i].above.has_value());
        if (a.values[i].above && b.values[i].above) {
            EXPECT_EQ(a.values[i].above->value, b.values[i].above->value);
        }
        if (a.values[i].below && b.values[i].below) {
            EXPECT_EQ(a.values[i].below->value, b.values[i].below->value);
        }
    }

    std::atomic<bool> cancel{true};
    SwitchingOptions stopped;
    stopped.cancel = &cancel;
    const SwitchingAnalysis none = switchingValues(s, ev, stopped);
    EXPECT_TRUE(none.cancelled);
    EXPECT_EQ(none.evaluations, 0);
}
