// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"

#include <nlohmann/json.hpp>

#include <string>

namespace escale::cli {

using Json = nlohmann::ordered_json;

/** The stable JSON document of `escale-cli evaluate --format json` (see docs/cli-json.md). */
Json evaluationJson(const Scenario &scenario, const Evaluation &evaluation,
                    const std::string &scenarioFile);

/** A number rounded to `digits` significant decimals for stable, readable output. */
double rounded(double value, int decimals);

} // namespace escale::cli
