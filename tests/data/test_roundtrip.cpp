// SPDX-License-Identifier: GPL-3.0-or-later
// Saving then loading gives the same values, and saving again gives the same bytes.
#include "escale/data/destination_io.h"
#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace escale;
using namespace escale::data;

namespace {

const std::string DataDir = std::string(ESCALE_SOURCE_DIR) + "/data";

ProfileLibrary shippedLibrary()
{
    LoadResult<ProfileLibrary> library = loadLibrary(DataDir + "/destinations");
    EXPECT_TRUE(library.ok()) << (library.ok() ? "" : formatErrors(library.error()));
    return std::move(library).value();
}

std::vector<std::string> shippedScenarios()
{
    std::vector<std::string> files;
    for (const auto &entry : fs::directory_iterator(DataDir + "/scenarios"))
        if (entry.path().extension() == ".yaml")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST(RoundTrip, EveryShippedDestination)
{
    const ProfileLibrary library = shippedLibrary();
    ASSERT_EQ(library.profiles.size(), 5u);
    for (const DestinationProfile &profile : library.profiles) {
        const std::string text = emitDestination(profile);
        const LoadResult<DestinationProfile> back = parseDestination(text,
                                                                     profile.id + " (emitted)");
        ASSERT_TRUE(back.ok()) << formatErrors(back.error()) << text;
        EXPECT_EQ(back.value(), profile) << profile.id;
        EXPECT_EQ(emitDestination(back.value()), text) << profile.id;
    }
}

TEST(RoundTrip, ExchangeRates)
{
    const ProfileLibrary library = shippedLibrary();
    const std::string text = emitExchangeRates(library.rates);
    const LoadResult<ExchangeRates> back = parseExchangeRates(text, "rates (emitted)");
    ASSERT_TRUE(back.ok()) << formatErrors(back.error());
    EXPECT_EQ(back.value(), library.rates);
}

TEST(RoundTrip, EveryShippedScenario)
{
    const ProfileLibrary library = shippedLibrary();
    const std::vector<std::string> files = shippedScenarios();
    ASSERT_GE(files.size(), 3u);
    for (const std::string &file : files) {
        const LoadResult<Scenario> loaded = loadScenario(file, library);
        ASSERT_TRUE(loaded.ok()) << formatErrors(loaded.error());
        const std::string text = emitScenario(loaded.value(), library);
        const LoadResult<Scenario> back = parseScenario(text, file + " (emitted)", library);
        ASSERT_TRUE(back.ok()) << formatErrors(back.error()) << text;
        EXPECT_EQ(back.value(), loaded.value()) << file;
        EXPECT_EQ(emitScenario(back.value(), library), text) << file;
    }
}

TEST(RoundTrip, EditedProfileIsWrittenInFullAndReloads)
{
    const ProfileLibrary library = shippedLibrary();
    LoadResult<Scenario> loaded = loadScenario(DataDir + "/scenarios/ecommerce-multichannel.yaml",
                                               library);
    ASSERT_TRUE(loaded.ok());
    Scenario scenario = loaded.value();
    scenario.destinations[3].agentWage.typical.value = 512.5;
    scenario.destinations[3].agentWage.typical.provenance.note = "Quote from a vendor, 2026";
    const std::string text = emitScenario(scenario, library);
    // The edited profile is inline, the others are references.
    EXPECT_NE(text.find("- france\n"), std::string::npos) << text;
    EXPECT_NE(text.find("value: 512.5"), std::string::npos) << text;
    const LoadResult<Scenario> back = parseScenario(text, "edited", library);
    ASSERT_TRUE(back.ok()) << formatErrors(back.error());
    EXPECT_EQ(back.value(), scenario);
}

TEST(RoundTrip, ArrivalCurvesAndOptionalFieldsSurvive)
{
    const ProfileLibrary library = shippedLibrary();
    LoadResult<Scenario> loaded = loadScenario(DataDir + "/scenarios/ecommerce-multichannel.yaml",
                                               library);
    ASSERT_TRUE(loaded.ok());
    Scenario scenario = loaded.value();
    ArrivalProfile curve;
    for (std::size_t h = 0; h < 24; ++h)
        curve.hourly[h] = h >= 8 && h < 20 ? 1.0 + 0.1 * double(h % 5) : 0.0;
    curve.weekday = {1.3, 1.1, 1.0, 1.0, 1.0, 0.7, 0.0};
    scenario.workload.channels[0].arrivals = curve;
    scenario.constraints.maxRisk = 3.5;
    scenario.constraints.minFrenchFullShare = 0.2;
    scenario.cost.view = CostView::InHouse;
    scenario.method = {mcda::Method::Vikor, mcda::Normalization::None, 0.4};
    const std::string text = emitScenario(scenario, library);
    const LoadResult<Scenario> back = parseScenario(text, "edited", library);
    ASSERT_TRUE(back.ok()) << formatErrors(back.error()) << text;
    EXPECT_EQ(back.value(), scenario);
}

// Several ranges a day and a channel's own hours: written, read back equal, and the text is
// the documented syntax. The outbound scenario ships the legal calling windows.
TEST(RoundTrip, RangesAndChannelHoursSurvive)
{
    const ProfileLibrary library = shippedLibrary();
    LoadResult<Scenario> loaded = loadScenario(DataDir + "/scenarios/outbound-campaign.yaml",
                                               library);
    ASSERT_TRUE(loaded.ok()) << formatErrors(loaded.error());
    Scenario scenario = loaded.value();
    const ChannelLoad &outbound = scenario.workload.channels[0];
    ASSERT_EQ(outbound.channel, Channel::Outbound);
    ASSERT_TRUE(outbound.openingHours);
    const DayHours windows{{{10 * 60, 13 * 60}, {14 * 60, 20 * 60}}};
    for (std::size_t d = 0; d < 5; ++d)
        EXPECT_EQ(outbound.openingHours->days[d], windows) << d;
    EXPECT_FALSE(outbound.openingHours->days[5].isOpen());
    EXPECT_FALSE(scenario.workload.channels[1].openingHours); // the inbound line: the centre's
    EXPECT_EQ(scenario.workload.hours.days[0], DayHours::between(10 * 60, 20 * 60));

    scenario.workload.hours.days[5] = DayHours{
        {{8 * 60, 12 * 60}, {13 * 60 + 30, 17 * 60}, {18 * 60, 24 * 60}}};
    scenario.workload.channels[1].openingHours = scenario.workload.hours;
    scenario.workload.channels[1].openingHours->days[0] = DayHours{};
    const std::string text = emitScenario(scenario, library);
    EXPECT_NE(text.find("sat: 08:00-12:00, 13:30-17:00, 18:00-24:00"), std::string::npos) << text;
    EXPECT_NE(text.find("mon: 10:00-13:00, 14:00-20:00"), std::string::npos) << text;
    const LoadResult<Scenario> back = parseScenario(text, "edited", library);
    ASSERT_TRUE(back.ok()) << formatErrors(back.error()) << text;
    EXPECT_EQ(back.value(), scenario);
    EXPECT_EQ(emitScenario(back.value(), library), text);
}

TEST(DayHoursText, ParsesRangesAndSaysWhereTheyAreWrong)
{
    DayHoursParse p = parseDayHours("10:00-13:00,14:00-20:00");
    ASSERT_TRUE(p.day) << p.error;
    EXPECT_EQ(*p.day, (DayHours{{{600, 780}, {840, 1200}}}));
    EXPECT_EQ(p.rangeOffsets, (std::vector<std::size_t>{0, 12}));
    EXPECT_EQ(formatDayHours(*p.day), "10:00-13:00, 14:00-20:00");
    p = parseDayHours("  08:00-24:00 ");
    ASSERT_TRUE(p.day) << p.error;
    EXPECT_EQ(*p.day, DayHours::between(480, 1440));
    EXPECT_EQ(*parseDayHours("closed").day, DayHours{});
    EXPECT_EQ(formatDayHours(DayHours{}), "closed");

    const auto failure = [](const std::string &text) {
        const DayHoursParse q = parseDayHours(text);
        EXPECT_FALSE(q.day) << text;
        return std::to_string(q.offset) + ": " + q.error;
    };
    EXPECT_EQ(failure("10:00-13:00, 12:30-20:00"),
              "13: 12:30-20:00 overlaps 10:00-13:00 (list the ranges in order, each closing "
              "before the next opens)");
    EXPECT_EQ(failure("14:00-20:00, 10:00-13:00"),
              "13: 10:00-13:00 overlaps 14:00-20:00 (list the ranges in order, each closing "
              "before the next opens)");
    EXPECT_EQ(failure("10:00-13:00, 13:00-20:00"),
              "13: 10:00-13:00 and 13:00-20:00 touch: write them as one range");
    EXPECT_EQ(failure("10:00-13:00, 20:00-14:00"),
              "13: 20:00-14:00 closes before it opens (a range needs opening < closing)");
    const std::string syntax
        = "must be \"HH:MM-HH:MM\", several such ranges separated by commas, or closed (got '";
    EXPECT_EQ(failure("10:00-13:00,"), "12: " + syntax + "10:00-13:00,')");
    EXPECT_EQ(failure("10:00-13:00, 14h-20h"), "13: " + syntax + "10:00-13:00, 14h-20h')");
    EXPECT_EQ(failure("24:00-24:00"), "0: " + syntax + "24:00-24:00')");
    EXPECT_EQ(failure(""), "0: " + syntax + "')");
}
