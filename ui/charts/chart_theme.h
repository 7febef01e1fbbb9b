// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

class QChart;
class QAbstractAxis;

namespace escale::ui::charts {

/**
 * The look shared by every chart on screen and in the PDF report: a sober palette where each
 * destination keeps its colour everywhere, the winner is drawn in the accent colour, and text
 * uses the application font. Charts are built by free functions (`buildXxxChart(QChart *, …)`)
 * fed with result values only, so a move from Qt Charts to Qt Graphs stays inside ui/charts/.
 */
struct ChartTheme
{
    /** Colour of destination number `index` (scenario order); stable across charts. */
    static QColor siteColor(int index);
    /** Colour for series that are not destinations (cost components, ranks...). */
    static QColor seriesColor(int index);
    static QColor accent(); ///< the recommended site
    static QColor muted(); ///< excluded sites, grid
    static QColor text();
    static QFont titleFont();
    static QFont labelFont();

    /** Applies background, margins, fonts and legend style to `chart`. */
    static void apply(QChart *chart);
    static void styleAxis(QAbstractAxis *axis);
};

} // namespace escale::ui::charts
