// SPDX-License-Identifier: GPL-3.0-or-later
#include "stability_chart.h"

#include "chart_theme.h"

#include "core/formatting.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <utility>

namespace escale::ui::charts {

namespace {

class StabilityChart
{
    Q_DECLARE_TR_FUNCTIONS(StabilityChart)

public:
    static QString title(const Results &results);
};

constexpr double BandOuter = 0.34; // half-row offsets of the two bars (row height 1)
constexpr double BandInner = 0.04;
constexpr double TickHalf = 0.44;

/**
 * Removes the series, and the axes unless they are the two this chart uses: those are kept
 * (emptied), because a QCategoryAxis re-created on a chart on screen lays its labels out
 * wrongly (elided, every other one hidden) in Qt Charts 6.4.
 */
std::pair<QValueAxis *, QCategoryAxis *> clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> horizontal = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> vertical = chart->axes(Qt::Vertical);
    auto *x = horizontal.size() == 1 ? qobject_cast<QValueAxis *>(horizontal.front()) : nullptr;
    auto *y = vertical.size() == 1 ? qobject_cast<QCategoryAxis *>(vertical.front()) : nullptr;
    if (x && y) {
        const QStringList labels = y->categoriesLabels();
        for (const QString &label : labels)
            y->remove(label);
        return {x, y};
    }
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    return {nullptr, nullptr};
}

QString StabilityChart::title(const Results &results)
{
    if (results.stability.empty())
        return tr("Weight stability needs at least two eligible destinations");
    return tr("%1 stays first — %2")
        .arg(rowName(results, results.winnerRow()),
             Formatter::methodName(results.scenario.method.method));
}

QAreaSeries *band(double low, double high, double bottom, double top)
{
    auto *area = new QAreaSeries;
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    upper->append(low * 100.0, top);
    upper->append(high * 100.0, top);
    lower->append(low * 100.0, bottom);
    lower->append(high * 100.0, bottom);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    return area;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y,
            bool inLegend)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(inLegend);
}

} // namespace

void buildStabilityChart(QChart *chart, const Results &results)
{
    auto [x, y] = clearChart(chart);
    ChartTheme::apply(chart);
    chart->setTitle(StabilityChart::title(results));
    if (results.stability.empty()) {
        chart->legend()->setVisible(false);
        if (x) {
            chart->removeAxis(x);
            chart->removeAxis(y);
            delete x;
            delete y;
        }
        return;
    }
    chart->legend()->setVisible(true);

    const bool fresh = !x;
    if (fresh) {
        x = new QValueAxis;
        y = new QCategoryAxis;
    }
    x->setRange(0.0, 100.0);
    x->setTickCount(6);
    x->setLabelFormat(Formatter::french() ? QStringLiteral("%.0f %%")
                                          : QStringLiteral("%.0f%%"));
    x->setTitleText(StabilityChart::tr("Weight of the criterion (others rescaled in proportion)"));
    ChartTheme::styleAxis(x);
    const int n = int(results.stability.size());
    y->setRange(-0.5, n - 0.5);
    y->setStartValue(-0.5);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    ChartTheme::styleAxis(y);
    y->setGridLineVisible(false);
    for (int row = 0; row < n; ++row) {
        const mcda::WeightStability &s = results.stability[std::size_t(n - 1 - row)];
        y->append(StabilityChart::tr("%1 (%2)").arg(
                      Formatter::criterionName(AllCriteria[std::size_t(s.criterion)]),
                      Formatter::percent(s.weight, 0)),
                  row);
    }
    if (fresh) {
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
    }

    const QColor top = ChartTheme::accent();
    // A pale tint of the accent (mixed 60% towards white), so it reads as secondary.
    const QColor ranking((top.red() * 2 + 255 * 3) / 5, (top.green() * 2 + 255 * 3) / 5,
                         (top.blue() * 2 + 255 * 3) / 5);
    // Rows from the bottom, so the first criterion (cost) is drawn at the top.
    for (int row = 0; row < n; ++row) {
        const int k = n - 1 - row;
        const mcda::WeightStability &s = results.stability[std::size_t(k)];

        QAreaSeries *winner = band(s.topLow, s.topHigh, row + BandInner, row + BandOuter);
        winner->setName(StabilityChart::tr("Winner stays first"));
        winner->setObjectName(QStringLiteral("top:%1").arg(k));
        winner->setColor(top);
        winner->setBorderColor(top);
        attach(chart, winner, x, y, k == 0);

        QAreaSeries *unchanged =
            band(s.rankingLow, s.rankingHigh, row - BandOuter, row - BandInner);
        unchanged->setName(StabilityChart::tr("Whole ranking unchanged"));
        unchanged->setObjectName(QStringLiteral("ranking:%1").arg(k));
        unchanged->setColor(ranking);
        unchanged->setBorderColor(ranking);
        attach(chart, unchanged, x, y, k == 0);

        auto *current = new QLineSeries;
        current->append(s.weight * 100.0, row - TickHalf);
        current->append(s.weight * 100.0, row + TickHalf);
        current->setName(StabilityChart::tr("Current weight"));
        current->setObjectName(QStringLiteral("current:%1").arg(k));
        QPen pen(ChartTheme::text());
        pen.setWidthF(2.5);
        current->setPen(pen);
        attach(chart, current, x, y, k == 0);
    }
}

} // namespace escale::ui::charts
