// SPDX-License-Identifier: GPL-3.0-or-later
// staff(): sizes every channel of a workload interval by interval over a typical week.
#include "escale/model/staffing.h"

#include "escale/model/channel_staffing.h"
#include "escale/model/errors.h"
#include "escale/model/opening_hours.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace escale {

namespace {

bool inRange(double v, double lo, double hi)
{
    return v >= lo && v <= hi; // false for NaN
}

void require(bool ok, const std::string &field, const char *message)
{
    if (!ok)
        throw InputError(field, message);
}

constexpr const char *DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

void checkHours(const OpeningHours &hours, int intervalMinutes, const std::string &at)
{
    for (std::size_t d = 0; d < 7; ++d) {
        std::string problem = dayHoursProblem(hours.days[d]);
        if (problem.empty())
            problem = closureProblem(hours.days[d], intervalMinutes);
        if (!problem.empty())
            throw InputError(at + "opening_hours." + DayKeys[d], problem);
    }
}

void checkChannel(const ChannelLoad &load, int intervalMinutes, const std::string &at)
{
    require(std::isfinite(load.monthlyVolume) && load.monthlyVolume >= 0.0, at + "monthly_volume",
            "must be a finite number >= 0");
    require(std::isfinite(load.ahtSeconds) && load.ahtSeconds > 0.0, at + "aht_s",
            "must be greater than 0");
    if (isDeferred(load.channel)) {
        require(std::isfinite(load.deadlineHours) && load.deadlineHours > 0.0, at + "deadline_h",
                "must be greater than 0");
        const std::string shortest = minimumDeadlineProblem(load.deadlineHours, intervalMinutes);
        if (!shortest.empty())
            throw InputError(at + "deadline_h", shortest);
        require(load.targetOccupancy > 0.0 && load.targetOccupancy <= 1.0, at + "target_occupancy",
                "must be in (0, 1]");
    } else {
        require(load.target.level >= 0.0 && load.target.level < 1.0, at + "service_level.target",
                "must be in [0, 1)");
        require(std::isfinite(load.target.answerSeconds) && load.target.answerSeconds >= 0.0,
                at + "service_level.answer_s", "must be a finite number >= 0");
        require(load.maxOccupancy > 0.0 && load.maxOccupancy <= 1.0, at + "max_occupancy",
                "must be in (0, 1]");
        if (load.model == QueueModel::ErlangA)
            require(std::isfinite(load.patienceSeconds) && load.patienceSeconds > 0.0,
                    at + "patience_s", "must be greater than 0 with erlang-a");
        if (load.channel == Channel::Chat)
            require(inRange(load.concurrency, 1.0, 1000.0), at + "concurrency",
                    "must be in [1, 1000]");
    }
    if (load.arrivals) {
        for (std::size_t h = 0; h < 24; ++h)
            require(std::isfinite(load.arrivals->hourly[h]) && load.arrivals->hourly[h] >= 0.0,
                    at + "arrivals.hourly[" + std::to_string(h) + "]", "must be >= 0");
        for (std::size_t d = 0; d < 7; ++d)
            require(std::isfinite(load.arrivals->weekday[d]) && load.arrivals->weekday[d] >= 0.0,
                    at + "arrivals.weekday[" + std::to_string(d) + "]", "must be >= 0");
    }
    if (load.openingHours)
        checkHours(*load.openingHours, intervalMinutes, at);
}

/** Fills the per-interval and weekly figures shared by every channel. */
void finish(ChannelStaffing &cs, const std::vector<int> &open)
{
    cs.openMinutes = open;
    for (std::size_t k = 0; k < open.size(); ++k) {
        const double hours = static_cast<double>(open[k]) / 60.0;
        cs.weeklyAgentHours += cs.agents[k] * hours;
        cs.weeklyScheduledHours += cs.scheduled[k] * hours;
        cs.peakAgents = std::max(cs.peakAgents, cs.agents[k]);
        cs.peakScheduled = std::max(cs.peakScheduled, cs.scheduled[k]);
    }
}

ChannelStaffing staffQueue(const ChannelLoad &load, const Workload &w, double aht)
{
    const OpeningHours &hours = channelHours(w, load);
    const std::vector<int> open = intervalOpenMinutes(hours, w.intervalMinutes);
    ChannelStaffing cs;
    cs.channel = load.channel;
    cs.ahtSeconds = aht;
    cs.weeklyVolume = load.monthlyVolume / WeeksPerMonth;
    const ArrivalProfile profile = load.arrivals.value_or(defaultArrivalProfile(load.channel));
    cs.volume = spreadWeeklyVolume(cs.weeklyVolume, hours, profile, w.intervalMinutes);
    cs.agents.assign(open.size(), 0.0);
    cs.scheduled.assign(open.size(), 0.0);

    const QueueTarget target{load.target.level, load.target.answerSeconds, load.maxOccupancy};
    const double concurrency = load.channel == Channel::Chat ? load.concurrency : 1.0;
    double weighted = 0.0;
    double sl = 0.0, asa = 0.0, occupancy = 0.0, abandon = 0.0;
    for (std::size_t k = 0; k < open.size(); ++k) {
        if (cs.volume[k] <= 0.0 || open[k] == 0)
            continue;
        // Traffic over the open part of the interval (the whole interval when fully open).
        const double traffic = cs.volume[k] * aht / (60.0 * static_cast<double>(open[k]));
        const ChatResult r = chatRequired(traffic, aht, concurrency, target, load.model,
                                          load.patienceSeconds);
        cs.agents[k] = r.agents;
        cs.scheduled[k] = scheduledAgents(r.agents, w.shrinkage.value_or(DefaultShrinkage));
        const double v = cs.volume[k];
        weighted += v;
        sl += v * r.queue.serviceLevel;
        asa += v * r.queue.asaSeconds;
        occupancy += v * r.queue.occupancy;
        abandon += v * r.queue.abandonProbability;
    }
    if (weighted > 0.0) {
        cs.serviceLevel = sl / weighted;
        cs.asaSeconds = asa / weighted;
        cs.occupancy = occupancy / weighted;
        cs.abandonProbability = abandon / weighted;
    }
    finish(cs, open);
    return cs;
}

ChannelStaffing staffEmail(const ChannelLoad &load, const Workload &w, double aht)
{
    const OpeningHours &hours = channelHours(w, load);
    const std::vector<int> open = intervalOpenMinutes(hours, w.intervalMinutes);
    ChannelStaffing cs;
    cs.channel = load.channel;
    cs.ahtSeconds = aht;
    cs.weeklyVolume = load.monthlyVolume / WeeksPerMonth;
    const ArrivalProfile profile = load.arrivals.value_or(defaultArrivalProfile(load.channel));
    // Emails are written around the clock; the deadline model moves closed-time arrivals to
    // the next opening.
    cs.volume = spreadWeeklyVolume(cs.weeklyVolume, roundTheClock(), profile, w.intervalMinutes);
    const EmailSchedule schedule = emailSchedule(cs.volume, hours, w.intervalMinutes,
                                                 load.deadlineHours);
    cs.agents.assign(open.size(), 0.0);
    cs.scheduled.assign(open.size(), 0.0);
    for (std::size_t k = 0; k < open.size(); ++k) {
        if (open[k] == 0 || schedule.rate[k] == 0.0)
            continue;
        cs.agents[k] = emailAgents(schedule.rate[k], aht, load.targetOccupancy);
        cs.scheduled[k] = cs.agents[k] / (1.0 - w.shrinkage.value_or(DefaultShrinkage));
    }
    finish(cs, open);
    cs.serviceLevel = 1.0; // every email within the deadline, by construction
    cs.asaSeconds = 0.0;
    cs.occupancy = cs.weeklyAgentHours > 0.0 ? cs.weeklyVolume * aht / 3600.0 / cs.weeklyAgentHours
                                             : 0.0;
    return cs;
}

} // namespace

ChatResult chatRequired(double traffic, double chatHandleSeconds, double concurrency,
                        const QueueTarget &target, QueueModel model, double patienceSeconds)
{
    if (!inRange(concurrency, 1.0, 1000.0))
        throw InputError("concurrency", "must be in [1, 1000]");
    const bool erlangA = model == QueueModel::ErlangA;
    ChatResult out;
    out.queue = erlangA ? erlangARequired(traffic, chatHandleSeconds, patienceSeconds, target)
                        : erlangCRequired(traffic, chatHandleSeconds, target);
    out.slots = out.queue.agents;
    out.agents = static_cast<int>(
        std::ceil(static_cast<double>(out.slots) / concurrency * (1.0 - 1e-12)));
    const double slots = static_cast<double>(out.agents) * concurrency;
    const int provided = static_cast<int>(std::floor(slots * (1.0 + 1e-12)));
    if (provided != out.slots) {
        out.queue = erlangA ? erlangAAt(traffic, chatHandleSeconds, patienceSeconds, provided,
                                        target.answerSeconds)
                            : erlangCAt(traffic, chatHandleSeconds, provided, target.answerSeconds);
    }
    return out;
}

double StaffingPlan::fte(double weeklyContractHours) const
{
    if (!std::isfinite(weeklyContractHours) || weeklyContractHours <= 0.0)
        throw InputError("weekly_contract_hours", "must be greater than 0");
    return weeklyScheduledHours / weeklyContractHours;
}

StaffingPlan staff(const Workload &workload, double ahtMultiplier)
{
    require(std::isfinite(ahtMultiplier) && ahtMultiplier > 0.0, "aht_multiplier",
            "must be greater than 0");
    const double shrinkage = workload.shrinkage.value_or(DefaultShrinkage);
    require(shrinkage >= 0.0 && shrinkage < 1.0, "shrinkage", "must be in [0, 1)");
    const int minutes = workload.intervalMinutes;
    require(minutes == 15 || minutes == 30 || minutes == 60, "interval_minutes",
            "must be 15, 30 or 60");
    checkHours(workload.hours, minutes, "");
    for (std::size_t i = 0; i < workload.channels.size(); ++i)
        checkChannel(workload.channels[i], minutes, "channels[" + std::to_string(i) + "].");
    const std::size_t count = static_cast<std::size_t>(intervalsPerWeek(minutes));

    StaffingPlan plan;
    plan.intervalMinutes = minutes;
    plan.agents.assign(count, 0.0);
    plan.scheduled.assign(count, 0.0);
    plan.scheduledHours.assign(count, 0.0);
    for (const ChannelLoad &load : workload.channels) {
        const double aht = load.ahtSeconds * ahtMultiplier;
        ChannelStaffing cs = isDeferred(load.channel) ? staffEmail(load, workload, aht)
                                                      : staffQueue(load, workload, aht);
        for (std::size_t k = 0; k < count; ++k) {
            plan.agents[k] += cs.agents[k];
            plan.scheduled[k] += cs.scheduled[k];
            plan.scheduledHours[k] += cs.scheduled[k] * cs.openMinutes[k] / 60.0;
        }
        plan.weeklyAgentHours += cs.weeklyAgentHours;
        plan.weeklyScheduledHours += cs.weeklyScheduledHours;
        plan.channels.push_back(std::move(cs));
    }
    for (std::size_t k = 0; k < count; ++k) {
        plan.peakAgents = std::max(plan.peakAgents, plan.agents[k]);
        plan.peakScheduled = std::max(plan.peakScheduled, plan.scheduled[k]);
    }
    return plan;
}

} // namespace escale
