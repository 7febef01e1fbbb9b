// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

#include <QCoreApplication>
#include <QString>

namespace escale::ui {

/** The robustness findings in plain words (robustness page; reusable by the report). */
class RobustnessText
{
    Q_DECLARE_TR_FUNCTIONS(RobustnessText)

public:
    /**
     * "Tunisia stays first while the cost weight is between 22% and 61% (now 40%); below,
     * Morocco takes over; above, France." or "… whatever the cost weight."
     */
    static QString stabilitySentence(const Results &results, const mcda::WeightStability &s);
    /** The sentence for the criterion whose interval is narrowest around its weight. */
    static QString mostSensitiveSentence(const Results &results);
    /** "Morocco would rank first if the cost weight went from 40% to 52%, …". */
    static QString winningChangeSentence(const Results &results, const mcda::WinningChange &c);
};

} // namespace escale::ui
