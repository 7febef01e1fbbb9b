// SPDX-License-Identifier: GPL-3.0-or-later
// Every file in broken/ starts with "# expect: <line>:<column>: <field>: <message>": loading it
// must fail with exactly that error (prefixed by the file name). Add a case by adding a file.
#include "escale/data/destination_io.h"
#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace escale::data;

namespace {

const std::string BrokenDir = std::string(ESCALE_TEST_DATA_DIR) + "/broken";
const std::string ProfilesDir = std::string(ESCALE_SOURCE_DIR) + "/data/destinations";

std::vector<std::string> brokenFiles()
{
    std::vector<std::string> files;
    for (const auto &entry : fs::directory_iterator(BrokenDir))
        if (entry.path().extension() == ".yaml")
            files.push_back(entry.path().filename().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string replaceAll(std::string text, const std::string &from, const std::string &to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
        text.replace(at, from.size(), to), at += to.size();
    return text;
}

class BrokenFile : public ::testing::TestWithParam<std::string>
{};

} // namespace

TEST_P(BrokenFile, FailsWithTheExpectedMessage)
{
    const std::string path = BrokenDir + "/" + GetParam();
    const std::string text = readAll(path);
    const std::string marker = "# expect: ";
    ASSERT_EQ(text.rfind(marker, 0), 0u) << path << " lacks its '# expect:' first line";
    const std::string expected = replaceAll(
        text.substr(marker.size(), text.find('\n') - marker.size()), "{profiles}", ProfilesDir);

    std::vector<LoadError> errors;
    if (GetParam().rfind("scen_", 0) == 0) {
        const LoadResult<ProfileLibrary> library = loadLibrary(ProfilesDir);
        ASSERT_TRUE(library.ok()) << formatErrors(library.error());
        const LoadResult<escale::Scenario> scenario = loadScenario(path, library.value());
        ASSERT_FALSE(scenario.ok()) << path << " loaded without error";
        errors = scenario.error();
    } else {
        const LoadResult<escale::DestinationProfile> profile = parseDestination(text, path);
        ASSERT_FALSE(profile.ok()) << path << " loaded without error";
        errors = profile.error();
    }

    const std::string all = formatErrors(errors);
    // The expected error names the file first; syntax errors are matched on their prefix.
    const std::string wanted = path + ":" + expected;
    EXPECT_NE(all.find(expected.find(':') == std::string::npos ? expected : wanted),
              std::string::npos)
        << "expected: " << wanted << "\nactual:\n"
        << all;
    for (const LoadError &e : errors)
        EXPECT_EQ(e.file, path);
}

INSTANTIATE_TEST_SUITE_P(Loader, BrokenFile, ::testing::ValuesIn(brokenFiles()),
                         [](const ::testing::TestParamInfo<std::string> &param) {
                             return fs::path(param.param).stem().string();
                         });

TEST(Loader, MissingFileIsNamed)
{
    const LoadResult<escale::DestinationProfile> r = loadDestination("/nonexistent/nowhere.yaml");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().front().format(),
              "/nonexistent/nowhere.yaml: cannot open the file (missing or not readable)");
}

TEST(Loader, IdMustMatchFileStem)
{
    const fs::path dir = fs::temp_directory_path() / "escale-id-test";
    fs::create_directories(dir);
    const std::string text = readAll(ProfilesDir + "/france.yaml");
    const fs::path copy = dir / "belgium.yaml";
    std::ofstream(copy) << text;
    const LoadResult<escale::DestinationProfile> r = loadDestination(copy.string());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(formatErrors(r.error()).find("id: must match the file name 'belgium' (got 'france')"),
              std::string::npos)
        << formatErrors(r.error());
    fs::remove_all(dir);
}
