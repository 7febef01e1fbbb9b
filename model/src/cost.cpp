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

/** Pay, charges, supervision, seats and attrition of the in-house view. */
CostBreakdown inHousePay(const CostInputs &in, const SiteSizing &size)
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

/** True when the site is the client's own onshore team: no governance, travel or reviews. */
bool ownSite(const CostInputs &in, CostView view)
{
    return view == CostView::InHouse && (in.incumbent || in.profile->onshore);
}

/** Productive hours one FTE gives in a month at the site. */
double productiveHoursPerFte(const DestinationProfile &p, const StaffingPlan &plan)
{
    const double scheduled = plan.weeklyScheduledHours;
    const double onFloor = scheduled > 0.0 ? plan.weeklyAgentHours / scheduled : 1.0;
    return p.weeklyHours.value * onFloor * WeeksPerMonth;
}

/** The run rate of one month at the sizing of `plan`, every recurring line. */
CostBreakdown runRate(const CostInputs &in, const StaffingPlan &plan, CostView view)
{
    const DestinationProfile &p = *in.profile;
    const SiteFigures &f = p.business;
    const SiteSizing size = sizeSite(plan, p, in.assumptions);
    const CostBreakdown pay = inHousePay(in, size);

    CostBreakdown m;
    if (view == CostView::InHouse) {
        m = pay;
        m.telecom = f.telecomSitePerMonth.value + f.telecomPerSeatPerMonth.value * size.seats;
        m.fixed = f.siteFixedPerMonth.value;
    } else {
        m.vendorFees = p.billedRatePerHour.value * size.productiveHoursPerMonth;
        // The share of the rate that pays the agents: their loaded base pay over the site's
        // in-house cost without premiums.
        const double agentPay = pay.labour * (1.0 + p.employerChargeRate.value);
        const double baseCost = agentPay + pay.supervision + pay.seats + pay.attrition;
        const double payShare = baseCost > 0.0 ? std::clamp(agentPay / baseCost, 0.0, 1.0) : 1.0;
        m.premiums = m.vendorFees * premiumRate(p, in.coverage) * payShare;
        m.telecom = f.telecomSitePerMonth.value;
        // Per FTE at the steady sizing, so that the minimum is the same in every month and
        // more work never costs less.
        const double minimumHours = f.vendorMinimumFte.value
                                    * productiveHoursPerFte(p, *in.staffing);
        m.fixed = p.billedRatePerHour.value
                  * std::max(0.0, minimumHours - size.productiveHoursPerMonth);
    }
    m.telecom += f.voiceRoutingPerMinute.value * in.voiceMinutesPerMonth;

    if (in.business && !ownSite(in, view)) {
        const BusinessCase &b = *in.business;
        m.governance = b.governanceFtePerAgent.value * size.agentFte * b.governancePayMultiple.value
                       * in.referenceLoadedPay;
        m.travel = b.visitsPerYear.value * f.travelCostPerTrip.value / 12.0;
        m.qualityMonitoring = b.reviewedShare.value * in.monthlyContacts * b.costPerReview.value
                              + b.qualityFixedPerMonth.value;
    }
    return m;
}

void addScaled(CostBreakdown &sum, const CostBreakdown &part, double factor)
{
    for (CostLine line : AllCostLines)
        sum[line] += part[line] * factor;
}

} // namespace

double &CostBreakdown::operator[](CostLine line)
{
    switch (line) {
    case CostLine::Labour:
        return labour;
    case CostLine::Premiums:
        return premiums;
    case CostLine::Charges:
        return charges;
    case CostLine::Supervision:
        return supervision;
    case CostLine::Seats:
        return seats;
    case CostLine::Attrition:
        return attrition;
    case CostLine::VendorFees:
        return vendorFees;
    case CostLine::Governance:
        return governance;
    case CostLine::Travel:
        return travel;
    case CostLine::Telecom:
        return telecom;
    case CostLine::QualityMonitoring:
        return qualityMonitoring;
    case CostLine::RepeatContacts:
        return repeatContacts;
    case CostLine::RampUp:
        return rampUp;
    case CostLine::Fixed:
        return fixed;
    case CostLine::Transition:
        return transition;
    case CostLine::Exit:
        return exit;
    }
    return exit;
}

double CostBreakdown::operator[](CostLine line) const
{
    return const_cast<CostBreakdown &>(*this)[line];
}

const char *costLineKey(CostLine line)
{
    switch (line) {
    case CostLine::Labour:
        return "labour";
    case CostLine::Premiums:
        return "premiums";
    case CostLine::Charges:
        return "charges";
    case CostLine::Supervision:
        return "supervision";
    case CostLine::Seats:
        return "seats";
    case CostLine::Attrition:
        return "attrition";
    case CostLine::VendorFees:
        return "vendor_fees";
    case CostLine::Governance:
        return "governance";
    case CostLine::Travel:
        return "travel";
    case CostLine::Telecom:
        return "telecom";
    case CostLine::QualityMonitoring:
        return "quality_monitoring";
    case CostLine::RepeatContacts:
        return "repeat_contacts";
    case CostLine::RampUp:
        return "ramp_up";
    case CostLine::Fixed:
        return "fixed";
    case CostLine::Transition:
        return "transition";
    case CostLine::Exit:
        return "exit";
    }
    return "exit";
}

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

double monthlyPayEur(const DestinationProfile &profile, const ExchangeRates &rates)
{
    return rates.toEur(profile.typicalGrossWage(), profile.agentWage.currency)
           * (1.0 + bonusMonths(profile) / 12.0);
}

double loadedPayEur(const DestinationProfile &profile, const ExchangeRates &rates)
{
    return monthlyPayEur(profile, rates) * (1.0 + profile.employerChargeRate.value);
}

double yearlyEscalator(const DestinationProfile &profile)
{
    return (1.0 + profile.wageInflation.value) * (1.0 + profile.fxDrift.value) - 1.0;
}

ExitCost exitCost(const BusinessCase &business, const DestinationProfile &incumbent,
                  const SiteSizing &size, const CostAssumptions &assumptions,
                  const SiteCost &inHouse, const SiteCost &vendor, const ExchangeRates &rates)
{
    ExitCost exit;
    if (business.incumbentMode == IncumbentMode::Vendor) {
        exit.contractFee = business.contractExitFeeMonths.value * vendor.monthly.total();
        return exit;
    }
    const double pay = monthlyPayEur(incumbent, rates);
    const double loaded = loadedPayEur(incumbent, rates);
    const double seniority = business.seniorityYears.value;
    exit.heads = size.agentFte + size.supportFte;
    exit.severance = size.agentFte * frenchLegalSeverance(pay, seniority);
    double payUnits = size.agentFte; // heads weighted by their pay multiple
    for (const SupportRole &role : assumptions.supportRoles) {
        const double heads = size.agentFte / role.agentsPerRole;
        exit.severance += heads * frenchLegalSeverance(pay * role.payMultiple, seniority);
        payUnits += heads * role.payMultiple;
    }
    exit.notice = business.noticeMonths.value * loaded * payUnits;
    if (exit.heads >= double(SocialPlanThreshold) - 1e-9)
        exit.socialPlan = business.socialPlanPerEmployee.value * exit.heads;
    exit.lease = business.leaseExitMonths.value * inHouse.monthly.seats;
    return exit;
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
    const CostBreakdown steady = runRate(in, *in.staffing, view);
    const double runTotal = steady.total();
    if (in.withoutRepeats) {
        cost.monthly = runRate(in, *in.withoutRepeats, view);
        cost.monthly.repeatContacts = runTotal - cost.monthly.total();
    } else {
        cost.monthly = steady;
    }

    const double transition = in.incumbent ? 0.0 : in.assumptions.transitionMonths * runTotal;
    const int transitionSpan = transition > 0.0 ? std::clamp(
                                   int(std::ceil(in.assumptions.transitionMonths - 1e-9)), 1,
                                   in.horizonMonths)
                                                : 0;
    const double g = yearlyEscalator(*in.profile);
    const SiteCost *incumbent = transition > 0.0 ? in.parallelRun : nullptr;
    // The month the site starts serving, and the month the incumbent's exit is paid.
    const int goLive = incumbent ? transitionSpan + 1 : 1;
    const int exitMonth = std::max(1, transitionSpan);
    const double exitTotal = in.incumbent ? 0.0 : in.exit.total();
    const double setUp = view == CostView::Vendor && !in.incumbent
                             ? in.profile->business.vendorSetupFee.value
                             : 0.0;

    std::vector<double> rampExtra; // by month of operation
    if (in.ramp && !in.incumbent) {
        for (const RampStaffing &r : *in.ramp) {
            if (r.month < 1)
                continue;
            if (rampExtra.size() < std::size_t(r.month))
                rampExtra.resize(std::size_t(r.month), 0.0);
            rampExtra[std::size_t(r.month - 1)] = runRate(in, r.plan, view).total() - runTotal;
        }
    }

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
        if (month >= goLive) {
            addScaled(cost.horizon, cost.monthly, factor);
            value += runTotal * factor;
            const std::size_t k = std::size_t(month - goLive);
            if (k < rampExtra.size()) {
                cost.horizon.rampUp += rampExtra[k] * factor;
                value += rampExtra[k] * factor;
            }
        }
        if (month == exitMonth)
            value += exitTotal;
        if (month == 1)
            value += setUp;
        cost.monthlySeries.push_back(value);
    }
    cost.horizon.transition = transition + parallelRun;
    cost.horizon.exit = exitTotal;
    cost.horizon.fixed += setUp;
    cost.tco = cost.horizon.total();

    const double contacts = in.monthlyContacts * in.horizonMonths;
    cost.costPerContact = contacts > 0.0 ? cost.tco / contacts : 0.0;
    const double hours = productiveHours * in.horizonMonths;
    cost.costPerProductiveHour = hours > 0.0 ? cost.tco / hours : 0.0;
    return cost;
}

namespace {

double sumOf(const CostBreakdown &b, std::initializer_list<CostLine> lines)
{
    double total = 0.0;
    for (CostLine line : lines)
        total += b[line];
    return total;
}

std::vector<BridgeStep> savingBridge(const SiteCost &site, const SiteCost &reference)
{
    const CostBreakdown &r = reference.horizon;
    const CostBreakdown &s = site.horizon;
    const CostBreakdown &q = site.atReferenceProductivity;
    const auto pay = {CostLine::Labour, CostLine::Premiums, CostLine::VendorFees};
    const auto charges = {CostLine::Charges};
    const auto support = {CostLine::Supervision, CostLine::Seats, CostLine::Attrition};
    const auto staffed = {CostLine::Labour,   CostLine::Premiums,    CostLine::VendorFees,
                          CostLine::Charges,  CostLine::Supervision, CostLine::Seats,
                          CostLine::Attrition};
    std::vector<BridgeStep> steps{{"wage_gap", sumOf(r, pay) - sumOf(q, pay)},
                                  {"charges", sumOf(r, charges) - sumOf(q, charges)},
                                  {"support_and_seats", sumOf(r, support) - sumOf(q, support)},
                                  {"productivity", sumOf(q, staffed) - sumOf(s, staffed)}};
    for (CostLine line : {CostLine::RepeatContacts, CostLine::RampUp, CostLine::Governance,
                          CostLine::Travel, CostLine::Telecom, CostLine::QualityMonitoring,
                          CostLine::Fixed, CostLine::Transition, CostLine::Exit})
        steps.push_back({costLineKey(line), r[line] - s[line]});
    return steps;
}

} // namespace

SavingContext savingInContext(const SiteCost &site, const BusinessCase &business)
{
    SavingContext c;
    c.low = business.realisedSavingMin.value;
    c.high = business.realisedSavingMax.value;
    c.position = site.savingShare < c.low - 1e-12    ? SavingPosition::Below
                 : site.savingShare > c.high + 1e-12 ? SavingPosition::Above
                                                     : SavingPosition::Within;
    c.drivers = site.bridge;
    std::stable_sort(c.drivers.begin(), c.drivers.end(),
                     [](const BridgeStep &a, const BridgeStep &b) {
                         return std::abs(a.amount) > std::abs(b.amount);
                     });
    while (!c.drivers.empty() && std::abs(c.drivers.back().amount) < 0.005)
        c.drivers.pop_back();
    if (c.drivers.size() > 3)
        c.drivers.resize(3);
    return c;
}

void compareToOnshore(SiteCost &site, const SiteCost &onshore)
{
    site.bridge = savingBridge(site, onshore);
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
