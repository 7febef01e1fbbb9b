// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace escale {

/**
 * Thrown by the engine when its input cannot give a defined result (for example a
 * negative volume or a weight vector that sums to zero). `field()` names the input.
 */
class InputError : public std::runtime_error
{
public:
    InputError(std::string field, const std::string &message)
        : std::runtime_error(field.empty() ? message : field + ": " + message)
        , m_field(std::move(field))
    {}

    const std::string &field() const { return m_field; }

private:
    std::string m_field;
};

} // namespace escale
