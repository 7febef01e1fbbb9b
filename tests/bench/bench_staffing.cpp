// SPDX-License-Identifier: GPL-3.0-or-later
// Staffing benchmarks: the Erlang C sizing sweep compared with pyworkforce, and staff() on a week.
#include "escale/model/erlang.h"
#include "escale/model/staffing.h"

#include <benchmark/benchmark.h>

namespace {

using namespace escale;

/**
 * Required Erlang C agents for 10,000 traffic levels evenly spread over 0.5-5,000 Erlangs
 * (80% in 20 s, AHT 180 s, 30-minute interval, no occupancy cap). Each level is sized on its
 * own, from scratch. pyworkforce takes 13.7 s for this sweep on the reference machine.
 */
void BM_StaffingSweep(benchmark::State &state)
{
    constexpr int Levels = 10000;
    constexpr double Aht = 180.0;
    constexpr double Interval = 1800.0;
    const QueueTarget target{0.8, 20.0, 1.0};
    for (auto _ : state) {
        long long total = 0;
        for (int i = 0; i < Levels; ++i) {
            const double traffic = 0.5 + (5000.0 - 0.5) * i / (Levels - 1);
            const double calls = traffic * Interval / Aht;
            const QueueResult r = erlangCRequired(calls * Aht / Interval, Aht, target);
            total += r.agents;
        }
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(state.iterations() * Levels);
}
BENCHMARK(BM_StaffingSweep)->Unit(benchmark::kMillisecond);

Workload realisticWeek(QueueModel voiceModel)
{
    Workload w;
    w.intervalMinutes = 30;
    w.shrinkage = 0.30;
    for (int d = 0; d < 6; ++d)
        w.hours.days[static_cast<std::size_t>(d)] = DayHours::between(8 * 60, 20 * 60);
    ChannelLoad voice;
    voice.channel = Channel::Voice;
    voice.monthlyVolume = 30000;
    voice.ahtSeconds = 330;
    voice.target = {0.80, 20};
    voice.model = voiceModel;
    voice.patienceSeconds = 120;
    voice.maxOccupancy = 0.85;
    ChannelLoad email;
    email.channel = Channel::Email;
    email.monthlyVolume = 12000;
    email.ahtSeconds = 420;
    email.deadlineHours = 24;
    email.targetOccupancy = 0.9;
    ChannelLoad chat;
    chat.channel = Channel::Chat;
    chat.monthlyVolume = 8000;
    chat.ahtSeconds = 600;
    chat.concurrency = 2;
    chat.target = {0.80, 60};
    w.channels = {voice, email, chat};
    return w;
}

/** staff() on a 3-channel week (voice Erlang C, email, chat x2), 30-minute intervals. */
void BM_StaffRealisticWeek(benchmark::State &state)
{
    const Workload w = realisticWeek(QueueModel::ErlangC);
    for (auto _ : state) {
        StaffingPlan plan = staff(w, 1.15);
        benchmark::DoNotOptimize(plan.weeklyScheduledHours);
    }
}
BENCHMARK(BM_StaffRealisticWeek)->Unit(benchmark::kMicrosecond);

/** The same week with voice under Erlang A (mean patience 120 s). */
void BM_StaffRealisticWeekErlangA(benchmark::State &state)
{
    const Workload w = realisticWeek(QueueModel::ErlangA);
    for (auto _ : state) {
        StaffingPlan plan = staff(w, 1.15);
        benchmark::DoNotOptimize(plan.weeklyScheduledHours);
    }
}
BENCHMARK(BM_StaffRealisticWeekErlangA)->Unit(benchmark::kMicrosecond);

} // namespace
