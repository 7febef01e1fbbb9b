// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace escale {

/**
 * The six criteria every destination is scored on. Each has a raw metric (with a unit) and a
 * utility in [0, 1] (1 is best) computed by a fixed, documented transformation:
 *
 * | criterion | raw metric                                     | utility                        |
 * |-----------|------------------------------------------------|--------------------------------|
 * | Cost      | total cost of ownership over the horizon (EUR) | cheapest TCO / TCO             |
 * | Language  | language fit, 0..1                             | the fit itself                 |
 * | Quality   | 0.5 (maturity-1)/4 + 0.5 (1 - attrition)       | the value itself               |
 * | Capacity  | FTE / sector jobs                              | 1 - share / max share, clamped |
 * | Coverage  | share of open hours served in normal hours     | the value itself               |
 * | Risk      | mean of political and infrastructure risk, 1-5 | (5 - risk) / 4                 |
 */
enum class Criterion : std::size_t { Cost, Language, Quality, Capacity, Coverage, Risk };

inline constexpr std::size_t CriterionCount = 6;
inline constexpr std::array<Criterion, CriterionCount> AllCriteria{
    Criterion::Cost,     Criterion::Language, Criterion::Quality,
    Criterion::Capacity, Criterion::Coverage, Criterion::Risk};

constexpr std::size_t index(Criterion c)
{
    return static_cast<std::size_t>(c);
}

const char *criterionKey(Criterion c); ///< "cost", "language", ... (YAML and JSON keys)
std::optional<Criterion> criterionFromKey(std::string_view key);

/** Criterion weights, always normalised to sum to 1 before use. */
struct Weights
{
    std::array<double, CriterionCount> values{0.40, 0.20, 0.15, 0.05, 0.10, 0.10};

    double operator[](Criterion c) const { return values[index(c)]; }
    double &operator[](Criterion c) { return values[index(c)]; }

    /** The same weights scaled to sum to 1. Throws InputError if they are negative or all zero. */
    Weights normalized() const;
    /**
     * Sets criterion `c` to `value` (clamped to [0, 1]) and rescales the others in proportion so
     * the weights still sum to 1 (if the others were all zero they share the rest equally).
     */
    Weights withWeight(Criterion c, double value) const;

    bool operator==(const Weights &) const = default;
};

} // namespace escale
