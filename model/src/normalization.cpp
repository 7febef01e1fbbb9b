// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include <cmath>
#include <string>

namespace escale::mcda {

namespace {

std::string cellField(Eigen::Index i, Eigen::Index j)
{
    return "matrix[" + std::to_string(i) + "][" + std::to_string(j) + "]";
}

std::string columnField(Eigen::Index j)
{
    return "criteria[" + std::to_string(j) + "]";
}

/**
 * Max and Sum divide by the values (cost) or by their largest value or sum (benefit): cost
 * columns need every value > 0, benefit columns every value >= 0 and one value > 0.
 */
void requireRatioScale(const Problem &problem, Eigen::Index j, const char *name)
{
    const auto col = problem.values.col(j);
    const bool cost = problem.criteria[static_cast<std::size_t>(j)].direction == Direction::Cost;
    for (Eigen::Index i = 0; i < col.size(); ++i) {
        if (cost && !(col[i] > 0.0))
            throw InputError(cellField(i, j), std::string(name)
                                                  + " normalisation of a cost criterion divides"
                                                    " by the value, which must be > 0");
        if (!cost && col[i] < 0.0)
            throw InputError(cellField(i, j),
                             std::string(name) + " normalisation needs values >= 0");
    }
    if (!cost && !(col.maxCoeff() > 0.0))
        throw InputError(columnField(j), std::string(name)
                                             + " normalisation needs at least one value > 0"
                                               " on a benefit criterion");
}

} // namespace

Eigen::MatrixXd normalize(const Problem &problem, Normalization normalization)
{
    problem.validate();
    const Eigen::MatrixXd &x = problem.values;
    Eigen::MatrixXd r(x.rows(), x.cols());
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const auto col = x.col(j);
        auto out = r.col(j);
        const bool cost = problem.criteria[static_cast<std::size_t>(j)].direction
                          == Direction::Cost;
        switch (normalization) {
        case Normalization::None:
            out = col;
            break;
        case Normalization::Max:
            requireRatioScale(problem, j, "max");
            if (cost)
                out = col.minCoeff() * col.cwiseInverse();
            else
                out = col / col.maxCoeff();
            break;
        case Normalization::Sum: {
            requireRatioScale(problem, j, "sum");
            // Scaling by the largest term first keeps the sum finite; the ratio is unchanged.
            Eigen::VectorXd terms = col;
            if (cost)
                terms = terms.cwiseInverse();
            terms /= terms.maxCoeff();
            out = terms / terms.sum();
            break;
        }
        case Normalization::MinMax: {
            const double lo = col.minCoeff();
            const double hi = col.maxCoeff();
            if (!(hi > lo)) {
                out.setOnes(); // constant column: every alternative is the best one
                break;
            }
            // Halving keeps hi - lo finite for values near the double range.
            const double scale = std::isfinite(hi - lo) ? 1.0 : 0.5;
            const double range = scale * hi - scale * lo;
            if (cost)
                out = (scale * hi - scale * col.array()) / range;
            else
                out = (scale * col.array() - scale * lo) / range;
            break;
        }
        case Normalization::Vector: {
            double norm = col.norm();
            if (!std::isfinite(norm))
                norm = col.stableNorm();
            if (norm > 0.0)
                out = col / norm;
            else
                out.setZero(); // a column of zeros carries no information
            break;
        }
        }
        if (!out.allFinite())
            throw InputError(columnField(j), "values are too extreme to normalise");
    }
    return r;
}

} // namespace escale::mcda
