// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang B / Erlang C: published examples, high-precision values, properties, shrinkage.
#include "escale/model/erlang.h"
#include "escale/model/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

using namespace escale;

namespace {

double relErr(double a, double b)
{
    return std::abs(a - b) / std::max(std::abs(b), std::numeric_limits<double>::min());
}

/** Traffic of `calls` contacts in `intervalSeconds` at `ahtSeconds`. */
double traffic(double calls, double ahtSeconds, double intervalSeconds)
{
    return calls * ahtSeconds / intervalSeconds;
}

} // namespace

// pyworkforce's published ErlangC tests (pyworkforce/queuing/tests/test_erlang.py): 100 calls in
// 30 minutes at AHT 3 minutes, 80% within 0.33 min, 30% shrinkage. They round to 3 decimals;
// our threshold is 20 s where theirs is 19.8 s, which does not move the 3rd decimal.
TEST(ErlangC, PyworkforcePublishedExample)
{
    const double a = traffic(100, 180, 1800);
    EXPECT_DOUBLE_EQ(a, 10.0);
    const QueueResult r = erlangCRequired(a, 180, {0.8, 20, 1.0});
    EXPECT_EQ(r.agents, 14);
    EXPECT_EQ(scheduledAgents(r.agents, 0.3), 20);
    EXPECT_NEAR(r.serviceLevel, 0.888, 5e-4);
    EXPECT_NEAR(r.occupancy, 0.714, 5e-4);
    EXPECT_NEAR(r.waitProbability, 0.174, 5e-4);

    // Their max_occupancy=0.85 case: the cap does not bind (10/14 = 0.714).
    const QueueResult capped85 = erlangCRequired(a, 180, {0.8, 20, 0.85});
    EXPECT_EQ(capped85.agents, 14);
    EXPECT_EQ(scheduledAgents(capped85.agents, 0.3), 20);

    // Their over-occupancy case (max_occupancy=0.7): 15 raw, 22 scheduled, outputs at 15.
    const QueueResult capped = erlangCRequired(a, 180, {0.8, 20, 0.7});
    EXPECT_EQ(capped.agents, 15);
    EXPECT_EQ(scheduledAgents(capped.agents, 0.3), 22);
    EXPECT_NEAR(capped.serviceLevel, 0.941, 5e-4);
    EXPECT_NEAR(capped.occupancy, 0.667, 5e-4);
    EXPECT_NEAR(capped.waitProbability, 0.102, 5e-4);
}

// Reference values computed independently with mpmath 1.3 at 60 significant digits, not with
// the recursion: B = Poisson pmf(N; A) / Poisson cdf(N; A), the cdf being the regularised upper
// incomplete gamma Q(N + 1, A) (mp.gammainc(N+1, A, inf, regularized=True)); then
// C = N B / (N - A (1 - B)), SL = 1 - C exp(-(N - A) 20 / 180), ASA = 180 C / (N - A).
// Printed to 20 digits; tolerance 1e-12 relative (double rounding over up to 20,000 steps).
struct ExactCase
{
    double a;
    int n;
    double b, c, sl20, asa;
};

const std::vector<ExactCase> &exactCases()
{
    static const std::vector<ExactCase> cases = {
        {0.6, 1, 0.37499999999999999133, 0.5999999999999999778, 0.42608275653818247154,
         269.99999999999997502},
        {0.6, 2, 0.10112359550561797206, 0.13846153846153845247, 0.88148529675830174365,
         17.80219780219780075},
        {10, 14, 0.056819143386520859091, 0.17413193359504984264, 0.88835001917946688425,
         7.835937011777242919},
        {10, 15, 0.036496945472370793152, 0.10204236700798800614, 0.94145284286902232567,
         3.6735252122875682209},
        {50, 55, 0.053748812125758224982, 0.38454731793292854422, 0.77936466090057711148,
         13.843703445585427592},
        {50, 60, 0.021668473057806244626, 0.11730205613220740777, 0.96138498566582799044,
         2.1114370103797333398},
        {2400, 2443, 0.0067699834894467868973, 0.27915002575833364372, 0.9976510425621414248,
         1.1685349915465129272},
        {20000, 20100, 0.0028789313861073064012, 0.36722315517806916183, 0.99999451172563172541,
         0.66100167932052449129},
        {20000, 20050, 0.0041365389004185009946, 0.62485586386121302575, 0.9975843571316312582,
         2.2494811099003668927},
    };
    return cases;
}

TEST(ErlangC, MatchesHighPrecisionValues)
{
    for (const ExactCase &e : exactCases()) {
        SCOPED_TRACE(testing::Message() << "A=" << e.a << " N=" << e.n);
        EXPECT_LT(relErr(erlangB(e.a, e.n), e.b), 1e-12);
        EXPECT_LT(relErr(erlangBReference(e.a, e.n), e.b), 1e-12);
        EXPECT_LT(relErr(erlangC(e.a, e.n), e.c), 1e-12);
        const QueueResult r = erlangCAt(e.a, 180, e.n, 20);
        EXPECT_LT(relErr(r.waitProbability, e.c), 1e-12);
        EXPECT_LT(relErr(r.serviceLevel, e.sl20), 1e-12);
        EXPECT_LT(relErr(r.asaSeconds, e.asa), 1e-12);
        EXPECT_DOUBLE_EQ(r.occupancy, e.a / e.n);
    }
}

// Required agents by a high-precision search in the same mpmath script (smallest N > A with
// SL >= 0.8 at 20 s, AHT 180 s): exact integers.
TEST(ErlangC, RequiredAgentsMatchHighPrecisionSearch)
{
    EXPECT_EQ(erlangCRequired(2400, 180, {0.8, 20, 1.0}).agents, 2412);
    EXPECT_EQ(erlangCRequired(5000, 180, {0.8, 20, 1.0}).agents, 5013);
    EXPECT_EQ(erlangCRequired(20000, 180, {0.8, 20, 1.0}).agents, 20014);
}

// The shortened inverse recursion (started near A - 10 sqrt(A)) against the full recursion from
// k = 0, over the whole traffic range and for N far below, around and above A.
// Tolerance: 1e-12 relative, as required of the shortcut.
TEST(ErlangB, ShortcutMatchesFullRecursion)
{
    const std::vector<double> loads = {0.5,    0.6,     1.0,     3.7,     9.99,   50.0,   99.0,
                                       101.0,  150.0,   400.25,  1000.0,  2400.0, 4999.5, 5000.0,
                                       7777.7, 12345.6, 19999.5, 20000.0, 20001.0};
    double worst = 0.0;
    for (double a : loads) {
        const double s = std::sqrt(a);
        const int lo = std::max(0, static_cast<int>(a - 20.0 * s) - 2);
        const int hi = static_cast<int>(a + 20.0 * s) + 5;
        const int stride = std::max(1, (hi - lo) / 400);
        for (int n = lo; n <= hi; n += stride) {
            const double fast = erlangB(a, n);
            const double full = erlangBReference(a, n);
            ASSERT_GT(full, 0.0) << "A=" << a << " N=" << n;
            worst = std::max(worst, relErr(fast, full));
            ASSERT_LT(relErr(fast, full), 1e-12) << "A=" << a << " N=" << n;
        }
    }
    EXPECT_LT(worst, 1e-12);
}

// Around the required agents at 80%/20 s, for every 97th Erlang up to 20,000: the quantities
// the sizing decision uses (C at N) agree with the full recursion to 1e-12 relative.
TEST(ErlangB, ShortcutMatchesFullRecursionAtRequiredAgents)
{
    for (double a = 0.5; a <= 20000.0; a += 97.3) {
        const int n = erlangCRequired(a, 180, {0.8, 20, 1.0}).agents;
        for (int m : {n - 1, n, n + 1}) {
            if (m <= a)
                continue;
            const double b = erlangBReference(a, m);
            const double c = m * b / (m - a * (1.0 - b));
            ASSERT_LT(relErr(erlangB(a, m), b), 1e-12) << "A=" << a << " N=" << m;
            ASSERT_LT(relErr(erlangC(a, m), c), 1e-12) << "A=" << a << " N=" << m;
        }
    }
}

// pyworkforce starts at round(A + 1) and returns 2 here; 1 agent already gives 42.6% (mpmath
// value above), so the right answer is 1.
TEST(ErlangC, SmallTrafficLaxTargetNeedsOneAgent)
{
    const QueueResult r = erlangCRequired(0.6, 180, {0.2, 20, 1.0});
    EXPECT_EQ(r.agents, 1);
    EXPECT_NEAR(r.serviceLevel, 0.42608275653818247154, 1e-14);
}

TEST(ErlangC, ZeroAnswerTimeGivesOneMinusC)
{
    for (const ExactCase &e : exactCases()) {
        const QueueResult r = erlangCAt(e.a, 180, e.n, 0);
        EXPECT_LT(relErr(r.serviceLevel, 1.0 - e.c), 1e-12); // 1e-12 relative, as above
    }
    // Target 80% at T = 0 needs C <= 0.2: A = 10 gives C(15) = 0.102, C(14) = 0.174,
    // C(13) = 0.289 (recursion, cross-checked with the table above for 14 and 15).
    EXPECT_EQ(erlangCRequired(10, 180, {0.8, 0, 1.0}).agents, 14);
}

TEST(ErlangC, ZeroTrafficNeedsNoAgent)
{
    const QueueResult r = erlangCRequired(0, 180, {0.8, 20, 0.85});
    EXPECT_EQ(r.agents, 0);
    EXPECT_EQ(r.serviceLevel, 1.0);
    EXPECT_EQ(r.asaSeconds, 0.0);
    EXPECT_EQ(r.occupancy, 0.0);
    EXPECT_EQ(r.waitProbability, 0.0);
    const QueueResult at = erlangCAt(0, 180, 0, 20);
    EXPECT_EQ(at.serviceLevel, 1.0);
    EXPECT_EQ(at.asaSeconds, 0.0);
    EXPECT_EQ(at.occupancy, 0.0);
    EXPECT_EQ(erlangC(0, 3), 0.0);
    EXPECT_EQ(erlangB(0, 3), 0.0);
    EXPECT_EQ(erlangB(7.5, 0), 1.0);
}

TEST(ErlangC, UnstableQueueWhenAgentsDoNotExceedTraffic)
{
    EXPECT_EQ(erlangC(10, 10), 1.0);
    EXPECT_EQ(erlangC(10.5, 3), 1.0);
    const QueueResult r = erlangCAt(10, 180, 10, 20);
    EXPECT_EQ(r.serviceLevel, 0.0);
    EXPECT_EQ(r.waitProbability, 1.0);
    EXPECT_TRUE(std::isinf(r.asaSeconds));
    EXPECT_EQ(r.occupancy, 1.0);
}

// The search starts at floor(A) + 1: for integer A the first candidate is A + 1.
TEST(ErlangC, SearchStartsAboveTraffic)
{
    EXPECT_EQ(erlangCRequired(10, 180, {0.0, 20, 1.0}).agents, 11);
    EXPECT_EQ(erlangCRequired(10.4, 180, {0.0, 20, 1.0}).agents, 11);
    EXPECT_EQ(erlangCRequired(10.6, 180, {0.0, 20, 1.0}).agents, 11);
    EXPECT_EQ(erlangCRequired(0.01, 180, {0.0, 20, 1.0}).agents, 1);
}

TEST(ErlangC, OccupancyCapBindsExactly)
{
    // A = 8.5, cap 0.85: 10 agents give exactly 0.85, allowed (<=).
    const QueueResult r = erlangCRequired(8.5, 180, {0.0, 20, 0.85});
    EXPECT_EQ(r.agents, 10);
    EXPECT_LE(r.occupancy, 0.85);
    // A tiny cap with a tiny load: B underflows on the way, no NaN.
    const QueueResult tiny = erlangCRequired(0.5, 180, {0.8, 20, 0.001});
    EXPECT_EQ(tiny.agents, 500);
    EXPECT_FALSE(std::isnan(tiny.serviceLevel));
    EXPECT_EQ(erlangB(0.5, 400), 0.0); // true value ~1e-990 underflows
}

TEST(ErlangC, ServiceLevelIncreasesWithAgents)
{
    for (double a : {0.6, 10.0, 57.3, 480.0, 2400.0}) {
        double previous = -1.0;
        double previousAsa = std::numeric_limits<double>::infinity();
        for (int n = static_cast<int>(a) + 1; n < a + 6.0 * std::sqrt(a) + 10.0; ++n) {
            const QueueResult r = erlangCAt(a, 180, n, 20);
            // Strictly while 1 - SL is well above double rounding, never decreasing after.
            EXPECT_GE(r.serviceLevel, previous) << "A=" << a << " N=" << n;
            if (previous < 1.0 - 1e-12) {
                EXPECT_GT(r.serviceLevel, previous) << "A=" << a << " N=" << n;
            }
            EXPECT_LE(r.asaSeconds, previousAsa) << "A=" << a << " N=" << n;
            if (previousAsa > 1e-12) {
                EXPECT_LT(r.asaSeconds, previousAsa) << "A=" << a << " N=" << n;
            }
            previous = r.serviceLevel;
            previousAsa = r.asaSeconds;
        }
    }
}

TEST(ErlangC, RequiredAgentsNonDecreasingInTrafficAndMinimal)
{
    const QueueTarget target{0.8, 20, 0.9};
    int previous = 0;
    for (double a = 0.5; a <= 5000.0; a += 0.5) {
        const QueueResult r = erlangCRequired(a, 180, target);
        ASSERT_GE(r.agents, previous) << "A=" << a;
        ASSERT_GE(r.serviceLevel, target.serviceLevel);
        ASSERT_LE(r.occupancy, target.maxOccupancy);
        // Minimal: one agent fewer fails (or is not above A).
        const int fewer = r.agents - 1;
        if (fewer > a) {
            const QueueResult f = erlangCAt(a, 180, fewer, 20);
            ASSERT_TRUE(f.serviceLevel < target.serviceLevel || f.occupancy > target.maxOccupancy)
                << "A=" << a;
        }
        previous = r.agents;
    }
}

// ceil(N / (1 - s)) against exact integer arithmetic: with s = p/q, ceil(N q / (q - p)).
TEST(Shrinkage, ExactBoundaries)
{
    EXPECT_EQ(scheduledAgents(14, 0.3), 20);
    EXPECT_EQ(scheduledAgents(2443, 0.3), 3490);
    EXPECT_EQ(scheduledAgents(0, 0.3), 0);
    EXPECT_EQ(scheduledAgents(15, 0.3), 22);
    EXPECT_EQ(scheduledAgents(7, 0.0), 7);
    const int ps[] = {1, 2, 25, 3, 35, 4, 5, 15};
    const int qs[] = {10, 10, 100, 10, 100, 10, 10, 100};
    for (int i = 0; i < 8; ++i) {
        const double s = static_cast<double>(ps[i]) / qs[i];
        for (int n = 0; n <= 5000; ++n) {
            const long long num = static_cast<long long>(n) * qs[i];
            const long long den = qs[i] - ps[i];
            const long long exact = (num + den - 1) / den;
            ASSERT_EQ(scheduledAgents(n, s), exact) << "N=" << n << " s=" << s;
        }
    }
}

TEST(ErlangC, RejectsInvalidInput)
{
    auto field = [](auto &&call) {
        try {
            call();
        } catch (const InputError &e) {
            return e.field();
        }
        return std::string("no error");
    };
    EXPECT_EQ(field([] { (void)erlangB(-1, 3); }), "traffic");
    EXPECT_EQ(field([] { (void)erlangB(std::nan(""), 3); }), "traffic");
    EXPECT_EQ(field([] { (void)erlangB(3, -1); }), "servers");
    EXPECT_EQ(field([] { (void)erlangCAt(3, 0, 4, 20); }), "aht_s");
    EXPECT_EQ(field([] { (void)erlangCAt(3, 180, 4, -1); }), "answer_s");
    EXPECT_EQ(field([] { (void)erlangCRequired(3, 180, {1.0, 20, 1.0}); }), "service_level");
    EXPECT_EQ(field([] { (void)erlangCRequired(3, 180, {0.8, 20, 0.0}); }), "max_occupancy");
    EXPECT_EQ(field([] { (void)erlangCRequired(3, 180, {0.8, 20, 1.1}); }), "max_occupancy");
    EXPECT_EQ(field([] { (void)scheduledAgents(3, 1.0); }), "shrinkage");
    EXPECT_EQ(field([] { (void)scheduledAgents(-3, 0.3); }), "agents");
}
