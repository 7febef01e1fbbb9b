// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/criteria.h"
#include "escale/model/margin_decomposition.h"
#include "escale/model/methods.h"
#include "escale/model/scenario.h"
#include "escale/model/staffing.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace escale {

/**
 * The named lines of a site's cost, in the order they are reported. Recurring lines run every
 * month of service; one-off lines (transition, exit, the one-off part of fixed) happen once.
 */
enum class CostLine {
    Labour,
    Premiums,
    Charges,
    Supervision,
    Seats,
    Attrition,
    VendorFees,
    Governance,
    Travel,
    Telecom,
    QualityMonitoring,
    RepeatContacts,
    RampUp,
    Fixed,
    Transition,
    Exit
};
inline constexpr int CostLineCount = 16;

/**
 * Cost lines in EUR. In `SiteCost::monthly` they are the year-1 run rate per month at steady
 * state (no transition, ramp-up or exit); in `SiteCost::horizon` they are summed over the
 * contract term with escalators, one-offs included.
 */
struct CostBreakdown
{
    double labour = 0.0; ///< gross pay of agents incl. statutory bonuses (in-house)
    double premiums = 0.0; ///< night and Sunday premiums (both views)
    double charges = 0.0; ///< employer social charges on pay, bonuses and premiums (in-house)
    double supervision
        = 0.0; ///< support roles: team leaders, quality, trainers, planners (in-house)
    double seats = 0.0; ///< workstations and facility (in-house)
    double attrition = 0.0; ///< recruiting, training and nesting of replacements (in-house)
    double vendorFees = 0.0; ///< billed productive hours (vendor)
    double governance = 0.0; ///< the client's retained organisation managing the site
    double travel = 0.0; ///< visits to the site
    double telecom = 0.0; ///< site links, telephony per seat, voice routing from France
    double qualityMonitoring = 0.0; ///< the client's own reviews, audits, mystery shopping
    double repeatContacts = 0.0; ///< the extra contacts of the site's first-contact-resolution gap
    double rampUp = 0.0; ///< the longer handle times of a new team (horizon only)
    double fixed = 0.0; ///< site management (in-house), vendor minimum billing and set-up fee
    double transition = 0.0; ///< one-off move cost and parallel run (horizon only)
    double exit = 0.0; ///< closing the incumbent: severance, notice, lease, or exit fee

    double total() const
    {
        return labour + premiums + charges + supervision + seats + attrition + vendorFees
               + governance + travel + telecom + qualityMonitoring + repeatContacts + rampUp + fixed
               + transition + exit;
    }
    double &operator[](CostLine line);
    double operator[](CostLine line) const;
};

inline constexpr std::array<CostLine, CostLineCount> AllCostLines{
    CostLine::Labour, CostLine::Premiums,  CostLine::Charges,           CostLine::Supervision,
    CostLine::Seats,  CostLine::Attrition, CostLine::VendorFees,        CostLine::Governance,
    CostLine::Travel, CostLine::Telecom,   CostLine::QualityMonitoring, CostLine::RepeatContacts,
    CostLine::RampUp, CostLine::Fixed,     CostLine::Transition,        CostLine::Exit};

/** "labour", "premiums", ..., "quality_monitoring", "repeat_contacts", "ramp_up", "exit". */
const char *costLineKey(CostLine line);

/** One input of a cost line, with where its value comes from. */
struct LineInput
{
    std::string name; ///< e.g. "billed_rate_per_hour"
    double value = 0.0;
    std::string unit; ///< "EUR/h", "share", "FTE", ...
    Provenance provenance;
};

/** What a cost line is made of: its formula and its inputs, for tooltips and the report. */
struct LineDetail
{
    CostLine line = CostLine::Labour;
    std::string formula;
    std::vector<LineInput> inputs;
};

/**
 * One step of the saving bridge: how much of the saving against the reference site one group
 * of lines brings (positive adds to the saving, negative eats into it). The steps add up to
 * savingVsOnshore exactly.
 */
struct BridgeStep
{
    std::string key; ///< "wage_gap", "charges", "support_and_seats", "productivity", ...
    double amount = 0.0; ///< EUR over the horizon
};

/** Where a computed saving share stands against what practice reports. */
enum class SavingPosition { Below, Within, Above };

/** One site's cost over the contract term under one cost view. */
struct SiteCost
{
    CostView view = CostView::Vendor;
    CostBreakdown monthly;
    CostBreakdown horizon;
    std::vector<double> monthlySeries; ///< cost of month 1..horizon, transition included
    double tco = 0.0; ///< total cost of ownership over the horizon
    double costPerContact = 0.0;
    double costPerProductiveHour = 0.0;
    double savingVsOnshore = 0.0; ///< onshore TCO - this TCO (positive = cheaper)
    double savingShare = 0.0; ///< savingVsOnshore / onshore TCO
    std::optional<int>
        breakEvenMonth; ///< first month from which cumulative cost stays below onshore
    std::vector<LineDetail> details; ///< formula and inputs of each line that is not zero
    /**
     * The horizon lines of the same site priced at the reference productivity (AHT multiplier
     * 1, no repeat contacts, no ramp-up): what separates the wage gap from productivity.
     */
    CostBreakdown atReferenceProductivity;
    /**
     * The saving against the reference (onshore) site, step by step, from the wage gap to the
     * net saving (compareToOnshore): wage_gap, charges, support_and_seats, productivity,
     * repeat_contacts, ramp_up, governance, travel, telecom, quality_monitoring, fixed,
     * transition, exit. Empty for the reference site.
     */
    std::vector<BridgeStep> bridge;
};

/** How well a site covers the client's opening hours, in the site's local time. */
struct CoverageDetail
{
    double score = 1.0; ///< volume-weighted availability, 0..1 (the coverage criterion)
    double nightShare = 0.0; ///< share of scheduled hours in the local night band
    double sundayShare = 0.0; ///< share of scheduled hours on a local Sunday
    double shiftWinterHours = 0.0; ///< local time minus client time while Paris is on winter time
    double shiftSummerHours = 0.0;
};

enum class ExclusionReason {
    LanguageBelowMinimum,
    RiskAboveMaximum,
    CapacityExceeded,
    CoverageBelowMinimum
};

/** A hard constraint a site fails: its value and the limit. */
struct Exclusion
{
    ExclusionReason reason = ExclusionReason::CapacityExceeded;
    double value = 0.0;
    double limit = 0.0;
};

struct SiteEvaluation
{
    std::string id;
    std::string name;
    bool onshore = false;

    StaffingPlan staffing;
    double fte = 0.0; ///< agent full-time equivalents at the site's contract hours
    double supportFte = 0.0; ///< support roles (in-house view)
    double seats = 0.0;
    double productiveHoursPerMonth = 0.0;

    SiteCost inHouse;
    SiteCost vendor;

    double languageFit = 0.0;
    double sectorShare = 0.0;
    double quality = 0.0;
    double risk = 0.0;
    CoverageDetail coverage;

    std::array<double, CriterionCount> raw{}; ///< raw metric per criterion (see criteria.h)
    std::array<double, CriterionCount> utility{}; ///< 0..1, 1 best

    std::vector<Exclusion> exclusions;
    double score = 0.0; ///< the method's score (higher is better); 0 when excluded
    int rank = 0; ///< 1 is best; 0 when excluded

    bool excluded() const { return !exclusions.empty(); }
    const SiteCost &cost(CostView view) const
    {
        return view == CostView::Vendor ? vendor : inHouse;
    }
};

enum class Verdict { Onshore, Offshore, Split, NoEligibleSite };

/** One criterion's share of the score difference between the winner and the runner-up. */
struct Contribution
{
    Criterion criterion = Criterion::Cost;
    double weight = 0.0;
    double winnerUtility = 0.0;
    double runnerUpUtility = 0.0;
    /**
     * weight x (winner - runner-up) utility: the weighted-sum reading of the gap, whatever the
     * method; positive favours the winner. It adds up to the margin under WSM only.
     */
    double contribution = 0.0;
    /**
     * This criterion's part of Recommendation::margin, in the method's score unit, by
     * Recommendation::decomposition: the parts of all criteria add up to the margin under
     * every method (equal to `contribution` under WSM without normalisation).
     */
    double marginContribution = 0.0;
};

/**
 * When the best site lacks capacity: how the work splits between it and the next one. Each
 * part is staffed and priced on its own share of every channel's volume (evaluateSite with a
 * volume scale), so the figures are the split's own, not the full-volume site's.
 */
struct SplitPlan
{
    int primary = -1; ///< site index
    int secondary = -1;
    double primaryShare = 0.0; ///< share of the volume the primary site can absorb
    double primaryFte = 0.0;
    double secondaryFte = 0.0;
    double tco = 0.0; ///< both parts, chosen cost view (= cost.tco)
    double primaryTco = 0.0; ///< the primary part alone, chosen cost view
    double secondaryTco = 0.0; ///< the secondary part alone, chosen cost view
    /**
     * Both parts together in the chosen view: breakdowns and monthly series summed, and the
     * saving, its share and the break-even month against the onshore site's full-volume cost
     * (compareToOnshore); those three stay 0 / empty when `onshore` is -1.
     */
    SiteCost cost;
    int onshore = -1; ///< site index of the onshore site the saving is measured against, or -1

    double secondaryShare() const { return 1.0 - primaryShare; }
};

/** One method on the compared sites (Recommendation::sites). */
struct MethodOutcome
{
    mcda::MethodSpec method;
    int winner = -1; ///< site index
    std::vector<int> ranks; ///< per site, 0 when not compared
    mcda::Ranking ranking; ///< the method's full result, rows as Recommendation::sites
};

struct Recommendation
{
    Verdict verdict = Verdict::NoEligibleSite;
    int best = -1; ///< site index
    int runnerUp = -1; ///< site index, -1 when a single site is eligible
    double margin = 0.0; ///< score(best) - score(runner-up), in the method's score unit
    double marginShare = 0.0; ///< margin / score(best)
    /**
     * The method's score of `best` and of `runnerUp` among the compared sites (`ranking`). For
     * a split the best site is excluded from ranking alone (its SiteEvaluation::score is 0),
     * so these are the figures to print next to the margin.
     */
    double bestScore = 0.0;
    double runnerUpScore = 0.0;
    std::vector<Contribution> contributions; ///< by decreasing |contribution|
    /** How Contribution::marginContribution splits the margin (from the method). */
    mcda::MarginDecomposition decomposition = mcda::MarginDecomposition::WeightedSum;
    std::optional<SplitPlan> split;
    mcda::MethodSpec method;
    /**
     * The sites the recommendation compared, one per row of `problem`, in scenario order: the
     * eligible sites, plus, for a split, the sites excluded only for capacity.
     */
    std::vector<int> sites;
    mcda::Problem problem; ///< their utilities (utilityProblem)
    mcda::Ranking ranking; ///< the scenario's method on `problem`
    std::vector<MethodOutcome> methods; ///< WSM, TOPSIS, VIKOR, PROMETHEE II on `problem`
    bool methodsAgree = true;
};

struct Evaluation
{
    std::vector<SiteEvaluation> sites; ///< in scenario order
    Weights weights; ///< normalised
    CostView view = CostView::Vendor;
    double monthlyContacts = 0.0;
    Recommendation recommendation;

    /** The utilities of the sites the recommendation compared (all criteria benefit). */
    const mcda::Problem &problem() const { return recommendation.problem; }
    /** Site index of each row of problem(). */
    const std::vector<int> &compared() const { return recommendation.sites; }
    /** Site indices of the sites no hard constraint excludes, in scenario order. */
    std::vector<int> eligible() const;
};

/** Staffs, prices, scores and ranks every destination of the scenario. */
Evaluation evaluate(const Scenario &scenario);

/**
 * Re-scores an evaluation for new weights or a new method without re-staffing or re-pricing
 * (what a weight slider needs). `scenario` must be the one `previous` was computed from, or
 * differ from it only where rescoreSuffices() allows.
 */
Evaluation rescore(const Evaluation &previous, const Scenario &scenario);

/**
 * True when `after` differs from `before` only in what rescore() handles: the weights, the
 * method, the hard constraints, the cost view (both views are always priced) and the
 * descriptive fields (name, client, description). Anything else (destinations, workload,
 * horizon, cost assumptions, exchange rates, incumbent) needs evaluate().
 */
bool rescoreSuffices(const Scenario &before, const Scenario &after);

const char *verdictKey(Verdict verdict); ///< "onshore", "offshore", "split", "none"
const char *exclusionKey(ExclusionReason reason); ///< "language", "risk", "capacity", "coverage"
const char *costViewKey(CostView view); ///< "vendor", "inhouse"

} // namespace escale
