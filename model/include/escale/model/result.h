// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace escale {

/**
 * The one convention for an operation that can fail without throwing: a value of type T, or
 * the error E that prevented it, never both (std::expected, which C++20 lacks). [[nodiscard]]:
 * ignoring whether a save or a load worked is a compile warning (an error in CI).
 *
 *   Result<Scenario, std::vector<LoadError>> loadScenario(...);  // data::Result<Scenario>
 *   Result<void, std::string> writeFileAtomically(...);          // data::Status
 *   Result<void, QString> ScenarioDocument::save(...);           // ui::Status
 *
 * A Result<T, E> is built from a T (success) or from an E (failure); T and E must differ.
 * Result<void, E> is built from an E, or by success().
 */
template<typename T, typename E>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, E>, "a Result needs distinct value and error types");

public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result(E error)
        : m_error(std::move(error))
        , m_ok(false)
    {}
    static Result success() { return Result(); }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    Result() = default;
    E m_error{};
    bool m_ok = true;
};

} // namespace escale
