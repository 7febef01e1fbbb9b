// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/smaa.h"

#include <QStringList>

class QChart;

namespace escale::ui::charts {

/**
 * SMAA-2 rank acceptability as stacked bars: one bar per alternative (in input order, named by
 * `alternatives`), one segment per rank 1..m holding the share of samples in which the
 * alternative gets that rank, on a 0-100% axis. Rank 1 is the darkest shade. One QBarSet per
 * rank, values in percent.
 */
void buildSmaaChart(QChart *chart, const mcda::SmaaResult &smaa, const QStringList &alternatives);

} // namespace escale::ui::charts
