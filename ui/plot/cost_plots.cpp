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

/**
 * The monthly costs of what is recommended: the split's two parts together, or the best site;
 * null when nothing is recommended.
 */
const std::vector<double> *recommendedSeries(const Evaluation &ev)
{
    const Recommendation &r = ev.recommendation;
    if (r.split)
        return &r.split->cost.monthlySeries;
    if (r.best < 0)
        return nullptr;
    return &ev.sites[std::size_t(r.best)].cost(ev.view).monthlySeries;
}

/** The break-even month of what is recommended (an offshore site, or a split), if any. */
std::optional<int> breakEvenMonth(const Evaluation &ev)
{
    const Recommendation &r = ev.recommendation;
    if (r.split)
        return r.split->onshore >= 0 ? r.split->cost.breakEvenMonth : std::nullopt;
    if (r.best < 0 || ev.sites[std::size_t(r.best)].onshore)
        return std::nullopt;
    return ev.sites[std::size_t(r.best)].cost(ev.view).breakEvenMonth;
}

/** The cumulative cost of `monthly`, from (0, 0). */
std::vector<QPointF> cumulative(const std::vector<double> &monthly)
{
    std::vector<QPointF> points{QPointF(0.0, 0.0)};
    double sum = 0.0;
    for (std::size_t m = 0; m < monthly.size(); ++m) {
        sum += monthly[m];
        points.emplace_back(double(m + 1), sum);
    }
    return points;
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
    if (const std::optional<SplitPlan> &split = ev.recommendation.split)
        highest = std::max(highest, split->cost.tco);
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

    const std::optional<SplitPlan> &split = ev.recommendation.split;
    // The recommendation's line is drawn thick in the accent colour: the best site's, or for
    // a split the two parts together (the capacity-limited site's full-volume line is only
    // one of the excluded ones then).
    const int best = split ? -1 : ev.recommendation.best;
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteEvaluation &s = ev.sites[i];
        const int site = int(i);
        Line line;
        line.id = QStringLiteral("site:%1").arg(site);
        const QString name = siteName(results, site);
        line.name = s.excluded() ? QCoreApplication::translate("Charts", "%1 (excluded)").arg(name)
                                 : name;
        line.points = cumulative(s.cost(ev.view).monthlySeries);
        line.color = site == best ? style::accent() : style::siteColor(site);
        line.width = site == best ? 3.0 : 1.6;
        line.dashed = s.excluded();
        spec.lines.push_back(std::move(line));
    }
    if (split) {
        Line line;
        line.id = QStringLiteral("split");
        line.name = QCoreApplication::translate("Charts", "Split");
        line.points = cumulative(split->cost.monthlySeries);
        line.color = style::accent();
        line.width = 3.0;
        spec.lines.push_back(std::move(line));
    }

    const std::optional<int> month = breakEvenMonth(ev);
    const std::vector<double> *monthly = recommendedSeries(ev);
    if (!month || !monthly || *month < 1 || *month > months)
        return spec;
    double cumulativeCost = 0.0;
    for (int m = 0; m < *month && m < int(monthly->size()); ++m)
        cumulativeCost += (*monthly)[std::size_t(m)];

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
    point.point = QPointF(*month, cumulativeCost);
    point.size = 11.0;
    point.color = style::accent();
    point.border = Qt::white;
    spec.markers.push_back(std::move(point));
    return spec;
}

} // namespace escale::ui::plot
