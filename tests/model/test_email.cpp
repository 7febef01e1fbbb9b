// SPDX-License-Identifier: GPL-3.0-or-later
// Email deadline model: hand-computed cases and an independent minute-by-minute simulation.
#include "escale/model/channel_staffing.h"
#include "escale/model/errors.h"
#include "escale/model/staffing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <vector>

using namespace escale;

namespace {

OpeningHours weekdays(int openMinute, int closeMinute, int days = 5)
{
    OpeningHours h;
    for (int d = 0; d < days; ++d)
        h.days[static_cast<std::size_t>(d)] = DayHours{true, openMinute, closeMinute};
    return h;
}

/**
 * Independent check of the deadline model: a FIFO backlog simulated minute by minute over
 * `weeks` repetitions of the week. Emails arriving in a minute join at its start (so lateness is
 * over-stated by at most a minute); while open, `rate` / 60 emails are answered per minute.
 * Returns the largest lateness, in opening hours, of the emails answered in the last week.
 * Uses only the opening hours and the arrivals, not the pieces of the model.
 */
double simulateMaxLateness(const std::vector<double> &arrivals, const OpeningHours &hours,
                           int intervalMinutes, double rate, int weeks)
{
    struct Cohort
    {
        double arrivedOpenMinute;
        double amount;
    };
    std::deque<Cohort> backlog;
    double openClock = 0.0; // open minutes elapsed since the start
    double worst = 0.0;
    const double perMinute = rate / 60.0;
    for (int w = 0; w < weeks; ++w) {
        for (int m = 0; m < 7 * 24 * 60; ++m) {
            const double in = arrivals[static_cast<std::size_t>(m / intervalMinutes)]
                              / intervalMinutes;
            if (in > 0.0)
                backlog.push_back({openClock, in});
            const DayHours &day = hours.days[static_cast<std::size_t>(m / 1440)];
            const int minute = m % 1440;
            if (!day.open || minute < day.openMinute || minute >= day.closeMinute)
                continue;
            double capacity = perMinute;
            while (capacity > 0.0 && !backlog.empty()) {
                Cohort &c = backlog.front();
                const double served = std::min(capacity, c.amount);
                capacity -= served;
                c.amount -= served;
                const double done = openClock + (perMinute - capacity) / perMinute;
                if (w == weeks - 1 && served > 1e-9)
                    worst = std::max(worst, (done - c.arrivedOpenMinute) / 60.0);
                if (c.amount <= 1e-12)
                    backlog.pop_front();
            }
            openClock += 1.0;
        }
    }
    return worst;
}

} // namespace

// Uniform arrivals round the clock and always open: every window needs at most the arrival
// rate, so r = V / H exactly (to double rounding, 1e-12 relative).
TEST(Email, RoundTheClockUniformNeedsTheMeanRate)
{
    const std::vector<double> arrivals(336, 5.0); // 10 an hour
    EXPECT_NEAR(emailHandlingRate(arrivals, roundTheClock(), 30, 4.0), 10.0, 1e-11);
}

// Hand-computed: 10 emails an hour round the clock, open Monday-Friday 9:00-17:00 (40 h).
// Monday's opening collects 64 h of arrivals (640), Tuesday-Friday 16 h (160); 10/h meanwhile.
// D = 8: Monday's backlog alone needs 640 / 8 = 80 an hour (above V / H = 1680 / 40 = 42).
// D = 24: the largest window ratio is Monday 9:00 to Friday 9:00 with Friday's backlog,
// (640 + 4 x 80 + 4 x 160) / (32 + 24) = 1600 / 56 = 28.57 < 42, so r = V / H = 42.
TEST(Email, HandComputedWeekdayCentre)
{
    const std::vector<double> arrivals(168, 10.0);
    const OpeningHours hours = weekdays(9 * 60, 17 * 60);
    EXPECT_NEAR(emailHandlingRate(arrivals, hours, 60, 8.0), 80.0, 1e-12);
    EXPECT_NEAR(emailHandlingRate(arrivals, hours, 60, 24.0), 42.0, 1e-12);
    // D = 12: max(640/12 = 53.33, (640 + 80 + 160) / (8 + 12) = 44) = 53.33.
    EXPECT_NEAR(emailHandlingRate(arrivals, hours, 60, 12.0), 640.0 / 12.0, 1e-12);
    // The same week in 15- and 30-minute intervals gives the same answer.
    EXPECT_NEAR(emailHandlingRate(std::vector<double>(672, 2.5), hours, 15, 8.0), 80.0, 1e-12);
    EXPECT_NEAR(emailHandlingRate(std::vector<double>(336, 5.0), hours, 30, 8.0), 80.0, 1e-12);
}

// The model against the simulation: with the computed rate no email is later than the deadline
// (tolerance: 2 minutes of discretisation), and 3% less capacity makes some email late (when the
// weekly volume is what binds, only once the backlog has grown for weeks: hence 40 weeks).
TEST(Email, RateMatchesDiscreteSimulation)
{
    struct Case
    {
        OpeningHours hours;
        int interval;
        double deadline;
    };
    OpeningHours odd = weekdays(8 * 60 + 15, 19 * 60 + 45, 6); // opens and closes mid-interval
    odd.days[6] = DayHours{true, 10 * 60, 13 * 60}; // short Sunday
    const std::vector<Case> cases = {
        {weekdays(8 * 60, 20 * 60, 6), 30, 24.0},
        {weekdays(8 * 60, 20 * 60, 6), 30, 4.0},
        {weekdays(9 * 60, 18 * 60), 60, 8.0},
        {weekdays(9 * 60, 18 * 60), 15, 48.0},
        {odd, 30, 6.0},
        {odd, 15, 24.0},
        {roundTheClock(), 60, 2.0},
    };
    for (const Case &c : cases) {
        const std::vector<double> arrivals = spreadWeeklyVolume(
            3000.0, roundTheClock(), defaultArrivalProfile(Channel::Email), c.interval);
        const double rate = emailHandlingRate(arrivals, c.hours, c.interval, c.deadline);
        SCOPED_TRACE(testing::Message() << "D=" << c.deadline << " rate=" << rate);
        const double late = simulateMaxLateness(arrivals, c.hours, c.interval, rate, 4);
        EXPECT_LE(late, c.deadline + 2.0 / 60.0);
        const double tight = simulateMaxLateness(arrivals, c.hours, c.interval, 0.97 * rate, 40);
        EXPECT_GT(tight, c.deadline + 2.0 / 60.0);
        // The weekly volume is always covered.
        EXPECT_GE(rate * c.hours.weeklyOpenMinutes() / 60.0, 3000.0 * (1.0 - 1e-12));
    }
}

TEST(Email, AgentsFromRate)
{
    // 42 emails an hour at 420 s is 4.9 hours of work an hour; at 90% occupancy 5.444 agents.
    EXPECT_NEAR(emailAgents(42.0, 420.0, 0.9), 4.9 / 0.9, 1e-12);
    EXPECT_EQ(emailAgents(0.0, 420.0, 0.9), 0.0);
}

TEST(Email, EdgeCasesAndInvalidInput)
{
    const OpeningHours hours = weekdays(9 * 60, 17 * 60);
    EXPECT_EQ(emailHandlingRate(std::vector<double>(336, 0.0), hours, 30, 24.0), 0.0);
    EXPECT_EQ(emailHandlingRate(std::vector<double>(336, 0.0), OpeningHours{}, 30, 24.0), 0.0);
    EXPECT_THROW((void)emailHandlingRate(std::vector<double>(336, 1.0), OpeningHours{}, 30, 24),
                 InputError);
    EXPECT_THROW((void)emailHandlingRate(std::vector<double>(335, 1.0), hours, 30, 24.0),
                 InputError);
    try {
        (void)emailHandlingRate(std::vector<double>(336, 1.0), hours, 30, 0.0);
        FAIL();
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "deadline_h");
    }
    EXPECT_THROW((void)emailAgents(10, 420, 0.0), InputError);
    EXPECT_THROW((void)emailAgents(10, 0, 0.9), InputError);
}
