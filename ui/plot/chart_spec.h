// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace escale::ui::plot {

/**
 * What a chart shows, as plain values: built once from the results (the *Plot functions in
 * result_plots.h) and drawn by either renderer, Qt Charts on screen (ui/charts) and QPainter
 * in the PDF report (ui/report/chart_painter). Nothing here depends on a chart library, so a
 * move to another one stays inside the renderers.
 */

/** A labelled position on an axis. */
struct Tick
{
    double value = 0.0;
    QString label;
};

/** A numeric axis (or, for bars, the category axis: ticks unused, categories instead). */
struct Axis
{
    double min = 0.0;
    double max = 1.0;
    std::vector<Tick> ticks; ///< labels at values; grid lines are drawn at them
    int minorTicks = 0; ///< unlabelled grid lines between two ticks (radar rings)
    QString title;
    bool grid = true;
};

/** One colour across the bar categories (a site, a cost component, a rank). */
struct BarSet
{
    QString name; ///< legend entry
    QString id; ///< stable key ("site:2", "component:3"), for tests and renderers
    QColor color;
    QColor border;
    std::vector<double> values; ///< one per category, 0 for none
    QStringList tips; ///< one per category, or empty
};

/** A polyline in data coordinates; on a radar x is the spoke index. */
struct Line
{
    QString name;
    QString id;
    QColor color;
    double width = 1.6; ///< in the screen font's point units
    bool dashed = false;
    bool inLegend = true;
    std::vector<QPointF> points;
};

/** A filled rectangle in data coordinates. */
struct Band
{
    QString name;
    QString id;
    QColor color;
    double x0 = 0.0, x1 = 0.0, y0 = 0.0, y1 = 0.0;
    bool inLegend = true;
};

/** A round marker. */
struct Marker
{
    QString name;
    QString id;
    QColor color;
    QColor border;
    double size = 11.0; ///< diameter in screen pixels at the screen font size
    QPointF point;
    bool inLegend = true;
};

enum class ChartKind {
    Bars, ///< categories × stacked bar sets
    XY, ///< lines, bands and markers on two numeric axes
    Radar ///< lines on spokes: x = spoke index, y on the radial axis
};

enum class LegendPlace { Hidden, Bottom, Right };

struct ChartSpec
{
    ChartKind kind = ChartKind::Bars;
    QString id; ///< the chart ("ranking", "costs", ...)
    QString title;
    LegendPlace legend = LegendPlace::Bottom;

    // Bars
    QStringList categories; ///< bars: category labels, from the bottom or the left; radar: spokes
    bool horizontal = false; ///< bars run left to right, categories up the vertical axis
    double barWidth = 0.6; ///< share of a category's width
    bool truncateCategories = true; ///< the renderer may shorten category labels
    QString seriesId; ///< the stacked bar series as a whole ("scores", "costs")
    std::vector<BarSet> bars;

    /** XY: the horizontal axis. Bars and radar: unused. */
    Axis x;
    /** XY: the vertical axis. Bars: the value axis (drawn horizontally for horizontal bars).
     *  Radar: the radial axis. */
    Axis y;

    std::vector<Line> lines;
    std::vector<Band> bands;
    std::vector<Marker> markers;

    /** True when there are no bars, lines, bands or markers. */
    bool empty() const { return bars.empty() && lines.empty() && bands.empty() && markers.empty(); }
    /** True when a renderer has something to draw besides the title: bar categories (even
     *  without bars, when every site is excluded), radar lines, or XY data. */
    bool drawable() const { return kind == ChartKind::Bars ? !categories.isEmpty() : !empty(); }
};

} // namespace escale::ui::plot
