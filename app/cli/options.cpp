// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace escale::cli {

namespace {

bool contains(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

Options::Options(const std::vector<std::string> &args, const std::vector<std::string> &valueOptions,
                 const std::vector<std::string> &flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() < 2 || arg.rfind("--", 0) != 0) {
            if (arg.size() > 1 && arg[0] == '-' && arg != "-o")
                throw UsageError("unknown option '" + arg + "'");
            if (arg == "-o") {
                if (i + 1 >= args.size())
                    throw UsageError("option -o needs a file name");
                m_values["output"] = args[++i];
                continue;
            }
            m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const std::size_t eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (contains(flags, name)) {
            if (inlineValue)
                throw UsageError("option --" + name + " takes no value");
            m_flags.push_back(name);
        } else if (contains(valueOptions, name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw UsageError("option --" + name + " needs a value");
                inlineValue = args[++i];
            }
            m_values[name] = *inlineValue;
        } else {
            throw UsageError("unknown option '--" + name + "'");
        }
    }
}

bool Options::flag(const std::string &name) const
{
    return contains(m_flags, name);
}

std::optional<std::string> Options::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::string Options::value(const std::string &name, const std::string &fallback) const
{
    return value(name).value_or(fallback);
}

std::optional<double> Options::number(const std::string &name) const
{
    const std::optional<std::string> text = value(name);
    if (!text)
        return std::nullopt;
    char *end = nullptr;
    const double parsed = std::strtod(text->c_str(), &end);
    if (text->empty() || end != text->c_str() + text->size() || !std::isfinite(parsed))
        throw UsageError("option --" + name + " must be a number (got '" + *text + "')");
    return parsed;
}

double Options::requiredNumber(const std::string &name) const
{
    const std::optional<double> v = number(name);
    if (!v)
        throw UsageError("option --" + name + " is required");
    return *v;
}

std::string Options::choice(const std::string &name, const std::vector<std::string> &choices,
                            const std::string &fallback) const
{
    const std::string v = value(name, fallback);
    if (!contains(choices, v)) {
        std::string list;
        for (const std::string &c : choices)
            list += (list.empty() ? "" : "|") + c;
        throw UsageError("option --" + name + " must be " + list + " (got '" + v + "')");
    }
    return v;
}

} // namespace escale::cli
