// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"
#include "escale/model/limits.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace escale {

/**
 * Switching values: for each key input, the value at which the recommendation changes, all else
 * equal ("France wins if Tunisia's billed rate exceeds 13.6 EUR/h, now 11").
 *
 * - The outcome at a value x is Recommendation::best of escale::evaluate() on a copy of the
 *   scenario with the input set to x (the scenario's method and cost view, staffing and
 *   pricing redone): the recommended site, or the split's lead site, or -1 when no site is
 *   eligible. The verdict flips where the outcome differs from the current one.
 * - Per-site inputs are searched for the current best site and the runner-up; scenario-wide
 *   ones (the volume factor) once.
 * - Each direction (below and above the current value) is searched on its own, up to the end of
 *   the bracket: the admissible range of the figure (limits.h) intersected, for a Multiplicative
 *   input, with [current / BracketFactor, current x BracketFactor]. A grid of
 *   SwitchingGridSteps points from the current value to the bracket's end (geometric for
 *   Multiplicative inputs, even for Additive ones) finds the first point with another outcome;
 *   bisection then narrows the change to a relative width of `relativeTolerance` (absolute
 *   `relativeTolerance` x 1e-3 near 0). A flip that reverts between two grid points can be
 *   missed; a value at which evaluate() throws InputError ends the search in that direction
 *   (the bracket reported is then the part searched).
 * - The switching value reported is the midpoint of the last bracket; `winnerThen` is the
 *   outcome just beyond it. Of the two directions, the one nearer in relative terms is the
 *   row's `nearest`.
 */

/** Grid points per direction before bisection. */
inline constexpr int SwitchingGridSteps = 24;
/** Multiplicative inputs are searched within [current / factor, current x factor]. */
inline constexpr double SwitchingBracketFactor = 100.0;
/** Bisection stops at this relative width of the bracket. */
inline constexpr double SwitchingTolerance = 1e-9;

/** How an input's bracket is formed around its current value. */
enum class BracketKind {
    Multiplicative, ///< [current / factor, current x factor] within the admissible range
    Additive, ///< the admissible range itself (inputs whose current value may be 0 or negative)
};

/**
 * One input the analysis can move: a row of switchingInputs(). Adding an input (a new figure of
 * DestinationProfile or Scenario) is one more row.
 */
struct SwitchingInput
{
    std::string key; ///< "costs.billed_rate_per_hour", ... (YAML path of the figure)
    std::string label; ///< English, lower case: "billed rate"
    std::string unit; ///< "EUR/h", "x", "per year", "" (dimensionless)
    bool percentage = false; ///< a fraction shown as a percentage (0.1 = 10 %), in points
    bool perSite = true; ///< concerns one destination, else the whole scenario
    BracketKind bracket = BracketKind::Multiplicative;
    limits::Interval range; ///< admissible values, as the loaders accept them
    /** The current value; `site` indexes scenario.destinations (ignored if !perSite). */
    std::function<double(const Scenario &scenario, int site)> get;
    /** Sets the value on a copy of the scenario (the copy starts as the analysed scenario). */
    std::function<void(Scenario &scenario, int site, double value)> set;
};

/** The inputs searched, in report order. */
const std::vector<SwitchingInput> &switchingInputs();

/** The first other outcome in one direction. */
struct SwitchingPoint
{
    double value = 0.0; ///< where the outcome changes (midpoint of the last bracket)
    int winner = -1; ///< site index recommended just beyond it, -1 when none is eligible
    Verdict verdict = Verdict::NoEligibleSite; ///< the verdict just beyond it
};

/** One input for one site (or the scenario). */
struct SwitchingValue
{
    std::size_t input = 0; ///< index in switchingInputs()
    int site = -1; ///< site index, -1 for a scenario-wide input
    double current = 0.0;
    double low = 0.0, high = 0.0; ///< the bracket searched (narrower if evaluate() failed)
    std::optional<SwitchingPoint> below; ///< nearest change below the current value
    std::optional<SwitchingPoint> above; ///< nearest change above it
    /** The nearer of below/above in relative change (|x / current - 1|), if any. */
    const std::optional<SwitchingPoint> &nearest() const;
    /** Relative change of the nearest point from the current value; 0 without one. */
    double change() const;
};

struct SwitchingOptions
{
    double relativeTolerance = SwitchingTolerance;
    double bracketFactor = SwitchingBracketFactor;
    int gridSteps = SwitchingGridSteps;
    int threads = 1; ///< rows are split over this many threads (0: hardware concurrency)
    /** Fraction of rows done, from the worker threads (may be empty). */
    std::function<void(double)> progress;
    const std::atomic<bool> *cancel = nullptr; ///< checked between evaluations
};

struct SwitchingAnalysis
{
    int best = -1; ///< the current outcome (site index)
    int runnerUp = -1;
    std::vector<SwitchingValue> values; ///< inputs in table order, the best site first
    SwitchingOptions options;
    bool cancelled = false; ///< stopped early: `values` is incomplete
    int evaluations = 0; ///< calls of evaluate()
};

/**
 * Searches every input of switchingInputs() for the best site, the runner-up and the scenario
 * (see the conventions above). `current` is evaluate(scenario). Returns no rows when nothing is
 * recommended. Results do not depend on the thread count.
 */
SwitchingAnalysis switchingValues(const Scenario &scenario, const Evaluation &current,
                                  const SwitchingOptions &options = {});

} // namespace escale
