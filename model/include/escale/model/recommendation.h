// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"

namespace escale {

/**
 * Builds the recommendation from scored sites.
 *
 * - The best site is the eligible site ranked first by the scenario's method (lowest index
 *   among ties); the verdict is onshore or offshore after it.
 * - Split: if a site excluded *only* for capacity would rank first among the eligible sites
 *   plus the capacity-blocked ones, it takes the largest share of the volume its sector can
 *   absorb (FTE <= max sector share x sector jobs, found by re-staffing the scaled volume) and
 *   the next-ranked site able to absorb the rest takes the remainder. Each part is priced on
 *   its own volume; the plan's saving and break-even compare both parts together with the
 *   onshore site's full-volume cost.
 * - Margin: score difference to the runner-up; bestScore and runnerUpScore are the two scores
 *   (for a split, the capacity-limited site's score among the compared sites).
 * - Contributions, per criterion: `contribution` is weight x utility difference (the
 *   weighted-sum reading of the difference, whatever the method); `marginContribution` is the
 *   criterion's part of the method's own margin by mcda::marginParts(), exact additive parts
 *   for WSM and PROMETHEE II and Shapley values for TOPSIS, VIKOR and WPM, so the parts add up
 *   to the margin under every method (`decomposition` says which).
 * - Method agreement: WSM (no normalisation), TOPSIS (vector), VIKOR (v = VikorDefaultV) and
 *   PROMETHEE II (linear, q = PrometheeIndifference, p = PrometheePreference) on the same
 *   utilities, and whether their winners coincide.
 */
Recommendation recommend(const Evaluation &evaluation, const Scenario &scenario);

/** The contributions by decreasing |marginContribution| (the order to explain the verdict in). */
std::vector<Contribution> byMarginContribution(const Recommendation &recommendation);

/** The four comparison methods, in the order reported. */
std::vector<mcda::MethodSpec> comparisonMethods();

} // namespace escale
