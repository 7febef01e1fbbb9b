// SPDX-License-Identifier: GPL-3.0-or-later
// SMAA-2 kernels: batched WSM/WPM/TOPSIS scores for fixed values, and per-sample ranking.
#include "smaa_internal.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace escale::mcda::smaa_detail {

namespace {

/** The tie test of competitionRanks(): |a - b| <= TieTolerance * max(|a|, |b|, 1). */
bool ties(double leader, double score)
{
    if (leader == score)
        return true;
    if (!std::isfinite(leader) || !std::isfinite(score))
        return false;
    return leader - score <= TieTolerance * std::max({std::abs(leader), std::abs(score), 1.0});
}

/** Up to this many alternatives the sort is a branch-free count of the larger scores. */
constexpr Eigen::Index CountingLimit = 32;

} // namespace

Ranker::Ranker(Eigen::Index alternatives)
    : m_m(alternatives)
    , m_order(static_cast<std::size_t>(alternatives))
{}

void Ranker::rank(const double *scores, int *ranks)
{
    const Eigen::Index m = m_m;
    for (Eigen::Index i = 0; i < m; ++i) {
        if (std::isnan(scores[i]))
            throw InputError("scores", "cannot rank a NaN score");
    }
    // Decreasing order of the scores, equal scores by index.
    if (m <= CountingLimit) {
        for (Eigen::Index i = 0; i < m; ++i) {
            const double s = scores[i];
            int position = 0;
            for (Eigen::Index k = 0; k < m; ++k)
                position += static_cast<int>((scores[k] > s) | ((scores[k] == s) & (k < i)));
            m_order[static_cast<std::size_t>(position)] = static_cast<int>(i);
        }
    } else {
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(), [scores](int l, int r) {
            return scores[l] > scores[r] || (scores[l] == scores[r] && l < r);
        });
    }
    // Each tie group takes the rank of its first (best) member, as competitionRanks() does.
    double leader = 0.0;
    int leaderRank = 0;
    for (Eigen::Index p = 0; p < m; ++p) {
        const int index = m_order[static_cast<std::size_t>(p)];
        const double score = scores[index];
        if (p == 0 || !ties(leader, score)) {
            leader = score;
            leaderRank = static_cast<int>(p) + 1;
        }
        ranks[index] = leaderRank;
    }
}

namespace {

constexpr Eigen::Index Lanes = SampleLanes;

/** Extends `scale` to max(scale, |s|) and flags non-finite scores, over one block. */
void scanScores(const double *__restrict s, double *__restrict scale, double *__restrict suspect)
{
    for (Eigen::Index l = 0; l < Lanes; ++l) {
        const double a = std::abs(s[l]);
        suspect[l] += a <= std::numeric_limits<double>::max() ? 0.0 : 1.0; // NaN, infinity
        scale[l] = scale[l] < a ? a : scale[l];
    }
}

/** Compares alternatives i and k over one block: larger-score counts and near ties. */
void comparePair(const double *__restrict si, const double *__restrict sk, double *__restrict li,
                 double *__restrict lk, const double *__restrict scale, double *__restrict suspect)
{
    for (Eigen::Index l = 0; l < Lanes; ++l) {
        const double gap = sk[l] - si[l];
        li[l] += gap > 0.0 ? 1.0 : 0.0;
        lk[l] += gap < 0.0 ? 1.0 : 0.0;
        suspect[l] += std::abs(gap) <= scale[l] ? 1.0 : 0.0;
    }
}

/** Counts the lanes where ranks equal `wanted`, into per-lane counters. */
void countEqual(const int *__restrict r, int wanted, int *__restrict acc)
{
    for (Eigen::Index l = 0; l < Lanes; ++l)
        acc[l] += r[l] == wanted ? 1 : 0;
}

/** Counts the lanes where ri < rk, into per-lane counters. */
void countLess(const int *__restrict ri, const int *__restrict rk, int *__restrict acc)
{
    for (Eigen::Index l = 0; l < Lanes; ++l)
        acc[l] += ri[l] < rk[l] ? 1 : 0;
}

/** Adds alternative `index` to the first-place count and index sum of each lane. */
void markFirst(const int *__restrict r, int index, int *__restrict winners, int *__restrict winner)
{
    for (Eigen::Index l = 0; l < Lanes; ++l) {
        const int first = r[l] == 1 ? 1 : 0;
        winners[l] += first;
        winner[l] += first * index;
    }
}

long long sumLanes(const int *acc)
{
    long long total = 0;
    for (Eigen::Index l = 0; l < Lanes; ++l)
        total += acc[l];
    return total;
}

} // namespace

void Ranker::rankBlock(const double *scores, Eigen::Index stride, Eigen::Index count, int *ranks)
{
    const Eigen::Index m = m_m;
    const auto size = static_cast<std::size_t>(stride);
    m_larger.assign(static_cast<std::size_t>(m) * size, 0.0);
    m_suspect.assign(size, 0.0);
    m_scale.assign(size, 0.0);
    double *suspect = m_suspect.data();
    double *scale = m_scale.data();
    for (Eigen::Index i = 0; i < m; ++i) {
        for (Eigen::Index b = 0; b < stride; b += Lanes)
            scanScores(scores + i * stride + b, scale + b, suspect + b);
    }
    // 1 + max |score| >= max(|a|, |b|, 1) for every pair, so a pair further apart than this
    // cannot tie under competitionRanks().
    for (Eigen::Index b = 0; b < stride; ++b)
        scale[b] = TieTolerance * (1.0 + scale[b]);
    for (Eigen::Index i = 0; i < m; ++i) {
        for (Eigen::Index k = i + 1; k < m; ++k) {
            for (Eigen::Index b = 0; b < stride; b += Lanes)
                comparePair(scores + i * stride + b, scores + k * stride + b,
                            m_larger.data() + i * stride + b, m_larger.data() + k * stride + b,
                            scale + b, suspect + b);
        }
    }
    for (Eigen::Index k = 0; k < m * stride; ++k)
        ranks[k] = static_cast<int>(m_larger[static_cast<std::size_t>(k)]) + 1;
    // Near ties and non-finite scores: the exact tie-group walk (or its NaN error).
    m_one.resize(static_cast<std::size_t>(m));
    m_oneRanks.resize(static_cast<std::size_t>(m));
    for (Eigen::Index b = 0; b < stride; ++b) {
        if (b >= count) {
            for (Eigen::Index i = 0; i < m; ++i)
                ranks[i * stride + b] = 0; // padding: counts nowhere
            continue;
        }
        if (suspect[b] == 0.0)
            continue;
        for (Eigen::Index i = 0; i < m; ++i)
            m_one[static_cast<std::size_t>(i)] = scores[i * stride + b];
        rank(m_one.data(), m_oneRanks.data());
        for (Eigen::Index i = 0; i < m; ++i)
            ranks[i * stride + b] = m_oneRanks[static_cast<std::size_t>(i)];
    }
}

Tally::Tally(Eigen::Index m, Eigen::Index n)
    : rankCounts(static_cast<std::size_t>(m * m), 0)
    , wins(static_cast<std::size_t>(m * m), 0)
    , weightSums(static_cast<std::size_t>(m * n), 0.0)
    , firstHits(static_cast<std::size_t>(m), 0)
{}

void Tally::add(const Tally &other)
{
    samples += other.samples;
    auto sum = [](auto &into, const auto &from) {
        for (std::size_t k = 0; k < into.size(); ++k)
            into[k] += from[k];
    };
    sum(rankCounts, other.rankCounts);
    sum(wins, other.wins);
    sum(weightSums, other.weightSums);
    sum(firstHits, other.firstHits);
}

void tallySample(Tally &t, Eigen::Index m, Eigen::Index n, const int *ranks, const double *w)
{
    for (Eigen::Index i = 0; i < m; ++i) {
        ++t.rankCounts[static_cast<std::size_t>(i * m + ranks[i] - 1)];
        if (ranks[i] == 1) {
            double *sums = t.weightSums.data() + i * n;
            for (Eigen::Index j = 0; j < n; ++j)
                sums[j] += w[j];
        }
        long long *wins = t.wins.data() + i * m;
        for (Eigen::Index k = 0; k < m; ++k)
            wins[k] += ranks[i] < ranks[k] ? 1 : 0;
    }
}

void tallyBlock(Tally &t, Eigen::Index m, Eigen::Index n, const int *ranks, Eigen::Index count,
                const double *w)
{
    const Eigen::Index stride = paddedCount(count);
    int acc[Lanes];
    // Counts: integer sums, so the lane order does not matter; padding ranks (0) count nowhere.
    for (Eigen::Index i = 0; i < m; ++i) {
        const int *ri = ranks + i * stride;
        for (Eigen::Index r = 0; r < m; ++r) {
            std::fill(acc, acc + Lanes, 0);
            for (Eigen::Index b = 0; b < stride; b += Lanes)
                countEqual(ri + b, static_cast<int>(r) + 1, acc);
            t.rankCounts[static_cast<std::size_t>(i * m + r)] += sumLanes(acc);
        }
        for (Eigen::Index k = 0; k < m; ++k) {
            if (k == i)
                continue; // rank_i < rank_i never holds
            std::fill(acc, acc + Lanes, 0);
            for (Eigen::Index b = 0; b < stride; b += Lanes)
                countLess(ri + b, ranks + k * stride + b, acc);
            t.wins[static_cast<std::size_t>(i * m + k)] += sumLanes(acc);
        }
    }
    // Central weight sums in sample order, as tallySample() adds them: find each sample's
    // first-ranked alternative without a branch per alternative.
    std::vector<int> winners(static_cast<std::size_t>(stride), 0);
    std::vector<int> winner(static_cast<std::size_t>(stride), 0);
    for (Eigen::Index i = 0; i < m; ++i) {
        for (Eigen::Index b = 0; b < stride; b += Lanes)
            markFirst(ranks + i * stride + b, static_cast<int>(i), winners.data() + b,
                      winner.data() + b);
    }
    for (Eigen::Index b = 0; b < count; ++b) {
        const double *wb = w + b * n;
        if (winners[static_cast<std::size_t>(b)] == 1) {
            double *sums = t.weightSums.data() + winner[static_cast<std::size_t>(b)] * n;
            for (Eigen::Index j = 0; j < n; ++j)
                sums[j] += wb[j];
            continue;
        }
        for (Eigen::Index i = 0; i < m; ++i) { // tied first places
            if (ranks[i * stride + b] != 1)
                continue;
            double *sums = t.weightSums.data() + i * n;
            for (Eigen::Index j = 0; j < n; ++j)
                sums[j] += wb[j];
        }
    }
}

std::unique_ptr<FastKernel> FastKernel::make(const Problem &problem, const MethodSpec &spec)
{
    const Method method = spec.method;
    const Normalization normalization = spec.normalization;
    if (method != Method::Wsm && method != Method::Wpm && method != Method::Topsis)
        return nullptr;
    if (method == Method::Topsis && normalization != Normalization::Vector
        && normalization != Normalization::MinMax)
        return nullptr;

    auto kernel = std::unique_ptr<FastKernel>(new FastKernel);
    kernel->m_method = method;
    const Eigen::MatrixXd &x = problem.values;
    const Eigen::Index m = x.rows();
    const Eigen::Index n = x.cols();
    kernel->m_m = m;
    kernel->m_n = n;
    auto isCost = [&problem](Eigen::Index j) {
        return problem.criteria[static_cast<std::size_t>(j)].direction == Direction::Cost;
    };

    if (method == Method::Topsis) {
        // As in topsis(): v_ij - PIS_j = w_j (x_ij - x+_j) / scale_j, so
        // D+_i^2 = sum_j w_j^2 P_ji with P_ji = ((x_ij - x+_j) / scale_j)^2; N alike with x-_j.
        kernel->m_ideals.resize(n, 2 * m);
        for (Eigen::Index j = 0; j < n; ++j) {
            const auto col = x.col(j);
            const double lo = col.minCoeff();
            const double hi = col.maxCoeff();
            double scale = hi - lo;
            if (normalization == Normalization::Vector) {
                const double sumSquares = col.squaredNorm();
                scale = sumSquares > 1e-200 ? std::sqrt(sumSquares) : col.stableNorm();
            }
            const double plus = isCost(j) ? lo : hi;
            const double minus = isCost(j) ? hi : lo;
            for (Eigen::Index i = 0; i < m; ++i) {
                const double a = scale > 0.0 ? (x(i, j) - plus) / scale : 0.0;
                const double b = scale > 0.0 ? (x(i, j) - minus) / scale : 0.0;
                kernel->m_ideals(j, i) = a * a;
                kernel->m_ideals(j, m + i) = b * b;
            }
        }
        if (!kernel->m_ideals.allFinite())
            return nullptr; // topsis() reports the problem
        return kernel;
    }

    const Eigen::MatrixXd r = normalize(problem, normalization);
    const bool keepsCost = normalization == Normalization::None
                           || normalization == Normalization::Vector;
    kernel->m_coef.resize(n, m);
    for (Eigen::Index j = 0; j < n; ++j) {
        const double sign = keepsCost && isCost(j) ? -1.0 : 1.0;
        for (Eigen::Index i = 0; i < m; ++i) {
            if (method == Method::Wpm) {
                if (!(r(i, j) > 0.0))
                    return nullptr; // wpm() decides, depending on the weight
                kernel->m_coef(j, i) = sign * std::log(r(i, j));
            } else {
                kernel->m_coef(j, i) = sign * r(i, j);
            }
        }
    }
    if (!kernel->m_coef.allFinite())
        return nullptr;
    return kernel;
}

void FastKernel::scores(const double *w, Eigen::Index count, double *scores, Eigen::Index stride,
                        Scratch &scratch) const
{
    const Eigen::Map<const RowMatrix> weights(w, count, m_n);
    Eigen::Map<Eigen::MatrixXd, 0, Eigen::OuterStride<>> out(scores, count, m_m,
                                                             Eigen::OuterStride<>(stride));
    switch (m_method) {
    case Method::Wsm:
        out.noalias() = weights * m_coef;
        break;
    case Method::Wpm:
        out.noalias() = weights * m_coef;
        out = out.array().exp().matrix();
        break;
    case Method::Topsis: {
        // Weights are >= 0, so the weighted ideal of a column is w_j times its ideal.
        RowMatrix &squares = scratch.squares;
        squares = weights.array().square().matrix();
        Eigen::MatrixXd &distances = scratch.distances; // squared D+ | squared D-
        distances.resize(stride, 2 * m_m);
        distances.bottomRows(stride - count).setZero();
        distances.topRows(count).noalias() = squares * m_ideals;
        using Lane = Eigen::Array<double, SampleLanes, 1>;
        for (Eigen::Index i = 0; i < m_m; ++i) {
            for (Eigen::Index b = 0; b < stride; b += SampleLanes) {
                const Lane dPlus = Eigen::Map<const Lane>(&distances(b, i)).sqrt();
                const Lane dMinus = Eigen::Map<const Lane>(&distances(b, m_m + i)).sqrt();
                const Lane sum = dPlus + dMinus;
                Eigen::Map<Lane>(scores + i * stride + b) = (sum > 0.0).select(dMinus / sum, 0.5);
            }
        }
        break;
    }
    case Method::Vikor:
    case Method::Promethee2:
        break;
    }
}

} // namespace escale::mcda::smaa_detail
