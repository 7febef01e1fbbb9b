// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace escale::data {

/**
 * Writes `contents` to `path` atomically: the data goes to a temporary file in the same
 * folder, is flushed to disk, then renamed over `path`. Either the old file or the complete
 * new one exists at every moment; on failure the temporary file is removed and the old file is
 * untouched. Returns an empty string on success, else a message naming the file and the cause.
 */
std::string writeFileAtomically(const std::string &path, const std::string &contents);

} // namespace escale::data
