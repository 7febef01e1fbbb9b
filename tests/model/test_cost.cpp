// SPDX-License-Identifier: GPL-3.0-or-later
// The cost model against hand calculations (tolerance 1e-9 EUR: the arithmetic is exact up to
// rounding of a few operations).
#include "escale/model/cost.h"
#include "escale/model/errors.h"

#include "model_fixtures.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace escale;
using escale::test::fig;

namespace {

constexpr double Tol = 1e-9;

struct CostCase
{
    DestinationProfile profile = test::roundProfile("site");
    StaffingPlan plan;
    CostAssumptions assumptions;
    ExchangeRates rates;
    CostInputs inputs;

    CostCase()
    {
        // 350 scheduled hours and 245 on-floor hours a week, peak 10 agents on the floor.
        plan.intervalMinutes = 60;
        plan.weeklyScheduledHours = 350;
        plan.weeklyAgentHours = 245;
        plan.peakAgents = 10;
        assumptions.supportRoles = {{"team_leader", 10, 1.5}};
        assumptions.seatSpareRatio = 0.1;
        assumptions.nestingWeeks = 2;
        assumptions.nestingProductivityLoss = 0.5;
        assumptions.transitionMonths = 2;
        inputs.profile = &profile;
        inputs.staffing = &plan;
        inputs.coverage.nightShare = 0.1;
        inputs.assumptions = assumptions;
        inputs.rates = &rates;
        inputs.horizonMonths = 24;
        inputs.monthlyContacts = 1000;
    }
};

} // namespace

TEST(Cost, InHouseMonthlyBreakdownByHand)
{
    CostCase c;
    const SiteCost cost = priceSite(c.inputs, CostView::InHouse);
    // FTE = 350 / 35 = 10; pay with the 13th month = 1000 x 13/12.
    EXPECT_NEAR(cost.monthly.labour, 10 * 1000 * 13.0 / 12.0, Tol);
    EXPECT_NEAR(cost.monthly.premiums, 10 * 1000 * (0.1 * 0.25), Tol);
    EXPECT_NEAR(cost.monthly.charges, (10 * 1000 * 13.0 / 12.0 + 250) * 0.2, Tol);
    // One team leader per 10 agents at 1.5 x loaded pay (1000 x 13/12 x 1.2 = 1300).
    EXPECT_NEAR(cost.monthly.supervision, 1.5 * 1300, Tol);
    // Seats: ceil(10 x 1.1) + ceil(1 support FTE) = 12.
    EXPECT_NEAR(cost.monthly.seats, 12 * 300, Tol);
    // Replacements: 10 x 24% / 12 = 0.2 a month, each 500 + (2 + 2 x 0.5) weeks x 300.
    EXPECT_NEAR(cost.monthly.attrition, 0.2 * 1400, Tol);
    EXPECT_NEAR(cost.monthly.vendorFees, 0.0, Tol);
    EXPECT_NEAR(cost.monthly.total(), 19130.0, 1e-6);
}

TEST(Cost, SizingByHand)
{
    // 20 scheduled agents in 40 weekly hours: 800 scheduled hours, 560 on the floor, peak 14.
    std::vector<std::pair<int, int>> slots;
    for (int day = 0; day < 5; ++day)
        for (int hour = 9; hour < 17; ++hour)
            slots.emplace_back(day, hour);
    const StaffingPlan plan = test::hourlyPlan(slots, 20.0);
    const DestinationProfile profile = test::roundProfile("x");
    CostAssumptions assumptions; // spare 10 %; support roles 1/13, 1/45, 1/65, 1/90 of agents
    const SiteSizing size = sizeSite(plan, profile, assumptions);
    const double fte = 800.0 / 35.0;
    const double support = fte * (1.0 / 13.0 + 1.0 / 45.0 + 1.0 / 65.0 + 1.0 / 90.0);
    EXPECT_NEAR(size.agentFte, fte, 1e-12);
    EXPECT_NEAR(size.supportFte, support, 1e-12); // 2.8937...
    EXPECT_DOUBLE_EQ(size.seats, 16.0 + 3.0); // ceil(14 x 1.1 = 15.4) + ceil(2.89)
    EXPECT_NEAR(size.productiveHoursPerMonth, 560.0 * 52.0 / 12.0, 1e-9);
    // An exact integer stays itself: 10 x 1.1 = 11 seats, 2 support seats.
    EXPECT_DOUBLE_EQ(seatCount(10.0, 2.0, assumptions), 13.0);
}

TEST(Cost, EscalatorTransitionAndTco)
{
    CostCase c;
    const SiteCost cost = priceSite(c.inputs, CostView::InHouse);
    ASSERT_EQ(cost.monthlySeries.size(), 24u);
    // Months 1-2 carry half the 2-month transition each; year 2 costs 10% more.
    EXPECT_NEAR(cost.monthlySeries[0], 19130 + 19130, 1e-6);
    EXPECT_NEAR(cost.monthlySeries[2], 19130, 1e-6);
    EXPECT_NEAR(cost.monthlySeries[12], 19130 * 1.1, 1e-6);
    EXPECT_NEAR(cost.horizon.transition, 2 * 19130, 1e-6);
    const double tco = 12 * 19130 + 12 * 19130 * 1.1 + 2 * 19130;
    EXPECT_NEAR(cost.tco, tco, 1e-6);
    EXPECT_NEAR(std::accumulate(cost.monthlySeries.begin(), cost.monthlySeries.end(), 0.0), tco,
                1e-6);
    EXPECT_NEAR(cost.costPerContact, tco / 24000.0, 1e-9);
    EXPECT_NEAR(cost.costPerProductiveHour, tco / (245 * 52.0 / 12.0 * 24), 1e-9);
}

TEST(Cost, IncumbentHasNoTransition)
{
    CostCase c;
    c.inputs.incumbent = true;
    const SiteCost cost = priceSite(c.inputs, CostView::InHouse);
    EXPECT_EQ(cost.horizon.transition, 0.0);
    EXPECT_NEAR(cost.monthlySeries[0], 19130, 1e-6);
}

TEST(Cost, VendorViewBillsProductiveHours)
{
    CostCase c;
    const SiteCost cost = priceSite(c.inputs, CostView::Vendor);
    const double hours = 245 * 52.0 / 12.0;
    EXPECT_NEAR(cost.monthly.vendorFees, 20 * hours, Tol);
    // The premium (0.1 night share x 25 %) applies to the part of the rate that pays the agents:
    // s = labour (1 + c) / (labour (1 + c) + supervision + seats + attrition) of the in-house
    // lines above = 13,000 / (13,000 + 1,950 + 3,600 + 280) = 13,000 / 18,830.
    EXPECT_NEAR(cost.monthly.premiums, 20 * hours * 0.025 * 13000.0 / 18830.0, Tol);
    EXPECT_NEAR(cost.monthly.labour + cost.monthly.charges + cost.monthly.seats, 0.0, Tol);
}

TEST(Cost, NetWagesAreGrossedUpAndConvertedToEur)
{
    CostCase c;
    c.profile.agentWage.basis = PayBasis::Net;
    c.profile.agentWage.currency = "XYZ";
    c.rates.rates = {ExchangeRate{"XYZ", fig(0.5)}};
    c.profile.agentWage.typical = fig(1800); // 1800 XYZ net = 2000 XYZ gross = 1000 EUR
    const SiteCost cost = priceSite(c.inputs, CostView::InHouse);
    EXPECT_NEAR(cost.monthly.labour, 10 * 1000 * 13.0 / 12.0, 1e-6);
}

TEST(Cost, ParallelRunKeepsTheIncumbentDuringTransition)
{
    CostCase c;
    CostCase incumbentCase;
    incumbentCase.inputs.incumbent = true;
    const SiteCost incumbent = priceSite(incumbentCase.inputs, CostView::InHouse);
    c.inputs.parallelRun = &incumbent;
    const SiteCost moved = priceSite(c.inputs, CostView::InHouse);
    // Months 1-2: the incumbent serves (19,130) and the move costs 19,130 a month.
    EXPECT_NEAR(moved.monthlySeries[0], 2 * 19130, 1e-6);
    EXPECT_NEAR(moved.monthlySeries[2], 19130, 1e-6);
    EXPECT_NEAR(moved.horizon.transition, 2 * 19130 + 2 * 19130, 1e-6);
    // The new site's own run rate starts in month 3.
    EXPECT_NEAR(moved.horizon.labour, 10 * 1000 * 13.0 / 12.0 * (10 + 12 * 1.1), 1e-6);
}

TEST(Cost, ParallelRunCoversTheWholeHorizonWhenTheTransitionOutlastsIt)
{
    // Horizon 2 months, transition 2 months: the new site never serves. Each month costs half
    // the one-off (2 x run rate / 2) plus the incumbent's month, the last one included.
    CostCase c;
    c.inputs.horizonMonths = 2;
    CostCase incumbentCase;
    incumbentCase.inputs.incumbent = true;
    incumbentCase.inputs.horizonMonths = 2;
    const SiteCost incumbent = priceSite(incumbentCase.inputs, CostView::InHouse);
    ASSERT_EQ(incumbent.monthlySeries.size(), 2u);
    c.inputs.parallelRun = &incumbent;
    const SiteCost moved = priceSite(c.inputs, CostView::InHouse);
    const double run = moved.monthly.total(); // 19,130, as above
    EXPECT_NEAR(run, 19130, 1e-6);
    EXPECT_NEAR(moved.monthlySeries[0], run + incumbent.monthlySeries[0], 1e-6);
    EXPECT_NEAR(moved.monthlySeries[1], run + incumbent.monthlySeries[1], 1e-6);
    EXPECT_NEAR(moved.horizon.transition, 2 * run + 2 * 19130, 1e-6);
    EXPECT_NEAR(moved.tco, 4 * 19130, 1e-6);
}

TEST(Cost, SavingAndBreakEven)
{
    SiteCost onshore;
    onshore.monthlySeries = {100, 100, 100, 100, 100};
    onshore.tco = 500;
    SiteCost site;
    site.monthlySeries = {250, 20, 20, 20, 20}; // cumulative 250 270 290 310 330
    site.tco = 330;
    compareToOnshore(site, onshore); // onshore cumulative 100 200 300 400 500
    EXPECT_DOUBLE_EQ(site.savingVsOnshore, 170);
    EXPECT_DOUBLE_EQ(site.savingShare, 0.34);
    ASSERT_TRUE(site.breakEvenMonth.has_value());
    EXPECT_EQ(*site.breakEvenMonth, 3);

    SiteCost never;
    never.monthlySeries = {150, 150, 50, 50, 150}; // cumulative 150 300 350 400 550
    never.tco = 550; // above onshore again in month 5
    compareToOnshore(never, onshore);
    EXPECT_FALSE(never.breakEvenMonth.has_value());
}

TEST(Cost, InvalidInputIsNamed)
{
    CostCase c;
    c.profile.weeklyHours = fig(0);
    try {
        (void)priceSite(c.inputs, CostView::InHouse);
        FAIL() << "expected InputError";
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "site.weekly_hours");
    }
}
