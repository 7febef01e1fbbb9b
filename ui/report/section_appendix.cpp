// SPDX-License-Identifier: GPL-3.0-or-later
// Method appendix, first part: the formulas and conventions behind every number.
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/formatting.h"
#include "core/robustness.h"

#include <cmath>

#include "escale/model/ahp.h"
#include "escale/model/conventions.h"
#include "escale/model/methods.h"
#include "escale/model/scoring.h"
#include "escale/model/site_metrics.h"
#include "escale/model/smaa.h"
#include "escale/model/stability.h"

namespace escale::ui::report {

namespace {

void addStaffingFormulas(ReportLayout &layout, const Scenario &s)
{
    layout.heading2(Report::tr("Staffing"));
    layout.bullets({
        Report::tr(
            "Monthly volumes are spread over the opening hours (Paris time) by weekday and "
            "hourly arrival weights; each %1-minute interval of the week is sized on its own.")
            .arg(s.workload.intervalMinutes),
        Report::tr("Erlang C (voice and chat). Traffic A = λ × AHT / I erlangs for λ contacts in "
                   "an interval of length I. With N agents the probability of waiting is "
                   "C(N, A) = P / (Σₖ₌₀ᴺ⁻¹ Aᵏ/k! + P) with P = (Aᴺ/N!) × N/(N − A), and the "
                   "service level is SL = 1 − C(N, A) × e^(−(N − A) T / AHT) for the answer time "
                   "T. The agents needed are the smallest N > A with SL at or above the target "
                   "and occupancy A/N at most its cap."),
        Report::tr("Erlang A, when chosen, lets callers abandon after an exponential patience; "
                   "the service level is the share of all arrivals answered within T, abandons "
                   "counting as failures."),
        Report::tr("Chat: an agent serves c chats at once; the traffic is sized with Erlang C on "
                   "N × c slots and agents = ⌈slots / c⌉."),
        Report::tr("Email and outbound: each interval handles at its own rate, first in first "
                   "out, so that every item is handled within the deadline, counted in opening "
                   "hours; agents = rate × AHT / target occupancy, never idle (the fewest agent "
                   "hours), with the lowest peak rate among such schedules."),
        Report::tr("Scheduled agents = ⌈agents / (1 − shrinkage)⌉. FTE = scheduled weekly hours / "
                   "the site's contractual weekly hours. A site's handle times are the scenario's "
                   "times its AHT multiplier."),
    });
}

void addCostFormulas(ReportLayout &layout)
{
    layout.heading2(Report::tr("Costs"));
    layout.bullets({
        Report::tr("Vendor view: the billed rate per productive hour × productive hours, plus "
                   "night and Sunday premiums. In-house view: gross pay with statutory bonuses, "
                   "employer charges, premiums, support roles, seats and the cost of replacing "
                   "leavers (recruiting, training, nesting)."),
        Report::tr("Pay grows each year by the site's wage inflation and converts to euros with "
                   "its yearly currency drift. Every site but the incumbent pays a one-off "
                   "transition, during which the incumbent keeps serving (parallel run)."),
        Report::tr("Cost over the horizon (TCO) = the sum of the monthly costs, transition "
                   "included. Cost per contact = TCO / contacts over the horizon. Saving vs "
                   "onshore = onshore TCO − TCO. Break-even: the first month from which the "
                   "cumulative cost stays below the onshore one."),
    });
}

void addCriteria(ReportLayout &layout)
{
    layout.heading2(Report::tr("Criteria utilities"), mm(60.0));
    ReportTable table;
    table.caption = Report::tr("From raw figures to utilities");
    table.columns = {{Report::tr("Criterion"), 0.0, Qt::AlignLeft},
                     {Report::tr("Raw figure"), 1.2, Qt::AlignLeft},
                     {Report::tr("Utility (0 worst, 1 best)"), 1.0, Qt::AlignLeft}};
    table.addRow({Formatter::criterionName(Criterion::Cost), Report::tr("TCO over the horizon (€)"),
                  Report::tr("cheapest TCO / TCO")});
    table.addRow({Formatter::criterionName(Criterion::Language),
                  Report::tr("share of contacts × (full speakers + %1 × partial speakers) per "
                             "required language")
                      .arg(Formatter::number(LanguagePartialCredit, 2)),
                  Report::tr("the figure itself")});
    table.addRow({Formatter::criterionName(Criterion::Quality),
                  Report::tr("%1 × (maturity − %3)/%4 + %2 × (1 − attrition)")
                      .arg(Formatter::number(QualityMaturityWeight, 1),
                           Formatter::number(1.0 - QualityMaturityWeight, 1),
                           Formatter::number(MaturityScaleMin),
                           Formatter::number(MaturityScaleMax - MaturityScaleMin)),
                  Report::tr("the figure itself")});
    table.addRow({Formatter::criterionName(Criterion::Capacity), Report::tr("FTE / sector jobs"),
                  Report::tr("1 − share / maximum share, within [0, 1]")});
    table.addRow({Formatter::criterionName(Criterion::Coverage),
                  Report::tr("share of scheduled hours in normal local hours"),
                  Report::tr("the figure itself")});
    table.addRow({Formatter::criterionName(Criterion::Risk),
                  Report::tr("%1 × political risk + %2 × infrastructure risk, %3–%4")
                      .arg(Formatter::number(RiskPoliticalWeight, 1),
                           Formatter::number(1.0 - RiskPoliticalWeight, 1),
                           Formatter::number(RiskScaleMin), Formatter::number(RiskScaleMax)),
                  Report::tr("(%1 − risk) / %2")
                      .arg(Formatter::number(RiskScaleMax),
                           Formatter::number(RiskScaleMax - RiskScaleMin))});
    addTable(layout, table);
}

void addMethods(ReportLayout &layout)
{
    layout.heading2(Report::tr("Ranking methods"));
    layout.bullets({
        Report::tr("Weights are normalised to sum to 1. Ranks use competition ranking: 1 is best, "
                   "tied scores share the best rank and the next rank is skipped (22, 22, 21.5 "
                   "rank 1, 1, 3)."),
        Report::tr("WSM: score = Σ wⱼ uᵢⱼ on the utilities. The contributions to the lead are "
                   "wⱼ × (utility of the winner − utility of the runner-up)."),
        Report::tr("TOPSIS (Hwang & Yoon 1981): vector normalisation r = x / √(Σ x²), "
                   "v = w r, distances D⁺ and D⁻ to the ideal and anti-ideal points, closeness "
                   "C = D⁻ / (D⁺ + D⁻). Min-max normalisation, pymcdm's default, can order "
                   "alternatives differently."),
        Report::tr("VIKOR: S = Σ wⱼ dᵢⱼ, R = max wⱼ dᵢⱼ with dᵢⱼ = (f*ⱼ − xᵢⱼ)/(f*ⱼ − f⁻ⱼ), "
                   "Q = v (S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*) with v = %1; lower Q is "
                   "better; acceptable advantage DQ = 1/(m − 1).")
            .arg(Formatter::number(mcda::VikorDefaultV, 1)),
        Report::tr("PROMETHEE II: π(a, b) = Σ wⱼ Pⱼ(a, b), flows φ⁺ and φ⁻ divided by n − 1 (the "
                   "1986 paper uses plain sums), net flow φ = φ⁺ − φ⁻; on the utilities, the "
                   "linear preference function with q = %1 and p = %2 on every criterion.")
            .arg(Formatter::number(PrometheeIndifference, 2),
                 Formatter::number(PrometheePreference, 2)),
        Report::tr("Why the winner wins: each criterion's part of the lead over the runner-up, "
                   "in the method's score unit, the parts adding up to the lead. WSM: wⱼ × the "
                   "gap between the two utilities. PROMETHEE II: φ = Σ wⱼ φⱼ is additive, so "
                   "wⱼ × (φⱼ(winner) − φⱼ(runner-up)). TOPSIS and VIKOR: the Shapley value of "
                   "each criterion, where the value of a set of criteria is the lead left when "
                   "the two destinations differ only on them (the other gaps closed both ways, "
                   "the two leads averaged): exact, %1 evaluations for %2 criteria.")
            .arg(2 * (1 << int(CriterionCount)))
            .arg(int(CriterionCount)),
        Report::tr("AHP, when weights come from a pairwise matrix: principal eigenvector, "
                   "CI = (λmax − n)/(n − 1), CR = CI / RI(n) with Saaty's 1980 random index "
                   "(table below); CR above %1 is flagged.")
            .arg(Formatter::number(mcda::AhpConsistencyLimit, 2)),
    });
    ReportTable ri;
    ri.caption = Report::tr("Random index RI(n) of the four published tables");
    ri.fontSize = 8.0;
    ri.columns = {{QStringLiteral("n"), 0.0, Qt::AlignLeft},
                  {QStringLiteral("Saaty 1980"), 1.0, Qt::AlignRight},
                  {QStringLiteral("Saaty 2005"), 1.0, Qt::AlignRight},
                  {QStringLiteral("Donegan & Dodd"), 1.0, Qt::AlignRight},
                  {QStringLiteral("Tummala & Ling"), 1.0, Qt::AlignRight}};
    using mcda::RandomIndexTable;
    for (Eigen::Index n = 3; n <= 10; ++n) {
        ri.addRow({QString::number(n),
                   Formatter::number(mcda::randomIndex(RandomIndexTable::Saaty1980, n), 2),
                   Formatter::number(mcda::randomIndex(RandomIndexTable::Saaty2005, n), 2),
                   Formatter::number(mcda::randomIndex(RandomIndexTable::DoneganDodd, n), 4),
                   Formatter::number(mcda::randomIndex(RandomIndexTable::TummalaLing, n), 4)});
    }
    addTable(layout, ri);
}

void addRobustnessRules(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    layout.heading2(Report::tr("Robustness"));
    layout.bullets({
        Report::tr("Weight stability: one weight wₖ moves to t in [0, 1], the others become "
                   "wⱼ (1 − t)/(1 − wₖ). Exact crossing points for WSM, WPM and PROMETHEE II; "
                   "a 1/%1 grid then bisection for TOPSIS and VIKOR.")
            .arg(std::lround(1.0 / mcda::StabilityGridStep)),
        Report::tr(
            "SMAA-2 (Lahdelma & Salminen 2001): weights uniform on the part of the simplex "
            "within ±%1 points of the scenario's weights (Dirichlet 1, …, 1 drawn as "
            "normalised exponential variates, kept inside the bounds); each destination's cost "
            "utility drawn uniformly between its values at the lowest and highest agent "
            "pay; the other utilities fixed. Rank acceptability = share of samples giving "
            "a rank; confidence = share of cost draws in which a destination ranks first "
            "at its central weights.")
            .arg(Formatter::number(SmaaWeightHalfWidth * 100.0)),
        Report::tr("The summary rates robustness high when the four methods agree and the "
                   "winner ranks first in at least %1 of the SMAA samples, low when neither "
                   "holds, moderate otherwise.")
            .arg(Formatter::percent(RobustRankOneShare, 0)),
    });
}

void addEngineConventions(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    layout.heading2(Report::tr("Conventions as stated by the engine"));
    if (c.options.language != QLatin1String("en"))
        layout.note(Report::tr("Quoted in English, word for word as escale-cli evaluate prints "
                               "them, so that they can be compared with other tools."));
    QStringList items;
    for (const std::string &line : conventions(c.results.scenario))
        items << QString::fromStdString(line);
    if (c.data.smaa.samples > 0)
        items << QString::fromStdString(mcda::describe(c.data.smaa.options));
    layout.bullets(items, 8.5);
}

} // namespace

void writeAppendix(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    layout.heading1(c.number, reportSectionTitle(ReportSection::Appendix));
    layout.paragraph(Report::tr("How every number of this report is obtained, where the data "
                                "comes from, and how to reproduce the report."),
                     pt(6.0));
    addStaffingFormulas(layout, c.results.scenario);
    addCostFormulas(layout);
    addCriteria(layout);
    addMethods(layout);
    addRobustnessRules(c);
    addEngineConventions(c);
    writeAppendixSources(c);
}

} // namespace escale::ui::report
