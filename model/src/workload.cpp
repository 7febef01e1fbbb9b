// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/workload.h"

namespace escale {

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
