// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include "escale/data/profile_library.h"
#include "escale/model/scenario.h"

#include <iosfwd>
#include <optional>

namespace escale::cli {

/** Loads the profile folder named by --profiles (the shipped one by default); errors to `err`. */
std::optional<data::ProfileLibrary> loadProfiles(const Options &options, std::ostream &err);

/** Loads a scenario file against the library; errors to `err`. */
std::optional<Scenario> loadScenarioFile(const std::string &path,
                                         const data::ProfileLibrary &library, std::ostream &err);

/** Prints formatted load errors, one per line, prefixed by nothing (they name the file). */
void printErrors(const std::vector<data::LoadError> &errors, std::ostream &err);

} // namespace escale::cli
