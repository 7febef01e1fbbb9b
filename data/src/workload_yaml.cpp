// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload_yaml.h"

#include "escale/data/scenario_io.h"
#include "escale/model/opening_hours.h"
#include "number_format.h"

#include <array>
#include <cstdio>

namespace escale::data::detail {

namespace {

constexpr std::array<const char *, 7> DayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/** Where character `offset` of a one-line scalar's text sits in the file. */
YAML::Mark markInside(const YAML::Node &scalar, std::size_t offset)
{
    YAML::Mark mark = scalar.Mark();
    if (mark.is_null())
        return mark;
    const int skip = (scalar.Tag() == "!" ? 1 : 0) + static_cast<int>(offset); // "!": quoted
    mark.column += skip;
    mark.pos += skip;
    return mark;
}

/** Reads one day's ranges and checks that each staffing interval is open in one stretch. */
std::optional<DayHours> readDay(Reader &r, const YAML::Node &value, const std::string &text,
                                const std::string &field, int intervalMinutes)
{
    const DayHoursParse parsed = parseDayHours(text);
    if (!parsed.day) {
        r.error(markInside(value, parsed.offset), field, parsed.error);
        return std::nullopt;
    }
    const std::vector<TimeRange> &ranges = parsed.day->ranges;
    for (std::size_t i = 1; i < ranges.size(); ++i) {
        const std::string problem = closureProblem(DayHours{{ranges[i - 1], ranges[i]}},
                                                   intervalMinutes);
        if (!problem.empty()) {
            // Point at the closing time before the closure ("13:15" of "10:00-13:15, ...").
            r.error(markInside(value, parsed.rangeOffsets[i - 1] + 6), field, problem);
            return std::nullopt;
        }
    }
    return parsed.day;
}

/**
 * Reads the `opening_hours` mapping of `map` (mon..sun, a missing day is closed); nothing if
 * it is absent. `owner` is what must be open at least one day.
 */
std::optional<OpeningHours> readHours(Reader &r, const YAML::Node &map, const std::string &field,
                                      int intervalMinutes, bool required, const char *owner)
{
    OpeningHours hours;
    const YAML::Node node = r.child(map, "opening_hours", field, required);
    const std::string path = join(field, "opening_hours");
    if (!node.IsDefined())
        return std::nullopt;
    if (!r.expectMap(node, path))
        return hours;
    r.checkKeys(node, path, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
    const std::size_t errors = r.errorCount();
    for (std::size_t d = 0; d < DayKeys.size(); ++d) {
        const std::optional<std::string> text = r.string(node, DayKeys[d], path, false);
        if (!text)
            continue;
        const std::optional<DayHours> day = readDay(r, node[DayKeys[d]], *text,
                                                    join(path, DayKeys[d]), intervalMinutes);
        if (day)
            hours.days[d] = *day;
    }
    if (r.errorCount() == errors && hours.weeklyOpenMinutes() == 0)
        r.error(node, path, std::string(owner) + " must be open at least one day");
    return hours;
}

std::vector<LanguageRequirement> readLanguages(Reader &r, const YAML::Node &map,
                                               const std::string &field)
{
    std::vector<LanguageRequirement> out;
    const YAML::Node list = r.child(map, "languages", field, true);
    const std::string path = join(field, "languages");
    if (!list.IsDefined() || !r.expectSequence(list, path))
        return out;
    double total = 0.0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = item(path, i);
        if (!r.expectMap(list[i], at))
            continue;
        r.checkKeys(list[i], at, {"code", "share", "level"});
        LanguageRequirement req;
        req.code = r.string(list[i], "code", at).value_or("fr");
        req.share = r.number(list[i], "share", at, Range::of(limits::Share)).value_or(0.0);
        req.level = r.choice(list[i], "level", at, {"full", "partial"}, false).value_or("full")
                            == "partial"
                        ? LanguageLevel::Partial
                        : LanguageLevel::Full;
        total += req.share;
        out.push_back(req);
    }
    if (!r.failed() && !out.empty() && std::abs(total - 1.0) > 1e-6)
        r.error(list, path,
                "language shares must sum to 1 (got " + formatNumber(roundedForDisplay(total))
                    + ")");
    return out;
}

std::optional<ArrivalProfile> readArrivals(Reader &r, const YAML::Node &map,
                                           const std::string &field)
{
    const YAML::Node node = r.child(map, "arrivals", field, false);
    const std::string path = join(field, "arrivals");
    if (!node.IsDefined() || !r.expectMap(node, path))
        return std::nullopt;
    r.checkKeys(node, path, {"hourly", "weekday"});
    ArrivalProfile profile;
    auto readList = [&](const char *key, double *values, std::size_t count) {
        const YAML::Node list = r.child(node, key, path, true);
        const std::string at = join(path, key);
        if (!list.IsDefined() || !r.expectSequence(list, at))
            return;
        if (list.size() != count) {
            r.error(list, at,
                    "must list " + std::to_string(count) + " weights (got "
                        + std::to_string(list.size()) + ")");
            return;
        }
        double sum = 0.0;
        for (std::size_t i = 0; i < count; ++i) {
            values[i] = r.numberValue(list[i], item(at, i), Range::of(limits::ArrivalWeight))
                            .value_or(0.0);
            sum += values[i];
        }
        if (sum <= 0.0)
            r.error(list, at, "at least one weight must be greater than 0");
    };
    readList("hourly", profile.hourly.data(), profile.hourly.size());
    readList("weekday", profile.weekday.data(), profile.weekday.size());
    return profile;
}

ChannelLoad readChannel(Reader &r, const YAML::Node &node, const std::string &at,
                        int intervalMinutes)
{
    ChannelLoad c;
    const std::optional<std::string> name = r.choice(node, "channel", at,
                                                     {"voice", "email", "chat", "outbound"});
    c.channel = name ? *channelFromName(*name) : Channel::Voice;
    static constexpr std::array<std::string_view, 4> QueueOnly{"service_level", "model",
                                                               "patience_s", "max_occupancy"};
    r.checkKeys(node, at,
                {"channel", "monthly_volume", "aht_s", "service_level", "model", "patience_s",
                 "max_occupancy", "arrivals", "concurrency", "deadline_h", "target_occupancy",
                 "opening_hours"});
    // Keys of another channel get a message saying where they belong.
    auto misplaced = [&](std::initializer_list<std::string_view> keys, const std::string &owner) {
        for (std::string_view key : keys) {
            const YAML::Node value = node[std::string(key)];
            if (value.IsDefined())
                r.error(value, join(at, key),
                        "does not apply to a " + std::string(channelName(c.channel))
                            + " channel (only to " + owner + ")");
        }
    };
    if (c.channel != Channel::Chat)
        misplaced({"concurrency"}, "chat");
    if (!isDeferred(c.channel))
        misplaced({"deadline_h", "target_occupancy"}, "email and outbound");
    if (isDeferred(c.channel)) {
        for (std::string_view key : QueueOnly) {
            if (node[std::string(key)].IsDefined())
                r.error(node[std::string(key)], join(at, key),
                        "does not apply to an " + std::string(channelName(c.channel))
                            + " channel (only to voice and chat)");
        }
    }
    c.monthlyVolume
        = r.number(node, "monthly_volume", at, Range::of(limits::MonthlyVolume)).value_or(0.0);
    c.ahtSeconds
        = r.number(node, "aht_s", at, Range::of(limits::HandleTimeSeconds)).value_or(300.0);
    if (isDeferred(c.channel)) {
        const std::optional<double> deadline = r.number(node, "deadline_h", at,
                                                        Range::of(limits::DeadlineHours), false);
        c.deadlineHours = deadline.value_or(c.deadlineHours);
        const std::string shortest = minimumDeadlineProblem(c.deadlineHours, intervalMinutes);
        if (deadline && !shortest.empty())
            r.error(node["deadline_h"], join(at, "deadline_h"),
                    shortest + " (got " + formatNumber(c.deadlineHours) + ")");
        c.targetOccupancy = r.number(node, "target_occupancy", at,
                                     Range::of(limits::TargetOccupancy), false)
                                .value_or(c.targetOccupancy);
    } else {
        const YAML::Node sl = r.child(node, "service_level", at, true);
        const std::string slPath = join(at, "service_level");
        if (sl.IsDefined() && r.expectMap(sl, slPath)) {
            r.checkKeys(sl, slPath, {"target", "answer_s"});
            c.target.level = r.number(sl, "target", slPath, Range::of(limits::ServiceLevelTarget))
                                 .value_or(0.8);
            c.target.answerSeconds
                = r.number(sl, "answer_s", slPath, Range::of(limits::AnswerSeconds)).value_or(20.0);
        }
        const std::string model
            = r.choice(node, "model", at, {"erlang-c", "erlang-a"}, false).value_or("erlang-c");
        c.model = model == "erlang-a" ? QueueModel::ErlangA : QueueModel::ErlangC;
        const std::optional<double> patience = r.number(node, "patience_s", at,
                                                        Range::of(limits::PatienceSeconds), false);
        if (c.model == QueueModel::ErlangA && !patience && !r.failed())
            r.error(node, join(at, "patience_s"), "is required with model erlang-a");
        c.patienceSeconds = patience.value_or(0.0);
        c.maxOccupancy = r.number(node, "max_occupancy", at, Range::of(limits::MaxOccupancy), false)
                             .value_or(c.maxOccupancy);
        if (c.channel == Channel::Chat)
            c.concurrency = r.number(node, "concurrency", at, Range::of(limits::ChatConcurrency),
                                     false)
                                .value_or(1.0);
    }
    c.arrivals = readArrivals(r, node, at);
    c.openingHours = readHours(r, node, at, intervalMinutes, false, "the channel");
    return c;
}

void writeNumber(YAML::Emitter &out, const char *key, double value)
{
    out << YAML::Key << key << YAML::Value << formatNumber(value);
}

void writeHours(YAML::Emitter &out, const OpeningHours &hours)
{
    out << YAML::Key << "opening_hours" << YAML::Value << YAML::BeginMap;
    for (std::size_t d = 0; d < DayKeys.size(); ++d)
        out << YAML::Key << DayKeys[d] << YAML::Value << formatDayHours(hours.days[d]);
    out << YAML::EndMap;
}

void writeList(YAML::Emitter &out, const char *key, const double *values, std::size_t count)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (std::size_t i = 0; i < count; ++i)
        out << formatNumber(values[i]);
    out << YAML::EndSeq;
}

} // namespace

Workload readWorkload(Reader &r, const YAML::Node &root)
{
    Workload w;
    const YAML::Node map = r.child(root, "workload", "", true);
    if (!map.IsDefined() || !r.expectMap(map, "workload"))
        return w;
    r.checkKeys(map, "workload",
                {"interval_minutes", "shrinkage", "opening_hours", "languages", "channels"});
    w.intervalMinutes = r.integer(map, "interval_minutes", "workload", 15, 60, false).value_or(30);
    if (w.intervalMinutes != 15 && w.intervalMinutes != 30 && w.intervalMinutes != 60) {
        r.error(map["interval_minutes"], "workload.interval_minutes", "must be 15, 30 or 60");
        w.intervalMinutes = 15; // check the rest against the finest interval
    }
    w.shrinkage = r.number(map, "shrinkage", "workload", Range::of(limits::Shrinkage), false);
    w.hours = readHours(r, map, "workload", w.intervalMinutes, true, "the centre")
                  .value_or(OpeningHours{});
    w.languages = readLanguages(r, map, "workload");

    const YAML::Node list = r.child(map, "channels", "workload", true);
    if (list.IsDefined() && r.expectSequence(list, "workload.channels")) {
        if (list.size() == 0)
            r.error(list, "workload.channels", "must list at least one channel");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string at = item("workload.channels", i);
            if (r.expectMap(list[i], at))
                w.channels.push_back(readChannel(r, list[i], at, w.intervalMinutes));
        }
    }
    return w;
}

void writeWorkload(YAML::Emitter &out, const Workload &w)
{
    out << YAML::Key << "workload" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "interval_minutes" << YAML::Value << w.intervalMinutes;
    if (w.shrinkage)
        writeNumber(out, "shrinkage", *w.shrinkage);
    writeHours(out, w.hours);

    out << YAML::Key << "languages" << YAML::Value << YAML::BeginSeq;
    for (const LanguageRequirement &req : w.languages) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "code" << YAML::Value << req.code;
        writeNumber(out, "share", req.share);
        out << YAML::Key << "level" << YAML::Value
            << (req.level == LanguageLevel::Full ? "full" : "partial");
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "channels" << YAML::Value << YAML::BeginSeq;
    for (const ChannelLoad &c : w.channels) {
        out << YAML::BeginMap;
        out << YAML::Key << "channel" << YAML::Value << channelName(c.channel);
        writeNumber(out, "monthly_volume", c.monthlyVolume);
        writeNumber(out, "aht_s", c.ahtSeconds);
        if (isDeferred(c.channel)) {
            writeNumber(out, "deadline_h", c.deadlineHours);
            writeNumber(out, "target_occupancy", c.targetOccupancy);
        } else {
            out << YAML::Key << "service_level" << YAML::Value << YAML::Flow << YAML::BeginMap;
            writeNumber(out, "target", c.target.level);
            writeNumber(out, "answer_s", c.target.answerSeconds);
            out << YAML::EndMap;
            out << YAML::Key << "model" << YAML::Value
                << (c.model == QueueModel::ErlangA ? "erlang-a" : "erlang-c");
            if (c.model == QueueModel::ErlangA)
                writeNumber(out, "patience_s", c.patienceSeconds);
            writeNumber(out, "max_occupancy", c.maxOccupancy);
            if (c.channel == Channel::Chat)
                writeNumber(out, "concurrency", c.concurrency);
        }
        if (c.arrivals) {
            out << YAML::Key << "arrivals" << YAML::Value << YAML::BeginMap;
            writeList(out, "hourly", c.arrivals->hourly.data(), c.arrivals->hourly.size());
            writeList(out, "weekday", c.arrivals->weekday.data(), c.arrivals->weekday.size());
            out << YAML::EndMap;
        }
        if (c.openingHours)
            writeHours(out, *c.openingHours);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
}

mcda::MethodSpec readMethod(Reader &r, const YAML::Node &root, const char *key,
                            const mcda::MethodSpec &fallback, bool utilities)
{
    const YAML::Node map = r.child(root, key, "", false);
    if (!map.IsDefined() || !r.expectMap(map, key))
        return fallback;
    r.checkKeys(map, key, {"name", "normalization", "v"});
    mcda::MethodSpec spec = fallback;
    const std::optional<std::string> name = r.choice(
        map, "name", key, {"wsm", "wpm", "topsis", "vikor", "promethee2"});
    if (name) {
        spec = mcda::MethodSpec::defaults(*mcda::methodFromKey(*name));
        spec.v = fallback.v;
        if (utilities && (spec.method == mcda::Method::Wsm || spec.method == mcda::Method::Wpm))
            spec.normalization = mcda::Normalization::None;
    }
    if (const auto n = r.choice(map, "normalization", key,
                                {"none", "max", "sum", "minmax", "vector"}, false))
        spec.normalization = *mcda::normalizationFromKey(*n);
    spec.v = r.number(map, "v", key, Range::of(limits::VikorV), false).value_or(spec.v);
    return spec;
}

void writeMethod(YAML::Emitter &out, const mcda::MethodSpec &method)
{
    out << YAML::Key << "method" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << mcda::methodKey(method.method);
    out << YAML::Key << "normalization" << YAML::Value
        << mcda::normalizationKey(method.normalization);
    if (method.method == mcda::Method::Vikor)
        writeNumber(out, "v", method.v);
    out << YAML::EndMap;
}

} // namespace escale::data::detail
