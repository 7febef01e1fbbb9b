// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/scenario_io.h"

#include "business_case_yaml.h"
#include "destination_yaml.h"
#include "workload_yaml.h"

#include <set>

namespace escale::data {

using namespace detail;

namespace {

std::vector<DestinationProfile> readDestinations(Reader &r, const YAML::Node &root,
                                                 const ProfileLibrary &library)
{
    std::vector<DestinationProfile> out;
    const YAML::Node list = r.child(root, "destinations", "", true);
    if (!list.IsDefined() || !r.expectSequence(list, "destinations"))
        return out;
    if (list.size() == 0)
        r.error(list, "destinations", "must list at least one destination");

    std::vector<std::string> ids = library.ids();
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = item("destinations", i);
        const YAML::Node node = list[i];
        DestinationProfile profile;
        if (node.IsScalar()) {
            const DestinationProfile *shipped = library.find(node.Scalar());
            if (!shipped) {
                std::string message = "no destination profile '" + node.Scalar() + "' in "
                                      + library.directory;
                const std::string hint = closestMatch(node.Scalar(), ids);
                message += hint.empty() ? "" : "; did you mean '" + hint + "'?";
                r.error(node, at, message);
                continue;
            }
            profile = *shipped;
        } else if (node.IsMap()) {
            profile = readDestination(r, node, at, true);
        } else {
            r.error(node, at, "must be a destination id or an inline destination profile");
            continue;
        }
        if (!profile.id.empty() && !seen.insert(profile.id).second)
            r.error(node, at, "destination '" + profile.id + "' is listed twice");
        for (const std::string &currency :
             {profile.agentWage.currency, profile.minimumWage.currency}) {
            if (!profile.id.empty() && currency != "EUR" && !library.rates.find(currency))
                r.error(node, at, "no exchange rate for " + currency);
        }
        out.push_back(std::move(profile));
    }
    return out;
}

Weights readWeights(Reader &r, const YAML::Node &root)
{
    Weights w;
    const YAML::Node map = r.child(root, "weights", "", true);
    if (!map.IsDefined() || !r.expectMap(map, "weights"))
        return w;
    r.checkKeys(map, "weights", {"cost", "language", "quality", "capacity", "coverage", "risk"});
    double sum = 0.0;
    for (Criterion c : AllCriteria) {
        w[c] = r.number(map, criterionKey(c), "weights", Range::of(limits::Weight), false)
                   .value_or(0.0);
        sum += w[c];
    }
    if (!r.failed() && sum <= 0.0)
        r.error(map, "weights", "at least one weight must be greater than 0");
    return w;
}

Constraints readConstraints(Reader &r, const YAML::Node &root)
{
    Constraints c;
    const YAML::Node map = r.child(root, "constraints", "", false);
    if (!map.IsDefined() || !r.expectMap(map, "constraints"))
        return c;
    r.checkKeys(map, "constraints",
                {"min_french_full_share", "max_risk", "max_sector_share", "min_coverage"});
    c.minFrenchFullShare = r.number(map, "min_french_full_share", "constraints",
                                    Range::of(limits::Share), false);
    c.maxRisk = r.number(map, "max_risk", "constraints", Range::of(limits::MaxRisk), false);
    c.maxSectorShare = r.number(map, "max_sector_share", "constraints",
                                Range::of(limits::MaxSectorShare), false)
                           .value_or(c.maxSectorShare);
    c.minCoverage = r.number(map, "min_coverage", "constraints", Range::of(limits::Share), false);
    return c;
}

CostAssumptions readCost(Reader &r, const YAML::Node &root)
{
    CostAssumptions a;
    const YAML::Node map = r.child(root, "cost", "", false);
    if (!map.IsDefined() || !r.expectMap(map, "cost"))
        return a;
    r.checkKeys(map, "cost",
                {"view", "transition_months", "seat_spare_ratio", "nesting_weeks",
                 "nesting_productivity_loss", "support_roles"});
    if (const auto view = r.choice(map, "view", "cost", {"vendor", "inhouse"}, false))
        a.view = *view == "vendor" ? CostView::Vendor : CostView::InHouse;
    a.transitionMonths = r.number(map, "transition_months", "cost",
                                  Range::of(limits::TransitionMonths), false)
                             .value_or(a.transitionMonths);
    a.seatSpareRatio = r.number(map, "seat_spare_ratio", "cost", Range::of(limits::SeatSpareRatio),
                                false)
                           .value_or(a.seatSpareRatio);
    a.nestingWeeks = r.number(map, "nesting_weeks", "cost", Range::of(limits::NestingWeeks), false)
                         .value_or(a.nestingWeeks);
    a.nestingProductivityLoss = r.number(map, "nesting_productivity_loss", "cost",
                                         Range::of(limits::Share), false)
                                    .value_or(a.nestingProductivityLoss);
    const YAML::Node roles = r.child(map, "support_roles", "cost", false);
    if (roles.IsDefined() && r.expectSequence(roles, "cost.support_roles")) {
        a.supportRoles.clear();
        for (std::size_t i = 0; i < roles.size(); ++i) {
            const std::string at = item("cost.support_roles", i);
            if (!r.expectMap(roles[i], at))
                continue;
            r.checkKeys(roles[i], at, {"role", "agents_per_role", "pay_multiple"});
            SupportRole role;
            role.role = r.string(roles[i], "role", at).value_or("");
            role.agentsPerRole = r.number(roles[i], "agents_per_role", at,
                                          Range::of(limits::AgentsPerRole))
                                     .value_or(1.0);
            role.payMultiple = r.number(roles[i], "pay_multiple", at,
                                        Range::of(limits::PayMultiple))
                                   .value_or(1.0);
            a.supportRoles.push_back(role);
        }
    }
    return a;
}

} // namespace

LoadResult<Scenario> parseScenario(const std::string &text, const std::string &fileName,
                                   const ProfileLibrary &library)
{
    std::vector<LoadError> errors;
    const std::optional<YAML::Node> root = parseYaml(text, fileName, errors);
    if (!root)
        return errors;
    Reader r(fileName, &errors);
    if (!checkHeader(r, *root, "scenario"))
        return errors;
    r.checkKeys(*root, "",
                {"schema", "kind", "name", "client", "description", "horizon_months", "start",
                 "incumbent", "destinations", "workload", "weights", "constraints", "cost",
                 "business_case", "method"});

    Scenario s;
    s.name = r.string(*root, "name", "").value_or("");
    s.client = r.string(*root, "client", "", false).value_or("");
    s.description = r.string(*root, "description", "", false).value_or("");
    s.horizonMonths = r.integer(*root, "horizon_months", "", 1, 240).value_or(36);
    s.startMonth = r.string(*root, "start", "", false).value_or(s.startMonth);
    if (s.startMonth.size() != 7 || s.startMonth[4] != '-')
        r.error((*root)["start"], "start", "must be a month YYYY-MM (got '" + s.startMonth + "')");
    s.destinations = readDestinations(r, *root, library);
    s.exchangeRates = library.rates;
    s.incumbent = r.string(*root, "incumbent", "", false).value_or("");
    if (!s.incumbent.empty()) {
        bool found = false;
        for (const DestinationProfile &p : s.destinations)
            found = found || p.id == s.incumbent;
        if (!found)
            r.error((*root)["incumbent"], "incumbent",
                    "must be one of the scenario's destinations (got '" + s.incumbent + "')");
    }
    s.workload = readWorkload(r, *root);
    s.weights = readWeights(r, *root);
    s.constraints = readConstraints(r, *root);
    s.cost = readCost(r, *root);
    s.business = library.business;
    if (const YAML::Node b = r.child(*root, "business_case", "", false);
        b.IsDefined() && r.expectMap(b, "business_case"))
        readBusinessCase(r, b, "business_case", true, s.business);
    s.method = readMethod(r, *root, "method", s.method, true);

    if (!errors.empty())
        return errors;
    return s;
}

LoadResult<Scenario> loadScenario(const std::string &path, const ProfileLibrary &library)
{
    std::vector<LoadError> errors;
    const std::optional<std::string> text = readFile(path, errors);
    if (!text)
        return errors;
    return parseScenario(*text, path, library);
}

} // namespace escale::data
