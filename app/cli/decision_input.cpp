// SPDX-License-Identifier: GPL-3.0-or-later
#include "decision_input.h"

#include "inputs.h"

#include "escale/data/problem_io.h"
#include "escale/model/scenario_uncertainty.h"

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
mcda::MethodSpec resolveMethod(const Options &options, mcda::MethodSpec fileMethod,
                               bool utilities)
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
            throw UsageError("option --normalization must be none|max|sum|minmax|vector (got '"
                             + *n + "')");
        spec.normalization = *normalization;
    }
    if (const auto v = options.number("v")) {
        if (*v < 0.0 || *v > 1.0)
            throw UsageError("option --v must be in [0, 1]");
        spec.v = *v;
    }
    return spec;
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
        return input;
    }

    data::Result<data::ProblemFile> file = data::loadProblem(path);
    if (!file) {
        printErrors(file.errors(), err);
        return std::nullopt;
    }
    input.problem = file.value().problem;
    const mcda::MethodSpec fileMethod =
        file.value().method.value_or(mcda::MethodSpec::defaults(mcda::Method::Wsm));
    input.method = resolveMethod(options, fileMethod, false);
    return input;
}

} // namespace escale::cli
