// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/provenance.h"
#include "escale/model/workload.h"

#include <string>
#include <vector>

namespace escale {

/**
 * A destination's figures for the cost lines beyond pay: where the site is, what it costs to
 * reach, link and run it, and how often its customers call back.
 */
struct SiteFigures
{
    /** Paid time off the floor (leave, public holidays, training), 0..0.9. */
    Figure shrinkage{DefaultShrinkage, {"Escale's default shrinkage", "", true, ""}, {}, {}};
    Figure travelCostPerTrip; ///< EUR, one person, return trip from Paris with stay
    Figure telecomSitePerMonth; ///< EUR, the site's links and telephony platform (both views)
    Figure telecomPerSeatPerMonth; ///< EUR per seat, telephony licence (in-house view)
    Figure voiceRoutingPerMinute; ///< EUR per voice minute carried from France to the site
    Figure repeatRate; ///< extra contacts per contact against the onshore reference (FCR gap)
    Figure siteFixedPerMonth; ///< EUR, site management and local entity (in-house view)
    Figure vendorSetupFee; ///< EUR one-off to open a dedicated programme (vendor view)
    Figure vendorMinimumFte; ///< smallest dedicated team a vendor bills (vendor view)

    bool operator==(const SiteFigures &) const = default;
};

/** Month of operation of a new team and its handle-time factor on the site's steady multiplier. */
struct RampPoint
{
    int month = 1;
    double ahtFactor = 1.0;

    bool operator==(const RampPoint &) const = default;
};

/** Who serves the work today, which decides what leaving costs. */
enum class IncumbentMode {
    InHouse, ///< the client's own French team: severance, notice, social plan, lease
    Vendor ///< an outsourcer whose contract ends: an exit fee
};

/**
 * The client-side inputs of the business case, the same for every site: defaults in
 * data/business_case.yaml, overridden by the scenario's `business_case` section.
 */
struct BusinessCase
{
    Figure governanceFtePerAgent; ///< client's retained FTE per site agent FTE
    Figure governancePayMultiple; ///< their loaded cost / the incumbent's loaded agent pay
    Figure visitsPerYear; ///< person-trips per year to a site not the client's own
    Figure reviewedShare; ///< share of contacts the client reviews itself
    Figure costPerReview; ///< EUR per reviewed contact
    Figure qualityFixedPerMonth; ///< EUR per site per month (mystery shopping, audits)
    std::vector<RampPoint> rampUp; ///< by month of operation, months increasing
    Provenance rampProvenance;
    IncumbentMode incumbentMode = IncumbentMode::InHouse;
    Figure seniorityYears; ///< average seniority of the incumbent's agents
    Figure noticeMonths; ///< notice paid, not worked
    Figure socialPlanPerEmployee; ///< EUR, the measures of a French social plan (PSE)
    Figure leaseExitMonths; ///< months of the incumbent's facility cost to end its lease
    Figure contractExitFeeMonths; ///< months of the incumbent vendor's invoice
    Figure realisedSavingMin; ///< the saving practice reports, low end (0.30)
    Figure realisedSavingMax; ///< high end (0.40)
    std::vector<std::string> realisedSources;

    bool operator==(const BusinessCase &) const = default;

    /**
     * Handle-time factor in month `monthOfOperation` (1 = first month): the first point's
     * factor before it, linear between points, 1 after the last point.
     */
    double rampFactor(int monthOfOperation) const;
};

/**
 * Legal severance of one employee under the French Labour Code (R1234-2): a quarter of a month
 * of the reference pay per year of service up to ten years, a third beyond.
 */
double frenchLegalSeverance(double monthlyReferencePay, double seniorityYears);

/** A French employer must present a social plan (PSE) from this many dismissals in 30 days. */
inline constexpr int SocialPlanThreshold = 10;

} // namespace escale
