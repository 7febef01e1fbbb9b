// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/load_error.h"

namespace escale::data {

std::string LoadError::format() const
{
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    out += ": ";
    if (!field.empty())
        out += field + ": ";
    out += message;
    return out;
}

std::string formatErrors(const std::vector<LoadError> &errors)
{
    std::string out;
    for (const LoadError &error : errors)
        out += error.format() + '\n';
    return out;
}

} // namespace escale::data
