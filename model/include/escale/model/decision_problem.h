// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

#include <string>
#include <vector>

namespace escale::mcda {

enum class Direction { Benefit, Cost };

/** PROMETHEE preference functions (Brans & Mareschal), named as in METHODS.md. */
enum class PreferenceFunction { Usual, UShape, VShape, Level, Linear, Gaussian };

struct Preference
{
    PreferenceFunction function = PreferenceFunction::Usual;
    double q = 0.0; ///< indifference threshold
    double p = 0.0; ///< preference threshold
    double s = 0.0; ///< Gaussian parameter

    bool operator==(const Preference &) const = default;
};

struct CriterionSpec
{
    std::string name;
    Direction direction = Direction::Benefit;
    double weight = 1.0; ///< normalised to sum 1 over the criteria before use
    Preference preference; ///< PROMETHEE only

    bool operator==(const CriterionSpec &) const = default;
};

/** Alternatives x criteria. `values(i, j)` is alternative i on criterion j. */
struct Problem
{
    std::vector<std::string> alternatives;
    std::vector<CriterionSpec> criteria;
    Eigen::MatrixXd values;

    Eigen::Index alternativeCount() const { return values.rows(); }
    Eigen::Index criterionCount() const { return values.cols(); }

    /**
     * Weights in criterion order, normalised to sum 1. Checks the shape (at least one alternative
     * and one criterion, one name per row and one CriterionSpec per column) and the weights
     * (finite, >= 0, positive sum), but does not scan `values`: validate() does. Throws
     * InputError naming the field, e.g. `criteria[2].weight`.
     */
    Eigen::VectorXd normalizedWeights() const;
    /**
     * Everything normalizedWeights() checks, plus finite values. Throws InputError naming the
     * first inconsistency, e.g. `matrix[3][1]` (alternative 3, criterion 1; rows are scanned
     * first).
     */
    void validate() const;
};

} // namespace escale::mcda
