// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "evaluation_json.h"
#include "evaluation_text.h"
#include "inputs.h"

#include "escale/model/evaluation.h"

#include <ostream>
#include <sstream>

namespace escale::cli {

int evaluateCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Options options(args, {"profiles", "format"}, {});
    if (options.positionals().size() != 1)
        throw UsageError("evaluate takes exactly one scenario file");
    const std::string format = options.choice("format", {"table", "json", "csv"}, "table");

    const std::optional<data::ProfileLibrary> library = loadProfiles(options, err);
    if (!library)
        return BadInput;
    const std::string &path = options.positionals().front();
    const std::optional<Scenario> scenario = loadScenarioFile(path, *library, err);
    if (!scenario)
        return BadInput;

    const Evaluation evaluation = evaluate(*scenario);

    // Render completely before writing, so an error never leaves a partial output.
    std::ostringstream text;
    if (format == "json")
        text << evaluationJson(*scenario, evaluation, path).dump(2) << '\n';
    else if (format == "csv")
        printEvaluationCsv(text, *scenario, evaluation);
    else
        printEvaluationTable(text, *scenario, evaluation);
    out << text.str() << std::flush;
    return Success;
}

} // namespace escale::cli
