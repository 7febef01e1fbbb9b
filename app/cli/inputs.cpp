// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputs.h"

#include "escale/data/scenario_io.h"

#include <ostream>

namespace escale::cli {

void printErrors(const std::vector<data::LoadError> &errors, std::ostream &err)
{
    for (const data::LoadError &error : errors)
        err << error.format() << '\n';
}

std::optional<data::ProfileLibrary> loadProfiles(const Options &options, std::ostream &err)
{
    const std::string dir = options.value("profiles", data::defaultProfilesDirectory());
    data::LoadResult<data::ProfileLibrary> library = data::loadLibrary(dir);
    if (!library) {
        printErrors(library.error(), err);
        return std::nullopt;
    }
    return std::move(library).value();
}

std::optional<Scenario> loadScenarioFile(const std::string &path,
                                         const data::ProfileLibrary &library, std::ostream &err)
{
    data::LoadResult<Scenario> scenario = data::loadScenario(path, library);
    if (!scenario) {
        printErrors(scenario.error(), err);
        return std::nullopt;
    }
    return std::move(scenario).value();
}

} // namespace escale::cli
