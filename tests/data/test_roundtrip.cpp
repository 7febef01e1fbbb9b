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
