// SPDX-License-Identifier: GPL-3.0-or-later
// Coverage, language fit, quality and risk against hand calculations (tolerance 1e-12).
#include "escale/model/site_metrics.h"

#include "model_fixtures.h"

#include <gtest/gtest.h>

using namespace escale;
using escale::test::fig;

namespace {

constexpr double Tol = 1e-12;

DestinationProfile offsetProfile(double winter, double summer, double nightStart, double nightEnd,
                                 bool nightRestricted, bool sundayRestricted)
{
    DestinationProfile p = test::roundProfile("site");
    p.timeZone.utcOffsetWinter = fig(winter);
    p.timeZone.utcOffsetSummer = fig(summer);
    p.rules.nightStartHour = fig(nightStart);
    p.rules.nightEndHour = fig(nightEnd);
    p.rules.nightRestricted = fig(nightRestricted ? 1 : 0);
    p.rules.sundayRestricted = fig(sundayRestricted ? 1 : 0);
    return p;
}

} // namespace

TEST(Coverage, DaytimeWeekdayIsFullyCovered)
{
    const StaffingPlan plan = test::hourlyPlan({{0, 9}, {2, 14}}, 3);
    const CoverageDetail c = coverage(plan, test::roundProfile("fr"));
    EXPECT_NEAR(c.score, 1.0, Tol);
    EXPECT_NEAR(c.nightShare, 0.0, Tol);
    EXPECT_NEAR(c.shiftWinterHours, 0.0, Tol);
    EXPECT_NEAR(c.shiftSummerHours, 0.0, Tol);
}

TEST(Coverage, RestrictedNightHalvesAvailability)
{
    // Monday 21:00-22:00 Paris at a French site: night band 21-6, restricted.
    const StaffingPlan plan = test::hourlyPlan({{0, 21}}, 2);
    const CoverageDetail c = coverage(plan, offsetProfile(1, 2, 21, 6, true, true));
    EXPECT_NEAR(c.score, 0.5, Tol);
    EXPECT_NEAR(c.nightShare, 1.0, Tol);
}

TEST(Coverage, TimeShiftIsWeightedWinterFiveSummerSeven)
{
    // A UTC+1 site all year: Paris 21:30 is local 21:30 in winter (night 21-5) and 20:30 in
    // summer (day). Unrestricted night: availability 0.75 in winter, 1 in summer.
    const StaffingPlan plan = test::hourlyPlan({{0, 21}}, 1);
    const CoverageDetail c = coverage(plan, offsetProfile(1, 1, 21, 5, false, false));
    EXPECT_NEAR(c.shiftWinterHours, 0.0, Tol);
    EXPECT_NEAR(c.shiftSummerHours, -1.0, Tol);
    EXPECT_NEAR(c.score, 5.0 / 12.0 * 0.75 + 7.0 / 12.0 * 1.0, Tol);
    EXPECT_NEAR(c.nightShare, 5.0 / 12.0, Tol);
}

TEST(Coverage, IndianOceanEveningFallsInLocalNight)
{
    // UTC+3 site: Paris 20:00-21:00 is local 22:30 (winter) / 21:30 (summer); night 22-5.
    const StaffingPlan plan = test::hourlyPlan({{1, 20}}, 4);
    const CoverageDetail c = coverage(plan, offsetProfile(3, 3, 22, 5, false, false));
    EXPECT_NEAR(c.score, 5.0 / 12.0 * 0.75 + 7.0 / 12.0 * 1.0, Tol);
}

TEST(Coverage, SundayAndWeekWrap)
{
    // Sunday 10:00 Paris at a site restricting Sunday work: 0.5.
    const StaffingPlan sunday = test::hourlyPlan({{6, 10}}, 1);
    EXPECT_NEAR(coverage(sunday, offsetProfile(1, 2, 21, 6, true, true)).score, 0.5, Tol);
    EXPECT_NEAR(coverage(sunday, offsetProfile(1, 2, 21, 6, true, true)).sundayShare, 1.0, Tol);
    // Monday 00:30 Paris at a UTC+1 site: Monday 00:30 local in winter (night only), Sunday
    // 23:30 local in summer (night and a restricted Sunday).
    const StaffingPlan monday = test::hourlyPlan({{0, 0}}, 1);
    const CoverageDetail c = coverage(monday, offsetProfile(1, 1, 22, 6, false, true));
    EXPECT_NEAR(c.sundayShare, 7.0 / 12.0, Tol);
    EXPECT_NEAR(c.score, 5.0 / 12.0 * 0.75 + 7.0 / 12.0 * (1.0 - 0.25 - 0.5), Tol);
}

TEST(Coverage, HalfHourTimeZoneShiftsByHalfAnHour)
{
    // A UTC+5:30 site (India): 4.5 h ahead of Paris in winter, 3.5 h in summer. The half-hour
    // interval Monday 16:30-17:00 Paris is local 21:00-21:30 in winter, wholly in the night
    // band 21-6 (restricted: availability 0.5), and 20:00-20:30 in summer (day). Cutting the
    // shift to whole hours would put both outside the band.
    StaffingPlan plan;
    plan.intervalMinutes = 30;
    plan.scheduled.assign(7 * 48, 0.0);
    plan.agents.assign(7 * 48, 0.0);
    plan.scheduledHours.assign(7 * 48, 0.0);
    plan.scheduled[33] = 2; // Monday 16:30
    plan.scheduledHours[33] = 1; // 2 agents for half an hour
    plan.agents[33] = 1.4;
    const CoverageDetail c = coverage(plan, offsetProfile(5.5, 5.5, 21, 6, true, false));
    EXPECT_NEAR(c.shiftWinterHours, 4.5, Tol);
    EXPECT_NEAR(c.shiftSummerHours, 3.5, Tol);
    EXPECT_NEAR(c.nightShare, 5.0 / 12.0, Tol);
    EXPECT_NEAR(c.score, 5.0 / 12.0 * 0.5 + 7.0 / 12.0 * 1.0, Tol);
}

TEST(Coverage, PartlyOpenIntervalCountsItsOpenMinutes)
{
    // Open 09:00-10:30 in hourly intervals: the 10:00 interval is open 30 minutes of 60 and lies
    // in the night band of a site whose night starts at 10 (an artificial band to isolate the
    // effect). The plan comes from staff(); each interval weighs its scheduled agents x its
    // open hours.
    Workload w;
    w.intervalMinutes = 60;
    w.hours.days[0] = DayHours::between(9 * 60, 10 * 60 + 30);
    ChannelLoad voice;
    voice.monthlyVolume = 300.0 * WeeksPerMonth;
    voice.ahtSeconds = 300;
    w.channels = {voice};
    const StaffingPlan plan = staff(w);
    const double day = plan.scheduled[9] * 1.0;
    const double night = plan.scheduled[10] * 0.5;
    ASSERT_GT(night, 0.0);
    const CoverageDetail c = coverage(plan, offsetProfile(1, 2, 10, 12, true, false));
    EXPECT_NEAR(c.score, (day * 1.0 + night * 0.5) / (day + night), Tol);
    EXPECT_NEAR(c.nightShare, night / (day + night), Tol);
}

TEST(LanguageFit, WeightsSharesAndPartialSpeakers)
{
    DestinationProfile p = test::roundProfile("mu");
    p.languages = {LanguageSkill{"fr", fig(0.15), fig(0.58)},
                   LanguageSkill{"en", fig(0.5), fig(0.3)}};
    // 85% French at full level: 0.15 + 0.25 x 0.58 = 0.295; 15% English partial: 0.5 + 0.3.
    const std::vector<LanguageRequirement> req{{"fr", 0.85, LanguageLevel::Full},
                                               {"en", 0.15, LanguageLevel::Partial}};
    EXPECT_NEAR(languageFit(req, p), 0.85 * 0.295 + 0.15 * 0.8, Tol);
    // A language the site lacks counts 0; no requirement gives 1.
    EXPECT_NEAR(languageFit({{"de", 1.0, LanguageLevel::Full}}, p), 0.0, Tol);
    EXPECT_NEAR(languageFit({}, p), 1.0, Tol);
}

TEST(LanguageFit, SharesAreRescaledToSumOne)
{
    // Shares 0.6 and 0.2 (sum 0.8) weigh 0.75 and 0.25: 0.75 x 1 + 0.25 x (0.4 + 0.25 x 0).
    DestinationProfile p = test::roundProfile("x");
    p.languages = {LanguageSkill{"fr", fig(1.0), fig(0.0)},
                   LanguageSkill{"en", fig(0.4), fig(0.0)}};
    const std::vector<LanguageRequirement> req{{"fr", 0.6, LanguageLevel::Full},
                                               {"en", 0.2, LanguageLevel::Full}};
    EXPECT_NEAR(languageFit(req, p), 0.85, Tol);
}

TEST(Quality, MaturityAndRetention)
{
    DestinationProfile p = test::roundProfile("x");
    p.sectorMaturity = fig(5);
    p.attritionRate = fig(0.3);
    EXPECT_NEAR(qualityScore(p), 0.5 * 1.0 + 0.5 * 0.7, Tol);
    p.sectorMaturity = fig(1);
    p.attritionRate = fig(1.5); // above 100% counts as no retention
    EXPECT_NEAR(qualityScore(p), 0.0, Tol);
}

TEST(Risk, MeanOfPoliticalAndInfrastructure)
{
    DestinationProfile p = test::roundProfile("x");
    p.politicalRisk = fig(5);
    p.infrastructureRisk = fig(4);
    EXPECT_NEAR(riskScore(p), 4.5, Tol);
}
