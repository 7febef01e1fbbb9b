// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang B and Erlang C: blocking, waiting probability, service level and required agents.
#include "escale/model/erlang.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace escale {

namespace {

/** Number of standard deviations sqrt(A) below A where the inverse recursion starts. */
constexpr double StartSigmas = 10.0;

void checkTraffic(double traffic)
{
    if (!std::isfinite(traffic) || traffic < 0.0)
        throw InputError("traffic", "must be a finite number >= 0");
    if (traffic > MaxTrafficErlangs)
        throw InputError("traffic", "must not exceed 10,000,000 Erlangs");
}

void checkServers(int servers, const char *field)
{
    if (servers < 0)
        throw InputError(field, "must be >= 0");
}

void checkAht(double ahtSeconds)
{
    if (!std::isfinite(ahtSeconds) || ahtSeconds <= 0.0)
        throw InputError("aht_s", "must be greater than 0");
}

void checkAnswer(double answerSeconds)
{
    if (!std::isfinite(answerSeconds) || answerSeconds < 0.0)
        throw InputError("answer_s", "must be a finite number >= 0");
}

void checkTarget(const QueueTarget &target)
{
    if (!(target.serviceLevel >= 0.0 && target.serviceLevel < 1.0))
        throw InputError("service_level", "must be in [0, 1)");
    checkAnswer(target.answerSeconds);
    if (!(target.maxOccupancy > 0.0 && target.maxOccupancy <= 1.0))
        throw InputError("max_occupancy", "must be in (0, 1]");
}

/**
 * Where the inverse recursion for B(N, A) starts: k0 = max(0, floor(min(N, A) - 10 sqrt(A))).
 * An error in x(k0) reaches x(N) multiplied by prod_{k0 < k <= min(N, A)} k / A
 * <= exp(-L^2 / (2A)) = exp(-50) with L = 10 sqrt(A) steps, and its relative size only falls
 * beyond A, since x(k) - 1 = (k/A) x(k-1) < x(k).
 */
int inverseStart(double traffic, int servers)
{
    const double top = std::min(static_cast<double>(servers), traffic);
    const double k0 = std::floor(top - StartSigmas * std::sqrt(traffic));
    return k0 > 0.0 ? static_cast<int>(k0) : 0;
}

/**
 * 1/B(n, A) for A > 0 by x(k) = 1 + (k/A) x(k-1) from x(k0) = A / (A - k0) (the large-A limit
 * of 1/B for k0 well below A; exact, 1, when k0 = 0). Overflows to +infinity only when
 * B < 1e-308.
 */
double inverseErlangB(double traffic, int servers)
{
    const int k0 = inverseStart(traffic, servers);
    const double invA = 1.0 / traffic;
    double x = k0 == 0 ? 1.0 : traffic / (traffic - static_cast<double>(k0));
    double k = static_cast<double>(k0);
    int i = k0;
    // Two steps at a time, x(k+2) = (1 + r2) + r2 r1 x(k) with r = k / A: the coefficients are
    // off the dependency chain, which halves its latency.
    for (; i + 2 <= servers; i += 2) {
        const double r1 = (k + 1.0) * invA;
        const double r2 = (k + 2.0) * invA;
        x = (1.0 + r2) + (r2 * r1) * x;
        k += 2.0;
    }
    if (i < servers)
        x = 1.0 + ((k + 1.0) * invA) * x;
    return x;
}

QueueResult zeroTraffic(int agents)
{
    QueueResult r;
    r.agents = agents;
    return r; // SL 1, ASA 0, occupancy 0, P(wait) 0
}

/** Erlang C outcome at N > A > 0, given x = 1/B(N, A). C = N / (x (N - A) + A). */
QueueResult evaluate(double traffic, double ahtSeconds, int agents, double answerSeconds, double x)
{
    const double n = static_cast<double>(agents);
    const double gap = n - traffic;
    QueueResult r;
    r.trafficErlangs = traffic;
    r.agents = agents;
    r.waitProbability = n / (x * gap + traffic);
    r.serviceLevel = 1.0 - r.waitProbability * std::exp(-gap * answerSeconds / ahtSeconds);
    r.asaSeconds = r.waitProbability * ahtSeconds / gap;
    r.occupancy = traffic / n;
    r.abandonProbability = 0.0;
    return r;
}

} // namespace

double erlangBReference(double traffic, int servers)
{
    checkTraffic(traffic);
    checkServers(servers, "servers");
    double b = 1.0;
    for (int k = 1; k <= servers; ++k) {
        const double ab = traffic * b;
        b = ab / (static_cast<double>(k) + ab);
    }
    return b;
}

double erlangB(double traffic, int servers)
{
    checkTraffic(traffic);
    checkServers(servers, "servers");
    if (servers == 0)
        return 1.0;
    if (traffic == 0.0)
        return 0.0;
    return 1.0 / inverseErlangB(traffic, servers);
}

double erlangC(double traffic, int servers)
{
    checkTraffic(traffic);
    checkServers(servers, "servers");
    if (traffic == 0.0)
        return 0.0;
    const double n = static_cast<double>(servers);
    if (n <= traffic)
        return 1.0;
    const double x = inverseErlangB(traffic, servers);
    return n / (x * (n - traffic) + traffic);
}

QueueResult erlangCAt(double traffic, double ahtSeconds, int agents, double answerSeconds)
{
    checkTraffic(traffic);
    checkAht(ahtSeconds);
    checkServers(agents, "agents");
    checkAnswer(answerSeconds);
    if (traffic == 0.0)
        return zeroTraffic(agents);
    if (static_cast<double>(agents) <= traffic) {
        QueueResult r;
        r.trafficErlangs = traffic;
        r.agents = agents;
        r.serviceLevel = 0.0;
        r.waitProbability = 1.0;
        r.asaSeconds = std::numeric_limits<double>::infinity();
        r.occupancy = agents == 0 ? 0.0 : 1.0;
        return r;
    }
    return evaluate(traffic, ahtSeconds, agents, answerSeconds, inverseErlangB(traffic, agents));
}

QueueResult erlangCRequired(double traffic, double ahtSeconds, const QueueTarget &target)
{
    checkTraffic(traffic);
    checkAht(ahtSeconds);
    checkTarget(target);
    if (traffic == 0.0)
        return zeroTraffic(0);

    const double T = target.answerSeconds;
    // SL >= target <=> C e <= 1 - target, screened with a relative slack of 1e-9.
    const double slack = (1.0 - target.serviceLevel) * (1.0 + 1e-9);
    const double invA = 1.0 / traffic;
    const double decay = std::exp(-T / ahtSeconds);

    int agents = static_cast<int>(std::floor(traffic)) + 1;
    double x = inverseErlangB(traffic, agents);
    double n = static_cast<double>(agents);
    double e = std::exp(-(n - traffic) * T / ahtSeconds);
    for (;;) {
        // Cheap screen on C e = N e / (x (N - A) + A) with the running product e; the decision
        // itself is taken on the exactly evaluated outcome, so the screen only skips N that
        // clearly fail.
        const bool maybe = n * e <= slack * (x * (n - traffic) + traffic);
        if (maybe && traffic / n <= target.maxOccupancy) {
            QueueResult r = evaluate(traffic, ahtSeconds, agents, T, x);
            if (r.serviceLevel >= target.serviceLevel)
                return r;
        }
        ++agents;
        n += 1.0;
        x = 1.0 + (n * invA) * x;
        e *= decay;
    }
}

int scheduledAgents(double agents, double shrinkage)
{
    if (!std::isfinite(agents) || agents < 0.0)
        throw InputError("agents", "must be a finite number >= 0");
    if (!(shrinkage >= 0.0 && shrinkage < 1.0))
        throw InputError("shrinkage", "must be in [0, 1)");
    const double raw = agents / (1.0 - shrinkage);
    const double scheduled = std::ceil(raw * (1.0 - 1e-12));
    if (scheduled > static_cast<double>(std::numeric_limits<int>::max()))
        throw InputError("agents", "too many agents");
    return static_cast<int>(scheduled);
}

} // namespace escale
