// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

#include <QString>

class QCategoryAxis;
class QChart;

namespace escale::ui::charts {

/**
 * Helpers shared by the result charts (ranking, cost breakdown, criteria radar, monthly cost).
 * Charts are rebuilt in place on every result: series and axes are removed, the QChart stays.
 */

/**
 * Removes every series and axis of `chart` (axes are deleted), applies ChartTheme and turns on
 * number localisation (value axis labels in the UI locale: "0,5" in French).
 */
void prepareResultChart(QChart *chart);

/** Shortens `text` to at most `maxChars` characters with an ellipsis (category labels). */
QString elideLabel(const QString &text, int maxChars = 18);

/**
 * A value axis from `min` to `max` widened to round steps (1, 2 or 5 x 10^k, about
 * `targetTicks` of them) whose tick labels are written by Formatter::moneyShort, so they
 * follow the locale ("1.5 M€" / "1,5 M€"). A QCategoryAxis with labels on the tick values.
 */
QCategoryAxis *createMoneyAxis(double min, double max, int targetTicks = 6);

} // namespace escale::ui::charts
