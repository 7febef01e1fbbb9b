// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/profile_library.h"

#include <gtest/gtest.h>

#include <regex>

using namespace escale;
using namespace escale::data;

namespace {
const std::string ProfilesDir = std::string(ESCALE_SOURCE_DIR) + "/data/destinations";
}

TEST(Library, LoadsTheFiveShippedDestinationsAndRates)
{
    const LoadResult<ProfileLibrary> library = loadLibrary(ProfilesDir);
    ASSERT_TRUE(library.ok()) << formatErrors(library.error());
    EXPECT_EQ(library.value().ids(), (std::vector<std::string>{"france", "madagascar", "mauritius",
                                                               "morocco", "tunisia"}));
    for (const char *currency : {"MAD", "MGA", "MUR", "TND"})
        EXPECT_NE(library.value().rates.find(currency), nullptr) << currency;
    EXPECT_DOUBLE_EQ(library.value().rates.toEur(5000, "MAD"), 464.0); // CLEISS 0.0928
}

// Procurement files get audited: every shipped figure names a source and a date.
TEST(Library, EveryShippedFigureHasSourceAndDate)
{
    const LoadResult<ProfileLibrary> library = loadLibrary(ProfilesDir);
    ASSERT_TRUE(library.ok());
    const std::regex date(R"(\d{4}(-\d{2}(-\d{2})?)?)");
    int count = 0;
    for (const DestinationProfile &p : library.value().profiles) {
        for (const auto &[key, figure] : p.figures()) {
            EXPECT_FALSE(figure->provenance.source.empty()) << p.id << "." << key;
            EXPECT_TRUE(std::regex_match(figure->provenance.asOf, date)) << p.id << "." << key;
            ++count;
        }
        EXPECT_EQ(p.onshore, p.id == "france");
    }
    EXPECT_GT(count, 5 * 30);
}

// The seed articles' wages are the defaults (agent pay per month, EUR).
TEST(Library, TypicalWagesFollowTheSourceArticles)
{
    const LoadResult<ProfileLibrary> library = loadLibrary(ProfilesDir);
    ASSERT_TRUE(library.ok());
    const ProfileLibrary &l = library.value();
    EXPECT_EQ(l.find("mauritius")->agentWage.typical.value, 350);
    EXPECT_EQ(l.find("morocco")->agentWage.typical.value, 458);
    EXPECT_EQ(l.find("tunisia")->agentWage.typical.value, 458);
    EXPECT_GE(l.find("madagascar")->agentWage.typical.value, 150);
    EXPECT_LE(l.find("madagascar")->agentWage.typical.value, 250);
    EXPECT_GE(l.find("france")->agentWage.min.value, 1200);
    EXPECT_LE(l.find("france")->agentWage.max.value, 2300);
}

TEST(Library, MissingFolderIsReported)
{
    const LoadResult<ProfileLibrary> library = loadLibrary("/nonexistent/profiles");
    ASSERT_FALSE(library.ok());
    EXPECT_EQ(library.error().front().format(),
              "/nonexistent/profiles: is not a folder of destination profiles");
}
