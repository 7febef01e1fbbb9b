// SPDX-License-Identifier: GPL-3.0-or-later
// Email: backlog with a deadline in opening hours, sized by a fluid model on the open timeline.
#include "escale/model/channel_staffing.h"
#include "escale/model/errors.h"
#include "escale/model/opening_hours.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace escale {

namespace {

constexpr const char *DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/**
 * The open stretch of one interval: `jump` emails arrived while closed and join at its start,
 * then `fluid` emails arrive uniformly over its `hours` of open time.
 */
struct Piece
{
    std::size_t interval = 0;
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
    for (std::size_t d = 0; d < 7; ++d) {
        const std::string problem = closureProblem(hours.days[d], intervalMinutes);
        if (!problem.empty())
            throw InputError(std::string("opening_hours.") + DayKeys[d], problem);
    }
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
        // The open part of an interval is one stretch (closureProblem): closed minutes before
        // it join at its start, closed minutes after it at the next opening.
        const int start = static_cast<int>(k) % perDay * intervalMinutes;
        const int openFrom = intervalOpenStart(hours, intervalMinutes, static_cast<int>(k));
        const double before = static_cast<double>(openFrom - start);
        const double after = length - before - static_cast<double>(open[k]);
        pending += v * before / length;
        pieces.push_back({k, pending, v * static_cast<double>(open[k]) / length,
                          static_cast<double>(open[k]) / 60.0});
        pending = v * after / length;
    }
    if (!pieces.empty())
        pieces.front().jump += pending; // the week repeats: late arrivals join next Monday
    return pieces;
}

void requireEmails(const std::vector<Piece> &pieces, const std::vector<double> &arrivals)
{
    if (!pieces.empty())
        return;
    double total = 0.0;
    for (double v : arrivals)
        total += std::isfinite(v) && v > 0.0 ? v : 0.0;
    if (total > 0.0)
        throw InputError("opening_hours", "no open time to answer emails");
}

/** The smallest constant rate: max(V / H, max over windows arrivals / (length + D)). */
double constantRate(const std::vector<Piece> &pieces, double deadlineHours)
{
    double volume = 0.0;
    double openHours = 0.0;
    for (const Piece &p : pieces) {
        volume += p.jump + p.fluid;
        openHours += p.hours;
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

/**
 * The open timeline of repeated weeks: piece k starts at open hour a_k of the week (from its
 * first opening); before(k) emails arrived before its jump, A(a_k-) = before(k).
 */
class Timeline
{
public:
    explicit Timeline(std::vector<Piece> pieces)
        : m_pieces(std::move(pieces))
    {
        for (const Piece &p : m_pieces) {
            m_start.push_back(m_hours);
            m_before.push_back(m_volume);
            m_hours += p.hours;
            m_volume += p.jump + p.fluid;
        }
        m_before.push_back(m_volume);
    }

    std::size_t size() const { return m_pieces.size(); }
    const Piece &piece(std::size_t k) const { return m_pieces[k]; }
    double start(std::size_t k) const { return m_start[k]; }
    /** Emails arrived before piece k's jump (k = size(): the week's volume). */
    double before(std::size_t k) const { return m_before[k]; }
    double weekHours() const { return m_hours; }
    double weekVolume() const { return m_volume; }

    /** The piece holding open time t of the week, 0 <= t < weekHours(). */
    std::size_t pieceAt(double t) const
    {
        const auto it = std::upper_bound(m_start.begin(), m_start.end(), t);
        return it == m_start.begin() ? 0 : static_cast<std::size_t>(it - m_start.begin()) - 1;
    }

private:
    std::vector<Piece> m_pieces;
    std::vector<double> m_start;
    std::vector<double> m_before;
    double m_hours = 0.0;
    double m_volume = 0.0;
};

/**
 * The greedy schedule with peak rate `cap`: each interval handles what has arrived before its
 * end, at most cap per open hour, from the steady-state backlog. Returns the emails handled by
 * each piece start (size() + 1 values, the last one week later), or nothing if the cap lets
 * the backlog grow from week to week or makes an email later than the deadline.
 */
std::optional<std::vector<double>> cappedSchedule(const Timeline &line, double cap,
                                                  double deadlineHours)
{
    const std::size_t m = line.size();
    const double volume = line.weekVolume();
    const double tolerance = 1e-11 * volume;
    // Backlog at a piece start: b -> max(0, b + arrivals - cap x hours). Over the week this
    // composes to b -> max(floor, b + growth); its least fixed point is the steady state that
    // an empty start converges to (no fixed point when the backlog grows every week).
    double floor = -HUGE_VAL;
    double growth = 0.0;
    for (std::size_t k = 0; k < m; ++k) {
        const Piece &p = line.piece(k);
        const double change = p.jump + p.fluid - cap * p.hours;
        floor = std::max(0.0, floor + change);
        growth += change;
    }
    if (growth > tolerance)
        return std::nullopt;

    std::vector<double> handled(m + 1);
    handled[0] = -floor; // the week's first emails are those of before(0) = 0
    for (std::size_t k = 0; k < m; ++k)
        handled[k + 1] = std::min(line.before(k + 1), handled[k] + cap * line.piece(k).hours);

    // FIFO meets the deadline iff handled(t) >= A(t - D) for all t. Both sides are linear
    // between piece starts and the points a_j + D where A(t - D) jumps or bends, so the least
    // margin lies at one of those points. Not at a piece start a_k that is not such a point:
    // there the handled curve either bends down (the rate falls or stays) or rises after an
    // interval below the cap, which handled everything that had arrived by a_k, more than the
    // A(a_k - D) due then. So the points a_j + D (right limits, jumps due) suffice.
    const auto handledAt = [&](std::size_t k, double t) {
        const double share = std::clamp((t - line.start(k)) / line.piece(k).hours, 0.0, 1.0);
        return handled[k] + (handled[k + 1] - handled[k]) * share;
    };
    const double hours = line.weekHours();
    for (std::size_t k = 0; k < m; ++k) {
        const double shifted = line.start(k) + deadlineHours;
        const double weeks = std::floor(shifted / hours);
        const double t = std::clamp(shifted - weeks * hours, 0.0, hours);
        const double due = line.before(k) + line.piece(k).jump - weeks * volume;
        if (handledAt(line.pieceAt(t), t) < due - tolerance)
            return std::nullopt;
    }
    return handled;
}

} // namespace

double emailHandlingRate(const std::vector<double> &arrivals, const OpeningHours &hours,
                         int intervalMinutes, double deadlineHours)
{
    if (!std::isfinite(deadlineHours) || deadlineHours <= 0.0)
        throw InputError("deadline_h", "must be greater than 0");
    const std::vector<Piece> pieces = openTimeline(arrivals, hours, intervalMinutes);
    requireEmails(pieces, arrivals);
    return pieces.empty() ? 0.0 : constantRate(pieces, deadlineHours);
}

EmailSchedule emailSchedule(const std::vector<double> &arrivals, const OpeningHours &hours,
                            int intervalMinutes, double deadlineHours)
{
    const std::string shortest = minimumDeadlineProblem(deadlineHours, intervalMinutes);
    if (!shortest.empty())
        throw InputError("deadline_h", shortest);
    std::vector<Piece> pieces = openTimeline(arrivals, hours, intervalMinutes);
    requireEmails(pieces, arrivals);
    EmailSchedule out;
    out.rate.assign(arrivals.size(), 0.0);
    if (pieces.empty())
        return out;
    const double lowest = constantRate(pieces, deadlineHours);
    if (lowest == 0.0)
        return out;

    double highest = lowest;
    for (const Piece &p : pieces)
        highest = std::max(highest, (p.jump + p.fluid) / p.hours);
    const Timeline line(std::move(pieces));
    // No schedule peaks below the constant rate; at `highest` every interval handles what
    // arrived before its end, which meets a deadline of at least one interval.
    std::optional<std::vector<double>> best = cappedSchedule(line, lowest, deadlineHours);
    if (!best) {
        best = cappedSchedule(line, highest, deadlineHours);
        if (!best)
            throw std::logic_error("email schedule: handling each interval's arrivals failed");
        double lo = lowest;
        double hi = highest;
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
            const double mid = 0.5 * (lo + hi);
            if (std::optional<std::vector<double>> s = cappedSchedule(line, mid, deadlineHours)) {
                hi = mid;
                best = std::move(s);
            } else {
                lo = mid;
            }
        }
    }
    const std::vector<double> &handled = *best;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const double rate = (handled[k + 1] - handled[k]) / line.piece(k).hours;
        out.rate[line.piece(k).interval] = std::max(0.0, rate);
        out.peakRate = std::max(out.peakRate, rate);
    }
    return out;
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
