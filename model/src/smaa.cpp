// SPDX-License-Identifier: GPL-3.0-or-later
// SMAA-2 driver: validation, chunked parallel sampling, ordered folding, confidence factors.
#include "smaa_internal.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace escale::mcda {

using namespace smaa_detail;

namespace {

/** Everything a chunk needs; shared read-only by the workers. */
struct Context
{
    const WeightSampler &weights;
    const ValueSampler &values;
    const FastKernel *kernel = nullptr; ///< null: rank() per sample
    const Problem &base; ///< fixed values (or centres), for rank()
    MethodSpec method;
    Eigen::Index m = 0;
    Eigen::Index n = 0;
    std::uint64_t seed = 1;
    const std::atomic<bool> *cancel = nullptr;
    std::atomic<bool> failed{false}; ///< a worker threw: the others stop too

    bool stopping() const
    {
        return failed.load(std::memory_order_relaxed)
               || (cancel != nullptr && cancel->load(std::memory_order_relaxed));
    }
};

/** Buffers of one worker thread, reused from chunk to chunk (no page faults per chunk). */
struct Workspace
{
    explicit Workspace(const Context &run)
        : ranker(run.m)
        , ranks(static_cast<std::size_t>(run.m))
        , problem(run.base)
    {}
    Ranker ranker;
    std::vector<int> ranks; ///< alternative-major, see Ranker::rankBlock()
    std::vector<double> weights;
    std::vector<double> scores;
    FastKernel::Scratch scratch;
    Problem problem; ///< generic path: the sample's weights and values
};

void setWeights(Problem &p, const double *w)
{
    for (std::size_t j = 0; j < p.criteria.size(); ++j)
        p.criteria[j].weight = w[j];
}

/** Main pass over samples [chunk * SmaaChunkSize, + count). False when stopped. */
bool mainChunk(const Context &run, long long chunk, long long count, Tally &t, Workspace &ws)
{
    const Eigen::Index m = run.m, n = run.n;
    const auto rows = static_cast<Eigen::Index>(count);
    Rng weightRng(run.seed, static_cast<std::uint64_t>(chunk), Stream::Weights);
    ws.weights.resize(static_cast<std::size_t>(rows * n));
    const double *w = ws.weights.data();
    if (!run.weights.draw(weightRng, ws.weights.data(), rows, run.cancel) || run.stopping())
        return false;
    if (run.kernel != nullptr) {
        const Eigen::Index stride = paddedCount(rows);
        ws.scores.resize(static_cast<std::size_t>(stride * m));
        ws.ranks.resize(static_cast<std::size_t>(stride * m));
        run.kernel->scores(w, rows, ws.scores.data(), stride, ws.scratch);
        ws.ranker.rankBlock(ws.scores.data(), stride, rows, ws.ranks.data());
        tallyBlock(t, m, n, ws.ranks.data(), rows, w);
    } else {
        Rng valueRng(run.seed, static_cast<std::uint64_t>(chunk), Stream::Values);
        Problem &p = ws.problem;
        for (Eigen::Index b = 0; b < rows; ++b) {
            if (run.stopping())
                return false;
            setWeights(p, w + b * n);
            if (!run.values.fixed())
                run.values.draw(valueRng, p.values);
            const Ranking r = rank(p, run.method);
            tallySample(t, m, n, r.ranks.data(), w + b * n);
        }
    }
    t.samples = count;
    return true;
}

/**
 * Confidence pass over the value samples of chunk `chunk` (the same value stream as the main
 * pass): counts, for each alternative in `active`, the samples where it ranks first at its
 * central weights.
 */
bool confidenceChunk(const Context &run, const Eigen::MatrixXd &central,
                     const std::vector<Eigen::Index> &active, long long chunk, long long count,
                     Tally &t, Workspace &ws)
{
    Rng valueRng(run.seed, static_cast<std::uint64_t>(chunk), Stream::Values);
    Problem &p = ws.problem;
    for (long long b = 0; b < count; ++b) {
        if (run.stopping())
            return false;
        run.values.draw(valueRng, p.values);
        for (Eigen::Index i : active) {
            const Eigen::VectorXd w = central.row(i).transpose();
            setWeights(p, w.data());
            if (rank(p, run.method).ranks[static_cast<std::size_t>(i)] == 1)
                ++t.firstHits[static_cast<std::size_t>(i)];
        }
    }
    t.samples = count;
    return true;
}

/** Serialised progress reports, at most one per percent plus the final 1.0. */
class Progress
{
public:
    Progress(const std::function<void(double)> &callback, double total)
        : m_callback(callback)
        , m_total(total)
    {}
    void add(double units)
    {
        m_done += units;
        const double fraction = std::min(1.0, m_done / m_total);
        const auto step = static_cast<int>(std::floor(100.0 * fraction));
        if (m_callback && step > m_step) {
            m_step = step;
            m_callback(fraction);
        }
    }
    void finish()
    {
        if (m_callback && m_step < 100) {
            m_step = 100;
            m_callback(1.0);
        }
    }

private:
    const std::function<void(double)> &m_callback;
    double m_total;
    double m_done = 0.0;
    int m_step = -1;
};

/**
 * Runs work(chunk, count, tally) over ceil(samples / SmaaChunkSize) chunks on `threads`
 * threads and folds the tallies into `total` in chunk order, whatever thread computed them.
 * `folded` is called (serialised) after each fold. Returns false when some chunk did not
 * complete (cancellation); rethrows the first exception of a worker.
 */
bool runChunks(Context &run, long long samples, int threads, Tally &total,
               const std::function<bool(long long, long long, Tally &, Workspace &)> &work,
               const std::function<void(const Tally &)> &folded)
{
    const long long chunks = (samples + SmaaChunkSize - 1) / SmaaChunkSize;
    std::mutex mutex;
    std::map<long long, Tally> pending; // completed, waiting for an earlier chunk
    long long nextFold = 0;
    long long foldedChunks = 0;
    std::atomic<long long> nextChunk{0};
    std::exception_ptr error;

    auto foldReady = [&](bool all) {
        while (!pending.empty() && (all || pending.begin()->first == nextFold)) {
            total.add(pending.begin()->second);
            folded(pending.begin()->second);
            pending.erase(pending.begin());
            ++nextFold;
            ++foldedChunks;
        }
    };
    auto worker = [&] {
        try {
            Workspace workspace(run);
            for (;;) {
                const long long chunk = nextChunk.fetch_add(1);
                if (chunk >= chunks || run.stopping())
                    return;
                const long long count = std::min(SmaaChunkSize, samples - chunk * SmaaChunkSize);
                Tally t(run.m, run.n);
                if (!work(chunk, count, t, workspace))
                    return;
                const std::lock_guard lock(mutex);
                pending.emplace(chunk, std::move(t));
                foldReady(false);
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            if (!error)
                error = std::current_exception();
            run.failed = true;
        }
    };

    const auto workers = static_cast<int>(std::min<long long>(std::max(threads, 1), chunks));
    if (workers <= 1) {
        worker();
    } else {
        std::vector<std::thread> pool;
        for (int k = 0; k < workers; ++k)
            pool.emplace_back(worker);
        for (std::thread &thread : pool)
            thread.join();
    }
    if (error)
        std::rethrow_exception(error);
    foldReady(true); // after a cancellation: the remaining whole chunks, in chunk order
    return foldedChunks == chunks;
}

int threadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

} // namespace

SmaaResult smaa(const UncertainProblem &problem, const SmaaOptions &options,
                const SmaaControl &control)
{
    if (options.samples < 1)
        throw InputError("samples", "at least one sample is needed");
    if (options.threads < 0)
        throw InputError("threads", "must be >= 0 (0 uses every core)");
    // Shape and values; sampled weights replace the problem's unless they are Fixed.
    Problem base = problem.problem;
    if (options.weights != WeightMode::Fixed) {
        for (CriterionSpec &c : base.criteria)
            c.weight = 1.0;
    }
    base.validate();
    const ValueSampler values(problem);
    const WeightSampler weights(problem.problem, options);
    base.values = values.values();
    (void)rank(base, options.method); // method options, and values the method cannot use
    const std::unique_ptr<FastKernel> kernel = values.fixed()
                                                   ? FastKernel::make(base, options.method)
                                                   : nullptr;

    const Eigen::Index m = base.alternativeCount();
    const Eigen::Index n = base.criterionCount();
    Context run{weights, values, kernel.get(), base,          options.method,
                m,       n,      options.seed, control.cancel};
    const int threads = threadCount(options.threads);
    const long long confidenceSamples = std::min(options.samples, SmaaConfidenceSamples);
    const double confidenceUnits = values.fixed() ? 0.0
                                                  : static_cast<double>(confidenceSamples * m);
    Progress progress(control.progress, static_cast<double>(options.samples) + confidenceUnits);

    Tally total(m, n);
    bool complete = runChunks(
        run, options.samples, threads, total,
        [&run](long long chunk, long long count, Tally &t, Workspace &ws) {
            return mainChunk(run, chunk, count, t, ws);
        },
        [&progress](const Tally &t) { progress.add(static_cast<double>(t.samples)); });

    SmaaResult result;
    result.options = options;
    result.samples = total.samples;
    result.rankAcceptability = Eigen::MatrixXd::Zero(m, m);
    result.pairwiseWinning = Eigen::MatrixXd::Zero(m, m);
    result.centralWeights = Eigen::MatrixXd::Zero(m, n);
    result.confidenceFactors = Eigen::VectorXd::Zero(m);
    const double used = static_cast<double>(std::max(total.samples, 1LL));
    std::vector<Eigen::Index> active; // alternatives that rank first at least once
    for (Eigen::Index i = 0; i < m; ++i) {
        for (Eigen::Index k = 0; k < m; ++k) {
            const auto at = static_cast<std::size_t>(i * m + k);
            result.rankAcceptability(i, k) = static_cast<double>(total.rankCounts[at]) / used;
            result.pairwiseWinning(i, k) = static_cast<double>(total.wins[at]) / used;
        }
        const long long first = total.rankCounts[static_cast<std::size_t>(i * m)];
        if (first == 0)
            continue;
        active.push_back(i);
        for (Eigen::Index j = 0; j < n; ++j)
            result.centralWeights(i, j) = total.weightSums[static_cast<std::size_t>(i * n + j)]
                                          / static_cast<double>(first);
    }

    if (values.fixed()) {
        Problem p = base;
        for (Eigen::Index i : active) {
            const Eigen::VectorXd w = result.centralWeights.row(i).transpose();
            setWeights(p, w.data());
            const bool first = rank(p, options.method).ranks[static_cast<std::size_t>(i)] == 1;
            result.confidenceFactors[i] = first ? 1.0 : 0.0;
        }
    } else if (complete) {
        Tally hits(m, n);
        const Eigen::MatrixXd &central = result.centralWeights;
        const double perSample = static_cast<double>(active.size());
        complete = runChunks(
            run, confidenceSamples, threads, hits,
            [&run, &central, &active](long long chunk, long long count, Tally &t, Workspace &ws) {
                return confidenceChunk(run, central, active, chunk, count, t, ws);
            },
            [&progress, perSample](const Tally &t) {
                progress.add(static_cast<double>(t.samples) * perSample);
            });
        if (complete) {
            for (Eigen::Index i : active)
                result.confidenceFactors[i] = static_cast<double>(
                                                  hits.firstHits[static_cast<std::size_t>(i)])
                                              / static_cast<double>(confidenceSamples);
        }
    }
    result.cancelled = !complete;
    if (complete)
        progress.finish();
    return result;
}

Eigen::MatrixXd smaaWeightSamples(const Problem &problem, const SmaaOptions &options,
                                  long long count)
{
    if (count < 0)
        throw InputError("count", "must be >= 0");
    const WeightSampler weights(problem, options);
    const Eigen::Index n = weights.criteria();
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> w(count, n);
    for (long long chunk = 0; chunk * SmaaChunkSize < count; ++chunk) {
        Rng rng(options.seed, static_cast<std::uint64_t>(chunk), Stream::Weights);
        const long long rows = std::min(SmaaChunkSize, count - chunk * SmaaChunkSize);
        weights.draw(rng, w.data() + chunk * SmaaChunkSize * n, static_cast<Eigen::Index>(rows),
                     nullptr);
    }
    return w;
}

} // namespace escale::mcda
