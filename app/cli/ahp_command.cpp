// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "evaluation_json.h"
#include "inputs.h"
#include "text_table.h"

#include "escale/data/problem_io.h"
#include "escale/model/ahp.h"

#include <cstdio>
#include <ostream>

namespace escale::cli {

int ahpCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Options options(args, {"ri", "prioritisation"}, {"json"});
    if (options.positionals().size() != 1)
        throw UsageError("ahp takes exactly one matrix file");
    const std::string ri = options.choice(
        "ri", {"saaty1980", "saaty2005", "donegan_dodd", "tummala_ling"}, "saaty1980");
    const std::string method = options.choice(
        "prioritisation", {"principal_eigenvector", "row_geometric_mean"}, "principal_eigenvector");

    const data::LoadResult<data::AhpFile> file = data::loadAhp(options.positionals().front());
    if (!file) {
        printErrors(file.error(), err);
        return BadInput;
    }
    mcda::AhpOptions ahpOptions;
    ahpOptions.table = *mcda::randomIndexFromKey(ri);
    ahpOptions.prioritisation = *mcda::prioritisationFromKey(method);
    const mcda::AhpResult r = mcda::ahp(file.value().matrix, ahpOptions);
    const std::vector<std::string> &names = file.value().elements;

    if (options.flag("json")) {
        Json priorities = Json::array();
        Json byName = Json::object();
        for (Eigen::Index i = 0; i < r.priorities.size(); ++i) {
            priorities.push_back(r.priorities(i));
            byName[names[std::size_t(i)]] = r.priorities(i);
        }
        Json crByTable = Json::object();
        for (mcda::RandomIndexTable t :
             {mcda::RandomIndexTable::Saaty1980, mcda::RandomIndexTable::Saaty2005,
              mcda::RandomIndexTable::DoneganDodd, mcda::RandomIndexTable::TummalaLing})
            crByTable[mcda::randomIndexKey(t)] = r.crFor(t);
        Json j{{"elements", names},
               {"priorities", priorities},
               {"priorities_by_element", byName},
               {"prioritisation", method},
               {"lambda_max", r.lambdaMax},
               {"ci", r.ci},
               {"cr", r.cr},
               {"ri_table", ri},
               {"cr_by_table", crByTable},
               {"consistent", r.consistent},
               {"description", mcda::describe(ahpOptions)}};
        if (r.mostInconsistent)
            j["most_inconsistent"] = Json{
                {"row", names[std::size_t(r.mostInconsistent->i)]},
                {"column", names[std::size_t(r.mostInconsistent->j)]},
                {"judgement", r.mostInconsistent->value},
                {"consistent_value", r.mostInconsistent->consistentValue}};
        else
            j["most_inconsistent"] = nullptr;
        out << j.dump(2) << '\n';
        return Success;
    }

    TextTable t;
    t.addColumn("Element", TextTable::Align::Left);
    t.addColumn("Priority", TextTable::Align::Right);
    char buffer[160];
    for (Eigen::Index i = 0; i < r.priorities.size(); ++i) {
        std::snprintf(buffer, sizeof buffer, "%.4f", r.priorities(i));
        t.addRow({names[std::size_t(i)], buffer});
    }
    t.print(out, "  ");
    std::snprintf(buffer, sizeof buffer,
                  "\n  lambda_max %.4f, CI %.4f, CR %.4f (RI table %s): %s\n", r.lambdaMax, r.ci,
                  r.cr, ri.c_str(),
                  r.consistent ? "consistent (CR <= 0.10)" : "INCONSISTENT (CR > 0.10)");
    out << buffer;
    if (r.mostInconsistent && !r.consistent) {
        std::snprintf(buffer, sizeof buffer,
                      "  Most inconsistent judgement: %s vs %s = %.3g (a consistent value would be "
                      "%.3g)\n",
                      names[std::size_t(r.mostInconsistent->i)].c_str(),
                      names[std::size_t(r.mostInconsistent->j)].c_str(), r.mostInconsistent->value,
                      r.mostInconsistent->consistentValue);
        out << buffer;
    }
    return Success;
}

} // namespace escale::cli
