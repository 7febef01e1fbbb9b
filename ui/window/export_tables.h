// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace escale::ui {

/** One cell of an exported table: nothing, a text, or a number shown with `decimals`. */
struct ExportCell
{
    enum class Kind { Empty, Text, Number };

    Kind kind = Kind::Empty;
    QString text;
    double number = 0.0;
    int decimals = 0;

    static ExportCell empty() { return {}; }
    static ExportCell ofText(const QString &text) { return {Kind::Text, text, 0.0, 0}; }
    static ExportCell ofNumber(double value, int decimals = 2)
    {
        return {Kind::Number, QString(), value, decimals};
    }
};

/**
 * A table ready to write, independent of the file format: the CSV writer puts each table in a
 * file, the XLSX writer each in a sheet. Texts are already translated.
 */
struct ExportTable
{
    QString id; ///< "results", "destinations" or "methods" (file names, never shown)
    QString name; ///< translated title, the sheet name in a workbook
    QStringList header; ///< column titles
    std::vector<std::vector<ExportCell>> rows; ///< each as long as `header`
};

/**
 * The three exported tables, in this order: results per destination (staffing, costs,
 * utilities, score, rank), the destination figures with their sources, the ranks under every
 * method.
 */
std::vector<ExportTable> buildExportTables(const Results &results);

} // namespace escale::ui
