// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the weight stability analysis (stability*.cpp); not installed.
#pragma once

#include "escale/model/stability.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace escale::mcda::detail {

/**
 * The others' shares for every criterion: column k holds c^(k) with c_k = 0 and
 * c_j = w_j/(1 - w_k), or 1/(n - 1) when 1 - w_k <= 1e-12, so that the weights at t are
 * w(t) = (1 - t) c^(k) + t e_k. Needs n >= 2.
 */
Eigen::MatrixXd otherShares(const Eigen::VectorXd &weights);

/** The tie test of competitionRanks(): |a - b| <= TieTolerance * max(|a|, |b|, 1). */
inline bool ties(double leader, double score)
{
    if (leader == score)
        return true;
    if (!std::isfinite(leader) || !std::isfinite(score))
        return false;
    const double scale = std::max(std::max(std::abs(leader), std::abs(score)), 1.0);
    return std::abs(leader - score) <= TieTolerance * scale;
}

/** Ranking::best() of competitionRanks(scores), without sorting. */
int bestOf(const Eigen::VectorXd &scores);

/** t = w + direction * u, exactly 0 or 1 when u reaches the end of the range. */
double pointAt(double weight, int direction, double u, double limit);

/** How far t can move from `weight` in `direction` (+1 up, -1 down). */
inline double rangeLimit(double weight, int direction)
{
    return direction > 0 ? 1.0 - weight : weight;
}

/** One side of an interval: where the predicate fails, and who is best beyond it. */
struct Side
{
    double bound = 0.0;
    std::optional<int> takesOver;
};

/** A point just inside a winning region, to be checked with rank(). */
struct WinCandidate
{
    int criterion = -1;
    double distance = 0.0; ///< |edge - w_k|
    double edge = 0.0; ///< t at the edge of the winning region
    int inside = 1; ///< direction from the edge into the region
    double depth = 0.0; ///< how far past the edge the region is known to extend
};

// ---- Exact analysis: keys affine in t (WSM, WPM log-scores, PROMETHEE II net flows) ----

/**
 * Keys whose order is the ranking: key_i(w) = sum_j w_j contributions(i, j). `logScale` marks
 * WPM, whose scores are exp(key) (the tie tolerance is applied to the scores).
 */
struct LinearModel
{
    Eigen::MatrixXd contributions; ///< m x n
    Eigen::MatrixXd atZero; ///< m x n: column k = contributions * c^(k) (keys at t = 0)
    bool logScale = false;
    std::vector<int> order; ///< alternatives by current score, best first
};

/** Builds the model for WSM, WPM or PROMETHEE II. The problem has been ranked (validated). */
LinearModel linearModel(const Problem &problem, const MethodSpec &spec,
                        const Eigen::MatrixXd &shares, const Eigen::VectorXd &currentScores);

/** Fills the top and ranking intervals of `out` (criterion, weight and best are set). */
void linearStability(const LinearModel &model, int best, WeightStability &out);

/** The interval of t where `alternative` is best for criterion k, if any. */
std::optional<WinCandidate> linearWin(const LinearModel &model, int criterion, double weight,
                                      int alternative);

// ---- Grid and bisection: TOPSIS and VIKOR ----

/** Scores (ranked like rank() ranks them) as a function of t for one criterion at a time. */
class CurveModel
{
public:
    virtual ~CurveModel() = default;
    virtual void select(Eigen::Index criterion) = 0;
    /** `out` has one entry per alternative, higher is better, ties as rank() sees them. */
    virtual void evaluate(double t, Eigen::VectorXd &out) = 0;
    /**
     * bestOf(scores at t). `reference` is an alternative expected to be at or near the top,
     * which lets a model skip the alternatives that are clearly behind it.
     */
    virtual int bestAt(double t, int reference)
    {
        (void)reference;
        evaluate(t, m_scratch);
        return bestOf(m_scratch);
    }

private:
    Eigen::VectorXd m_scratch;
};

/** TOPSIS or VIKOR curves; the problem has been ranked (validated). */
std::unique_ptr<CurveModel> curveModel(const Problem &problem, const MethodSpec &spec,
                                       const Eigen::MatrixXd &shares);

/** Fills the top and ranking intervals of `out` by grid scan and bisection. */
void gridStability(CurveModel &model, int best, const std::vector<int> &ranks,
                   WeightStability &out);

/**
 * The first point from `weight` in `direction`, no further than `maxDistance`, where
 * `alternative` is best (the model has the criterion selected).
 */
std::optional<WinCandidate> gridWin(CurveModel &model, int criterion, double weight, int direction,
                                    int alternative, double maxDistance);

} // namespace escale::mcda::detail
