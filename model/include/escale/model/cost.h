// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/destination.h"
#include "escale/model/evaluation.h"
#include "escale/model/exchange_rates.h"
#include "escale/model/scenario.h"
#include "escale/model/staffing.h"

namespace escale {

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
 * Vendor view: vendorFees = billed rate · productive hours, premiums = vendorFees ·
 *   (nightShare · nightPremium + sundayShare · sundayPremium); productive hours are the on-floor
 *   agent hours (scheduled hours less shrinkage).
 * Both views: month m costs run-rate · (1 + g)^floor((m-1)/12), with the yearly escalator
 *   g = (1 + wage inflation)(1 + FX drift) - 1.
 * Transition, for any site other than the incumbent: a one-off of transitionMonths · year-1 run
 *   rate (knowledge transfer, recruiting waves, training, IT), spread evenly over the first
 *   T = ceil(transitionMonths) months. When the work runs at an incumbent site today, the new
 *   site takes over only after those T months: meanwhile the incumbent keeps serving at its own
 *   cost (the parallel run), which is counted in `transition` too. Without an incumbent the new
 *   site serves from month 1 and the set-up cost comes on top.
 */
struct CostInputs
{
    const DestinationProfile *profile = nullptr;
    const StaffingPlan *staffing = nullptr;
    CoverageDetail coverage;
    CostAssumptions assumptions;
    const ExchangeRates *rates = nullptr;
    int horizonMonths = 36;
    bool incumbent = false; ///< no transition cost
    double monthlyContacts = 0.0;
    /** The incumbent's cost in the same view, when the work runs elsewhere today. */
    const SiteCost *parallelRun = nullptr;
};

/** Prices one site under one view. Saving and break-even are left empty (see compareToOnshore). */
SiteCost priceSite(const CostInputs &inputs, CostView view);

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

/** Fills savingVsOnshore, savingShare and breakEvenMonth of `site` against `onshore`. */
void compareToOnshore(SiteCost &site, const SiteCost &onshore);

/** Yearly cost escalator g of a profile. */
double yearlyEscalator(const DestinationProfile &profile);

} // namespace escale
