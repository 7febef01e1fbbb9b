// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace escale::data {

/** One problem in an input file, located precisely. Lines and columns start at 1. */
struct LoadError
{
    std::string file;
    int line = 0;   ///< 0 when the problem is not tied to a position (file missing, ...)
    int column = 0;
    std::string field; ///< dotted path, e.g. "workload.channels[1].aht_s"
    std::string message;

    /** "file:line:column: field: message" (parts left out when unknown). */
    std::string format() const;
    bool operator==(const LoadError &) const = default;
};

/** A value or the errors that prevented it (never both). */
template<typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(std::vector<LoadError> errors) : m_state(std::move(errors)) {}
    Result(LoadError error) : m_state(std::vector<LoadError>{std::move(error)}) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const std::vector<LoadError> &errors() const { return std::get<std::vector<LoadError>>(m_state); }

private:
    std::variant<T, std::vector<LoadError>> m_state;
};

/** Formats every error on its own line. */
std::string formatErrors(const std::vector<LoadError> &errors);

} // namespace escale::data
