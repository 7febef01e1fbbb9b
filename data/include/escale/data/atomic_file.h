// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/load_error.h"

#include <string>

namespace escale::data {

/**
 * Writes `contents` to `path` atomically: the data goes to a temporary file in the same
 * folder, is flushed to disk, then renamed over `path`. Either the old file or the complete
 * new one exists at every moment; on failure the temporary file is removed and the old file is
 * untouched. On failure the status carries a message naming the file and the cause.
 */
Status writeFileAtomically(const std::string &path, const std::string &contents);

} // namespace escale::data
