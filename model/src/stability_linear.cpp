// SPDX-License-Identifier: GPL-3.0-or-later
// Exact weight stability for WSM, WPM and PROMETHEE II. With w(t) = (1 - t) c + t e_k, a key
// that is linear in the weights is affine in t: key_i(t) = A_i + t (G_i - A_i) with
// A = contributions * c and G = contributions(:, k). The bounds are crossing points of these
// lines, moved by the tie tolerance so they fall where competitionRanks() changes its verdict.
#include "escale/model/errors.h"
#include "stability_internal.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace escale::mcda::detail {

namespace {

/** Two rows closer than this fail together (the takes-over alternative is chosen by slope). */
constexpr double SameCrossing = 1e-12;

/** None and Vector keep the cost direction of the raw values (as wsm() and wpm() do). */
bool keepsCostDirection(Normalization normalization)
{
    return normalization == Normalization::None || normalization == Normalization::Vector;
}

/**
 * The largest key difference that competitionRanks() still calls a tie. Plain keys are the
 * scores; log keys are ln(score) for WPM, where a relative tolerance x on the score is
 * -ln(1 - x) on the log (everything ties once x >= 1).
 */
double tolerance(double a, double b, bool logScale)
{
    if (!logScale)
        return TieTolerance * std::max({std::abs(a), std::abs(b), 1.0});
    const double top = std::max(a, b);
    const double x = TieTolerance * std::max(1.0, std::exp(std::min(-top, 700.0)));
    return x < 1.0 ? -std::log1p(-x) : std::numeric_limits<double>::max();
}

/** Keys at w_k and their derivative in t, for criterion k. */
struct Lines
{
    Eigen::VectorXd key; ///< at t = w_k
    Eigen::VectorXd slope; ///< d key / dt
};

Lines linesFor(const LinearModel &model, Eigen::Index k, double weight)
{
    Lines lines;
    lines.slope = model.contributions.col(k) - model.atZero.col(k);
    lines.key = model.atZero.col(k) + weight * lines.slope;
    return lines;
}

/**
 * Where the current best `b` stops being best when t moves from w_k in `direction`. Against a
 * later alternative i, b loses once i is ahead by more than the tolerance; against an earlier
 * one, as soon as they tie.
 */
Side topSide(const Lines &lines, int b, int direction, double weight, bool logScale)
{
    const double limit = rangeLimit(weight, direction);
    const Eigen::Index m = lines.key.size();
    const auto failAt = [&](Eigen::Index i, double &rate) {
        rate = direction * (lines.slope[i] - lines.slope[b]);
        if (!(rate > 0.0))
            return std::numeric_limits<double>::infinity();
        const double lead = lines.key[b] - lines.key[i];
        const double tol = tolerance(lines.key[b], lines.key[i], logScale);
        if (i > b) {
            const double u = std::max((lead + tol) / rate, 0.0);
            return u < limit ? u : std::numeric_limits<double>::infinity();
        }
        const double u = std::max(lead - tol, 0.0) / rate;
        return u <= limit ? u : std::numeric_limits<double>::infinity();
    };
    double first = std::numeric_limits<double>::infinity();
    double rate = 0.0;
    for (Eigen::Index i = 0; i < m; ++i) {
        if (i != b)
            first = std::min(first, failAt(i, rate));
    }
    Side side;
    side.bound = direction > 0 ? 1.0 : 0.0;
    if (!std::isfinite(first))
        return side;
    side.bound = pointAt(weight, direction, first, limit);
    // Just beyond the bound the steepest of the alternatives failing there leads.
    double steepest = 0.0;
    for (Eigen::Index i = 0; i < m; ++i) {
        if (i == b || !(failAt(i, rate) <= first + SameCrossing))
            continue;
        if (!side.takesOver || rate > steepest) {
            side.takesOver = static_cast<int>(i);
            steepest = rate;
        }
    }
    return side;
}

/**
 * Where the ranking first changes. As the keys move continuously, the first change is between
 * neighbours in the current order: a strict pair changes when it starts to tie, a tied pair
 * when it stops.
 */
double rankingSide(const Lines &lines, const std::vector<int> &order, int direction, double weight,
                   bool logScale)
{
    const double limit = rangeLimit(weight, direction);
    double first = std::numeric_limits<double>::infinity();
    for (std::size_t r = 0; r + 1 < order.size(); ++r) {
        const int p = order[r];
        const int q = order[r + 1];
        const double gap = lines.key[p] - lines.key[q];
        const double rate = direction * (lines.slope[q] - lines.slope[p]); // q gaining on p
        const double tol = tolerance(lines.key[p], lines.key[q], logScale);
        double u = std::numeric_limits<double>::infinity();
        if (gap > tol) {
            if (rate > 0.0 && (gap - tol) / rate <= limit)
                u = (gap - tol) / rate;
        } else if (gap < -tol) {
            u = 0.0; // out of order already: cannot happen unless rounding disagrees
        } else if (rate != 0.0) {
            const double leave = rate > 0.0 ? (gap + tol) / rate : (tol - gap) / -rate;
            if (leave < limit)
                u = leave;
        }
        first = std::min(first, u);
    }
    return std::isfinite(first) ? pointAt(weight, direction, first, limit)
                                : (direction > 0 ? 1.0 : 0.0);
}

/** The PROMETHEE II net flow of each alternative on each criterion alone (weight 1). */
Eigen::MatrixXd netFlowsByCriterion(const Problem &problem)
{
    const Eigen::Index n = problem.criterionCount();
    Eigen::MatrixXd flows(problem.alternativeCount(), n);
    Problem single;
    single.alternatives = problem.alternatives;
    single.criteria.resize(1);
    for (Eigen::Index j = 0; j < n; ++j) {
        single.values = problem.values.col(j);
        single.criteria[0] = problem.criteria[static_cast<std::size_t>(j)];
        single.criteria[0].weight = 1.0;
        flows.col(j) = promethee2(single).phiNet;
    }
    return flows;
}

/** sign * ln r; every criterion's weight becomes positive in its own analysis, so r > 0. */
Eigen::MatrixXd logContributions(const Problem &problem, Normalization normalization)
{
    const Eigen::MatrixXd r = normalize(problem, normalization);
    Eigen::MatrixXd out(r.rows(), r.cols());
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        const bool cost = problem.criteria[static_cast<std::size_t>(j)].direction
                          == Direction::Cost;
        const double sign = cost && keepsCostDirection(normalization) ? -1.0 : 1.0;
        for (Eigen::Index i = 0; i < r.rows(); ++i) {
            if (!(r(i, j) > 0.0))
                throw InputError("matrix[" + std::to_string(i) + "][" + std::to_string(j) + "]",
                                 "the weighted product needs values > 0 (after normalisation)"
                                 " on every criterion whose weight the stability analysis"
                                 " varies");
            out(i, j) = sign * std::log(r(i, j));
        }
    }
    return out;
}

} // namespace

LinearModel linearModel(const Problem &problem, const MethodSpec &spec,
                        const Eigen::MatrixXd &shares, const Eigen::VectorXd &currentScores)
{
    LinearModel model;
    switch (spec.method) {
    case Method::Wsm:
        model.contributions = normalize(problem, spec.normalization);
        if (keepsCostDirection(spec.normalization)) {
            for (Eigen::Index j = 0; j < model.contributions.cols(); ++j) {
                if (problem.criteria[static_cast<std::size_t>(j)].direction == Direction::Cost)
                    model.contributions.col(j) *= -1.0;
            }
        }
        break;
    case Method::Wpm:
        model.contributions = logContributions(problem, spec.normalization);
        model.logScale = true;
        break;
    case Method::Promethee2:
        model.contributions = netFlowsByCriterion(problem);
        break;
    case Method::Topsis:
    case Method::Vikor:
        throw InputError("method", "not a method with scores linear in the weights");
    }
    if (!model.contributions.allFinite())
        throw InputError("matrix", "values are too extreme for the stability analysis");
    model.atZero = model.contributions * shares;

    model.order.resize(static_cast<std::size_t>(currentScores.size()));
    std::iota(model.order.begin(), model.order.end(), 0);
    std::stable_sort(model.order.begin(), model.order.end(), [&currentScores](int a, int b) {
        return currentScores[a] > currentScores[b];
    });
    return model;
}

void linearStability(const LinearModel &model, int best, WeightStability &out)
{
    const Lines lines = linesFor(model, out.criterion, out.weight);
    const Side below = topSide(lines, best, -1, out.weight, model.logScale);
    const Side above = topSide(lines, best, 1, out.weight, model.logScale);
    out.topLow = below.bound;
    out.takesOverBelow = below.takesOver;
    out.topHigh = above.bound;
    out.takesOverAbove = above.takesOver;
    out.rankingLow = rankingSide(lines, model.order, -1, out.weight, model.logScale);
    out.rankingHigh = rankingSide(lines, model.order, 1, out.weight, model.logScale);
}

std::optional<WinCandidate> linearWin(const LinearModel &model, int criterion, double weight,
                                      int alternative)
{
    const Lines lines = linesFor(model, criterion, weight);
    const int a = alternative;
    // a is best where, for every other i, key_a - key_i >= -tol (i later) or > tol (i earlier).
    double low = 0.0;
    double high = 1.0;
    for (Eigen::Index i = 0; i < lines.key.size(); ++i) {
        if (i == a)
            continue;
        const double lead = lines.key[a] - lines.key[i];
        const double rate = lines.slope[a] - lines.slope[i];
        const double tol = tolerance(lines.key[a], lines.key[i], model.logScale);
        const double needed = i > a ? -tol : tol;
        if (rate > 0.0)
            low = std::max(low, weight + (needed - lead) / rate);
        else if (rate < 0.0)
            high = std::min(high, weight + (needed - lead) / rate);
        else if (i > a ? lead < needed : lead <= needed)
            return std::nullopt;
        if (low > high)
            return std::nullopt;
    }
    WinCandidate c;
    c.criterion = criterion;
    if (weight < low) {
        c.edge = low;
        c.inside = 1;
        c.depth = high - low;
    } else if (weight > high) {
        c.edge = high;
        c.inside = -1;
        c.depth = high - low;
    } else { // inside already up to rounding: try the current weight, then the deeper side
        c.edge = weight;
        c.inside = high - weight >= weight - low ? 1 : -1;
        c.depth = std::max(high - weight, weight - low);
    }
    c.distance = std::abs(c.edge - weight);
    return c;
}

} // namespace escale::mcda::detail
