// SPDX-License-Identifier: GPL-3.0-or-later
// SMAA-2 sampling: the random generator, weight vectors and criterion values.
#include "smaa_internal.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

namespace escale::mcda::smaa_detail {

namespace {

/** SplitMix64 output function (Steele, Lea & Flood 2014). */
std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t Golden = 0x9e3779b97f4a7c15ULL;

/** Ziggurat tables for Exp(1): 256 layers of equal area V, x decreasing from x[1] = R. */
struct ExpZiggurat
{
    static constexpr double R = 7.69711747013104972;
    static constexpr double V = 0.0039496598225815571993;
    double x[257];
    double f[257]; ///< exp(-x)

    ExpZiggurat()
    {
        x[0] = V / std::exp(-R); // base layer: rectangle [0, R] x [0, f(R)] plus the tail
        x[1] = R;
        for (int i = 1; i < 256; ++i)
            x[i + 1] = -std::log(V / x[i] + std::exp(-x[i]));
        x[256] = 0.0; // the recurrence ends within 1e-14 of 0
        for (int i = 0; i <= 256; ++i)
            f[i] = std::exp(-x[i]);
    }
};

const ExpZiggurat &expZiggurat()
{
    static const ExpZiggurat tables;
    return tables;
}

std::string cellField(std::size_t i, std::size_t j)
{
    return "cells[" + std::to_string(i) + "][" + std::to_string(j) + "]";
}

} // namespace

Rng::Rng(std::uint64_t seed, std::uint64_t chunk, Stream stream)
{
    // Each (seed, chunk, stream) gives an unrelated SplitMix64 start; its next four outputs
    // are the xoshiro256** state.
    std::uint64_t state = mix64(seed + Golden)
                          ^ mix64((chunk * 4 + static_cast<std::uint64_t>(stream)) * Golden
                                  + 0x632be59bd9b4e019ULL);
    for (std::uint64_t &word : m_s) {
        state += Golden;
        word = mix64(state);
    }
}

double Rng::exponential()
{
    double x = 0.0;
    exponentials(&x, 1);
    return x;
}

void Rng::exponentials(double *out, Eigen::Index count)
{
    const ExpZiggurat &z = expZiggurat();
    for (Eigen::Index k = 0; k < count; ++k) {
        // The layer comes from the low 8 bits, the abscissa from the high 53.
        const std::uint64_t bits = next();
        const auto layer = static_cast<int>(bits & 0xff);
        const double x = static_cast<double>(bits >> 11) * 0x1.0p-53 * z.x[layer];
        // Below x[layer + 1] the point lies under the curve whatever its height (about 98.9%).
        out[k] = x < z.x[layer + 1] ? x : exponentialSlow(layer, x);
    }
}

double Rng::exponentialSlow(int layer, double x)
{
    const ExpZiggurat &z = expZiggurat();
    for (;;) {
        if (layer == 0)
            return ExpZiggurat::R - std::log1p(-uniform()); // tail: R + Exp(1)
        if (z.f[layer + 1] + (z.f[layer] - z.f[layer + 1]) * uniform() < std::exp(-x))
            return x; // under the curve in the wedge
        const std::uint64_t bits = next();
        layer = static_cast<int>(bits & 0xff);
        x = static_cast<double>(bits >> 11) * 0x1.0p-53 * z.x[layer];
        if (x < z.x[layer + 1])
            return x;
    }
}

double Rng::normal()
{
    for (;;) {
        const double u = 2.0 * uniform() - 1.0;
        const double v = 2.0 * uniform() - 1.0;
        const double s = u * u + v * v;
        if (s > 0.0 && s < 1.0)
            return u * std::sqrt(-2.0 * std::log(s) / s);
    }
}

WeightSampler::WeightSampler(const Problem &problem, const SmaaOptions &options)
    : m_mode(options.weights)
    , m_n(static_cast<Eigen::Index>(problem.criteria.size()))
{
    if (m_n < 1)
        throw InputError("criteria", "at least one criterion is needed");
    const auto n = static_cast<std::size_t>(m_n);
    switch (m_mode) {
    case WeightMode::Uniform:
        break;
    case WeightMode::Fixed: {
        const Eigen::VectorXd w = problem.normalizedWeights();
        m_fixed.assign(w.data(), w.data() + w.size());
        break;
    }
    case WeightMode::Ordinal: {
        if (options.ordinalOrder.size() != n)
            throw InputError("ordinalOrder", "must list each of the " + std::to_string(n)
                                                 + " criteria once, most important first");
        std::vector<bool> seen(n, false);
        for (int c : options.ordinalOrder) {
            if (c < 0 || static_cast<std::size_t>(c) >= n || seen[static_cast<std::size_t>(c)])
                throw InputError("ordinalOrder", "must be a permutation of the criterion"
                                                 " indices 0.."
                                                     + std::to_string(n - 1));
            seen[static_cast<std::size_t>(c)] = true;
        }
        m_order = options.ordinalOrder;
        break;
    }
    case WeightMode::Bounded: {
        if (options.bounds.size() != n)
            throw InputError("bounds", "one [lo, hi] pair is needed per criterion ("
                                           + std::to_string(n) + ")");
        double lowSum = 0.0;
        double highSum = 0.0;
        std::vector<double> hi(n);
        for (std::size_t j = 0; j < n; ++j) {
            const auto [lo, high] = options.bounds[j];
            const std::string field = "bounds[" + std::to_string(j) + "]";
            if (!std::isfinite(lo) || std::isnan(high) || lo < 0.0 || high < lo)
                throw InputError(field, "needs finite 0 <= lo <= hi");
            m_lo.push_back(lo);
            hi[j] = std::min(high, 1.0);
            lowSum += lo;
            highSum += hi[j];
        }
        if (lowSum > 1.0 + 1e-12)
            throw InputError("bounds", "the lower bounds sum to more than 1, no weight vector"
                                       " fits them");
        if (highSum < 1.0 - 1e-12)
            throw InputError("bounds", "the upper bounds sum to less than 1, no weight vector"
                                       " fits them");
        m_free = 1.0 - lowSum;
        if (m_free <= 1e-12) {
            for (double lo : m_lo)
                m_fixed.push_back(lo / lowSum); // the only feasible vector
            break;
        }
        for (std::size_t j = 0; j < n; ++j)
            m_excess.push_back((hi[j] - m_lo[j]) / m_free);
        // Estimate the acceptance rate on a pilot stream before committing to the run.
        Rng rng(options.seed, 0, Stream::Pilot);
        std::vector<double> u(n);
        long long accepted = 0;
        for (long long k = 0; k < SmaaPilotDraws; ++k) {
            simplex(rng, u.data());
            bool inside = true;
            for (std::size_t j = 0; j < n; ++j)
                inside = inside && u[j] <= m_excess[j];
            accepted += inside ? 1 : 0;
        }
        const double rate = static_cast<double>(accepted) / static_cast<double>(SmaaPilotDraws);
        if (rate < SmaaMinAcceptance)
            throw InputError("bounds", "the bounds keep too small a part of the weight simplex"
                                       " for rejection sampling ("
                                           + std::to_string(accepted) + " of "
                                           + std::to_string(SmaaPilotDraws)
                                           + " pilot draws accepted); widen them");
        break;
    }
    }
}

void WeightSampler::simplex(Rng &rng, double *w) const
{
    rng.exponentials(w, m_n);
    normalise(w);
}

void WeightSampler::normalise(double *w) const
{
    double sum = 0.0;
    for (Eigen::Index j = 0; j < m_n; ++j)
        sum += w[j];
    // The sum of n >= 1 Exp(1) draws is 0 with probability 0, but guard the division.
    if (!(sum > 0.0)) {
        std::fill(w, w + m_n, 1.0 / static_cast<double>(m_n));
        return;
    }
    const double inverse = 1.0 / sum;
    for (Eigen::Index j = 0; j < m_n; ++j)
        w[j] *= inverse;
}

bool WeightSampler::draw(Rng &rng, double *w, Eigen::Index count,
                         const std::atomic<bool> *cancel) const
{
    const auto n = static_cast<std::size_t>(m_n);
    if (!m_fixed.empty()) {
        for (Eigen::Index k = 0; k < count; ++k)
            std::copy(m_fixed.begin(), m_fixed.end(), w + k * m_n);
        return true;
    }
    switch (m_mode) {
    case WeightMode::Uniform:
    case WeightMode::Fixed:
        // The same draws as simplex() row after row, in one pass.
        rng.exponentials(w, count * m_n);
        for (Eigen::Index k = 0; k < count; ++k)
            normalise(w + k * m_n);
        return true;
    case WeightMode::Ordinal: {
        std::vector<double> sorted(n);
        for (Eigen::Index k = 0; k < count; ++k) {
            simplex(rng, sorted.data());
            std::sort(sorted.begin(), sorted.end(), std::greater<>());
            double *row = w + k * m_n;
            for (std::size_t r = 0; r < n; ++r)
                row[m_order[r]] = sorted[r];
        }
        return true;
    }
    case WeightMode::Bounded: {
        std::vector<double> u(n);
        long long attempts = 0;
        for (Eigen::Index k = 0; k < count; ++k) {
            for (;;) {
                if (++attempts % 4096 == 0 && cancel != nullptr
                    && cancel->load(std::memory_order_relaxed))
                    return false;
                simplex(rng, u.data());
                bool inside = true;
                for (std::size_t j = 0; j < n; ++j)
                    inside = inside && u[j] <= m_excess[j];
                if (inside)
                    break;
            }
            double *row = w + k * m_n;
            for (std::size_t j = 0; j < n; ++j)
                row[j] = m_lo[j] + m_free * u[j];
        }
        return true;
    }
    }
    return true;
}

ValueSampler::ValueSampler(const UncertainProblem &problem)
    : m_values(problem.problem.values)
{
    const Eigen::Index m = m_values.rows();
    const Eigen::Index n = m_values.cols();
    if (problem.cells.empty())
        return;
    if (problem.cells.size() != static_cast<std::size_t>(m))
        throw InputError("cells",
                         "one row of cells is needed per alternative (" + std::to_string(m) + ")");
    for (Eigen::Index j = 0; j < n; ++j) {
        const bool positive = (m_values.col(j).array() > 0.0).all();
        for (Eigen::Index i = 0; i < m; ++i) {
            const auto si = static_cast<std::size_t>(i);
            const auto sj = static_cast<std::size_t>(j);
            if (problem.cells[si].size() != static_cast<std::size_t>(n))
                throw InputError("cells[" + std::to_string(si) + "]",
                                 "one cell is needed per criterion (" + std::to_string(n) + ")");
            const CellDistribution &c = problem.cells[si][sj];
            if (!std::isfinite(c.a)
                || (c.kind != CellDistribution::Kind::Fixed && !std::isfinite(c.b)))
                throw InputError(cellField(si, sj), "distribution parameters must be finite");
            m_values(i, j) = c.a;
            switch (c.kind) {
            case CellDistribution::Kind::Fixed:
                break;
            case CellDistribution::Kind::Uniform:
                if (c.b < c.a)
                    throw InputError(cellField(si, sj), "a uniform cell needs min <= max");
                if (c.b > c.a) {
                    m_values(i, j) = 0.5 * c.a + 0.5 * c.b;
                    m_random.push_back({i, j, c, false});
                }
                break;
            case CellDistribution::Kind::Normal:
                if (c.b < 0.0)
                    throw InputError(cellField(si, sj), "a standard deviation must be >= 0");
                if (positive && !(c.a > 0.0))
                    throw InputError(cellField(si, sj),
                                     "the criterion's values are all positive, so normal draws"
                                     " are kept positive and need a mean > 0");
                if (c.b > 0.0)
                    m_random.push_back({i, j, c, positive});
                break;
            }
        }
    }
    // Row-major order of the draws.
    std::stable_sort(m_random.begin(), m_random.end(),
                     [](const RandomCell &l, const RandomCell &r) { return l.i < r.i; });
}

void ValueSampler::draw(Rng &rng, Eigen::MatrixXd &x) const
{
    for (const RandomCell &r : m_random) {
        double value = r.cell.a;
        if (r.cell.kind == CellDistribution::Kind::Uniform) {
            value = r.cell.a + (r.cell.b - r.cell.a) * rng.uniform();
        } else {
            for (;;) {
                const double z = rng.normal();
                value = r.cell.a + r.cell.b * z;
                if (std::abs(z) <= SmaaNormalTruncation && (!r.positive || value > 0.0))
                    break;
            }
        }
        x(r.i, r.j) = value;
    }
}

} // namespace escale::mcda::smaa_detail
