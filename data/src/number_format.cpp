// SPDX-License-Identifier: GPL-3.0-or-later
#include "number_format.h"

#include <charconv>
#include <cmath>

namespace escale::data::detail {

std::string formatNumber(double value)
{
    if (value == 0.0)
        return "0"; // also turns -0 into 0
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace escale::data::detail

namespace escale::data::detail {

double roundedForDisplay(double value)
{
    return std::round(value * 1e9) / 1e9;
}

} // namespace escale::data::detail
