// SPDX-License-Identifier: GPL-3.0-or-later
// The robustness charts: weight stability intervals and SMAA-2 rank acceptability.
#include "result_plots.h"

#include "core/formatting.h"
#include "core/style.h"

#include <QCoreApplication>

#include <cmath>

namespace escale::ui::plot {

namespace {

class StabilityChart
{
    Q_DECLARE_TR_FUNCTIONS(StabilityChart)
};

class SmaaChart
{
    Q_DECLARE_TR_FUNCTIONS(SmaaChart)
};

constexpr double BandOuter = 0.34; // half-row offsets of the two bars (row height 1)
constexpr double BandInner = 0.04;
constexpr double TickHalf = 0.44;

/** Rank 1 in the accent colour, later ranks mixed towards a pale grey. */
QColor rankColor(int rank, int ranks)
{
    const QColor dark = style::accent().darker(115);
    const QColor pale = QColor::fromRgb(0xD3DDD8);
    const double t = ranks > 1 ? double(rank) / double(ranks - 1) : 0.0;
    auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mix(dark.red(), pale.red()), mix(dark.green(), pale.green()),
                  mix(dark.blue(), pale.blue()));
}

} // namespace

ChartSpec stabilityPlot(const Results &results)
{
    ChartSpec spec;
    spec.kind = ChartKind::XY;
    spec.id = QStringLiteral("stability");
    if (results.stability.empty()) {
        spec.title = StabilityChart::tr(
            "Weight stability needs at least two eligible destinations");
        spec.legend = LegendPlace::Hidden;
        return spec;
    }
    spec.title = StabilityChart::tr("%1 stays first — %2")
                     .arg(rowName(results, results.winnerRow()),
                          Formatter::methodName(results.scenario.method.method));
    spec.x = percentAxis();
    spec.x.title = StabilityChart::tr("Weight of the criterion (others rescaled in proportion)");
    const int n = int(results.stability.size());
    spec.y.min = -0.5;
    spec.y.max = n - 0.5;
    spec.y.grid = false;
    for (int row = 0; row < n; ++row) {
        const mcda::WeightStability &s = results.stability[std::size_t(n - 1 - row)];
        spec.y.ticks.push_back(
            {double(row), StabilityChart::tr("%1 (%2)").arg(
                              Formatter::criterionName(AllCriteria[std::size_t(s.criterion)]),
                              Formatter::percent(s.weight, 0))});
    }

    const QColor top = style::accent();
    // A pale tint of the accent (mixed 60% towards white), so it reads as secondary.
    const QColor ranking((top.red() * 2 + 255 * 3) / 5, (top.green() * 2 + 255 * 3) / 5,
                         (top.blue() * 2 + 255 * 3) / 5);
    // Rows from the bottom, so the first criterion (cost) is drawn at the top.
    for (int row = 0; row < n; ++row) {
        const int k = n - 1 - row;
        const mcda::WeightStability &s = results.stability[std::size_t(k)];
        spec.bands.push_back({StabilityChart::tr("Winner stays first"),
                              QStringLiteral("top:%1").arg(k), top, s.topLow * 100.0,
                              s.topHigh * 100.0, row + BandInner, row + BandOuter, k == 0});
        spec.bands.push_back({StabilityChart::tr("Whole ranking unchanged"),
                              QStringLiteral("ranking:%1").arg(k), ranking, s.rankingLow * 100.0,
                              s.rankingHigh * 100.0, row - BandOuter, row - BandInner, k == 0});
        Line current;
        current.name = StabilityChart::tr("Current weight");
        current.id = QStringLiteral("current:%1").arg(k);
        current.points = {QPointF(s.weight * 100.0, row - TickHalf),
                          QPointF(s.weight * 100.0, row + TickHalf)};
        current.color = style::text();
        current.width = 2.5;
        current.inLegend = k == 0;
        spec.lines.push_back(std::move(current));
    }
    return spec;
}

ChartSpec smaaPlot(const mcda::SmaaResult &smaa, const QStringList &alternatives)
{
    ChartSpec spec;
    spec.kind = ChartKind::Bars;
    spec.id = QStringLiteral("smaa");
    spec.seriesId = QStringLiteral("acceptability");
    const auto m = int(smaa.rankAcceptability.rows());
    if (m == 0 || smaa.samples == 0) {
        spec.title = SmaaChart::tr("No uncertainty analysis yet");
        spec.legend = LegendPlace::Hidden;
        return spec;
    }
    spec.title = smaa.cancelled ? SmaaChart::tr("Rank acceptability (stopped after %1 samples)")
                                      .arg(Formatter::number(double(smaa.samples)))
                                : SmaaChart::tr("Rank acceptability (%1 samples)")
                                      .arg(Formatter::number(double(smaa.samples)));
    const auto ranks = int(smaa.rankAcceptability.cols());
    for (int r = 0; r < ranks; ++r) {
        BarSet set;
        set.name = SmaaChart::tr("Rank %1").arg(r + 1);
        set.id = QStringLiteral("rank:%1").arg(r + 1);
        for (int i = 0; i < m; ++i)
            set.values.push_back(smaa.rankAcceptability(i, r) * 100.0);
        set.color = rankColor(r, ranks);
        set.border = set.color;
        spec.bars.push_back(std::move(set));
    }
    for (int i = 0; i < m; ++i)
        spec.categories << (i < alternatives.size() ? alternatives[i] : QString::number(i + 1));
    spec.y = percentAxis();
    spec.y.title = SmaaChart::tr("Share of samples");
    return spec;
}

} // namespace escale::ui::plot
