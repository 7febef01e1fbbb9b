// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"
#include "core/status.h"

#include <QString>
#include <QStringList>

namespace escale::ui {

/**
 * Writes the results tables (see buildExportTables) as CSV next to each other: `path` gets the
 * per-destination results (staffing, costs, utilities, score, rank); `<stem>-destinations.csv`
 * the destination figures with their sources; `<stem>-methods.csv` the ranks under every
 * method. In French the separator is ';' and decimals use a comma (what a French spreadsheet
 * expects); files are UTF-8 with a byte-order mark and are written atomically.
 */
Status exportResultsCsv(const Results &results, const QString &path,
                        QStringList *written = nullptr);

/**
 * Writes the same three tables to one Excel workbook at `path`, one sheet each, numbers as
 * numeric cells (see writeXlsxWorkbook). Atomic.
 */
Status exportResultsXlsx(const Results &results, const QString &path);

} // namespace escale::ui
