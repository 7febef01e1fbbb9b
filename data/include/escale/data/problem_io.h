// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/load_error.h"
#include "escale/model/decision_problem.h"
#include "escale/model/methods.h"
#include "escale/model/smaa.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace escale::data {

/**
 * A generic decision problem file (`kind: problem`; `schema` and `kind` may be omitted):
 *
 *     alternatives: [A1, A2, A3]
 *     criteria:
 *       - {name: price, direction: cost, weight: 0.5,
 *          preference: {function: linear, q: 1, p: 5}}   # PROMETHEE only, optional
 *     matrix:                        # rows = alternatives; a cell is a number,
 *       - [250, 16, {min: 3, max: 5}]  # {min, max} (uniform) or {mean, sd} (normal)
 *     method: {name: topsis, normalization: vector, v: 0.5}   # optional
 *
 * Uncertain cells are used by SMAA; other methods use their midpoint or mean.
 */
struct ProblemFile
{
    mcda::UncertainProblem problem; ///< `cells` empty when every cell is a plain number
    std::optional<mcda::MethodSpec> method;
};

LoadResult<ProblemFile> loadProblem(const std::string &path);
LoadResult<ProblemFile> parseProblem(const std::string &text, const std::string &fileName);

/**
 * A pairwise comparison file (`kind: ahp`; `schema` and `kind` may be omitted):
 *
 *     elements: [cost, language, risk]
 *     matrix:            # full square matrix; a cell is a number or a fraction "1/3"
 *       - [1, 3, 5]
 *       - [1/3, 1, 2]
 *       - [1/5, 1/2, 1]
 */
struct AhpFile
{
    std::vector<std::string> elements;
    Eigen::MatrixXd matrix;
};

LoadResult<AhpFile> loadAhp(const std::string &path);
LoadResult<AhpFile> parseAhp(const std::string &text, const std::string &fileName);

/** The `kind` of a YAML file, or empty when it has none or cannot be parsed. */
std::string fileKind(const std::string &path);

} // namespace escale::data
