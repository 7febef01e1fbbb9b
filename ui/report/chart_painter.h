// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plot/chart_spec.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace escale::ui::report {

/** Fonts and line scale of a chart painted in the report. */
struct ChartLook
{
    QFont label; ///< tick labels, categories, legend
    QFont title; ///< axis titles
    qreal lineUnit = 1.0; ///< dots per unit of a spec's line width and marker size
};

/** The look of report charts: report fonts at 8 pt, lines at 0.6 pt per spec unit. */
ChartLook reportChartLook();

/**
 * Paints `spec` as vectors into `target` with QPainter only (no chart library, no widgets):
 * legend, axes with their tick labels and titles, grid, then bars, bands, lines and markers in
 * that order; a radar as rings, spokes and closed lines. The spec's title is not drawn (the
 * report's caption names the figure). Nothing is drawn outside `target`.
 */
void paintChart(QPainter &painter, const QRectF &target, const plot::ChartSpec &spec,
                const ChartLook &look = reportChartLook());

} // namespace escale::ui::report
