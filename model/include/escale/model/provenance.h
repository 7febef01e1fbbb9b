// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace escale {

/** Where a figure comes from: every shipped number carries one, and reports list them. */
struct Provenance
{
    std::string source; ///< citation, e.g. "CLEISS, social security rates 2024"
    std::string asOf; ///< date of the source, ISO 8601 ("2024-09-09", "2024-09" or "2024")
    bool estimate = false; ///< true when no published source backs the number (DOMAIN's [E])
    std::string note; ///< optional remark (discrepancies, conversions)

    bool operator==(const Provenance &) const = default;
};

/** A number with its provenance, and the range its sources allow when they give one. */
struct Figure
{
    double value = 0.0;
    Provenance provenance;
    std::optional<double> min; ///< lowest plausible value (min <= value), when known
    std::optional<double> max; ///< highest plausible value (value <= max), when known

    double low() const { return min.value_or(value); }
    double high() const { return max.value_or(value); }

    bool operator==(const Figure &) const = default;
};

/** A money amount in a named ISO 4217 currency, with its provenance. */
struct MoneyFigure
{
    double amount = 0.0;
    std::string currency = "EUR";
    Provenance provenance;

    bool operator==(const MoneyFigure &) const = default;
};

} // namespace escale
