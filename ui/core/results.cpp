// SPDX-License-Identifier: GPL-3.0-or-later
#include "results.h"

#include "escale/model/recommendation.h"

namespace escale::ui {

void completeResults(Results &results)
{
    results.rows = results.evaluation.eligible();
    results.problem = results.evaluation.problem();
    results.methods = comparisonMethods();
    results.rankings.clear();
    results.stability.clear();
    if (results.rows.empty())
        return;
    for (const mcda::MethodSpec &spec : results.methods)
        results.rankings.push_back(mcda::rank(results.problem, spec));
    if (results.rows.size() >= 2)
        results.stability = mcda::weightStability(results.problem, results.scenario.method);
}

} // namespace escale::ui
