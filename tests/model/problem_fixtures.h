// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/decision_problem.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace escale::test {

/**
 * A decision problem over `values` (alternatives x criteria): alternatives A1..Am, criteria
 * C1..Cn with the given weights (not normalised) and directions (all benefit when empty).
 * Every criterion keeps the default preference function; see withPreference().
 */
inline mcda::Problem makeProblem(const Eigen::MatrixXd &values, const std::vector<double> &weights,
                                 const std::vector<mcda::Direction> &directions = {})
{
    mcda::Problem p;
    p.values = values;
    for (Eigen::Index i = 0; i < values.rows(); ++i)
        p.alternatives.push_back("A" + std::to_string(i + 1));
    for (std::size_t j = 0; j < weights.size(); ++j) {
        mcda::CriterionSpec c;
        c.name = "C" + std::to_string(j + 1);
        c.weight = weights[j];
        c.direction = directions.empty() ? mcda::Direction::Benefit : directions[j];
        p.criteria.push_back(c);
    }
    return p;
}

/** A PROMETHEE preference function with its thresholds (unused ones stay 0). */
inline mcda::Preference pref(mcda::PreferenceFunction f, double q = 0.0, double p = 0.0,
                             double s = 0.0)
{
    mcda::Preference out;
    out.function = f;
    out.q = q;
    out.p = p;
    out.s = s;
    return out;
}

/** `p` with the preference function `f` on every criterion. */
inline mcda::Problem withPreference(mcda::Problem p, const mcda::Preference &f)
{
    for (mcda::CriterionSpec &c : p.criteria)
        c.preference = f;
    return p;
}

/**
 * The hand example: 3 alternatives x (benefit, benefit, cost), weights 2:1:1.
 *   A1  4  2  300
 *   A2  3  5  200
 *   A3  5  1  250
 */
inline mcda::Problem handProblem()
{
    Eigen::MatrixXd x(3, 3);
    x << 4, 2, 300, //
        3, 5, 200, //
        5, 1, 250;
    const auto b = mcda::Direction::Benefit;
    return makeProblem(x, {2, 1, 1}, {b, b, mcda::Direction::Cost});
}

/**
 * Opricovic & Tzeng (2004), EJOR 156, the mountain-climbing example: 3 alternatives x
 * (risk [cost], altitude [benefit]), equal weights.
 */
inline mcda::Problem climbing()
{
    Eigen::MatrixXd x(3, 2);
    x << 1, 3000, //
        2, 3750, //
        5, 4500;
    return makeProblem(x, {0.5, 0.5}, {mcda::Direction::Cost, mcda::Direction::Benefit});
}

/**
 * Hwang & Yoon (1981), the fighter-aircraft example: 4 aircraft x (max speed, ferry range, max
 * payload, acquisition cost [cost], reliability, manoeuvrability), w = (.2, .1, .1, .1, .2, .3).
 */
inline mcda::Problem aircraft()
{
    Eigen::MatrixXd x(4, 6);
    x << 2.0, 1500, 20000, 5.5, 5, 9, //
        2.5, 2700, 18000, 6.5, 3, 5, //
        1.8, 2000, 21000, 4.5, 7, 7, //
        2.2, 1800, 20000, 5.0, 5, 5;
    const auto b = mcda::Direction::Benefit;
    return makeProblem(x, {0.2, 0.1, 0.1, 0.1, 0.2, 0.3}, {b, b, b, mcda::Direction::Cost, b, b});
}

} // namespace escale::test
