// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/load_error.h"
#include "escale/data/profile_library.h"
#include "escale/model/scenario.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace escale::data {

/**
 * Reads a `kind: scenario` file. Destination ids are resolved in `library`; inline profiles are
 * taken as written. The exchange rates come from the library.
 */
LoadResult<Scenario> loadScenario(const std::string &path, const ProfileLibrary &library);
LoadResult<Scenario> parseScenario(const std::string &text, const std::string &fileName,
                                   const ProfileLibrary &library);

/**
 * The YAML text of a scenario. A destination equal to the library's profile of the same id is
 * written as its id, any other one in full, so the file always reproduces the result.
 */
std::string emitScenario(const Scenario &scenario, const ProfileLibrary &library);

/** Writes the scenario atomically; on failure the status carries the message. */
Status saveScenario(const std::string &path, const Scenario &scenario,
                    const ProfileLibrary &library);

/** "HH:MM-HH:MM", several ranges joined by ", " ("10:00-13:00, 14:00-20:00"), or "closed". */
std::string formatDayHours(const DayHours &day);

/** A day's opening hours read from text: the day, or what is wrong and where. */
struct DayHoursParse
{
    std::optional<DayHours> day;
    std::string error; ///< empty on success
    std::size_t offset = 0; ///< where in the text the problem starts (0-based)
    std::vector<std::size_t> rangeOffsets; ///< where each range of `day` starts in the text
};

/**
 * Parses "HH:MM-HH:MM" (24:00 allowed as a closing time), several such ranges separated by
 * commas in order of the day ("10:00-13:00, 14:00-20:00"), or "closed". The ranges must pass
 * dayHoursProblem() (in order, apart from each other).
 */
DayHoursParse parseDayHours(const std::string &text);

} // namespace escale::data
