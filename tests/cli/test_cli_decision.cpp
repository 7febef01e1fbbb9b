// SPDX-License-Identifier: GPL-3.0-or-later
// rank, ahp, sensitivity and smaa on published examples (values recomputed with mpmath at 50
// digits in the model tests; here checked to 1e-9 after the JSON round trip).
#include "process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <stdexcept>

using escale::test::runCli;
using escale::test::sourcePath;
using Json = nlohmann::json;

namespace {

std::string example(const std::string &name)
{
    return sourcePath("docs/examples/" + name + ".yaml");
}

Json runJson(const std::vector<std::string> &args)
{
    const auto r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return Json::parse(r.out);
}

} // namespace

TEST(CliRank, HwangYoonAircraftTopsis)
{
    const Json j = runJson({"rank", example("aircraft-topsis"), "--json"});
    EXPECT_EQ(j["method"]["name"], "topsis");
    EXPECT_EQ(j["method"]["normalization"], "vector");
    const double expected[] = {0.64327700055327012, 0.26838356771941189, 0.61354229000723091,
                               0.31229106558175436};
    const int ranks[] = {1, 4, 2, 3};
    ASSERT_EQ(j["alternatives"].size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        const Json &a = j["alternatives"][i];
        EXPECT_EQ(a["name"], "A" + std::to_string(i + 1));
        EXPECT_NEAR(a["score"].get<double>(), expected[i], 1e-9);
        EXPECT_EQ(a["rank"].get<int>(), ranks[i]);
        EXPECT_TRUE(a.contains("d_plus") && a.contains("d_minus"));
    }
    EXPECT_NEAR(j["alternatives"][0]["d_plus"].get<double>(), 0.054557448313032977, 1e-9);
}

TEST(CliRank, MinMaxNormalisationSwapsA2AndA4)
{
    const Json vec = runJson({"rank", example("aircraft-topsis"), "--json"});
    const Json mm = runJson(
        {"rank", example("aircraft-topsis"), "--normalization", "minmax", "--json"});
    EXPECT_EQ(vec["alternatives"][1]["rank"].get<int>(), 4);
    EXPECT_EQ(mm["alternatives"][1]["rank"].get<int>(), 3);
    EXPECT_EQ(mm["alternatives"][3]["rank"].get<int>(), 4);
}

TEST(CliRank, OpricovicTzengVikor)
{
    const Json j = runJson({"rank", example("vikor-climbing"), "--json"});
    const double S[] = {0.5, 0.375, 0.5}, R[] = {0.5, 0.25, 0.5}, Q[] = {1, 0, 1};
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_NEAR(j["alternatives"][i]["S"].get<double>(), S[i], 1e-12);
        EXPECT_NEAR(j["alternatives"][i]["R"].get<double>(), R[i], 1e-12);
        EXPECT_NEAR(j["alternatives"][i]["Q"].get<double>(), Q[i], 1e-12);
    }
    EXPECT_EQ(j["compromise_set"], Json::array({"A2"}));
    EXPECT_EQ(j["best"], "A2");
}

TEST(CliRank, PrometheeFlowsOnAScenario)
{
    const auto r = runCli({"rank", sourcePath("data/scenarios/ecommerce-multichannel.yaml"),
                           "--method", "promethee2", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json j = Json::parse(r.out);
    double net = 0.0;
    for (const Json &a : j["alternatives"]) {
        net += a["phi_net"].get<double>();
        EXPECT_NEAR(a["phi_net"].get<double>(),
                    a["phi_plus"].get<double>() - a["phi_minus"].get<double>(), 1e-12);
    }
    EXPECT_NEAR(net, 0.0, 1e-12); // net flows always sum to zero
    EXPECT_EQ(j["alternatives"].size(), 5u);
}

TEST(CliAhp, SaatyDrinks)
{
    const Json j = runJson({"ahp", example("ahp-drinks"), "--json"});
    const double w[] = {0.17745674744571682, 0.019149476024353582, 0.041831181662097909,
                        0.11641703173485864, 0.18957237532617614,  0.12878054853872255,
                        0.32679263926807435};
    for (std::size_t i = 0; i < 7; ++i)
        EXPECT_NEAR(j["priorities"][i].get<double>(), w[i], 1e-9);
    EXPECT_NEAR(j["lambda_max"].get<double>(), 7.1766290393303414, 1e-9);
    EXPECT_NEAR(j["ci"].get<double>(), 0.029438173221723573, 1e-9);
    EXPECT_NEAR(j["cr"].get<double>(), 0.022301646380093616, 1e-9);
    EXPECT_EQ(j["ri_table"], "saaty1980");
    EXPECT_TRUE(j["consistent"].get<bool>());
    const Json other = runJson({"ahp", example("ahp-drinks"), "--ri", "donegan_dodd", "--json"});
    EXPECT_NEAR(other["cr"].get<double>(), 0.023514796087326123, 1e-9);
    EXPECT_EQ(other["ri_table"], "donegan_dodd");
}

TEST(CliAhp, BadMatrixIsLocated)
{
    const std::string path = testing::TempDir() + "/escale-bad-ahp.yaml";
    FILE *f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("elements: [a, b]\nmatrix:\n  - [1, 3]\n  - [1/3, zero]\n", f);
    std::fclose(f);
    const auto r = runCli({"ahp", path, "--json"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(path + ":4:11: matrix[1][1]: must be a positive number or a fraction"),
              std::string::npos)
        << r.err;
    EXPECT_TRUE(r.out.empty());
    std::remove(path.c_str());
}

TEST(CliSensitivity, WsmIntervalMatchesHandCalculation)
{
    // Min-max normalised aircraft matrix; with the max_speed weight w and the other weights
    // rescaled by (1 - w) / 0.8, A1 scores 0.285714 w + 0.645833 (1 - w) and A3 scores
    // 0.739583 (1 - w): they cross at w = 0.09375 / 0.379464 = 0.2470588.
    const Json j = runJson(
        {"sensitivity", example("aircraft-topsis"), "--method", "wsm", "--json"});
    EXPECT_EQ(j["best"], "A3");
    ASSERT_EQ(j["criteria"].size(), 6u);
    const Json &speed = j["criteria"][0];
    EXPECT_EQ(speed["criterion"], "max_speed");
    EXPECT_NEAR(speed["weight"].get<double>(), 0.2, 1e-12);
    EXPECT_NEAR(speed["top_stable_interval"][0].get<double>(), 0.0, 1e-9);
    EXPECT_NEAR(speed["top_stable_interval"][1].get<double>(), 0.09375 / (2.0 / 7.0 + 0.09375),
                1e-8);
    EXPECT_TRUE(speed["takes_over_below"].is_null());
    EXPECT_EQ(speed["takes_over_above"], "A1");
    for (const Json &c : j["criteria"]) {
        const double w = c["weight"].get<double>();
        EXPECT_LE(c["top_stable_interval"][0].get<double>(), w + 1e-12) << c["criterion"];
        EXPECT_GE(c["top_stable_interval"][1].get<double>(), w - 1e-12) << c["criterion"];
        // The whole ranking is stable on a sub-interval of the winner's interval.
        EXPECT_GE(c["ranking_stable_interval"][0].get<double>(),
                  c["top_stable_interval"][0].get<double>() - 1e-12);
        EXPECT_LE(c["ranking_stable_interval"][1].get<double>(),
                  c["top_stable_interval"][1].get<double>() + 1e-12);
    }
}

TEST(CliSensitivity, TopsisBoundsAreFoundByBisection)
{
    const Json j = runJson({"sensitivity", example("aircraft-topsis"), "--json"});
    EXPECT_EQ(j["method"]["name"], "topsis");
    EXPECT_EQ(j["best"], "A1");
    for (const Json &c : j["criteria"]) {
        const Json &lo = c["takes_over_below"];
        const Json &hi = c["takes_over_above"];
        // Nobody takes over exactly when the interval reaches the end of [0, 1].
        EXPECT_EQ(lo.is_null(), c["top_stable_interval"][0].get<double>() <= 1e-9) << c;
        EXPECT_EQ(hi.is_null(), c["top_stable_interval"][1].get<double>() >= 1.0 - 1e-9) << c;
    }
}

namespace {

void expectStochastic(const Json &matrix, std::size_t rows, std::size_t cols)
{
    ASSERT_EQ(matrix.size(), rows);
    std::vector<double> columnSums(cols, 0.0);
    for (const Json &row : matrix) {
        ASSERT_EQ(row.size(), cols);
        double sum = 0.0;
        for (std::size_t r = 0; r < cols; ++r) {
            sum += row[r].get<double>();
            columnSums[r] += row[r].get<double>();
        }
        EXPECT_NEAR(sum, 1.0, 1e-12);
    }
    for (double s : columnSums)
        EXPECT_NEAR(s, 1.0, 1e-12);
}

} // namespace

TEST(CliSmaa, RangesGiveStochasticAcceptabilityMatrices)
{
    const Json j = runJson(
        {"smaa", example("destinations-uncertain"), "--samples", "4000", "--seed", "7", "--json"});
    EXPECT_EQ(j["samples"].get<int>(), 4000);
    EXPECT_EQ(j["seed"].get<int>(), 7);
    expectStochastic(j["rank_acceptability"], 5, 5);
    ASSERT_EQ(j["central_weights"].size(), 5u);
    ASSERT_EQ(j["confidence_factors"].size(), 5u);
    const Json &pw = j["pairwise_winning"];
    ASSERT_EQ(pw.size(), 5u);
    for (std::size_t a = 0; a < 5; ++a)
        for (std::size_t b = a + 1; b < 5; ++b) // no ties with continuous inputs
            EXPECT_NEAR(pw[a][b].get<double>() + pw[b][a].get<double>(), 1.0, 1e-12);
}

TEST(CliSmaa, SameSeedAndThreadsGiveTheSameBytes)
{
    const std::vector<std::string> base = {
        "smaa", example("destinations-uncertain"), "--samples", "5000", "--seed", "11", "--json"};
    auto with = [&](const char *threads) {
        auto args = base;
        args.insert(args.end(), {"--threads", threads});
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return r.out;
    };
    EXPECT_EQ(with("1"), with("1"));
    EXPECT_EQ(with("2"), with("2"));
    const auto other = runCli({"smaa", example("destinations-uncertain"), "--samples", "5000",
                               "--seed", "12", "--threads", "1", "--json"});
    EXPECT_NE(with("1"), other.out);
}

TEST(CliSmaa, RunsOnAScenario)
{
    const Json j = runJson({"smaa", sourcePath("data/scenarios/ecommerce-multichannel.yaml"),
                            "--samples", "2000", "--seed", "1", "--json"});
    ASSERT_EQ(j["alternatives"].size(), 5u);
    EXPECT_EQ(j["criteria"].size(), 6u);
    expectStochastic(j["rank_acceptability"], 5, 5);
}

TEST(CliSmaa, ZeroSamplesIsAUsageError)
{
    const auto r = runCli({"smaa", example("destinations-uncertain"), "--samples", "0"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--samples"), std::string::npos) << r.err;
}

TEST(CliRank, AhpPrioritiesSupplyTheWeights)
{
    // The AHP file is consistent with the published weights listed in another order, so the
    // TOPSIS closeness must be the published one.
    const Json j = runJson({"rank", example("aircraft-topsis"), "--weights-ahp",
                            example("aircraft-weights-ahp"), "--json"});
    EXPECT_NEAR(j["alternatives"][0]["score"].get<double>(), 0.64327700055327012, 1e-9);
    EXPECT_NEAR(j["alternatives"][2]["score"].get<double>(), 0.61354229000723091, 1e-9);

    const auto wrong = runCli(
        {"rank", example("aircraft-topsis"), "--weights-ahp", example("ahp-drinks")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_NE(wrong.err.find("elements: must name the 6 criteria"), std::string::npos) << wrong.err;
}

namespace {

/**
 * The shipped profiles, with Tunisia's billed rate set to `rate`, in their own folder under the
 * test's temporary folder (with the exchange-rate table beside it); returns the folder.
 */
std::string profilesWithTunisiaRate(double rate, const std::string &name)
{
    using escale::test::readSource;
    using escale::test::writeTemporary;
    for (const char *site : {"france", "madagascar", "mauritius", "morocco", "tunisia"}) {
        std::string text = readSource(std::string("data/destinations/") + site + ".yaml");
        if (std::string(site) == "tunisia") {
            // The range moves with the value, which may leave it.
            const std::string from = "billed_rate_per_hour:\n    value: 11\n    min: 10.5\n";
            const std::size_t at = text.find(from);
            if (at == std::string::npos)
                throw std::runtime_error("Tunisia's billed rate is no longer 11 (min 10.5)");
            char value[96];
            std::snprintf(value, sizeof value,
                          "billed_rate_per_hour:\n    value: %.17g\n    min: %.17g\n", rate,
                          std::min(rate, 10.5));
            text.replace(at, from.size(), value);
        }
        writeTemporary(name + "/destinations/" + site + ".yaml", text);
    }
    writeTemporary(name + "/exchange_rates.yaml", readSource("data/exchange_rates.yaml"));
    writeTemporary(name + "/business_case.yaml", readSource("data/business_case.yaml"));
    return escale::test::temporaryFolder() + "/" + name + "/destinations";
}

const Json &inputRow(const Json &j, const std::string &key, const Json &site)
{
    for (const Json &row : j["inputs"]) {
        if (row["key"] == key && row["site"] == site)
            return row;
    }
    throw std::runtime_error("no row " + key);
}

} // namespace

TEST(CliSensitivity, InputsGiveSwitchingValuesThatFlipTheVerdictJustBeyond)
{
    const Json j = runJson({"sensitivity", sourcePath("data/scenarios/ecommerce-multichannel.yaml"),
                            "--inputs", "--format", "json"});
    EXPECT_EQ(j["best"], "france");
    EXPECT_EQ(j["runner_up"], "tunisia");
    EXPECT_EQ(j["relative_tolerance"].get<double>(), 1e-9);
    // Four per-site inputs for the best site and the runner-up, and the total volume.
    ASSERT_EQ(j["inputs"].size(), 9u);
    for (const Json &row : j["inputs"]) {
        const double now = row["current"].get<double>();
        EXPECT_LE(row["bracket"][0].get<double>(), now);
        EXPECT_GE(row["bracket"][1].get<double>(), now);
        if (row["switching_value"].is_null()) {
            EXPECT_TRUE(row["below"].is_null() && row["above"].is_null()) << row.dump();
            continue;
        }
        const double x = row["switching_value"].get<double>();
        const Json &point = x > now ? row["above"] : row["below"];
        ASSERT_FALSE(point.is_null()) << row.dump();
        EXPECT_EQ(point["value"].get<double>(), x);
        EXPECT_EQ(point["winner"], row["winner_then"]);
        if (!row["change"].is_null()) {
            EXPECT_NEAR(row["change"].get<double>(), x / now - 1.0, 1e-12);
        }
    }
    const Json &volume = inputRow(j, "workload.volume_factor", nullptr);
    EXPECT_EQ(volume["current"].get<double>(), 1.0);

    // End to end: Tunisia's rate a hair above the switching value keeps France, a hair below
    // gives the winner the table names.
    const Json &rate = inputRow(j, "costs.billed_rate_per_hour", "tunisia");
    EXPECT_EQ(rate["current"].get<double>(), 11.0);
    const double x = rate["switching_value"].get<double>();
    ASSERT_LT(x, 11.0);
    const std::string scenario = sourcePath("data/scenarios/ecommerce-multichannel.yaml");
    const Json above = runJson({"evaluate", scenario, "--format", "json", "--profiles",
                                profilesWithTunisiaRate(x * (1 + 1e-6), "above")});
    EXPECT_EQ(above["recommendation"]["best"], "france");
    const Json below = runJson({"evaluate", scenario, "--format", "json", "--profiles",
                                profilesWithTunisiaRate(x * (1 - 1e-6), "below")});
    EXPECT_EQ(below["recommendation"]["best"], rate["winner_then"]);
    EXPECT_NE(below["recommendation"]["best"], "france");

    // The text table says the same, and "no flip" where the bracket holds none.
    const auto text = runCli({"sensitivity", scenario, "--inputs"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    char value[32];
    std::snprintf(value, sizeof value, "%.4g EUR/h", x);
    EXPECT_NE(text.out.find(std::string("falls below ") + value + " (now 11 EUR/h)"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("no flip within [0.01x, 100x]"), std::string::npos) << text.out;
}

TEST(CliSensitivity, InputsNeedAScenarioAndItsOwnMethod)
{
    const std::string problem = example("aircraft-topsis");
    const auto r = runCli({"sensitivity", problem, "--inputs"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find(problem + ":4:1: kind: --inputs needs a scenario file"), std::string::npos)
        << r.err;
    const auto method = runCli({"sensitivity", sourcePath("data/scenarios/outbound-campaign.yaml"),
                                "--inputs", "--method", "wsm"});
    EXPECT_EQ(method.exitCode, 2);
    EXPECT_NE(method.err.find("option --method does not apply"), std::string::npos) << method.err;
    const auto format = runCli({"sensitivity", sourcePath("data/scenarios/outbound-campaign.yaml"),
                                "--inputs", "--format", "csv"});
    EXPECT_EQ(format.exitCode, 2);
    const auto missing = runCli({"sensitivity", "/nonexistent.yaml", "--inputs"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("/nonexistent.yaml"), std::string::npos);
}
