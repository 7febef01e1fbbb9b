// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang A (M/M/N+M): exact stationary metrics and service level of the birth-death chain.
#include "escale/model/erlang.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace escale {

namespace {

/** Relative mass below which the tails of the stationary distribution are dropped. */
constexpr double TailTolerance = 1e-16;
/** Largest mode of the chain accepted (contacts in the system). */
constexpr double MaxModeState = 1e8;

void checkArguments(double traffic, double ahtSeconds, double patienceSeconds)
{
    if (!std::isfinite(traffic) || traffic < 0.0)
        throw InputError("traffic", "must be a finite number >= 0");
    if (traffic > MaxTrafficErlangs)
        throw InputError("traffic", "must not exceed 10,000,000 Erlangs");
    if (!std::isfinite(ahtSeconds) || ahtSeconds <= 0.0)
        throw InputError("aht_s", "must be greater than 0");
    if (!std::isfinite(patienceSeconds) || patienceSeconds <= 0.0)
        throw InputError("patience_s", "must be greater than 0");
}

void checkAnswer(double answerSeconds)
{
    if (!std::isfinite(answerSeconds) || answerSeconds < 0.0)
        throw InputError("answer_s", "must be a finite number >= 0");
}

/** The chain in units of the service rate mu: arrival rate A, abandonment rate eta = theta/mu. */
struct Chain
{
    double traffic;
    double eta;
    double servers;

    double death(double n) const { return n <= servers ? n : servers + (n - servers) * eta; }
};

/**
 * Unnormalised stationary weights w[i] of states lo + i, scaled to 1 at the mode (so none
 * overflows), truncated on both sides once the bound on the remaining tail drops below
 * TailTolerance times the mass so far. Ratios w(n+1)/w(n) = A / d(n+1) fall as n grows, so
 * beyond the mode each tail is bounded by a geometric series.
 */
struct Weights
{
    double lo = 0.0;
    std::vector<double> w;
    double total = 0.0;
};

Weights stationaryWeights(const Chain &c)
{
    double mode = 0.0; // largest n with d(n) <= A
    if (c.servers <= c.traffic)
        mode = c.servers + std::floor((c.traffic - c.servers) / c.eta);
    else
        mode = std::floor(c.traffic);
    if (mode > MaxModeState)
        throw InputError("patience_s", "too large for this load: the queue would not fit");

    std::vector<double> down;
    double sum = 1.0;
    double w = 1.0;
    double n = mode;
    while (n > 0.0) {
        const double rho = c.death(n) / c.traffic; // w(n-1) = w(n) rho, rho <= 1
        if (rho < 1.0 && w * rho < TailTolerance * sum * (1.0 - rho))
            break;
        w *= rho;
        down.push_back(w);
        sum += w;
        n -= 1.0;
    }
    Weights out;
    out.lo = n;
    out.w.assign(down.rbegin(), down.rend());
    out.w.push_back(1.0);

    w = 1.0;
    n = mode;
    for (;;) {
        const double rho = c.traffic / c.death(n + 1.0); // < 1 above the mode
        const double next = w * rho;
        if (next < TailTolerance * sum * (1.0 - rho))
            break;
        w = next;
        out.w.push_back(w);
        sum += w;
        n += 1.0;
    }
    out.total = sum;
    return out;
}

/**
 * Probability that a caller finding k others queued is answered within T:
 * g(k) Q(k), g(k) = N / (N + (k + 1) eta), Q(k) = 1 - I_x(a, k + 1) with a = N / eta + 1 and
 * x = exp(-theta T). For integer k, I_x(a, k + 1) = sum_{j<=k} Gamma(a + j) / (Gamma(a) j!)
 * x^a (1 - x)^j is the cdf of a negative binomial J, so Q(k) = P(J > k). Its weights are built
 * outwards from the mode of J (where the weight is set to 1), truncated like the chain, and
 * normalised by their sum; Q comes from suffix sums, so neither x^a (below 1e-300 for large N)
 * nor 1 - F loses precision.
 */
class AnswerTable
{
public:
    AnswerTable(const Chain &c, double thetaT, double maxQueued)
        : m_servers(c.servers)
        , m_eta(c.eta)
    {
        if (thetaT == 0.0 || maxQueued < 0.0) {
            m_allZero = true; // answered within T = 0 only when an agent is free
            return;
        }
        if (thetaT > 700.0)
            return; // x underflows: J is astronomically large, Q = 1 for every state
        const double a = c.servers / c.eta + 1.0;
        const double oneMinusX = -std::expm1(-thetaT);
        const double x = std::exp(-thetaT);
        const double mode = std::floor((a - 1.0) * oneMinusX / x);
        const double spread = std::sqrt(a * oneMinusX) / x;
        if (mode > maxQueued + 40.0 * spread + 100.0)
            return; // P(J <= maxQueued) < 1e-17: Q = 1 for every retained state

        std::vector<double> down; // weights at mode - 1, mode - 2, ...
        double sum = 1.0;
        double w = 1.0;
        double j = mode;
        while (j > 0.0) {
            const double r = j / ((a + j - 1.0) * oneMinusX); // w(j - 1) / w(j) <= 1
            if (r < 1.0 && w * r < TailTolerance * sum * (1.0 - r))
                break;
            w *= r;
            down.push_back(w);
            sum += w;
            j -= 1.0;
        }
        m_lo = j;
        std::vector<double> weights(down.rbegin(), down.rend());
        weights.push_back(1.0);
        w = 1.0;
        j = mode;
        for (;;) {
            const double r = (a + j) * oneMinusX / (j + 1.0); // w(j + 1) / w(j), < 1 here
            const double next = w * r;
            if (r < 1.0 && next < TailTolerance * sum * (1.0 - r))
                break;
            w = next;
            weights.push_back(w);
            sum += w;
            j += 1.0;
        }
        // m_survival[i] = P(J > m_lo + i) = sum of the weights above, / sum.
        m_survival.assign(weights.size(), 0.0);
        double above = 0.0;
        for (std::size_t i = weights.size(); i-- > 0;) {
            m_survival[i] = above / sum;
            above += weights[i];
        }
    }

    double operator()(double k) const
    {
        if (m_allZero)
            return 0.0;
        double q = 1.0;
        if (!m_survival.empty() && k >= m_lo) {
            const double i = k - m_lo;
            q = i < static_cast<double>(m_survival.size()) ? m_survival[static_cast<std::size_t>(i)]
                                                           : 0.0;
        }
        return q * m_servers / (m_servers + (k + 1.0) * m_eta);
    }

private:
    double m_servers;
    double m_eta;
    bool m_allZero = false;
    double m_lo = 0.0;
    std::vector<double> m_survival; ///< empty: Q = 1 everywhere
};

QueueResult evaluate(double traffic, double ahtSeconds, double patienceSeconds, int agents,
                     double answerSeconds)
{
    QueueResult r;
    r.trafficErlangs = traffic;
    r.agents = agents;
    if (traffic == 0.0)
        return r;

    const Chain chain{traffic, ahtSeconds / patienceSeconds, static_cast<double>(agents)};
    const Weights weights = stationaryWeights(chain);
    const double invTotal = 1.0 / weights.total;

    double below = 0.0; // P(n < N)
    double queue = 0.0; // E[Q]
    double answered = 0.0; // delayed arrivals answered within T
    const double maxQueued = weights.lo + static_cast<double>(weights.w.size()) - 1.0
                             - chain.servers;
    const AnswerTable within(chain, answerSeconds / patienceSeconds, maxQueued);
    for (std::size_t i = 0; i < weights.w.size(); ++i) {
        const double state = weights.lo + static_cast<double>(i);
        const double p = weights.w[i] * invTotal;
        if (state < chain.servers) {
            below += p;
            continue;
        }
        queue += (state - chain.servers) * p;
        answered += p * within(state - chain.servers);
    }
    r.waitProbability = std::max(0.0, 1.0 - below);
    r.abandonProbability = std::min(1.0, chain.eta * queue / traffic);
    r.asaSeconds = queue * ahtSeconds / traffic;
    r.occupancy = agents == 0
                      ? 0.0
                      : std::min(1.0, traffic * (1.0 - r.abandonProbability) / chain.servers);
    r.serviceLevel = std::min(1.0, below + answered);
    return r;
}

} // namespace

QueueResult erlangAAt(double traffic, double ahtSeconds, double patienceSeconds, int agents,
                      double answerSeconds)
{
    checkArguments(traffic, ahtSeconds, patienceSeconds);
    if (agents < 0)
        throw InputError("agents", "must be >= 0");
    checkAnswer(answerSeconds);
    return evaluate(traffic, ahtSeconds, patienceSeconds, agents, answerSeconds);
}

QueueResult erlangARequired(double traffic, double ahtSeconds, double patienceSeconds,
                            const QueueTarget &target)
{
    checkArguments(traffic, ahtSeconds, patienceSeconds);
    // Validates the target too, and gives an upper start for the search.
    const QueueResult c = erlangCRequired(traffic, ahtSeconds, target);
    if (traffic == 0.0)
        return c;

    const double T = target.answerSeconds;
    auto meets = [&](const QueueResult &r) {
        return r.serviceLevel >= target.serviceLevel && r.occupancy <= target.maxOccupancy;
    };
    // SL <= answered share <= N / A, so every N < target A fails; keep a margin of one.
    int lo = std::max(1, static_cast<int>(std::ceil(target.serviceLevel * traffic)) - 1);
    int hi = std::max(lo, c.agents);
    QueueResult best = evaluate(traffic, ahtSeconds, patienceSeconds, hi, T);
    if (!meets(best)) {
        // Rare (short patience counting abandons as failures): search upwards.
        while (!meets(best)) {
            lo = hi + 1;
            hi += std::max(1, hi / 2);
            best = evaluate(traffic, ahtSeconds, patienceSeconds, hi, T);
        }
    } else {
        // Gallop down from the Erlang C answer: the evaluations stay near the answer, where
        // the chain is short (far below A a patient queue holds very many states).
        for (int step = 1; hi > lo; step *= 2) {
            const int candidate = std::max(lo, hi - step);
            QueueResult r = evaluate(traffic, ahtSeconds, patienceSeconds, candidate, T);
            if (!meets(r)) {
                lo = candidate + 1;
                break;
            }
            hi = candidate;
            best = r;
        }
    }
    // Invariant: every N < lo fails, hi meets the target.
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        QueueResult r = evaluate(traffic, ahtSeconds, patienceSeconds, mid, T);
        if (meets(r)) {
            hi = mid;
            best = r;
        } else {
            lo = mid + 1;
        }
    }
    return best;
}

} // namespace escale
