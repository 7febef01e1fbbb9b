// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/margin_decomposition.h"

#include "escale/model/errors.h"

#include <cstdint>
#include <string>
#include <vector>

namespace escale::mcda {

namespace {

/** The problem with all the weight on criterion j. */
Problem onlyCriterion(const Problem &problem, Eigen::Index j)
{
    Problem single = problem;
    for (std::size_t c = 0; c < single.criteria.size(); ++c)
        single.criteria[c].weight = Eigen::Index(c) == j ? 1.0 : 0.0;
    return single;
}

/**
 * WSM and PROMETHEE II scores are linear in the normalised weights, score(w) = sum_j w_j
 * score_j, where score_j is the score with all the weight on j (the normalised matrix and the
 * preference degrees do not depend on the weights). So part_j = w_j (score_j(a) - score_j(b)).
 */
Eigen::VectorXd additiveParts(const Problem &problem, const MethodSpec &spec, int a, int b)
{
    const Eigen::VectorXd w = problem.normalizedWeights();
    Eigen::VectorXd parts = Eigen::VectorXd::Zero(w.size());
    for (Eigen::Index j = 0; j < w.size(); ++j) {
        if (w[j] == 0.0)
            continue;
        const Ranking single = rank(onlyCriterion(problem, j), spec);
        parts[j] = w[j] * (single.scores[a] - single.scores[b]);
    }
    return parts;
}

/**
 * Shapley values of v(S), the mean of the margin with b's values outside S set to a's and the
 * margin with a's values outside S set to b's (see the header).
 */
Eigen::VectorXd shapleyParts(const Problem &problem, const MethodSpec &spec, int a, int b)
{
    const int n = int(problem.criterionCount());
    if (n > ShapleyMaxCriteria)
        throw InputError("criteria", "a Shapley decomposition of the margin takes at most "
                                         + std::to_string(ShapleyMaxCriteria) + " criteria (got "
                                         + std::to_string(n) + ")");
    const std::uint32_t subsets = std::uint32_t(1) << n;
    std::vector<double> value(subsets);
    Problem game = problem;
    for (std::uint32_t s = 0; s < subsets; ++s) {
        double sum = 0.0;
        for (const int moved : {b, a}) {
            const int other = moved == b ? a : b;
            game.values = problem.values;
            for (int j = 0; j < n; ++j) {
                if (!((s >> j) & 1U))
                    game.values(moved, j) = problem.values(other, j);
            }
            const Ranking ranking = rank(game, spec);
            sum += ranking.scores[a] - ranking.scores[b];
        }
        value[s] = 0.5 * sum;
    }
    // weight[k] = k! (n - k - 1)! / n!, the share of orders in which j follows exactly the k
    // criteria of S.
    std::vector<double> weight(std::size_t(n), 1.0 / n);
    for (int k = 1; k < n; ++k)
        weight[std::size_t(k)] = weight[std::size_t(k) - 1] * k / (n - k);
    Eigen::VectorXd parts = Eigen::VectorXd::Zero(n);
    for (std::uint32_t s = 0; s < subsets; ++s) {
        const int size = __builtin_popcount(s);
        for (int j = 0; j < n; ++j) {
            if ((s >> j) & 1U)
                continue;
            parts[j] += weight[std::size_t(size)] * (value[s | (1U << j)] - value[s]);
        }
    }
    return parts;
}

} // namespace

MarginDecomposition decompositionFor(Method method)
{
    switch (method) {
    case Method::Wsm:
        return MarginDecomposition::WeightedSum;
    case Method::Promethee2:
        return MarginDecomposition::NetFlow;
    case Method::Wpm:
    case Method::Topsis:
    case Method::Vikor:
        return MarginDecomposition::Shapley;
    }
    return MarginDecomposition::Shapley;
}

const char *decompositionKey(MarginDecomposition kind)
{
    switch (kind) {
    case MarginDecomposition::WeightedSum:
        return "weighted_sum";
    case MarginDecomposition::NetFlow:
        return "net_flow";
    case MarginDecomposition::Shapley:
        return "shapley";
    }
    return "shapley";
}

Eigen::VectorXd marginParts(const Problem &problem, const MethodSpec &spec, int a, int b)
{
    problem.validate();
    const auto rows = int(problem.alternativeCount());
    if (a < 0 || a >= rows || b < 0 || b >= rows)
        throw InputError("alternatives",
                         "no alternative " + std::to_string(a < 0 || a >= rows ? a : b)
                             + " to compare (" + std::to_string(rows) + " alternatives)");
    if (decompositionFor(spec.method) == MarginDecomposition::Shapley)
        return shapleyParts(problem, spec, a, b);
    return additiveParts(problem, spec, a, b);
}

} // namespace escale::mcda
