// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/scoring.h"

#include "escale/model/errors.h"
#include "escale/model/recommendation.h"
#include "escale/model/site_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace escale {

namespace {

const LanguageSkill *french(const DestinationProfile &profile)
{
    return profile.language("fr");
}

} // namespace

void applyCriteria(SiteEvaluation &site, const Scenario &scenario)
{
    const DestinationProfile *profile = nullptr;
    for (const DestinationProfile &p : scenario.destinations) {
        if (p.id == site.id)
            profile = &p;
    }
    if (!profile)
        throw InputError("destinations", "no profile for site '" + site.id + "'");

    const Constraints &limits = scenario.constraints;
    site.raw[index(Criterion::Cost)] = site.cost(scenario.cost.view).tco;
    site.raw[index(Criterion::Language)] = site.languageFit;
    site.raw[index(Criterion::Quality)] = site.quality;
    site.raw[index(Criterion::Capacity)] = site.sectorShare;
    site.raw[index(Criterion::Coverage)] = site.coverage.score;
    site.raw[index(Criterion::Risk)] = site.risk;

    site.utility[index(Criterion::Cost)] = 0.0; // relative to the compared set: utilityProblem()
    site.utility[index(Criterion::Language)] = std::clamp(site.languageFit, 0.0, 1.0);
    site.utility[index(Criterion::Quality)] = std::clamp(site.quality, 0.0, 1.0);
    site.utility[index(Criterion::Capacity)]
        = limits.maxSectorShare > 0.0 && std::isfinite(site.sectorShare)
              ? std::clamp(1.0 - site.sectorShare / limits.maxSectorShare, 0.0, 1.0)
              : 0.0;
    site.utility[index(Criterion::Coverage)] = std::clamp(site.coverage.score, 0.0, 1.0);
    site.utility[index(Criterion::Risk)] = riskUtility(site.risk);

    site.exclusions.clear();
    if (limits.minFrenchFullShare) {
        const LanguageSkill *fr = french(*profile);
        const double share = fr ? fr->fullShare.value : 0.0;
        if (share < *limits.minFrenchFullShare)
            site.exclusions.push_back(
                {ExclusionReason::LanguageBelowMinimum, share, *limits.minFrenchFullShare});
    }
    if (limits.maxRisk && site.risk > *limits.maxRisk)
        site.exclusions.push_back({ExclusionReason::RiskAboveMaximum, site.risk, *limits.maxRisk});
    if (!(site.sectorShare <= limits.maxSectorShare))
        site.exclusions.push_back(
            {ExclusionReason::CapacityExceeded, site.sectorShare, limits.maxSectorShare});
    if (limits.minCoverage && site.coverage.score < *limits.minCoverage)
        site.exclusions.push_back(
            {ExclusionReason::CoverageBelowMinimum, site.coverage.score, *limits.minCoverage});
}

mcda::Problem utilityProblem(const std::vector<const SiteEvaluation *> &sites,
                             const Weights &weights)
{
    mcda::Problem problem;
    const Weights normalized = weights.normalized();
    for (Criterion c : AllCriteria) {
        mcda::CriterionSpec spec;
        spec.name = criterionKey(c);
        spec.direction = mcda::Direction::Benefit;
        spec.weight = normalized[c];
        spec.preference = {mcda::PreferenceFunction::Linear, PrometheeIndifference,
                           PrometheePreference, 0.0};
        problem.criteria.push_back(spec);
    }

    double cheapest = std::numeric_limits<double>::infinity();
    for (const SiteEvaluation *site : sites)
        cheapest = std::min(cheapest, site->raw[index(Criterion::Cost)]);

    problem.values.resize(Eigen::Index(sites.size()), Eigen::Index(CriterionCount));
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const SiteEvaluation &site = *sites[i];
        problem.alternatives.push_back(site.id);
        for (Criterion c : AllCriteria) {
            double u = site.utility[index(c)];
            if (c == Criterion::Cost) {
                const double tco = site.raw[index(c)];
                u = tco > 0.0 ? cheapest / tco : 1.0;
            }
            problem.values(Eigen::Index(i), Eigen::Index(index(c))) = u;
        }
    }
    return problem;
}

void scoreAndRecommend(Evaluation &evaluation, const Scenario &scenario)
{
    evaluation.weights = scenario.weights.normalized();
    evaluation.view = scenario.cost.view;
    for (SiteEvaluation &site : evaluation.sites)
        applyCriteria(site, scenario);

    for (SiteEvaluation &site : evaluation.sites) {
        site.score = 0.0;
        site.rank = 0;
    }
    evaluation.recommendation = recommend(evaluation, scenario);

    // The eligible sites' scores and ranks: the recommendation's own ranking, unless a split
    // made it compare capacity-blocked sites too.
    const std::vector<int> eligible = evaluation.eligible();
    if (eligible.empty())
        return;
    const Recommendation &rec = evaluation.recommendation;
    mcda::Problem problem;
    mcda::Ranking ranking;
    if (rec.sites != eligible) {
        std::vector<const SiteEvaluation *> rows;
        for (int i : eligible)
            rows.push_back(&evaluation.sites[std::size_t(i)]);
        problem = utilityProblem(rows, evaluation.weights);
        ranking = mcda::rank(problem, scenario.method);
    }
    const mcda::Problem &p = rec.sites == eligible ? rec.problem : problem;
    const mcda::Ranking &k = rec.sites == eligible ? rec.ranking : ranking;
    for (std::size_t r = 0; r < eligible.size(); ++r) {
        SiteEvaluation &site = evaluation.sites[std::size_t(eligible[r])];
        site.utility[index(Criterion::Cost)] = p.values(Eigen::Index(r), 0);
        site.score = k.scores(Eigen::Index(r));
        site.rank = k.ranks[r];
    }
}

} // namespace escale
