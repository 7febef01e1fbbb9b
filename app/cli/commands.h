// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace escale::cli {

/** Exit codes of escale-cli. */
enum ExitCode { Success = 0, InternalError = 1, BadInput = 2 };

/** Each command takes its arguments (after the command name) and returns an exit code. */
using Command = int (*)(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

int evaluateCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int staffingCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int validateCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int rankCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int ahpCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int sensitivityCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int smaaCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
#ifdef ESCALE_WITH_REPORT
int reportCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
#endif

/** Runs `escale-cli <command> ...`: dispatch, usage, and the mapping of errors to exit codes. */
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace escale::cli
