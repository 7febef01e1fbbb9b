// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml_reader.h"

#include "escale/model/destination.h"

namespace escale::data::detail {

/**
 * Reads the keys of a destination profile from `map` (a whole destination file, or an inline
 * profile in a scenario when `inlineProfile` is set, which then has no schema/kind keys).
 */
DestinationProfile readDestination(Reader &reader, const YAML::Node &map, const std::string &field,
                                   bool inlineProfile);

/** Writes the keys of a destination profile into the current map of `out`. */
void writeDestination(YAML::Emitter &out, const DestinationProfile &profile);

/** Writes a figure as a one-line flow map. */
void writeFigure(YAML::Emitter &out, const char *key, const Figure &figure);

} // namespace escale::data::detail
