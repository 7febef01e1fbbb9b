// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation_json.h"

#include "escale/model/conventions.h"
#include "escale/model/cost.h"

#include <algorithm>

#include <cmath>

namespace escale::cli {

double rounded(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return r == 0.0 ? 0.0 : r;
}

namespace {

Json money(double value)
{
    return rounded(value, 2);
}

Json breakdownJson(const CostBreakdown &b)
{
    return Json{{"labour", money(b.labour)},
                {"premiums", money(b.premiums)},
                {"charges", money(b.charges)},
                {"supervision", money(b.supervision)},
                {"seats", money(b.seats)},
                {"attrition", money(b.attrition)},
                {"vendor_fees", money(b.vendorFees)},
                {"governance", money(b.governance)},
                {"travel", money(b.travel)},
                {"telecom", money(b.telecom)},
                {"quality_monitoring", money(b.qualityMonitoring)},
                {"repeat_contacts", money(b.repeatContacts)},
                {"ramp_up", money(b.rampUp)},
                {"fixed", money(b.fixed)},
                {"transition", money(b.transition)},
                {"exit", money(b.exit)},
                {"total", money(b.total())}};
}

/**
 * Amounts rounded to the cent so that they add up to the rounded total exactly: each is
 * rounded down, then the missing cents go to the largest remainders.
 */
std::vector<double> centsAddingUp(const std::vector<double> &amounts)
{
    double total = 0.0;
    for (double a : amounts)
        total += a;
    const long long target = std::llround(total * 100.0);
    std::vector<long long> cents(amounts.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    long long sum = 0;
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        const double exact = amounts[i] * 100.0;
        cents[i] = static_cast<long long>(std::floor(exact));
        sum += cents[i];
        remainders.emplace_back(exact - double(cents[i]), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; sum < target && k < remainders.size(); ++k, ++sum)
        ++cents[remainders[k].second];
    std::vector<double> out;
    for (long long c : cents)
        out.push_back(double(c) / 100.0);
    return out;
}

Json provenanceJson(const Provenance &p)
{
    Json j{{"source", p.source}, {"as_of", p.asOf}, {"estimate", p.estimate}};
    if (!p.note.empty())
        j["note"] = p.note;
    return j;
}

const char *lineKind(CostLine line)
{
    return line == CostLine::Transition || line == CostLine::Exit || line == CostLine::RampUp
               ? "one_off"
               : "recurring";
}

/** Every line of the view, in report order, with its formula and sourced inputs. */
Json linesJson(const SiteCost &c)
{
    std::vector<double> amounts;
    for (CostLine line : AllCostLines)
        amounts.push_back(c.horizon[line]);
    const std::vector<double> cents = centsAddingUp(amounts);
    Json lines = Json::array();
    for (std::size_t i = 0; i < AllCostLines.size(); ++i) {
        const CostLine line = AllCostLines[i];
        Json j{{"key", costLineKey(line)},
               {"kind", lineKind(line)},
               {"monthly", money(c.monthly[line])},
               {"horizon", cents[i]}};
        for (const LineDetail &d : c.details) {
            if (d.line != line)
                continue;
            Json inputs = Json::array();
            for (const LineInput &in : d.inputs) {
                Json x{{"name", in.name}, {"value", rounded(in.value, 6)}, {"unit", in.unit}};
                x["provenance"] = provenanceJson(in.provenance);
                inputs.push_back(x);
            }
            j["formula"] = d.formula;
            j["inputs"] = inputs;
        }
        lines.push_back(j);
    }
    return lines;
}

const char *positionKey(SavingPosition p)
{
    switch (p) {
    case SavingPosition::Below:
        return "below";
    case SavingPosition::Within:
        return "within";
    case SavingPosition::Above:
        return "above";
    }
    return "within";
}

Json bridgeJson(const std::vector<BridgeStep> &steps)
{
    Json out = Json::array();
    std::vector<double> amounts;
    for (const BridgeStep &s : steps)
        amounts.push_back(s.amount);
    const std::vector<double> cents = centsAddingUp(amounts);
    for (std::size_t i = 0; i < steps.size(); ++i)
        out.push_back(Json{{"step", steps[i].key}, {"amount", cents[i]}});
    return out;
}

Json costJson(const SiteCost &c, bool onshore, const BusinessCase &business)
{
    Json j{{"view", costViewKey(c.view)},
           {"monthly", breakdownJson(c.monthly)},
           {"horizon", breakdownJson(c.horizon)},
           {"tco", money(c.tco)},
           {"cost_per_contact", rounded(c.costPerContact, 4)},
           {"cost_per_productive_hour", rounded(c.costPerProductiveHour, 4)}};
    if (onshore) {
        j["saving_vs_onshore"] = nullptr;
        j["saving_share"] = nullptr;
        j["break_even_month"] = nullptr;
    } else {
        j["saving_vs_onshore"] = money(c.savingVsOnshore);
        j["saving_share"] = rounded(c.savingShare, 6);
        j["break_even_month"] = c.breakEvenMonth ? Json(*c.breakEvenMonth) : Json(nullptr);
        j["saving_bridge"] = bridgeJson(c.bridge);
        const SavingContext context = savingInContext(c, business);
        Json drivers = Json::array();
        for (const BridgeStep &d : context.drivers)
            drivers.push_back(Json{{"step", d.key}, {"amount", money(d.amount)}});
        j["saving_context"] = Json{{"realised_min", rounded(context.low, 6)},
                                   {"realised_max", rounded(context.high, 6)},
                                   {"position", positionKey(context.position)},
                                   {"drivers", drivers},
                                   {"sources", business.realisedSources}};
    }
    j["lines"] = linesJson(c);
    Json series = Json::array();
    for (double v : c.monthlySeries)
        series.push_back(money(v));
    j["monthly_series"] = series;
    return j;
}

Json staffingJson(const StaffingPlan &plan)
{
    Json channels = Json::array();
    for (const ChannelStaffing &c : plan.channels) {
        channels.push_back(Json{{"channel", channelName(c.channel)},
                                {"weekly_volume", rounded(c.weeklyVolume, 3)},
                                {"aht_s", rounded(c.ahtSeconds, 3)},
                                {"peak_agents", rounded(c.peakAgents, 3)},
                                {"peak_scheduled", rounded(c.peakScheduled, 3)},
                                {"weekly_agent_hours", rounded(c.weeklyAgentHours, 3)},
                                {"weekly_scheduled_hours", rounded(c.weeklyScheduledHours, 3)},
                                {"service_level", rounded(c.serviceLevel, 6)},
                                {"asa_s", rounded(c.asaSeconds, 3)},
                                {"occupancy", rounded(c.occupancy, 6)},
                                {"abandon_probability", rounded(c.abandonProbability, 6)}});
    }
    return channels;
}

Json siteJson(const SiteEvaluation &site, CostView view, const BusinessCase &business)
{
    Json exclusions = Json::array();
    for (const Exclusion &e : site.exclusions)
        exclusions.push_back(Json{{"reason", exclusionKey(e.reason)},
                                  {"value", rounded(e.value, 6)},
                                  {"limit", rounded(e.limit, 6)}});
    Json criteria = Json::object();
    for (Criterion c : AllCriteria) {
        criteria[criterionKey(c)] = Json{{"raw", rounded(site.raw[index(c)], 6)},
                                         {"utility", rounded(site.utility[index(c)], 6)}};
    }
    return Json{
        {"id", site.id},
        {"name", site.name},
        {"onshore", site.onshore},
        {"excluded", site.excluded()},
        {"exclusions", exclusions},
        {"rank", site.excluded() ? Json(nullptr) : Json(site.rank)},
        {"score", site.excluded() ? Json(nullptr) : Json(rounded(site.score, 6))},
        {"fte", rounded(site.fte, 3)},
        {"support_fte", rounded(site.supportFte, 3)},
        {"seats", rounded(site.seats, 0)},
        {"peak_agents", rounded(site.staffing.peakAgents, 3)},
        {"productive_hours_per_month", rounded(site.productiveHoursPerMonth, 3)},
        {"staffing", staffingJson(site.staffing)},
        {"cost", costJson(site.cost(view), site.onshore, business)},
        {"cost_inhouse", costJson(site.inHouse, site.onshore, business)},
        {"cost_vendor", costJson(site.vendor, site.onshore, business)},
        {"criteria", criteria},
        {"coverage", Json{{"score", rounded(site.coverage.score, 6)},
                          {"night_share", rounded(site.coverage.nightShare, 6)},
                          {"sunday_share", rounded(site.coverage.sundayShare, 6)},
                          {"shift_winter_h", site.coverage.shiftWinterHours},
                          {"shift_summer_h", site.coverage.shiftSummerHours}}},
    };
}

Json siteRef(const Evaluation &ev, int index)
{
    return index >= 0 ? Json(ev.sites[std::size_t(index)].id) : Json(nullptr);
}

Json methodJson(const mcda::MethodSpec &m)
{
    Json j{{"name", mcda::methodKey(m.method)},
           {"normalization", mcda::normalizationKey(m.normalization)}};
    if (m.method == mcda::Method::Vikor)
        j["v"] = m.v;
    return j;
}

Json recommendationJson(const Evaluation &ev, const BusinessCase &business)
{
    const Recommendation &r = ev.recommendation;
    Json contributions = Json::array();
    for (const Contribution &c : r.contributions)
        contributions.push_back(Json{{"criterion", criterionKey(c.criterion)},
                                     {"weight", rounded(c.weight, 6)},
                                     {"winner_utility", rounded(c.winnerUtility, 6)},
                                     {"runner_up_utility", rounded(c.runnerUpUtility, 6)},
                                     {"contribution", rounded(c.contribution, 6)},
                                     {"margin_contribution", rounded(c.marginContribution, 6)}});
    Json methods = Json::array();
    for (const MethodOutcome &m : r.methods)
        methods.push_back(
            Json{{"method", methodJson(m.method)}, {"winner", siteRef(ev, m.winner)}});
    Json split = nullptr;
    if (r.split)
        split = Json{{"primary", siteRef(ev, r.split->primary)},
                     {"secondary", siteRef(ev, r.split->secondary)},
                     {"primary_share", rounded(r.split->primaryShare, 6)},
                     {"primary_fte", rounded(r.split->primaryFte, 3)},
                     {"secondary_fte", rounded(r.split->secondaryFte, 3)},
                     {"tco", money(r.split->tco)},
                     {"secondary_share", rounded(r.split->secondaryShare(), 6)},
                     {"primary_tco", money(r.split->primaryTco)},
                     {"secondary_tco", money(r.split->secondaryTco)},
                     {"cost", costJson(r.split->cost, r.split->onshore < 0, business)},
                     {"onshore", siteRef(ev, r.split->onshore)}};
    return Json{
        {"verdict", verdictKey(r.verdict)},
        {"best", siteRef(ev, r.best)},
        {"runner_up", siteRef(ev, r.runnerUp)},
        {"margin", rounded(r.margin, 6)},
        {"margin_share", rounded(r.marginShare, 6)},
        {"best_score", r.best >= 0 ? Json(rounded(r.bestScore, 6)) : Json(nullptr)},
        {"runner_up_score", r.runnerUp >= 0 ? Json(rounded(r.runnerUpScore, 6)) : Json(nullptr)},
        {"contributions", contributions},
        {"decomposition", mcda::decompositionKey(r.decomposition)},
        {"split", split},
        {"methods", methods},
        {"methods_agree", r.methodsAgree}};
}

} // namespace

Json evaluationJson(const Scenario &scenario, const Evaluation &ev, const std::string &file)
{
    Json weights = Json::object();
    for (Criterion c : AllCriteria)
        weights[criterionKey(c)] = rounded(ev.weights[c], 6);
    Json method = methodJson(scenario.method);
    method["description"] = mcda::describe(scenario.method);

    Json sites = Json::array();
    for (const SiteEvaluation &site : ev.sites)
        sites.push_back(siteJson(site, ev.view, scenario.business));

    return Json{{"escale_version", ESCALE_VERSION},
                {"scenario", Json{{"name", scenario.name},
                                  {"client", scenario.client},
                                  {"file", file},
                                  {"horizon_months", scenario.horizonMonths},
                                  {"start", scenario.startMonth},
                                  {"incumbent", scenario.incumbent},
                                  {"monthly_contacts", rounded(ev.monthlyContacts, 3)},
                                  {"cost_view", costViewKey(ev.view)},
                                  {"method", method},
                                  {"weights", weights}}},
                {"destinations", sites},
                {"recommendation", recommendationJson(ev, scenario.business)},
                {"conventions", conventions(scenario)}};
}

} // namespace escale::cli
