// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"
#include "escale/model/smaa.h"

namespace escale {

/**
 * The utility matrix of the compared sites (`Evaluation::problem()`) with the cost criterion
 * made uncertain by each site's agent-wage range (min..max around the typical figure the
 * evaluation used):
 * - in-house view: TCO is linear in the wage, so TCO(w) = TCO + (w/typical - 1) x pay-related
 *   cost (labour, premiums, charges, supervision, attrition);
 * - vendor view: the vendor's price follows its wage bill, so TCO(w) = TCO x (1 + s (w/typical
 *   - 1)) with s the pay-related share of the in-house cost.
 * The cost utility cheapest/TCO keeps the evaluation's cheapest TCO as a fixed reference and is
 * sampled uniformly between its values at the maximum and minimum wage. Uniform in utility
 * approximates a uniform wage: for a TCO range of +/-25% the mean utility differs from the
 * exact one by 2.2% (ln(5/3)/0.5 - 1), less for narrower ranges.
 * Other criteria are fixed.
 */
mcda::UncertainProblem scenarioUncertainty(const Evaluation &evaluation, const Scenario &scenario);

} // namespace escale
