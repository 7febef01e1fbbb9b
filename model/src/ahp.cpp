// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/ahp.h"

#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>

namespace escale::mcda {

namespace {

/** RI(n) for n = 1..15, rows in RandomIndexTable order (see ahp.h for the sources). */
constexpr std::array<std::array<double, AhpMaxSize>, RandomIndexTableCount> RandomIndices{{
    {0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59},
    {0.0, 0.0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59},
    {0.0, 0.0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497,
     1.4643, 1.4822, 1.4969},
    {0.0, 0.0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356,
     1.5571, 1.5714, 1.5831},
}};

constexpr std::array<RandomIndexTable, RandomIndexTableCount> AllTables{
    RandomIndexTable::Saaty1980, RandomIndexTable::Saaty2005, RandomIndexTable::DoneganDodd,
    RandomIndexTable::TummalaLing};

constexpr double ReciprocalTolerance = 1e-9;

std::string cellField(const std::string &field, Eigen::Index i, Eigen::Index j)
{
    return field + "[" + std::to_string(i) + "][" + std::to_string(j) + "]";
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= ReciprocalTolerance * std::max(std::abs(a), std::abs(b));
}

Eigen::VectorXd powerIteration(const Eigen::MatrixXd &a, double &lambda)
{
    const Eigen::Index n = a.rows();
    Eigen::VectorXd w = Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
    for (int iteration = 0; iteration < 10000; ++iteration) {
        Eigen::VectorXd next = a * w;
        next /= next.sum();
        const double change = (next - w).cwiseAbs().maxCoeff();
        w = next;
        if (change <= 1e-15)
            break;
    }
    lambda = (a * w).sum(); // w sums to 1, so sum(A w) = lambda sum(w) = lambda
    return w;
}

/**
 * Perron eigenvector (sum 1) and eigenvalue of a positive matrix via Eigen's EigenSolver: the
 * Perron root is the eigenvalue with the largest real part. Power iteration, which converges for
 * every positive matrix, is the fallback should the solver not return a positive vector.
 */
Eigen::VectorXd perron(const Eigen::MatrixXd &a, double &lambda)
{
    const Eigen::Index n = a.rows();
    if (n == 1) {
        lambda = a(0, 0);
        return Eigen::VectorXd::Ones(1);
    }
    const Eigen::EigenSolver<Eigen::MatrixXd> solver(a, true);
    if (solver.info() == Eigen::Success) {
        const Eigen::VectorXcd &values = solver.eigenvalues();
        Eigen::Index k = 0;
        for (Eigen::Index t = 1; t < n; ++t) {
            if (values[t].real() > values[k].real())
                k = t;
        }
        Eigen::VectorXd w = solver.eigenvectors().col(k).real();
        const double sum = w.sum();
        if (values[k].imag() == 0.0 && sum != 0.0) {
            w /= sum;
            if ((w.array() > 0.0).all()) {
                lambda = values[k].real();
                return w;
            }
        }
    }
    return powerIteration(a, lambda);
}

Eigen::VectorXd rowGeometricMean(const Eigen::MatrixXd &a)
{
    const Eigen::VectorXd logMean = a.array().log().rowwise().mean().matrix();
    // Subtracting the largest log mean before exp avoids overflow; the ratios are unchanged.
    const Eigen::VectorXd g = (logMean.array() - logMean.maxCoeff()).exp().matrix();
    return g / g.sum();
}

const char *tableSource(RandomIndexTable table)
{
    switch (table) {
    case RandomIndexTable::Saaty1980:
        return "Saaty's classic 1980 table, as in pyDecision";
    case RandomIndexTable::Saaty2005:
        return "Saaty 2005, Theory and Applications of the ANP, p. 31, as in AHPy 'saaty'";
    case RandomIndexTable::DoneganDodd:
        return "Donegan & Dodd 1991, AHPy's default";
    case RandomIndexTable::TummalaLing:
        return "Tummala & Ling 1998, as in pymcdm";
    }
    return "";
}

} // namespace

const char *randomIndexKey(RandomIndexTable table)
{
    switch (table) {
    case RandomIndexTable::Saaty1980:
        return "saaty1980";
    case RandomIndexTable::Saaty2005:
        return "saaty2005";
    case RandomIndexTable::DoneganDodd:
        return "donegan_dodd";
    case RandomIndexTable::TummalaLing:
        return "tummala_ling";
    }
    return "saaty1980";
}

std::optional<RandomIndexTable> randomIndexFromKey(std::string_view key)
{
    for (RandomIndexTable table : AllTables) {
        if (key == randomIndexKey(table))
            return table;
    }
    return std::nullopt;
}

const char *prioritisationKey(Prioritisation prioritisation)
{
    return prioritisation == Prioritisation::RowGeometricMean ? "row_geometric_mean"
                                                              : "principal_eigenvector";
}

std::optional<Prioritisation> prioritisationFromKey(std::string_view key)
{
    for (Prioritisation p :
         {Prioritisation::PrincipalEigenvector, Prioritisation::RowGeometricMean}) {
        if (key == prioritisationKey(p))
            return p;
    }
    return std::nullopt;
}

double randomIndex(RandomIndexTable table, Eigen::Index n)
{
    if (n < 1 || n > AhpMaxSize)
        throw InputError("n", "random indices are tabulated for 1 to 15 elements");
    return RandomIndices[static_cast<std::size_t>(table)][static_cast<std::size_t>(n - 1)];
}

double saatyStrictLimit(Eigen::Index n)
{
    if (n == 3)
        return 0.05;
    if (n == 4)
        return 0.08;
    return AhpConsistencyLimit;
}

void validateComparisonMatrix(const Eigen::MatrixXd &a, const std::string &field)
{
    if (a.rows() != a.cols())
        throw InputError(field, "a comparison matrix must be square, not "
                                    + std::to_string(a.rows()) + " x " + std::to_string(a.cols()));
    if (a.rows() < 1 || a.rows() > AhpMaxSize)
        throw InputError(field, "a comparison matrix compares 1 to 15 elements, not "
                                    + std::to_string(a.rows()));
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
        for (Eigen::Index j = 0; j < a.cols(); ++j) {
            const double value = a(i, j);
            if (!std::isfinite(value) || !(value > 0.0))
                throw InputError(cellField(field, i, j), "a judgement must be a finite number > 0");
            if (i == j && !nearlyEqual(value, 1.0))
                throw InputError(cellField(field, i, j), "a diagonal judgement must be 1");
            if (j < i && !nearlyEqual(value, 1.0 / a(j, i)))
                throw InputError(cellField(field, i, j),
                                 "must be the reciprocal of " + cellField(field, j, i));
        }
    }
}

AhpResult ahp(const Eigen::MatrixXd &matrix, const AhpOptions &options)
{
    validateComparisonMatrix(matrix);
    const Eigen::Index n = matrix.rows();

    AhpResult out;
    out.options = options;
    out.prioritiesEigenvector = perron(matrix, out.lambdaMax);
    out.prioritiesRgmm = rowGeometricMean(matrix);
    out.priorities = options.prioritisation == Prioritisation::PrincipalEigenvector
                         ? out.prioritiesEigenvector
                         : out.prioritiesRgmm;
    const double size = static_cast<double>(n);
    out.ci = n > 1 ? std::max(0.0, (out.lambdaMax - size) / (size - 1.0)) : 0.0;
    for (RandomIndexTable table : AllTables)
        out.crByTable[static_cast<std::size_t>(table)] = n > 2 ? out.ci / randomIndex(table, n)
                                                               : 0.0;
    out.cr = out.crFor(options.table);
    out.consistent = out.cr <= AhpConsistencyLimit;
    out.strictLimit = saatyStrictLimit(n);
    out.withinStrictLimit = out.cr <= out.strictLimit;

    const Eigen::VectorXd &w = out.priorities;
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = i + 1; j < n; ++j) {
            const double consistentValue = w[i] / w[j];
            const double error = std::abs(std::log(matrix(i, j) / consistentValue));
            if (!out.mostInconsistent || error > out.mostInconsistent->logError)
                out.mostInconsistent = Judgement{static_cast<int>(i), static_cast<int>(j),
                                                 matrix(i, j), consistentValue, error};
        }
    }
    return out;
}

AhpHierarchyResult ahpHierarchy(const Eigen::MatrixXd &criteria,
                                const std::vector<Eigen::MatrixXd> &alternatives,
                                const AhpOptions &options)
{
    validateComparisonMatrix(criteria, "criteria");
    if (alternatives.size() != static_cast<std::size_t>(criteria.rows()))
        throw InputError("alternatives", "one comparison matrix per criterion is needed: "
                                             + std::to_string(criteria.rows()) + " criteria but "
                                             + std::to_string(alternatives.size()) + " matrices");
    for (std::size_t c = 0; c < alternatives.size(); ++c) {
        const std::string field = "alternatives[" + std::to_string(c) + "]";
        validateComparisonMatrix(alternatives[c], field);
        if (alternatives[c].rows() != alternatives.front().rows())
            throw InputError(field, "every criterion must compare the same "
                                        + std::to_string(alternatives.front().rows())
                                        + " alternatives");
    }

    AhpHierarchyResult out;
    out.criteria = ahp(criteria, options);
    out.allConsistent = out.criteria.consistent;
    out.global = Eigen::VectorXd::Zero(alternatives.front().rows());
    for (std::size_t c = 0; c < alternatives.size(); ++c) {
        out.alternatives.push_back(ahp(alternatives[c], options));
        out.global += out.criteria.priorities[static_cast<Eigen::Index>(c)]
                      * out.alternatives.back().priorities;
        out.allConsistent = out.allConsistent && out.alternatives.back().consistent;
    }
    out.ranks = competitionRanks(out.global);
    return out;
}

std::string describe(const AhpOptions &options)
{
    std::string text = "AHP (Saaty): a_ij states how much more important element i is than"
                       " element j, with a_ji = 1/a_ij. Priorities: ";
    if (options.prioritisation == Prioritisation::PrincipalEigenvector)
        text += "the principal (Perron) eigenvector of the matrix, normalised to sum 1; the row"
                " geometric means are shown for comparison.";
    else
        text += "the row geometric means (prod_j a_ij)^(1/n), normalised to sum 1; the principal"
                " eigenvector is shown for comparison.";
    text += " lambda_max is the Perron eigenvalue, CI = (lambda_max - n)/(n - 1) and"
            " CR = CI/RI(n) with the ";
    text += randomIndexKey(options.table);
    text += std::string(" random index table (") + tableSource(options.table)
            + "); CR is also given for the saaty1980, saaty2005, donegan_dodd and tummala_ling"
              " tables, because tools differ, and is 0 by definition for n <= 2. A matrix is"
              " flagged inconsistent when CR > 0.10; Saaty suggests the stricter limits 0.05"
              " for n = 3 and 0.08 for n = 4. The most inconsistent judgement is the a_ij that"
              " maximises |ln(a_ij w_j/w_i)|, shown with the consistent value w_i/w_j. A"
              " hierarchy uses distributive synthesis: global_i = sum_c w_c local_{i|c}.";
    return text;
}

} // namespace escale::mcda
