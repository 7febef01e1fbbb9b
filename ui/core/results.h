// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"
#include "escale/model/methods.h"
#include "escale/model/stability.h"

#include <QMetaType>

#include <memory>
#include <vector>

namespace escale::ui {

/**
 * Everything the pages, charts and the report show for one state of the scenario. Computed off
 * the UI thread (or, for a weight change, in microseconds on it) and shared read-only. The
 * comparison of the four methods is the engine's (Recommendation::methods), not a copy.
 */
struct Results
{
    Scenario scenario; ///< the scenario these results belong to
    Evaluation evaluation; ///< staffing, costs, scores, recommendation, the four methods
    std::vector<mcda::WeightStability> stability; ///< under the scenario's method
    quint64 generation = 0;

    /** Site index of each row of problem(): the sites the recommendation compared. */
    const std::vector<int> &rows() const { return evaluation.compared(); }
    /** Utilities of the compared sites. */
    const mcda::Problem &problem() const { return evaluation.problem(); }
    /** WSM, TOPSIS, VIKOR and PROMETHEE II on problem(), each with its full ranking. */
    const std::vector<MethodOutcome> &methods() const { return evaluation.recommendation.methods; }
    /** The row of problem() the scenario's method ranks first, -1 without rows. */
    int winnerRow() const;
};

using ResultsPtr = std::shared_ptr<const Results>;

/**
 * The one path from a scenario to results, for the app and the report alike: evaluate(), then
 * the weight stability under the scenario's method. Throws what evaluate() throws.
 */
std::shared_ptr<Results> computeResults(const Scenario &scenario, quint64 generation = 0);

/**
 * The same after a change rescoreSuffices() accepts: rescore() of `previous`'s evaluation,
 * then the stability again.
 */
std::shared_ptr<Results> rescoreResults(const Results &previous, const Scenario &scenario,
                                        quint64 generation = 0);

/** Display name of site `site` (index in evaluation.sites) in the UI language; "" if none. */
QString siteName(const Results &results, int site);
/** Display name of the site on row `row` of problem(); "" if none. */
QString rowName(const Results &results, int row);

/** Site indices by rank (ties in scenario order), the unranked (excluded) sites last. */
std::vector<int> sitesByRank(const Evaluation &evaluation);

} // namespace escale::ui

Q_DECLARE_METATYPE(escale::ui::ResultsPtr)
