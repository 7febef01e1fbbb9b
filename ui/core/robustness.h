// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

#include <utility>
#include <vector>

namespace escale::ui {

/**
 * How the app and the report judge robustness. The numbers live here once; the SMAA panel,
 * the report's analysis and the report's prose all read them.
 */

/** Half-width of the SMAA weight bounds around the scenario's weights: ±10 points. */
inline constexpr double SmaaWeightHalfWidth = 0.10;

/** Robustness is high only if the winner ranks first in at least this share of SMAA samples. */
inline constexpr double RobustRankOneShare = 0.5;

/** [w - h, w + h] per weight, clipped to [0, 1] (the SMAA "bounded" weight mode). */
std::vector<std::pair<double, double>> weightBounds(const Eigen::VectorXd &weights,
                                                    double halfWidth = SmaaWeightHalfWidth);

enum class Robustness { High, Moderate, Low };

/**
 * High when the four methods agree and the winner ranks first in at least RobustRankOneShare
 * of the samples; low when neither holds; moderate otherwise.
 */
Robustness rateRobustness(bool methodsAgree, double rankOneShare);

} // namespace escale::ui
