// SPDX-License-Identifier: GPL-3.0-or-later
// Email: backlog with a deadline in opening hours, sized by a fluid model on the open timeline.
#include "escale/model/channel_staffing.h"
#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>

namespace escale {

namespace {

/**
 * A stretch of open time in one interval: `jump` emails arrived while closed and join at its
 * start, then `fluid` emails arrive uniformly over its `hours` of open time.
 */
struct Piece
{
    double jump = 0.0;
    double fluid = 0.0;
    double hours = 0.0;
};

std::vector<Piece> openTimeline(const std::vector<double> &arrivals, const OpeningHours &hours,
                                int intervalMinutes)
{
    const std::vector<int> open = intervalOpenMinutes(hours, intervalMinutes);
    if (arrivals.size() != open.size())
        throw InputError("arrivals", "needs one value per interval of the week");
    const int perDay = 24 * 60 / intervalMinutes;
    const double length = static_cast<double>(intervalMinutes);

    std::vector<Piece> pieces;
    double pending = 0.0; // arrived while closed, waiting for the next opening
    for (std::size_t k = 0; k < open.size(); ++k) {
        const double v = arrivals[k];
        if (!std::isfinite(v) || v < 0.0)
            throw InputError("arrivals", "must be finite numbers >= 0");
        if (open[k] == 0) {
            pending += v;
            continue;
        }
        // The open part of an interval is one range: closed minutes before it (opening inside
        // the interval) or after it (closing inside the interval), never both around midnight.
        const DayHours &day = hours.days[k / static_cast<std::size_t>(perDay)];
        const int start = static_cast<int>(k) % perDay * intervalMinutes;
        const int openFrom = std::max(start, day.openMinute);
        const double before = static_cast<double>(openFrom - start);
        const double after = length - before - static_cast<double>(open[k]);
        pending += v * before / length;
        pieces.push_back({pending, v * static_cast<double>(open[k]) / length,
                          static_cast<double>(open[k]) / 60.0});
        pending = v * after / length;
    }
    if (!pieces.empty())
        pieces.front().jump += pending; // the week repeats: late arrivals join next Monday
    return pieces;
}

} // namespace

double emailHandlingRate(const std::vector<double> &arrivals, const OpeningHours &hours,
                         int intervalMinutes, double deadlineHours)
{
    if (!std::isfinite(deadlineHours) || deadlineHours <= 0.0)
        throw InputError("deadline_h", "must be greater than 0");
    const std::vector<Piece> pieces = openTimeline(arrivals, hours, intervalMinutes);

    double volume = 0.0;
    double openHours = 0.0;
    for (const Piece &p : pieces) {
        volume += p.jump + p.fluid;
        openHours += p.hours;
    }
    if (pieces.empty()) {
        double total = 0.0;
        for (double v : arrivals)
            total += std::isfinite(v) && v > 0.0 ? v : 0.0;
        if (total > 0.0)
            throw InputError("opening_hours", "no open time to answer emails");
        return 0.0;
    }
    if (volume == 0.0)
        return 0.0;

    // Windows start at a piece start (its jump included) and end either right after the jump of
    // a piece or at the end of a piece: arrivals are linear in between, so the ratio
    // arrivals / (length + D) is monotone there and these ends cover the maximum.
    double rate = volume / openHours;
    const std::size_t m = pieces.size();
    for (std::size_t i = 0; i < m; ++i) {
        double amount = 0.0;
        double len = 0.0;
        for (std::size_t s = 0; s < m; ++s) {
            const Piece &p = pieces[(i + s) % m];
            amount += p.jump;
            rate = std::max(rate, amount / (len + deadlineHours));
            amount += p.fluid;
            len += p.hours;
            rate = std::max(rate, amount / (len + deadlineHours));
        }
    }
    return rate;
}

double emailAgents(double ratePerOpenHour, double ahtSeconds, double targetOccupancy)
{
    if (!std::isfinite(ratePerOpenHour) || ratePerOpenHour < 0.0)
        throw InputError("rate", "must be a finite number >= 0");
    if (!std::isfinite(ahtSeconds) || ahtSeconds <= 0.0)
        throw InputError("aht_s", "must be greater than 0");
    if (!(targetOccupancy > 0.0 && targetOccupancy <= 1.0))
        throw InputError("target_occupancy", "must be in (0, 1]");
    return ratePerOpenHour * ahtSeconds / 3600.0 / targetOccupancy;
}

} // namespace escale
