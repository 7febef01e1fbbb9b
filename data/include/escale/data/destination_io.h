// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/load_error.h"
#include "escale/model/destination.h"
#include "escale/model/exchange_rates.h"

#include <string>

namespace escale::data {

/** Reads a `kind: destination` file. The `id` must equal the file stem. */
LoadResult<DestinationProfile> loadDestination(const std::string &path);
/** Parses destination YAML text; `fileName` is used in error messages only. */
LoadResult<DestinationProfile> parseDestination(const std::string &text,
                                                const std::string &fileName);
/** The YAML text of a destination file (schema 1). Loading it back gives the same profile. */
std::string emitDestination(const DestinationProfile &profile);

/** Reads a `kind: exchange_rates` file. */
LoadResult<ExchangeRates> loadExchangeRates(const std::string &path);
LoadResult<ExchangeRates> parseExchangeRates(const std::string &text, const std::string &fileName);
std::string emitExchangeRates(const ExchangeRates &rates);

} // namespace escale::data
