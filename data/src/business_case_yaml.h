// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml_reader.h"

#include "escale/model/business_case.h"

namespace escale::data::detail {

/**
 * Reads the business-case keys of `map` into `out`. In a business_case file every key is
 * required and is a figure; in a scenario (`overrides`) every key is optional, may be a plain
 * number (its source is then the scenario) and `exit.incumbent` says who serves today.
 */
void readBusinessCase(Reader &reader, const YAML::Node &map, const std::string &field,
                      bool overrides, BusinessCase &out);

/** Writes the keys of `value` that differ from `defaults`, as a scenario's overrides. */
void writeBusinessCaseOverrides(YAML::Emitter &out, const BusinessCase &value,
                                const BusinessCase &defaults);

/** True when writeBusinessCaseOverrides would write anything. */
bool hasBusinessCaseOverrides(const BusinessCase &value, const BusinessCase &defaults);

} // namespace escale::data::detail
