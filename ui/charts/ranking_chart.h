// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

class QChart;

namespace escale::ui::charts {

/**
 * The method's score per destination as horizontal bars, best at the top. Eligible sites are
 * ordered by rank, then the excluded ones, which keep a category ("Madagascar (excluded)") but
 * no bar. The recommended site is drawn in ChartTheme::accent(), the others in their site
 * colour; an eligible site's category label carries its score.
 *
 * One QHorizontalStackedBarSeries (objectName "scores") with one QBarSet per eligible site
 * (objectName "site:<index>", index in evaluation.sites) whose only non-zero value is the
 * site's score, at its category. Categories run from the bottom, so the last one is the best.
 */
void buildRankingChart(QChart *chart, const Results &results);

} // namespace escale::ui::charts
