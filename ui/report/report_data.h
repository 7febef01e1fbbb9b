// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_options.h"

#include "core/results.h"

#include "escale/model/smaa.h"
#include "escale/model/switching_values.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace escale::ui {

/**
 * Everything a report is rendered from: the results of the scenario (as the app computes
 * them), the SMAA-2 run of the robustness section, and what identifies the scenario file.
 * The same scenario file, options and Escale version give the same content.
 */
struct ReportData
{
    std::shared_ptr<const Results> results;
    mcda::SmaaResult smaa; ///< empty (samples = 0) with fewer than two eligible sites
    /** Switching values of the key inputs; no rows when nothing is recommended (or not run). */
    SwitchingAnalysis switching;
    QString scenarioFile; ///< file name shown in the report, may be empty (unsaved)
    QByteArray scenarioYaml; ///< the bytes the checksum is taken of

    /** SHA-256 of scenarioYaml in lower-case hex. */
    QString checksum() const;
};

/** The SMAA-2 options the report uses for `results` (uniform weights, seed and samples of `options`). */
mcda::SmaaOptions reportSmaaOptions(const Results &results, const ReportOptions &options);

/**
 * Runs the report's SMAA-2 analysis: the scenario's method on scenarioUncertainty(), uniform
 * weights, `options`' samples, seed and threads. Plain C++, safe off the GUI thread; returns
 * an empty result with fewer than two eligible sites.
 */
mcda::SmaaResult runReportSmaa(const Results &results, const ReportOptions &options,
                               const mcda::SmaaControl &control = {});

/**
 * The switching values of the robustness section: escale::switchingValues() on the results'
 * scenario and evaluation, `threads` threads (0: all), with `progress` and `cancel` as
 * SwitchingOptions takes them. Plain C++, safe off the GUI thread.
 */
SwitchingAnalysis runReportSwitching(const Results &results, int threads = 0,
                                     std::function<void(double)> progress = {},
                                     const std::atomic<bool> *cancel = nullptr);

} // namespace escale::ui
