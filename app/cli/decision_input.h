// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include "escale/model/evaluation.h"
#include "escale/model/smaa.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace escale::cli {

/**
 * The decision problem behind `rank`, `sensitivity` and `smaa`: a problem file as written, or
 * a scenario file evaluated by the engine (the eligible sites' criterion utilities, all
 * benefit, the wage ranges as cost uncertainty).
 */
struct DecisionInput
{
    mcda::UncertainProblem problem;
    mcda::MethodSpec method;
    bool fromScenario = false;
};

/**
 * Reads FILE (positional) with --method/--normalization/--profiles/--weights-ahp; errors to
 * `err`.
 */
std::optional<DecisionInput> loadDecisionInput(const Options &options, std::ostream &err);

/** Option names shared by the decision commands. */
inline const std::vector<std::string> DecisionOptions{"method", "normalization", "profiles", "v",
                                                      "weights-ahp"};

/** Display name: "WSM", "TOPSIS", ... */
const char *methodLabel(mcda::Method method);

} // namespace escale::cli
