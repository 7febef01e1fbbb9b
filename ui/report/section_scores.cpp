// SPDX-License-Identifier: GPL-3.0-or-later
// Scores: the utilities per criterion, the ranking, and why the winner wins.
#include "report_chart.h"
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/formatting.h"
#include "core/recommendation_text.h"
#include "plot/result_plots.h"

#include <cmath>

namespace escale::ui::report {

namespace {

void addCriteriaTable(SectionContext &c)
{
    const Results &results = c.results;
    const Evaluation &ev = results.evaluation;
    ReportTable table;
    table.caption = Report::tr("Utility per criterion (0 worst, 1 best) and score");
    table.columns << TableColumn{Report::tr("Destination"), 1.0, Qt::AlignLeft};
    for (const Criterion criterion : AllCriteria)
        table.columns << TableColumn{
            Report::tr("%1 (%2)").arg(Formatter::criterionName(criterion),
                                      Formatter::percent(ev.weights[criterion], 0)),
            0.0, Qt::AlignRight};
    table.columns << TableColumn{Report::tr("Score"), 0.0, Qt::AlignRight}
                  << TableColumn{Report::tr("Rank"), 0.0, Qt::AlignRight};
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteEvaluation &s = ev.sites[i];
        QStringList cells{siteName(results, int(i))};
        for (const Criterion criterion : AllCriteria)
            cells << (s.excluded() && criterion == Criterion::Cost
                          ? QStringLiteral("—")
                          : Formatter::number(s.utility[index(criterion)], 3));
        cells << (s.excluded() ? Report::tr("excluded") : Formatter::number(s.score, 3))
              << (s.excluded() ? QStringLiteral("—") : QString::number(s.rank));
        table.addRow(cells, int(i) == ev.recommendation.best);
    }
    addTable(c.layout, table);
    c.layout.note(Report::tr("Weights in brackets. An excluded destination fails a hard "
                             "constraint and is not ranked."));
}

void addContributions(SectionContext &c)
{
    const Results &results = c.results;
    const Recommendation &r = results.evaluation.recommendation;
    if (r.best < 0 || r.runnerUp < 0 || r.contributions.empty())
        return;
    const QString winner = siteName(results, r.best);
    const QString runnerUp = siteName(results, r.runnerUp);
    c.layout.heading2(Report::tr("Why %1 wins").arg(winner), pt(120.0));
    c.layout.paragraph(Report::tr("Each criterion adds its weight times the gap between the two "
                                  "utilities to %1's lead over %2; a negative contribution is "
                                  "ground %2 makes up.")
                           .arg(winner, runnerUp));
    ReportTable table;
    table.caption = Report::tr("Contributions to the lead over %1").arg(runnerUp);
    table.columns = {{Report::tr("Criterion"), 1.0, Qt::AlignLeft},
                     {Report::tr("Weight"), 0.0, Qt::AlignRight},
                     {winner, 0.0, Qt::AlignRight},
                     {runnerUp, 0.0, Qt::AlignRight},
                     {Report::tr("Contribution"), 0.0, Qt::AlignRight}};
    double total = 0.0;
    for (const Contribution &k : r.contributions) {
        total += k.contribution;
        const bool zero = std::abs(k.contribution) < 0.0005; // shown as 0.000, not -0.000
        const QString sign = k.contribution > 0 && !zero ? QStringLiteral("+") : QString();
        const QColor color = zero                 ? ReportStyle::muted()
                             : k.contribution > 0 ? ReportStyle::accent()
                                                  : QColor::fromRgb(0xA33B20);
        table.addRow(
            QList<TextRuns>{TextRuns{TextRun{Formatter::criterionName(k.criterion)}},
                            TextRuns{TextRun{Formatter::percent(k.weight, 0)}},
                            TextRuns{TextRun{Formatter::number(k.winnerUtility, 3)}},
                            TextRuns{TextRun{Formatter::number(k.runnerUpUtility, 3)}},
                            TextRuns{{sign + Formatter::number(zero ? 0.0 : k.contribution, 3),
                                      !zero && k.contribution > 0, false, color}}});
    }
    table.addRow({Report::tr("Lead"), QString(), QString(), QString(),
                  (total > 0 ? QStringLiteral("+") : QString()) + Formatter::number(total, 3)},
                 false, true);
    addTable(c.layout, table);
    if (r.method.method != mcda::Method::Wsm)
        c.layout.note(Report::tr("Contributions are those of the weighted sum on the same "
                                 "utilities; %1 ranks with its own formula.")
                          .arg(Formatter::methodName(r.method.method)));
    if (const QString why = RecommendationText(results).decidingCriteria(); !why.isEmpty())
        c.layout.paragraph(why);
}

} // namespace

void writeScores(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    const Results &results = c.results;
    layout.heading1(c.number, reportSectionTitle(ReportSection::Scores));
    layout.paragraph(Report::tr("Every criterion becomes a utility between 0 and 1, the "
                                "weights combine them, and %1 ranks the eligible destinations.")
                         .arg(Formatter::methodName(results.scenario.method.method)),
                     pt(10.0));
    addCriteriaTable(c);

    ReportChart ranking;
    ranking.caption
        = Report::tr("Ranking under %1").arg(Formatter::methodName(results.scenario.method.method));
    ranking.spec = plot::rankingPlot(results);
    ranking.height = mm(66.0);
    if (results.rows().size() >= 2) {
        ReportChart radar;
        radar.caption = Report::tr("Utilities of the eligible destinations");
        radar.spec = plot::criteriaRadarPlot(results);
        radar.height = ranking.height;
        addChartRow(layout, ranking, radar);
    } else {
        addChart(layout, ranking);
    }
    addContributions(c);
}

} // namespace escale::ui::report
