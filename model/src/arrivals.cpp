// SPDX-License-Identifier: GPL-3.0-or-later
// Arrival curves and the spreading of a weekly volume over the week's staffing intervals.
#include "escale/model/channel_staffing.h"
#include "escale/model/errors.h"
#include "escale/model/opening_hours.h"
#include "escale/model/staffing.h"

#include <cmath>
#include <string>

namespace escale {

namespace {

constexpr int MinutesPerDay = 24 * 60;

void checkWeights(const ArrivalProfile &profile)
{
    for (std::size_t h = 0; h < profile.hourly.size(); ++h) {
        if (!std::isfinite(profile.hourly[h]) || profile.hourly[h] < 0.0)
            throw InputError("arrivals.hourly[" + std::to_string(h) + "]",
                             "must be a finite number >= 0");
    }
    for (std::size_t d = 0; d < profile.weekday.size(); ++d) {
        if (!std::isfinite(profile.weekday[d]) || profile.weekday[d] < 0.0)
            throw InputError("arrivals.weekday[" + std::to_string(d) + "]",
                             "must be a finite number >= 0");
    }
}

} // namespace

ArrivalProfile defaultArrivalProfile(Channel channel)
{
    // [E] Estimates of the typical shape of a French B2C contact centre (client time), not
    // measurements: a user with real arrival data should enter it as the channel's curve.
    ArrivalProfile p;
    switch (channel) {
    case Channel::Voice:
        // Morning peak 10-12h, lunch dip, afternoon peak 14-16h; Monday heaviest.
        p.hourly = {0.05, 0.03, 0.02, 0.02, 0.02, 0.04, 0.10, 0.30, 0.70, 1.00, 1.25, 1.25,
                    0.85, 0.80, 1.20, 1.20, 1.05, 0.95, 0.80, 0.60, 0.40, 0.25, 0.15, 0.08};
        p.weekday = {1.30, 1.10, 1.05, 1.00, 0.95, 0.60, 0.25};
        break;
    case Channel::Email:
        // Around the clock with a daytime bias; written evenings and weekends too.
        p.hourly = {0.30, 0.22, 0.18, 0.15, 0.15, 0.20, 0.35, 0.60, 0.90, 1.05, 1.10, 1.10,
                    1.00, 1.00, 1.05, 1.05, 1.00, 0.95, 0.90, 0.90, 0.85, 0.75, 0.60, 0.45};
        p.weekday = {1.20, 1.10, 1.05, 1.00, 0.95, 0.70, 0.60};
        break;
    case Channel::Chat:
        // Daytime plateau and an evening peak 18-22h (after work); flatter over the week.
        p.hourly = {0.10, 0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.20, 0.45, 0.65, 0.75, 0.80,
                    0.80, 0.75, 0.80, 0.85, 0.90, 1.00, 1.20, 1.35, 1.40, 1.25, 0.85, 0.35};
        p.weekday = {1.10, 1.05, 1.05, 1.00, 0.95, 0.85, 0.80};
        break;
    case Channel::Outbound:
        // Call-back requests and campaign lists arrive in office hours on working days.
        p.hourly = {0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.20, 0.60, 1.00, 1.10, 1.10,
                    0.90, 0.90, 1.10, 1.10, 1.00, 0.90, 0.60, 0.40, 0.25, 0.15, 0.08, 0.04};
        p.weekday = {1.20, 1.10, 1.05, 1.00, 0.95, 0.30, 0.10};
        break;
    }
    return p;
}

std::vector<double> spreadWeeklyVolume(double weeklyVolume, const OpeningHours &hours,
                                       const ArrivalProfile &profile, int intervalMinutes)
{
    if (!std::isfinite(weeklyVolume) || weeklyVolume < 0.0)
        throw InputError("weekly_volume", "must be a finite number >= 0");
    checkWeights(profile);
    const std::vector<int> open = intervalOpenMinutes(hours, intervalMinutes);
    std::vector<double> volume(open.size(), 0.0);
    if (weeklyVolume == 0.0)
        return volume;

    const int perDay = MinutesPerDay / intervalMinutes;
    double total = 0.0;
    double openTotal = 0.0;
    for (std::size_t k = 0; k < open.size(); ++k) {
        const int day = static_cast<int>(k) / perDay;
        const int hour = static_cast<int>(k) % perDay * intervalMinutes / 60;
        const double fraction = static_cast<double>(open[k]) / intervalMinutes;
        volume[k] = profile.hourly[static_cast<std::size_t>(hour)]
                    * profile.weekday[static_cast<std::size_t>(day)] * fraction;
        total += volume[k];
        openTotal += fraction;
    }
    if (openTotal == 0.0)
        throw InputError("opening_hours", "no open time to take a non-zero volume");
    if (total == 0.0) {
        // Every open interval has zero weight: spread evenly over the open time.
        for (std::size_t k = 0; k < open.size(); ++k)
            volume[k] = static_cast<double>(open[k]) / intervalMinutes;
        total = openTotal;
    }
    const double scale = weeklyVolume / total;
    for (double &v : volume)
        v *= scale;
    return volume;
}

} // namespace escale
