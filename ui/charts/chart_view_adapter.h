// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plot/chart_spec.h"

class QChart;

namespace escale::ui::charts {

/**
 * Shows a chart spec on a Qt Charts chart, in place: the series are replaced, the two axes are
 * kept and refilled when the chart already has the right ones (a QCategoryAxis re-created on
 * a chart on screen lays its labels out wrongly, elided or every other one hidden, in Qt Charts
 * 6.4), and the theme (ChartTheme) is applied. A radar needs a QPolarChart; on another chart
 * only the title is shown. Series and bar sets carry the spec's ids as object names; bars show
 * their tips on hover.
 */
void showChart(QChart *chart, const plot::ChartSpec &spec);

} // namespace escale::ui::charts
