// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "inputs.h"

#include "escale/data/destination_io.h"
#include "escale/data/scenario_io.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <ostream>
#include <sstream>

namespace escale::cli {

namespace {

std::string kindOf(const std::string &path)
{
    try {
        const YAML::Node root = YAML::LoadFile(path);
        if (root.IsMap() && root["kind"].IsScalar())
            return root["kind"].Scalar();
    } catch (const YAML::Exception &) {
    }
    return {};
}

} // namespace

int validateCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Options options(args, {"profiles"}, {});
    if (options.positionals().empty())
        throw UsageError("validate needs at least one file");

    std::optional<data::ProfileLibrary> library;
    int failures = 0;
    for (const std::string &path : options.positionals()) {
        const std::string kind = kindOf(path);
        std::vector<data::LoadError> errors;
        std::string what;
        if (kind == "destination") {
            const auto r = data::loadDestination(path);
            if (r)
                what = "destination '" + r.value().id + "'";
            else
                errors = r.errors();
        } else if (kind == "exchange_rates") {
            const auto r = data::loadExchangeRates(path);
            if (r)
                what = "exchange rates for " + std::to_string(r.value().rates.size()) + " currencies";
            else
                errors = r.errors();
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
                errors = r.errors();
        } else {
            // Not a known kind: let the destination reader explain what is wrong with it.
            const auto r = data::loadDestination(path);
            errors = r ? std::vector<data::LoadError>{{path, 0, 0, "kind", "unknown file kind"}}
                       : r.errors();
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
