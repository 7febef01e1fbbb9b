// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_data.h"

#include "core/robustness.h"

#include "escale/model/evaluation.h"
#include "escale/model/scenario_uncertainty.h"

#include <QCryptographicHash>

#include <algorithm>

namespace escale::ui {

QString ReportData::checksum() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(scenarioYaml, QCryptographicHash::Sha256).toHex());
}

mcda::SmaaOptions reportSmaaOptions(const Results &results, const ReportOptions &options)
{
    mcda::SmaaOptions smaa;
    smaa.method = results.scenario.method;
    // As the app's SMAA panel by default: how sure is the answer for weights near the client's?
    smaa.weights = mcda::WeightMode::Bounded;
    smaa.bounds = weightBounds(results.problem().normalizedWeights());
    smaa.samples = options.smaaSamples;
    smaa.seed = options.smaaSeed;
    smaa.threads = options.smaaThreads;
    return smaa;
}

mcda::SmaaResult runReportSmaa(const Results &results, const ReportOptions &options,
                               const mcda::SmaaControl &control)
{
    if (results.rows().size() < 2) {
        mcda::SmaaResult empty;
        empty.options = reportSmaaOptions(results, options);
        return empty;
    }
    return mcda::smaa(scenarioUncertainty(results.evaluation, results.scenario),
                      reportSmaaOptions(results, options), control);
}

SwitchingAnalysis runReportSwitching(const Results &results, int threads,
                                     std::function<void(double)> progress,
                                     const std::atomic<bool> *cancel)
{
    SwitchingOptions options;
    options.threads = threads;
    options.progress = std::move(progress);
    options.cancel = cancel;
    return switchingValues(results.scenario, results.evaluation, options);
}

} // namespace escale::ui
