// SPDX-License-Identifier: GPL-3.0-or-later
// Internal pieces of the SMAA-2 engine shared by smaa.cpp, smaa_sampling.cpp and smaa_kernel.cpp.
#pragma once

#include "escale/model/smaa.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace escale::mcda::smaa_detail {

/** Independent random streams of one chunk. */
enum class Stream : std::uint64_t { Weights = 0, Values = 1, Pilot = 2 };

/** xoshiro256** (Blackman & Vigna), seeded through SplitMix64 from (seed, chunk, stream). */
class Rng
{
public:
    Rng(std::uint64_t seed, std::uint64_t chunk, Stream stream);

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /** Uniform on [0, 1) with 53 random bits. */
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /** Exp(1) by the ziggurat method (Marsaglia & Tsang 2000, 256 layers). */
    double exponential();
    /** `count` successive exponential() draws. */
    void exponentials(double *out, Eigen::Index count);
    /** Standard normal (Marsaglia's polar method, one value per accepted pair). */
    double normal();

private:
    /** The ziggurat after a draw (layer, x) missed the fast path: wedge test or tail. */
    double exponentialSlow(int layer, double x);
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

/** Draws weight vectors for one WeightMode; built (and validated) once per run. */
class WeightSampler
{
public:
    WeightSampler(const Problem &problem, const SmaaOptions &options);

    Eigen::Index criteria() const { return m_n; }
    /**
     * Fills `count` rows of `w` (row-major, criteria columns) from `rng`. Returns false when
     * `cancel` was raised during a long rejection run.
     */
    bool draw(Rng &rng, double *w, Eigen::Index count, const std::atomic<bool> *cancel) const;

private:
    /** One uniform simplex sample into w[0 .. n). */
    void simplex(Rng &rng, double *w) const;
    /** Divides w[0 .. n) (Exp(1) draws) by its sum. */
    void normalise(double *w) const;

    WeightMode m_mode;
    Eigen::Index m_n = 0;
    std::vector<double> m_fixed; ///< Fixed weights, or Bounded with sum lo = 1
    std::vector<int> m_order; ///< Ordinal
    std::vector<double> m_lo; ///< Bounded: lower bounds
    std::vector<double> m_excess; ///< Bounded: (hi - lo) / (1 - sum lo), the bound on u
    double m_free = 1.0; ///< Bounded: 1 - sum lo
};

/** Draws value matrices from the cells; built (and validated) once per run. */
class ValueSampler
{
public:
    explicit ValueSampler(const UncertainProblem &problem);

    /** True when every cell is fixed: values() is then the only value matrix. */
    bool fixed() const { return m_random.empty(); }
    /** Fixed values, or the fixed cells and the centres (midpoint, mean) of the random ones. */
    const Eigen::MatrixXd &values() const { return m_values; }
    /** Overwrites the random cells of `x` (which starts as values()) with one draw each. */
    void draw(Rng &rng, Eigen::MatrixXd &x) const;

private:
    struct RandomCell
    {
        Eigen::Index i = 0, j = 0;
        CellDistribution cell;
        bool positive = false; ///< Normal: also resample until > 0
    };
    Eigen::MatrixXd m_values;
    std::vector<RandomCell> m_random; ///< row-major order
};

/** competitionRanks() on raw score arrays, without allocation per call. */
class Ranker
{
public:
    explicit Ranker(Eigen::Index alternatives);
    /** Writes ranks[0 .. m); throws InputError on NaN like competitionRanks(). */
    void rank(const double *scores, int *ranks);
    /**
     * The same for `count` samples stored alternative-major: alternative i's scores at
     * scores + i * stride, ranks likewise, with `stride` = paddedCount(count); the padding
     * entries of `ranks` are set to 0. Samples whose scores are all finite and pairwise further
     * apart than the tie tolerance get rank = 1 + the number of larger scores, from loops that
     * run across samples; the others go through rank().
     */
    void rankBlock(const double *scores, Eigen::Index stride, Eigen::Index count, int *ranks);

private:
    Eigen::Index m_m;
    std::vector<int> m_order;
    std::vector<double> m_larger; ///< rankBlock: number of larger scores, alternative-major
    std::vector<double> m_suspect; ///< rankBlock: > 0 when a sample needs rank()
    std::vector<double> m_scale; ///< rankBlock: TieTolerance * (1 + max |score|)
    std::vector<double> m_one; ///< rankBlock: one sample's scores
    std::vector<int> m_oneRanks;
};

/**
 * Loops across samples run over blocks of this many samples: GCC at -O2 only vectorises loops
 * whose trip count is a known multiple of the vector width.
 */
inline constexpr Eigen::Index SampleLanes = 16;
/** `count` rounded up to a multiple of SampleLanes. */
inline Eigen::Index paddedCount(Eigen::Index count)
{
    return (count + SampleLanes - 1) / SampleLanes * SampleLanes;
}

/** Counts and sums of a set of samples; a chunk's, or the run's once folded. */
struct Tally
{
    long long samples = 0;
    std::vector<long long> rankCounts; ///< (i, r - 1) at i * m + r - 1
    std::vector<long long> wins; ///< (i, k) at i * m + k: rank_i < rank_k
    std::vector<double> weightSums; ///< (i, j) at i * n + j, over samples where i is first
    std::vector<long long> firstHits; ///< confidence pass: i first at its central weights

    Tally() = default;
    Tally(Eigen::Index m, Eigen::Index n);
    /** Element-wise sum; the caller fixes the order (chunk order) for the double sums. */
    void add(const Tally &other);
};

/** Adds one sample: ranks[0 .. m) and its weights w[0 .. n). */
void tallySample(Tally &t, Eigen::Index m, Eigen::Index n, const int *ranks, const double *w);
/**
 * Adds `count` samples: ranks as Ranker::rankBlock() writes them (stride paddedCount(count),
 * padding 0), weights row-major. Same result as tallySample() on each sample in turn.
 */
void tallyBlock(Tally &t, Eigen::Index m, Eigen::Index n, const int *ranks, Eigen::Index count,
                const double *w);

/**
 * Batched scores for WSM, WPM and TOPSIS with fixed values: the normalised matrix does not
 * depend on the weights, so a block of weight samples is scored by matrix products.
 */
class FastKernel
{
public:
    /** Null when `spec` has no fast path for `problem` (then rank() is called per sample). */
    static std::unique_ptr<FastKernel> make(const Problem &problem, const MethodSpec &spec);

    using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    /** Buffers reused from chunk to chunk by one thread. */
    struct Scratch
    {
        RowMatrix squares;
        Eigen::MatrixXd distances;
    };

    /**
     * Scores alternative-major (alternative i's at scores + i * stride) for the weights w
     * (count x n, row-major); stride = paddedCount(count), and the padding may be written.
     */
    void scores(const double *w, Eigen::Index count, double *scores, Eigen::Index stride,
                Scratch &scratch) const;

private:
    Method m_method = Method::Wsm;
    Eigen::Index m_m = 0, m_n = 0;
    Eigen::MatrixXd m_coef; ///< WSM: s_j r_ij; WPM: s_j ln r_ij (criteria x alternatives)
    Eigen::MatrixXd m_ideals; ///< TOPSIS: [P | N], P_ji = ((x_ij - PIS_j)/scale_j)^2, N alike
};

} // namespace escale::mcda::smaa_detail
