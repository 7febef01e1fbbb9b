// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/erlang.h"
#include "escale/model/workload.h"

#include <vector>

/**
 * @file
 * Building blocks of staff(): chat sizing with concurrency, the email deadline model and the
 * opening-hour timeline of the week. Pure functions; invalid input throws escale::InputError.
 */

namespace escale {

/**
 * Chat sizing. Convention: an agent handling `concurrency` chats at once is `concurrency`
 * independent "slots"; the chat traffic (chats x per-chat handle time / interval, the handle
 * time being the elapsed time of one chat at that concurrency) is served by slots sized with
 * Erlang C (or A) against the target, occupancy cap included; then
 * agents = ceil(slots / concurrency) (with a 1e-12 relative epsilon).
 */
struct ChatResult
{
    int slots = 0; ///< slots required by the queue model
    int agents = 0; ///< agents on the floor
    /** Queue outcome evaluated at the slots the agents provide, floor(agents x concurrency). */
    QueueResult queue;
};

ChatResult chatRequired(double traffic, double chatHandleSeconds, double concurrency,
                        const QueueTarget &target, QueueModel model = QueueModel::ErlangC,
                        double patienceSeconds = 0.0);

/** Number of staffing intervals in a week: 7 x 24 x 60 / intervalMinutes. */
int intervalsPerWeek(int intervalMinutes);

/**
 * Open minutes of each interval of the week (Monday 00:00 first), 0..intervalMinutes.
 * intervalMinutes must divide 60. Throws InputError on inconsistent opening hours.
 */
std::vector<int> intervalOpenMinutes(const OpeningHours &hours, int intervalMinutes);

/** Opening hours that are open around the clock every day. */
OpeningHours roundTheClock();

/**
 * Email deadline model: the constant handling rate (emails per opening hour) that answers every
 * email within `deadlineHours` opening hours of its arrival, in steady state.
 *
 * `arrivals[k]` are the emails arriving in interval k of the week in clock time (around the
 * clock), uniformly within the interval. On the opening-hour timeline (closed time removed),
 * emails arriving while closed join at the next opening; arrivals in the open part of an
 * interval stay spread over that part. A constant rate r during open time meets a deadline of D
 * opening hours iff every window (u, s] of open time satisfies arrivals(u, s] <= r (s - u + D)
 * and r x weekly open hours >= weekly volume; with weekly-periodic arrivals windows up to one
 * week suffice. Hence r = max(V / H, max over windows arrivals / (length + D)); the maximum is
 * reached with windows that start at a piece start and end at a piece boundary, so the search
 * is exact and costs O(pieces^2). Returns 0 when there are no emails.
 */
double emailHandlingRate(const std::vector<double> &arrivals, const OpeningHours &hours,
                         int intervalMinutes, double deadlineHours);

/**
 * Agents on the floor while open for an email handling rate: r x AHT / 3600 / targetOccupancy.
 * Fractional: email hours blend into the other channels.
 */
double emailAgents(double ratePerOpenHour, double ahtSeconds, double targetOccupancy);

} // namespace escale
