// SPDX-License-Identifier: GPL-3.0-or-later
#include "business_case_yaml.h"

#include "destination_yaml.h"
#include "escale/data/business_case_io.h"
#include "number_format.h"

namespace escale::data::detail {

namespace {

const char *const ScenarioSource = "Scenario input";

/** A figure in a business_case file, or in a scenario a plain number or a figure. */
void readFigure(Reader &r, const YAML::Node &map, const char *key, const std::string &field,
                const limits::Interval &range, bool overrides, Figure &out)
{
    const YAML::Node node = map[key];
    if (overrides && !node.IsDefined())
        return;
    if (overrides && node.IsScalar()) {
        if (const auto v = r.number(map, key, field, Range::of(range))) {
            out = Figure{};
            out.value = *v;
            out.provenance.source = ScenarioSource;
        }
        return;
    }
    out = r.figure(map, key, field, Range::of(range));
}

YAML::Node group(Reader &r, const YAML::Node &map, const char *key, const std::string &field,
                 bool overrides, std::initializer_list<std::string_view> keys)
{
    const YAML::Node node = r.child(map, key, field, !overrides);
    if (!node.IsDefined() || !r.expectMap(node, join(field, key)))
        return YAML::Node(YAML::NodeType::Undefined);
    r.checkKeys(node, join(field, key), keys);
    return node;
}

void readRamp(Reader &r, const YAML::Node &map, const std::string &field, bool overrides,
              BusinessCase &out)
{
    const YAML::Node node = group(r, map, "ramp_up", field, overrides,
                                  {"curve", "source", "as_of", "estimate", "note"});
    if (!node.IsDefined())
        return;
    const std::string path = join(field, "ramp_up");
    if (overrides && !node["source"].IsDefined()) {
        out.rampProvenance = Provenance{};
        out.rampProvenance.source = ScenarioSource;
    } else {
        out.rampProvenance = r.provenance(node, path);
    }
    const YAML::Node curve = r.child(node, "curve", path, true);
    const std::string curvePath = join(path, "curve");
    if (!curve.IsDefined() || !r.expectSequence(curve, curvePath))
        return;
    out.rampUp.clear();
    for (std::size_t i = 0; i < curve.size(); ++i) {
        const std::string at = item(curvePath, i);
        if (!r.expectMap(curve[i], at))
            continue;
        r.checkKeys(curve[i], at, {"month", "aht"});
        RampPoint p;
        p.month = r.integer(curve[i], "month", at, int(limits::RampMonth.lo),
                            int(limits::RampMonth.hi))
                      .value_or(0);
        p.ahtFactor = r.number(curve[i], "aht", at, Range::of(limits::RampAhtFactor)).value_or(1.0);
        if (!out.rampUp.empty() && p.month != 0 && p.month <= out.rampUp.back().month)
            r.error(curve[i]["month"], join(at, "month"),
                    "months must increase along the curve (got " + std::to_string(p.month)
                        + " after " + std::to_string(out.rampUp.back().month) + ")");
        else if (!out.rampUp.empty() && p.ahtFactor > out.rampUp.back().ahtFactor + 1e-12)
            r.error(curve[i]["aht"], join(at, "aht"),
                    "a ramp-up curve must not rise: a team does not slow down as it learns (got "
                        + formatNumber(p.ahtFactor) + " after "
                        + formatNumber(out.rampUp.back().ahtFactor) + ")");
        out.rampUp.push_back(p);
    }
}

void readRealised(Reader &r, const YAML::Node &map, const std::string &field, BusinessCase &out)
{
    const YAML::Node node = group(r, map, "realised_saving", field, false,
                                  {"min", "max", "sources"});
    if (!node.IsDefined())
        return;
    const std::string path = join(field, "realised_saving");
    out.realisedSavingMin = r.figure(node, "min", path, Range::of(limits::RealisedSaving));
    out.realisedSavingMax = r.figure(node, "max", path, Range::of(limits::RealisedSaving));
    if (!r.failed() && out.realisedSavingMin.value > out.realisedSavingMax.value)
        r.error(node["min"], join(path, "min"), "must not exceed max");
    const YAML::Node sources = r.child(node, "sources", path, true);
    if (sources.IsDefined() && r.expectSequence(sources, join(path, "sources"))) {
        for (std::size_t i = 0; i < sources.size(); ++i) {
            if (sources[i].IsScalar())
                out.realisedSources.push_back(sources[i].Scalar());
            else
                r.error(sources[i], item(join(path, "sources"), i), "must be a text");
        }
    }
}

} // namespace

void readBusinessCase(Reader &r, const YAML::Node &map, const std::string &field, bool overrides,
                      BusinessCase &out)
{
    if (overrides)
        r.checkKeys(map, field, {"governance", "travel", "quality_monitoring", "ramp_up", "exit"});
    if (YAML::Node g = group(r, map, "governance", field, overrides,
                             {"fte_per_agent", "pay_multiple"});
        g.IsDefined()) {
        const std::string path = join(field, "governance");
        readFigure(r, g, "fte_per_agent", path, limits::GovernanceFtePerAgent, overrides,
                   out.governanceFtePerAgent);
        readFigure(r, g, "pay_multiple", path, limits::PayMultiple, overrides,
                   out.governancePayMultiple);
    }
    if (YAML::Node t = group(r, map, "travel", field, overrides, {"visits_per_year"});
        t.IsDefined())
        readFigure(r, t, "visits_per_year", join(field, "travel"), limits::VisitsPerYear, overrides,
                   out.visitsPerYear);
    if (YAML::Node q = group(r, map, "quality_monitoring", field, overrides,
                             {"reviewed_share", "cost_per_review", "fixed_per_month"});
        q.IsDefined()) {
        const std::string path = join(field, "quality_monitoring");
        readFigure(r, q, "reviewed_share", path, limits::ReviewedShare, overrides,
                   out.reviewedShare);
        readFigure(r, q, "cost_per_review", path, limits::CostPerReview, overrides,
                   out.costPerReview);
        readFigure(r, q, "fixed_per_month", path, limits::QualityFixedPerMonth, overrides,
                   out.qualityFixedPerMonth);
    }
    readRamp(r, map, field, overrides, out);
    std::initializer_list<std::string_view> exitKeys = {"seniority_years", "notice_months",
                                                        "social_plan_per_employee",
                                                        "lease_exit_months", "contract_exit_fee"};
    std::initializer_list<std::string_view> scenarioExitKeys = {
        "incumbent",         "seniority_years",  "notice_months", "social_plan_per_employee",
        "lease_exit_months", "contract_exit_fee"};
    if (YAML::Node e = group(r, map, "exit", field, overrides,
                             overrides ? scenarioExitKeys : exitKeys);
        e.IsDefined()) {
        const std::string path = join(field, "exit");
        if (overrides) {
            if (const auto mode = r.choice(e, "incumbent", path, {"in_house", "vendor"}, false))
                out.incumbentMode = *mode == "vendor" ? IncumbentMode::Vendor
                                                      : IncumbentMode::InHouse;
        }
        readFigure(r, e, "seniority_years", path, limits::SeniorityYears, overrides,
                   out.seniorityYears);
        readFigure(r, e, "notice_months", path, limits::NoticeMonths, overrides, out.noticeMonths);
        readFigure(r, e, "social_plan_per_employee", path, limits::SocialPlanPerEmployee, overrides,
                   out.socialPlanPerEmployee);
        readFigure(r, e, "lease_exit_months", path, limits::LeaseExitMonths, overrides,
                   out.leaseExitMonths);
        readFigure(r, e, "contract_exit_fee", path, limits::ContractExitFeeMonths, overrides,
                   out.contractExitFeeMonths);
    }
    if (!overrides)
        readRealised(r, map, field, out);
}

namespace {

void writeOverride(YAML::Emitter &out, const char *key, const Figure &value, const Figure &defaults)
{
    if (value == defaults)
        return;
    if (value.provenance.source == ScenarioSource && value.provenance.asOf.empty()
        && !value.provenance.estimate && value.provenance.note.empty() && !value.min && !value.max)
        out << YAML::Key << key << YAML::Value << formatNumber(value.value);
    else
        writeFigure(out, key, value);
}

} // namespace

bool hasBusinessCaseOverrides(const BusinessCase &value, const BusinessCase &defaults)
{
    BusinessCase aligned = value;
    aligned.realisedSavingMin = defaults.realisedSavingMin;
    aligned.realisedSavingMax = defaults.realisedSavingMax;
    aligned.realisedSources = defaults.realisedSources;
    return !(aligned == defaults);
}

void writeBusinessCaseOverrides(YAML::Emitter &out, const BusinessCase &v, const BusinessCase &d)
{
    out << YAML::Key << "business_case" << YAML::Value << YAML::BeginMap;
    if (v.governanceFtePerAgent != d.governanceFtePerAgent
        || v.governancePayMultiple != d.governancePayMultiple) {
        out << YAML::Key << "governance" << YAML::Value << YAML::BeginMap;
        writeOverride(out, "fte_per_agent", v.governanceFtePerAgent, d.governanceFtePerAgent);
        writeOverride(out, "pay_multiple", v.governancePayMultiple, d.governancePayMultiple);
        out << YAML::EndMap;
    }
    if (v.visitsPerYear != d.visitsPerYear) {
        out << YAML::Key << "travel" << YAML::Value << YAML::BeginMap;
        writeOverride(out, "visits_per_year", v.visitsPerYear, d.visitsPerYear);
        out << YAML::EndMap;
    }
    if (v.reviewedShare != d.reviewedShare || v.costPerReview != d.costPerReview
        || v.qualityFixedPerMonth != d.qualityFixedPerMonth) {
        out << YAML::Key << "quality_monitoring" << YAML::Value << YAML::BeginMap;
        writeOverride(out, "reviewed_share", v.reviewedShare, d.reviewedShare);
        writeOverride(out, "cost_per_review", v.costPerReview, d.costPerReview);
        writeOverride(out, "fixed_per_month", v.qualityFixedPerMonth, d.qualityFixedPerMonth);
        out << YAML::EndMap;
    }
    if (v.rampUp != d.rampUp || v.rampProvenance != d.rampProvenance) {
        out << YAML::Key << "ramp_up" << YAML::Value << YAML::BeginMap;
        if (v.rampProvenance.source != ScenarioSource) {
            out << YAML::Key << "source" << YAML::Value << YAML::DoubleQuoted
                << v.rampProvenance.source;
            out << YAML::Key << "as_of" << YAML::Value << YAML::DoubleQuoted
                << v.rampProvenance.asOf;
            if (v.rampProvenance.estimate)
                out << YAML::Key << "estimate" << YAML::Value << true;
            if (!v.rampProvenance.note.empty())
                out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted
                    << v.rampProvenance.note;
        }
        out << YAML::Key << "curve" << YAML::Value << YAML::BeginSeq;
        for (const RampPoint &p : v.rampUp)
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "month" << YAML::Value << p.month
                << YAML::Key << "aht" << YAML::Value << formatNumber(p.ahtFactor) << YAML::EndMap;
        out << YAML::EndSeq << YAML::EndMap;
    }
    if (v.incumbentMode != d.incumbentMode || v.seniorityYears != d.seniorityYears
        || v.noticeMonths != d.noticeMonths || v.socialPlanPerEmployee != d.socialPlanPerEmployee
        || v.leaseExitMonths != d.leaseExitMonths
        || v.contractExitFeeMonths != d.contractExitFeeMonths) {
        out << YAML::Key << "exit" << YAML::Value << YAML::BeginMap;
        if (v.incumbentMode != d.incumbentMode)
            out << YAML::Key << "incumbent" << YAML::Value
                << (v.incumbentMode == IncumbentMode::Vendor ? "vendor" : "in_house");
        writeOverride(out, "seniority_years", v.seniorityYears, d.seniorityYears);
        writeOverride(out, "notice_months", v.noticeMonths, d.noticeMonths);
        writeOverride(out, "social_plan_per_employee", v.socialPlanPerEmployee,
                      d.socialPlanPerEmployee);
        writeOverride(out, "lease_exit_months", v.leaseExitMonths, d.leaseExitMonths);
        writeOverride(out, "contract_exit_fee", v.contractExitFeeMonths, d.contractExitFeeMonths);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

} // namespace escale::data::detail

namespace escale::data {

LoadResult<BusinessCase> parseBusinessCase(const std::string &text, const std::string &fileName)
{
    std::vector<LoadError> errors;
    const std::optional<YAML::Node> root = detail::parseYaml(text, fileName, errors);
    if (!root)
        return errors;
    detail::Reader r(fileName, &errors);
    if (!detail::checkHeader(r, *root, "business_case"))
        return errors;
    r.checkKeys(*root, "",
                {"schema", "kind", "governance", "travel", "quality_monitoring", "ramp_up", "exit",
                 "realised_saving"});
    BusinessCase b;
    detail::readBusinessCase(r, *root, "", false, b);
    if (!errors.empty())
        return errors;
    return b;
}

LoadResult<BusinessCase> loadBusinessCase(const std::string &path)
{
    std::vector<LoadError> errors;
    const std::optional<std::string> text = detail::readFile(path, errors);
    if (!text)
        return errors;
    return parseBusinessCase(*text, path);
}

} // namespace escale::data
