// SPDX-License-Identifier: GPL-3.0-or-later
// Arrival curves, spreading, chat concurrency and staff() on small workloads checked by hand.
#include "escale/model/channel_staffing.h"
#include "escale/model/errors.h"
#include "escale/model/staffing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <thread>
#include <vector>

using namespace escale;

namespace {

double sum(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

ArrivalProfile flat()
{
    ArrivalProfile p;
    p.hourly.fill(1.0);
    p.weekday.fill(1.0);
    return p;
}

OpeningHours mondayOnly(int openMinute, int closeMinute)
{
    OpeningHours h;
    h.days[0] = DayHours::between(openMinute, closeMinute);
    return h;
}

std::string failingField(const Workload &w)
{
    try {
        (void)staff(w);
    } catch (const InputError &e) {
        return e.field();
    }
    return "no error";
}

/** 200 calls a week = 200 x 52 / 12 a month. */
constexpr double MonthlyFor200AWeek = 200.0 * WeeksPerMonth;

} // namespace

// A day with a closure: Monday 10:00-13:00 and 14:00-20:00 in hourly intervals is open 60
// minutes from 10:00 to 12:00 and 14:00 to 19:00, 0 at 13:00; with 12:15-12:45 closed and
// 30-minute intervals the 12:00 and 12:30 intervals are open 15 minutes each, at 12:00 and 12:45.
TEST(OpeningHours, RangesAndClosures)
{
    OpeningHours h;
    h.days[0] = DayHours{{{10 * 60, 13 * 60}, {14 * 60, 20 * 60}}};
    const std::vector<int> hourly = intervalOpenMinutes(h, 60);
    EXPECT_EQ(hourly[9], 0);
    EXPECT_EQ(hourly[12], 60);
    EXPECT_EQ(hourly[13], 0);
    EXPECT_EQ(hourly[14], 60);
    EXPECT_EQ(hourly[20], 0);
    EXPECT_EQ(std::accumulate(hourly.begin(), hourly.end(), 0), 9 * 60);
    EXPECT_EQ(h.weeklyOpenMinutes(), 9 * 60);

    h.days[1] = DayHours{{{9 * 60, 12 * 60 + 15}, {12 * 60 + 45, 17 * 60}}};
    const std::vector<int> half = intervalOpenMinutes(h, 30);
    EXPECT_EQ(half[48 + 24], 15);
    EXPECT_EQ(half[48 + 25], 15);
    EXPECT_EQ(intervalOpenStart(h, 30, 48 + 24), 12 * 60);
    EXPECT_EQ(intervalOpenStart(h, 30, 48 + 25), 12 * 60 + 45);
    EXPECT_EQ(intervalOpenStart(h, 60, 14), 14 * 60);

    // A closure must reach an interval boundary: 12:15-12:45 does at 30 minutes, not at 60;
    // 12:45-13:00 ends on one, 13:00-13:30 starts on one.
    EXPECT_EQ(closureProblem(h.days[1], 30), "");
    EXPECT_NE(closureProblem(h.days[1], 60), "");
    EXPECT_EQ(closureProblem(DayHours{{{9 * 60, 12 * 60 + 45}, {13 * 60, 17 * 60}}}, 60), "");
    EXPECT_EQ(closureProblem(DayHours{{{9 * 60, 13 * 60}, {13 * 60 + 30, 17 * 60}}}, 60), "");
    EXPECT_NE(closureProblem(DayHours{{{9 * 60, 13 * 60 + 5}, {13 * 60 + 55, 17 * 60}}}, 60), "");
    EXPECT_EQ(closureProblem(DayHours::between(0, 24 * 60), 60), "");

    EXPECT_EQ(dayHoursProblem(DayHours{{{9 * 60, 12 * 60}, {12 * 60, 17 * 60}}}),
              "09:00-12:00 and 12:00-17:00 touch: write them as one range");
    EXPECT_EQ(dayHoursProblem(DayHours{{{9 * 60, 12 * 60}, {11 * 60, 17 * 60}}}),
              "11:00-17:00 overlaps 09:00-12:00 (list the ranges in order, each closing before "
              "the next opens)");
    EXPECT_EQ(dayHoursProblem(DayHours::between(20 * 60, 8 * 60)),
              "20:00-08:00 closes before it opens (a range needs opening < closing)");
    EXPECT_EQ(dayHoursProblem(DayHours::between(20 * 60, 25 * 60)),
              "20:00-25:00 is not within the day (00:00 to 24:00)");
    EXPECT_EQ(dayHoursProblem(DayHours{}), "");
    EXPECT_THROW((void)intervalOpenMinutes(OpeningHours{{DayHours::between(9 * 60, 8 * 60)}}, 30),
                 InputError);
    EXPECT_EQ(minimumDeadlineProblem(0.25, 15), "");
    EXPECT_EQ(minimumDeadlineProblem(0.25, 30), "must be at least one staffing interval (0.5 h)");
    EXPECT_EQ(minimumDeadlineProblem(1.0, 60), "");
}

TEST(Arrivals, SpreadSumsToVolumeAndRespectsClosedHours)
{
    OpeningHours hours;
    for (int d = 0; d < 6; ++d)
        hours.days[static_cast<std::size_t>(d)] = DayHours::between(8 * 60 + 15, 19 * 60 + 45);
    for (Channel ch : {Channel::Voice, Channel::Email, Channel::Chat}) {
        for (int minutes : {15, 30, 60}) {
            const std::vector<double> v = spreadWeeklyVolume(7000.0, hours,
                                                             defaultArrivalProfile(ch), minutes);
            ASSERT_EQ(v.size(), static_cast<std::size_t>(7 * 24 * 60 / minutes));
            EXPECT_NEAR(sum(v), 7000.0, 1e-9); // rounding of a few hundred additions
            const std::vector<int> open = intervalOpenMinutes(hours, minutes);
            for (std::size_t k = 0; k < v.size(); ++k) {
                if (open[k] == 0)
                    EXPECT_EQ(v[k], 0.0) << "interval " << k;
                else
                    EXPECT_GT(v[k], 0.0) << "interval " << k;
            }
        }
    }
}

// Flat weights, Monday 9:15-11:00 in 30-minute intervals: open minutes 15, 30, 30, 30, so the
// volume splits 1/7, 2/7, 2/7, 2/7 (the partial interval by its open fraction).
TEST(Arrivals, PartialIntervalsTakeTheirOpenFraction)
{
    const OpeningHours hours = mondayOnly(9 * 60 + 15, 11 * 60);
    const std::vector<double> v = spreadWeeklyVolume(700.0, hours, flat(), 30);
    EXPECT_NEAR(v[18], 100.0, 1e-12);
    EXPECT_NEAR(v[19], 200.0, 1e-12);
    EXPECT_NEAR(v[20], 200.0, 1e-12);
    EXPECT_NEAR(v[21], 200.0, 1e-12);
    EXPECT_NEAR(sum(v), 700.0, 1e-12);
    const std::vector<int> open = intervalOpenMinutes(hours, 30);
    EXPECT_EQ(open[18], 15);
    EXPECT_EQ(open[19], 30);
    EXPECT_EQ(open[22], 0);
}

// Every open interval has weight 0: the volume is spread evenly over the open time. Monday
// 9:30-11:00 in 60-minute intervals: 30 and 60 open minutes take 1/3 and 2/3 of 90.
TEST(Arrivals, ZeroWeightsSpreadEvenlyOverTheOpenMinutes)
{
    ArrivalProfile zero; // all weights 0
    const std::vector<double> v = spreadWeeklyVolume(90.0, mondayOnly(9 * 60 + 30, 11 * 60), zero,
                                                     60);
    EXPECT_NEAR(v[9], 30.0, 1e-12);
    EXPECT_NEAR(v[10], 60.0, 1e-12);
    EXPECT_NEAR(sum(v), 90.0, 1e-12);
}

// Weights multiply: hour 9 weight 1, hour 10 weight 3; Monday 2, Tuesday 1; both days 9-11 in
// 60-minute intervals. Weights 2, 6, 1, 3 of 12.
TEST(Arrivals, HourAndWeekdayWeightsMultiply)
{
    ArrivalProfile p;
    p.hourly[9] = 1.0;
    p.hourly[10] = 3.0;
    p.weekday = {2.0, 1.0, 0, 0, 0, 0, 0};
    OpeningHours hours = mondayOnly(9 * 60, 11 * 60);
    hours.days[1] = DayHours::between(9 * 60, 11 * 60);
    const std::vector<double> v = spreadWeeklyVolume(120.0, hours, p, 60);
    EXPECT_NEAR(v[9], 20.0, 1e-12);
    EXPECT_NEAR(v[10], 60.0, 1e-12);
    EXPECT_NEAR(v[24 + 9], 10.0, 1e-12);
    EXPECT_NEAR(v[24 + 10], 30.0, 1e-12);
    // Zero weight over all the open time: spread evenly over it.
    ArrivalProfile night;
    night.hourly[3] = 1.0;
    night.weekday.fill(1.0);
    const std::vector<double> even = spreadWeeklyVolume(120.0, hours, night, 60);
    EXPECT_NEAR(even[9], 30.0, 1e-12);
    EXPECT_NEAR(even[24 + 10], 30.0, 1e-12);
}

TEST(Arrivals, DefaultProfilesHaveTheDocumentedShape)
{
    const ArrivalProfile voice = defaultArrivalProfile(Channel::Voice);
    const auto peak = [](const ArrivalProfile &p) {
        return std::max_element(p.hourly.begin(), p.hourly.end()) - p.hourly.begin();
    };
    EXPECT_TRUE(peak(voice) >= 10 && peak(voice) < 12);
    const double afternoon = std::max(voice.hourly[14], voice.hourly[15]);
    EXPECT_GT(afternoon, voice.hourly[13]);
    EXPECT_GT(afternoon, voice.hourly[17]);
    EXPECT_EQ(std::max_element(voice.weekday.begin(), voice.weekday.end()), voice.weekday.begin());
    const ArrivalProfile email = defaultArrivalProfile(Channel::Email);
    EXPECT_GT(email.hourly[3], 0.0);
    EXPECT_GT(email.hourly[11], 2.0 * email.hourly[3]);
    const ArrivalProfile chat = defaultArrivalProfile(Channel::Chat);
    EXPECT_TRUE(peak(chat) >= 18 && peak(chat) < 22);
}

TEST(Arrivals, RejectsInvalidInput)
{
    const OpeningHours hours = mondayOnly(9 * 60, 17 * 60);
    EXPECT_THROW((void)spreadWeeklyVolume(10, OpeningHours{}, flat(), 30), InputError);
    EXPECT_EQ(sum(spreadWeeklyVolume(0, OpeningHours{}, flat(), 30)), 0.0);
    EXPECT_THROW((void)spreadWeeklyVolume(-1, hours, flat(), 30), InputError);
    EXPECT_THROW((void)spreadWeeklyVolume(10, hours, flat(), 7), InputError);
    ArrivalProfile bad = flat();
    bad.hourly[5] = -1.0;
    try {
        (void)spreadWeeklyVolume(10, hours, bad, 30);
        FAIL();
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "arrivals.hourly[5]");
    }
    try {
        (void)intervalOpenMinutes(mondayOnly(600, 600), 30);
        FAIL();
    } catch (const InputError &e) {
        EXPECT_EQ(e.field(), "opening_hours.mon");
    }
}

// Chat: slots by Erlang C on the per-chat handle time, agents = ceil(slots / concurrency).
// A = 10 needs 14 slots (pyworkforce example); SL at 15 slots is the mpmath value 0.94145...
TEST(Chat, ConcurrencyDividesSlots)
{
    const QueueTarget target{0.8, 20, 1.0};
    const ChatResult two = chatRequired(10, 180, 2.0, target);
    EXPECT_EQ(two.slots, 14);
    EXPECT_EQ(two.agents, 7);
    EXPECT_EQ(two.queue.agents, 14);
    const ChatResult three = chatRequired(10, 180, 3.0, target);
    EXPECT_EQ(three.slots, 14);
    EXPECT_EQ(three.agents, 5);
    EXPECT_EQ(three.queue.agents, 15); // evaluated at the 15 slots 5 agents provide
    EXPECT_NEAR(three.queue.serviceLevel, 0.94145284286902232567, 1e-12);
    EXPECT_EQ(chatRequired(10, 180, 1.0, target).agents, 14);
    EXPECT_EQ(chatRequired(0, 180, 2.0, target).agents, 0);
    EXPECT_THROW((void)chatRequired(10, 180, 0.5, target), InputError);
}

// One voice channel, Monday 9:00-10:00 only, flat curve: 100 calls in each 30-minute interval at
// AHT 180 s is A = 10, hence 14 agents (20 scheduled at 30% shrinkage) in both intervals.
TEST(Staff, SmallVoiceWorkloadByHand)
{
    Workload w;
    w.hours = mondayOnly(9 * 60, 10 * 60);
    w.shrinkage = 0.30;
    w.intervalMinutes = 30;
    ChannelLoad voice;
    voice.monthlyVolume = MonthlyFor200AWeek;
    voice.ahtSeconds = 180;
    voice.target = {0.8, 20};
    voice.maxOccupancy = 1.0;
    voice.arrivals = flat();
    w.channels = {voice};

    const StaffingPlan plan = staff(w);
    ASSERT_EQ(plan.channels.size(), 1u);
    const ChannelStaffing &cs = plan.channels[0];
    EXPECT_NEAR(cs.weeklyVolume, 200.0, 1e-9);
    EXPECT_NEAR(cs.volume[18], 100.0, 1e-9);
    EXPECT_EQ(cs.agents[18], 14.0);
    EXPECT_EQ(cs.agents[19], 14.0);
    EXPECT_EQ(cs.scheduled[19], 20.0);
    EXPECT_EQ(cs.agents[20], 0.0);
    EXPECT_EQ(cs.peakAgents, 14.0);
    EXPECT_EQ(cs.peakScheduled, 20.0);
    EXPECT_NEAR(cs.weeklyAgentHours, 14.0, 1e-12); // 14 agents x 1 hour
    EXPECT_NEAR(cs.weeklyScheduledHours, 20.0, 1e-12); // 20 x 1 hour
    // mpmath value at A = 10, N = 14 (test_erlang_c.cpp); A carries 1e-15 of rounding.
    EXPECT_NEAR(cs.serviceLevel, 0.88835001917946688425, 1e-12);
    EXPECT_NEAR(cs.occupancy, 10.0 / 14.0, 1e-12);
    EXPECT_NEAR(cs.asaSeconds, 7.835937011777242919, 1e-9);
    EXPECT_EQ(plan.peakScheduled, 20.0);
    EXPECT_NEAR(plan.weeklyScheduledHours, 20.0, 1e-12);
    EXPECT_NEAR(plan.fte(35.0), 20.0 / 35.0, 1e-12);
    EXPECT_THROW((void)plan.fte(0.0), InputError);

    // A site 50% slower: A = 15 a half hour -> 20 agents (Erlang C, 80% in 20 s).
    const StaffingPlan slow = staff(w, 1.5);
    EXPECT_EQ(slow.channels[0].ahtSeconds, 270.0);
    EXPECT_EQ(slow.channels[0].agents[18],
              static_cast<double>(erlangCRequired(15, 270, {0.8, 20, 1.0}).agents));
    EXPECT_GT(slow.channels[0].agents[18], 14.0);
}

// Open 9:15-10:00: the 9:00 interval has 15 open minutes and a third of the volume, so the same
// arrival rate as the 9:30 interval; both get the same agents, counted for their open minutes.
TEST(Staff, PartialIntervalUsesItsOpenTime)
{
    Workload w;
    w.hours = mondayOnly(9 * 60 + 15, 10 * 60);
    ChannelLoad voice;
    voice.monthlyVolume = 150.0 * WeeksPerMonth; // 50 + 100 calls
    voice.ahtSeconds = 180;
    voice.maxOccupancy = 1.0;
    voice.arrivals = flat();
    w.channels = {voice};
    const ChannelStaffing cs = staff(w).channels[0];
    EXPECT_NEAR(cs.volume[18], 50.0, 1e-9);
    EXPECT_EQ(cs.agents[18], cs.agents[19]);
    EXPECT_EQ(cs.agents[19], 14.0); // A = 100 x 180 / 1800 = 10
    EXPECT_NEAR(cs.weeklyAgentHours, 14.0 * 0.75, 1e-12);
}

// Email around the clock, always open, flat curve: r = V / 168 an hour, agents = r AHT / 3600 /
// occupancy in every interval; chat at concurrency 2 on the Monday 9-10 case gives 7 agents.
TEST(Staff, EmailAndChatByHand)
{
    Workload w;
    w.hours = roundTheClock();
    w.shrinkage = 0.2;
    ChannelLoad email;
    email.channel = Channel::Email;
    email.monthlyVolume = 1680.0 * WeeksPerMonth; // 10 an hour
    email.ahtSeconds = 360;
    email.deadlineHours = 24;
    email.targetOccupancy = 0.8;
    email.arrivals = flat();
    w.channels = {email};
    const StaffingPlan plan = staff(w);
    const ChannelStaffing &cs = plan.channels[0];
    // 10 an hour x 360 s = 1 hour of work an hour; / 0.8 = 1.25 agents; / (1 - 0.2) = 1.5625.
    for (std::size_t k = 0; k < cs.agents.size(); ++k) {
        ASSERT_NEAR(cs.agents[k], 1.25, 1e-12);
        ASSERT_NEAR(cs.scheduled[k], 1.5625, 1e-12);
    }
    EXPECT_NEAR(cs.weeklyAgentHours, 1.25 * 168.0, 1e-9);
    EXPECT_NEAR(cs.occupancy, 0.8, 1e-12);
    EXPECT_EQ(cs.serviceLevel, 1.0);

    Workload c;
    c.hours = mondayOnly(9 * 60, 10 * 60);
    ChannelLoad chat;
    chat.channel = Channel::Chat;
    chat.monthlyVolume = MonthlyFor200AWeek;
    chat.ahtSeconds = 180;
    chat.concurrency = 2;
    chat.maxOccupancy = 1.0;
    chat.arrivals = flat();
    c.channels = {chat};
    const StaffingPlan chatPlan = staff(c);
    EXPECT_EQ(chatPlan.channels[0].agents[18], 7.0);
    EXPECT_EQ(chatPlan.channels[0].scheduled[18], 10.0); // ceil(7 / 0.7)
}

TEST(Staff, ThreeChannelsAddUpAndErlangANeedsNoMore)
{
    Workload w;
    for (int d = 0; d < 6; ++d)
        w.hours.days[static_cast<std::size_t>(d)] = DayHours::between(8 * 60, 20 * 60);
    ChannelLoad voice;
    voice.monthlyVolume = 30000;
    voice.ahtSeconds = 330;
    ChannelLoad email;
    email.channel = Channel::Email;
    email.monthlyVolume = 12000;
    email.ahtSeconds = 420;
    ChannelLoad chat;
    chat.channel = Channel::Chat;
    chat.monthlyVolume = 8000;
    chat.ahtSeconds = 600;
    chat.concurrency = 2;
    chat.target = {0.8, 60};
    w.channels = {voice, email, chat};
    const StaffingPlan plan = staff(w);
    ASSERT_EQ(plan.channels.size(), 3u);
    double hours = 0.0;
    for (const ChannelStaffing &cs : plan.channels) {
        EXPECT_NEAR(sum(cs.volume), cs.weeklyVolume, 1e-9 * cs.weeklyVolume);
        hours += cs.weeklyScheduledHours;
        EXPECT_GE(cs.serviceLevel, 0.8);
    }
    EXPECT_NEAR(plan.weeklyScheduledHours, hours, 1e-9);
    for (std::size_t k = 0; k < plan.agents.size(); ++k) {
        const double total = plan.channels[0].agents[k] + plan.channels[1].agents[k]
                             + plan.channels[2].agents[k];
        ASSERT_NEAR(plan.agents[k], total, 1e-12);
    }
    EXPECT_EQ(plan.peakAgents, *std::max_element(plan.agents.begin(), plan.agents.end()));
    EXPECT_LE(plan.channels[0].occupancy, 0.85);

    Workload a = w;
    a.channels[0].model = QueueModel::ErlangA;
    a.channels[0].patienceSeconds = 120;
    const StaffingPlan withA = staff(a);
    for (std::size_t k = 0; k < plan.agents.size(); ++k)
        ASSERT_LE(withA.channels[0].agents[k], plan.channels[0].agents[k]);
    EXPECT_LT(withA.channels[0].weeklyAgentHours, plan.channels[0].weeklyAgentHours);
    EXPECT_GT(withA.channels[0].abandonProbability, 0.0);

    // Pure functions: the same plan from several threads at once.
    std::vector<double> results(4, 0.0);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] { results[i] = staff(a).weeklyScheduledHours; });
    for (std::thread &t : threads)
        t.join();
    for (double r : results)
        EXPECT_EQ(r, withA.weeklyScheduledHours);
}

// Each channel works to its own hours: voice to the centre's Monday 9:00-11:00, outbound to its
// own 10:00-10:30 (hourly intervals). The outbound agents sit in the 10:00 interval only and
// count 30 minutes there; the plan's paid hours per interval add each channel over its own
// open minutes. A voice channel with its own 9:00-10:00 takes its whole volume at 9:00.
TEST(Staff, ChannelsWorkToTheirOwnHours)
{
    Workload w;
    w.hours = mondayOnly(9 * 60, 11 * 60);
    w.intervalMinutes = 60;
    w.shrinkage = 0.2;
    ChannelLoad voice;
    voice.monthlyVolume = MonthlyFor200AWeek;
    voice.ahtSeconds = 180;
    voice.arrivals = flat();
    ChannelLoad outbound;
    outbound.channel = Channel::Outbound;
    outbound.monthlyVolume = 20.0 * WeeksPerMonth;
    outbound.ahtSeconds = 360;
    outbound.deadlineHours = 1;
    outbound.targetOccupancy = 0.8;
    outbound.arrivals = flat();
    outbound.openingHours = mondayOnly(10 * 60, 10 * 60 + 30);
    w.channels = {voice, outbound};
    const StaffingPlan plan = staff(w);
    const ChannelStaffing &v = plan.channels[0];
    const ChannelStaffing &o = plan.channels[1];
    EXPECT_EQ(v.openMinutes[9], 60);
    EXPECT_EQ(o.openMinutes[9], 0);
    EXPECT_EQ(o.openMinutes[10], 30);
    EXPECT_GT(v.agents[9], 0.0);
    EXPECT_EQ(o.agents[9], 0.0);
    // 20 items a week, all answered in the one open half hour: 40 an hour x 360 s / 0.8.
    EXPECT_NEAR(o.agents[10], 40.0 * 360.0 / 3600.0 / 0.8, 1e-9);
    EXPECT_NEAR(o.weeklyAgentHours, 20.0 * 360.0 / 3600.0 / 0.8, 1e-9);
    for (std::size_t k = 0; k < plan.scheduledHours.size(); ++k)
        ASSERT_NEAR(plan.scheduledHours[k],
                    v.scheduled[k] * v.openMinutes[k] / 60.0
                        + o.scheduled[k] * o.openMinutes[k] / 60.0,
                    1e-12);
    EXPECT_NEAR(plan.scheduledHours[10], v.scheduled[10] + o.scheduled[10] * 0.5, 1e-12);
    EXPECT_NEAR(sum(plan.scheduledHours), plan.weeklyScheduledHours, 1e-9);

    w.channels[0].openingHours = mondayOnly(9 * 60, 10 * 60);
    const ChannelStaffing early = staff(w).channels[0];
    EXPECT_NEAR(early.volume[9], 200.0, 1e-9);
    EXPECT_EQ(early.volume[10], 0.0);
    EXPECT_EQ(early.agents[10], 0.0);
}

TEST(Staff, InvalidInputNamesTheField)
{
    Workload w;
    w.hours = mondayOnly(9 * 60, 17 * 60);
    ChannelLoad voice;
    voice.monthlyVolume = 1000;
    ChannelLoad email;
    email.channel = Channel::Email;
    email.monthlyVolume = 1000;
    w.channels = {voice, email};
    EXPECT_EQ(failingField(w), "no error");

    Workload bad = w;
    bad.channels[1].ahtSeconds = 0;
    EXPECT_EQ(failingField(bad), "channels[1].aht_s");
    bad = w;
    bad.channels[0].monthlyVolume = -5;
    EXPECT_EQ(failingField(bad), "channels[0].monthly_volume");
    bad = w;
    bad.channels[0].model = QueueModel::ErlangA;
    bad.channels[0].patienceSeconds = 0;
    EXPECT_EQ(failingField(bad), "channels[0].patience_s");
    bad = w;
    bad.channels[0].target.level = 1.2;
    EXPECT_EQ(failingField(bad), "channels[0].service_level.target");
    bad = w;
    bad.channels[1].deadlineHours = 0;
    EXPECT_EQ(failingField(bad), "channels[1].deadline_h");
    bad = w;
    bad.channels[0].arrivals = flat();
    bad.channels[0].arrivals->weekday[2] = -1;
    EXPECT_EQ(failingField(bad), "channels[0].arrivals.weekday[2]");
    bad = w;
    bad.shrinkage = 1.0;
    EXPECT_EQ(failingField(bad), "shrinkage");
    bad = w;
    bad.intervalMinutes = 20;
    EXPECT_EQ(failingField(bad), "interval_minutes");
    bad = w;
    bad.hours = OpeningHours{};
    EXPECT_EQ(failingField(bad), "opening_hours");
    bad = w;
    bad.channels[1].deadlineHours = 0.25; // shorter than the 30-minute interval
    EXPECT_EQ(failingField(bad), "channels[1].deadline_h");
    bad = w;
    bad.hours.days[0] = DayHours{{{9 * 60, 12 * 60}, {11 * 60, 17 * 60}}};
    EXPECT_EQ(failingField(bad), "opening_hours.mon");
    bad = w;
    bad.channels[1].openingHours = mondayOnly(9 * 60, 17 * 60);
    bad.channels[1].openingHours->days[0] = DayHours{
        {{9 * 60, 12 * 60 + 10}, {12 * 60 + 20, 17 * 60}}};
    EXPECT_EQ(failingField(bad), "channels[1].opening_hours.mon");
    EXPECT_THROW((void)staff(w, 0.0), InputError);
}
