// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

class QChart;

namespace escale::ui::charts {

/**
 * Weight stability intervals (results.stability, under the scenario's method) on a 0-100% weight
 * axis, one row per criterion, cost at the top: the interval of the criterion's weight in which
 * the winner stays first (accent bar), under it the narrower interval in which the whole
 * ranking is unchanged (lighter bar), and the current weight as a dark tick. The other weights
 * are rescaled in proportion, as the weight sliders do.
 *
 * Series, in order, named for the legend and for tests: for each criterion an area series
 * "winner" (objectName "top:<k>") and "ranking" (objectName "ranking:<k>") whose upper line
 * holds the two interval ends in percent, then a line series "current" (objectName
 * "current:<k>") at the current weight in percent.
 */
void buildStabilityChart(QChart *chart, const Results &results);

} // namespace escale::ui::charts
