// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using escale::test::runCli;
using Json = nlohmann::json;

namespace {

const std::vector<std::string> Pyworkforce{
    "staffing", "--model",     "erlang-c", "--calls",    "100", "--interval-s", "1800", "--aht-s",
    "180",      "--target-sl", "0.8",      "--answer-s", "20",  "--shrinkage",  "0.3",  "--json"};

} // namespace

// pyworkforce's published example: 10 Erlangs, 80% in 20 s: 14 agents, 20 with 30% shrinkage.
// SL, ASA and C at 14 agents computed with mpmath at 40 digits from the textbook Erlang C
// formula (factorials): SL 0.888350019179, ASA 7.835937011777 s, C 0.174131933595.
TEST(CliStaffing, PyworkforceExampleErlangC)
{
    const auto r = runCli(Pyworkforce);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_NEAR(j["traffic_erlangs"].get<double>(), 10.0, 1e-12);
    EXPECT_EQ(j["agents"].get<int>(), 14);
    EXPECT_EQ(j["scheduled_agents"].get<int>(), 20);
    EXPECT_NEAR(j["service_level"].get<double>(), 0.888350019179, 1e-10);
    EXPECT_NEAR(j["asa_s"].get<double>(), 7.835937011777, 1e-9);
    EXPECT_NEAR(j["wait_probability"].get<double>(), 0.174131933595, 1e-10);
    EXPECT_NEAR(j["occupancy"].get<double>(), 10.0 / 14.0, 1e-12);
    EXPECT_FALSE(j.contains("abandon_probability"));
}

TEST(CliStaffing, ErlangANeedsFewerAgentsAndReportsAbandons)
{
    std::vector<std::string> args = Pyworkforce;
    args[2] = "erlang-a";
    args.insert(args.end() - 1, {"--patience-s", "300"});
    const auto r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["agents"].get<int>(), 13);
    ASSERT_TRUE(j.contains("abandon_probability"));
    EXPECT_GT(j["abandon_probability"].get<double>(), 0.0);
    EXPECT_LT(j["abandon_probability"].get<double>(), 0.1);
    EXPECT_GE(j["service_level"].get<double>(), 0.8);
}

TEST(CliStaffing, OccupancyCapBindsAtSeventyPercent)
{
    std::vector<std::string> args = Pyworkforce;
    args.insert(args.end() - 1, {"--max-occupancy", "0.7"});
    const Json j = Json::parse(runCli(args).out);
    EXPECT_EQ(j["agents"].get<int>(), 15); // ceil(10 / 0.7)
    EXPECT_EQ(j["scheduled_agents"].get<int>(), 22);
}

TEST(CliStaffing, TextOutputWithoutJson)
{
    std::vector<std::string> args = Pyworkforce;
    args.pop_back();
    const auto r = runCli(args);
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("14 agents on the floor, 20 scheduled"), std::string::npos) << r.out;
}

TEST(CliStaffing, UsageErrorsExitWithTwo)
{
    const auto missing = runCli({"staffing", "--calls", "100", "--json"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("--interval-s is required"), std::string::npos) << missing.err;
    EXPECT_TRUE(missing.out.empty());

    const auto notNumber = runCli({"staffing", "--calls", "lots", "--interval-s", "1800", "--aht-s",
                                   "180", "--target-sl", "0.8", "--answer-s", "20"});
    EXPECT_EQ(notNumber.exitCode, 2);
    EXPECT_NE(notNumber.err.find("--calls must be a number (got 'lots')"), std::string::npos);

    std::vector<std::string> args = Pyworkforce;
    args[2] = "erlang-a";
    const auto noPatience = runCli(args);
    EXPECT_EQ(noPatience.exitCode, 2);
    EXPECT_NE(noPatience.err.find("--patience-s is required"), std::string::npos);

    std::vector<std::string> badTarget = Pyworkforce;
    badTarget[10] = "1.5";
    const auto invalid = runCli(badTarget);
    EXPECT_EQ(invalid.exitCode, 2);
    EXPECT_NE(invalid.err.find("invalid input"), std::string::npos) << invalid.err;
}
