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

#include "escale/model/recommendation.h"

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

/** How the parts of the lead are defined under the scenario's method, for the reader. */
QString contributionsIntro(const Recommendation &r, const QString &winner, const QString &runnerUp)
{
    const QString method = Formatter::methodName(r.method.method);
    switch (r.decomposition) {
    case mcda::MarginDecomposition::WeightedSum:
        return Report::tr("Each criterion adds its weight times the gap between the two "
                          "utilities to %1's lead over %2; a negative contribution is ground %2 "
                          "makes up.")
            .arg(winner, runnerUp);
    case mcda::MarginDecomposition::NetFlow:
        return Report::tr("%3's net flow is a weighted sum of one net flow per criterion, so each "
                          "criterion adds its weight times the gap between the two destinations' "
                          "net flows on it to %1's lead over %2; a negative part is ground %2 "
                          "makes up.")
            .arg(winner, runnerUp, method);
    case mcda::MarginDecomposition::Shapley:
        return Report::tr("%3 does not add up criterion by criterion, so each criterion's part of "
                          "%1's lead over %2 is its Shapley value: the lead it adds, averaged over "
                          "every order in which the gaps between the two destinations are opened "
                          "one criterion at a time; a negative part is ground %2 makes up.")
            .arg(winner, runnerUp, method);
    }
    return {};
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
    c.layout.paragraph(contributionsIntro(r, winner, runnerUp));
    ReportTable table;
    table.caption = Report::tr("Contributions to the lead over %1").arg(runnerUp);
    table.columns = {{Report::tr("Criterion"), 1.0, Qt::AlignLeft},
                     {Report::tr("Weight"), 0.0, Qt::AlignRight},
                     {winner, 0.0, Qt::AlignRight},
                     {runnerUp, 0.0, Qt::AlignRight},
                     {Report::tr("Contribution"), 0.0, Qt::AlignRight}};
    double total = 0.0;
    for (const Contribution &k : byMarginContribution(r)) {
        const double part = k.marginContribution;
        total += part;
        const bool zero = std::abs(part) < 0.0005; // shown as 0.000, not -0.000
        const QString sign = part > 0 && !zero ? QStringLiteral("+") : QString();
        const QColor color = zero       ? ReportStyle::muted()
                             : part > 0 ? ReportStyle::accent()
                                        : QColor::fromRgb(0xA33B20);
        table.addRow(QList<TextRuns>{TextRuns{TextRun{Formatter::criterionName(k.criterion)}},
                                     TextRuns{TextRun{Formatter::percent(k.weight, 0)}},
                                     TextRuns{TextRun{Formatter::number(k.winnerUtility, 3)}},
                                     TextRuns{TextRun{Formatter::number(k.runnerUpUtility, 3)}},
                                     TextRuns{{sign + Formatter::number(zero ? 0.0 : part, 3),
                                               !zero && part > 0, false, color}}});
    }
    table.addRow({Report::tr("Lead"), QString(), QString(), QString(),
                  (total > 0 ? QStringLiteral("+") : QString()) + Formatter::number(total, 3)},
                 false, true);
    addTable(c.layout, table);
    if (r.decomposition != mcda::MarginDecomposition::WeightedSum
        || r.method.normalization != mcda::Normalization::None)
        c.layout.note(Report::tr("Utilities in the destination columns; the contributions are "
                                 "in %1's score unit and add up to its lead of %2 (%3 − %4).")
                          .arg(Formatter::methodName(r.method.method),
                               Formatter::number(r.margin, 3), Formatter::number(r.bestScore, 3),
                               Formatter::number(r.runnerUpScore, 3)));
    // The criteria sentence without the note on what the parts are: the intro said it.
    if (const QString why = RecommendationText(results).criteriaSentence(); !why.isEmpty())
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
