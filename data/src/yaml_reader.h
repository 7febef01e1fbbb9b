// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/load_error.h"
#include "escale/model/limits.h"
#include "escale/model/provenance.h"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace escale::data::detail {

/** Accepted interval for a number; open ends exclude the bound. */
struct Range
{
    double lo = -1e300;
    double hi = 1e300;
    bool loOpen = false;
    bool hiOpen = false;

    static Range any() { return {}; }
    static Range positive() { return {0.0, 1e300, true, false}; }
    static Range nonNegative() { return {0.0, 1e300, false, false}; }
    static Range closed(double lo, double hi) { return {lo, hi, false, false}; }
    static Range leftOpen(double lo, double hi) { return {lo, hi, true, false}; }
    /** The table of limits' interval for a field (escale/model/limits.h). */
    static Range of(const limits::Interval &i) { return {i.lo, i.hi, i.loOpen, i.hiOpen}; }

    bool contains(double v) const;
    std::string describe() const; ///< "must be in [0, 1]", "must be greater than 0", ...
};

/**
 * Reads typed values out of a YAML tree, recording every problem as a LoadError with the
 * file, the node's position and the dotted field path, and carrying on so one run reports
 * all problems of a file.
 */
class Reader
{
public:
    Reader(std::string file, std::vector<LoadError> *errors);

    const std::string &file() const { return m_file; }
    bool failed() const { return m_errors->size() > m_initialErrors; }
    std::size_t errorCount() const { return m_errors->size(); }

    void error(const YAML::Node &at, const std::string &field, const std::string &message);
    void error(const YAML::Mark &at, const std::string &field, const std::string &message);

    /** Reports a non-map node. */
    bool expectMap(const YAML::Node &node, const std::string &field);
    bool expectSequence(const YAML::Node &node, const std::string &field);
    /** Reports keys not in `known`, with a "did you mean" hint for close ones. */
    void checkKeys(const YAML::Node &map, const std::string &field,
                   std::initializer_list<std::string_view> known);

    /** The child at `key`; reports it if required and missing. Invalid node when absent. */
    YAML::Node child(const YAML::Node &map, const char *key, const std::string &field,
                     bool required);

    std::optional<double> number(const YAML::Node &map, const char *key, const std::string &field,
                                 Range range, bool required = true);
    std::optional<int> integer(const YAML::Node &map, const char *key, const std::string &field,
                               int lo, int hi, bool required = true);
    std::optional<std::string> string(const YAML::Node &map, const char *key,
                                      const std::string &field, bool required = true);
    std::optional<bool> boolean(const YAML::Node &map, const char *key, const std::string &field,
                                bool required = true);
    /** A string that must be one of `choices`. */
    std::optional<std::string> choice(const YAML::Node &map, const char *key,
                                      const std::string &field,
                                      std::initializer_list<std::string_view> choices,
                                      bool required = true);

    /** Value of a scalar node (not a map child). */
    std::optional<double> numberValue(const YAML::Node &node, const std::string &field,
                                      Range range);

    /** A figure mapping {value, min?, max?, source, as_of, estimate?, note?}. */
    Figure figure(const YAML::Node &map, const char *key, const std::string &field, Range range);
    /** A money figure {value, currency, source, as_of, estimate?, note?}. */
    MoneyFigure money(const YAML::Node &map, const char *key, const std::string &field,
                      Range range);
    /** The provenance keys of a figure-like mapping. */
    Provenance provenance(const YAML::Node &map, const std::string &field);

private:
    std::string m_file;
    std::vector<LoadError> *m_errors;
    std::size_t m_initialErrors;
};

/** Joins a parent path and a key: join("a", "b") = "a.b", join("", "b") = "b". */
std::string join(const std::string &parent, std::string_view key);
/** "parent[i]" */
std::string item(const std::string &parent, std::size_t index);

/** Closest candidate within an edit distance that makes a typo likely, or empty. */
std::string closestMatch(std::string_view word, std::initializer_list<std::string_view> candidates);
std::string closestMatch(std::string_view word, const std::vector<std::string> &candidates);

/** Checks `schema: 1` and `kind`; returns false (with errors) if they do not match. */
bool checkHeader(Reader &reader, const YAML::Node &root, std::string_view kind);

/** Parses YAML text, turning syntax errors into a LoadError. */
std::optional<YAML::Node> parseYaml(const std::string &text, const std::string &file,
                                    std::vector<LoadError> &errors);

/** Reads a whole file; a LoadError names it when it cannot be read. */
std::optional<std::string> readFile(const std::string &path, std::vector<LoadError> &errors);

} // namespace escale::data::detail
