// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace escale::cli {

/** A command-line mistake: reported on stderr with the usage, exit code 2. */
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/**
 * Parsed arguments of one sub-command: positionals and `--name value` / `--name=value` options.
 * Flags (options without value) are declared so that `--json FILE` is not misread.
 */
class Options
{
public:
    Options(const std::vector<std::string> &args, const std::vector<std::string> &valueOptions,
            const std::vector<std::string> &flags);

    const std::vector<std::string> &positionals() const { return m_positionals; }
    bool flag(const std::string &name) const;
    std::optional<std::string> value(const std::string &name) const;
    std::string value(const std::string &name, const std::string &fallback) const;

    /** The option as a number; UsageError if it is not one. */
    std::optional<double> number(const std::string &name) const;
    double requiredNumber(const std::string &name) const;
    /** One of `choices`; UsageError otherwise. */
    std::string choice(const std::string &name, const std::vector<std::string> &choices,
                       const std::string &fallback) const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::string> m_values;
    std::vector<std::string> m_flags;
};

} // namespace escale::cli
