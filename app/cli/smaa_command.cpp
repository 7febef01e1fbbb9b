// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "decision_input.h"
#include "evaluation_json.h"
#include "text_table.h"

#include "escale/model/smaa.h"

#include <cmath>
#include <numeric>
#include <ostream>

namespace escale::cli {

namespace {

Json matrixJson(const Eigen::MatrixXd &m)
{
    Json rows = Json::array();
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        Json row = Json::array();
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            row.push_back(m(i, j));
        rows.push_back(row);
    }
    return rows;
}

} // namespace

int smaaCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::vector<std::string> valueOptions = DecisionOptions;
    valueOptions.insert(valueOptions.end(), {"weights", "samples", "seed", "threads"});
    const Options options(args, valueOptions, {"json"});

    mcda::SmaaOptions smaa;
    const std::string weights = options.choice("weights", {"uniform", "fixed", "ordinal"},
                                               "uniform");
    smaa.weights = weights == "fixed"     ? mcda::WeightMode::Fixed
                   : weights == "ordinal" ? mcda::WeightMode::Ordinal
                                          : mcda::WeightMode::Uniform;
    const double samples = options.number("samples").value_or(10000);
    if (samples < 1 || samples > 1e9 || samples != std::floor(samples))
        throw UsageError("option --samples must be a whole number from 1 to 1e9");
    smaa.samples = static_cast<long long>(samples);
    const double seed = options.number("seed").value_or(1);
    if (seed < 0 || seed != std::floor(seed) || seed > 9.0e15)
        throw UsageError("option --seed must be a whole number >= 0");
    smaa.seed = static_cast<std::uint64_t>(seed);
    const double threads = options.number("threads").value_or(0);
    if (threads < 0 || threads > 256 || threads != std::floor(threads))
        throw UsageError("option --threads must be a whole number from 0 (all cores) to 256");
    smaa.threads = static_cast<int>(threads);

    const std::optional<DecisionInput> input = loadDecisionInput(options, err);
    if (!input)
        return BadInput;
    smaa.method = input->method;
    const mcda::Problem &p = input->problem.problem;
    if (smaa.weights == mcda::WeightMode::Ordinal) {
        // Ordinal: the criteria in the order of their given weights (file order among ties).
        std::vector<int> order(p.criteria.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return p.criteria[std::size_t(a)].weight > p.criteria[std::size_t(b)].weight;
        });
        smaa.ordinalOrder = order;
    }

    const mcda::SmaaResult r = mcda::smaa(input->problem, smaa);

    if (options.flag("json")) {
        Json criteria = Json::array();
        for (const mcda::CriterionSpec &c : p.criteria)
            criteria.push_back(c.name);
        Json confidence = Json::array();
        for (Eigen::Index i = 0; i < r.confidenceFactors.size(); ++i)
            confidence.push_back(r.confidenceFactors(i));
        Json j{
            {"alternatives", p.alternatives},
            {"criteria", criteria},
            {"method", Json{{"name", mcda::methodKey(smaa.method.method)},
                            {"normalization", mcda::normalizationKey(smaa.method.normalization)}}},
            {"weights", weights},
            {"samples", r.samples},
            {"seed", smaa.seed},
            {"rank_acceptability", matrixJson(r.rankAcceptability)},
            {"central_weights", matrixJson(r.centralWeights)},
            {"confidence_factors", confidence},
            {"pairwise_winning", matrixJson(r.pairwiseWinning)},
            {"description", mcda::describe(smaa)}};
        out << j.dump(2) << '\n';
        return Success;
    }

    out << "SMAA-2, " << r.samples << " samples, seed " << smaa.seed << ", weights " << weights
        << ", " << methodLabel(smaa.method.method) << "\n\nRank acceptability\n";
    TextTable t;
    t.addColumn("Alternative", TextTable::Align::Left);
    for (Eigen::Index k = 0; k < r.rankAcceptability.cols(); ++k)
        t.addColumn("rank " + std::to_string(k + 1), TextTable::Align::Right);
    t.addColumn("Confidence", TextTable::Align::Right);
    for (Eigen::Index i = 0; i < r.rankAcceptability.rows(); ++i) {
        std::vector<std::string> row{p.alternatives[std::size_t(i)]};
        for (Eigen::Index k = 0; k < r.rankAcceptability.cols(); ++k)
            row.push_back(percent(r.rankAcceptability(i, k)));
        row.push_back(percent(r.confidenceFactors(i)));
        t.addRow(row);
    }
    t.print(out, "  ");
    out << '\n' << mcda::describe(smaa) << '\n';
    return Success;
}

} // namespace escale::cli
