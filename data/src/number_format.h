// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace escale::data::detail {

/** Shortest decimal text that reads back to exactly `value` ("0.26", "1801.8", "75000"). */
std::string formatNumber(double value);

/** `value` rounded to 9 decimals, so sums like 0.7 + 0.2 print as 0.9 in messages. */
double roundedForDisplay(double value);

} // namespace escale::data::detail
