// SPDX-License-Identifier: GPL-3.0-or-later
// Staffing and cost: agents and FTE per site, the cost breakdown and the cumulative cost.
#include "report_chart.h"
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/formatting.h"
#include "plot/result_plots.h"

namespace escale::ui::report {

namespace {

void addStaffingTable(SectionContext &c)
{
    const Results &results = c.results;
    const Evaluation &ev = results.evaluation;
    const bool inHouse = ev.view == CostView::InHouse;
    ReportTable table;
    table.caption = Report::tr("Staff and cost per destination");
    table.columns = {{Report::tr("Destination"), 1.0, Qt::AlignLeft},
                     {Report::tr("Peak agents"), 0.0, Qt::AlignRight},
                     {Report::tr("Agent FTE"), 0.0, Qt::AlignRight}};
    if (inHouse)
        table.columns << TableColumn{Report::tr("Support FTE"), 0.0, Qt::AlignRight};
    table.columns << TableColumn{Report::tr("Cost per month"), 0.0, Qt::AlignRight}
                  << TableColumn{Report::tr("Cost over the horizon"), 0.0, Qt::AlignRight}
                  << TableColumn{Report::tr("Per contact"), 0.0, Qt::AlignRight}
                  << TableColumn{Report::tr("Per productive hour"), 0.0, Qt::AlignRight};
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteEvaluation &s = ev.sites[i];
        const SiteCost &cost = s.cost(ev.view);
        QStringList cells{siteName(results, int(i)), Formatter::number(s.staffing.peakScheduled),
                          Formatter::number(s.fte, 1)};
        if (inHouse)
            cells << Formatter::number(s.supportFte, 1);
        cells << Formatter::money(cost.monthly.total()) << Formatter::money(cost.tco)
              << Formatter::money(cost.costPerContact, 2)
              << Formatter::money(cost.costPerProductiveHour, 2);
        table.addRow(cells, int(i) == ev.recommendation.best);
    }
    addTable(c.layout, table);
    c.layout.note(Report::tr("Peak agents: most agents scheduled in one interval, shrinkage "
                             "included. FTE: scheduled hours over the site's contractual week. "
                             "Cost per month: year-1 run rate, without the transition."));
}

void addChannelTable(SectionContext &c)
{
    const Results &results = c.results;
    const Evaluation &ev = results.evaluation;
    const int best = ev.recommendation.best;
    if (best < 0)
        return;
    const SiteEvaluation &s = ev.sites[std::size_t(best)];
    ReportTable table;
    table.caption = Report::tr("Service per channel at %1").arg(siteName(results, best));
    table.columns = {{Report::tr("Channel"), 1.0, Qt::AlignLeft},
                     {Report::tr("Handle time"), 0.0, Qt::AlignRight},
                     {Report::tr("Peak agents on the floor"), 0.0, Qt::AlignRight},
                     {Report::tr("Productive hours per week"), 0.0, Qt::AlignRight},
                     {Report::tr("Service level"), 0.0, Qt::AlignRight},
                     {Report::tr("Occupancy"), 0.0, Qt::AlignRight}};
    for (const ChannelStaffing &ch : s.staffing.channels)
        table.addRow({Formatter::channelName(ch.channel),
                      Report::tr("%1 s").arg(Formatter::number(ch.ahtSeconds)),
                      Formatter::number(ch.peakAgents), Formatter::number(ch.weeklyAgentHours),
                      Formatter::percent(ch.serviceLevel), Formatter::percent(ch.occupancy)});
    addTable(c.layout, table);
}

} // namespace

void writeStaffing(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    const Results &results = c.results;
    const Evaluation &ev = results.evaluation;
    layout.heading1(c.number, reportSectionTitle(ReportSection::Staffing));
    layout.paragraph(Report::tr("Each destination is staffed for the same service: every "
                                "%3-minute interval of the week is sized on its own, then the "
                                "schedule is priced in the %1 view over %2.")
                         .arg(Formatter::costViewName(ev.view).toLower(),
                              horizonText(results.scenario),
                              QString::number(results.scenario.workload.intervalMinutes)),
                     pt(10.0));
    addStaffingTable(c);

    ReportChart breakdown;
    breakdown.caption = Report::tr("Cost over the horizon by component");
    breakdown.spec = plot::costBreakdownPlot(results);
    breakdown.height = mm(88.0);
    breakdown.note = Report::tr("Each bar adds up to the destination's cost over the horizon, "
                                "transition and yearly escalators included.");
    addChart(layout, breakdown);

    ReportChart cumulative;
    cumulative.caption = Report::tr("Cumulative cost and break-even");
    cumulative.spec = plot::monthlyCostPlot(results);
    cumulative.height = mm(92.0);
    const int best = ev.recommendation.best;
    if (best >= 0 && !ev.sites[std::size_t(best)].onshore) {
        const SiteCost &cost = ev.sites[std::size_t(best)].cost(ev.view);
        cumulative.note = cost.breakEvenMonth
                              ? Report::tr("%1 costs less than onshore, in cumulative terms, from "
                                           "month %2: the transition is paid back by then.")
                                    .arg(siteName(results, best))
                                    .arg(*cost.breakEvenMonth)
                              : Report::tr("%1 does not pay back its transition within the "
                                           "horizon.")
                                    .arg(siteName(results, best));
    }
    addChart(layout, cumulative);
    addChannelTable(c);
}

} // namespace escale::ui::report
