// SPDX-License-Identifier: GPL-3.0-or-later
// The business-case lines of cost.h (governance, travel, telecom, quality monitoring, fixed,
// repeat contacts, ramp-up, exit) against hand calculations, each with its formula quoted, and
// the shipped scenarios' bridge and lines adding up. Tolerance 1e-9 EUR on hand calculations (a
// few rounded operations), 1e-6 EUR on sums over a 36-month horizon.
#include "escale/model/business_case.h"
#include "escale/model/cost.h"
#include "escale/model/errors.h"

#include "model_fixtures.h"
#include "shipped_scenario.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace escale;
using escale::test::fig;
using escale::test::shipped;

namespace {

constexpr double Tol = 1e-9;
const double WeeksPerMonthHere = 52.0 / 12.0;

/**
 * The cost case of test_cost.cpp (FTE 10, 245 on-floor hours a week, 12 seats, in-house run
 * rate 19,130 before the business-case lines) with the business-case figures set.
 */
struct BusinessCaseInputs
{
    DestinationProfile profile = test::roundProfile("site");
    StaffingPlan plan;
    ExchangeRates rates;
    BusinessCase business;
    CostInputs inputs;

    BusinessCaseInputs()
    {
        plan.intervalMinutes = 60;
        plan.weeklyScheduledHours = 350;
        plan.weeklyAgentHours = 245;
        plan.peakAgents = 10;
        profile.business.telecomSitePerMonth = fig(1000);
        profile.business.telecomPerSeatPerMonth = fig(10);
        profile.business.voiceRoutingPerMinute = fig(0.01);
        profile.business.travelCostPerTrip = fig(1200);
        profile.business.siteFixedPerMonth = fig(2000);
        business.governanceFtePerAgent = fig(0.02);
        business.governancePayMultiple = fig(2);
        business.visitsPerYear = fig(6);
        business.reviewedShare = fig(0.01);
        business.costPerReview = fig(10);
        business.qualityFixedPerMonth = fig(500);
        inputs.profile = &profile;
        inputs.staffing = &plan;
        inputs.assumptions.supportRoles = {{"team_leader", 10, 1.5}};
        inputs.assumptions.seatSpareRatio = 0.1;
        inputs.assumptions.nestingWeeks = 2;
        inputs.assumptions.nestingProductivityLoss = 0.5;
        inputs.assumptions.transitionMonths = 2;
        inputs.coverage.nightShare = 0.1;
        inputs.business = &business;
        inputs.rates = &rates;
        inputs.horizonMonths = 24;
        inputs.monthlyContacts = 1000;
        inputs.voiceMinutesPerMonth = 5000;
        inputs.referenceLoadedPay = 3000;
    }
};

} // namespace

TEST(BusinessCase, FrenchLegalSeveranceFollowsR1234_2)
{
    // 1/4 month per year up to 10 years, 1/3 beyond: 2,000 x (10/4 + 2/3) = 6,333.33.
    EXPECT_NEAR(frenchLegalSeverance(2000, 12), 2000.0 * (10.0 / 4.0 + 2.0 / 3.0), Tol);
    EXPECT_NEAR(frenchLegalSeverance(2000, 12), 6333.333333333333, 1e-9);
    EXPECT_NEAR(frenchLegalSeverance(2000, 4), 2000.0, Tol); // 4/4 of a month
    EXPECT_EQ(frenchLegalSeverance(2000, 0), 0.0);
    EXPECT_THROW(frenchLegalSeverance(2000, -3), InputError);
}

TEST(BusinessCase, RampFactorIsLinearBetweenPointsAndOneAfterTheLast)
{
    BusinessCase b;
    b.rampUp = {{1, 1.4}, {4, 1.1}};
    EXPECT_NEAR(b.rampFactor(1), 1.4, 1e-15);
    EXPECT_NEAR(b.rampFactor(2), 1.3, 1e-15); // 1.4 + 1/3 x (1.1 - 1.4)
    EXPECT_NEAR(b.rampFactor(3), 1.2, 1e-15);
    EXPECT_NEAR(b.rampFactor(4), 1.1, 1e-15);
    EXPECT_EQ(b.rampFactor(5), 1.0);
    EXPECT_EQ(BusinessCase{}.rampFactor(1), 1.0); // no curve: no ramp-up
}

TEST(BusinessCase, InHouseLinesByHand)
{
    BusinessCaseInputs c;
    const SiteCost cost = priceSite(c.inputs, CostView::InHouse);
    // governance = 0.02 FTE per agent x 10 FTE x 2 x 3,000 reference loaded pay = 1,200
    EXPECT_NEAR(cost.monthly.governance, 0.02 * 10 * 2 * 3000, Tol);
    // travel = 6 visits a year x 1,200 / 12 = 600
    EXPECT_NEAR(cost.monthly.travel, 600, Tol);
    // quality = 0.01 x 1,000 contacts x 10 + 500 = 600
    EXPECT_NEAR(cost.monthly.qualityMonitoring, 600, Tol);
    // telecom = 1,000 site + 10 x 12 seats + 0.01 x 5,000 voice minutes = 1,170
    EXPECT_NEAR(cost.monthly.telecom, 1170, Tol);
    EXPECT_NEAR(cost.monthly.fixed, 2000, Tol); // site management and local entity
    EXPECT_NEAR(cost.monthly.total(), 19130 + 1200 + 600 + 600 + 1170 + 2000, 1e-6);
    // The lines add up to the TCO and to the monthly series.
    EXPECT_NEAR(cost.horizon.total(), cost.tco, 1e-6);
    EXPECT_NEAR(std::accumulate(cost.monthlySeries.begin(), cost.monthlySeries.end(), 0.0),
                cost.tco, 1e-6);
    // Transition: 2 months of the whole run rate.
    EXPECT_NEAR(cost.horizon.transition, 2 * cost.monthly.total(), 1e-6);
}

TEST(BusinessCase, TheClientsOwnOnshoreSiteHasNoGovernanceTravelOrReviews)
{
    BusinessCaseInputs c;
    c.profile.onshore = true;
    const SiteCost own = priceSite(c.inputs, CostView::InHouse);
    EXPECT_EQ(own.monthly.governance, 0.0);
    EXPECT_EQ(own.monthly.travel, 0.0);
    EXPECT_EQ(own.monthly.qualityMonitoring, 0.0);
    // The same site bought from a vendor is governed.
    const SiteCost bought = priceSite(c.inputs, CostView::Vendor);
    EXPECT_NEAR(bought.monthly.governance, 1200, Tol);
}

TEST(BusinessCase, VendorLinesByHand)
{
    BusinessCaseInputs c;
    c.profile.business.vendorMinimumFte = fig(15);
    c.profile.business.vendorSetupFee = fig(5000);
    const SiteCost cost = priceSite(c.inputs, CostView::Vendor);
    const double hours = 245 * WeeksPerMonthHere;
    EXPECT_NEAR(cost.monthly.vendorFees, 20 * hours, Tol);
    // telecom = 1,000 site + 0.01 x 5,000 voice minutes (no per-seat licence: the vendor's)
    EXPECT_NEAR(cost.monthly.telecom, 1050, Tol);
    // Minimum billing: 15 FTE x 35 h x (245 / 350 on the floor) x 52/12 = 1,592.5 hours billed
    // at least; fixed = 20 x (1,592.5 - 1,061.67).
    const double minimumHours = 15 * 35 * (245.0 / 350.0) * WeeksPerMonthHere;
    EXPECT_NEAR(cost.monthly.fixed, 20 * (minimumHours - hours), 1e-9);
    // The set-up fee is paid once, in month 1, and counted in the fixed line of the horizon.
    const double escalated = 12 * cost.monthly.fixed + 12 * cost.monthly.fixed * 1.1;
    EXPECT_NEAR(cost.horizon.fixed, escalated + 5000, 1e-6);
    const double run = cost.monthly.total();
    EXPECT_NEAR(cost.monthlySeries[0], run + run + 5000, 1e-6); // run, half of 2 x run, set-up
    EXPECT_NEAR(cost.horizon.total(), cost.tco, 1e-6);
}

TEST(BusinessCase, RepeatContactsAreTheRunRateOfTheExtraVolume)
{
    BusinessCaseInputs c;
    c.inputs.business = nullptr;
    c.inputs.coverage.nightShare = 0.0;
    c.profile.business = SiteFigures{};
    StaffingPlan fewer = c.plan; // the scenario's volume, without the repeats
    fewer.weeklyScheduledHours = 350.0 * 200.0 / 245.0;
    fewer.weeklyAgentHours = 200;
    c.inputs.withoutRepeats = &fewer;
    const SiteCost cost = priceSite(c.inputs, CostView::Vendor);
    // repeat_contacts = 20 EUR/h x (245 - 200) on-floor hours x 52/12 = 3,900
    EXPECT_NEAR(cost.monthly.repeatContacts, 20 * 45 * WeeksPerMonthHere, 1e-9);
    EXPECT_NEAR(cost.monthly.vendorFees, 20 * 200 * WeeksPerMonthHere, 1e-9);
}

TEST(BusinessCase, RampUpIsStaffedMonthByMonth)
{
    BusinessCaseInputs c;
    c.inputs.business = nullptr;
    c.inputs.coverage.nightShare = 0.0;
    c.profile.business = SiteFigures{};
    c.inputs.assumptions.transitionMonths = 0;
    // Months 1 and 2 of operation need 1.5x and 1.2x the steady on-floor hours.
    std::vector<RampStaffing> ramp(2);
    ramp[0].month = 1;
    ramp[0].plan = c.plan;
    ramp[0].plan.weeklyAgentHours = 245 * 1.5;
    ramp[0].plan.weeklyScheduledHours = 350 * 1.5;
    ramp[1].month = 2;
    ramp[1].plan = c.plan;
    ramp[1].plan.weeklyAgentHours = 245 * 1.2;
    ramp[1].plan.weeklyScheduledHours = 350 * 1.2;
    c.inputs.ramp = &ramp;
    const SiteCost cost = priceSite(c.inputs, CostView::Vendor);
    const double steady = 20 * 245 * WeeksPerMonthHere;
    // ramp_up = 20 x (367.5 - 245) x 52/12 + 20 x (294 - 245) x 52/12 = 14,863.33
    EXPECT_NEAR(cost.horizon.rampUp, 20 * (122.5 + 49) * WeeksPerMonthHere, 1e-9);
    EXPECT_NEAR(cost.monthlySeries[0], steady * 1.5, 1e-9);
    EXPECT_NEAR(cost.monthlySeries[1], steady * 1.2, 1e-9);
    EXPECT_NEAR(cost.monthlySeries[2], steady, 1e-9);
    // The incumbent has no ramp-up.
    c.inputs.incumbent = true;
    EXPECT_EQ(priceSite(c.inputs, CostView::Vendor).horizon.rampUp, 0.0);
}

TEST(BusinessCase, ExitOfAnInHouseFrenchTeamByHand)
{
    const DestinationProfile incumbent = test::roundProfile("home");
    BusinessCase b;
    b.seniorityYears = fig(12);
    b.noticeMonths = fig(2);
    b.socialPlanPerEmployee = fig(15000);
    b.leaseExitMonths = fig(6);
    CostAssumptions a;
    a.supportRoles = {{"team_leader", 10, 1.5}};
    const SiteSizing size{20, 2, 25, 0};
    SiteCost inHouse;
    inHouse.monthly.seats = 3600;
    const SiteCost vendor;
    const ExitCost e = exitCost(b, incumbent, size, a, inHouse, vendor, ExchangeRates{});
    // Pay W (1 + b/12) = 1,000 x 13/12; 12 years: (10/4 + 2/3) months each; 2 team leaders at
    // 1.5x the pay.
    const double pay = 1000.0 * 13.0 / 12.0;
    const double months = 10.0 / 4.0 + 2.0 / 3.0;
    EXPECT_NEAR(e.severance, 20 * pay * months + 2 * 1.5 * pay * months, 1e-9);
    // Notice: 2 months at loaded pay (x 1.2 charges) for 20 + 2 x 1.5 pay units.
    EXPECT_NEAR(e.notice, 2 * pay * 1.2 * 23, 1e-9);
    EXPECT_NEAR(e.socialPlan, 15000 * 22, 1e-9); // 22 heads >= 10: a social plan (PSE)
    EXPECT_NEAR(e.lease, 6 * 3600, 1e-9);
    EXPECT_NEAR(e.total(), e.severance + e.notice + e.socialPlan + e.lease, 1e-9);

    // Below ten dismissals, no social plan.
    const ExitCost small = exitCost(b, incumbent, SiteSizing{8, 1, 10, 0}, a, inHouse, vendor,
                                    ExchangeRates{});
    EXPECT_EQ(small.socialPlan, 0.0);

    // An outsourcer whose contract ends: only the exit fee, months of its invoice.
    b.incumbentMode = IncumbentMode::Vendor;
    b.contractExitFeeMonths = fig(3);
    SiteCost invoice;
    invoice.monthly.vendorFees = 40000;
    const ExitCost fee = exitCost(b, incumbent, size, a, inHouse, invoice, ExchangeRates{});
    EXPECT_NEAR(fee.total(), 3 * 40000, 1e-9);
    EXPECT_EQ(fee.severance, 0.0);
}

TEST(BusinessCaseShipped, LinesAddUpToTheTcoAndTheBridgeToTheSaving)
{
    for (const char *name :
         {"ecommerce-multichannel", "bank-evenings-sundays", "outbound-campaign"}) {
        const Scenario s = shipped(name);
        const Evaluation ev = evaluate(s);
        for (const SiteEvaluation &site : ev.sites) {
            for (CostView view : {CostView::Vendor, CostView::InHouse}) {
                const SiteCost &c = site.cost(view);
                EXPECT_NEAR(c.horizon.total(), c.tco, 1e-6) << name << " " << site.id;
                if (site.onshore)
                    continue;
                double bridge = 0.0;
                for (const BridgeStep &step : c.bridge)
                    bridge += step.amount;
                EXPECT_NEAR(bridge, c.savingVsOnshore, 1e-6) << name << " " << site.id;
                EXPECT_EQ(c.bridge.size(), 13u);
            }
        }
    }
}

TEST(BusinessCaseShipped, ASmallProgrammeSavesALowerShareThanALargeOne)
{
    // The fixed costs (telecom links, travel, quality audits, minimum teams, set-up) weigh more
    // on a small programme: at 1/25 of the e-commerce volume every offshore site saves a lower
    // share, in both views.
    const Scenario full = shipped("ecommerce-multichannel");
    Scenario small = full;
    for (ChannelLoad &channel : small.workload.channels)
        channel.monthlyVolume /= 25.0;
    const Evaluation a = evaluate(full);
    const Evaluation b = evaluate(small);
    for (std::size_t i = 0; i < a.sites.size(); ++i) {
        if (a.sites[i].onshore)
            continue;
        for (CostView view : {CostView::Vendor, CostView::InHouse}) {
            EXPECT_LT(b.sites[i].cost(view).savingShare, a.sites[i].cost(view).savingShare)
                << a.sites[i].id << " " << costViewKey(view);
        }
    }
}
