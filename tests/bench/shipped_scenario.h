// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"
#include "escale/model/scenario.h"

#include <stdexcept>
#include <string>

namespace escale::bench {

/** The shipped default scenario (ecommerce-multichannel) with the shipped profiles. */
inline Scenario shippedDefaultScenario()
{
    const std::string data = std::string(ESCALE_SOURCE_DIR) + "/data";
    auto library = data::loadLibrary(data + "/destinations");
    if (!library)
        throw std::runtime_error("cannot load the shipped profiles");
    auto scenario = data::loadScenario(data + "/scenarios/ecommerce-multichannel.yaml",
                                       library.value());
    if (!scenario)
        throw std::runtime_error("cannot load the default scenario");
    return scenario.value();
}

} // namespace escale::bench
