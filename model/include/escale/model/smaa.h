// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/decision_problem.h"
#include "escale/model/methods.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace escale::mcda {

/*
 * SMAA-2 (Lahdelma & Salminen 2001): Monte Carlo sampling of the weights and, optionally, of the
 * criterion values; every sample is ranked with one method of methods.h.
 *
 * Conventions (also stated by describe(const SmaaOptions &)):
 *
 * - Weights. Uniform: uniform on the simplex, i.e. Dirichlet(1, ..., 1), drawn as independent
 *   Exp(1) variates (ziggurat method) divided by their sum; never normalised independent
 *   uniforms, which are not uniform on the simplex. Fixed: the problem's normalised weights in
 *   every sample. Ordinal: a uniform simplex sample sorted in decreasing order and assigned
 *   along `ordinalOrder` (uniform on the region w[o0] >= w[o1] >= ...). Bounded: uniform on
 *   {w : sum w = 1, lo_j <= w_j <= hi_j}: a uniform simplex sample u is mapped to
 *   w = lo + (1 - sum lo) u, which is uniform on the part of the simplex above the lower
 *   bounds, and rejected while some w_j > hi_j. Infeasible bounds (lo < 0, hi < lo,
 *   sum lo > 1, sum min(hi, 1) < 1) and bounds that accept fewer than 1 in 1,000 draws
 *   (SmaaMinAcceptance, estimated from SmaaPilotDraws draws of a seed-derived stream) throw
 *   InputError.
 * - Values. `cells` empty: every value is fixed at problem.values. Otherwise it is
 *   alternatives x criteria and overrides problem.values, each cell drawn independently in
 *   every sample: Fixed a; Uniform on [a, b] (a <= b); Normal(a, b) truncated to a +/- 4 b
 *   (SmaaNormalTruncation) by resampling, not clamping. When every base value of a criterion
 *   (the column of problem.values) is > 0, Normal draws on that criterion are also resampled
 *   until > 0 so that ratio-based normalisations stay defined; their mean must then be > 0.
 *   Uniform cells are used as given. A Uniform cell with a == b or a Normal cell with b == 0 is
 *   fixed at a.
 * - Ranks. Each sample is ranked exactly as competitionRanks() ranks that sample's scores
 *   (1 is best, ties share the best rank). rankAcceptability(i, r - 1) is the share of samples
 *   in which alternative i has rank r, so every row sums to 1; with ties a column may be empty
 *   (22, 22, 21.5 give ranks 1, 1, 3).
 * - Central weights. Mean weight vector over the samples in which the alternative ranks first
 *   (tied first places count for every tied alternative); a zero row when it never does.
 * - Confidence factors. The share of value samples in which the alternative ranks first with
 *   the weights fixed at its central weights: 0 or 1 with fixed values; with uncertain values
 *   estimated from the value matrices of the first min(samples, SmaaConfidenceSamples) samples
 *   of the run (the same seed-derived draws). 0 when the alternative never ranks first.
 * - Pairwise winning index (i, k): share of samples with rank_i < rank_k (strictly), so
 *   P(i beats k) + P(k beats i) = 1 minus the share of ties; diagonal 0.
 * - Determinism. Samples are split into chunks of SmaaChunkSize; chunk c draws its weights from
 *   a xoshiro256** generator seeded through SplitMix64 from (seed, c, weight stream) and its
 *   values from (seed, c, value stream). Chunk tallies are combined in chunk order, so the
 *   result depends on the seed and the options but not on the thread count.
 */

/** Uncertainty of one criterion value. */
struct CellDistribution
{
    enum class Kind { Fixed, Uniform, Normal };
    Kind kind = Kind::Fixed;
    double a = 0.0; ///< Fixed: value; Uniform: min; Normal: mean
    double b = 0.0; ///< Uniform: max; Normal: standard deviation

    bool operator==(const CellDistribution &) const = default;
};

/**
 * A problem whose values may be uncertain; `cells` is empty (all fixed at problem.values) or
 * alternatives x criteria (cells[i][j] for alternative i, criterion j), overriding
 * problem.values. problem.values still gives the shape and decides which criteria are positive
 * (see the conventions above).
 */
struct UncertainProblem
{
    Problem problem;
    std::vector<std::vector<CellDistribution>> cells;
};

/** How the weights are sampled; see the conventions above. */
enum class WeightMode { Uniform, Fixed, Ordinal, Bounded };

/** Options of one SMAA-2 run. */
struct SmaaOptions
{
    MethodSpec method; ///< any method of methods.h
    WeightMode weights = WeightMode::Uniform;
    /** Ordinal: criterion indices from most to least important (w[o0] >= w[o1] >= ...). */
    std::vector<int> ordinalOrder;
    /** Bounded: [lo, hi] per criterion, rejection sampling on the simplex. */
    std::vector<std::pair<double, double>> bounds;
    long long samples = 10000;
    std::uint64_t seed = 1;
    int threads = 0; ///< 0 = std::thread::hardware_concurrency()
};

/** Progress report and cancellation of a run. */
struct SmaaControl
{
    /**
     * Called from the worker threads (or the calling thread), at most about 100 times, with a
     * non-decreasing fraction in [0, 1]; calls are serialised. 1.0 is reported once the run
     * completes without cancellation.
     */
    std::function<void(double fraction)> progress;
    /**
     * Polled before every chunk of SmaaChunkSize samples on the batched WSM/WPM/TOPSIS path
     * (well under a millisecond of work), before every sample on the per-sample path, and
     * every 4096 rejected draws of bounded weights.
     */
    const std::atomic<bool> *cancel = nullptr;
};

/** Result of smaa(); matrices are indexed by alternative in input order. */
struct SmaaResult
{
    Eigen::MatrixXd rankAcceptability; ///< alternatives x ranks (1..m), rows sum to 1
    /** alternatives x criteria; NaN-free: a row is 0 when the alternative never ranks first */
    Eigen::MatrixXd centralWeights;
    Eigen::VectorXd confidenceFactors; ///< P(rank 1 at its central weights), over value samples
    Eigen::MatrixXd pairwiseWinning; ///< (i, k): P(rank_i < rank_k); diagonal 0
    long long samples = 0; ///< samples actually used (fewer when cancelled)
    bool cancelled = false;
    SmaaOptions options;
};

/** Samples per chunk: the unit of seeding, of parallel work and of cancellation. */
inline constexpr long long SmaaChunkSize = 1024;
/** Largest number of value samples behind a confidence factor when values are uncertain. */
inline constexpr long long SmaaConfidenceSamples = 10000;
/** Normal cells are truncated to mean +/- SmaaNormalTruncation standard deviations. */
inline constexpr double SmaaNormalTruncation = 4.0;
/** Bounded weights: draws of the pilot that estimates the acceptance rate. */
inline constexpr long long SmaaPilotDraws = 100000;
/** Bounded weights: smallest acceptance rate accepted (1 in 1,000 draws). */
inline constexpr double SmaaMinAcceptance = 1e-3;

/**
 * Runs SMAA-2. Throws InputError for an invalid problem, method, cell or weight option
 * (before any sampling) and rethrows an InputError raised while ranking a sample (e.g. WPM on
 * a sampled value <= 0). When cancelled, the tallies of the chunks completed so far are
 * returned with `cancelled = true` (all zero if none completed); if the cancellation comes
 * during the confidence pass of uncertain values, the confidence factors are 0.
 */
SmaaResult smaa(const UncertainProblem &problem, const SmaaOptions &options,
                const SmaaControl &control = {});

/**
 * The first `count` weight vectors smaa() draws for `options` (samples x criteria, rows sum to
 * 1), for tests and plots. Same validation as smaa() for the weight options.
 */
Eigen::MatrixXd smaaWeightSamples(const Problem &problem, const SmaaOptions &options,
                                  long long count);

/** One English paragraph: sampling scheme, seed, method, conventions (for reports). */
std::string describe(const SmaaOptions &options);

} // namespace escale::mcda
