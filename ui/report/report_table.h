// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text_block.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace escale::ui::report {

class ReportLayout;

struct TableColumn
{
    QString title;
    /** Share of the free width; 0 sizes the column to its widest cell. */
    qreal stretch = 1.0;
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct TableRow
{
    QList<TextRuns> cells;
    bool emphasis = false; ///< the recommended site: bold on a pale accent background
    bool total = false; ///< a closing row: bold with a rule above
};

/**
 * A table drawn cell by cell: a header row in the accent colour, light shading on every other
 * row, rows kept whole, and the caption and header repeated (caption marked "continued")
 * when the table goes on to the next page.
 */
struct ReportTable
{
    QString caption; ///< without its "Table n." label; empty for an unnumbered table
    QList<TableColumn> columns;
    QList<TableRow> rows;
    qreal fontSize = 8.5;
    bool header = true; ///< false: no header row (a key-value list)
    bool zebra = true; ///< shade every other row

    void addRow(const QStringList &cells, bool emphasis = false, bool total = false);
    void addRow(const QList<TextRuns> &cells, bool emphasis = false, bool total = false);
};

/** Lays `table` out at the cursor, across pages as needed. */
void addTable(ReportLayout &layout, const ReportTable &table);

} // namespace escale::ui::report
