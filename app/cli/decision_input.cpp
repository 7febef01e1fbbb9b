// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision_input.h"

#include "inputs.h"

#include "escale/data/problem_io.h"
#include "escale/model/ahp.h"
#include "escale/model/errors.h"
#include "escale/model/scenario_uncertainty.h"

#include <algorithm>
#include <ostream>

namespace escale::cli {

const char *methodLabel(mcda::Method method)
{
    switch (method) {
    case mcda::Method::Wsm:
        return "WSM";
    case mcda::Method::Wpm:
        return "WPM";
    case mcda::Method::Topsis:
        return "TOPSIS";
    case mcda::Method::Vikor:
        return "VIKOR";
    case mcda::Method::Promethee2:
        return "PROMETHEE II";
    }
    return "WSM";
}

namespace {

/** --method and --normalization applied over the file's own method. */
mcda::MethodSpec resolveMethod(const Options &options, mcda::MethodSpec fileMethod, bool utilities)
{
    mcda::MethodSpec spec = fileMethod;
    if (const auto name = options.value("method")) {
        const auto method = mcda::methodFromKey(*name);
        if (!method)
            throw UsageError("option --method must be wsm|wpm|topsis|vikor|promethee2 (got '"
                             + *name + "')");
        if (*method != spec.method) {
            spec = mcda::MethodSpec::defaults(*method);
            if (utilities && (*method == mcda::Method::Wsm || *method == mcda::Method::Wpm))
                spec.normalization = mcda::Normalization::None;
        }
    }
    if (const auto n = options.value("normalization")) {
        const auto normalization = mcda::normalizationFromKey(*n);
        if (!normalization)
            throw UsageError("option --normalization must be none|max|sum|minmax|vector (got '" + *n
                             + "')");
        spec.normalization = *normalization;
    }
    if (const auto v = options.number("v")) {
        if (*v < 0.0 || *v > 1.0)
            throw UsageError("option --v must be in [0, 1]");
        spec.v = *v;
    }
    return spec;
}

/**
 * --weights-ahp FILE: the criterion weights become the AHP priorities of FILE, whose elements
 * name every criterion once (in any order). A CR above 0.10 is reported, not refused.
 */
bool applyAhpWeights(const Options &options, mcda::Problem &problem, std::ostream &err)
{
    const auto path = options.value("weights-ahp");
    if (!path)
        return true;
    data::LoadResult<data::AhpFile> file = data::loadAhp(*path);
    if (!file) {
        printErrors(file.error(), err);
        return false;
    }
    const data::AhpFile &ahp = file.value();
    if (ahp.elements.size() != problem.criteria.size()) {
        err << *path << ": elements: must name the " << problem.criteria.size()
            << " criteria of the problem, got " << ahp.elements.size() << " elements\n";
        return false;
    }
    mcda::AhpResult result;
    try {
        result = mcda::ahp(ahp.matrix);
    } catch (const escale::InputError &e) {
        err << *path << ": " << e.what() << "\n";
        return false;
    }
    for (mcda::CriterionSpec &c : problem.criteria) {
        const auto at = std::find(ahp.elements.begin(), ahp.elements.end(), c.name);
        if (at == ahp.elements.end()) {
            err << *path << ": elements: criterion '" << c.name << "' is missing\n";
            return false;
        }
        c.weight = result.priorities(at - ahp.elements.begin());
    }
    if (!result.consistent)
        err << *path << ": warning: consistency ratio " << result.cr
            << " is above 0.10; the weights are used as they are\n";
    return true;
}

} // namespace

std::optional<DecisionInput> loadDecisionInput(const Options &options, std::ostream &err)
{
    if (options.positionals().size() != 1)
        throw UsageError("expected exactly one problem or scenario file");
    const std::string &path = options.positionals().front();

    DecisionInput input;
    if (data::fileKind(path) == "scenario") {
        const std::optional<data::ProfileLibrary> library = loadProfiles(options, err);
        if (!library)
            return std::nullopt;
        const std::optional<Scenario> scenario = loadScenarioFile(path, *library, err);
        if (!scenario)
            return std::nullopt;
        const Evaluation evaluation = evaluate(*scenario);
        if (evaluation.eligible().empty()) {
            err << path << ": no destination meets the scenario's constraints\n";
            return std::nullopt;
        }
        input.problem = scenarioUncertainty(evaluation, *scenario);
        input.method = resolveMethod(options, scenario->method, true);
        input.fromScenario = true;
        if (!applyAhpWeights(options, input.problem.problem, err))
            return std::nullopt;
        return input;
    }

    data::LoadResult<data::ProblemFile> file = data::loadProblem(path);
    if (!file) {
        printErrors(file.error(), err);
        return std::nullopt;
    }
    input.problem = file.value().problem;
    const mcda::MethodSpec fileMethod = file.value().method.value_or(
        mcda::MethodSpec::defaults(mcda::Method::Wsm));
    input.method = resolveMethod(options, fileMethod, false);
    if (!applyAhpWeights(options, input.problem.problem, err))
        return std::nullopt;
    return input;
}

} // namespace escale::cli
