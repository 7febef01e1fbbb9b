// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "evaluation_json.h"
#include "options.h"

#include "escale/model/erlang.h"

#include <cstdio>
#include <ostream>

namespace escale::cli {

int staffingCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &)
{
    const Options options(args,
                          {"model", "calls", "interval-s", "aht-s", "target-sl", "answer-s",
                           "shrinkage", "max-occupancy", "patience-s"},
                          {"json"});
    if (!options.positionals().empty())
        throw UsageError("staffing takes no file argument, only options");

    const std::string model = options.choice("model", {"erlang-c", "erlang-a"}, "erlang-c");
    const double calls = options.requiredNumber("calls");
    const double interval = options.requiredNumber("interval-s");
    const double aht = options.requiredNumber("aht-s");
    QueueTarget target;
    target.serviceLevel = options.requiredNumber("target-sl");
    target.answerSeconds = options.requiredNumber("answer-s");
    target.maxOccupancy = options.number("max-occupancy").value_or(1.0);
    const double shrinkage = options.number("shrinkage").value_or(0.0);

    if (calls < 0)
        throw UsageError("option --calls must be >= 0");
    if (interval <= 0)
        throw UsageError("option --interval-s must be greater than 0");
    if (shrinkage < 0 || shrinkage >= 1)
        throw UsageError("option --shrinkage must be in [0, 1)");

    const double traffic = calls * aht / interval;
    QueueResult result;
    if (model == "erlang-a") {
        const std::optional<double> patience = options.number("patience-s");
        if (!patience)
            throw UsageError("option --patience-s is required with --model erlang-a");
        result = erlangARequired(traffic, aht, *patience, target);
    } else {
        if (options.value("patience-s"))
            throw UsageError("option --patience-s applies to --model erlang-a only");
        result = erlangCRequired(traffic, aht, target);
    }
    const int scheduled = scheduledAgents(result.agents, shrinkage);

    if (options.flag("json")) {
        Json j{{"model", model},
               {"traffic_erlangs", result.trafficErlangs},
               {"agents", result.agents},
               {"scheduled_agents", scheduled},
               {"service_level", result.serviceLevel},
               {"asa_s", result.asaSeconds},
               {"occupancy", result.occupancy},
               {"wait_probability", result.waitProbability}};
        if (model == "erlang-a")
            j["abandon_probability"] = result.abandonProbability;
        out << j.dump(2) << '\n';
        return Success;
    }

    char line[256];
    std::snprintf(line, sizeof line,
                  "%s: %.4g Erlangs -> %d agents on the floor, %d scheduled (shrinkage %.0f%%)\n",
                  model.c_str(), result.trafficErlangs, result.agents, scheduled,
                  shrinkage * 100.0);
    out << line;
    std::snprintf(line, sizeof line,
                  "  service level %.2f%% within %g s, ASA %.1f s, occupancy %.1f%%, "
                  "P(wait) %.1f%%",
                  result.serviceLevel * 100.0, target.answerSeconds, result.asaSeconds,
                  result.occupancy * 100.0, result.waitProbability * 100.0);
    out << line;
    if (model == "erlang-a") {
        std::snprintf(line, sizeof line, ", abandons %.2f%%", result.abandonProbability * 100.0);
        out << line;
    }
    out << '\n';
    return Success;
}

} // namespace escale::cli
