// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

class QChart;

namespace escale::ui::charts {

/**
 * Cost over the horizon per destination (scenario order) as stacked bars, one segment per cost
 * component in CostComponent order, in the evaluation's cost view (SiteCost::horizon, so each
 * stack adds up to the site's TCO). Components that are zero for every site are left out. The
 * value axis is in money with compact labels (Formatter::moneyShort).
 *
 * One QStackedBarSeries (objectName "costs") with one QBarSet per shown component (objectName
 * "component:<CostComponent>", label Formatter::costComponentName) holding one value in EUR per
 * site, in evaluation.sites order.
 */
void buildCostBreakdownChart(QChart *chart, const Results &results);

} // namespace escale::ui::charts
