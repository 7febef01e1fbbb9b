// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

class QChart;

namespace escale::ui::charts {

/**
 * The six criterion utilities (0..1, 1 best) of every eligible destination on a radar.
 * `chart` must be a QPolarChart. The angular axis is a QCategoryAxis over [0, 6) with the
 * criterion names (Formatter::criterionName) at 0..5; the radial axis runs from 0 to 1.
 *
 * One closed QLineSeries per eligible site (objectName "site:<index>", index in
 * evaluation.sites, named after the site): the points (k, utility[k]) for k = 0..5, then
 * (6, utility[0]) to close the shape. The recommended site is drawn thicker in the accent colour.
 */
void buildCriteriaRadarChart(QChart *chart, const Results &results);

} // namespace escale::ui::charts
