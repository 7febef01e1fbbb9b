// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "decision_input.h"
#include "evaluation_json.h"
#include "text_table.h"

#include "escale/model/methods.h"

#include <cstdio>
#include <ostream>

namespace escale::cli {

namespace {

std::string fixed(double v, int decimals = 4)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

Json methodJson(const mcda::MethodSpec &spec)
{
    Json j{{"name", mcda::methodKey(spec.method)},
           {"normalization", mcda::normalizationKey(spec.normalization)}};
    if (spec.method == mcda::Method::Vikor)
        j["v"] = spec.v;
    j["description"] = mcda::describe(spec);
    return j;
}

} // namespace

int rankCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Options options(args, DecisionOptions, {"json"});
    const std::optional<DecisionInput> input = loadDecisionInput(options, err);
    if (!input)
        return BadInput;
    const mcda::Problem &p = input->problem.problem;
    const mcda::Ranking r = mcda::rank(p, input->method);
    const mcda::Method m = input->method.method;

    if (options.flag("json")) {
        Json alternatives = Json::array();
        for (Eigen::Index i = 0; i < p.alternativeCount(); ++i) {
            Json a{{"name", p.alternatives[std::size_t(i)]},
                   {"score", r.scores(i)},
                   {"rank", r.ranks[std::size_t(i)]}};
            if (m == mcda::Method::Topsis) {
                a["d_plus"] = r.dPlus(i);
                a["d_minus"] = r.dMinus(i);
            } else if (m == mcda::Method::Vikor) {
                a["S"] = r.S(i);
                a["R"] = r.R(i);
                a["Q"] = r.Q(i);
                a["rank_by_S"] = r.ranksByS[std::size_t(i)];
                a["rank_by_R"] = r.ranksByR[std::size_t(i)];
            } else if (m == mcda::Method::Promethee2) {
                a["phi_plus"] = r.phiPlus(i);
                a["phi_minus"] = r.phiMinus(i);
                a["phi_net"] = r.phiNet(i);
            }
            alternatives.push_back(a);
        }
        Json j{{"method", methodJson(input->method)}, {"alternatives", alternatives}};
        if (m == mcda::Method::Vikor) {
            Json set = Json::array();
            for (int i : r.compromiseSet)
                set.push_back(p.alternatives[std::size_t(i)]);
            j["compromise_set"] = set;
            j["acceptable_advantage_C1"] = r.acceptableAdvantage;
            j["acceptable_stability_C2"] = r.acceptableStability;
        }
        j["best"] = p.alternatives[std::size_t(r.best())];
        out << j.dump(2) << '\n';
        return Success;
    }

    out << methodLabel(m) << " (" << mcda::normalizationKey(input->method.normalization)
        << " normalisation)";
    if (input->fromScenario)
        out << " on the scenario's criterion utilities";
    out << "\n\n";
    TextTable t;
    t.addColumn("Alternative", TextTable::Align::Left);
    t.addColumn("Score", TextTable::Align::Right);
    t.addColumn("Rank", TextTable::Align::Right);
    if (m == mcda::Method::Topsis) {
        t.addColumn("D+", TextTable::Align::Right);
        t.addColumn("D-", TextTable::Align::Right);
    } else if (m == mcda::Method::Vikor) {
        for (const char *h : {"S", "R", "Q"})
            t.addColumn(h, TextTable::Align::Right);
    } else if (m == mcda::Method::Promethee2) {
        for (const char *h : {"phi+", "phi-", "phi"})
            t.addColumn(h, TextTable::Align::Right);
    }
    for (Eigen::Index i = 0; i < p.alternativeCount(); ++i) {
        std::vector<std::string> row{p.alternatives[std::size_t(i)], fixed(r.scores(i)),
                                     std::to_string(r.ranks[std::size_t(i)])};
        if (m == mcda::Method::Topsis)
            row.insert(row.end(), {fixed(r.dPlus(i)), fixed(r.dMinus(i))});
        else if (m == mcda::Method::Vikor)
            row.insert(row.end(), {fixed(r.S(i)), fixed(r.R(i)), fixed(r.Q(i))});
        else if (m == mcda::Method::Promethee2)
            row.insert(row.end(), {fixed(r.phiPlus(i)), fixed(r.phiMinus(i)), fixed(r.phiNet(i))});
        t.addRow(row);
    }
    t.print(out, "  ");
    if (m == mcda::Method::Vikor) {
        out << "\n  Compromise set:";
        for (int i : r.compromiseSet)
            out << ' ' << p.alternatives[std::size_t(i)];
        out << " (C1 " << (r.acceptableAdvantage ? "holds" : "fails") << ", C2 "
            << (r.acceptableStability ? "holds" : "fails") << ")\n";
    }
    out << "\n" << mcda::describe(input->method) << '\n';
    return Success;
}

} // namespace escale::cli
