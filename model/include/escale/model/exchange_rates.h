// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/provenance.h"

#include <optional>
#include <string>
#include <vector>

namespace escale {

/** Value of one unit of `currency` in EUR, dated and sourced. */
struct ExchangeRate
{
    std::string currency;
    Figure eurPerUnit;

    bool operator==(const ExchangeRate &) const = default;
};

struct ExchangeRates
{
    std::vector<ExchangeRate> rates;

    const ExchangeRate *find(const std::string &currency) const;
    /** Amount in EUR; EUR converts to itself. Throws InputError for an unknown currency. */
    double toEur(double amount, const std::string &currency) const;

    bool operator==(const ExchangeRates &) const = default;
};

} // namespace escale
