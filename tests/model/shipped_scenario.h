// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"

#include <gtest/gtest.h>

#include <string>

namespace escale::test {

/** A scenario of data/scenarios/ with the shipped profiles; fails the asking test if it does not load. */
inline Scenario shipped(const std::string &name)
{
    const std::string dir = std::string(ESCALE_SOURCE_DIR) + "/data";
    const auto library = data::loadLibrary(dir + "/destinations");
    EXPECT_TRUE(library.ok());
    const auto scenario = data::loadScenario(dir + "/scenarios/" + name + ".yaml", library.value());
    EXPECT_TRUE(scenario.ok());
    return scenario.value();
}

} // namespace escale::test
