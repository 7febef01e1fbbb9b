// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_spec.h"

#include "core/results.h"

#include "escale/model/smaa.h"

#include <QStringList>

namespace escale::ui::plot {

/**
 * The result charts, as chart specs. Each reads result values only; the app draws them with
 * Qt Charts (ui/charts), the report with QPainter (ui/report/chart_painter). Ids ("site:2",
 * "component:3", ...) let tests and renderers find a series.
 */

/**
 * Score by destination under the scenario's method, as horizontal bars: one category per site
 * (best at the top; excluded sites at the bottom, named "(excluded)", without a bar), one bar
 * set per eligible site ("site:<index>") holding its score at its own category, the winner in
 * the accent colour. Series id "scores"; no legend.
 */
ChartSpec rankingPlot(const Results &results);

/**
 * Cost over the horizon per destination (scenario order) as stacked bars, one set per cost
 * component in CostComponent order ("component:<n>"), in the evaluation's cost view, so each
 * stack adds up to the site's TCO; components zero everywhere are left out. Money axis.
 * Series id "costs".
 */
ChartSpec costBreakdownPlot(const Results &results);

/** Utilities of the eligible sites on six spokes, one closed line per site ("site:<n>"). */
ChartSpec criteriaRadarPlot(const Results &results);

/**
 * Cumulative cost by month per site ("site:<n>", from (0, 0) to (horizon, TCO)), excluded sites
 * dashed; for an offshore winner that breaks even, a dashed vertical line ("breakEvenLine",
 * not in the legend) and a marker ("breakEven") at the break-even month.
 */
ChartSpec monthlyCostPlot(const Results &results);

/**
 * Weight stability intervals, one row per criterion (the first at the top): the interval where
 * the winner stays first ("top:<k>"), the one where the whole ranking stays ("ranking:<k>"),
 * and the current weight ("current:<k>"), on a 0-100 % axis.
 */
ChartSpec stabilityPlot(const Results &results);

/**
 * SMAA-2 rank acceptability as stacked bars: one bar per alternative (named by
 * `alternatives`), one set per rank ("rank:<r>", in percent), rank 1 darkest.
 */
ChartSpec smaaPlot(const mcda::SmaaResult &smaa, const QStringList &alternatives);

/**
 * A value axis from `min` to `max` widened to round steps (1, 2 or 5 × 10^k, about
 * `targetTicks` of them) labelled by Formatter::moneyShort ("1.5 M€" / "1,5 M€").
 */
Axis moneyAxis(double min, double max, int targetTicks = 6);

/** 0 to 100 with a tick every 20, labelled as percentages in the UI locale. */
Axis percentAxis();

/** Shortens `text` to at most `maxChars` characters with an ellipsis (category labels). */
QString elideLabel(const QString &text, int maxChars = 18);

} // namespace escale::ui::plot
