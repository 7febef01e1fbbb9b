// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace escale::test {

struct ProcessResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

/** Runs `program args...` without a shell, captures stdout and stderr, waits for the exit. */
ProcessResult runProcess(const std::string &program, const std::vector<std::string> &args);

/** Runs escale-cli from this build. */
ProcessResult runCli(const std::vector<std::string> &args);

/** Absolute path of a file in the source tree. */
std::string sourcePath(const std::string &relative);

} // namespace escale::test
