// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/cost.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>

namespace escale {

namespace {

double bonusMonths(const DestinationProfile &profile)
{
    double months = 0.0;
    for (const Bonus &bonus : profile.bonuses)
        months += bonus.monthsPerYear.value;
    return months;
}

double premiumRate(const DestinationProfile &profile, const CoverageDetail &coverage)
{
    return coverage.nightShare * profile.rules.nightPremium.value
           + coverage.sundayShare * profile.rules.sundayPremium.value;
}

CostBreakdown inHouseMonthly(const CostInputs &in, const SiteSizing &size)
{
    const double fte = size.agentFte;
    const DestinationProfile &p = *in.profile;
    const double wage = in.rates->toEur(p.typicalGrossWage(), p.agentWage.currency);
    const double bonusFactor = 1.0 + bonusMonths(p) / 12.0;
    const double chargeRate = p.employerChargeRate.value;
    const double loadedPay = wage * bonusFactor * (1.0 + chargeRate);

    CostBreakdown m;
    m.labour = fte * wage * bonusFactor;
    m.premiums = fte * wage * premiumRate(p, in.coverage);
    m.charges = (m.labour + m.premiums) * chargeRate;
    for (const SupportRole &role : in.assumptions.supportRoles)
        m.supervision += fte / role.agentsPerRole * role.payMultiple * loadedPay;

    m.seats = std::max(0.0, size.seats) * p.seatCostPerMonth.value;

    const double weeklyLoaded = loadedPay * 12.0 / 52.0;
    const double perReplacement = p.recruitingCostPerHire.value
                                  + (p.trainingWeeks.value
                                     + in.assumptions.nestingWeeks
                                           * in.assumptions.nestingProductivityLoss)
                                        * weeklyLoaded;
    m.attrition = fte * p.attritionRate.value / 12.0 * perReplacement;
    return m;
}

CostBreakdown vendorMonthly(const CostInputs &in, double productiveHours)
{
    const DestinationProfile &p = *in.profile;
    CostBreakdown m;
    m.vendorFees = p.billedRatePerHour.value * productiveHours;
    m.premiums = m.vendorFees * premiumRate(p, in.coverage);
    return m;
}

void addScaled(CostBreakdown &sum, const CostBreakdown &part, double factor)
{
    sum.labour += part.labour * factor;
    sum.premiums += part.premiums * factor;
    sum.charges += part.charges * factor;
    sum.supervision += part.supervision * factor;
    sum.seats += part.seats * factor;
    sum.attrition += part.attrition * factor;
    sum.vendorFees += part.vendorFees * factor;
}

} // namespace

double agentFte(const StaffingPlan &plan, const DestinationProfile &profile)
{
    if (profile.weeklyHours.value <= 0.0)
        throw InputError(profile.id + ".weekly_hours", "must be greater than 0");
    return plan.weeklyScheduledHours / profile.weeklyHours.value;
}

double supportFte(double agentFte, const CostAssumptions &assumptions)
{
    double total = 0.0;
    for (const SupportRole &role : assumptions.supportRoles) {
        if (role.agentsPerRole <= 0.0)
            throw InputError("cost.support_roles." + role.role + ".agents_per_role",
                             "must be greater than 0");
        total += agentFte / role.agentsPerRole;
    }
    return total;
}

double seatCount(double peakAgents, double supportFte, const CostAssumptions &assumptions)
{
    return std::ceil(peakAgents * (1.0 + assumptions.seatSpareRatio) - 1e-9)
           + std::ceil(supportFte - 1e-9);
}

double productiveHoursPerMonth(const StaffingPlan &plan)
{
    return plan.weeklyAgentHours * WeeksPerMonth;
}

SiteSizing sizeSite(const StaffingPlan &plan, const DestinationProfile &profile,
                    const CostAssumptions &assumptions)
{
    SiteSizing size;
    size.agentFte = agentFte(plan, profile);
    size.supportFte = supportFte(size.agentFte, assumptions);
    size.seats = seatCount(plan.peakAgents, size.supportFte, assumptions);
    size.productiveHoursPerMonth = productiveHoursPerMonth(plan);
    return size;
}

double yearlyEscalator(const DestinationProfile &profile)
{
    return (1.0 + profile.wageInflation.value) * (1.0 + profile.fxDrift.value) - 1.0;
}

SiteCost priceSite(const CostInputs &in, CostView view)
{
    if (!in.profile || !in.staffing || !in.rates)
        throw InputError("cost", "incomplete cost inputs");
    if (in.horizonMonths < 1)
        throw InputError("horizon_months", "must be at least 1");

    const SiteSizing size = sizeSite(*in.staffing, *in.profile, in.assumptions);
    const double productiveHours = size.productiveHoursPerMonth;

    SiteCost cost;
    cost.view = view;
    cost.monthly = view == CostView::InHouse ? inHouseMonthly(in, size)
                                             : vendorMonthly(in, productiveHours);
    const double runRate = cost.monthly.total();

    const double transition = in.incumbent ? 0.0 : in.assumptions.transitionMonths * runRate;
    const int transitionSpan = transition > 0.0 ? std::clamp(
                                   int(std::ceil(in.assumptions.transitionMonths - 1e-9)), 1,
                                   in.horizonMonths)
                                                : 0;
    const double g = yearlyEscalator(*in.profile);

    const SiteCost *incumbent = transition > 0.0 ? in.parallelRun : nullptr;
    double parallelRun = 0.0;
    cost.monthlySeries.reserve(std::size_t(in.horizonMonths));
    for (int month = 1; month <= in.horizonMonths; ++month) {
        const int year = (month - 1) / 12; // 0 in months 1-12, 1 in months 13-24, ...
        const double factor = std::pow(1.0 + g, double(year));
        double value = 0.0;
        if (month <= transitionSpan) {
            value += transition / double(transitionSpan);
            if (incumbent && std::size_t(month) <= incumbent->monthlySeries.size()) {
                const double incumbentMonth = incumbent->monthlySeries[std::size_t(month - 1)];
                parallelRun += incumbentMonth;
                value += incumbentMonth;
            }
        }
        if (month > transitionSpan || !incumbent) {
            addScaled(cost.horizon, cost.monthly, factor);
            value += runRate * factor;
        }
        cost.monthlySeries.push_back(value);
    }
    cost.horizon.transition = transition + parallelRun;
    cost.tco = cost.horizon.total();

    const double contacts = in.monthlyContacts * in.horizonMonths;
    cost.costPerContact = contacts > 0.0 ? cost.tco / contacts : 0.0;
    const double hours = productiveHours * in.horizonMonths;
    cost.costPerProductiveHour = hours > 0.0 ? cost.tco / hours : 0.0;
    return cost;
}

void compareToOnshore(SiteCost &site, const SiteCost &onshore)
{
    site.savingVsOnshore = onshore.tco - site.tco;
    site.savingShare = onshore.tco > 0.0 ? site.savingVsOnshore / onshore.tco : 0.0;
    site.breakEvenMonth.reset();

    const std::size_t n = std::min(site.monthlySeries.size(), onshore.monthlySeries.size());
    std::vector<double> gap(n); // cumulative onshore - cumulative site
    double siteSum = 0.0;
    double onshoreSum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        siteSum += site.monthlySeries[i];
        onshoreSum += onshore.monthlySeries[i];
        gap[i] = onshoreSum - siteSum;
    }
    // First month from which the site stays at or below the onshore cumulative cost.
    std::optional<int> month;
    for (std::size_t i = n; i-- > 0;) {
        if (gap[i] < -1e-6 * std::max(1.0, onshoreSum))
            break;
        month = int(i) + 1;
    }
    site.breakEvenMonth = month;
}

} // namespace escale
