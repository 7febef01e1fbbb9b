// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/scenario.h"

#include <string>
#include <vector>

namespace escale {

/**
 * The conventions behind an evaluation of `scenario`, one English sentence each: staffing
 * model and service-level definition, cost view, criteria utilities, method. Every output
 * (terminal, JSON, report) states them so numbers can be compared with other tools.
 */
std::vector<std::string> conventions(const Scenario &scenario);

} // namespace escale
