// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace escale::mcda {

namespace {

/** Rows processed together, so a block of D+ and D- stays in L1 while the columns stream by. */
constexpr Eigen::Index RowBlock = 512;

struct ColumnStats
{
    double sumSquares = 0.0;
    double lo = 0.0;
    double hi = 0.0;
};

/**
 * Sum of squares, minimum and maximum of one column in a single pass. The column is read as
 * 4-row chunks accumulated element-wise (Eigen vectorises them), which keeps independent chains
 * instead of three serial reductions over the column.
 */
ColumnStats columnStats(const double *data, Eigen::Index m)
{
    constexpr Eigen::Index Lanes = 4;
    const Eigen::Index chunks = m / Lanes;
    ColumnStats out;
    out.lo = data[0];
    out.hi = data[0];
    if (chunks > 0) {
        using Chunk = Eigen::Matrix<double, Lanes, 1>;
        const Eigen::Map<const Eigen::Matrix<double, Lanes, Eigen::Dynamic>> c(data, Lanes, chunks);
        Chunk squares = c.col(0).cwiseAbs2();
        Chunk lo = c.col(0);
        Chunk hi = c.col(0);
        for (Eigen::Index k = 1; k < chunks; ++k) {
            squares += c.col(k).cwiseAbs2();
            lo = lo.cwiseMin(c.col(k));
            hi = hi.cwiseMax(c.col(k));
        }
        out.sumSquares = squares.sum();
        out.lo = lo.minCoeff();
        out.hi = hi.maxCoeff();
    }
    for (Eigen::Index i = chunks * Lanes; i < m; ++i) {
        out.sumSquares += data[i] * data[i];
        out.lo = std::min(out.lo, data[i]);
        out.hi = std::max(out.hi, data[i]);
    }
    return out;
}

/** One column of the distances: v - PIS = beta (x - plus) and v - NIS = beta (x - minus). */
struct ColumnIdeal
{
    const double *x = nullptr;
    double beta = 0.0;
    double plus = 0.0;
    double minus = 0.0;
};

/**
 * p_i += (beta_a (x_ai - plus_a))^2 + (beta_b (x_bi - plus_b))^2 and the same for q with the
 * minus ideals, for rows r0 .. r0 + n - 1 of two columns. With Len > 0 the trip count is a
 * compile-time constant and the non-aliasing pointers let the compiler vectorise the loop at
 * -O2; Len = 0 uses the runtime length (the last, partial block).
 */
template<Eigen::Index Len>
void addTwoColumns(double *__restrict p, double *__restrict q, const ColumnIdeal &a,
                   const ColumnIdeal &b, Eigen::Index r0, Eigen::Index len)
{
    const Eigen::Index n = Len > 0 ? Len : len;
    const double *__restrict xa = a.x + r0;
    const double *__restrict xb = b.x + r0;
    const double betaA = a.beta, plusA = a.plus, minusA = a.minus;
    const double betaB = b.beta, plusB = b.plus, minusB = b.minus;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double ua = betaA * (xa[i] - plusA);
        const double va = betaA * (xa[i] - minusA);
        const double ub = betaB * (xb[i] - plusB);
        const double vb = betaB * (xb[i] - minusB);
        p[i] += ua * ua + ub * ub;
        q[i] += va * va + vb * vb;
    }
}

[[noreturn]] void throwNonFinite(const Eigen::MatrixXd &x, Eigen::Index j)
{
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        if (!std::isfinite(x(i, j)))
            throw InputError("matrix[" + std::to_string(i) + "][" + std::to_string(j) + "]",
                             "a value must be a finite number");
    }
    throw InputError("criteria[" + std::to_string(j) + "]",
                     "values are too extreme for TOPSIS (magnitudes above about 1e150)");
}

} // namespace

/*
 * Both normalisations are affine in x per column, v_ij = alpha_j + beta_j x_ij, and both ideals
 * are the weighted value of the column's best or worst raw value. So
 *     v_ij - PIS_j = beta_j (x_ij - x+_j),   v_ij - NIS_j = beta_j (x_ij - x-_j),
 * with x+ = max x, x- = min x on benefit columns and the reverse on cost columns, and
 * beta_j = w_j / ||x_j|| (vector) or w_j / (max - min) (minmax; 0 for a constant column, whose
 * r = 1 gives v = PIS = NIS). This needs one pass for the column statistics (which also checks
 * that every value is finite) and one for the distances, without forming the normalised matrix.
 */
Ranking topsis(const Problem &problem, Normalization normalization)
{
    if (normalization != Normalization::Vector && normalization != Normalization::MinMax)
        throw InputError("normalization", std::string("TOPSIS uses vector or minmax"
                                                      " normalisation, not ")
                                              + normalizationKey(normalization));
    const Eigen::VectorXd w = problem.normalizedWeights(); // shape and weights
    const Eigen::MatrixXd &x = problem.values;
    const Eigen::Index m = x.rows();
    const Eigen::Index n = x.cols();

    // Padded to an even count with a zero-weight copy of the first column (it adds 0).
    std::vector<ColumnIdeal> ideals(static_cast<std::size_t>(n + n % 2));
    for (Eigen::Index j = 0; j < n; ++j) {
        const auto col = x.col(j);
        const ColumnStats stats = columnStats(col.data(), m);
        // A finite sum of squares proves every value finite; a finite squared range keeps every
        // (x - ideal) finite too.
        const double range = stats.hi - stats.lo;
        if (!std::isfinite(stats.sumSquares) || !std::isfinite(range * range))
            throwNonFinite(x, j);
        const bool cost = problem.criteria[static_cast<std::size_t>(j)].direction
                          == Direction::Cost;
        double scale = range;
        if (normalization == Normalization::Vector) {
            // The plain sum of squares can underflow for tiny values; Eigen's stable norm
            // rescales.
            scale = stats.sumSquares > 1e-200 ? std::sqrt(stats.sumSquares) : col.stableNorm();
        }
        ColumnIdeal &ideal = ideals[static_cast<std::size_t>(j)];
        ideal.x = col.data();
        ideal.beta = scale > 0.0 ? w[j] / scale : 0.0;
        ideal.plus = cost ? stats.lo : stats.hi;
        ideal.minus = cost ? stats.hi : stats.lo;
        if (!std::isfinite(ideal.beta))
            throw InputError("criteria[" + std::to_string(j) + "]",
                             "values are too close to each other or to 0 to normalise");
    }
    if (n % 2 != 0)
        ideals.back().x = x.col(0).data(); // beta = 0

    Eigen::VectorXd dPlus = Eigen::VectorXd::Zero(m);
    Eigen::VectorXd dMinus = Eigen::VectorXd::Zero(m);
    for (Eigen::Index r0 = 0; r0 < m; r0 += RowBlock) {
        const Eigen::Index len = std::min(RowBlock, m - r0);
        double *p = dPlus.data() + r0;
        double *q = dMinus.data() + r0;
        for (std::size_t j = 0; j < ideals.size(); j += 2) {
            if (len == RowBlock)
                addTwoColumns<RowBlock>(p, q, ideals[j], ideals[j + 1], r0, len);
            else
                addTwoColumns<0>(p, q, ideals[j], ideals[j + 1], r0, len);
        }
    }

    Ranking out;
    out.method = Method::Topsis;
    dPlus.array() = dPlus.array().sqrt();
    dMinus.array() = dMinus.array().sqrt();
    out.scores = (dMinus.array() / (dPlus.array() + dMinus.array())).matrix();
    for (Eigen::Index i = 0; i < m; ++i) {
        // D+ + D- = 0: the alternative sits on both ideals (no weighted column discriminates).
        if (!(dPlus[i] + dMinus[i] > 0.0))
            out.scores[i] = 0.5;
    }
    out.dPlus = std::move(dPlus);
    out.dMinus = std::move(dMinus);
    out.ranks = competitionRanks(out.scores);
    return out;
}

} // namespace escale::mcda
