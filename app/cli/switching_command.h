// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <iosfwd>

namespace escale::cli {

/**
 * `sensitivity SCENARIO --inputs [--format table|json] [--profiles DIR]`: the switching values
 * of the key inputs (escale::switchingValues) under the scenario's method and cost view. A file
 * that is not a scenario, or an option that would change the method, is bad input (exit 2).
 */
int switchingValuesCommand(const Options &options, std::ostream &out, std::ostream &err);

} // namespace escale::cli
