// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export_tables.h"

#include "core/status.h"

#include <QString>

#include <vector>

namespace escale::ui {

/**
 * Writes `tables` to one Excel workbook (.xlsx, with libxlsxwriter), one sheet per table, named
 * after the table (cut to 31 characters, without the characters Excel refuses in sheet names).
 * Numbers are numeric cells whose number format shows the table's decimals, so a spreadsheet
 * can compute with them; the header row is bold, frozen and filterable; columns are as wide as
 * their content (within limits). The workbook is built in a temporary file, then written to
 * `path` atomically: either the complete workbook or nothing (the old file, if any) is there.
 * Returns "" or an error message for the user.
 */
Status writeXlsxWorkbook(const std::vector<ExportTable> &tables, const QString &path);

/** `name` made acceptable as a sheet name: at most 31 characters, none of []:*?/\ . */
QString xlsxSheetName(const QString &name);

} // namespace escale::ui
