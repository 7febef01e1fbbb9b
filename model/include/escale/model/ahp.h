// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace escale::mcda {

/**
 * Analytic Hierarchy Process (Saaty). A pairwise comparison matrix A is n x n (1 <= n <= 15),
 * positive and reciprocal: a_ii = 1 and a_ji = 1/a_ij, both checked to 1e-9 relative. a_ij says
 * how much more important (preferred, frequent) element i is than element j.
 */

/** How the priority vector is derived from the matrix. */
enum class Prioritisation {
    PrincipalEigenvector, ///< Perron eigenvector of A, normalised to sum 1 (Saaty)
    RowGeometricMean, ///< w_i = (prod_j a_ij)^(1/n), normalised to sum 1
};

/**
 * Random index tables for CR = CI/RI(n). RI(1) = RI(2) = 0 in every table, and CR is 0 by
 * definition for n <= 2 (every 2 x 2 reciprocal matrix is consistent).
 *
 * | n  | saaty1980 | saaty2005 | donegan_dodd | tummala_ling |
 * |----|-----------|-----------|--------------|--------------|
 * | 3  | 0.58      | 0.52      | 0.4914       | 0.5799       |
 * | 4  | 0.90      | 0.89      | 0.8286       | 0.8921       |
 * | 5  | 1.12      | 1.11      | 1.0591       | 1.1159       |
 * | 6  | 1.24      | 1.25      | 1.1797       | 1.2358       |
 * | 7  | 1.32      | 1.35      | 1.2519       | 1.3322       |
 * | 8  | 1.41      | 1.40      | 1.3171       | 1.3952       |
 * | 9  | 1.45      | 1.45      | 1.3733       | 1.4537       |
 * | 10 | 1.49      | 1.49      | 1.4055       | 1.4882       |
 * | 11 | 1.51      | 1.52      | 1.4213       | 1.5117       |
 * | 12 | 1.48      | 1.54      | 1.4497       | 1.5356       |
 * | 13 | 1.56      | 1.56      | 1.4643       | 1.5571       |
 * | 14 | 1.57      | 1.58      | 1.4822       | 1.5714       |
 * | 15 | 1.59      | 1.59      | 1.4969       | 1.5831       |
 *
 * Rows 3-10 are those of METHODS.md; rows 11-15 come from the same sources (Saaty's classic
 * table as used by pyDecision; Saaty 2005 p. 31 and Donegan & Dodd 1991 as tabulated in AHPy;
 * Tummala & Ling 1998 as tabulated in pymcdm).
 */
enum class RandomIndexTable { Saaty1980, Saaty2005, DoneganDodd, TummalaLing };

inline constexpr int RandomIndexTableCount = 4;
inline constexpr Eigen::Index AhpMaxSize = 15;
/** Saaty's usual acceptance limit for CR. */
inline constexpr double AhpConsistencyLimit = 0.10;

/** "saaty1980", "saaty2005", "donegan_dodd", "tummala_ling". */
const char *randomIndexKey(RandomIndexTable table);
std::optional<RandomIndexTable> randomIndexFromKey(std::string_view key);
/** "principal_eigenvector", "row_geometric_mean". */
const char *prioritisationKey(Prioritisation prioritisation);
std::optional<Prioritisation> prioritisationFromKey(std::string_view key);

/** RI(n) of `table`; throws InputError unless 1 <= n <= 15. */
double randomIndex(RandomIndexTable table, Eigen::Index n);
/** Saaty's stricter CR limits: 0.05 for n = 3, 0.08 for n = 4, 0.10 otherwise. */
double saatyStrictLimit(Eigen::Index n);

/**
 * Throws InputError unless `a` is a valid comparison matrix (square, 1 <= n <= 15, finite and
 * positive, a_ii = 1 and a_ji = 1/a_ij within 1e-9 relative). `field` names the matrix in the
 * error, e.g. `criteria` gives `criteria[2][0]`.
 */
void validateComparisonMatrix(const Eigen::MatrixXd &a, const std::string &field = "matrix");

/** A judgement a_ij (i < j) and the value w_i/w_j that would make it consistent. */
struct Judgement
{
    int i = 0;
    int j = 0;
    double value = 1.0; ///< a_ij as given
    double consistentValue = 1.0; ///< w_i / w_j from the priorities
    double logError = 0.0; ///< |ln(a_ij w_j / w_i)|
};

struct AhpOptions
{
    Prioritisation prioritisation = Prioritisation::PrincipalEigenvector;
    RandomIndexTable table = RandomIndexTable::Saaty1980;

    bool operator==(const AhpOptions &) const = default;
};

struct AhpResult
{
    AhpOptions options;
    Eigen::VectorXd priorities; ///< by options.prioritisation, sum 1
    Eigen::VectorXd prioritiesEigenvector; ///< Perron eigenvector, sum 1
    Eigen::VectorXd prioritiesRgmm; ///< row geometric mean, sum 1 (for comparison)
    /** Perron eigenvalue of A, whatever the prioritisation (Saaty's lambda_max). */
    double lambdaMax = 1.0;
    /** CI = (lambda_max - n)/(n - 1), 0 for n = 1; clamped at 0 (lambda_max >= n exactly). */
    double ci = 0.0;
    double cr = 0.0; ///< CI / RI(n) with options.table; 0 for n <= 2
    std::array<double, RandomIndexTableCount> crByTable{}; ///< indexed by RandomIndexTable
    bool consistent = true; ///< cr <= 0.10
    double strictLimit = 0.10; ///< saatyStrictLimit(n)
    bool withinStrictLimit = true; ///< cr <= strictLimit
    /**
     * The pair (i < j) maximising |ln(a_ij w_j / w_i)| for w = priorities (first in row order
     * among equal errors); absent for n = 1.
     */
    std::optional<Judgement> mostInconsistent;

    double crFor(RandomIndexTable table) const
    {
        return crByTable[static_cast<std::size_t>(table)];
    }
};

/** Priorities and consistency of one comparison matrix (validated first). */
AhpResult ahp(const Eigen::MatrixXd &matrix, const AhpOptions &options = {});

/** Two-level hierarchy: criteria compared to the goal, alternatives compared per criterion. */
struct AhpHierarchyResult
{
    AhpResult criteria; ///< criteria weights w_c and their consistency
    std::vector<AhpResult> alternatives; ///< local priorities per criterion, same order
    /** Distributive synthesis: global_i = sum_c w_c local_{i|c}; sums to 1. */
    Eigen::VectorXd global;
    std::vector<int> ranks; ///< competition ranking of `global`, 1 is best
    bool allConsistent = true; ///< every matrix has CR <= 0.10
};

/**
 * `alternatives[c]` compares the alternatives under criterion c; there must be one matrix per
 * criterion, all of the same size. Errors name `criteria[i][j]` or `alternatives[c][i][j]`.
 */
AhpHierarchyResult ahpHierarchy(const Eigen::MatrixXd &criteria,
                                const std::vector<Eigen::MatrixXd> &alternatives,
                                const AhpOptions &options = {});

/** One paragraph stating the AHP definitions and conventions used, in English. */
std::string describe(const AhpOptions &options);

} // namespace escale::mcda
