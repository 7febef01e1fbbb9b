// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/conventions.h"

#include "escale/model/margin_decomposition.h"
#include "escale/model/methods.h"
#include "escale/model/scoring.h"
#include "escale/model/site_metrics.h"

#include <cstdio>
#include <string>

namespace escale {

namespace {

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

/** How the "why" figures split the method's margin (mcda::MarginDecomposition). */
std::string marginConvention(const mcda::MethodSpec &method)
{
    const std::string head = "Why the winner wins: each criterion's part of the margin over the "
                             "runner-up, in the method's score unit; the parts add up to the "
                             "margin. ";
    switch (mcda::decompositionFor(method.method)) {
    case mcda::MarginDecomposition::WeightedSum:
        return head + "WSM: weight x (winner - runner-up) utility"
               + (method.normalization == mcda::Normalization::None
                      ? std::string(".")
                      : " after " + std::string(mcda::normalizationKey(method.normalization))
                            + " normalisation.");
    case mcda::MarginDecomposition::NetFlow:
        return head
               + "PROMETHEE II: the net flow is additive, phi = sum_j w_j phi_j, so the "
                 "part is w_j (phi_j(winner) - phi_j(runner-up)).";
    case mcda::MarginDecomposition::Shapley:
        return head
               + "The method is not additive over criteria: the part is the criterion's "
                 "Shapley value, where the value of a set S of criteria is the margin left "
                 "when the two sites differ only on S (the other gaps closed both ways, the "
                 "two margins averaged), exact over the 2^"
               + std::to_string(CriterionCount) + " sets.";
    }
    return head;
}

} // namespace

std::vector<std::string> conventions(const Scenario &scenario)
{
    std::vector<std::string> out;
    out.push_back(
        "Staffing: volumes are spread over the opening hours (client time, Europe/Paris) by "
        "weekday and hourly arrival weights; each "
        + std::to_string(scenario.workload.intervalMinutes)
        + "-minute interval is sized on its own.");
    out.push_back(
        "Erlang C: traffic A = contacts x AHT / interval; agents = smallest N > A with "
        "SL = 1 - C(N,A) exp(-(N-A) T/AHT) >= target and A/N <= max occupancy; ASA is averaged "
        "over all contacts.");
    out.push_back("Erlang A: callers abandon after an exponential patience; SL is the share of all "
                  "arrivals answered within T (abandons count as failures).");
    out.push_back("Chat: an agent serves c chats at once; the chat traffic is sized with Erlang on "
                  "N x c slots and agents = ceil(slots / c).");
    out.push_back("Email and outbound: each interval handles at its own rate, first in first out, "
                  "so that every item is handled within the deadline counted in opening hours; "
                  "agents = rate x AHT / target occupancy, never idle (the fewest agent hours), "
                  "with the lowest peak rate among such schedules.");
    out.push_back("Scheduled agents = ceil(agents / (1 - shrinkage)); FTE = scheduled weekly hours "
                  "/ the site's contractual weekly hours.");
    out.push_back(std::string("Cost view: ")
                  + (scenario.cost.view == CostView::Vendor
                         ? "vendor (billed rate x productive hours, plus night/Sunday premiums)"
                         : "in-house (pay, charges, bonuses, premiums, supervision, seats, "
                           "attrition)")
                  + "; a one-off transition of " + number(scenario.cost.transitionMonths)
                  + " months of run rate for every site but the incumbent; yearly wage and FX "
                    "escalators.");
    out.push_back(
        "Criteria utilities in [0, 1]: cost = cheapest TCO / TCO; language = share of "
        "contacts x (full speakers + "
        + number(LanguagePartialCredit) + " partial); quality = " + number(QualityMaturityWeight)
        + " maturity + " + number(1.0 - QualityMaturityWeight)
        + " retention; capacity = 1 - sector share / max share; coverage = share of "
          "scheduled hours in normal local hours; risk = ("
        + number(RiskScaleMax) + " - mean risk) / " + number(RiskScaleMax - RiskScaleMin) + ".");
    out.push_back("Weights are normalised to sum to 1. Hard constraints exclude a site with a "
                  "stated reason before ranking. Ranks use competition ranking (ties share the "
                  "best rank).");
    out.push_back("Method: " + mcda::describe(scenario.method));
    out.push_back("On the utilities, PROMETHEE II uses the linear preference function with q = "
                  + number(PrometheeIndifference) + " and p = " + number(PrometheePreference)
                  + " on every criterion. The four methods compared side by side: WSM without "
                    "normalisation, TOPSIS with vector normalisation, VIKOR with v = "
                  + number(mcda::VikorDefaultV) + ", PROMETHEE II as above.");
    out.push_back(marginConvention(scenario.method));
    return out;
}

} // namespace escale
