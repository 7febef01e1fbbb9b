// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/workload.h"

#include <string>
#include <vector>

/**
 * @file
 * Checks of opening hours and the week's staffing intervals. The loaders, the app's editors
 * and staff() use the same checks, so a file the app saves always loads again.
 */

namespace escale {

/**
 * What is wrong with a day's ranges, in words ("10:00-13:00 overlaps 12:00-14:00"), or an
 * empty string. Each range needs 0 <= open < close <= 24:00 and must close before the next
 * one opens: ranges in order, apart from each other (two that touch are one range).
 */
std::string dayHoursProblem(const DayHours &day);

/**
 * Staffing works interval by interval, and an interval's agents work one stretch of it: a
 * closure between two ranges must therefore reach an interval boundary (12:15-12:45 does with
 * 30-minute intervals, not with 60-minute ones). Returns the problem in words, or an empty
 * string.
 */
std::string closureProblem(const DayHours &day, int intervalMinutes);

/**
 * The email and outbound deadline model (emailSchedule()) needs a deadline of at least one
 * staffing interval: the problem in words ("must be at least one staffing interval (0.5 h)"),
 * or an empty string.
 */
std::string minimumDeadlineProblem(double deadlineHours, int intervalMinutes);

/** "HH:MM" for minutes since midnight (24:00 for 1440). */
std::string formatClock(int minute);

/** Number of staffing intervals in a week: 7 x 24 x 60 / intervalMinutes. */
int intervalsPerWeek(int intervalMinutes);

/**
 * Open minutes of each interval of the week (Monday 00:00 first), 0..intervalMinutes.
 * intervalMinutes must divide 60. Throws InputError on invalid opening hours (dayHoursProblem).
 */
std::vector<int> intervalOpenMinutes(const OpeningHours &hours, int intervalMinutes);

/**
 * The first open minute of interval k of the week, in minutes since its day's midnight (the
 * interval must be open). With closureProblem() empty the interval's open minutes are the
 * stretch [openStart, openStart + open minutes).
 */
int intervalOpenStart(const OpeningHours &hours, int intervalMinutes, int k);

/** Opening hours that are open around the clock every day. */
OpeningHours roundTheClock();

} // namespace escale
