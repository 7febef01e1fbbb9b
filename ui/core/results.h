// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"
#include "escale/model/methods.h"
#include "escale/model/stability.h"

#include <QMetaType>

#include <memory>
#include <vector>

namespace escale::ui {

/**
 * Everything the pages, charts and the report show for one state of the scenario. Computed off
 * the UI thread (or, for a weight change, in microseconds on it) and shared read-only.
 */
struct Results
{
    Scenario scenario;     ///< the scenario these results belong to
    Evaluation evaluation; ///< staffing, costs, scores, recommendation
    mcda::Problem problem; ///< utilities of the eligible sites (rows follow evaluation.eligible())
    std::vector<int> rows; ///< site index of each problem row
    std::vector<mcda::MethodSpec> methods; ///< WSM, TOPSIS, VIKOR, PROMETHEE II
    std::vector<mcda::Ranking> rankings;   ///< one per method, on `problem`
    std::vector<mcda::WeightStability> stability; ///< under the scenario's method
    quint64 generation = 0;
};

using ResultsPtr = std::shared_ptr<const Results>;

/** Computes the derived parts (method comparison, stability) of `results` from its evaluation. */
void completeResults(Results &results);

} // namespace escale::ui

Q_DECLARE_METATYPE(escale::ui::ResultsPtr)
