// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace escale {

/**
 * Contact channels. Voice and chat are real-time queues (Erlang); email and outbound are
 * deferred work with a deadline (outbound: call-backs and campaign calls placed by agents).
 */
enum class Channel { Voice, Email, Chat, Outbound };

/** True for the channels sized by the deadline (backlog) model. */
constexpr bool isDeferred(Channel c)
{
    return c == Channel::Email || c == Channel::Outbound;
}

/** Queueing model used to size a real-time channel (voice or chat). */
enum class QueueModel {
    ErlangC, ///< M/M/N: callers wait as long as needed
    ErlangA, ///< M/M/N+M: callers abandon after an exponential patience
};

/** One stretch of opening in a day, in minutes since midnight, client time (Europe/Paris). */
struct TimeRange
{
    int openMinute = 0; ///< first minute open, 0..1439
    int closeMinute = 0; ///< first minute closed, openMinute < closeMinute <= 1440

    int minutes() const { return closeMinute - openMinute; }
    bool operator==(const TimeRange &) const = default;
};

/**
 * The opening of one day: its ranges in order, each closing before the next opens (a closed
 * gap between two, e.g. 10:00-13:00 and 14:00-20:00). No range: closed all day.
 */
struct DayHours
{
    std::vector<TimeRange> ranges;

    /** One range, open at `openMinute` and closed from `closeMinute`. */
    static DayHours between(int openMinute, int closeMinute);

    bool isOpen() const { return !ranges.empty(); }
    int openMinutes() const;
    /** Open minutes within [from, to). */
    int openMinutesBetween(int from, int to) const;
    bool operator==(const DayHours &) const = default;
};

/** Weekly opening hours, Monday first. */
struct OpeningHours
{
    std::array<DayHours, 7> days{};

    int weeklyOpenMinutes() const
    {
        int total = 0;
        for (const DayHours &d : days)
            total += d.openMinutes();
        return total;
    }
    bool operator==(const OpeningHours &) const = default;
};

/**
 * How contacts arrive over the week: relative weights per hour of the day (client time, 0..23)
 * and per weekday (Monday first). Weights need not sum to 1; only the weights of open hours
 * count, and they are rescaled to spread the weekly volume over the opening hours.
 */
struct ArrivalProfile
{
    std::array<double, 24> hourly{};
    std::array<double, 7> weekday{};

    bool operator==(const ArrivalProfile &) const = default;
};

/** Service-level objective: `level` of contacts answered within `answerSeconds`. */
struct ServiceTarget
{
    double level = 0.8;
    double answerSeconds = 20.0;

    bool operator==(const ServiceTarget &) const = default;
};

/** One channel of the workload. Fields that do not apply to the channel are ignored. */
struct ChannelLoad
{
    Channel channel = Channel::Voice;
    double monthlyVolume = 0.0; ///< contacts per month (a month is 52/12 weeks)
    double ahtSeconds = 300.0; ///< average handle time at the reference (onshore) site

    // Voice and chat
    ServiceTarget target;
    QueueModel model = QueueModel::ErlangC;
    double patienceSeconds = 0.0; ///< Erlang A mean patience
    double maxOccupancy = 0.85; ///< cap on A/N; 1 means no cap

    // Chat
    double concurrency = 1.0; ///< chats an agent handles at once

    // Email and outbound
    double deadlineHours = 24.0; ///< handle within this many *opening* hours of arrival
    double targetOccupancy = 0.9; ///< share of paid on-floor time spent on emails

    /** Custom arrival curve for this channel; the shipped default for the channel otherwise. */
    std::optional<ArrivalProfile> arrivals;
    /**
     * The channel's own opening hours (e.g. the legal calling windows of outbound); the
     * workload's otherwise. Staffing, arrivals, coverage and the deadline follow them.
     */
    std::optional<OpeningHours> openingHours;

    bool operator==(const ChannelLoad &) const = default;
};

enum class LanguageLevel {
    Full, ///< native or fluent speakers only
    Partial, ///< a working knowledge is enough
};

/** A language the contacts need, with the share of contacts that need it. */
struct LanguageRequirement
{
    std::string code = "fr"; ///< ISO 639-1
    double share = 1.0; ///< share of contacts in that language, 0..1
    LanguageLevel level = LanguageLevel::Full;

    bool operator==(const LanguageRequirement &) const = default;
};

struct Workload
{
    std::vector<ChannelLoad> channels;
    OpeningHours hours; ///< the centre's hours; a channel may have its own (ChannelLoad)
    std::vector<LanguageRequirement> languages;
    /**
     * Paid time not available for contacts, 0..1, for every site. Unset: each site's own
     * (DestinationProfile::business.shrinkage); staffing on its own uses DefaultShrinkage.
     */
    std::optional<double> shrinkage;
    int intervalMinutes = 30; ///< staffing interval: 15, 30 or 60

    bool operator==(const Workload &) const = default;
};

/** The hours `channel` works to: its own if it has them, the workload's otherwise. */
const OpeningHours &channelHours(const Workload &workload, const ChannelLoad &channel);

const char *channelName(Channel channel); ///< "voice", "email", "chat", "outbound"
std::optional<Channel> channelFromName(std::string_view name);

/** Shrinkage of a workload staffed without a site (the staffing command, tests). */
inline constexpr double DefaultShrinkage = 0.30;

/** Weeks per month used to turn monthly volumes into weekly ones. */
inline constexpr double WeeksPerMonth = 52.0 / 12.0;

} // namespace escale
