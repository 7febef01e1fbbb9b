// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/workload.h"

#include <vector>

namespace escale {

/**
 * Staffing of one channel over a typical week, interval by interval in client time. The week
 * starts Monday 00:00; interval k covers [k*intervalMinutes, (k+1)*intervalMinutes).
 * `agents` are on-floor agents taking contacts (Erlang, concurrency or backlog model);
 * `scheduled` adds shrinkage: ceil(agents / (1 - shrinkage)) for the integer queue models,
 * agents / (1 - shrinkage) for email, whose hours blend into the other channels.
 * Each channel works to its own opening hours (channelHours()). For an interval only partly
 * open, `agents` are those present during its open part (the traffic is sized on the open
 * minutes) and the weekly hours count its open minutes only.
 * For email, `volume` is in clock time (emails are written around the clock); the emails that
 * arrive while closed are answered from the next opening, and `agents` follow the interval by
 * interval schedule of emailSchedule().
 */
struct ChannelStaffing
{
    Channel channel = Channel::Voice;
    std::vector<double> volume; ///< contacts arriving per interval
    std::vector<double> agents; ///< on-floor agents per interval
    std::vector<double> scheduled; ///< agents on the schedule per interval (with shrinkage)
    std::vector<int> openMinutes; ///< open minutes of each interval in the channel's hours

    double weeklyVolume = 0.0;
    double ahtSeconds = 0.0; ///< handle time used (after the site's multiplier)
    double peakAgents = 0.0;
    double peakScheduled = 0.0;
    double weeklyAgentHours = 0.0; ///< on-floor (productive) hours per week
    double weeklyScheduledHours = 0.0; ///< paid hours per week including shrinkage

    // Volume-weighted outcomes over the week
    double serviceLevel
        = 1.0; ///< voice/chat: share answered within target; email: share within deadline
    double asaSeconds = 0.0; ///< voice/chat only (0 for email)
    double occupancy = 0.0;
    double abandonProbability = 0.0; ///< Erlang A only
};

/** Staffing of a whole workload at one site. */
struct StaffingPlan
{
    int intervalMinutes = 30;
    std::vector<ChannelStaffing> channels;
    std::vector<double> agents; ///< sum over channels, per interval
    std::vector<double> scheduled; ///< sum over channels, per interval
    /** Paid agent-hours per interval: each channel's scheduled agents over its open minutes. */
    std::vector<double> scheduledHours;

    double weeklyAgentHours = 0.0;
    double weeklyScheduledHours = 0.0;
    double peakAgents = 0.0;
    double peakScheduled = 0.0;

    /** Full-time equivalents for a contract of `weeklyContractHours` per week. */
    double fte(double weeklyContractHours) const;
};

/**
 * Sizes every channel of `workload` for a site whose handle times are `ahtMultiplier` times the
 * workload's. Voice and chat use Erlang C or A per interval; email and outbound the deadline
 * model, interval by interval (chat concurrency and the email model:
 * escale/model/channel_staffing.h). Throws InputError on invalid input (negative volume,
 * shrinkage outside [0, 1), a deadline shorter than one interval, an interval open in two
 * stretches, ...).
 */
StaffingPlan staff(const Workload &workload, double ahtMultiplier = 1.0);

/** The shipped arrival curve for a channel ([E]: typical French B2C contact-centre shape). */
ArrivalProfile defaultArrivalProfile(Channel channel);

/**
 * Spreads `weeklyVolume` over the week's intervals: weight of an interval = hourly weight of
 * its hour x weekday weight of its day, restricted to the open part of the interval, then
 * rescaled so the intervals sum to `weeklyVolume`. Returns 7*24*60/intervalMinutes values.
 * If every open interval has zero weight the volume is spread evenly over the open time.
 */
std::vector<double> spreadWeeklyVolume(double weeklyVolume, const OpeningHours &hours,
                                       const ArrivalProfile &profile, int intervalMinutes);

} // namespace escale
