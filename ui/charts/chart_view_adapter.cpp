// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_view_adapter.h"

#include "chart_theme.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace escale::ui::charts {

namespace {

using plot::ChartKind;
using plot::ChartSpec;

/** The chart's two axes if they are of types A (first alignment) and B (second), else null. */
template<typename A, typename B>
std::pair<A *, B *> reusable(QChart *chart, Qt::Alignment first, Qt::Alignment second)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    if (axes.size() != 2)
        return {nullptr, nullptr};
    A *a = nullptr;
    B *b = nullptr;
    for (QAbstractAxis *axis : axes) {
        if (axis->alignment() == first)
            a = qobject_cast<A *>(axis);
        else if (axis->alignment() == second)
            b = qobject_cast<B *>(axis);
    }
    if (a && b)
        return {a, b};
    return {nullptr, nullptr};
}

void deleteAxes(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void clearLabels(QCategoryAxis *axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString &label : labels)
        axis->remove(label);
}

void fill(QCategoryAxis *axis, const plot::Axis &spec)
{
    clearLabels(axis);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(spec.min);
    axis->setRange(spec.min, spec.max);
    for (const plot::Tick &tick : spec.ticks) {
        if (!axis->categoriesLabels().contains(tick.label)) // labels must be unique
            axis->append(tick.label, tick.value);
    }
    axis->setTitleText(spec.title);
    ChartTheme::styleAxis(axis);
    axis->setGridLineVisible(spec.grid);
}

/**
 * Room on the right for half the last bottom label: a QCategoryAxis, unlike a QValueAxis, does
 * not reserve it, and "100 %" would be cut at the chart's edge.
 */
void reserveLastLabel(QChart *chart, const plot::Axis &bottom)
{
    if (bottom.ticks.empty())
        return;
    const QFontMetrics metrics(ChartTheme::labelFont());
    const int half = metrics.horizontalAdvance(bottom.ticks.back().label) / 2;
    QMargins margins = chart->margins();
    margins.setRight(std::max(margins.right(), half + 2));
    chart->setMargins(margins);
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *a, QAbstractAxis *b,
            bool inLegend)
{
    chart->addSeries(series);
    series->attachAxis(a);
    series->attachAxis(b);
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(inLegend);
}

QLineSeries *lineSeries(const plot::Line &line)
{
    auto *series = new QLineSeries;
    series->setName(line.name);
    series->setObjectName(line.id);
    for (const QPointF &point : line.points)
        series->append(point);
    QPen pen(line.color);
    pen.setWidthF(line.width);
    if (line.dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}

void showTipsOnHover(QBarSet *set, const QStringList &tips)
{
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool status, int index) {
        if (status && index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index));
        else
            QToolTip::hideText();
    });
}

void showBars(QChart *chart, const ChartSpec &spec)
{
    const Qt::Alignment categorySide = spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom;
    const Qt::Alignment valueSide = spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft;
    auto [categories, values] = reusable<QBarCategoryAxis, QCategoryAxis>(chart, categorySide,
                                                                          valueSide);
    if (!categories) {
        deleteAxes(chart);
        categories = new QBarCategoryAxis;
        values = new QCategoryAxis;
        chart->addAxis(categories, categorySide);
        chart->addAxis(values, valueSide);
    }
    categories->clear();
    categories->append(spec.categories);
    categories->setGridLineVisible(false);
    categories->setTruncateLabels(spec.truncateCategories);
    ChartTheme::styleAxis(categories);
    fill(values, spec.y);
    if (spec.horizontal)
        reserveLastLabel(chart, spec.y);

    QAbstractBarSeries *series
        = spec.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                          : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    series->setObjectName(spec.seriesId);
    series->setBarWidth(spec.barWidth);
    for (const plot::BarSet &bars : spec.bars) {
        auto *set = new QBarSet(bars.name);
        set->setObjectName(bars.id);
        for (const double value : bars.values)
            set->append(value);
        set->setColor(bars.color);
        set->setBorderColor(bars.border);
        if (!bars.tips.isEmpty())
            showTipsOnHover(set, bars.tips);
        series->append(set);
    }
    attach(chart, series, categories, values, true);
}

void showXy(QChart *chart, const ChartSpec &spec)
{
    auto [x, y] = reusable<QCategoryAxis, QCategoryAxis>(chart, Qt::AlignBottom, Qt::AlignLeft);
    if (!x) {
        deleteAxes(chart);
        x = new QCategoryAxis;
        y = new QCategoryAxis;
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
    }
    fill(x, spec.x);
    fill(y, spec.y);
    reserveLastLabel(chart, spec.x);
    // Bands, then lines, then markers: the stacking order the eye expects.
    for (const plot::Band &band : spec.bands) {
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        upper->append(band.x0, band.y1);
        upper->append(band.x1, band.y1);
        lower->append(band.x0, band.y0);
        lower->append(band.x1, band.y0);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(band.name);
        area->setObjectName(band.id);
        area->setColor(band.color);
        area->setBorderColor(band.color);
        attach(chart, area, x, y, band.inLegend);
    }
    for (const plot::Line &line : spec.lines)
        attach(chart, lineSeries(line), x, y, line.inLegend);
    for (const plot::Marker &marker : spec.markers) {
        auto *point = new QScatterSeries;
        point->setName(marker.name);
        point->setObjectName(marker.id);
        point->append(marker.point);
        point->setMarkerSize(marker.size);
        point->setColor(marker.color);
        point->setBorderColor(marker.border);
        attach(chart, point, x, y, marker.inLegend);
    }
}

void showRadar(QPolarChart *polar, const ChartSpec &spec)
{
    const auto angularSide = Qt::Alignment(QPolarChart::PolarOrientationAngular);
    const auto radialSide = Qt::Alignment(QPolarChart::PolarOrientationRadial);
    auto [angular, radial] = reusable<QCategoryAxis, QValueAxis>(polar, angularSide, radialSide);
    if (!angular) {
        deleteAxes(polar);
        angular = new QCategoryAxis;
        radial = new QValueAxis;
        polar->addAxis(angular, QPolarChart::PolarOrientationAngular);
        polar->addAxis(radial, QPolarChart::PolarOrientationRadial);
    }
    plot::Axis spokes;
    spokes.max = double(spec.categories.size());
    for (qsizetype k = 0; k < spec.categories.size(); ++k)
        spokes.ticks.push_back({double(k), spec.categories[k]});
    fill(angular, spokes);
    radial->setRange(spec.y.min, spec.y.max);
    radial->setTickCount(int(spec.y.ticks.size()));
    radial->setMinorTickCount(spec.y.minorTicks);
    radial->setLabelFormat(QStringLiteral("%.1f"));
    ChartTheme::styleAxis(radial);
    for (const plot::Line &line : spec.lines)
        attach(polar, lineSeries(line), angular, radial, line.inLegend);
}

} // namespace

void showChart(QChart *chart, const ChartSpec &spec)
{
    chart->removeAllSeries();
    ChartTheme::apply(chart);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(spec.title);
    chart->legend()->setVisible(spec.legend != plot::LegendPlace::Hidden);
    chart->legend()->setAlignment(spec.legend == plot::LegendPlace::Right ? Qt::AlignRight
                                                                          : Qt::AlignBottom);
    auto *polar = qobject_cast<QPolarChart *>(chart);
    // Bars show their categories even without a bar (every site excluded); the others need data.
    const bool drawn = spec.drawable() && (spec.kind != ChartKind::Radar || polar);
    if (!drawn) {
        deleteAxes(chart);
        return;
    }
    switch (spec.kind) {
    case ChartKind::Bars:
        showBars(chart, spec);
        break;
    case ChartKind::XY:
        showXy(chart, spec);
        break;
    case ChartKind::Radar:
        showRadar(polar, spec);
        break;
    }
}

} // namespace escale::ui::charts
