// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/erlang.h"
#include "escale/model/opening_hours.h"
#include "escale/model/workload.h"

#include <vector>

/**
 * @file
 * Building blocks of staff(): chat sizing with concurrency and the email deadline model (the
 * week's intervals and opening hours: escale/model/opening_hours.h). Pure functions; invalid input throws escale::InputError.
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

/**
 * Email deadline model, interval by interval: the emails to handle per open hour in each
 * interval of the week (the agents follow from emailAgents()) so that every email is handled,
 * first in first out, within `deadlineHours` opening hours of its arrival, with the fewest agent
 * hours and, among those schedules, the lowest peak. Also used for outbound.
 *
 * Timeline. `arrivals[k]` are the emails arriving in interval k of the week in clock time
 * (around the clock), uniformly within the interval. Closed time is removed: emails arriving
 * while closed join at the next opening, arrivals in the open part of an interval stay spread
 * over it, and the week repeats. A(t) is the number arrived by open time t, H the week's open
 * hours, V its volume. Interval k handles at a constant rate over its open stretch (one
 * stretch: closureProblem()), so the emails handled by t, P(t), are linear over each interval.
 *
 * Deadline. FIFO answers every email within D opening hours iff P(t) >= A(t - D) for all t.
 *
 * Fewest agent hours. Agents in interval k are rate x AHT / 3600 / target occupancy and never
 * work above the target, so the week's agent hours are at least V x AHT / 3600 / target, with
 * equality exactly when no interval's agents wait for work: P(t) <= A(t) with P linear over
 * each interval. Such a schedule exists when D is at least one interval (the shortest deadline
 * allowed): let each interval handle what arrived before its end; an email then waits at most
 * until the end of the interval it arrives in (or of the first open interval after it). So
 * every schedule below without waiting time has the fewest agent hours.
 *
 * Lowest peak. For a peak rate c, the greedy "each interval handles what has arrived, at most c
 * per open hour" meets the deadline iff some schedule without waiting and with peak <= c does:
 * from the same start, the greedy has handled at least as much as any such schedule at every
 * interval boundary (the step x -> min(arrived, x + c h) is nondecreasing in x), and having
 * handled more never makes a later email late. In steady state the backlog at the
 * week's first opening is the least fixed point of the week's map b -> max(floor, b + V - cH)
 * (none if c < V / H: the backlog grows every week). The deadline is checked exactly, at the
 * points where A(t - D) jumps or bends. Meeting it is monotone in c, so the least c is found
 * by bisection (to a relative 1e-13) between emailHandlingRate() - a lower bound of any
 * schedule's peak, taken at once when it is feasible, which is the usual case - and the largest
 * interval's arrival rate, where each interval handles its own emails. No linear programme is
 * needed. Hours come first: where a day opens in a short first interval that takes the
 * night's emails, the peak of a schedule without waiting can exceed the constant rate's.
 * Costs O(intervals) per trial cap after the O(pieces^2) lower bound.
 *
 * Throws InputError if D is shorter than one interval, an interval is open in two stretches,
 * or there are emails but no open time. Rates are 0 in closed intervals.
 */
struct EmailSchedule
{
    std::vector<double> rate; ///< emails handled per open hour, per interval of the week
    double peakRate = 0.0; ///< the largest of them
};

EmailSchedule emailSchedule(const std::vector<double> &arrivals, const OpeningHours &hours,
                            int intervalMinutes, double deadlineHours);

/**
 * The smallest *constant* handling rate (emails per opening hour) that answers every email
 * within `deadlineHours` opening hours of its arrival, in steady state (same timeline as
 * emailSchedule()). A constant rate r meets a deadline of D opening hours iff every window
 * (u, s] of open time satisfies arrivals(u, s] <= r (s - u + D) and r x weekly open hours >=
 * weekly volume; with weekly-periodic arrivals windows up to one week suffice. Hence
 * r = max(V / H, max over windows arrivals / (length + D)); the maximum is reached with windows
 * that start at a piece start and end at a piece boundary, so the search is exact and costs
 * O(pieces^2). The same window bound holds for the peak of any schedule, which is why
 * emailSchedule() starts from it. Returns 0 when there are no emails.
 */
double emailHandlingRate(const std::vector<double> &arrivals, const OpeningHours &hours,
                         int intervalMinutes, double deadlineHours);

/**
 * Agents on the floor while open for an email handling rate: r x AHT / 3600 / targetOccupancy.
 * Fractional: email hours blend into the other channels.
 */
double emailAgents(double ratePerOpenHour, double ahtSeconds, double targetOccupancy);

} // namespace escale
