// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml_reader.h"

#include "escale/model/methods.h"
#include "escale/model/workload.h"

namespace escale::data::detail {

/** Reads the `workload` section of a scenario. */
Workload readWorkload(Reader &reader, const YAML::Node &root);
void writeWorkload(YAML::Emitter &out, const Workload &workload);

/**
 * Reads a `{name, normalization?, v?}` method mapping at `key`; `fallback` when absent. Without
 * a normalization key the method's default applies, except that WSM and WPM take `none` when
 * `utilities` is set (scenario criteria are already utilities in [0, 1]).
 */
mcda::MethodSpec readMethod(Reader &reader, const YAML::Node &root, const char *key,
                            const mcda::MethodSpec &fallback, bool utilities);
void writeMethod(YAML::Emitter &out, const mcda::MethodSpec &method);

} // namespace escale::data::detail
