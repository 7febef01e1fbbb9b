// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/profile_library.h"

#include "escale/data/business_case_io.h"
#include "escale/data/destination_io.h"
#include "yaml_reader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

#ifndef ESCALE_SOURCE_DATA_DIR
#define ESCALE_SOURCE_DATA_DIR ""
#endif
#ifndef ESCALE_INSTALL_DATA_DIR
#define ESCALE_INSTALL_DATA_DIR ""
#endif

namespace escale::data {

namespace fs = std::filesystem;

const DestinationProfile *ProfileLibrary::find(const std::string &id) const
{
    for (const DestinationProfile &profile : profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

std::vector<std::string> ProfileLibrary::ids() const
{
    std::vector<std::string> out;
    for (const DestinationProfile &profile : profiles)
        out.push_back(profile.id);
    return out;
}

namespace {

std::string kindOf(const std::string &text)
{
    try {
        const YAML::Node root = YAML::Load(text);
        if (root.IsMap() && root["kind"].IsScalar())
            return root["kind"].Scalar();
    } catch (const YAML::Exception &) {
    }
    return {};
}

/**
 * The file `name` beside a profiles folder: in its parent (data/destinations -> data/), else
 * through "..", else in `fallback` when given; the last candidate when none exists, so that the
 * load error names it.
 */
fs::path besideProfiles(const std::string &directory, const std::string &name,
                        const std::string &fallback = {})
{
    std::vector<fs::path> candidates{fs::path(directory).parent_path() / name,
                                     fs::path(directory) / ".." / name};
    if (!fallback.empty())
        candidates.push_back(fs::path(fallback) / name);
    std::error_code ec;
    for (const fs::path &candidate : candidates) {
        if (fs::exists(candidate, ec))
            return candidate;
    }
    return candidates.back();
}

} // namespace

LoadResult<ProfileLibrary> loadLibrary(const std::string &directory)
{
    std::vector<LoadError> errors;
    ProfileLibrary library;
    library.directory = directory;

    std::error_code ec;
    if (!fs::is_directory(directory, ec))
        return LoadErrors{
            LoadError{directory, 0, 0, "", "is not a folder of destination profiles"}};

    std::vector<fs::path> files;
    for (const fs::directory_entry &entry : fs::directory_iterator(directory, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());

    bool haveRates = false;
    bool haveBusiness = false;
    for (const fs::path &file : files) {
        std::vector<LoadError> fileErrors;
        const std::optional<std::string> text = detail::readFile(file.string(), fileErrors);
        if (text && kindOf(*text) == "exchange_rates") {
            LoadResult<ExchangeRates> rates = parseExchangeRates(*text, file.string());
            if (rates) {
                library.rates = rates.value();
                haveRates = true;
            } else {
                errors.insert(errors.end(), rates.error().begin(), rates.error().end());
            }
            continue;
        }
        if (text && kindOf(*text) == "business_case") {
            LoadResult<BusinessCase> business = parseBusinessCase(*text, file.string());
            if (business) {
                library.business = business.value();
                haveBusiness = true;
            } else {
                errors.insert(errors.end(), business.error().begin(), business.error().end());
            }
            continue;
        }
        LoadResult<DestinationProfile> profile = loadDestination(file.string());
        if (profile)
            library.profiles.push_back(std::move(profile).value());
        else
            errors.insert(errors.end(), profile.error().begin(), profile.error().end());
    }

    if (!haveRates) {
        LoadResult<ExchangeRates> rates = loadExchangeRates(
            besideProfiles(directory, "exchange_rates.yaml").string());
        if (rates)
            library.rates = rates.value();
        else
            errors.insert(errors.end(), rates.error().begin(), rates.error().end());
    }
    if (!haveBusiness) {
        // A folder of one's own profiles may come without one: the shipped defaults apply.
        LoadResult<BusinessCase> business = loadBusinessCase(
            besideProfiles(directory, "business_case.yaml", defaultDataDirectory()).string());
        if (business)
            library.business = business.value();
        else
            errors.insert(errors.end(), business.error().begin(), business.error().end());
    }
    if (library.profiles.empty() && errors.empty())
        errors.push_back({directory, 0, 0, "", "holds no destination profile (*.yaml)"});

    for (const DestinationProfile &p : library.profiles) {
        for (const std::string &currency : {p.agentWage.currency, p.minimumWage.currency}) {
            if (currency != "EUR" && !library.rates.find(currency))
                errors.push_back(
                    {fs::path(directory).append(p.id + ".yaml").string(), 0, 0, "currency",
                     "no exchange rate for " + currency + " in the exchange-rate table"});
        }
    }
    if (!errors.empty())
        return errors;
    return library;
}

std::string defaultDataDirectory()
{
    if (const char *env = std::getenv("ESCALE_DATA_DIR"); env && *env)
        return env;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = self.parent_path().parent_path() / "share" / "escale";
        if (fs::is_directory(installed / "destinations", ec))
            return installed.string();
    }
    if (fs::is_directory(fs::path(ESCALE_SOURCE_DATA_DIR) / "destinations", ec))
        return ESCALE_SOURCE_DATA_DIR;
    return ESCALE_INSTALL_DATA_DIR;
}

std::string defaultProfilesDirectory()
{
    return (fs::path(defaultDataDirectory()) / "destinations").string();
}

std::string defaultScenarioPath()
{
    return (fs::path(defaultDataDirectory()) / "scenarios" / "ecommerce-multichannel.yaml")
        .string();
}

} // namespace escale::data
