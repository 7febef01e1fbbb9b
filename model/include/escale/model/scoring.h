// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"

#include <vector>

namespace escale {

/** PROMETHEE II on utilities: differences up to q are indifferent (linear function's q). */
inline constexpr double PrometheeIndifference = 0.02;
/** PROMETHEE II on utilities: differences from p on are a strict preference (linear's p). */
inline constexpr double PrometheePreference = 0.30;

/**
 * The utility matrix of `sites` (rows in the given order) as a decision problem: six benefit
 * criteria named by criterionKey(), weighted by `weights`. Cost utilities are relative to the
 * cheapest site of the set, so they are recomputed here from the raw TCO; the other utilities
 * are taken from the sites. PROMETHEE II uses a linear preference function on every
 * utility with q = PrometheeIndifference and p = PrometheePreference.
 */
mcda::Problem utilityProblem(const std::vector<const SiteEvaluation *> &sites,
                             const Weights &weights);

/** Raw metrics, utilities and exclusions of one site under the scenario's view and constraints. */
void applyCriteria(SiteEvaluation &site, const Scenario &scenario);

/** Scores and ranks the eligible sites, then writes the recommendation. */
void scoreAndRecommend(Evaluation &evaluation, const Scenario &scenario);

/** Evaluates one destination, optionally with its volume scaled (used for split plans). */
SiteEvaluation evaluateSite(const Scenario &scenario, const DestinationProfile &profile,
                            double volumeScale = 1.0);

} // namespace escale
