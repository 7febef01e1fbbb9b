// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
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

/** A folder for the test process's files, removed when the process exits. */
std::string temporaryFolder();

/** Writes `text` to `relative` under temporaryFolder() (folders created); returns the path. */
std::string writeTemporary(const std::string &relative, const std::string &text);

/** The content of a file in the source tree. */
std::string readSource(const std::string &relative);

/**
 * A shipped scenario with one line replaced (`from` must occur in it), written to a temporary
 * file named `name` that lives as long as the test process; returns its path.
 */
std::string editedScenario(const std::string &scenario, const std::string &from,
                           const std::string &to, const std::string &name);

/** The same with several replacements, made in order. */
std::string editedScenario(const std::string &scenario,
                           const std::vector<std::pair<std::string, std::string>> &edits,
                           const std::string &name);

/**
 * The e-commerce scenario with cost weighted 0.60 (Tunisia ranks first) and a sector-share limit
 * of 0.15 % that Tunisia (0.21 %) exceeds: a split.
 */
std::string splitScenario();

} // namespace escale::test
