// SPDX-License-Identifier: GPL-3.0-or-later
// The executive summary: the answer, what it saves, by how much it wins and how robust it is.
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/destination_columns.h"
#include "core/formatting.h"
#include "core/recommendation_text.h"
#include "core/robustness.h"
#include "core/robustness_text.h"
#include "core/switching_text.h"

#include <QPainter>

#include <algorithm>

namespace escale::ui::report {

namespace {

struct Tile
{
    QString value;
    QString label;
};

/** Key figures side by side: a large value over a short label, on a pale ground. */
void addTiles(ReportLayout &layout, const QList<Tile> &tiles)
{
    const qreal gap = pt(8.0);
    const qreal pad = pt(8.0);
    const qreal width = (layout.width() - gap * qreal(tiles.size() - 1)) / qreal(tiles.size());
    std::vector<std::pair<std::shared_ptr<TextBlock>, std::shared_ptr<TextBlock>>> blocks;
    qreal valueHeight = 0.0, labelHeight = 0.0;
    for (const Tile &tile : tiles) {
        auto value = std::make_shared<TextBlock>(tile.value, ReportStyle::font(15.0, true),
                                                 ReportStyle::accent());
        auto label = std::make_shared<TextBlock>(tile.label, ReportStyle::font(8.5),
                                                 ReportStyle::text());
        value->layout(width - 2 * pad);
        label->layout(width - 2 * pad);
        valueHeight = std::max(valueHeight, value->height());
        labelHeight = std::max(labelHeight, label->height());
        blocks.emplace_back(value, label);
    }
    const qreal height = 2 * pad + valueHeight + pt(4.0) + labelHeight;
    layout.place(height, [blocks, width, gap, pad, valueHeight](QPainter &p, const QRectF &r) {
        qreal x = r.left();
        for (const auto &[value, label] : blocks) {
            const QRectF box(x, r.top(), width, r.height());
            p.fillRect(box, ReportStyle::accentPale());
            p.fillRect(QRectF(box.left(), box.top(), box.width(), pt(2.0)), ReportStyle::accent());
            value->draw(p, box.topLeft() + QPointF(pad, pad));
            label->draw(p, box.topLeft() + QPointF(pad, pad + valueHeight + pt(4.0)));
            x += width + gap;
        }
    });
    layout.skip(pt(12.0));
}

/** "high", "moderate" or "low", with the reasons, following the rule stated in the appendix. */
QString robustnessSentence(const ReportData &data, int winner)
{
    const Recommendation &r = data.results->evaluation.recommendation;
    const double share = rankOneAcceptability(data, winner);
    if (winner < 0 || share < 0.0)
        return {};
    const QString name = siteName(*data.results, winner);
    const QString acceptability = Formatter::percent(share, 0);
    const Robustness rating = rateRobustness(r.methodsAgree, share);
    if (rating == Robustness::High)
        return Report::tr("Robustness: high. The four methods agree and %1 ranks first in %2 of "
                          "the uncertainty samples.")
            .arg(name, acceptability);
    if (rating == Robustness::Low)
        return Report::tr("Robustness: low. The methods disagree and %1 ranks first in only %2 "
                          "of the uncertainty samples: treat the choice as open.")
            .arg(name, acceptability);
    if (r.methodsAgree)
        return Report::tr("Robustness: moderate. The four methods agree, but %1 ranks first in "
                          "only %2 of the uncertainty samples: the answer depends on the weights.")
            .arg(name, acceptability);
    return Report::tr("Robustness: moderate. %1 ranks first in %2 of the uncertainty samples, "
                      "but the methods disagree.")
        .arg(name, acceptability);
}

QList<Tile> keyFigures(const ReportData &data, int winner)
{
    const Results &results = *data.results;
    const Evaluation &ev = results.evaluation;
    const Recommendation &r = ev.recommendation;
    const int months = results.scenario.horizonMonths;
    QList<Tile> tiles;
    if (r.split && r.split->onshore >= 0) {
        // The split's own saving: both parts on their own volumes against the onshore site.
        const SiteCost &cost = r.split->cost;
        tiles << Tile{Formatter::money(cost.savingVsOnshore),
                      Report::tr("saved by the split against %1 over %2 months (%3)")
                          .arg(siteName(results, r.split->onshore))
                          .arg(months)
                          .arg(Formatter::percent(cost.savingShare))};
    } else if (r.split) {
        tiles << Tile{Formatter::money(r.split->tco),
                      Report::tr("cost of the split over %1 months").arg(months)};
    } else if (r.best >= 0) {
        const SiteEvaluation &best = ev.sites[std::size_t(r.best)];
        const SiteCost &cost = best.cost(ev.view);
        if (best.onshore)
            tiles << Tile{Formatter::money(cost.tco),
                          Report::tr("cost of staying onshore over %1 months").arg(months)};
        else
            tiles << Tile{Formatter::money(cost.savingVsOnshore),
                          Report::tr("saved against onshore over %1 months (%2)")
                              .arg(months)
                              .arg(Formatter::percent(cost.savingShare))};
    }
    if (r.runnerUp >= 0)
        tiles << Tile{
            Formatter::number(r.margin, 3),
            Report::tr("score lead over %1, the runner-up").arg(siteName(results, r.runnerUp))};
    const double share = rankOneAcceptability(data, winner);
    if (share >= 0.0)
        tiles << Tile{
            Formatter::percent(share, 0),
            Report::tr("of %1 uncertainty samples rank %2 first")
                .arg(Formatter::number(double(data.smaa.samples)), siteName(results, winner))};
    if (!r.methods.empty()) {
        int agreeing = 0;
        for (const MethodOutcome &m : r.methods)
            agreeing += m.winner == r.best ? 1 : 0;
        tiles << Tile{QStringLiteral("%1 / %2").arg(agreeing).arg(r.methods.size()),
                      Report::tr("decision methods pick the same destination")};
    }
    return tiles;
}

/** The winner's figures that no published source backs: what to check before signing. */
QString estimatesSentence(const Results &results, int winner)
{
    const DestinationProfile *profile = siteProfile(results, winner);
    if (!profile)
        return {};
    QStringList estimates;
    int figures = 0;
    for (const int column : keyFigureColumns()) {
        if (!DestinationColumns::valueOf(*profile, column))
            continue;
        ++figures;
        if (DestinationColumns::isEstimate(*profile, column))
            estimates << DestinationColumns::label(column);
    }
    if (estimates.isEmpty())
        return Report::tr("Every key figure behind %1 comes from a published source.")
            .arg(siteName(results, winner));
    return Report::tr("%1 of the %2 key figures behind %3 are Escale estimates, to confirm with "
                      "vendors before deciding: %4.")
        .arg(estimates.size())
        .arg(figures)
        .arg(siteName(results, winner), estimates.join(Report::tr("; ")));
}

/** A split's two parts with their share, FTE and cost, and the total. */
void addSplitTable(SectionContext &c)
{
    const Results &results = c.results;
    const SplitPlan &split = *results.evaluation.recommendation.split;
    ReportTable table;
    table.caption = Report::tr("How the work splits");
    table.columns = {{Report::tr("Destination"), 1.0, Qt::AlignLeft},
                     {Report::tr("Share of the volume"), 0.0, Qt::AlignRight},
                     {Report::tr("FTE"), 0.0, Qt::AlignRight},
                     {Report::tr("Cost over the horizon"), 0.0, Qt::AlignRight}};
    table.addRow({siteName(results, split.primary), Formatter::percent(split.primaryShare, 0),
                  Formatter::number(split.primaryFte, 1), Formatter::money(split.primaryTco)});
    table.addRow({siteName(results, split.secondary), Formatter::percent(split.secondaryShare(), 0),
                  Formatter::number(split.secondaryFte, 1), Formatter::money(split.secondaryTco)});
    table.addRow({Report::tr("Together"), Formatter::percent(1.0, 0),
                  Formatter::number(split.primaryFte + split.secondaryFte, 1),
                  Formatter::money(split.tco)},
                 false, true);
    addTable(c.layout, table);
    c.layout.note(
        Report::tr("Each part is staffed and priced on its own share of every "
                   "channel's volume, transition included; %1 takes what keeps it "
                   "within %2 of its sector's jobs.")
            .arg(siteName(results, split.primary),
                 Formatter::percent(results.scenario.constraints.maxSectorShare,
                                    Formatter::neededDecimals(
                                        results.scenario.constraints.maxSectorShare * 100.0, 3))));
}

void addRankingTable(SectionContext &c)
{
    const Results &results = c.results;
    const Evaluation &ev = results.evaluation;
    ReportTable table;
    table.caption = Report::tr("The destinations at a glance");
    table.columns = {{Report::tr("Rank"), 0.0, Qt::AlignCenter},
                     {Report::tr("Destination"), 1.0, Qt::AlignLeft},
                     {Report::tr("Score"), 0.0, Qt::AlignRight},
                     {Report::tr("Cost over the horizon"), 0.0, Qt::AlignRight},
                     {Report::tr("Saving vs onshore"), 0.0, Qt::AlignRight},
                     {Report::tr("Break-even"), 0.0, Qt::AlignRight}};
    for (const int i : sitesByRank(ev)) {
        const SiteEvaluation &s = ev.sites[std::size_t(i)];
        const SiteCost &cost = s.cost(ev.view);
        const QString breakEven = s.onshore ? QStringLiteral("—")
                                  : cost.breakEvenMonth
                                      ? Report::tr("month %1").arg(*cost.breakEvenMonth)
                                      : Report::tr("none");
        table.addRow(
            {s.excluded() ? QStringLiteral("—") : QString::number(s.rank), siteName(results, i),
             s.excluded() ? Report::tr("excluded") : Formatter::number(s.score, 3),
             Formatter::money(cost.tco),
             s.onshore ? QStringLiteral("—")
                       : QStringLiteral("%1 (%2)").arg(Formatter::money(cost.savingVsOnshore),
                                                       Formatter::percent(cost.savingShare)),
             breakEven},
            i == ev.recommendation.best);
    }
    addTable(c.layout, table);
    c.layout.note(Report::tr("Scores under %1; costs in the %2 view, over %3, transition and "
                             "escalators included.")
                      .arg(Formatter::methodName(results.scenario.method.method),
                           Formatter::costViewName(ev.view).toLower(),
                           horizonText(results.scenario)));
}

} // namespace

void writeSummary(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    const Results &results = c.results;
    const RecommendationText text(results);
    const int winner = winnerSite(results);
    layout.heading1(c.number, reportSectionTitle(ReportSection::Summary));

    layout.text(TextBlock(text.headline(), ReportStyle::font(16.0, true), ReportStyle::accent(),
                          Qt::AlignLeft, 1.1),
                pt(8.0));
    QStringList lead{text.margin(), text.saving()};
    lead.removeAll(QString());
    if (!lead.isEmpty())
        layout.paragraph(lead.join(QLatin1Char(' ')), pt(12.0));

    const QList<Tile> tiles = keyFigures(c.data, winner);
    if (!tiles.isEmpty())
        addTiles(layout, tiles);
    if (results.evaluation.recommendation.split)
        addSplitTable(c);

    if (const QString why = text.decidingCriteria(); !why.isEmpty() && winner >= 0) {
        layout.heading2(Report::tr("Why %1").arg(siteName(results, winner)));
        layout.paragraph(why);
    }

    QStringList robustness;
    if (const QString overall = robustnessSentence(c.data, winner); !overall.isEmpty())
        robustness << overall;
    if (!results.stability.empty())
        robustness << RobustnessText::mostSensitiveSentence(results);
    if (const QString methods = text.methodAgreement(); !methods.isEmpty())
        robustness << methods;
    if (const SwitchingValue *nearest = SwitchingText::nearestSwitch(c.data.switching))
        robustness << Report::tr("Nearest switch of an input: %1")
                          .arg(SwitchingText::sentence(results, *nearest));
    if (!robustness.isEmpty()) {
        layout.heading2(Report::tr("How robust the answer is"));
        layout.bullets(robustness);
    }
    if (const QStringList excluded = text.exclusions(); !excluded.isEmpty()) {
        layout.heading2(Report::tr("Excluded destinations"));
        layout.bullets(excluded);
    }
    if (const QString check = estimatesSentence(results, winner); !check.isEmpty()) {
        layout.heading2(Report::tr("Before deciding"));
        layout.paragraph(check);
    }
    layout.skip(pt(6.0));
    addRankingTable(c);
}

} // namespace escale::ui::report
