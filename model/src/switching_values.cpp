// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/switching_values.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

namespace escale {

namespace {

/** What a trial evaluation says: the recommended site and the verdict. */
struct Outcome
{
    int best = -1;
    Verdict verdict = Verdict::NoEligibleSite;
};

/** One row to search, and the shared state of the search. */
class Search
{
public:
    Search(const Scenario &scenario, int base, const SwitchingOptions &options,
           std::atomic<int> &evaluations)
        : m_scenario(scenario)
        , m_base(base)
        , m_options(options)
        , m_evaluations(evaluations)
    {}

    void run(SwitchingValue &row) const
    {
        const SwitchingInput &input = switchingInputs()[row.input];
        row.current = input.get(m_scenario, row.site);
        bracket(input, row);
        const double low = row.low, high = row.high;
        row.below = direction(input, row, low, row.low);
        row.above = direction(input, row, high, row.high);
    }

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

private:
    /** The admissible range, narrowed for a multiplicative input to current / f .. current x f. */
    void bracket(const SwitchingInput &input, SwitchingValue &row) const
    {
        const limits::Interval &range = input.range;
        double low = range.lo, high = range.hi;
        if (input.bracket == BracketKind::Multiplicative || !std::isfinite(low)
            || !std::isfinite(high)) {
            if (row.current <= 0.0) { // no multiplicative neighbourhood of 0
                row.low = row.high = row.current;
                return;
            }
            low = std::max(low, row.current / m_options.bracketFactor);
            high = std::min(high, row.current * m_options.bracketFactor);
        }
        // An open end is not admissible itself: stay a hair inside it.
        const double inside = 1e-9 * std::max(high - low, 1e-9);
        if (range.loOpen && low <= range.lo)
            low = range.lo + inside;
        if (range.hiOpen && high >= range.hi)
            high = range.hi - inside;
        row.low = std::min(low, row.current);
        row.high = std::max(high, row.current);
    }

    Outcome outcome(const SwitchingInput &input, int site, double value) const
    {
        Scenario trial = m_scenario;
        input.set(trial, site, value);
        const Evaluation evaluation = evaluate(trial);
        ++m_evaluations;
        return {evaluation.recommendation.best, evaluation.recommendation.verdict};
    }

    bool narrowEnough(double a, double b) const
    {
        const double width = std::abs(b - a);
        const double tol = m_options.relativeTolerance;
        return width <= tol * std::max(std::abs(a), std::abs(b)) || width <= tol * 1e-3;
    }

    /**
     * The first change of outcome from the current value towards `end`; `searched` is set to
     * where the search stopped (end, or the last value evaluate() accepted).
     */
    std::optional<SwitchingPoint> direction(const SwitchingInput &input, const SwitchingValue &row,
                                            double end, double &searched) const
    {
        searched = end;
        if (end == row.current)
            return std::nullopt;
        const bool geometric = input.bracket == BracketKind::Multiplicative && row.current > 0.0
                               && end > 0.0;
        const int steps = std::max(1, m_options.gridSteps);
        double same = row.current;
        for (int k = 1; k <= steps; ++k) {
            if (cancelled())
                return std::nullopt;
            const double t = double(k) / steps;
            const double x = k == steps  ? end
                             : geometric ? row.current * std::pow(end / row.current, t)
                                         : row.current + (end - row.current) * t;
            Outcome at;
            try {
                at = outcome(input, row.site, x);
            } catch (const InputError &) {
                searched = same; // the model refuses this value: the search ends before it
                return std::nullopt;
            }
            if (at.best != m_base)
                return bisect(input, row.site, same, x, at);
            same = x;
        }
        return std::nullopt;
    }

    /** Narrows [same, other] (outcomes base and not base) to the tolerance. */
    SwitchingPoint bisect(const SwitchingInput &input, int site, double same, double other,
                          Outcome beyond) const
    {
        while (!narrowEnough(same, other) && !cancelled()) {
            const double middle = 0.5 * (same + other);
            if (middle == same || middle == other)
                break; // adjacent doubles
            Outcome at;
            try {
                at = outcome(input, site, middle);
            } catch (const InputError &) {
                break;
            }
            if (at.best == m_base) {
                same = middle;
            } else {
                other = middle;
                beyond = at;
            }
        }
        return {0.5 * (same + other), beyond.best, beyond.verdict};
    }

    const Scenario &m_scenario;
    int m_base;
    const SwitchingOptions &m_options;
    std::atomic<int> &m_evaluations;
};

double relativeChange(const SwitchingValue &row, const SwitchingPoint &point)
{
    return row.current != 0.0 ? point.value / row.current - 1.0 : point.value - row.current;
}

} // namespace

const std::optional<SwitchingPoint> &SwitchingValue::nearest() const
{
    if (!below)
        return above;
    if (!above)
        return below;
    return std::abs(relativeChange(*this, *above)) < std::abs(relativeChange(*this, *below))
               ? above
               : below;
}

double SwitchingValue::change() const
{
    const std::optional<SwitchingPoint> &point = nearest();
    return point ? relativeChange(*this, *point) : 0.0;
}

SwitchingAnalysis switchingValues(const Scenario &scenario, const Evaluation &current,
                                  const SwitchingOptions &options)
{
    SwitchingAnalysis analysis;
    analysis.options = options;
    analysis.best = current.recommendation.best;
    analysis.runnerUp = current.recommendation.runnerUp;
    if (analysis.best < 0)
        return analysis;

    const auto addRow = [&analysis](std::size_t input, int site) {
        SwitchingValue row;
        row.input = input;
        row.site = site;
        analysis.values.push_back(row);
    };
    const std::vector<SwitchingInput> &inputs = switchingInputs();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].perSite) {
            addRow(i, -1);
            continue;
        }
        for (const int site : {analysis.best, analysis.runnerUp}) {
            if (site >= 0)
                addRow(i, site);
        }
    }

    std::atomic<int> evaluations{0};
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    const Search search(scenario, analysis.best, analysis.options, evaluations);
    const std::size_t rows = analysis.values.size();
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&] {
        try {
            for (std::size_t r = next++; r < rows && !search.cancelled(); r = next++) {
                search.run(analysis.values[r]);
                const std::size_t finished = ++done;
                if (options.progress)
                    options.progress(double(finished) / double(rows));
            }
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            next = rows; // the other threads stop after their current row
        }
    };
    const int hardware = int(std::max(1U, std::thread::hardware_concurrency()));
    const int threads = std::clamp(options.threads > 0 ? options.threads : hardware, 1, int(rows));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);

    analysis.cancelled = search.cancelled() && done < rows;
    analysis.evaluations = evaluations;
    return analysis;
}

} // namespace escale
