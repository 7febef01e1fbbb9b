// SPDX-License-Identifier: GPL-3.0-or-later
#include "result_plots.h"

#include "core/formatting.h"
#include "core/style.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace escale::ui::plot {

ChartSpec rankingPlot(const Results &results)
{
    ChartSpec spec;
    spec.kind = ChartKind::Bars;
    spec.id = QStringLiteral("ranking");
    spec.horizontal = true;
    spec.seriesId = QStringLiteral("scores");
    spec.legend = LegendPlace::Hidden;
    const Evaluation &ev = results.evaluation;
    const Recommendation &rec = ev.recommendation;
    spec.title = QCoreApplication::translate("Charts", "Score by destination under %1")
                     .arg(Formatter::methodName(rec.method.method));
    if (ev.sites.empty())
        return spec;

    const std::vector<int> order = sitesByRank(ev);
    const int n = int(order.size());
    // Category c (from the bottom) shows order[n - 1 - c]: the best site is at the top.
    double low = 0.0;
    double high = 0.0;
    bool unitRange = true; // every score in [0, 1]
    for (int c = 0; c < n; ++c) {
        const int site = order[std::size_t(n - 1 - c)];
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        const QString name = elideLabel(siteName(results, site));
        if (s.excluded()) {
            spec.categories << QCoreApplication::translate("Charts", "%1 (excluded)").arg(name);
            continue;
        }
        spec.categories << QCoreApplication::translate("Charts", "%1 (%2)")
                               .arg(name, Formatter::number(s.score, 3));
        low = std::min(low, s.score);
        high = std::max(high, s.score);
        unitRange = unitRange && s.score >= 0.0 && s.score <= 1.0;
    }

    for (int c = n - 1; c >= 0; --c) {
        const int site = order[std::size_t(n - 1 - c)];
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        if (s.excluded())
            continue;
        BarSet set;
        set.name = siteName(results, site);
        set.id = QStringLiteral("site:%1").arg(site);
        set.values.assign(std::size_t(n), 0.0);
        set.values[std::size_t(c)] = s.score;
        set.color = site == rec.best ? style::accent() : style::siteColor(site);
        set.border = set.color;
        const QString tip = QCoreApplication::translate("Charts", "%1: score %2, rank %3")
                                .arg(set.name, Formatter::number(s.score, 3),
                                     QString::number(s.rank));
        for (int k = 0; k < n; ++k)
            set.tips << tip;
        spec.bars.push_back(std::move(set));
    }

    // 0..1 for scores in that range; PROMETHEE II net flows (-1..1) get a tighter range.
    // Tick labels written by Formatter at exact multiples of the step (no "-0.0").
    int first = unitRange ? 0 : int(std::floor(low * 10.0 + 1e-9)); // in tenths
    int last = unitRange ? 10 : std::max(1, int(std::ceil(high * 10.0 - 1e-9)));
    const int every = last - first <= 5 ? 1 : last - first <= 10 ? 2 : 5;
    first = int(std::floor(double(first) / every)) * every;
    last = int(std::ceil(double(last) / every)) * every;
    spec.y.min = first / 10.0;
    spec.y.max = last / 10.0;
    for (int tenth = first; tenth <= last; ++tenth) {
        if (tenth % every == 0)
            spec.y.ticks.push_back({tenth / 10.0, Formatter::number(tenth / 10.0, 1)});
    }
    spec.y.title = QCoreApplication::translate("Charts", "Score (higher is better)");
    return spec;
}

} // namespace escale::ui::plot
