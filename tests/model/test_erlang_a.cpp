// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang A (M/M/N+M): independent high-precision values, published values, limits, properties.
#include "escale/model/erlang.h"
#include "escale/model/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace escale;

namespace {

double relErr(double a, double b)
{
    return std::abs(a - b) / std::abs(b);
}

struct ExactCase
{
    double a, aht, patience;
    int n;
    double t;
    double wait, abandon, asa, occupancy, sl;
};

// Computed independently with mpmath 1.3 at 40 digits: the stationary distribution by direct
// products p_n ~ prod_{i<=n} lambda / d(i) from n = 0 (no log space, no truncation below 1e-45
// of the mass); the service level from the tagged caller's absorbing chain (j callers ahead
// move to j - 1 at rate N mu + j theta, to 'served' from j = 0 at rate N mu, abandon at rate
// theta) through the matrix exponential expm(Q T), i.e. without the incomplete-beta formula
// (which the script checked against mp.betainc to 1e-25). Printed to 20 digits.
const std::vector<ExactCase> &exactCases()
{
    static const std::vector<ExactCase> cases = {
        {10, 180, 300, 14, 20, 0.14526011429636120293, 0.013983744122408937537,
         4.1951232367226812612, 0.7042973256268507589, 0.91679209186354687114},
        {10, 180, 300, 13, 20, 0.22579708404737528282, 0.024963303633571875132,
         7.4889910900715625396, 0.75002822797417548067, 0.85817770003076260285},
        {50, 300, 120, 45, 30, 0.63328548157527179124, 0.13175334609243934822,
         15.810401531092721786, 0.96471850434173405754, 0.68708042336281144123},
        {2.5, 240, 60, 3, 15, 0.36365522762420426166, 0.22743158295430808084, 13.645894977258484851,
         0.64380701420474326596, 0.67699510499881799237},
        {10, 180, 300, 14, 0, 0.14526011429636120293, 0.013983744122408937537,
         4.1951232367226812612, 0.7042973256268507589, 0.85473988570363879707},
        {120, 200, 90, 110, 20, 0.70110078425664990596, 0.098527395392118536355,
         8.8674655852906682719, 0.98342465957223432398, 0.77082978718019573773},
    };
    return cases;
}

} // namespace

// Tolerance 1e-12 relative: the tails dropped below 1e-16 of the mass and double rounding over
// a few hundred states stay far below it.
TEST(ErlangA, MatchesIndependentHighPrecisionValues)
{
    for (const ExactCase &e : exactCases()) {
        SCOPED_TRACE(testing::Message() << "A=" << e.a << " N=" << e.n << " T=" << e.t);
        const QueueResult r = erlangAAt(e.a, e.aht, e.patience, e.n, e.t);
        EXPECT_EQ(r.agents, e.n);
        EXPECT_DOUBLE_EQ(r.trafficErlangs, e.a);
        EXPECT_LT(relErr(r.waitProbability, e.wait), 1e-12);
        EXPECT_LT(relErr(r.abandonProbability, e.abandon), 1e-12);
        EXPECT_LT(relErr(r.asaSeconds, e.asa), 1e-12);
        EXPECT_LT(relErr(r.occupancy, e.occupancy), 1e-12);
        EXPECT_LT(relErr(r.serviceLevel, e.sl), 1e-12);
    }
}

// pyworkforce's published ErlangA regression (pyworkforce/queuing/tests/test_abandonment.py):
// 100 calls in 30 min, AHT 3 min, patience 5 min, 14 positions, 20 s; their figures are rounded
// to 5 or 6 decimals (ASA in minutes), hence the half-unit tolerances.
// Large N, where the answer-time pmf starts below 1e-300 (N T / AHT = 3167 and 1005): mpmath
// 1.3 at 50 digits, stationary distribution by direct products as above, and 1 - I_x(a, k + 1)
// as 1 - sum_{j<=k} exp(lgamma(a + j) - lgamma(a) - lgamma(j + 1) + a ln x + j ln(1 - x)) term
// by term (the same script reproduces the A = 10, N = 14 expm value to 20 digits).
// Tolerance 1e-12 relative.
TEST(ErlangA, MatchesHighPrecisionValuesAtLargeTraffic)
{
    const QueueResult heavy = erlangAAt(2000, 180, 6000, 1900, 300);
    EXPECT_LT(relErr(heavy.waitProbability, 1.0), 1e-12);
    EXPECT_LT(relErr(heavy.abandonProbability, 0.05), 1e-12);
    EXPECT_LT(relErr(heavy.asaSeconds, 300.0), 1e-12);
    EXPECT_LT(relErr(heavy.serviceLevel, 0.35471845437040076159), 1e-12);
    const QueueResult light = erlangAAt(2000, 180, 600, 2010, 90);
    EXPECT_LT(relErr(light.waitProbability, 0.53144498475248037891), 1e-12);
    EXPECT_LT(relErr(light.abandonProbability, 0.0043227672836889146712), 1e-12);
    EXPECT_LT(relErr(light.asaSeconds, 2.5936603702133488027), 1e-12);
    EXPECT_LT(relErr(light.occupancy, 0.99072361464309560729), 1e-12);
    EXPECT_LT(relErr(light.serviceLevel, 0.99567723271631108533), 1e-12);
}

TEST(ErlangA, PyworkforcePublishedRegression)
{
    const QueueResult r = erlangAAt(10, 180, 300, 14, 20);
    EXPECT_NEAR(r.waitProbability, 0.14526, 5e-6);
    EXPECT_NEAR(r.abandonProbability, 0.013984, 5e-7);
    EXPECT_NEAR(r.occupancy, 0.704297, 5e-7);
    EXPECT_NEAR(r.asaSeconds / 60.0, 0.069919, 5e-7);
    EXPECT_NEAR(r.serviceLevel, 0.916792, 5e-7);
}

TEST(ErlangA, NeedsFewerAgentsThanErlangC)
{
    // The pyworkforce example (A = 10, 80% in 20 s): Erlang C needs 14; with a mean patience of
    // 5 minutes 13 agents give 85.8% (mpmath value above) and 12 fall short.
    const QueueTarget target{0.8, 20, 1.0};
    EXPECT_EQ(erlangCRequired(10, 180, target).agents, 14);
    const QueueResult a = erlangARequired(10, 180, 300, target);
    EXPECT_EQ(a.agents, 13);
    EXPECT_LT(relErr(a.serviceLevel, 0.85817770003076260285), 1e-12);
    EXPECT_LT(erlangAAt(10, 180, 300, 12, 20).serviceLevel, 0.8);
    // With an occupancy cap the cap decides: 0.70 needs N with 10 (1 - Pab) / N <= 0.7.
    const QueueResult capped = erlangARequired(10, 180, 300, {0.8, 20, 0.7});
    EXPECT_LE(capped.occupancy, 0.7);
    EXPECT_GT(erlangAAt(10, 180, 300, capped.agents - 1, 20).occupancy, 0.7);
}

// As the patience grows without bound Erlang A tends to Erlang C (for N > A). The gap is of the
// order of AHT / patience = 1.8e-5 here; tolerance 1e-4 (relative 1e-3 on the ASA, whose gap is
// of the order of ASA / patience times the queue length, 4e-4 at N = 11).
TEST(ErlangA, HugePatienceConvergesToErlangC)
{
    for (int n = 11; n <= 22; ++n) {
        const QueueResult a = erlangAAt(10, 180, 1e7, n, 20);
        const QueueResult c = erlangCAt(10, 180, n, 20);
        EXPECT_NEAR(a.serviceLevel, c.serviceLevel, 1e-4) << "N=" << n;
        EXPECT_NEAR(a.waitProbability, c.waitProbability, 1e-4) << "N=" << n;
        EXPECT_NEAR(a.occupancy, c.occupancy, 1e-4) << "N=" << n;
        EXPECT_NEAR(a.asaSeconds, c.asaSeconds, 1e-3 * (1.0 + c.asaSeconds)) << "N=" << n;
        EXPECT_LT(a.abandonProbability, 1e-4);
    }
    EXPECT_EQ(erlangARequired(10, 180, 1e7, {0.8, 20, 1.0}).agents, 14);
    EXPECT_EQ(erlangARequired(2400, 180, 1e7, {0.8, 20, 1.0}).agents, 2412);
}

TEST(ErlangA, ZeroAnswerTimeGivesShareAnsweredAtOnce)
{
    for (int n : {1, 5, 9, 12, 16}) {
        const QueueResult r = erlangAAt(10, 180, 300, n, 0);
        EXPECT_NEAR(r.serviceLevel, 1.0 - r.waitProbability, 1e-15) << "N=" << n;
    }
}

TEST(ErlangA, ZeroAgentsAndZeroTraffic)
{
    // Nobody is answered; everyone abandons after the mean patience.
    const QueueResult none = erlangAAt(4, 180, 90, 0, 20);
    EXPECT_EQ(none.serviceLevel, 0.0);
    EXPECT_NEAR(none.waitProbability, 1.0, 1e-15);
    EXPECT_NEAR(none.abandonProbability, 1.0, 1e-12);
    EXPECT_NEAR(none.asaSeconds, 90.0, 1e-9);
    EXPECT_EQ(none.occupancy, 0.0);

    const QueueResult idle = erlangARequired(0, 180, 90, {0.8, 20, 0.85});
    EXPECT_EQ(idle.agents, 0);
    EXPECT_EQ(idle.serviceLevel, 1.0);
    EXPECT_EQ(idle.asaSeconds, 0.0);
    EXPECT_EQ(idle.occupancy, 0.0);
    EXPECT_EQ(erlangAAt(0, 180, 90, 3, 20).serviceLevel, 1.0);
}

// Balance check without any reference: served rate = mean busy agents, and probabilities are
// in range, also deep in overload (N much smaller than A) and at large traffic.
TEST(ErlangA, StableInOverloadAndAtLargeTraffic)
{
    struct Case
    {
        double a, patience;
        int n;
    };
    for (const Case &c : {Case{5000, 180, 4000}, Case{20000, 600, 20050}, Case{20000, 60, 19000},
                          Case{0.3, 30, 1}, Case{800, 1e5, 700}}) {
        const QueueResult r = erlangAAt(c.a, 180, c.patience, c.n, 20);
        SCOPED_TRACE(testing::Message() << "A=" << c.a << " N=" << c.n);
        EXPECT_TRUE(std::isfinite(r.serviceLevel));
        EXPECT_GE(r.serviceLevel, 0.0);
        EXPECT_LE(r.serviceLevel, 1.0);
        EXPECT_GE(r.abandonProbability, 0.0);
        EXPECT_LE(r.abandonProbability, 1.0);
        EXPECT_LE(r.occupancy, 1.0 + 1e-12);
        // Little: ASA = E[Q] / lambda and P(ab) = theta E[Q] / lambda, so ASA = P(ab) patience.
        EXPECT_NEAR(r.asaSeconds, r.abandonProbability * c.patience, 1e-9 * (1.0 + r.asaSeconds));
        // Served share cannot exceed N / A.
        EXPECT_LE(1.0 - r.abandonProbability, c.n / c.a + 1e-12);
    }
    // Deep overload: the service level is bounded by the agents' capacity.
    EXPECT_LT(erlangAAt(5000, 180, 180, 4000, 20).serviceLevel, 0.8);
}

TEST(ErlangA, MonotoneInAgentsAndTraffic)
{
    for (double patience : {30.0, 300.0, 3000.0}) {
        double sl = -1.0;
        double occupancy = 2.0;
        for (int n = 1; n <= 40; ++n) {
            const QueueResult r = erlangAAt(20, 180, patience, n, 20);
            EXPECT_GE(r.serviceLevel, sl - 1e-12) << "N=" << n;
            EXPECT_LE(r.occupancy, occupancy + 1e-12) << "N=" << n;
            sl = r.serviceLevel;
            occupancy = r.occupancy;
        }
    }
    const QueueTarget target{0.8, 20, 0.9};
    int previous = 0;
    for (double a = 0.25; a <= 600.0; a += 1.75) {
        const QueueResult r = erlangARequired(a, 180, 240, target);
        ASSERT_GE(r.agents, previous) << "A=" << a;
        ASSERT_GE(r.serviceLevel, target.serviceLevel);
        ASSERT_LE(r.occupancy, target.maxOccupancy);
        if (r.agents > 1) {
            const QueueResult f = erlangAAt(a, 180, 240, r.agents - 1, 20);
            ASSERT_TRUE(f.serviceLevel < target.serviceLevel || f.occupancy > target.maxOccupancy)
                << "A=" << a;
        }
        ASSERT_LE(r.agents, erlangCRequired(a, 180, target).agents) << "A=" << a;
        previous = r.agents;
    }
}

TEST(ErlangA, RejectsInvalidInput)
{
    EXPECT_THROW((void)erlangAAt(10, 180, 0, 12, 20), InputError);
    EXPECT_THROW((void)erlangAAt(10, 180, -5, 12, 20), InputError);
    EXPECT_THROW((void)erlangAAt(10, 180, 300, -1, 20), InputError);
    EXPECT_THROW((void)erlangAAt(10, 0, 300, 12, 20), InputError);
    EXPECT_THROW((void)erlangAAt(10, 180, 300, 12, -1), InputError);
    EXPECT_THROW((void)erlangARequired(10, 180, 300, {1.0, 20, 1.0}), InputError);
    try {
        (void)erlangARequired(10, 180, 0, {0.8, 20, 1.0});
        FAIL();
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "patience_s");
    }
}
