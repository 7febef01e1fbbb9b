// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

class QChart;

namespace escale::ui::charts {

/**
 * Cumulative cost per destination over the months of the horizon, in the evaluation's cost
 * view (SiteCost::monthlySeries, transition included), with the month in which the recommended
 * site breaks even against the onshore site marked.
 *
 * One QLineSeries per site (objectName "site:<index>", index in evaluation.sites): the point
 * (0, 0), then (m, cost of months 1..m) for m = 1..horizon, so the last point is the site's
 * TCO. Excluded sites are dashed and marked "(excluded)" in the legend. When the recommended
 * site is offshore and breaks even, a QScatterSeries "breakEven" holds the one point
 * (month, its cumulative cost that month) and a dashed QLineSeries "breakEvenLine" marks the
 * month from the bottom to the top of the chart.
 */
void buildMonthlyCostChart(QChart *chart, const Results &results);

} // namespace escale::ui::charts
