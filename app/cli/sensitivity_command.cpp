// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "decision_input.h"
#include "evaluation_json.h"
#include "switching_command.h"
#include "text_table.h"

#include "escale/model/stability.h"

#include <cstdio>
#include <ostream>

namespace escale::cli {

namespace {

std::string interval(double lo, double hi)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "[%.4f, %.4f]", lo, hi);
    return buffer;
}

} // namespace

int sensitivityCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::vector<std::string> valueOptions = DecisionOptions;
    valueOptions.push_back("format");
    const Options options(args, valueOptions, {"json", "inputs"});
    if (options.flag("inputs"))
        return switchingValuesCommand(options, out, err);
    const bool json = options.choice("format", {"table", "json"}, "table") == "json"
                      || options.flag("json");
    const std::optional<DecisionInput> input = loadDecisionInput(options, err);
    if (!input)
        return BadInput;
    const mcda::Problem &p = input->problem.problem;
    const std::vector<mcda::WeightStability> intervals = mcda::weightStability(p, input->method);
    const mcda::Ranking ranking = mcda::rank(p, input->method);
    auto name = [&](const std::optional<int> &i) {
        return i ? Json(p.alternatives[std::size_t(*i)]) : Json(nullptr);
    };

    if (json) {
        Json criteria = Json::array();
        for (const mcda::WeightStability &s : intervals)
            criteria.push_back(Json{{"criterion", p.criteria[std::size_t(s.criterion)].name},
                                    {"weight", s.weight},
                                    {"top_stable_interval", {s.topLow, s.topHigh}},
                                    {"ranking_stable_interval", {s.rankingLow, s.rankingHigh}},
                                    {"takes_over_below", name(s.takesOverBelow)},
                                    {"takes_over_above", name(s.takesOverAbove)}});
        Json j{{"method",
                Json{{"name", mcda::methodKey(input->method.method)},
                     {"normalization", mcda::normalizationKey(input->method.normalization)}}},
               {"best", p.alternatives[std::size_t(ranking.best())]},
               {"criteria", criteria}};
        out << j.dump(2) << '\n';
        return Success;
    }

    out << "Weight stability under " << methodLabel(input->method.method) << ": each weight moves "
        << "alone, the others rescale in proportion.\nCurrent best: "
        << p.alternatives[std::size_t(ranking.best())] << "\n\n";
    TextTable t;
    t.addColumn("Criterion", TextTable::Align::Left);
    t.addColumn("Weight", TextTable::Align::Right);
    t.addColumn("Best stays best", TextTable::Align::Right);
    t.addColumn("Ranking unchanged", TextTable::Align::Right);
    t.addColumn("Below, best is", TextTable::Align::Left);
    t.addColumn("Above, best is", TextTable::Align::Left);
    for (const mcda::WeightStability &s : intervals) {
        char w[32];
        std::snprintf(w, sizeof w, "%.4f", s.weight);
        auto who = [&](const std::optional<int> &i) {
            return i ? p.alternatives[std::size_t(*i)] : std::string("-");
        };
        t.addRow({p.criteria[std::size_t(s.criterion)].name, w, interval(s.topLow, s.topHigh),
                  interval(s.rankingLow, s.rankingHigh), who(s.takesOverBelow),
                  who(s.takesOverAbove)});
    }
    t.print(out, "  ");
    return Success;
}

} // namespace escale::cli
