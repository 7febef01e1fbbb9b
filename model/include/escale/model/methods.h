// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/decision_problem.h"

#include <optional>
#include <string_view>
#include <vector>

namespace escale::mcda {

/**
 * Ranking methods over a generic decision problem. Definitions and conventions follow
 * METHODS.md of the project and are stated by `describe()` so every output can carry them.
 *
 * Common conventions:
 * - weights are normalised to sum 1 (Problem::normalizedWeights());
 * - every method validates the problem first and throws InputError naming the field rather
 *   than return NaN;
 * - `Ranking::scores` is higher-is-better for every method and `ranks` is a competition
 *   ranking of it (see competitionRanks()).
 */
enum class Method { Wsm, Wpm, Topsis, Vikor, Promethee2 };

/**
 * Column normalisations. Max and Sum need values >= 0 with a positive largest value on benefit
 * columns and values > 0 on cost columns; otherwise normalize() throws InputError.
 */
enum class Normalization {
    None, ///< raw values (WSM: cost columns enter with a minus sign; WPM: exponent -w)
    Max, ///< benefit x/max, cost min/x
    Sum, ///< benefit x/sum(x), cost (1/x)/sum(1/x)
    MinMax, ///< benefit (x-min)/(max-min), cost (max-x)/(max-min); constant column gives 1
    Vector, ///< x/sqrt(sum x^2); TOPSIS handles the cost direction at the ideal
};

/** Two scores tie when they differ by at most TieTolerance * max(|a|, |b|, 1). */
inline constexpr double TieTolerance = 1e-12;

/** VIKOR's weight of the group utility S (the "strategy of the majority"), the textbook 0.5. */
inline constexpr double VikorDefaultV = 0.5;

struct MethodSpec
{
    Method method = Method::Wsm;
    Normalization normalization = Normalization::MinMax;
    double v = VikorDefaultV; ///< VIKOR weight of the group utility S, in [0, 1]

    /**
     * The project's default normalisation for each method (WSM minmax, WPM none, TOPSIS vector).
     * VIKOR (its own linear, min-max type normalisation: minmax) and PROMETHEE II (raw
     * differences: none) ignore `normalization`; defaults() records what they use.
     */
    static MethodSpec defaults(Method method);
    bool operator==(const MethodSpec &) const = default;
};

/** One method's result. Vectors are indexed by alternative in input order. */
struct Ranking
{
    Method method = Method::Wsm;
    Eigen::VectorXd scores; ///< higher is better for every method (VIKOR: 1 - Q)
    std::vector<int> ranks; ///< competition ranking, 1 is best

    // TOPSIS
    Eigen::VectorXd dPlus, dMinus;
    // VIKOR
    Eigen::VectorXd S, R, Q;
    std::vector<int> ranksByS, ranksByR;
    bool acceptableAdvantage = false; ///< C1
    bool acceptableStability = false; ///< C2
    std::vector<int> compromiseSet; ///< alternative indices, best first
    // PROMETHEE II
    Eigen::MatrixXd pi;
    Eigen::VectorXd phiPlus, phiMinus, phiNet;

    /** Index of the alternative ranked first (the lowest index among ties); -1 if empty. */
    int best() const;
};

/** Dispatches on `spec.method`; see the individual functions. */
Ranking rank(const Problem &problem, const MethodSpec &spec);

/**
 * Weighted sum: score_i = sum_j s_j w_j r_ij with r = normalize(problem, normalization) and
 * s_j = -1 for a cost column under None or Vector (the only normalisations that keep the cost
 * direction), +1 otherwise.
 */
Ranking wsm(const Problem &problem, Normalization normalization);
/**
 * Weighted product: score_i = prod_j r_ij^(s_j w_j), same r and s_j as wsm(), computed as
 * exp(sum_j s_j w_j ln r_ij). Needs r_ij > 0 wherever w_j > 0 (a criterion with weight 0
 * contributes the factor 1), so MinMax, which maps the worst value to 0, is usually rejected.
 */
Ranking wpm(const Problem &problem, Normalization normalization);
/**
 * TOPSIS with Vector or MinMax normalisation (other values throw InputError): v_ij = w_j r_ij;
 * Vector: PIS_j = max v and NIS_j = min v on benefit columns, PIS_j = min v and NIS_j = max v on
 * cost columns; MinMax: every column is benefit after normalisation. D+ and D- are Euclidean
 * distances to PIS and NIS, score C_i = D-/(D+ + D-), and C_i = 0.5 when D+ + D- = 0 (the
 * alternative coincides with both ideals, i.e. no weighted column discriminates). A column of
 * zeros under Vector normalisation gives r = 0.
 */
Ranking topsis(const Problem &problem, Normalization normalization);
/**
 * VIKOR: f*_j / f-_j best / worst value, d_ij = (f*_j - x_ij)/(f*_j - f-_j) (0 when
 * f*_j = f-_j), S_i = sum_j w_j d_ij, R_i = max_j w_j d_ij,
 * Q_i = v (S_i - S*)/(S- - S*) + (1 - v)(R_i - R*)/(R- - R*), a term being 0 when its
 * denominator is 0. Ranks by Q ascending (`scores` = 1 - Q). C1: Q(a2) - Q(a1) >= DQ with
 * DQ = 1/(m-1) (with a 1e-12 allowance for rounding), a1/a2 the first/second by Q (lowest
 * index first among ties); C2: a1 has rank 1 by S or by R. Compromise set: {a1} if C1 and C2,
 * {a1, a2} if only C1, otherwise every alternative with Q - Q(a1) < DQ. A single alternative
 * gives S = R = Q = 0, C1 = C2 = true and the set {0}. Throws InputError unless 0 <= v <= 1.
 */
Ranking vikor(const Problem &problem, double v = VikorDefaultV);
/**
 * PROMETHEE II with each criterion's Preference (Brans & Mareschal; strict step at d > q,
 * P = 1 at d = p for V-shape and linear, Gaussian 1 - exp(-d^2/(2 s^2))). pi(a, b) =
 * sum_j w_j P_j(d_j(a, b)), phi+ = row sums/(n-1), phi- = column sums/(n-1), phi = phi+ - phi-
 * (`scores` = phi). A single alternative gives pi = 0 and zero flows. Parameters are checked:
 * q >= 0 (U-shape, level, linear), p > 0 (V-shape), p > q (level, linear), s > 0 (Gaussian).
 */
Ranking promethee2(const Problem &problem);

/**
 * Competition ranking of `scores` (higher is better): 22, 22, 21.5 give 1, 1, 3. Scores are
 * sorted in decreasing order; a score that is within TieTolerance * max(|a|, |b|, 1) of the
 * first (best) score of the current tie group shares that group's rank (an infinite score ties
 * only with an equal one). Throws InputError on NaN.
 */
std::vector<int> competitionRanks(const Eigen::VectorXd &scores);

/** Normalised matrix as used by WSM/WPM/TOPSIS, with cost columns handled as documented. */
Eigen::MatrixXd normalize(const Problem &problem, Normalization normalization);

const char *methodKey(Method method); ///< "wsm", "wpm", "topsis", "vikor", "promethee2"
std::optional<Method> methodFromKey(std::string_view key);
const char *normalizationKey(Normalization n); ///< "none", "max", "sum", "minmax", "vector"
std::optional<Normalization> normalizationFromKey(std::string_view key);
const char *preferenceKey(PreferenceFunction f); ///< "usual", "ushape", ...
std::optional<PreferenceFunction> preferenceFromKey(std::string_view key);

/** One paragraph stating the method's definition and conventions, in English. */
std::string describe(const MethodSpec &spec);

} // namespace escale::mcda
