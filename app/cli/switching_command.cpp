// SPDX-License-Identifier: GPL-3.0-or-later
// escale-cli sensitivity SCENARIO --inputs: the switching values of the key inputs.
#include "switching_command.h"

#include "commands.h"
#include "decision_input.h"
#include "evaluation_json.h"
#include "inputs.h"
#include "text_table.h"

#include "escale/data/problem_io.h"
#include "escale/model/switching_values.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>

namespace escale::cli {

namespace {

/**
 * "file:line:column: kind: ..." for a file that is not a scenario: the position of its `kind`
 * key, or of its first key when it has none.
 */
std::string notAScenario(const std::string &path, const std::string &kind)
{
    std::ifstream in(path);
    std::string line;
    int number = 0, found = 0, column = 1;
    while (std::getline(in, line)) {
        ++number;
        const std::size_t start = line.find_first_not_of(' ');
        if (start == std::string::npos || line[start] == '#')
            continue;
        if (line.compare(start, 5, "kind:") == 0) {
            found = number;
            column = int(start) + 1;
            break;
        }
        if (!found) {
            found = number;
            column = int(start) + 1;
        }
    }
    const std::string what = kind == "problem" ? "a decision problem"
                             : kind.empty()    ? "not an Escale file"
                                               : "a '" + kind + "' file";
    return path + ":" + std::to_string(std::max(found, 1)) + ":" + std::to_string(column)
           + ": kind: --inputs needs a scenario file (kind: scenario); this is " + what
           + ". Without --inputs, sensitivity gives its weight stability.";
}

std::string figure(double value, const std::string &unit)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    if (unit.empty())
        return buffer;
    return unit == "x" ? std::string(buffer) + "x" : std::string(buffer) + " " + unit;
}

/**
 * The input's value with its unit: "13.77 EUR/h", "1.302x", "10% per year"; without the unit
 * (but with "%" or "x") for a bracket.
 */
std::string figure(double value, const SwitchingInput &input, bool withUnit = true)
{
    if (!input.percentage)
        return figure(value, withUnit || input.unit == "x" ? input.unit : std::string());
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4g%%", value * 100.0);
    return input.unit.empty() || !withUnit ? buffer : std::string(buffer) + " " + input.unit;
}

/** Relative change, or the change in percentage points for a percentage input. */
std::string change(const SwitchingValue &v, const SwitchingInput &input, double value)
{
    char buffer[64];
    if (input.percentage)
        std::snprintf(buffer, sizeof buffer, "%+.1f pts", (value - v.current) * 100.0);
    else if (v.current != 0.0)
        std::snprintf(buffer, sizeof buffer, "%+.1f%%", (value / v.current - 1.0) * 100.0);
    else
        return "-";
    return buffer;
}

std::string siteName(const Evaluation &ev, int site)
{
    return site >= 0 ? ev.sites[std::size_t(site)].name : std::string("-");
}

/** "France", "Tunisia (split)", "none eligible". */
std::string outcome(const Evaluation &ev, const SwitchingPoint &p)
{
    if (p.winner < 0)
        return "none eligible";
    return siteName(ev, p.winner) + (p.verdict == Verdict::Split ? " (split)" : "");
}

Json pointJson(const Evaluation &ev, const std::optional<SwitchingPoint> &p)
{
    if (!p)
        return nullptr;
    return Json{
        {"value", p->value},
        {"winner", p->winner >= 0 ? Json(ev.sites[std::size_t(p->winner)].id) : Json(nullptr)},
        {"verdict", verdictKey(p->verdict)}};
}

Json analysisJson(const Scenario &scenario, const Evaluation &ev, const SwitchingAnalysis &a,
                  const std::string &file)
{
    const auto id = [&ev](int site) {
        return site >= 0 ? Json(ev.sites[std::size_t(site)].id) : Json(nullptr);
    };
    Json rows = Json::array();
    for (const SwitchingValue &v : a.values) {
        const SwitchingInput &input = switchingInputs()[v.input];
        const std::optional<SwitchingPoint> &nearest = v.nearest();
        rows.push_back(
            Json{{"key", input.key},
                 {"label", input.label},
                 {"unit", input.unit},
                 {"percentage", input.percentage},
                 {"site", id(v.site)},
                 {"current", v.current},
                 {"bracket", {v.low, v.high}},
                 {"switching_value", nearest ? Json(nearest->value) : Json(nullptr)},
                 {"change", nearest && v.current != 0.0 ? Json(v.change()) : Json(nullptr)},
                 {"winner_then", nearest ? id(nearest->winner) : Json(nullptr)},
                 {"verdict_then", nearest ? Json(verdictKey(nearest->verdict)) : Json(nullptr)},
                 {"below", pointJson(ev, v.below)},
                 {"above", pointJson(ev, v.above)}});
    }
    return Json{
        {"scenario", file},
        {"method", Json{{"name", mcda::methodKey(scenario.method.method)},
                        {"normalization", mcda::normalizationKey(scenario.method.normalization)}}},
        {"cost_view", costViewKey(scenario.cost.view)},
        {"best", id(a.best)},
        {"runner_up", id(a.runnerUp)},
        {"verdict", verdictKey(ev.recommendation.verdict)},
        {"relative_tolerance", a.options.relativeTolerance},
        {"bracket_factor", a.options.bracketFactor},
        {"grid_steps", a.options.gridSteps},
        {"evaluations", a.evaluations},
        {"inputs", rows}};
}

void printAnalysis(std::ostream &out, const Scenario &scenario, const Evaluation &ev,
                   const SwitchingAnalysis &a)
{
    out << "Switching values under " << methodLabel(scenario.method.method) << " ("
        << costViewKey(scenario.cost.view) << " cost view): the value of each input, all else "
        << "equal, at which another destination is recommended.\n"
        << "Now recommended: " << siteName(ev, a.best);
    if (a.runnerUp >= 0)
        out << " (runner-up " << siteName(ev, a.runnerUp) << ")";
    char tolerance[32];
    std::snprintf(tolerance, sizeof tolerance, "%g", a.options.relativeTolerance);
    out << ".\nEach value is searched below and above the current one, within "
        << figure(1.0 / a.options.bracketFactor, "x") << " to "
        << figure(a.options.bracketFactor, "x")
        << " of it (rates, AHT, volume) or the admissible range (attrition, wage inflation), "
           "then found by bisection to a relative "
        << tolerance << ". The nearer change is shown.\n\n";

    TextTable t;
    t.addColumn("Input", TextTable::Align::Left);
    t.addColumn("Site", TextTable::Align::Left);
    t.addColumn("Now", TextTable::Align::Right);
    t.addColumn("Switching value", TextTable::Align::Right);
    t.addColumn("Change", TextTable::Align::Right);
    t.addColumn("Then recommended", TextTable::Align::Left);
    std::ostringstream sentences;
    for (const SwitchingValue &v : a.values) {
        const SwitchingInput &input = switchingInputs()[v.input];
        const std::optional<SwitchingPoint> &p = v.nearest();
        const std::string now = figure(v.current, input);
        if (!p) {
            t.addRow({input.label, siteName(ev, v.site), now,
                      "no flip within [" + figure(v.low, input, false) + ", "
                          + figure(v.high, input, false) + "]",
                      "", ""});
            continue;
        }
        t.addRow({input.label, siteName(ev, v.site), now, figure(p->value, input),
                  change(v, input, p->value), outcome(ev, *p)});
        const std::string whose = v.site >= 0 ? siteName(ev, v.site) + "'s " + input.label
                                              : "the " + input.label;
        sentences << "  " << outcome(ev, *p) << (p->winner >= 0 ? " is" : " would be")
                  << " recommended if " << whose
                  << (p->value > v.current ? " rises above " : " falls below ")
                  << figure(p->value, input) << " (now " << now << ").\n";
    }
    t.print(out, "  ");
    if (!sentences.str().empty())
        out << '\n' << sentences.str();
}

} // namespace

int switchingValuesCommand(const Options &options, std::ostream &out, std::ostream &err)
{
    for (const std::string &name : DecisionOptions) {
        if (options.value(name) && name != "profiles")
            throw UsageError("--inputs uses the scenario's own method, weights and cost view; "
                             "option --"
                             + name + " does not apply");
    }
    if (options.positionals().size() != 1)
        throw UsageError("expected exactly one scenario file");
    const std::string format = options.choice("format", {"table", "json"},
                                              options.flag("json") ? "json" : "table");
    const std::string &path = options.positionals().front();
    const std::string kind = data::fileKind(path);
    if (kind != "scenario") {
        if (std::ifstream(path).good() && !kind.empty()) {
            err << notAScenario(path, kind) << '\n';
            return BadInput;
        }
        // Missing or unreadable: the scenario loader names the problem.
    }
    const std::optional<data::ProfileLibrary> library = loadProfiles(options, err);
    if (!library)
        return BadInput;
    const std::optional<Scenario> scenario = loadScenarioFile(path, *library, err);
    if (!scenario)
        return BadInput;

    const Evaluation evaluation = evaluate(*scenario);
    if (evaluation.recommendation.best < 0) {
        err << path << ": constraints: no destination meets the scenario's constraints, so no "
            << "recommendation can switch\n";
        return BadInput;
    }
    SwitchingOptions search;
    search.threads = 0;
    const SwitchingAnalysis analysis = switchingValues(*scenario, evaluation, search);

    std::ostringstream text;
    if (format == "json")
        text << analysisJson(*scenario, evaluation, analysis, path).dump(2) << '\n';
    else
        printAnalysis(text, *scenario, evaluation, analysis);
    out << text.str() << std::flush;
    return Success;
}

} // namespace escale::cli
