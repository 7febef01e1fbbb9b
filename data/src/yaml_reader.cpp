// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml_reader.h"

#include "number_format.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace escale::data::detail {

namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string quoted(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

std::string listOf(std::initializer_list<std::string_view> items)
{
    std::string out;
    for (std::string_view item : items) {
        if (!out.empty())
            out += ", ";
        out += item;
    }
    return out;
}

} // namespace

bool Range::contains(double v) const
{
    if (loOpen ? !(v > lo) : !(v >= lo))
        return false;
    if (hiOpen ? !(v < hi) : !(v <= hi))
        return false;
    return true;
}

std::string Range::describe() const
{
    const bool noHi = hi >= 1e299;
    const bool noLo = lo <= -1e299;
    if (noHi && !noLo)
        return loOpen ? "must be greater than " + formatNumber(lo)
                      : "must be at least " + formatNumber(lo);
    if (noLo && !noHi)
        return hiOpen ? "must be less than " + formatNumber(hi)
                      : "must be at most " + formatNumber(hi);
    return "must be in " + std::string(loOpen ? "(" : "[") + formatNumber(lo) + ", "
           + formatNumber(hi) + (hiOpen ? ")" : "]");
}

std::string join(const std::string &parent, std::string_view key)
{
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string item(const std::string &parent, std::size_t index)
{
    return parent + "[" + std::to_string(index) + "]";
}

std::string closestMatch(std::string_view word, std::initializer_list<std::string_view> candidates)
{
    return closestMatch(word, std::vector<std::string>(candidates.begin(), candidates.end()));
}

std::string closestMatch(std::string_view word, const std::vector<std::string> &candidates)
{
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (std::string_view candidate : candidates) {
        std::size_t d = editDistance(word, candidate);
        // A key that contains the word (or the reverse) is a likely intent too.
        if (d >= bestDistance && word.size() >= 4
            && (candidate.find(word) != std::string_view::npos
                || word.find(candidate) != std::string_view::npos))
            d = bestDistance - 1;
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(candidate);
        }
    }
    return best;
}

Reader::Reader(std::string file, std::vector<LoadError> *errors)
    : m_file(std::move(file))
    , m_errors(errors)
    , m_initialErrors(errors->size())
{}

void Reader::error(const YAML::Mark &at, const std::string &field, const std::string &message)
{
    LoadError e;
    e.file = m_file;
    if (!at.is_null()) {
        e.line = at.line + 1;
        e.column = at.column + 1;
    }
    e.field = field;
    e.message = message;
    m_errors->push_back(std::move(e));
}

void Reader::error(const YAML::Node &at, const std::string &field, const std::string &message)
{
    error(at.IsDefined() ? at.Mark() : YAML::Mark::null_mark(), field, message);
}

bool Reader::expectMap(const YAML::Node &node, const std::string &field)
{
    if (node.IsMap())
        return true;
    error(node, field, "must be a mapping of keys to values");
    return false;
}

bool Reader::expectSequence(const YAML::Node &node, const std::string &field)
{
    if (node.IsSequence())
        return true;
    error(node, field, "must be a list");
    return false;
}

void Reader::checkKeys(const YAML::Node &map, const std::string &field,
                       std::initializer_list<std::string_view> known)
{
    if (!map.IsMap())
        return;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const std::string key = it->first.Scalar();
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        std::string message = "unknown key " + quoted(key);
        const std::string hint = closestMatch(key, known);
        if (!hint.empty())
            message += "; did you mean " + quoted(hint) + "?";
        else
            message += " (expected one of: " + listOf(known) + ")";
        error(it->first.Mark(), join(field, key), message);
    }
}

YAML::Node Reader::child(const YAML::Node &map, const char *key, const std::string &field,
                         bool required)
{
    if (!map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull()) {
        if (required)
            error(map, join(field, key), "is required but missing");
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

std::optional<double> Reader::numberValue(const YAML::Node &node, const std::string &field,
                                          Range range)
{
    double value = 0.0;
    if (!node.IsScalar() || !YAML::convert<double>::decode(node, value)) {
        error(node, field,
              "must be a number (got "
                  + quoted(node.IsScalar() ? node.Scalar() : "a mapping or list") + ")");
        return std::nullopt;
    }
    if (!std::isfinite(value)) {
        error(node, field, "must be a finite number");
        return std::nullopt;
    }
    if (!range.contains(value)) {
        error(node, field, range.describe() + " (got " + formatNumber(value) + ")");
        return std::nullopt;
    }
    return value;
}

std::optional<double> Reader::number(const YAML::Node &map, const char *key,
                                     const std::string &field, Range range, bool required)
{
    const YAML::Node node = child(map, key, field, required);
    if (!node.IsDefined())
        return std::nullopt;
    return numberValue(node, join(field, key), range);
}

std::optional<int> Reader::integer(const YAML::Node &map, const char *key, const std::string &field,
                                   int lo, int hi, bool required)
{
    const YAML::Node node = child(map, key, field, required);
    if (!node.IsDefined())
        return std::nullopt;
    long long value = 0;
    if (!node.IsScalar() || !YAML::convert<long long>::decode(node, value)) {
        error(node, join(field, key),
              "must be a whole number (got " + quoted(node.IsScalar() ? node.Scalar() : "a mapping")
                  + ")");
        return std::nullopt;
    }
    if (value < lo || value > hi) {
        error(node, join(field, key),
              "must be in [" + std::to_string(lo) + ", " + std::to_string(hi) + "] (got "
                  + std::to_string(value) + ")");
        return std::nullopt;
    }
    return int(value);
}

std::optional<std::string> Reader::string(const YAML::Node &map, const char *key,
                                          const std::string &field, bool required)
{
    const YAML::Node node = child(map, key, field, required);
    if (!node.IsDefined())
        return std::nullopt;
    if (!node.IsScalar()) {
        error(node, join(field, key), "must be text");
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<bool> Reader::boolean(const YAML::Node &map, const char *key,
                                    const std::string &field, bool required)
{
    const YAML::Node node = child(map, key, field, required);
    if (!node.IsDefined())
        return std::nullopt;
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
        error(node, join(field, key),
              "must be true or false (got " + quoted(node.IsScalar() ? node.Scalar() : "a mapping")
                  + ")");
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> Reader::choice(const YAML::Node &map, const char *key,
                                          const std::string &field,
                                          std::initializer_list<std::string_view> choices,
                                          bool required)
{
    const std::optional<std::string> value = string(map, key, field, required);
    if (!value)
        return std::nullopt;
    if (std::find(choices.begin(), choices.end(), *value) != choices.end())
        return value;
    std::string message = "must be one of " + listOf(choices) + " (got " + quoted(*value) + ")";
    const std::string hint = closestMatch(*value, choices);
    if (!hint.empty())
        message += "; did you mean " + quoted(hint) + "?";
    error(map[key], join(field, key), message);
    return std::nullopt;
}

Provenance Reader::provenance(const YAML::Node &map, const std::string &field)
{
    Provenance p;
    p.source = string(map, "source", field).value_or("");
    p.asOf = string(map, "as_of", field).value_or("");
    p.estimate = boolean(map, "estimate", field, false).value_or(false);
    p.note = string(map, "note", field, false).value_or("");
    if (map.IsMap() && map["source"].IsDefined() && p.source.empty())
        error(map["source"], join(field, "source"), "must not be empty");
    if (!p.asOf.empty()) {
        const std::string &d = p.asOf;
        const bool digits = std::all_of(
            d.begin(), d.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == '-'; });
        const bool shape = d.size() == 4 || (d.size() == 7 && d[4] == '-')
                           || (d.size() == 10 && d[4] == '-' && d[7] == '-');
        if (!digits || !shape)
            error(map["as_of"], join(field, "as_of"),
                  "must be a date YYYY, YYYY-MM or YYYY-MM-DD (got " + quoted(d) + ")");
    }
    return p;
}

Figure Reader::figure(const YAML::Node &map, const char *key, const std::string &field, Range range)
{
    Figure f;
    const YAML::Node node = child(map, key, field, true);
    const std::string path = join(field, key);
    if (!node.IsDefined())
        return f;
    if (!node.IsMap()) {
        error(node, path, "must be a figure {value, source, as_of, estimate?, note?}");
        return f;
    }
    checkKeys(node, path, {"value", "min", "max", "source", "as_of", "estimate", "note"});
    f.value = number(node, "value", path, range).value_or(0.0);
    f.min = number(node, "min", path, range, false);
    f.max = number(node, "max", path, range, false);
    f.provenance = provenance(node, path);
    if (f.min && f.max && *f.min > *f.max)
        error(node["min"], join(path, "min"),
              "must not exceed max (got min " + formatNumber(*f.min) + " > max "
                  + formatNumber(*f.max) + ")");
    else if (f.min && *f.min > f.value)
        error(node["min"], join(path, "min"),
              "must not exceed value (got min " + formatNumber(*f.min) + " > value "
                  + formatNumber(f.value) + ")");
    else if (f.max && *f.max < f.value)
        error(node["max"], join(path, "max"),
              "must not be below value (got max " + formatNumber(*f.max) + " < value "
                  + formatNumber(f.value) + ")");
    return f;
}

MoneyFigure Reader::money(const YAML::Node &map, const char *key, const std::string &field,
                          Range range)
{
    MoneyFigure m;
    const YAML::Node node = child(map, key, field, true);
    const std::string path = join(field, key);
    if (!node.IsDefined())
        return m;
    if (!node.IsMap()) {
        error(node, path, "must be a money figure {value, currency, source, as_of, ...}");
        return m;
    }
    checkKeys(node, path, {"value", "currency", "source", "as_of", "estimate", "note"});
    m.amount = number(node, "value", path, range).value_or(0.0);
    m.currency = string(node, "currency", path).value_or("EUR");
    if (m.currency.size() != 3 || !std::all_of(m.currency.begin(), m.currency.end(), [](char ch) {
            return ch >= 'A' && ch <= 'Z';
        }))
        error(node["currency"], join(path, "currency"),
              "must be a three-letter ISO 4217 code such as EUR or MAD");
    m.provenance = provenance(node, path);
    return m;
}

bool checkHeader(Reader &reader, const YAML::Node &root, std::string_view kind)
{
    if (!reader.expectMap(root, ""))
        return false;
    const std::optional<int> schema = reader.integer(root, "schema", "", 1, 1000);
    if (schema && *schema != 1) {
        reader.error(root["schema"], "schema",
                     "this version of Escale reads schema 1 (got " + std::to_string(*schema) + ")");
        return false;
    }
    const std::optional<std::string> actual = reader.string(root, "kind", "");
    if (actual && *actual != kind) {
        reader.error(root["kind"], "kind",
                     "expected a " + std::string(kind) + " file (got '" + *actual + "')");
        return false;
    }
    return schema && actual;
}

std::optional<YAML::Node> parseYaml(const std::string &text, const std::string &file,
                                    std::vector<LoadError> &errors)
{
    try {
        return YAML::Load(text);
    } catch (const YAML::ParserException &e) {
        LoadError error;
        error.file = file;
        error.line = e.mark.line + 1;
        error.column = e.mark.column + 1;
        error.message = "YAML syntax error: " + e.msg;
        errors.push_back(error);
    } catch (const YAML::Exception &e) {
        errors.push_back({file, 0, 0, "", std::string("YAML error: ") + e.what()});
    }
    return std::nullopt;
}

std::optional<std::string> readFile(const std::string &path, std::vector<LoadError> &errors)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({path, 0, 0, "", "cannot open the file (missing or not readable)"});
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        errors.push_back({path, 0, 0, "", "cannot read the file"});
        return std::nullopt;
    }
    return buffer.str();
}

} // namespace escale::data::detail
