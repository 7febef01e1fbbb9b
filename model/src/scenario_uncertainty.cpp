// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/scenario_uncertainty.h"

#include <algorithm>

namespace escale {

namespace {

double payRelated(const CostBreakdown &b)
{
    return b.labour + b.premiums + b.charges + b.supervision + b.attrition;
}

const DestinationProfile *profileOf(const Scenario &scenario, const std::string &id)
{
    for (const DestinationProfile &p : scenario.destinations) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

double tcoAtWage(const SiteEvaluation &site, CostView view, double wageRatio)
{
    const double inHousePay = payRelated(site.inHouse.horizon);
    if (view == CostView::InHouse)
        return site.inHouse.tco + (wageRatio - 1.0) * inHousePay;
    const double share = site.inHouse.tco > 0.0 ? inHousePay / site.inHouse.tco : 0.0;
    return site.vendor.tco * (1.0 + share * (wageRatio - 1.0));
}

} // namespace

mcda::UncertainProblem scenarioUncertainty(const Evaluation &evaluation, const Scenario &scenario)
{
    mcda::UncertainProblem out;
    out.problem = evaluation.problem();
    const std::vector<int> &rows = evaluation.compared();
    const Eigen::Index n = out.problem.criterionCount();
    const Eigen::Index cost = Eigen::Index(index(Criterion::Cost));

    double cheapest = 0.0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const SiteEvaluation &site = evaluation.sites[std::size_t(rows[r])];
        const double tco = site.cost(evaluation.view).tco;
        cheapest = r == 0 ? tco : std::min(cheapest, tco);
    }

    out.cells.assign(rows.size(), std::vector<mcda::CellDistribution>(std::size_t(n)));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (Eigen::Index c = 0; c < n; ++c)
            out.cells[r][std::size_t(c)].a = out.problem.values(Eigen::Index(r), c);
        const SiteEvaluation &site = evaluation.sites[std::size_t(rows[r])];
        const DestinationProfile *profile = profileOf(scenario, site.id);
        if (!profile || profile->agentWage.typical.value <= 0.0)
            continue;
        const double typical = profile->agentWage.typical.value;
        const double low = tcoAtWage(site, evaluation.view, profile->agentWage.min.value / typical);
        const double high = tcoAtWage(site, evaluation.view,
                                      profile->agentWage.max.value / typical);
        if (low <= 0.0 || high <= 0.0 || low == high)
            continue;
        mcda::CellDistribution &cell = out.cells[r][std::size_t(cost)];
        cell.kind = mcda::CellDistribution::Kind::Uniform;
        cell.a = cheapest / high;
        cell.b = cheapest / low;
    }
    return out;
}

} // namespace escale
