// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/decision_problem.h"
#include "escale/model/methods.h"

#include <Eigen/Core>

namespace escale::mcda {

/**
 * How the margin between two alternatives, score(a) - score(b) under a method (Ranking::scores,
 * higher is better), is split over the criteria. Every kind gives parts that add up to the
 * margin (to rounding); they differ in how a criterion's part is defined.
 */
enum class MarginDecomposition {
    /**
     * WSM: part_j = s_j w_j (r_aj - r_bj) on the method's normalised matrix r (s_j = -1 for a
     * cost column under None or Vector, as wsm()). The score is a weighted sum, so this is
     * exact; on utilities without normalisation it is weight x utility gap.
     */
    WeightedSum,
    /**
     * PROMETHEE II: the net flow is additive over criteria, phi(a) = sum_j w_j phi_j(a) with
     * phi_j(a) = sum_c (P_j(a, c) - P_j(c, a)) / (n - 1), so part_j = w_j (phi_j(a) - phi_j(b)),
     * exact. phi_j is the net flow of the same problem with all the weight on criterion j.
     */
    NetFlow,
    /**
     * TOPSIS, VIKOR and WPM, whose scores do not add up criterion by criterion: the Shapley
     * value of each criterion in the game where v(S) is the margin score(a) - score(b) that
     * remains when a and b differ only on the criteria of S. The gaps outside S are closed
     * both ways and the two margins averaged: once with b's values there replaced by a's, once
     * with a's replaced by b's (the other alternatives unchanged, so the ideals and the
     * normalisation follow as the method defines them). Averaging keeps the parts
     * antisymmetric: the parts of b over a are those of a over b negated.
     * v(N) is the margin and v({}) = 0 (a and b then have identical rows and scores), so the
     * parts add up to the margin (Shapley's efficiency); a criterion on which a and b have the
     * same value gets 0. part_j = sum over S in N \ {j} of |S|! (n - |S| - 1)! / n!
     * (v(S + j) - v(S)): exact, with 2 x 2^n evaluations of the method (128 for 6 criteria).
     */
    Shapley,
};

/** The kind marginParts() uses for `method`. */
MarginDecomposition decompositionFor(Method method);

/** "weighted_sum", "net_flow", "shapley". */
const char *decompositionKey(MarginDecomposition kind);

/** Shapley decompositions evaluate the method 2 x 2^n times: at most this many criteria. */
inline constexpr int ShapleyMaxCriteria = 16;

/**
 * Per-criterion parts of score(a) - score(b) under `spec`, rows `a` and `b` of `problem`, by
 * decompositionFor(spec.method) (see MarginDecomposition). Throws InputError as rank() does,
 * for a row out of range, or for a Shapley decomposition with more than ShapleyMaxCriteria
 * criteria.
 */
Eigen::VectorXd marginParts(const Problem &problem, const MethodSpec &spec, int a, int b);

} // namespace escale::mcda
