// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation_json.h"

#include "escale/model/conventions.h"

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
                {"transition", money(b.transition)},
                {"total", money(b.total())}};
}

Json costJson(const SiteCost &c, bool onshore)
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
    }
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

Json siteJson(const SiteEvaluation &site, CostView view)
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
        {"cost", costJson(site.cost(view), site.onshore)},
        {"cost_inhouse", costJson(site.inHouse, site.onshore)},
        {"cost_vendor", costJson(site.vendor, site.onshore)},
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

Json recommendationJson(const Evaluation &ev)
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
                     {"cost", costJson(r.split->cost, r.split->onshore < 0)},
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
        sites.push_back(siteJson(site, ev.view));

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
                {"recommendation", recommendationJson(ev)},
                {"conventions", conventions(scenario)}};
}

} // namespace escale::cli
