// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

#include "escale/model/switching_values.h"

#include <QCoreApplication>
#include <QString>

namespace escale::ui {

/**
 * Switching values in words and figures, in the installed language: the robustness page's
 * table and the report's use the same texts.
 */
class SwitchingText
{
    Q_DECLARE_TR_FUNCTIONS(SwitchingText)

public:
    /** The input's name: "Billed rate", "AHT multiplier", … (the engine's label if unknown). */
    static QString label(const SwitchingInput &input);
    /** A value with its unit: "13.77 €/h", "1.302×", "10 % per year". */
    static QString value(const SwitchingInput &input, double value);
    /** "+25.2 %" (relative), or "+24.5 pts" for a percentage input; "—" at a current 0. */
    static QString change(const SwitchingValue &row, double value);
    /** The destination of the row, or "all" for a scenario-wide input. */
    static QString site(const Results &results, const SwitchingValue &row);
    /** Who is recommended beyond the point: "France", "Tunisia (split)", "none eligible". */
    static QString outcome(const Results &results, const SwitchingPoint &point);
    /** "no flip within [0.11, 1,100]" in the input's unit. */
    static QString noFlip(const SwitchingValue &row);
    /**
     * "France wins if Tunisia's billed rate rises above 13.77 €/h (now 11 €/h)." for the row's
     * nearest switch; the no-flip text when it has none.
     */
    static QString sentence(const Results &results, const SwitchingValue &row);
    /** The row with the smallest relative change to a switch, or null when none switches. */
    static const SwitchingValue *nearestSwitch(const SwitchingAnalysis &analysis);
};

} // namespace escale::ui
