// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * @file
 * Queue maths for real-time channels: Erlang B, Erlang C (M/M/N) and Erlang A (M/M/N+M).
 *
 * Conventions (all functions are pure and thread-safe):
 * - Offered traffic A = contacts x AHT / interval length, in Erlangs.
 * - Times are in seconds. `answerSeconds` is the service-level threshold T, not the ASA.
 * - Invalid arguments (negative or non-finite traffic, AHT <= 0, target outside its range...)
 *   throw escale::InputError naming the argument.
 */

namespace escale {

/** Service objective of a queue. */
struct QueueTarget
{
    double serviceLevel = 0.8; ///< share of contacts answered within answerSeconds, [0, 1)
    double answerSeconds = 20.0; ///< threshold T, >= 0
    double maxOccupancy = 1.0; ///< cap on occupancy, (0, 1]; 1 means no cap
};

/** Outcome of a queue with a given number of agents. */
struct QueueResult
{
    double trafficErlangs = 0.0;
    int agents = 0;
    double serviceLevel = 1.0; ///< share of ALL arrivals answered within the threshold
    double asaSeconds = 0.0; ///< mean wait in queue over all arrivals (answered or not)
    double occupancy = 0.0; ///< share of agent time spent handling contacts
    double waitProbability = 0.0;
    double abandonProbability = 0.0; ///< Erlang A only; 0 for Erlang C
};

/** Upper bound on accepted traffic, in Erlangs (agent counts must fit an int). */
inline constexpr double MaxTrafficErlangs = 1.0e7;

/**
 * Erlang B blocking probability B(N, A) by the stable recursion (no factorials):
 * B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1)). Correct from A < 1 to A > 20,000.
 *
 * For speed the equivalent inverse recursion x(k) = 1/B(k) = 1 + (k/A) x(k-1) is started at
 * k0 = max(0, floor(min(N, A) - 10 sqrt(A))) from x(k0) = A / (A - k0) instead of k = 0: an
 * error in x(k0) is multiplied by prod (k/A) over k0 < k <= min(N, A), at most exp(-50), so the
 * result matches the full recursion to 1e-12 relative (checked by the tests from A = 0.5 to
 * A = 20,000). Cost O(sqrt(A) + max(0, N - A)).
 * B(0, A) = 1; B(N, 0) = 0 for N >= 1.
 */
double erlangB(double traffic, int servers);

/** Erlang B by the full forward recursion from k = 0: the O(N) reference for erlangB(). */
double erlangBReference(double traffic, int servers);

/**
 * Erlang C probability of waiting: C(N, A) = N B / (N - A (1 - B)) for N > A;
 * 1 when 0 < A and N <= A (the queue is unstable); 0 when A = 0.
 */
double erlangC(double traffic, int servers);

/**
 * Erlang C outcome with `agents` agents:
 * SL = 1 - C exp(-(N - A) T / AHT) (T = 0 gives 1 - C); ASA = C AHT / (N - A);
 * occupancy = A / N. With A = 0: SL = 1, ASA = 0, occupancy = 0, P(wait) = 0.
 * With 0 < A and N <= A the queue is unstable: SL = 0, P(wait) = 1, ASA = +infinity,
 * occupancy = 1 (0 when N = 0).
 */
QueueResult erlangCAt(double traffic, double ahtSeconds, int agents, double answerSeconds);

/**
 * Smallest N > A (the search starts at floor(A) + 1, never round(A)) with SL(N) >= target and
 * A / N <= maxOccupancy; every output is evaluated at that N. Zero traffic needs 0 agents
 * (SL = 1, ASA = 0, occupancy 0). Cost O(sqrt(A) + N - A).
 */
QueueResult erlangCRequired(double traffic, double ahtSeconds, const QueueTarget &target);

/**
 * Erlang A (M/M/N+M) outcome with `agents` agents and exponential patience of mean
 * `patienceSeconds` (theta = 1/patience, mu = 1/AHT, lambda = A mu).
 *
 * Birth-death chain with death rate min(n, N) mu + max(n - N, 0) theta; its stationary
 * distribution is computed around its mode in scaled form and truncated once the remaining
 * tail is below 1e-16 of the mass, so it is stable for any N, including N < A and N = 0.
 * - P(wait) = sum_{n >= N} p_n; P(abandon) = theta E[Q] / lambda;
 * - ASA = E[Q] / lambda (mean time in queue over all arrivals, Little's law);
 * - occupancy = lambda (1 - P(abandon)) / (N mu) (0 when N = 0);
 * - service level = share of ALL arrivals answered within T, abandoned contacts counting as
 *   failures. An arrival finding n < N contacts in service is answered at once; one finding
 *   k others queued is answered by T with probability
 *   (N mu / (N mu + (k + 1) theta)) (1 - I_x(N mu / theta + 1, k + 1)), x = exp(-theta T),
 *   where I is the regularised incomplete beta; for an integer second argument it is the cdf
 *   of a negative binomial, whose weights are summed outwards from its mode (no underflow of
 *   x^a at large N).
 */
QueueResult erlangAAt(double traffic, double ahtSeconds, double patienceSeconds, int agents,
                      double answerSeconds);

/**
 * Smallest N >= 1 meeting the service level and the occupancy cap under Erlang A (0 agents for
 * zero traffic). Both conditions are monotone in N: the search gallops down from the Erlang C
 * answer (or up, if that fails) and bisects, never below target x A (SL <= N / A).
 */
QueueResult erlangARequired(double traffic, double ahtSeconds, double patienceSeconds,
                            const QueueTarget &target);

/**
 * Agents on the schedule for `agents` on the floor: ceil(N / (1 - shrinkage)), computed with a
 * relative epsilon of 1e-12 so exact boundaries do not gain a phantom agent
 * (14 / 0.7 gives 20, 2443 / 0.7 gives 3490). shrinkage in [0, 1).
 */
int scheduledAgents(double agents, double shrinkage);

} // namespace escale
