// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/load_error.h"
#include "escale/model/business_case.h"
#include "escale/model/destination.h"
#include "escale/model/exchange_rates.h"

#include <string>
#include <vector>

namespace escale::data {

/** The destination profiles of a folder and the exchange-rate table that goes with them. */
struct ProfileLibrary
{
    std::string directory;
    std::vector<DestinationProfile> profiles; ///< sorted by id
    ExchangeRates rates;
    BusinessCase business; ///< the client-side defaults every scenario starts from

    const DestinationProfile *find(const std::string &id) const;
    std::vector<std::string> ids() const;
};

/**
 * Loads every `*.yaml` destination file of `directory` and the exchange-rate table, found as a
 * `kind: exchange_rates` file in the folder or as `exchange_rates.yaml` in its parent folder,
 * and the business-case defaults, found the same way (`kind: business_case`,
 * `business_case.yaml`), else the shipped data's.
 * All files are checked; the errors of every file are returned together.
 */
LoadResult<ProfileLibrary> loadLibrary(const std::string &directory);

/**
 * The folder of the shipped data (holding `destinations/`, `scenarios/` and
 * `exchange_rates.yaml`): $ESCALE_DATA_DIR if set, else the installed copy next to the
 * executable (`../share/escale`), else the source tree this build came from.
 */
std::string defaultDataDirectory();
std::string defaultProfilesDirectory();
/** The scenario the applications open on first start. */
std::string defaultScenarioPath();

} // namespace escale::data
