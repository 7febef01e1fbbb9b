// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/criteria.h"
#include "escale/model/destination.h"
#include "escale/model/evaluation.h"
#include "escale/model/limits.h"
#include "escale/model/methods.h"
#include "escale/model/provenance.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace escale::ui {

/**
 * Every number and name shown to a person goes through here, in the default QLocale and the
 * installed translation: "1 234 567 €" and "12,5 %" in French, "€1,234,567" and "12.5%" in
 * English.
 */
class Formatter
{
    Q_DECLARE_TR_FUNCTIONS(Formatter)

public:
    static QString number(double value, int decimals = 0);
    static QString money(double eur, int decimals = 0);
    /** Money in thousands or millions ("3.4 M€" / "3,4 M€") for compact chart labels. */
    static QString moneyShort(double eur);
    static QString percent(double share, int decimals = 1);
    /**
     * Empty when `value` is inside `range`, else why not, naming the field and the limits as
     * `format` writes them: "Weekly hours must be greater than 0 and at most 80 (got 90)."
     */
    static QString rangeError(const QString &name, const limits::Interval &range, double value,
                              const std::function<QString(double)> &format);
    /** Fewest decimals (up to `most`) that show `shown` exactly: 26 %, 11.5 %, 21.09 %. */
    static int neededDecimals(double shown, int most);

    static QString destinationName(const DestinationProfile &profile);
    static QString criterionName(Criterion criterion);
    static QString criterionHint(Criterion criterion);
    static QString channelName(Channel channel);
    static QString methodName(mcda::Method method);
    static QString normalizationName(mcda::Normalization normalization);
    static QString costViewName(CostView view);
    static QString verdictName(Verdict verdict);
    static QString exclusionText(const Exclusion &exclusion);
    static QString costComponentName(int component); ///< index in CostComponents order
    static QString costLineName(CostLine line);

    /** "Source: …, as of 2024-09 (estimate) — note" as rich text for a tooltip. */
    static QString provenanceTooltip(const Provenance &provenance);
    /** True if the UI language is French. */
    static bool french();
};

/** Order of the stacked cost breakdown: the cost lines, in AllCostLines order. */
inline constexpr int CostComponentCount = int(CostLineCount);
inline constexpr int LabourComponent = 0;

/** The line of a component. */
CostLine costComponentLine(int component);

/** The component's value in a breakdown. */
double costComponent(const CostBreakdown &breakdown, int component);

} // namespace escale::ui
