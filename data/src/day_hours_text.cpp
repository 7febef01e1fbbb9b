// SPDX-License-Identifier: GPL-3.0-or-later
// A day's opening hours as text: "08:00-20:00", "10:00-13:00, 14:00-20:00" or "closed".
#include "escale/data/scenario_io.h"
#include "escale/model/opening_hours.h"

#include <cstdio>

namespace escale::data {

namespace {

constexpr const char *Syntax
    = "must be \"HH:MM-HH:MM\", several such ranges separated by commas, or closed";

/** "HH:MM-HH:MM" exactly; 24:00 only as a closing time. */
std::optional<TimeRange> parseRange(const std::string &text)
{
    int h1 = 0, m1 = 0, h2 = 0, m2 = 0;
    char tail = 0;
    if (text.size() != 11
        || std::sscanf(text.c_str(), "%2d:%2d-%2d:%2d%c", &h1, &m1, &h2, &m2, &tail) != 4)
        return std::nullopt;
    if (text[2] != ':' || text[5] != '-' || text[8] != ':')
        return std::nullopt;
    if (h1 < 0 || h1 > 23 || m1 < 0 || m1 > 59 || h2 < 0 || h2 > 24 || m2 < 0 || m2 > 59
        || (h2 == 24 && m2 != 0))
        return std::nullopt;
    return TimeRange{h1 * 60 + m1, h2 * 60 + m2};
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

std::string formatDayHours(const DayHours &day)
{
    if (!day.isOpen())
        return "closed";
    std::string out;
    for (const TimeRange &r : day.ranges) {
        if (!out.empty())
            out += ", ";
        out += formatClock(r.openMinute) + "-" + formatClock(r.closeMinute);
    }
    return out;
}

DayHoursParse parseDayHours(const std::string &text)
{
    DayHoursParse out;
    if (text == "closed") {
        out.day = DayHours{};
        return out;
    }
    DayHours day;
    std::size_t at = 0;
    while (true) {
        while (at < text.size() && isSpace(text[at]))
            ++at;
        std::size_t end = text.find(',', at);
        const std::size_t next = end == std::string::npos ? text.size() : end + 1;
        if (end == std::string::npos)
            end = text.size();
        std::size_t last = end;
        while (last > at && isSpace(text[last - 1]))
            --last;
        const std::optional<TimeRange> range = parseRange(text.substr(at, last - at));
        if (!range) {
            out.error = std::string(Syntax) + " (got '" + text + "')";
            out.offset = at;
            return out;
        }
        day.ranges.push_back(*range);
        out.rangeOffsets.push_back(at);
        const std::string problem = dayHoursProblem(day);
        if (!problem.empty()) {
            out.error = problem;
            out.offset = at;
            return out;
        }
        if (next > text.size() || end == text.size())
            break;
        at = next;
    }
    out.day = day;
    return out;
}

} // namespace escale::data
