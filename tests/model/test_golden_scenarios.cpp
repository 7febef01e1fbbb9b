// SPDX-License-Identifier: GPL-3.0-or-later
// Golden scenarios: every folder of tests/model/scenarios/ holding a scenario.yaml is one case,
// evaluated whole (staffing, both cost views, criteria, the four methods, the recommendation)
// and compared with its expected.yaml. The expected figures are derived independently of
// Escale (each folder's README.md by hand, ../derive.py with mpmath from the documented
// formulas), each with its own absolute tolerance. Adding a regression case means adding a
// folder; the folders are found when the tests run.
#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"
#include "escale/model/evaluation.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace escale;

namespace {

namespace fs = std::filesystem;

const fs::path CasesDir = fs::path(ESCALE_TEST_DATA_DIR) / "scenarios";

std::vector<std::string> caseNames()
{
    std::vector<std::string> names;
    if (!fs::is_directory(CasesDir))
        return names;
    for (const fs::directory_entry &entry : fs::directory_iterator(CasesDir)) {
        if (entry.is_directory() && fs::exists(entry.path() / "scenario.yaml"))
            names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

/** What a site figure reads; nullopt when the site has no such figure (e.g. not compared). */
using SiteFigure = std::function<std::optional<double>(const SiteEvaluation &)>;

/** Where a site sits in the recommendation's compared set, -1 if it is not compared. */
int rowOf(const Evaluation &evaluation, const SiteEvaluation &site)
{
    const std::vector<int> &rows = evaluation.compared();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (&evaluation.sites[std::size_t(rows[r])] == &site)
            return int(r);
    }
    return -1;
}

const mcda::Ranking *methodRanking(const Evaluation &evaluation, mcda::Method method)
{
    for (const MethodOutcome &m : evaluation.recommendation.methods) {
        if (m.method.method == method)
            return &m.ranking;
    }
    return nullptr;
}

void addCostFigures(std::map<std::string, SiteFigure> &table, const std::string &prefix,
                    CostView view)
{
    const auto line = [view](double CostBreakdown::*member) {
        return [view, member](const SiteEvaluation &s) -> std::optional<double> {
            return s.cost(view).monthly.*member;
        };
    };
    table[prefix + "monthly.labour"] = line(&CostBreakdown::labour);
    table[prefix + "monthly.premiums"] = line(&CostBreakdown::premiums);
    table[prefix + "monthly.charges"] = line(&CostBreakdown::charges);
    table[prefix + "monthly.supervision"] = line(&CostBreakdown::supervision);
    table[prefix + "monthly.seats"] = line(&CostBreakdown::seats);
    table[prefix + "monthly.attrition"] = line(&CostBreakdown::attrition);
    table[prefix + "monthly.vendor_fees"] = line(&CostBreakdown::vendorFees);
    table[prefix + "monthly.total"] = [view](const SiteEvaluation &s) -> std::optional<double> {
        return s.cost(view).monthly.total();
    };
    table[prefix + "transition"] = [view](const SiteEvaluation &s) -> std::optional<double> {
        return s.cost(view).horizon.transition;
    };
    const auto field = [view](double SiteCost::*member) {
        return [view, member](const SiteEvaluation &s) -> std::optional<double> {
            return s.cost(view).*member;
        };
    };
    table[prefix + "tco"] = field(&SiteCost::tco);
    table[prefix + "cost_per_contact"] = field(&SiteCost::costPerContact);
    table[prefix + "cost_per_productive_hour"] = field(&SiteCost::costPerProductiveHour);
    table[prefix + "saving"] = field(&SiteCost::savingVsOnshore);
    table[prefix + "saving_share"] = field(&SiteCost::savingShare);
    table[prefix + "break_even_month"] = [view](const SiteEvaluation &s) -> std::optional<double> {
        const std::optional<int> month = s.cost(view).breakEvenMonth;
        return month ? std::optional<double>(*month) : std::nullopt;
    };
}

/** A figure read as site.part.field, e.g. the coverage score. */
template<typename Part>
SiteFigure partFigure(Part SiteEvaluation::*part, double Part::*field)
{
    return
        [part, field](const SiteEvaluation &s) -> std::optional<double> { return s.*part.*field; };
}

/** Every figure expected.yaml may name for a site, by key. */
std::map<std::string, SiteFigure> siteFigures(const Evaluation &evaluation)
{
    std::map<std::string, SiteFigure> t;
    const auto plain = [](double SiteEvaluation::*member) {
        return [member](const SiteEvaluation &s) -> std::optional<double> { return s.*member; };
    };
    t["fte"] = plain(&SiteEvaluation::fte);
    t["support_fte"] = plain(&SiteEvaluation::supportFte);
    t["seats"] = plain(&SiteEvaluation::seats);
    t["productive_hours_per_month"] = plain(&SiteEvaluation::productiveHoursPerMonth);
    t["language_fit"] = plain(&SiteEvaluation::languageFit);
    t["quality"] = plain(&SiteEvaluation::quality);
    t["risk"] = plain(&SiteEvaluation::risk);
    t["sector_share"] = plain(&SiteEvaluation::sectorShare);
    t["score"] = plain(&SiteEvaluation::score);
    t["weekly_agent_hours"] = partFigure(&SiteEvaluation::staffing,
                                         &StaffingPlan::weeklyAgentHours);
    t["weekly_scheduled_hours"] = partFigure(&SiteEvaluation::staffing,
                                             &StaffingPlan::weeklyScheduledHours);
    t["peak_agents"] = partFigure(&SiteEvaluation::staffing, &StaffingPlan::peakAgents);
    t["peak_scheduled"] = partFigure(&SiteEvaluation::staffing, &StaffingPlan::peakScheduled);
    t["coverage"] = partFigure(&SiteEvaluation::coverage, &CoverageDetail::score);
    t["night_share"] = partFigure(&SiteEvaluation::coverage, &CoverageDetail::nightShare);
    t["sunday_share"] = partFigure(&SiteEvaluation::coverage, &CoverageDetail::sundayShare);
    t["rank"] = [](const SiteEvaluation &s) -> std::optional<double> { return s.rank; };
    for (Criterion c : AllCriteria) {
        t[std::string("utility.") + criterionKey(c)] =
            [c](const SiteEvaluation &s) -> std::optional<double> { return s.utility[index(c)]; };
    }
    addCostFigures(t, "vendor.", CostView::Vendor);
    addCostFigures(t, "inhouse.", CostView::InHouse);

    for (Channel channel : {Channel::Voice, Channel::Email, Channel::Chat, Channel::Outbound}) {
        const auto of = [channel](double ChannelStaffing::*member) {
            return [channel, member](const SiteEvaluation &s) -> std::optional<double> {
                for (const ChannelStaffing &cs : s.staffing.channels) {
                    if (cs.channel == channel)
                        return cs.*member;
                }
                return std::nullopt;
            };
        };
        const std::string name = std::string(channelName(channel)) + ".";
        t[name + "peak_agents"] = of(&ChannelStaffing::peakAgents);
        t[name + "peak_scheduled"] = of(&ChannelStaffing::peakScheduled);
        t[name + "service_level"] = of(&ChannelStaffing::serviceLevel);
        t[name + "asa_s"] = of(&ChannelStaffing::asaSeconds);
        t[name + "occupancy"] = of(&ChannelStaffing::occupancy);
        t[name + "weekly_agent_hours"] = of(&ChannelStaffing::weeklyAgentHours);
    }

    const auto method = [&evaluation](mcda::Method m, const Eigen::VectorXd mcda::Ranking::*v) {
        return [&evaluation, m, v](const SiteEvaluation &s) -> std::optional<double> {
            const mcda::Ranking *ranking = methodRanking(evaluation, m);
            const int row = rowOf(evaluation, s);
            if (!ranking || row < 0 || (ranking->*v).size() <= row)
                return std::nullopt;
            return (ranking->*v)(row);
        };
    };
    t["topsis.closeness"] = method(mcda::Method::Topsis, &mcda::Ranking::scores);
    t["vikor.q"] = method(mcda::Method::Vikor, &mcda::Ranking::Q);
    t["promethee2.net"] = method(mcda::Method::Promethee2, &mcda::Ranking::phiNet);
    return t;
}

/** Checks `actual` against {value, tol}; value null means "no such figure". */
void expectFigure(const std::string &what, const YAML::Node &expected, std::optional<double> actual)
{
    ASSERT_TRUE(expected.IsMap() && expected["value"] && expected["tol"])
        << what << ": expected {value: ..., tol: ...}";
    if (expected["value"].IsNull()) {
        EXPECT_FALSE(actual.has_value()) << what << " is " << *actual << ", expected none";
        return;
    }
    const double value = expected["value"].as<double>();
    const double tol = expected["tol"].as<double>();
    ASSERT_TRUE(actual.has_value()) << what << ": no such figure, expected " << value;
    EXPECT_LE(std::abs(*actual - value), tol)
        << std::setprecision(17) << what << " = " << *actual << ", expected " << value << " +/- "
        << tol << " (off by " << *actual - value << ")";
}

const SiteEvaluation *site(const Evaluation &evaluation, const std::string &id)
{
    for (const SiteEvaluation &s : evaluation.sites) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

std::string siteId(const Evaluation &evaluation, int index)
{
    return index < 0 ? std::string("<none>") : evaluation.sites[std::size_t(index)].id;
}

std::vector<std::string> strings(const YAML::Node &list)
{
    std::vector<std::string> out;
    for (const YAML::Node &item : list)
        out.push_back(item.as<std::string>());
    return out;
}

void expectRecommendation(const Evaluation &evaluation, const YAML::Node &expected)
{
    const Recommendation &rec = evaluation.recommendation;
    for (const auto &item : expected) {
        const std::string key = item.first.as<std::string>();
        const YAML::Node &value = item.second;
        if (key == "verdict") {
            EXPECT_EQ(verdictKey(rec.verdict), value.as<std::string>()) << key;
        } else if (key == "best") {
            EXPECT_EQ(siteId(evaluation, rec.best), value.as<std::string>()) << key;
        } else if (key == "runner_up") {
            EXPECT_EQ(siteId(evaluation, rec.runnerUp), value.as<std::string>()) << key;
        } else if (key == "compared") {
            std::vector<std::string> compared;
            for (int i : evaluation.compared())
                compared.push_back(siteId(evaluation, i));
            EXPECT_EQ(compared, strings(value)) << key;
        } else if (key == "margin") {
            expectFigure("recommendation.margin", value, rec.margin);
        } else if (key == "methods_agree") {
            EXPECT_EQ(rec.methodsAgree, value.as<bool>()) << key;
        } else if (key == "winners") {
            for (const auto &w : value) {
                const std::string method = w.first.as<std::string>();
                const auto m = mcda::methodFromKey(method);
                ASSERT_TRUE(m.has_value()) << "unknown method " << method;
                const auto outcome = std::find_if(
                    rec.methods.begin(), rec.methods.end(),
                    [&](const MethodOutcome &o) { return o.method.method == *m; });
                ASSERT_NE(outcome, rec.methods.end()) << method << " was not compared";
                EXPECT_EQ(siteId(evaluation, outcome->winner), w.second.as<std::string>())
                    << "winner by " << method;
            }
        } else {
            ADD_FAILURE() << "expected.yaml: unknown recommendation key '" << key << "'";
        }
    }
}

class GoldenScenario : public ::testing::TestWithParam<std::string>
{};

TEST_P(GoldenScenario, MatchesTheHandDerivedFigures)
{
    const fs::path folder = CasesDir / GetParam();
    ASSERT_TRUE(fs::exists(folder / "expected.yaml")) << folder << " has no expected.yaml";

    const auto library = data::loadLibrary(std::string(ESCALE_SOURCE_DIR) + "/data/destinations");
    ASSERT_TRUE(library.ok()) << data::formatErrors(library.error());
    const auto scenario = data::loadScenario((folder / "scenario.yaml").string(), library.value());
    ASSERT_TRUE(scenario.ok()) << data::formatErrors(scenario.error());
    const Evaluation evaluation = evaluate(scenario.value());

    const YAML::Node expected = YAML::LoadFile((folder / "expected.yaml").string());
    ASSERT_TRUE(expected["sites"].IsMap()) << "expected.yaml needs a sites map";
    const std::map<std::string, SiteFigure> figures = siteFigures(evaluation);
    for (const auto &entry : expected["sites"]) {
        const std::string id = entry.first.as<std::string>();
        const SiteEvaluation *s = site(evaluation, id);
        if (!s) {
            ADD_FAILURE() << "no site '" << id << "' in the evaluation";
            continue;
        }
        for (const auto &item : entry.second) {
            const std::string key = item.first.as<std::string>();
            if (key == "exclusions") {
                std::vector<std::string> reasons;
                for (const Exclusion &e : s->exclusions)
                    reasons.push_back(exclusionKey(e.reason));
                EXPECT_EQ(reasons, strings(item.second)) << id << ".exclusions";
                continue;
            }
            const auto figure = figures.find(key);
            if (figure == figures.end()) {
                ADD_FAILURE() << "expected.yaml: unknown site figure '" << key << "'";
                continue;
            }
            expectFigure(id + "." + key, item.second, figure->second(*s));
        }
    }
    if (expected["recommendation"])
        expectRecommendation(evaluation, expected["recommendation"]);
}

/** A case's test name: its folder name with every character other than a letter or digit as _. */
std::string testName(const ::testing::TestParamInfo<std::string> &param)
{
    std::string name = param.param;
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenScenario, ::testing::ValuesIn(caseNames()), testName);

TEST(GoldenScenarios, AtLeastThreeCasesAreFound)
{
    EXPECT_GE(caseNames().size(), 3u) << "in " << CasesDir;
}

} // namespace
