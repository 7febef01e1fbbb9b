// SPDX-License-Identifier: GPL-3.0-or-later
#include "result_plots.h"

#include "core/formatting.h"
#include "core/style.h"

#include <QCoreApplication>

#include <algorithm>

namespace escale::ui::plot {

ChartSpec criteriaRadarPlot(const Results &results)
{
    ChartSpec spec;
    spec.kind = ChartKind::Radar;
    spec.id = QStringLiteral("criteria");
    spec.title = QCoreApplication::translate("Charts", "Criteria utilities (1 = best)");
    spec.legend = LegendPlace::Right; // the radar is round: spare width, not height
    for (Criterion c : AllCriteria)
        spec.categories << Formatter::criterionName(c);
    spec.y.min = 0.0;
    spec.y.max = 1.0;
    // Labels at 0, 0.5 and 1 only: they sit on the cost spoke.
    for (const double v : {0.0, 0.5, 1.0})
        spec.y.ticks.push_back({v, Formatter::number(v, 1)});
    spec.y.minorTicks = 1;

    const Evaluation &ev = results.evaluation;
    const std::vector<int> eligible = ev.eligible();
    if (eligible.empty()) {
        spec.legend = LegendPlace::Hidden;
        return spec;
    }
    const int best = ev.recommendation.best;
    // The recommended site last, so it is drawn on top.
    std::vector<int> sites = eligible;
    std::stable_partition(sites.begin(), sites.end(), [best](int site) { return site != best; });
    const auto count = int(CriterionCount);
    for (const int site : sites) {
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        Line line;
        line.name = siteName(results, site);
        line.id = QStringLiteral("site:%1").arg(site);
        for (int k = 0; k < count; ++k)
            line.points.emplace_back(k, s.utility[std::size_t(k)]);
        line.points.emplace_back(count, s.utility[0]);
        line.color = site == best ? style::accent() : style::siteColor(site);
        line.width = site == best ? 3.0 : 1.6;
        spec.lines.push_back(std::move(line));
    }
    return spec;
}

} // namespace escale::ui::plot
