// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_data.h"
#include "report_document.h"
#include "report_options.h"

namespace escale::ui {

/**
 * Lays out the report of `data` with `options`, in options.language (switched for the call
 * and restored). GUI thread: the pages are display lists whose charts are built when painted.
 */
ReportDocument buildReport(const ReportData &data, const ReportOptions &options);

} // namespace escale::ui
