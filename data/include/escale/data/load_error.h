// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/result.h"

#include <string>
#include <vector>

namespace escale::data {

/** One problem in an input file, located precisely. Lines and columns start at 1. */
struct LoadError
{
    std::string file;
    int line = 0; ///< 0 when the problem is not tied to a position (file missing, ...)
    int column = 0;
    std::string field; ///< dotted path, e.g. "workload.channels[1].aht_s"
    std::string message;

    /** "file:line:column: field: message" (parts left out when unknown). */
    std::string format() const;
    bool operator==(const LoadError &) const = default;
};

/** A loaded value, or the errors that prevented it (every one, located). */
using LoadErrors = std::vector<LoadError>;
template<typename T>
using LoadResult = escale::Result<T, LoadErrors>;

/** The outcome of a save: nothing, or a message naming the file and the cause. */
using Status = escale::Result<void, std::string>;

/** Formats every error on its own line. */
std::string formatErrors(const std::vector<LoadError> &errors);

} // namespace escale::data
