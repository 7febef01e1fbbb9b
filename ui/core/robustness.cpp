// SPDX-License-Identifier: GPL-3.0-or-later
#include "robustness.h"

#include <algorithm>

namespace escale::ui {

std::vector<std::pair<double, double>> weightBounds(const Eigen::VectorXd &weights,
                                                    double halfWidth)
{
    std::vector<std::pair<double, double>> bounds;
    bounds.reserve(std::size_t(weights.size()));
    for (Eigen::Index j = 0; j < weights.size(); ++j)
        bounds.emplace_back(std::max(0.0, weights[j] - halfWidth),
                            std::min(1.0, weights[j] + halfWidth));
    return bounds;
}

Robustness rateRobustness(bool methodsAgree, double rankOneShare)
{
    const bool likely = rankOneShare >= RobustRankOneShare;
    if (methodsAgree && likely)
        return Robustness::High;
    if (!methodsAgree && !likely)
        return Robustness::Low;
    return Robustness::Moderate;
}

} // namespace escale::ui
