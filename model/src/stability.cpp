// SPDX-License-Identifier: GPL-3.0-or-later
// Weight stability intervals and the smallest single-weight change that makes an alternative
// best: dispatch, shared helpers and the checks against rank(). The exact analysis (WSM, WPM,
// PROMETHEE II) is in stability_linear.cpp, the grid and bisection (TOPSIS, VIKOR) in
// stability_grid.cpp.
#include "escale/model/stability.h"

#include "escale/model/errors.h"
#include "stability_internal.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace escale::mcda {

namespace detail {

Eigen::MatrixXd otherShares(const Eigen::VectorXd &weights)
{
    const Eigen::Index n = weights.size();
    Eigen::MatrixXd shares(n, n);
    for (Eigen::Index k = 0; k < n; ++k)
        shares.col(k) = rescaledWeights(weights, static_cast<int>(k), 0.0);
    return shares;
}

int bestOf(const Eigen::VectorXd &scores)
{
    const double top = scores.maxCoeff();
    for (Eigen::Index i = 0; i < scores.size(); ++i) {
        if (ties(top, scores[i]))
            return static_cast<int>(i);
    }
    return 0;
}

double pointAt(double weight, int direction, double u, double limit)
{
    if (u >= limit)
        return direction > 0 ? 1.0 : 0.0;
    return std::clamp(weight + direction * u, 0.0, 1.0);
}

} // namespace detail

namespace {

bool isLinear(Method method)
{
    return method == Method::Wsm || method == Method::Wpm || method == Method::Promethee2;
}

/** Steps into a winning region from its edge, smallest first; the first that rank() confirms
 * is reported. */
constexpr std::array<double, 8> Nudges = {0.0, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-4, 1e-2};

} // namespace

Eigen::VectorXd rescaledWeights(const Eigen::VectorXd &weights, int criterion, double t)
{
    const Eigen::Index n = weights.size();
    if (criterion < 0 || criterion >= n)
        throw InputError("criterion", "criterion " + std::to_string(criterion)
                                          + " is out of range (there are " + std::to_string(n)
                                          + " criteria)");
    const double target = std::clamp(t, 0.0, 1.0);
    const double othersBefore = 1.0 - weights[criterion];
    Eigen::VectorXd out(n);
    for (Eigen::Index j = 0; j < n; ++j) {
        if (j == criterion)
            out[j] = target;
        else
            out[j] = othersBefore > 1e-12 ? weights[j] * (1.0 - target) / othersBefore
                                          : (1.0 - target) / static_cast<double>(n - 1);
    }
    return out;
}

std::vector<WeightStability> weightStability(const Problem &problem, const MethodSpec &spec)
{
    const Ranking current = rank(problem, spec); // validates
    const Eigen::VectorXd w = problem.normalizedWeights();
    const Eigen::Index n = w.size();
    std::vector<WeightStability> out(static_cast<std::size_t>(n));
    for (Eigen::Index k = 0; k < n; ++k) {
        out[static_cast<std::size_t>(k)].criterion = static_cast<int>(k);
        out[static_cast<std::size_t>(k)].weight = w[k];
    }
    // One alternative is always best; one criterion always has weight 1.
    if (problem.alternativeCount() < 2 || n < 2)
        return out;

    const int best = current.best();
    const Eigen::MatrixXd shares = detail::otherShares(w);
    if (isLinear(spec.method)) {
        const detail::LinearModel model = detail::linearModel(problem, spec, shares,
                                                              current.scores);
        for (WeightStability &s : out)
            detail::linearStability(model, best, s);
    } else {
        const auto model = detail::curveModel(problem, spec, shares);
        for (WeightStability &s : out) {
            model->select(s.criterion);
            detail::gridStability(*model, best, current.ranks, s);
        }
    }
    return out;
}

WinningChange smallestChangeToWin(const Problem &problem, const MethodSpec &spec, int alternative)
{
    const Ranking current = rank(problem, spec); // validates
    const Eigen::Index m = problem.alternativeCount();
    if (alternative < 0 || alternative >= m)
        throw InputError("alternative", "alternative " + std::to_string(alternative)
                                            + " is out of range (there are " + std::to_string(m)
                                            + " alternatives)");
    WinningChange result;
    result.alternative = alternative;
    if (current.best() == alternative) {
        result.alreadyBest = true;
        result.possible = true;
        return result;
    }
    const Eigen::VectorXd w = problem.normalizedWeights();
    const Eigen::Index n = w.size();
    if (n < 2)
        return result; // the single weight cannot change

    const Eigen::MatrixXd shares = detail::otherShares(w);
    std::vector<detail::WinCandidate> candidates;
    if (isLinear(spec.method)) {
        const detail::LinearModel model = detail::linearModel(problem, spec, shares,
                                                              current.scores);
        for (Eigen::Index k = 0; k < n; ++k) {
            if (auto c = detail::linearWin(model, static_cast<int>(k), w[k], alternative))
                candidates.push_back(*c);
        }
    } else {
        const auto model = detail::curveModel(problem, spec, shares);
        double nearest = std::numeric_limits<double>::infinity();
        for (Eigen::Index k = 0; k < n; ++k) {
            model->select(k);
            for (int direction : {-1, 1}) {
                auto c = detail::gridWin(*model, static_cast<int>(k), w[k], direction, alternative,
                                         nearest);
                if (c) {
                    nearest = std::min(nearest, c->distance);
                    candidates.push_back(*c);
                }
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const detail::WinCandidate &a, const detail::WinCandidate &b) {
                         return a.distance != b.distance ? a.distance < b.distance
                                                         : a.criterion < b.criterion;
                     });

    // Confirm with rank() itself, stepping a little further inside when the edge is a tie that
    // rounding resolves the other way.
    Problem trial = problem;
    for (const detail::WinCandidate &c : candidates) {
        const Eigen::Index k = c.criterion;
        for (double nudge : Nudges) {
            const double step = std::min(nudge, c.depth);
            const double t = std::clamp(c.edge + c.inside * step, 0.0, 1.0);
            const Eigen::VectorXd wt = rescaledWeights(w, c.criterion, t);
            for (Eigen::Index j = 0; j < n; ++j)
                trial.criteria[static_cast<std::size_t>(j)].weight = wt[j];
            if (rank(trial, spec).best() == alternative) {
                result.possible = true;
                result.criterion = c.criterion;
                result.fromWeight = w[k];
                result.toWeight = t;
                return result;
            }
            if (step >= c.depth)
                break;
        }
    }
    return result;
}

} // namespace escale::mcda
