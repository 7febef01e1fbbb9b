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
 */
enum class Method { Wsm, Wpm, Topsis, Vikor, Promethee2 };

enum class Normalization {
    None,   ///< raw values (WSM: cost columns enter with a minus sign; WPM: exponent -w)
    Max,    ///< benefit x/max, cost min/x
    Sum,    ///< benefit x/sum(x), cost (1/x)/sum(1/x)
    MinMax, ///< benefit (x-min)/(max-min), cost (max-x)/(max-min); constant column gives 1
    Vector, ///< x/sqrt(sum x^2); TOPSIS handles the cost direction at the ideal
};

struct MethodSpec
{
    Method method = Method::Wsm;
    Normalization normalization = Normalization::MinMax;
    double v = 0.5; ///< VIKOR weight of the group utility S

    /** The project's default normalisation for each method (WSM minmax, WPM none, TOPSIS vector). */
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
    std::vector<int> compromiseSet;   ///< alternative indices, best first
    // PROMETHEE II
    Eigen::MatrixXd pi;
    Eigen::VectorXd phiPlus, phiMinus, phiNet;

    /** Index of the alternative ranked first (the lowest index among ties). */
    int best() const;
};

Ranking rank(const Problem &problem, const MethodSpec &spec);

Ranking wsm(const Problem &problem, Normalization normalization);
Ranking wpm(const Problem &problem, Normalization normalization);
Ranking topsis(const Problem &problem, Normalization normalization);
Ranking vikor(const Problem &problem, double v = 0.5);
Ranking promethee2(const Problem &problem);

/** Competition ranking of `scores` (higher is better): 22, 22, 21.5 give 1, 1, 3. */
std::vector<int> competitionRanks(const Eigen::VectorXd &scores);

/** Normalised matrix as used by WSM/WPM/TOPSIS, with cost columns handled as documented. */
Eigen::MatrixXd normalize(const Problem &problem, Normalization normalization);

const char *methodKey(Method method);             ///< "wsm", "wpm", "topsis", "vikor", "promethee2"
std::optional<Method> methodFromKey(std::string_view key);
const char *normalizationKey(Normalization n);    ///< "none", "max", "sum", "minmax", "vector"
std::optional<Normalization> normalizationFromKey(std::string_view key);
const char *preferenceKey(PreferenceFunction f);  ///< "usual", "ushape", ...
std::optional<PreferenceFunction> preferenceFromKey(std::string_view key);

/** One paragraph stating the method's definition and conventions, in English. */
std::string describe(const MethodSpec &spec);

} // namespace escale::mcda
