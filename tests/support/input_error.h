// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/errors.h"

#include <functional>
#include <string>

namespace escale::test {

/** The field named by the InputError `f` throws, or "<no InputError>" if it throws none. */
inline std::string fieldOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const InputError &e) {
        return e.field();
    }
    return "<no InputError>";
}

} // namespace escale::test
