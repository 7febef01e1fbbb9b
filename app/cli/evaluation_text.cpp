// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation_text.h"

#include "decision_input.h"
#include "evaluation_json.h"
#include "text_table.h"

#include "escale/data/scenario_io.h"
#include "escale/model/conventions.h"
#include "escale/model/recommendation.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace escale::cli {

namespace {

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string signedFixed(double value, int decimals)
{
    return (value >= 0 ? "+" : "") + fixed(value, decimals);
}

std::string hoursSummary(const OpeningHours &hours)
{
    static const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    std::string out;
    for (std::size_t d = 0; d < 7;) {
        std::size_t e = d;
        while (e + 1 < 7 && hours.days[e + 1] == hours.days[d])
            ++e;
        if (!out.empty())
            out += ", ";
        out += days[d];
        if (e > d)
            out += std::string("-") + days[e];
        out += " " + data::formatDayHours(hours.days[d]);
        d = e + 1;
    }
    return out;
}

std::string channelSummary(const ChannelLoad &c)
{
    std::string out = std::string(channelName(c.channel)) + " " + groupedNumber(c.monthlyVolume)
                      + " (AHT " + groupedNumber(c.ahtSeconds) + " s, ";
    if (isDeferred(c.channel))
        return out + "handled within " + groupedNumber(c.deadlineHours) + " opening hours)";
    out += percent(c.target.level, 0) + " in " + groupedNumber(c.target.answerSeconds) + " s";
    if (c.channel == Channel::Chat)
        out += ", " + fixed(c.concurrency, 1) + " chats/agent";
    return out + ")";
}

std::string exclusionText(const Exclusion &e)
{
    switch (e.reason) {
    case ExclusionReason::LanguageBelowMinimum:
        return "full French speakers " + percent(e.value) + " below the minimum "
               + percent(e.limit);
    case ExclusionReason::RiskAboveMaximum:
        return "risk " + fixed(e.value, 2) + " above the maximum " + fixed(e.limit, 2);
    case ExclusionReason::CapacityExceeded:
        return "would take " + percent(e.value, 2) + " of the sector's jobs, above the maximum "
               + percent(e.limit, 2);
    case ExclusionReason::CoverageBelowMinimum:
        return "coverage " + percent(e.value) + " below the minimum " + percent(e.limit);
    }
    return {};
}

void printCosts(std::ostream &out, const Scenario &s, const Evaluation &ev)
{
    out << "Staffing and cost (" << costViewKey(ev.view) << " view, EUR)\n";
    TextTable t;
    t.addColumn("Destination", TextTable::Align::Left);
    for (const char *h : {"FTE", "Peak agents", "Cost/month", "TCO", "Per contact",
                          "Per prod. hour", "Saving vs onshore", "Break-even"})
        t.addColumn(h, TextTable::Align::Right);
    for (const SiteEvaluation &site : ev.sites) {
        const SiteCost &c = site.cost(ev.view);
        t.addRow({site.name, fixed(site.fte, 1), groupedNumber(site.staffing.peakAgents),
                  groupedNumber(c.monthly.total()), groupedNumber(c.tco),
                  fixed(c.costPerContact, 2), fixed(c.costPerProductiveHour, 2),
                  site.onshore
                      ? "-"
                      : groupedNumber(c.savingVsOnshore) + " (" + percent(c.savingShare) + ")",
                  site.onshore       ? "-"
                  : c.breakEvenMonth ? "month " + std::to_string(*c.breakEvenMonth)
                                     : "never"});
    }
    t.print(out, "  ");
    out << "  TCO over " << s.horizonMonths << " months, transition and escalators included.\n\n";
}

void printScores(std::ostream &out, const Evaluation &ev)
{
    out << "Criteria utilities (0 worst .. 1 best; weight in brackets)\n";
    TextTable t;
    t.addColumn("Destination", TextTable::Align::Left);
    for (Criterion c : AllCriteria)
        t.addColumn(std::string(criterionKey(c)) + " (" + percent(ev.weights[c], 0) + ")",
                    TextTable::Align::Right);
    t.addColumn("Score", TextTable::Align::Right);
    t.addColumn("Rank", TextTable::Align::Right);
    for (const SiteEvaluation &site : ev.sites) {
        std::vector<std::string> row{site.name};
        for (Criterion c : AllCriteria)
            row.push_back(
                site.excluded() && c == Criterion::Cost ? "-" : fixed(site.utility[index(c)], 3));
        row.push_back(site.excluded() ? "excluded" : fixed(site.score, 3));
        row.push_back(site.excluded() ? "-" : std::to_string(site.rank));
        t.addRow(row);
    }
    t.print(out, "  ");
    out << '\n';
}

/** What the "why" figures are: each criterion's part of the method's margin. */
std::string decompositionLabel(const Recommendation &r)
{
    switch (r.decomposition) {
    case mcda::MarginDecomposition::WeightedSum:
        return r.method.normalization == mcda::Normalization::None
                   ? "weight x utility gap"
                   : "weight x normalised utility gap";
    case mcda::MarginDecomposition::NetFlow:
        return "weight x net-flow gap, parts of the PROMETHEE II margin";
    case mcda::MarginDecomposition::Shapley:
        return std::string("Shapley shares of the ") + methodLabel(r.method.method) + " margin";
    }
    return {};
}

void printRecommendation(std::ostream &out, const Scenario &s, const Evaluation &ev)
{
    const Recommendation &r = ev.recommendation;
    auto name = [&](int i) { return ev.sites[std::size_t(i)].name; };
    out << "Recommendation: ";
    switch (r.verdict) {
    case Verdict::NoEligibleSite:
        out << "no destination meets the constraints.\n";
        return;
    case Verdict::Onshore:
        out << "ONSHORE - stay in " << name(r.best) << '\n';
        break;
    case Verdict::Offshore:
        out << "OFFSHORE - " << name(r.best) << '\n';
        break;
    case Verdict::Split:
        out << "SPLIT - " << name(r.split->primary) << " " << percent(r.split->primaryShare, 0)
            << " of the volume (" << fixed(r.split->primaryFte, 1)
            << " FTE, its capacity limit, TCO " << groupedNumber(r.split->primaryTco) << " EUR), "
            << name(r.split->secondary) << " the rest, " << percent(r.split->secondaryShare(), 0)
            << " (" << fixed(r.split->secondaryFte, 1) << " FTE, TCO "
            << groupedNumber(r.split->secondaryTco) << " EUR)\n";
        break;
    }
    if (r.runnerUp >= 0)
        out << "  " << name(r.best) << " scores " << fixed(r.bestScore, 3) << ", "
            << fixed(r.margin, 3) << " (" << percent(r.marginShare) << ") ahead of "
            << name(r.runnerUp) << ".\n";
    if (!r.contributions.empty()) {
        out << "  Why, criterion by criterion (" << decompositionLabel(r) << "):";
        for (const Contribution &c : byMarginContribution(r)) {
            if (std::abs(c.marginContribution) >= 0.0005) // hide what rounds to 0.000
                out << ' ' << criterionKey(c.criterion) << ' '
                    << signedFixed(c.marginContribution, 3);
        }
        out << '\n';
    }
    const SiteEvaluation &best = ev.sites[std::size_t(r.best)];
    if (r.split && r.split->onshore >= 0) {
        const SiteCost &c = r.split->cost;
        out << "  Split TCO over " << s.horizonMonths << " months: " << groupedNumber(c.tco)
            << " EUR; saving vs onshore " << groupedNumber(c.savingVsOnshore) << " EUR ("
            << percent(c.savingShare) << ")";
        out << (c.breakEvenMonth ? "; break-even in month " + std::to_string(*c.breakEvenMonth)
                                 : std::string("; no break-even within the horizon"))
            << ".\n";
    } else if (!r.split && !best.onshore) {
        const SiteCost &c = best.cost(ev.view);
        out << "  Saving vs onshore over " << s.horizonMonths
            << " months: " << groupedNumber(c.savingVsOnshore) << " EUR (" << percent(c.savingShare)
            << ")";
        out << (c.breakEvenMonth ? "; break-even in month " + std::to_string(*c.breakEvenMonth)
                                 : std::string("; no break-even within the horizon"))
            << ".\n";
    }
    out << "  Winner by method:";
    for (std::size_t i = 0; i < r.methods.size(); ++i)
        out << (i ? ", " : " ") << methodLabel(r.methods[i].method.method) << ' '
            << name(r.methods[i].winner);
    out << (r.methodsAgree ? " (all agree).\n" : " (they disagree: read the ranking with care).\n");
}

} // namespace

void printEvaluationTable(std::ostream &out, const Scenario &s, const Evaluation &ev)
{
    out << "Escale " << ESCALE_VERSION << " - " << s.name << '\n';
    if (!s.client.empty())
        out << s.client << " | ";
    out << s.horizonMonths << " months from " << s.startMonth << " | " << costViewKey(ev.view)
        << " cost view | method " << methodLabel(s.method.method) << " ("
        << mcda::normalizationKey(s.method.normalization) << ")\n";
    out << "Workload: " << groupedNumber(ev.monthlyContacts) << " contacts/month:";
    for (std::size_t i = 0; i < s.workload.channels.size(); ++i)
        out << (i ? "; " : " ") << channelSummary(s.workload.channels[i]);
    out << "\n  open " << hoursSummary(s.workload.hours) << " (Paris time)\n";
    for (const ChannelLoad &c : s.workload.channels) {
        if (c.openingHours)
            out << "  " << channelName(c.channel) << " open " << hoursSummary(*c.openingHours)
                << " (its own hours)\n";
    }
    out << '\n';

    printCosts(out, s, ev);
    printScores(out, ev);
    printRecommendation(out, s, ev);

    bool any = false;
    for (const SiteEvaluation &site : ev.sites) {
        for (const Exclusion &e : site.exclusions) {
            out << (any ? "" : "Excluded:\n") << "  " << site.name << ": " << exclusionText(e)
                << '\n';
            any = true;
        }
    }
    out << "\nConventions:\n";
    for (const std::string &line : conventions(s))
        out << "  - " << line << '\n';
}

void printEvaluationCsv(std::ostream &out, const Scenario &, const Evaluation &ev)
{
    auto quote = [](const std::string &text) {
        std::string q = "\"";
        for (char c : text)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    out << "id,name,onshore,excluded,exclusions,rank,score,fte,peak_agents,monthly_cost,tco,"
           "cost_per_contact,cost_per_productive_hour,saving_vs_onshore,saving_share,"
           "break_even_month";
    for (Criterion c : AllCriteria)
        out << ",utility_" << criterionKey(c);
    out << "\r\n";
    for (const SiteEvaluation &site : ev.sites) {
        const SiteCost &c = site.cost(ev.view);
        std::string reasons;
        for (const Exclusion &e : site.exclusions)
            reasons += (reasons.empty() ? "" : ";") + std::string(exclusionKey(e.reason));
        out << site.id << ',' << quote(site.name) << ',' << (site.onshore ? "true" : "false") << ','
            << (site.excluded() ? "true" : "false") << ',' << quote(reasons) << ','
            << (site.excluded() ? "" : std::to_string(site.rank)) << ','
            << (site.excluded() ? "" : fixed(site.score, 6)) << ',' << fixed(site.fte, 3) << ','
            << fixed(site.staffing.peakAgents, 3) << ',' << fixed(c.monthly.total(), 2) << ','
            << fixed(c.tco, 2) << ',' << fixed(c.costPerContact, 4) << ','
            << fixed(c.costPerProductiveHour, 4) << ','
            << (site.onshore ? "" : fixed(c.savingVsOnshore, 2)) << ','
            << (site.onshore ? "" : fixed(c.savingShare, 6)) << ','
            << (c.breakEvenMonth && !site.onshore ? std::to_string(*c.breakEvenMonth) : "");
        for (Criterion crit : AllCriteria)
            out << ',' << fixed(site.utility[index(crit)], 6);
        out << "\r\n";
    }
}

} // namespace escale::cli
