// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/decision_problem.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace escale::mcda {

namespace {

std::string weightField(Eigen::Index j)
{
    return "criteria[" + std::to_string(j) + "].weight";
}

} // namespace

Eigen::VectorXd Problem::normalizedWeights() const
{
    const Eigen::Index m = values.rows();
    const Eigen::Index n = values.cols();
    if (m < 1)
        throw InputError("alternatives", "at least one alternative is needed");
    if (n < 1)
        throw InputError("criteria", "at least one criterion is needed");
    if (alternatives.size() != static_cast<std::size_t>(m))
        throw InputError("alternatives", std::to_string(alternatives.size())
                                             + " names are given but the matrix has "
                                             + std::to_string(m) + " rows");
    if (criteria.size() != static_cast<std::size_t>(n))
        throw InputError("criteria", std::to_string(criteria.size())
                                         + " criteria are given but the matrix has "
                                         + std::to_string(n) + " columns");

    Eigen::VectorXd w(n);
    double largest = 0.0;
    for (Eigen::Index j = 0; j < n; ++j) {
        const double weight = criteria[static_cast<std::size_t>(j)].weight;
        if (!std::isfinite(weight) || weight < 0.0)
            throw InputError(weightField(j), "a weight must be a finite number >= 0");
        w[j] = weight;
        largest = std::max(largest, weight);
    }
    if (!(largest > 0.0))
        throw InputError("criteria", "at least one criterion weight must be greater than 0");
    double sum = w.sum();
    if (!std::isfinite(sum)) {
        // Huge weights: scale first so the sum cannot overflow.
        w /= largest;
        sum = w.sum();
    }
    return w / sum;
}

void Problem::validate() const
{
    (void)normalizedWeights();
    if (values.allFinite())
        return;
    for (Eigen::Index i = 0; i < values.rows(); ++i) {
        for (Eigen::Index j = 0; j < values.cols(); ++j) {
            if (!std::isfinite(values(i, j)))
                throw InputError("matrix[" + std::to_string(i) + "][" + std::to_string(j) + "]",
                                 "a value must be a finite number");
        }
    }
}

} // namespace escale::mcda
