// SPDX-License-Identifier: GPL-3.0-or-later
#include "results.h"

#include "formatting.h"

#include <algorithm>
#include <limits>

namespace escale::ui {

namespace {

void completeStability(Results &results)
{
    results.stability.clear();
    if (results.rows().size() >= 2)
        results.stability = mcda::weightStability(results.problem(), results.scenario.method);
}

} // namespace

int Results::winnerRow() const
{
    return rows().empty() ? -1 : evaluation.recommendation.ranking.best();
}

std::shared_ptr<Results> computeResults(const Scenario &scenario, quint64 generation)
{
    auto results = std::make_shared<Results>();
    results->scenario = scenario;
    results->generation = generation;
    results->evaluation = evaluate(scenario);
    completeStability(*results);
    return results;
}

std::shared_ptr<Results> rescoreResults(const Results &previous, const Scenario &scenario,
                                        quint64 generation)
{
    auto results = std::make_shared<Results>();
    results->scenario = scenario;
    results->generation = generation;
    results->evaluation = rescore(previous.evaluation, scenario);
    completeStability(*results);
    return results;
}

QString siteName(const Results &results, int site)
{
    const std::vector<SiteEvaluation> &sites = results.evaluation.sites;
    if (site < 0 || std::size_t(site) >= sites.size())
        return {};
    const SiteEvaluation &s = sites[std::size_t(site)];
    for (const DestinationProfile &p : results.scenario.destinations) {
        if (p.id == s.id)
            return Formatter::destinationName(p);
    }
    return QString::fromStdString(s.name.empty() ? s.id : s.name);
}

QString rowName(const Results &results, int row)
{
    if (row < 0 || std::size_t(row) >= results.rows().size())
        return {};
    return siteName(results, results.rows()[std::size_t(row)]);
}

std::vector<int> sitesByRank(const Evaluation &evaluation)
{
    std::vector<int> order(evaluation.sites.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    const auto key = [&evaluation](int i) {
        const int rank = evaluation.sites[std::size_t(i)].rank;
        return rank > 0 ? rank : std::numeric_limits<int>::max();
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    return order;
}

} // namespace escale::ui
