// SPDX-License-Identifier: GPL-3.0-or-later
// The cost charts: the breakdown over the horizon and the cumulative cost by month.
#include "result_plots.h"

#include "core/formatting.h"
#include "core/style.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

namespace escale::ui::plot {

namespace {

/** Below a cent a component counts as absent. */
constexpr double ZeroCost = 0.005;

/** The break-even month of the recommended site, if it is offshore and breaks even. */
std::optional<int> breakEvenMonth(const Evaluation &ev)
{
    const int best = ev.recommendation.best;
    if (best < 0 || ev.sites[std::size_t(best)].onshore)
        return std::nullopt;
    return ev.sites[std::size_t(best)].cost(ev.view).breakEvenMonth;
}

} // namespace

ChartSpec costBreakdownPlot(const Results &results)
{
    ChartSpec spec;
    spec.kind = ChartKind::Bars;
    spec.id = QStringLiteral("costs");
    spec.seriesId = QStringLiteral("costs");
    spec.truncateCategories = false; // names are short; Qt would cut "Madagascar" at 1280 px
    const Evaluation &ev = results.evaluation;
    spec.title = QCoreApplication::translate("Charts", "Cost over %1 months, %2")
                     .arg(QString::number(results.scenario.horizonMonths),
                          Formatter::costViewName(ev.view).toLower());
    if (ev.sites.empty()) {
        spec.legend = LegendPlace::Hidden;
        return spec;
    }

    double highest = 0.0;
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        spec.categories << elideLabel(siteName(results, int(i)), 14);
        highest = std::max(highest, ev.sites[i].cost(ev.view).horizon.total());
    }
    for (int component = 0; component < CostComponentCount; ++component) {
        bool present = false;
        for (const SiteEvaluation &s : ev.sites)
            present = present
                      || std::abs(costComponent(s.cost(ev.view).horizon, component)) > ZeroCost;
        if (!present)
            continue;
        BarSet set;
        set.name = Formatter::costComponentName(component);
        set.id = QStringLiteral("component:%1").arg(component);
        for (std::size_t i = 0; i < ev.sites.size(); ++i) {
            const CostBreakdown &horizon = ev.sites[i].cost(ev.view).horizon;
            const double value = costComponent(horizon, component);
            set.values.push_back(value);
            set.tips << QCoreApplication::translate("Charts", "%1, %2: %3 (%4 of %5)")
                            .arg(siteName(results, int(i)), set.name, Formatter::money(value),
                                 Formatter::percent(value / horizon.total()),
                                 Formatter::money(horizon.total()));
        }
        set.color = style::seriesColor(component);
        set.border = set.color.darker(115);
        spec.bars.push_back(std::move(set));
    }
    // A long legend goes to the right; a short one leaves the width to the bars and names.
    spec.legend = spec.bars.size() > 4 ? LegendPlace::Right : LegendPlace::Bottom;
    spec.y = moneyAxis(0.0, highest, 6);
    spec.y.title = QCoreApplication::translate("Charts", "Total cost");
    return spec;
}

ChartSpec monthlyCostPlot(const Results &results)
{
    ChartSpec spec;
    spec.kind = ChartKind::XY;
    spec.id = QStringLiteral("monthly");
    const Evaluation &ev = results.evaluation;
    spec.title = QCoreApplication::translate("Charts", "Cumulative cost, %1")
                     .arg(Formatter::costViewName(ev.view).toLower());
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
        spec.legend = LegendPlace::Hidden;
        return spec;
    }

    spec.x.min = 0.0;
    spec.x.max = months;
    const int every = months > 24 ? 12 : months > 12 ? 6 : 3;
    for (int m = 0; m <= months; m += every)
        spec.x.ticks.push_back({double(m), QString::number(m)});
    spec.x.title = QCoreApplication::translate("Charts", "Month");
    spec.y = moneyAxis(0.0, highest, 6);

    const int best = ev.recommendation.best;
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteEvaluation &s = ev.sites[i];
        const int site = int(i);
        Line line;
        line.id = QStringLiteral("site:%1").arg(site);
        const QString name = siteName(results, site);
        line.name = s.excluded() ? QCoreApplication::translate("Charts", "%1 (excluded)").arg(name)
                                 : name;
        double sum = 0.0;
        line.points.emplace_back(0.0, 0.0);
        const std::vector<double> &monthly = s.cost(ev.view).monthlySeries;
        for (std::size_t m = 0; m < monthly.size(); ++m) {
            sum += monthly[m];
            line.points.emplace_back(double(m + 1), sum);
        }
        line.color = site == best ? style::accent() : style::siteColor(site);
        line.width = site == best ? 3.0 : 1.6;
        line.dashed = s.excluded();
        spec.lines.push_back(std::move(line));
    }

    const std::optional<int> month = breakEvenMonth(ev);
    if (!month || *month < 1 || *month > months)
        return spec;
    const std::vector<double> &monthly = ev.sites[std::size_t(best)].cost(ev.view).monthlySeries;
    double cumulative = 0.0;
    for (int m = 0; m < *month && m < int(monthly.size()); ++m)
        cumulative += monthly[std::size_t(m)];

    Line rule;
    rule.id = QStringLiteral("breakEvenLine");
    rule.points = {QPointF(*month, spec.y.min), QPointF(*month, spec.y.max)};
    rule.color = style::text();
    rule.dashed = true;
    rule.width = 1.0;
    rule.inLegend = false;
    spec.lines.push_back(std::move(rule));

    Marker point;
    point.id = QStringLiteral("breakEven");
    point.name = QCoreApplication::translate("Charts", "Break-even: month %1")
                     .arg(QString::number(*month));
    point.point = QPointF(*month, cumulative);
    point.size = 11.0;
    point.color = style::accent();
    point.border = Qt::white;
    spec.markers.push_back(std::move(point));
    return spec;
}

} // namespace escale::ui::plot
