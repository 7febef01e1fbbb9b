// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/scenario_io.h"

#include "business_case_yaml.h"
#include "destination_yaml.h"
#include "escale/data/atomic_file.h"
#include "number_format.h"
#include "workload_yaml.h"

#include <cstdio>

namespace escale::data {

using namespace detail;

namespace {

void writeNumber(YAML::Emitter &out, const char *key, double value)
{
    out << YAML::Key << key << YAML::Value << formatNumber(value);
}

void writeConstraints(YAML::Emitter &out, const Constraints &c)
{
    out << YAML::Key << "constraints" << YAML::Value << YAML::BeginMap;
    if (c.minFrenchFullShare)
        writeNumber(out, "min_french_full_share", *c.minFrenchFullShare);
    if (c.maxRisk)
        writeNumber(out, "max_risk", *c.maxRisk);
    writeNumber(out, "max_sector_share", c.maxSectorShare);
    if (c.minCoverage)
        writeNumber(out, "min_coverage", *c.minCoverage);
    out << YAML::EndMap;
}

void writeCost(YAML::Emitter &out, const CostAssumptions &a)
{
    out << YAML::Key << "cost" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "view" << YAML::Value
        << (a.view == CostView::Vendor ? "vendor" : "inhouse");
    writeNumber(out, "transition_months", a.transitionMonths);
    writeNumber(out, "seat_spare_ratio", a.seatSpareRatio);
    writeNumber(out, "nesting_weeks", a.nestingWeeks);
    writeNumber(out, "nesting_productivity_loss", a.nestingProductivityLoss);
    out << YAML::Key << "support_roles" << YAML::Value << YAML::BeginSeq;
    for (const SupportRole &role : a.supportRoles) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "role" << YAML::Value << role.role;
        writeNumber(out, "agents_per_role", role.agentsPerRole);
        writeNumber(out, "pay_multiple", role.payMultiple);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
}

} // namespace

std::string emitScenario(const Scenario &s, const ProfileLibrary &library)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "schema" << YAML::Value << 1;
    out << YAML::Key << "kind" << YAML::Value << "scenario";
    out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << s.name;
    if (!s.client.empty())
        out << YAML::Key << "client" << YAML::Value << YAML::DoubleQuoted << s.client;
    if (!s.description.empty())
        out << YAML::Key << "description" << YAML::Value << YAML::DoubleQuoted << s.description;
    out << YAML::Key << "horizon_months" << YAML::Value << s.horizonMonths;
    out << YAML::Key << "start" << YAML::Value << YAML::DoubleQuoted << s.startMonth;
    if (!s.incumbent.empty())
        out << YAML::Key << "incumbent" << YAML::Value << s.incumbent;

    out << YAML::Key << "destinations" << YAML::Value << YAML::BeginSeq;
    for (const DestinationProfile &p : s.destinations) {
        const DestinationProfile *shipped = library.find(p.id);
        if (shipped && *shipped == p) {
            out << p.id;
        } else {
            out << YAML::BeginMap;
            writeDestination(out, p);
            out << YAML::EndMap;
        }
    }
    out << YAML::EndSeq;

    writeWorkload(out, s.workload);
    out << YAML::Key << "weights" << YAML::Value << YAML::Flow << YAML::BeginMap;
    for (Criterion c : AllCriteria)
        writeNumber(out, criterionKey(c), s.weights[c]);
    out << YAML::EndMap;
    writeConstraints(out, s.constraints);
    writeCost(out, s.cost);
    if (hasBusinessCaseOverrides(s.business, library.business))
        writeBusinessCaseOverrides(out, s.business, library.business);
    writeMethod(out, s.method);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

Status saveScenario(const std::string &path, const Scenario &scenario,
                    const ProfileLibrary &library)
{
    return writeFileAtomically(path, emitScenario(scenario, library));
}

} // namespace escale::data
