// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/workload.h"

#include <algorithm>

namespace escale {

DayHours DayHours::between(int openMinute, int closeMinute)
{
    return DayHours{{TimeRange{openMinute, closeMinute}}};
}

int DayHours::openMinutes() const
{
    int total = 0;
    for (const TimeRange &r : ranges)
        total += r.minutes();
    return total;
}

int DayHours::openMinutesBetween(int from, int to) const
{
    int total = 0;
    for (const TimeRange &r : ranges)
        total += std::max(0, std::min(to, r.closeMinute) - std::max(from, r.openMinute));
    return total;
}

const OpeningHours &channelHours(const Workload &workload, const ChannelLoad &channel)
{
    return channel.openingHours ? *channel.openingHours : workload.hours;
}

const char *channelName(Channel channel)
{
    switch (channel) {
    case Channel::Voice:
        return "voice";
    case Channel::Email:
        return "email";
    case Channel::Chat:
        return "chat";
    case Channel::Outbound:
        return "outbound";
    }
    return "voice";
}

std::optional<Channel> channelFromName(std::string_view name)
{
    for (Channel c : {Channel::Voice, Channel::Email, Channel::Chat, Channel::Outbound}) {
        if (name == channelName(c))
            return c;
    }
    return std::nullopt;
}

} // namespace escale
