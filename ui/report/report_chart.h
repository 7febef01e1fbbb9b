// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

#include <functional>

class QChart;
class QPainter;

namespace escale::ui::report {

class ReportLayout;

/** Fills a fresh chart (one of the ui/charts build functions). */
using ChartBuilder = std::function<void(QChart *chart)>;

struct ReportChart
{
    QString caption; ///< without its "Figure n." label
    ChartBuilder build;
    qreal height = 0.0; ///< in dots
    bool polar = false; ///< the builder needs a QPolarChart
    QString note;       ///< optional text under the chart
};

/**
 * Paints a chart as vectors into `target` (dots): a fresh QChart is built, its fonts set to the
 * report's in pixels (so the device resolution does not scale them twice), put in a
 * QGraphicsScene half a point per unit, rendered, and deleted.
 */
void paintChart(QPainter &painter, const QRectF &target, const ChartBuilder &build, bool polar);

/** Places the caption and the chart together on one page, then the note. */
void addChart(ReportLayout &layout, const ReportChart &chart);
/** Two charts side by side (captions above, notes ignored), kept together on one page. */
void addChartRow(ReportLayout &layout, const ReportChart &left, const ReportChart &right);

} // namespace escale::ui::report
