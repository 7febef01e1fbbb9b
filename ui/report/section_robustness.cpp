// SPDX-License-Identifier: GPL-3.0-or-later
// Robustness: weight stability, the four methods side by side, SMAA-2 rank acceptability and
// the switching values of the key inputs.
#include "report_chart.h"
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/formatting.h"
#include "core/recommendation_text.h"
#include "core/robustness.h"
#include "core/robustness_text.h"
#include "core/switching_text.h"
#include "plot/result_plots.h"

namespace escale::ui::report {

namespace {

QString interval(double low, double high)
{
    return Report::tr("%1 to %2").arg(Formatter::percent(low, 0), Formatter::percent(high, 0));
}

void addStability(SectionContext &c)
{
    const Results &results = c.results;
    ReportLayout &layout = c.layout;
    layout.heading2(Report::tr("How far each weight can move"), mm(80.0));
    layout.paragraph(Report::tr("One weight at a time moves from 0 to 100 %, the others rescaled "
                                "in proportion: the dark bar is the range in which %1 stays "
                                "first, the light bar the range in which the whole ranking stays "
                                "the same, the tick the current weight.")
                         .arg(siteName(results, winnerSite(results))));
    ReportChart chart;
    chart.caption = Report::tr("Weight stability intervals under %1")
                        .arg(Formatter::methodName(results.scenario.method.method));
    chart.spec = plot::stabilityPlot(results);
    chart.height = mm(70.0);
    addChart(layout, chart);

    ReportTable table;
    table.caption = Report::tr("Weight stability intervals");
    table.columns = {{Report::tr("Criterion"), 0.0, Qt::AlignLeft},
                     {Report::tr("Weight"), 0.0, Qt::AlignRight},
                     {Report::tr("Winner stays first"), 0.0, Qt::AlignRight},
                     {Report::tr("Ranking unchanged"), 0.0, Qt::AlignRight},
                     {Report::tr("Takes over below"), 1.0, Qt::AlignLeft},
                     {Report::tr("Takes over above"), 1.0, Qt::AlignLeft}};
    for (const mcda::WeightStability &s : results.stability) {
        const auto who = [&results](const std::optional<int> &row) {
            return row ? rowName(results, *row) : QStringLiteral("—");
        };
        table.addRow({Formatter::criterionName(AllCriteria[std::size_t(s.criterion)]),
                      Formatter::percent(s.weight, 0), interval(s.topLow, s.topHigh),
                      interval(s.rankingLow, s.rankingHigh), who(s.takesOverBelow),
                      who(s.takesOverAbove)});
    }
    addTable(layout, table);
    layout.paragraph(RobustnessText::mostSensitiveSentence(results));
}

void addMethods(SectionContext &c)
{
    const Results &results = c.results;
    ReportLayout &layout = c.layout;
    layout.heading2(Report::tr("Four methods on the same utilities"), mm(50.0));
    if (const QString agreement = RecommendationText(results).methodAgreement();
        !agreement.isEmpty())
        layout.paragraph(agreement);
    ReportTable table;
    table.caption = Report::tr("Rank and score per method");
    table.columns = {{Report::tr("Destination"), 1.0, Qt::AlignLeft},
                     {Report::tr("WSM score"), 0.0, Qt::AlignRight},
                     {Report::tr("TOPSIS C"), 0.0, Qt::AlignRight},
                     {Report::tr("VIKOR Q"), 0.0, Qt::AlignRight},
                     {Report::tr("PROMETHEE II φ"), 0.0, Qt::AlignRight}};
    for (std::size_t row = 0; row < results.rows().size(); ++row) {
        QList<TextRuns> cells{TextRuns{TextRun{rowName(results, int(row))}}};
        for (const MethodOutcome &method : results.methods()) {
            const mcda::Ranking &ranking = method.ranking;
            const double value = ranking.method == mcda::Method::Vikor
                                     ? ranking.Q[Eigen::Index(row)]
                                     : ranking.scores[Eigen::Index(row)];
            const int rank = ranking.ranks[row];
            cells << TextRuns{
                {Report::tr("#%1").arg(rank), rank == 1, false,
                 rank == 1 ? ReportStyle::accent() : ReportStyle::muted()},
                {QStringLiteral("  ") + Formatter::number(value, 3), rank == 1, false, {}}};
        }
        table.addRow(cells, results.rows()[row] == results.evaluation.recommendation.best);
    }
    addTable(layout, table);
    layout.note(Report::tr("#n is the rank under each method. TOPSIS with vector normalisation; "
                           "VIKOR with v = %1, lower Q is better; PROMETHEE II net flow with "
                           "flows divided by n − 1. Definitions in the appendix.")
                    .arg(Formatter::number(mcda::VikorDefaultV, 1)));
}

void addSmaa(SectionContext &c)
{
    const Results &results = c.results;
    const mcda::SmaaResult &smaa = c.data.smaa;
    ReportLayout &layout = c.layout;
    layout.heading2(Report::tr("Uncertain weights and wages (SMAA-2)"), mm(90.0));
    if (smaa.samples == 0) {
        layout.paragraph(Report::tr("The uncertainty analysis needs at least two eligible "
                                    "destinations."));
        return;
    }
    layout.paragraph(Report::tr("%1 random cases were ranked with %2: weights drawn uniformly "
                                "within ±%4 points of the scenario's weights, and each "
                                "destination's cost drawn "
                                "over its range of agent pay. Seed %3, so the same scenario gives "
                                "the same figures.")
                         .arg(Formatter::number(double(smaa.samples)),
                              Formatter::methodName(smaa.options.method.method))
                         .arg(smaa.options.seed)
                         .arg(Formatter::number(SmaaWeightHalfWidth * 100.0)));
    QStringList names;
    for (std::size_t row = 0; row < results.rows().size(); ++row)
        names << rowName(results, int(row));
    ReportChart chart;
    chart.caption = Report::tr("Rank acceptability: share of the cases giving each rank");
    chart.spec = plot::smaaPlot(smaa, names);
    chart.height = mm(78.0);
    addChart(layout, chart);

    const auto ranks = int(smaa.rankAcceptability.cols());
    ReportTable table;
    table.caption = Report::tr("Rank acceptability and confidence");
    table.columns << TableColumn{Report::tr("Destination"), 1.0, Qt::AlignLeft};
    for (int r = 0; r < ranks; ++r)
        table.columns << TableColumn{Report::tr("Rank %1").arg(r + 1), 0.0, Qt::AlignRight};
    table.columns << TableColumn{Report::tr("Confidence"), 0.0, Qt::AlignRight};
    for (int row = 0; row < int(names.size()); ++row) {
        QStringList cells{names[row]};
        for (int r = 0; r < ranks; ++r)
            cells << Formatter::percent(smaa.rankAcceptability(row, r), 1);
        cells << Formatter::percent(smaa.confidenceFactors(row), 0);
        table.addRow(cells,
                     results.rows()[std::size_t(row)] == results.evaluation.recommendation.best);
    }
    addTable(layout, table);
    layout.note(Report::tr("Confidence: share of the cost draws in which the destination ranks "
                           "first at its central weights, the mean weights of the cases it wins."));
}

void addSwitching(SectionContext &c)
{
    const Results &results = c.results;
    const SwitchingAnalysis &switching = c.data.switching;
    if (switching.values.empty())
        return;
    ReportLayout &layout = c.layout;
    layout.heading2(Report::tr("What input values would change the answer"), mm(70.0));
    const auto factor = [](double x) -> QString {
        return Formatter::number(x, Formatter::neededDecimals(x, 2)) + QChar(0x00D7);
    };
    layout.paragraph(
        Report::tr("Each key input moves alone, all else equal, and the scenario is staffed, "
                   "priced and ranked again under %1 at every trial value. The switching value "
                   "is where another destination is recommended: searched from %2 to %3 the "
                   "current value (billed rate, handle time, volume) or over the admissible "
                   "range (attrition, wage inflation), then found by bisection to a relative "
                   "%4.")
            .arg(Formatter::methodName(results.scenario.method.method),
                 factor(1.0 / switching.options.bracketFactor),
                 factor(switching.options.bracketFactor),
                 QString::number(switching.options.relativeTolerance)));
    ReportTable table;
    table.caption = Report::tr("Switching values of the key inputs");
    table.columns = {{Report::tr("Input"), 0.0, Qt::AlignLeft},
                     {Report::tr("Destination"), 0.0, Qt::AlignLeft},
                     {Report::tr("Now"), 0.0, Qt::AlignRight},
                     {Report::tr("Switching value"), 1.0, Qt::AlignRight},
                     {Report::tr("Change"), 0.0, Qt::AlignRight},
                     {Report::tr("Then recommended"), 0.0, Qt::AlignLeft}};
    for (const SwitchingValue &row : switching.values) {
        const SwitchingInput &input = switchingInputs()[row.input];
        const std::optional<SwitchingPoint> &point = row.nearest();
        table.addRow(
            {SwitchingText::label(input), SwitchingText::site(results, row),
             SwitchingText::value(input, row.current),
             point ? SwitchingText::value(input, point->value) : SwitchingText::noFlip(row),
             point ? SwitchingText::change(row, point->value) : QStringLiteral("—"),
             point ? SwitchingText::outcome(results, *point) : QStringLiteral("—")});
    }
    addTable(layout, table);
    layout.note(Report::tr("Change: relative to the current value, in percentage points for "
                           "attrition and wage inflation. Of the two directions, the nearer "
                           "switch is shown."));
    if (const SwitchingValue *nearest = SwitchingText::nearestSwitch(switching))
        layout.paragraph(
            Report::tr("Nearest switch: %1").arg(SwitchingText::sentence(results, *nearest)));
}

} // namespace

void writeRobustness(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    layout.heading1(c.number, reportSectionTitle(ReportSection::Robustness));
    layout.paragraph(Report::tr("A recommendation is only worth as much as its margin against "
                                "reasonable changes: other weights, another method, other pay "
                                "levels, other input figures. Four tests follow."),
                     pt(6.0));
    if (c.results.rows().size() < 2) {
        layout.paragraph(Report::tr("Fewer than two destinations are eligible: there is nothing "
                                    "to compare."));
        return;
    }
    addStability(c);
    addMethods(c);
    addSmaa(c);
    addSwitching(c);
}

} // namespace escale::ui::report
