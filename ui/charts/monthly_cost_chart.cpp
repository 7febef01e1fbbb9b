// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthly_cost_chart.h"

#include "chart_theme.h"
#include "result_chart_support.h"

#include "core/formatting.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <optional>

namespace escale::ui::charts {

namespace {

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

/** The break-even month of the recommended site, if it is offshore and breaks even. */
std::optional<int> breakEvenMonth(const Evaluation &ev)
{
    const int best = ev.recommendation.best;
    if (best < 0 || ev.sites[std::size_t(best)].onshore)
        return std::nullopt;
    return ev.sites[std::size_t(best)].cost(ev.view).breakEvenMonth;
}

} // namespace

void buildMonthlyCostChart(QChart *chart, const Results &results)
{
    prepareResultChart(chart);

    const Evaluation &ev = results.evaluation;
    chart->setTitle(QCoreApplication::translate("Charts", "Cumulative cost, %1")
                        .arg(Formatter::costViewName(ev.view).toLower()));
    int months = 0;
    double highest = 0.0;
    for (const SiteEvaluation &s : ev.sites) {
        const SiteCost &cost = s.cost(ev.view);
        months = std::max(months, int(cost.monthlySeries.size()));
        double sum = 0.0;
        for (const double month : cost.monthlySeries)
            sum += month;
        highest = std::max(highest, sum);
    }
    if (months == 0) {
        chart->legend()->setVisible(false);
        return;
    }
    chart->legend()->setVisible(true);

    auto *axisX = new QValueAxis;
    axisX->setRange(0.0, months);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0.0);
    axisX->setTickInterval(months > 24 ? 12.0 : months > 12 ? 6.0 : 3.0);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(QCoreApplication::translate("Charts", "Month"));
    ChartTheme::styleAxis(axisX);
    QCategoryAxis *axisY = createMoneyAxis(0.0, highest, 6);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    const int best = ev.recommendation.best;
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteEvaluation &s = ev.sites[i];
        const int site = int(i);
        auto *series = new QLineSeries;
        series->setObjectName(QStringLiteral("site:%1").arg(site));
        const QString name = siteName(results, site);
        series->setName(s.excluded() ? QCoreApplication::translate("Charts", "%1 (excluded)")
                                           .arg(name)
                                     : name);
        double sum = 0.0;
        series->append(0.0, 0.0);
        const std::vector<double> &monthly = s.cost(ev.view).monthlySeries;
        for (std::size_t m = 0; m < monthly.size(); ++m) {
            sum += monthly[m];
            series->append(double(m + 1), sum);
        }
        QPen pen(site == best ? ChartTheme::accent() : ChartTheme::siteColor(site));
        pen.setWidthF(site == best ? 3.0 : 1.6);
        if (s.excluded())
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        attach(chart, series, axisX, axisY);
    }

    const std::optional<int> month = breakEvenMonth(ev);
    if (!month || *month < 1 || *month > months)
        return;
    const std::vector<double> &monthly = ev.sites[std::size_t(best)].cost(ev.view).monthlySeries;
    double cumulative = 0.0;
    for (int m = 0; m < *month && m < int(monthly.size()); ++m)
        cumulative += monthly[std::size_t(m)];

    auto *line = new QLineSeries;
    line->setObjectName(QStringLiteral("breakEvenLine"));
    line->append(*month, axisY->min());
    line->append(*month, axisY->max());
    QPen dashed(ChartTheme::text());
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.0);
    line->setPen(dashed);
    attach(chart, line, axisX, axisY);
    const QList<QLegendMarker *> markers = chart->legend()->markers(line);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);

    auto *point = new QScatterSeries;
    point->setObjectName(QStringLiteral("breakEven"));
    point->setName(QCoreApplication::translate("Charts", "Break-even: month %1")
                       .arg(QString::number(*month)));
    point->append(*month, cumulative);
    point->setMarkerSize(11.0);
    point->setColor(ChartTheme::accent());
    point->setBorderColor(Qt::white);
    attach(chart, point, axisX, axisY);
}

} // namespace escale::ui::charts
