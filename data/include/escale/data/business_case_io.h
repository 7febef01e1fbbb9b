// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/load_error.h"
#include "escale/model/business_case.h"

#include <string>

namespace escale::data {

/**
 * Reads a `kind: business_case` file (data/business_case.yaml): the client-side defaults of the
 * business case, every figure with its source. Every key is required.
 */
LoadResult<BusinessCase> loadBusinessCase(const std::string &path);
LoadResult<BusinessCase> parseBusinessCase(const std::string &text, const std::string &fileName);

} // namespace escale::data
