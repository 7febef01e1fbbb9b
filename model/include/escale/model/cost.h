// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/business_case.h"
#include "escale/model/destination.h"
#include "escale/model/evaluation.h"
#include "escale/model/exchange_rates.h"
#include "escale/model/scenario.h"
#include "escale/model/staffing.h"

namespace escale {

/** The staffing of one month of a new team's ramp-up (month of operation, 1 = first). */
struct RampStaffing
{
    int month = 1;
    StaffingPlan plan;
};

/** What closing the incumbent costs, paid once when the new site takes over. */
struct ExitCost
{
    double heads = 0.0; ///< agent and support FTE leaving
    double severance = 0.0; ///< French legal severance, R1234-2
    double notice = 0.0; ///< notice paid, not worked, at loaded pay
    double socialPlan = 0.0; ///< PSE measures, from SocialPlanThreshold dismissals
    double lease = 0.0; ///< months of facility cost to end the lease
    double contractFee = 0.0; ///< when the incumbent is a vendor

    double total() const { return severance + notice + socialPlan + lease + contractFee; }
};

/**
 * Inputs of the cost model for one site. All money is converted to EUR.
 *
 * In-house view, per month in year 1 (W = typical gross monthly wage, b = bonus months per year,
 * c = employer charge rate, FTE = scheduled weekly hours / contract weekly hours):
 *   labour      = FTE · W · (1 + b/12)
 *   premiums    = FTE · W · (nightShare · nightPremium + sundayShare · sundayPremium)
 *   charges     = (labour + premiums) · c
 *   supervision = Σ_roles FTE / agentsPerRole · payMultiple · W · (1 + b/12) · (1 + c)
 *   seats       = (ceil(peak on-floor agents · (1 + spare)) + ceil(support FTE)) · seat cost
 *   attrition   = FTE · attrition / 12 · (recruiting + (training weeks + nesting weeks · loss)
 *                 · weekly loaded pay), weekly loaded pay = W · (1 + b/12) · (1 + c) · 12/52
 *   telecom     = site links + per-seat telephony · seats + voice routing · voice minutes
 *   fixed       = site management and local entity per month
 * Vendor view:
 *   vendorFees  = billed rate · productive hours (on-floor agent hours)
 *   premiums    = vendorFees · (nightShare · nightPremium + sundayShare · sundayPremium) · s,
 *                 s = labour · (1 + c) / (labour · (1 + c) + supervision + seats + attrition),
 *                 the in-house lines of the same site: the premium applies to the part of the
 *                 rate that pays the agents only
 *   telecom     = site links + voice routing · voice minutes
 *   fixed       = billed rate · max(0, minimum FTE · productive hours per FTE - productive
 *                 hours) (minimum billing), plus the set-up fee once in month 1
 * Both views, except the client's own onshore in-house site:
 *   governance  = governance FTE per agent · FTE · pay multiple · the reference loaded pay
 *   travel      = visits per year · cost per trip / 12
 *   quality     = reviewed share · contacts · cost per review + fixed quality cost
 * Repeat contacts: the site handles volume · (1 + repeat rate); the line is the run rate at that
 *   volume less the run rate at the scenario's volume (every line above moves with it).
 * Ramp-up: in month k of operation a new site's handle time is the steady one · rampFactor(k);
 *   the line is that month's run rate less the steady run rate, summed over the ramp months.
 * Month m costs run-rate · (1 + g)^floor((m-1)/12), g = (1 + wage inflation)(1 + FX drift) - 1.
 * Transition, for any site other than the incumbent: a one-off of transitionMonths · year-1 run
 *   rate (knowledge transfer, recruiting waves, training, IT), spread evenly over the first
 *   T = ceil(transitionMonths) months. When the work runs at an incumbent site today, the new
 *   site takes over only after those T months: meanwhile the incumbent keeps serving at its own
 *   cost (the parallel run), which is counted in `transition` too, and the exit cost is paid in
 *   month T (month 1 without transition). Without an incumbent the new site serves from month 1
 *   and the set-up cost comes on top.
 */
struct CostInputs
{
    const DestinationProfile *profile = nullptr;
    const StaffingPlan *staffing = nullptr; ///< steady state: volume · (1 + repeat rate)
    const StaffingPlan *withoutRepeats = nullptr; ///< the scenario's volume; null: no repeats
    const std::vector<RampStaffing> *ramp = nullptr; ///< null or empty: no ramp-up
    CoverageDetail coverage;
    CostAssumptions assumptions;
    const BusinessCase *business = nullptr; ///< null: no client-side lines
    const ExchangeRates *rates = nullptr;
    int horizonMonths = 36;
    bool incumbent = false; ///< no transition, ramp-up or exit cost
    double monthlyContacts = 0.0; ///< the scenario's contacts (repeats not counted)
    double voiceMinutesPerMonth = 0.0; ///< voice minutes carried to the site
    double referenceLoadedPay = 0.0; ///< EUR per month: the incumbent's (or onshore) agent
    ExitCost exit; ///< paid when this site replaces the incumbent
    /** The incumbent's cost in the same view, when the work runs elsewhere today. */
    const SiteCost *parallelRun = nullptr;
};

/** Prices one site under one view. Saving and break-even are left empty (see compareToOnshore). */
SiteCost priceSite(const CostInputs &inputs, CostView view);

/** The formula and sourced inputs of each line the view prices (cost_details.cpp). */
std::vector<LineDetail> describeLines(const CostInputs &inputs, CostView view);

/**
 * What the cost lines of one site are priced on, computed once (sizeSite) for the evaluation
 * and the cost model alike.
 */
struct SiteSizing
{
    double agentFte = 0.0; ///< scheduled weekly hours / the site's contract weekly hours
    double supportFte = 0.0; ///< Σ_roles agentFte / agentsPerRole
    double seats = 0.0; ///< ceil(peak on-floor agents · (1 + spare)) + ceil(support FTE)
    double productiveHoursPerMonth = 0.0; ///< on-floor agent hours per week · 52/12
};

SiteSizing sizeSite(const StaffingPlan &plan, const DestinationProfile &profile,
                    const CostAssumptions &assumptions);

/** Agent FTE of a plan at the profile's contract hours. */
double agentFte(const StaffingPlan &plan, const DestinationProfile &profile);

/** Support-role FTE for `agentFte` agents. */
double supportFte(double agentFte, const CostAssumptions &assumptions);

/**
 * Workstations: the peak on-floor agents plus the spare ratio, rounded up, plus one per
 * support FTE, rounded up (a fraction within 1e-9 of an integer counts as that integer).
 */
double seatCount(double peakAgents, double supportFte, const CostAssumptions &assumptions);

/** Productive (on-floor) agent hours per month: weekly agent hours · 52/12. */
double productiveHoursPerMonth(const StaffingPlan &plan);

/** Gross monthly pay with bonuses, W · (1 + b/12), in EUR. */
double monthlyPayEur(const DestinationProfile &profile, const ExchangeRates &rates);

/** Loaded monthly pay of an agent, W · (1 + b/12) · (1 + c), in EUR. */
double loadedPayEur(const DestinationProfile &profile, const ExchangeRates &rates);

/**
 * The cost of closing the incumbent. In-house: every agent and support FTE gets the French
 * legal severance on W · (1 + b/12) (support roles at their pay multiple), the notice months at
 * loaded pay, a social plan per head from SocialPlanThreshold heads (a company of 50 or more is
 * assumed), and leaseExitMonths of its seat cost. Vendor: contractExitFeeMonths of its invoice.
 */
ExitCost exitCost(const BusinessCase &business, const DestinationProfile &incumbent,
                  const SiteSizing &size, const CostAssumptions &assumptions,
                  const SiteCost &inHouse, const SiteCost &vendor, const ExchangeRates &rates);

/**
 * Fills savingVsOnshore, savingShare, breakEvenMonth and the saving bridge of `site` against
 * `onshore`. With R the reference's horizon lines, S the site's and Q the site's at reference
 * productivity:
 *   wage_gap          = R - Q on labour + premiums + vendor fees (pay at equal productivity)
 *   charges           = R - Q on charges
 *   support_and_seats = R - Q on supervision + seats + attrition
 *   productivity      = Q - S on those five lines (the site's handle time)
 *   every other step  = R - S on its own line
 * so the steps add up to R.total() - S.total() = the saving.
 */
void compareToOnshore(SiteCost &site, const SiteCost &onshore);

/** A computed saving share against the realised range of practice (business.realisedSaving*). */
struct SavingContext
{
    SavingPosition position = SavingPosition::Within;
    double low = 0.0;
    double high = 0.0;
    /** The bridge steps that move the saving most, by decreasing |amount| (at most three). */
    std::vector<BridgeStep> drivers;
};

SavingContext savingInContext(const SiteCost &site, const BusinessCase &business);

/** Yearly cost escalator g of a profile. */
double yearlyEscalator(const DestinationProfile &profile);

} // namespace escale
