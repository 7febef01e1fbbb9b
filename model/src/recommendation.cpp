// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/recommendation.h"

#include "escale/model/cost.h"
#include "escale/model/scoring.h"

#include <algorithm>
#include <cmath>

namespace escale {

namespace {

struct RankedSet
{
    std::vector<int> sites; ///< site index per problem row
    mcda::Problem problem;
    mcda::Ranking ranking;
};

RankedSet rankSet(const Evaluation &evaluation, std::vector<int> sites,
                  const mcda::MethodSpec &method)
{
    RankedSet set;
    set.sites = std::move(sites);
    std::vector<const SiteEvaluation *> rows;
    for (int i : set.sites)
        rows.push_back(&evaluation.sites[std::size_t(i)]);
    set.problem = utilityProblem(rows, evaluation.weights);
    set.ranking = mcda::rank(set.problem, method);
    return set;
}

/** Records the compared set in the recommendation (the one place it is ranked). */
void keepSet(Recommendation &rec, RankedSet set)
{
    rec.sites = std::move(set.sites);
    rec.problem = std::move(set.problem);
    rec.ranking = std::move(set.ranking);
}

/** Problem rows ordered best first (by rank, then input order). */
std::vector<int> rowsByRank(const mcda::Ranking &ranking)
{
    std::vector<int> rows(ranking.ranks.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return ranking.ranks[std::size_t(a)] < ranking.ranks[std::size_t(b)];
    });
    return rows;
}

void describeWinner(Recommendation &rec, const RankedSet &set)
{
    const std::vector<int> order = rowsByRank(set.ranking);
    const int bestRow = order.front();
    rec.best = set.sites[std::size_t(bestRow)];
    rec.bestScore = set.ranking.scores(bestRow);
    rec.runnerUpScore = 0.0;
    rec.contributions.clear();
    rec.decomposition = mcda::decompositionFor(rec.method.method);
    if (order.size() < 2) {
        rec.runnerUp = -1;
        rec.margin = 0.0;
        rec.marginShare = 0.0;
        return;
    }
    const int runnerRow = order[1];
    rec.runnerUp = set.sites[std::size_t(runnerRow)];
    const double best = set.ranking.scores(bestRow);
    const double runner = set.ranking.scores(runnerRow);
    rec.bestScore = best;
    rec.runnerUpScore = runner;
    rec.margin = best - runner;
    rec.marginShare = std::abs(best) > 1e-12 ? rec.margin / std::abs(best) : 0.0;

    // The method's own margin, split over the criteria: exact additive parts for WSM and
    // PROMETHEE II (whose net flow is a weighted sum of per-criterion net flows), Shapley values
    // for TOPSIS, VIKOR and WPM. Shapley rather than only labelling the weighted-sum reading:
    // the parts then add up to the margin the verdict states under every method, and with six
    // criteria the exact values take 64 evaluations of the method on the compared sites.
    const Eigen::VectorXd parts = mcda::marginParts(set.problem, rec.method, bestRow, runnerRow);
    for (Eigen::Index c = 0; c < set.problem.criterionCount(); ++c) {
        Contribution contribution;
        contribution.criterion = AllCriteria[std::size_t(c)];
        contribution.weight = set.problem.criteria[std::size_t(c)].weight;
        contribution.winnerUtility = set.problem.values(bestRow, c);
        contribution.runnerUpUtility = set.problem.values(runnerRow, c);
        contribution.contribution = contribution.weight
                                    * (contribution.winnerUtility - contribution.runnerUpUtility);
        contribution.marginContribution = parts[c];
        rec.contributions.push_back(contribution);
    }
    std::stable_sort(rec.contributions.begin(), rec.contributions.end(),
                     [](const Contribution &a, const Contribution &b) {
                         return std::abs(a.contribution) > std::abs(b.contribution);
                     });
}

void compareMethods(Recommendation &rec, const RankedSet &set, std::size_t siteCount)
{
    rec.methods.clear();
    for (const mcda::MethodSpec &spec : comparisonMethods()) {
        const mcda::Ranking ranking = mcda::rank(set.problem, spec);
        MethodOutcome outcome;
        outcome.method = spec;
        outcome.winner = set.sites[std::size_t(ranking.best())];
        outcome.ranks.assign(siteCount, 0);
        for (std::size_t r = 0; r < set.sites.size(); ++r)
            outcome.ranks[std::size_t(set.sites[r])] = ranking.ranks[r];
        outcome.ranking = ranking;
        rec.methods.push_back(std::move(outcome));
    }
    rec.methodsAgree = std::all_of(rec.methods.begin(), rec.methods.end(),
                                   [&](const MethodOutcome &m) { return m.winner == rec.best; });
}

const DestinationProfile &profileOf(const Scenario &scenario, const SiteEvaluation &site)
{
    for (const DestinationProfile &p : scenario.destinations) {
        if (p.id == site.id)
            return p;
    }
    return scenario.destinations.front();
}

/** Largest volume share the site can take within the sector-share limit. */
SiteEvaluation capacityLimitedPart(const Scenario &scenario, const DestinationProfile &profile,
                                   const SiteEvaluation &full, double &share)
{
    const double limitFte = scenario.constraints.maxSectorShare * profile.sectorJobs.value;
    share = std::clamp(limitFte / full.fte, 0.0, 1.0);
    SiteEvaluation part = evaluateSite(scenario, profile, share);
    // Staffing is not linear in volume (economies of scale): correct the share a few times.
    for (int step = 0; step < 4 && part.fte > 0.0; ++step) {
        const double ratio = limitFte / part.fte;
        if (ratio >= 1.0 && ratio < 1.01)
            break;
        share = std::clamp(share * ratio * (ratio < 1.0 ? 0.999 : 1.0), 0.0, 1.0);
        part = evaluateSite(scenario, profile, share);
    }
    while (part.fte > limitFte && share > 0.0) {
        share *= 0.98;
        part = evaluateSite(scenario, profile, share);
    }
    return part;
}

void addBreakdown(CostBreakdown &sum, const CostBreakdown &part)
{
    for (CostLine line : AllCostLines)
        sum[line] += part[line];
}

/**
 * The two parts of a split as one cost: breakdowns and monthly series summed, the unit costs
 * over the whole volume and both parts' productive hours, and the saving and break-even
 * against the onshore site's full-volume cost when there is one.
 */
SiteCost splitCost(const Evaluation &evaluation, const Scenario &scenario,
                   const SiteEvaluation &primary, const SiteEvaluation &secondary, int &onshore)
{
    const CostView view = scenario.cost.view;
    const SiteCost &a = primary.cost(view);
    const SiteCost &b = secondary.cost(view);
    SiteCost cost;
    cost.view = view;
    addBreakdown(cost.monthly, a.monthly);
    addBreakdown(cost.monthly, b.monthly);
    addBreakdown(cost.horizon, a.horizon);
    addBreakdown(cost.horizon, b.horizon);
    addBreakdown(cost.atReferenceProductivity, a.atReferenceProductivity);
    addBreakdown(cost.atReferenceProductivity, b.atReferenceProductivity);
    cost.monthlySeries.assign(std::max(a.monthlySeries.size(), b.monthlySeries.size()), 0.0);
    for (std::size_t m = 0; m < a.monthlySeries.size(); ++m)
        cost.monthlySeries[m] += a.monthlySeries[m];
    for (std::size_t m = 0; m < b.monthlySeries.size(); ++m)
        cost.monthlySeries[m] += b.monthlySeries[m];
    cost.tco = a.tco + b.tco;
    const double contacts = evaluation.monthlyContacts * scenario.horizonMonths;
    cost.costPerContact = contacts > 0.0 ? cost.tco / contacts : 0.0;
    const double hours = (primary.productiveHoursPerMonth + secondary.productiveHoursPerMonth)
                         * scenario.horizonMonths;
    cost.costPerProductiveHour = hours > 0.0 ? cost.tco / hours : 0.0;

    onshore = -1;
    for (std::size_t i = 0; i < evaluation.sites.size(); ++i) {
        if (evaluation.sites[i].onshore) {
            onshore = int(i);
            compareToOnshore(cost, evaluation.sites[i].cost(view));
            break;
        }
    }
    return cost;
}

bool planSplit(Recommendation &rec, const Evaluation &evaluation, const Scenario &scenario,
               const RankedSet &set)
{
    const std::vector<int> order = rowsByRank(set.ranking);
    const SiteEvaluation &primary = evaluation.sites[std::size_t(set.sites[std::size_t(order[0])])];
    if (primary.fte <= 0.0)
        return false;

    double share = 0.0;
    const SiteEvaluation primaryPart = capacityLimitedPart(scenario, profileOf(scenario, primary),
                                                           primary, share);
    if (share <= 0.0)
        return false;

    for (std::size_t k = 1; k < order.size(); ++k) {
        const int candidate = set.sites[std::size_t(order[k])];
        const SiteEvaluation &site = evaluation.sites[std::size_t(candidate)];
        const SiteEvaluation rest = evaluateSite(scenario, profileOf(scenario, site), 1.0 - share);
        if (!(rest.sectorShare <= scenario.constraints.maxSectorShare))
            continue;
        SplitPlan plan;
        plan.primary = set.sites[std::size_t(order[0])];
        plan.secondary = candidate;
        plan.primaryShare = share;
        plan.primaryFte = primaryPart.fte;
        plan.secondaryFte = rest.fte;
        plan.primaryTco = primaryPart.cost(scenario.cost.view).tco;
        plan.secondaryTco = rest.cost(scenario.cost.view).tco;
        plan.cost = splitCost(evaluation, scenario, primaryPart, rest, plan.onshore);
        plan.tco = plan.cost.tco;
        rec.split = plan;
        return true;
    }
    return false;
}

} // namespace

std::vector<Contribution> byMarginContribution(const Recommendation &recommendation)
{
    std::vector<Contribution> sorted = recommendation.contributions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Contribution &a, const Contribution &b) {
                         return std::abs(a.marginContribution) > std::abs(b.marginContribution);
                     });
    return sorted;
}

std::vector<mcda::MethodSpec> comparisonMethods()
{
    using mcda::Method;
    using mcda::Normalization;
    return {{Method::Wsm, Normalization::None, mcda::VikorDefaultV},
            {Method::Topsis, Normalization::Vector, mcda::VikorDefaultV},
            {Method::Vikor, Normalization::None, mcda::VikorDefaultV},
            {Method::Promethee2, Normalization::None, mcda::VikorDefaultV}};
}

Recommendation recommend(const Evaluation &evaluation, const Scenario &scenario)
{
    Recommendation rec;
    rec.method = scenario.method;
    const std::vector<int> eligible = evaluation.eligible();

    std::vector<int> blocked;
    for (std::size_t i = 0; i < evaluation.sites.size(); ++i) {
        const std::vector<Exclusion> &ex = evaluation.sites[i].exclusions;
        if (ex.size() == 1 && ex.front().reason == ExclusionReason::CapacityExceeded)
            blocked.push_back(int(i));
    }

    if (!blocked.empty()) {
        std::vector<int> extended = eligible;
        extended.insert(extended.end(), blocked.begin(), blocked.end());
        std::sort(extended.begin(), extended.end());
        const RankedSet set = rankSet(evaluation, extended, scenario.method);
        const int top = set.sites[std::size_t(set.ranking.best())];
        const bool topBlocked = std::find(blocked.begin(), blocked.end(), top) != blocked.end();
        if (topBlocked && planSplit(rec, evaluation, scenario, set)) {
            rec.verdict = Verdict::Split;
            describeWinner(rec, set);
            compareMethods(rec, set, evaluation.sites.size());
            keepSet(rec, set);
            return rec;
        }
    }

    if (eligible.empty()) {
        rec.verdict = Verdict::NoEligibleSite;
        return rec;
    }
    const RankedSet set = rankSet(evaluation, eligible, scenario.method);
    describeWinner(rec, set);
    rec.verdict = evaluation.sites[std::size_t(rec.best)].onshore ? Verdict::Onshore
                                                                  : Verdict::Offshore;
    compareMethods(rec, set, evaluation.sites.size());
    keepSet(rec, set);
    return rec;
}

} // namespace escale
