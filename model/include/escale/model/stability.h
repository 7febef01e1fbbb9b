// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/decision_problem.h"
#include "escale/model/methods.h"

#include <Eigen/Core>

#include <optional>
#include <vector>

namespace escale::mcda {

/**
 * Weight stability intervals (METHODS.md, "Weight stability intervals").
 *
 * One criterion k at a time, its normalised weight w_k is replaced by t in [0, 1] and the other
 * weights are rescaled in proportion, w_j' = w_j (1 - t)/(1 - w_k), so they still sum to 1.
 * When the other weights are all 0 (1 - w_k <= 1e-12), they share 1 - t equally, as
 * Weights::withWeight does; see rescaledWeights().
 *
 * Conventions:
 * - "best" is Ranking::best(): rank 1, the lowest index among tied alternatives (ties use
 *   TieTolerance, as competitionRanks() does). The current best "stays best" at t while
 *   rank(problem at t).best() is still the same alternative, so a tie with a later
 *   alternative keeps it and a tie with an earlier one loses it. (METHODS.md speaks of the
 *   current best staying "strictly" best; the two readings differ only at the tie points
 *   themselves, and the best() reading keeps alternatives with identical scores, e.g.
 *   duplicated rows, from making every interval empty.)
 * - The ranking is "unchanged" while the competition ranks vector is identical to the current
 *   one (a new tie counts as a change).
 * - Bounds are the points where the predicate changes, to 1e-9 in t (the interval between
 *   the bounds holds the predicate); a bound of 0 or 1 with no takes-over alternative means
 *   the predicate holds up to that end of [0, 1]. A takes-over alternative is reported as
 *   soon as the predicate fails at a point of [0, 1], including the end point itself.
 * - With a single alternative, or a single criterion (whose normalised weight is always 1),
 *   every interval is [0, 1].
 *
 * Algorithms:
 * - WSM, WPM and PROMETHEE II: exact. The normalised matrix does not depend on the weights, so
 *   WSM scores, WPM log-scores and PROMETHEE II net flows are affine in t; the bounds are
 *   pairwise crossing points (offset by the tie tolerance), found in O(m) per criterion after
 *   one sort of the current scores.
 * - TOPSIS and VIKOR: the predicates are evaluated on a grid of step StabilityGridStep in t,
 *   starting at w_k and going outwards (the last cell ends at 0 or 1), then located by
 *   bisection inside the first cell where they fail, to StabilityBisectionWidth. A change that
 *   reverts within one cell (a window narrower than the grid step) can be missed. TOPSIS
 *   uses D+_i(t)^2 = t^2 a_i + ((1 - t)/(1 - w_k))^2 b_i (the normalised matrix does not depend
 *   on the weights), so one evaluation costs O(m); VIKOR likewise evaluates S and R in O(m).
 *
 * Every function validates the problem with rank() first and throws InputError as rank() does.
 * WPM also throws InputError when a criterion whose weight the analysis makes positive has a
 * value that is not > 0 after normalisation (x^w is undefined there).
 */

/** Grid step in t used by TOPSIS and VIKOR before bisection. */
inline constexpr double StabilityGridStep = 1.0 / 256.0;
/** Bisection stops when the bracket is narrower than this (TOPSIS and VIKOR). */
inline constexpr double StabilityBisectionWidth = 1e-10;

/** One criterion's stability, under proportional rescaling w_j' = w_j (1 - t)/(1 - w_k). */
struct WeightStability
{
    int criterion = 0;
    double weight = 0.0; ///< current normalised weight w_k
    double topLow = 0.0, topHigh = 1.0; ///< interval of t around w_k where the current
        ///< best stays best
    double rankingLow = 0.0, rankingHigh = 1.0; ///< interval where the whole ranking is unchanged
    std::optional<int> takesOverBelow; ///< alternative that becomes best just below topLow
        ///< (nullopt if topLow == 0 and nobody takes over)
    std::optional<int> takesOverAbove; ///< same just above topHigh
};

/** The stability of every criterion, in criterion order (see the conventions above). */
std::vector<WeightStability> weightStability(const Problem &problem, const MethodSpec &spec);

/** The smallest single-weight change (proportional rescaling of the others) that makes
 * `alternative` best. */
struct WinningChange
{
    int alternative = 0;
    bool alreadyBest = false;
    bool possible = false; ///< false if no single weight change makes it best
    int criterion = -1;
    double fromWeight = 0.0, toWeight = 0.0; ///< toWeight is just inside the winning region
    double change() const { return toWeight - fromWeight; }
};

/**
 * The criterion k and weight t closest to w_k (smallest |t - w_k| over every criterion) at which
 * `alternative` is best, with the other weights rescaled as in weightStability(). toWeight lies
 * just inside the winning region (within about 1e-9 of its edge, and checked with rank()).
 * Ties between criteria go to the lowest criterion index. If the alternative is already best,
 * `alreadyBest` and `possible` are true, `criterion` is -1 and both weights are 0. TOPSIS and
 * VIKOR search the same grid as weightStability(), so a winning window narrower than a grid
 * cell can be missed. Throws InputError if `alternative` is out of range.
 */
WinningChange smallestChangeToWin(const Problem &problem, const MethodSpec &spec, int alternative);

/**
 * The normalised weights with criterion `criterion` set to `t` (clamped to [0, 1]) and the others
 * rescaled in proportion, w_j (1 - t)/(1 - w_k); if 1 - w_k <= 1e-12 the others share 1 - t
 * equally. `weights` must already be normalised (Problem::normalizedWeights()).
 */
Eigen::VectorXd rescaledWeights(const Eigen::VectorXd &weights, int criterion, double t);

} // namespace escale::mcda
