// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/data/problem_io.h"

#include "workload_yaml.h"
#include "yaml_reader.h"

#include <cstdlib>
#include <set>

namespace escale::data {

using namespace detail;

namespace {

/** Optional schema/kind header: when present it must say schema 1 and the expected kind. */
bool optionalHeader(Reader &r, const YAML::Node &root, std::string_view kind)
{
    if (!r.expectMap(root, ""))
        return false;
    if (root["schema"].IsDefined()) {
        const std::optional<int> schema = r.integer(root, "schema", "", 1, 1000);
        if (schema && *schema != 1) {
            r.error(root["schema"], "schema",
                    "this version of Escale reads schema 1 (got " + std::to_string(*schema) + ")");
            return false;
        }
    }
    if (root["kind"].IsDefined()) {
        const std::optional<std::string> actual = r.string(root, "kind", "");
        if (actual && *actual != kind) {
            r.error(root["kind"], "kind",
                    "expected a " + std::string(kind) + " file (got '" + *actual + "')");
            return false;
        }
    }
    return true;
}

std::vector<std::string> readNames(Reader &r, const YAML::Node &root, const char *key)
{
    std::vector<std::string> names;
    const YAML::Node list = r.child(root, key, "", true);
    if (!list.IsDefined() || !r.expectSequence(list, key))
        return names;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].IsScalar()) {
            r.error(list[i], item(key, i), "must be a name");
            continue;
        }
        if (!seen.insert(list[i].Scalar()).second)
            r.error(list[i], item(key, i), "'" + list[i].Scalar() + "' is listed twice");
        names.push_back(list[i].Scalar());
    }
    if (names.empty())
        r.error(list, key, "must list at least one name");
    return names;
}

mcda::Preference readPreference(Reader &r, const YAML::Node &node, const std::string &at)
{
    mcda::Preference p;
    const YAML::Node map = r.child(node, "preference", at, false);
    const std::string path = join(at, "preference");
    if (!map.IsDefined() || !r.expectMap(map, path))
        return p;
    r.checkKeys(map, path, {"function", "q", "p", "s"});
    const std::optional<std::string> f = r.choice(
        map, "function", path, {"usual", "ushape", "vshape", "level", "linear", "gaussian"});
    if (f)
        p.function = *mcda::preferenceFromKey(*f);
    p.q = r.number(map, "q", path, Range::nonNegative(), false).value_or(0.0);
    p.p = r.number(map, "p", path, Range::nonNegative(), false).value_or(0.0);
    p.s = r.number(map, "s", path, Range::nonNegative(), false).value_or(0.0);
    using F = mcda::PreferenceFunction;
    if ((p.function == F::VShape || p.function == F::Linear || p.function == F::Level)
        && !map["p"].IsDefined())
        r.error(map, join(path, "p"), "is required with function " + f.value_or(""));
    if ((p.function == F::UShape || p.function == F::Linear || p.function == F::Level)
        && !map["q"].IsDefined())
        r.error(map, join(path, "q"), "is required with function " + f.value_or(""));
    if (p.function == F::Gaussian && !map["s"].IsDefined())
        r.error(map, join(path, "s"), "is required with function gaussian");
    return p;
}

std::vector<mcda::CriterionSpec> readCriteria(Reader &r, const YAML::Node &root)
{
    std::vector<mcda::CriterionSpec> criteria;
    const YAML::Node list = r.child(root, "criteria", "", true);
    if (!list.IsDefined() || !r.expectSequence(list, "criteria"))
        return criteria;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = item("criteria", i);
        if (!r.expectMap(list[i], at))
            continue;
        r.checkKeys(list[i], at, {"name", "direction", "weight", "preference"});
        mcda::CriterionSpec c;
        c.name = r.string(list[i], "name", at).value_or("");
        c.direction
            = r.choice(list[i], "direction", at, {"benefit", "cost"}, false).value_or("benefit")
                      == "cost"
                  ? mcda::Direction::Cost
                  : mcda::Direction::Benefit;
        c.weight = r.number(list[i], "weight", at, Range::nonNegative()).value_or(0.0);
        c.preference = readPreference(r, list[i], at);
        criteria.push_back(c);
    }
    if (criteria.empty())
        r.error(list, "criteria", "must list at least one criterion");
    return criteria;
}

mcda::CellDistribution readCell(Reader &r, const YAML::Node &node, const std::string &at,
                                bool &uncertain)
{
    using Kind = mcda::CellDistribution::Kind;
    mcda::CellDistribution cell;
    if (node.IsScalar()) {
        cell.a = r.numberValue(node, at, Range::any()).value_or(0.0);
        return cell;
    }
    if (!node.IsMap()) {
        r.error(node, at, "must be a number, {min, max} or {mean, sd}");
        return cell;
    }
    r.checkKeys(node, at, {"min", "max", "mean", "sd"});
    uncertain = true;
    if (node["min"].IsDefined() || node["max"].IsDefined()) {
        cell.kind = Kind::Uniform;
        cell.a = r.number(node, "min", at, Range::any()).value_or(0.0);
        cell.b = r.number(node, "max", at, Range::any()).value_or(0.0);
        if (cell.a > cell.b)
            r.error(node, at, "min must not exceed max");
    } else {
        cell.kind = Kind::Normal;
        cell.a = r.number(node, "mean", at, Range::any()).value_or(0.0);
        cell.b = r.number(node, "sd", at, Range::nonNegative()).value_or(0.0);
    }
    return cell;
}

double centre(const mcda::CellDistribution &cell)
{
    return cell.kind == mcda::CellDistribution::Kind::Uniform ? 0.5 * (cell.a + cell.b) : cell.a;
}

/** Parses "1/3" or a plain number. */
std::optional<double> fraction(const YAML::Node &node)
{
    if (!node.IsScalar())
        return std::nullopt;
    double value = 0.0;
    if (YAML::convert<double>::decode(node, value))
        return value;
    const std::string &text = node.Scalar();
    const std::size_t slash = text.find('/');
    if (slash == std::string::npos)
        return std::nullopt;
    char *end = nullptr;
    const std::string num = text.substr(0, slash);
    const std::string den = text.substr(slash + 1);
    const double n = std::strtod(num.c_str(), &end);
    if (num.empty() || *end != '\0')
        return std::nullopt;
    const double d = std::strtod(den.c_str(), &end);
    if (den.empty() || *end != '\0' || d == 0.0)
        return std::nullopt;
    return n / d;
}

} // namespace

LoadResult<ProblemFile> parseProblem(const std::string &text, const std::string &fileName)
{
    std::vector<LoadError> errors;
    const std::optional<YAML::Node> root = parseYaml(text, fileName, errors);
    if (!root)
        return errors;
    Reader r(fileName, &errors);
    if (!optionalHeader(r, *root, "problem"))
        return errors;
    r.checkKeys(*root, "", {"schema", "kind", "alternatives", "criteria", "matrix", "method"});

    ProblemFile file;
    mcda::Problem &p = file.problem.problem;
    p.alternatives = readNames(r, *root, "alternatives");
    p.criteria = readCriteria(r, *root);
    if (root->IsMap() && (*root)["method"].IsDefined())
        file.method = readMethod(r, *root, "method", mcda::MethodSpec{}, false);

    const YAML::Node rows = r.child(*root, "matrix", "", true);
    const std::size_t m = p.alternatives.size();
    const std::size_t n = p.criteria.size();
    bool uncertain = false;
    std::vector<std::vector<mcda::CellDistribution>> cells;
    if (rows.IsDefined() && r.expectSequence(rows, "matrix")) {
        if (rows.size() != m)
            r.error(rows, "matrix",
                    "must have one row per alternative (" + std::to_string(m) + "), got "
                        + std::to_string(rows.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string at = item("matrix", i);
            if (!r.expectSequence(rows[i], at))
                continue;
            if (rows[i].size() != n) {
                r.error(rows[i], at,
                        "must have one value per criterion (" + std::to_string(n) + "), got "
                            + std::to_string(rows[i].size()));
                continue;
            }
            std::vector<mcda::CellDistribution> row;
            for (std::size_t j = 0; j < n; ++j)
                row.push_back(readCell(r, rows[i][j], item(at, j), uncertain));
            cells.push_back(row);
        }
    }
    if (!errors.empty())
        return errors;

    p.values.resize(Eigen::Index(m), Eigen::Index(n));
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j)
            p.values(Eigen::Index(i), Eigen::Index(j)) = centre(cells[i][j]);
    if (uncertain)
        file.problem.cells = std::move(cells);
    double weightSum = 0.0;
    for (const mcda::CriterionSpec &c : p.criteria)
        weightSum += c.weight;
    if (weightSum <= 0.0) {
        r.error((*root)["criteria"], "criteria", "at least one weight must be greater than 0");
        return errors;
    }
    return file;
}

LoadResult<ProblemFile> loadProblem(const std::string &path)
{
    std::vector<LoadError> errors;
    const std::optional<std::string> text = readFile(path, errors);
    if (!text)
        return errors;
    return parseProblem(*text, path);
}

LoadResult<AhpFile> parseAhp(const std::string &text, const std::string &fileName)
{
    std::vector<LoadError> errors;
    const std::optional<YAML::Node> root = parseYaml(text, fileName, errors);
    if (!root)
        return errors;
    Reader r(fileName, &errors);
    if (!optionalHeader(r, *root, "ahp"))
        return errors;
    r.checkKeys(*root, "", {"schema", "kind", "elements", "matrix"});
    AhpFile file;
    file.elements = readNames(r, *root, "elements");
    const std::size_t n = file.elements.size();
    const YAML::Node rows = r.child(*root, "matrix", "", true);
    if (rows.IsDefined() && r.expectSequence(rows, "matrix")) {
        if (rows.size() != n)
            r.error(rows, "matrix",
                    "must be square with one row per element (" + std::to_string(n) + "), got "
                        + std::to_string(rows.size()) + " rows");
        file.matrix = Eigen::MatrixXd::Zero(Eigen::Index(n), Eigen::Index(n));
        for (std::size_t i = 0; i < rows.size() && i < n; ++i) {
            const std::string at = item("matrix", i);
            if (!r.expectSequence(rows[i], at))
                continue;
            if (rows[i].size() != n) {
                r.error(rows[i], at,
                        "must have " + std::to_string(n) + " judgements, got "
                            + std::to_string(rows[i].size()));
                continue;
            }
            for (std::size_t j = 0; j < n; ++j) {
                const std::optional<double> v = fraction(rows[i][j]);
                if (!v || !(*v > 0.0)) {
                    r.error(rows[i][j], item(at, j),
                            "must be a positive number or a fraction such as 1/3 (got '"
                                + (rows[i][j].IsScalar() ? rows[i][j].Scalar() : "?") + "')");
                    continue;
                }
                file.matrix(Eigen::Index(i), Eigen::Index(j)) = *v;
            }
        }
    }
    if (!errors.empty())
        return errors;
    return file;
}

LoadResult<AhpFile> loadAhp(const std::string &path)
{
    std::vector<LoadError> errors;
    const std::optional<std::string> text = readFile(path, errors);
    if (!text)
        return errors;
    return parseAhp(*text, path);
}

std::string fileKind(const std::string &path)
{
    try {
        const YAML::Node root = YAML::LoadFile(path);
        if (root.IsMap() && root["kind"].IsScalar())
            return root["kind"].Scalar();
        if (root.IsMap() && root["elements"].IsDefined())
            return "ahp";
        if (root.IsMap() && root["alternatives"].IsDefined())
            return "problem";
    } catch (const YAML::Exception &) {
    }
    return {};
}

} // namespace escale::data
