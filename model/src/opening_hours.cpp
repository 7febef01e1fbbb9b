// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of opening hours and the open minutes of the week's staffing intervals.
#include "escale/model/opening_hours.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace escale {

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int MinutesPerWeek = 7 * MinutesPerDay;
constexpr const char *DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

void checkIntervalMinutes(int intervalMinutes)
{
    if (intervalMinutes <= 0 || 60 % intervalMinutes != 0)
        throw InputError("interval_minutes", "must divide 60 (15, 30 or 60)");
}

std::string rangeText(const TimeRange &r)
{
    return formatClock(r.openMinute) + "-" + formatClock(r.closeMinute);
}

void checkHours(const OpeningHours &hours)
{
    for (int d = 0; d < 7; ++d) {
        const std::string problem = dayHoursProblem(hours.days[std::size_t(d)]);
        if (!problem.empty())
            throw InputError(std::string("opening_hours.") + DayKeys[d], problem);
    }
}

} // namespace

std::string formatClock(int minute)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minute / 60, minute % 60);
    return buffer;
}

std::string dayHoursProblem(const DayHours &day)
{
    for (std::size_t i = 0; i < day.ranges.size(); ++i) {
        const TimeRange &r = day.ranges[i];
        if (r.openMinute >= r.closeMinute)
            return rangeText(r) + " closes before it opens (a range needs opening < closing)";
        if (r.openMinute < 0 || r.closeMinute > MinutesPerDay)
            return rangeText(r) + " is not within the day (00:00 to 24:00)";
        if (i == 0)
            continue;
        const TimeRange &previous = day.ranges[i - 1];
        if (r.openMinute < previous.closeMinute)
            return rangeText(r) + " overlaps " + rangeText(previous)
                   + " (list the ranges in order, each closing before the next opens)";
        if (r.openMinute == previous.closeMinute)
            return rangeText(previous) + " and " + rangeText(r) + " touch: write them as one range";
    }
    return {};
}

std::string closureProblem(const DayHours &day, int intervalMinutes)
{
    checkIntervalMinutes(intervalMinutes);
    for (std::size_t i = 1; i < day.ranges.size(); ++i) {
        const int closed = day.ranges[i - 1].closeMinute;
        const int reopened = day.ranges[i].openMinute;
        // Some boundary b (a multiple of the interval) with closed <= b <= reopened.
        const int boundary = (closed + intervalMinutes - 1) / intervalMinutes * intervalMinutes;
        if (boundary > reopened)
            return "the closure " + formatClock(closed) + "-" + formatClock(reopened)
                   + " lies inside one " + std::to_string(intervalMinutes)
                   + "-minute staffing interval; each interval must be open in one stretch "
                     "(close up to an interval boundary, or use shorter intervals)";
    }
    return {};
}

std::string minimumDeadlineProblem(double deadlineHours, int intervalMinutes)
{
    checkIntervalMinutes(intervalMinutes);
    const double interval = intervalMinutes / 60.0;
    if (std::isfinite(deadlineHours) && deadlineHours >= interval)
        return {};
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "must be at least one staffing interval (%g h)", interval);
    return buffer;
}

int intervalsPerWeek(int intervalMinutes)
{
    checkIntervalMinutes(intervalMinutes);
    return MinutesPerWeek / intervalMinutes;
}

std::vector<int> intervalOpenMinutes(const OpeningHours &hours, int intervalMinutes)
{
    checkHours(hours);
    const int count = intervalsPerWeek(intervalMinutes);
    std::vector<int> open(static_cast<std::size_t>(count), 0);
    for (int k = 0; k < count; ++k) {
        const int start = k * intervalMinutes;
        const DayHours &day = hours.days[static_cast<std::size_t>(start / MinutesPerDay)];
        const int from = start % MinutesPerDay;
        open[static_cast<std::size_t>(k)] = day.openMinutesBetween(from, from + intervalMinutes);
    }
    return open;
}

int intervalOpenStart(const OpeningHours &hours, int intervalMinutes, int k)
{
    const int start = k * intervalMinutes;
    const DayHours &day = hours.days[static_cast<std::size_t>(start / MinutesPerDay)];
    const int from = start % MinutesPerDay;
    for (const TimeRange &r : day.ranges) {
        if (r.closeMinute > from && r.openMinute < from + intervalMinutes)
            return std::max(from, r.openMinute);
    }
    return from;
}

OpeningHours roundTheClock()
{
    OpeningHours hours;
    for (DayHours &d : hours.days)
        d = DayHours::between(0, MinutesPerDay);
    return hours;
}

} // namespace escale
