// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plot/chart_spec.h"

#include <QString>

namespace escale::ui::report {

class ReportLayout;

/** A figure of the report: a chart spec (plot/result_plots.h), its caption and height. */
struct ReportChart
{
    QString caption; ///< without its "Figure n." label
    plot::ChartSpec spec;
    qreal height = 0.0; ///< in dots
    QString note; ///< optional text under the chart
};

/** Places the caption and the chart together on one page, then the note. */
void addChart(ReportLayout &layout, const ReportChart &chart);
/** Two charts side by side (captions above, notes ignored), kept together on one page. */
void addChartRow(ReportLayout &layout, const ReportChart &left, const ReportChart &right);

} // namespace escale::ui::report
