// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "inputs.h"

#include "escale/data/destination_io.h"
#include "escale/data/problem_io.h"
#include "escale/data/scenario_io.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace escale::cli {

int validateCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Options options(args, {"profiles"}, {});
    if (options.positionals().empty())
        throw UsageError("validate needs at least one file");

    std::optional<data::ProfileLibrary> library;
    int failures = 0;
    for (const std::string &path : options.positionals()) {
        const std::string kind = data::fileKind(path);
        std::vector<data::LoadError> errors;
        std::string what;
        if (kind == "destination") {
            const auto r = data::loadDestination(path);
            if (r)
                what = "destination '" + r.value().id + "'";
            else
                errors = r.error();
        } else if (kind == "exchange_rates") {
            const auto r = data::loadExchangeRates(path);
            if (r)
                what = "exchange rates for " + std::to_string(r.value().rates.size())
                       + " currencies";
            else
                errors = r.error();
        } else if (kind == "scenario") {
            if (!library) {
                library = loadProfiles(options, err);
                if (!library)
                    return BadInput;
            }
            const auto r = data::loadScenario(path, *library);
            if (r)
                what = "scenario '" + r.value().name + "' with "
                       + std::to_string(r.value().destinations.size()) + " destinations";
            else
                errors = r.error();
        } else if (kind == "problem") {
            const auto r = data::loadProblem(path);
            if (r)
                what = "problem with "
                       + std::to_string(r.value().problem.problem.alternatives.size())
                       + " alternatives and "
                       + std::to_string(r.value().problem.problem.criteria.size()) + " criteria";
            else
                errors = r.error();
        } else if (kind == "ahp") {
            const auto r = data::loadAhp(path);
            if (r)
                what = "pairwise matrix of " + std::to_string(r.value().elements.size())
                       + " elements";
            else
                errors = r.error();
        } else {
            // Not a known kind: let the destination reader explain what is wrong with it.
            const auto r = data::loadDestination(path);
            errors = r ? std::vector<data::LoadError>{{path, 0, 0, "kind", "unknown file kind"}}
                       : r.error();
        }
        if (errors.empty()) {
            out << path << ": ok (" << what << ")\n";
        } else {
            printErrors(errors, err);
            ++failures;
        }
    }
    return failures == 0 ? Success : BadInput;
}

} // namespace escale::cli
