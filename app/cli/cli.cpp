// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "options.h"

#include "escale/model/errors.h"

#include <map>
#include <ostream>

namespace escale::cli {

namespace {

const char *const Usage = R"(usage: escale-cli <command> [arguments]

Onshore or offshore? Escale sizes, prices and ranks contact-centre destinations.

commands:
  evaluate SCENARIO.yaml [--profiles DIR] [--format table|json|csv]
      Staff, price, score and rank every destination of the scenario, then recommend.
  staffing --model erlang-c|erlang-a --calls N --interval-s S --aht-s A
           --target-sl 0.8 --answer-s 20 [--shrinkage 0.3] [--max-occupancy 0.85]
           [--patience-s P] [--json]
      Agents needed for one interval of a queue.
  validate FILE...
      Check destination, exchange-rate, scenario, problem and AHP files.
  rank FILE [--method wsm|wpm|topsis|vikor|promethee2] [--normalization N] [--v V] [--json]
      Rank the alternatives of a problem file, or the sites of a scenario file.
  ahp MATRIX.yaml [--ri saaty1980|saaty2005|donegan_dodd|tummala_ling]
                  [--prioritisation principal_eigenvector|row_geometric_mean] [--json]
      Priorities and consistency of a pairwise comparison matrix.
  sensitivity FILE [--method ...] [--format table|json | --json]
      Weight stability intervals: how far each weight can move before the winner or the
      ranking changes, and who takes over.
  sensitivity SCENARIO.yaml --inputs [--format table|json] [--profiles DIR]
      Switching values: the billed rate, AHT multiplier, attrition and wage inflation of the
      winner and the runner-up, and the total volume, at which another destination wins.
  smaa FILE [--method ...] [--weights uniform|fixed|ordinal] [--samples N] [--seed S]
            [--threads T] [--json]
      SMAA-2 Monte Carlo: rank acceptability, central weights, confidence, pairwise winning.
      A scenario file samples the cost criterion over each site's wage range.
  report SCENARIO.yaml -o REPORT.pdf [--lang fr|en] [--sections cover,summary,question,
         destinations,staffing,scores,robustness,appendix] [--author NAME] [--date YYYY-MM-DD]
         [--profiles DIR]
      The PDF report: recommendation, workload, sources, costs, scores, robustness and
      method appendix, with the scenario's SHA-256 (in builds with the desktop UI).

  help
      Show this text.

FILE is a problem file (alternatives, criteria, matrix) or a scenario file; see data/README.md.
rank, sensitivity and smaa take --weights-ahp AHP.yaml to use the AHP priorities of a pairwise
matrix over the criteria as the weights.

Exit codes: 0 success, 2 bad input or usage, 1 internal error.
)";

const std::map<std::string, Command> &commands()
{
    static const std::map<std::string, Command> table{
        {"evaluate", &evaluateCommand}, {"staffing", &staffingCommand},
        {"validate", &validateCommand}, {"rank", &rankCommand},
        {"ahp", &ahpCommand},           {"sensitivity", &sensitivityCommand},
        {"smaa", &smaaCommand},
#ifdef ESCALE_WITH_REPORT
        {"report", &reportCommand},
#endif
    };
    return table;
}

} // namespace

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty()) {
        err << Usage;
        return BadInput;
    }
    const std::string &name = args.front();
    if (name == "help" || name == "--help" || name == "-h") {
        out << Usage;
        return Success;
    }
    if (name == "--version") {
        out << "escale-cli " << ESCALE_VERSION << '\n';
        return Success;
    }
    const auto command = commands().find(name);
    if (command == commands().end()) {
        err << "escale-cli: unknown command '" << name << "'\n\n" << Usage;
        return BadInput;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        return command->second(rest, out, err);
    } catch (const UsageError &e) {
        err << "escale-cli " << name << ": " << e.what() << "\n(see 'escale-cli help')\n";
        return BadInput;
    } catch (const InputError &e) {
        err << "escale-cli " << name << ": invalid input: " << e.what() << '\n';
        return BadInput;
    } catch (const std::exception &e) {
        err << "escale-cli " << name << ": internal error: " << e.what() << '\n';
        return InternalError;
    }
}

} // namespace escale::cli
