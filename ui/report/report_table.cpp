// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_table.h"

#include "report_layout.h"
#include "report_style.h"
#include "report_text.h"

#include <QPainter>

#include <algorithm>
#include <memory>
#include <vector>

namespace escale::ui::report {

namespace {

const qreal PadX = pt(4.0);
const qreal PadY = pt(2.6);

using Cells = std::vector<std::shared_ptr<TextBlock>>;

struct Row
{
    Cells cells;
    qreal height = 0.0;
    bool emphasis = false;
    bool total = false;
    bool shaded = false;
};

std::vector<qreal> columnWidths(const ReportTable &table, qreal width)
{
    const QFont font = ReportStyle::font(table.fontSize);
    const QFont bold = ReportStyle::font(table.fontSize, true);
    std::vector<qreal> widths(std::size_t(table.columns.size()), 0.0);
    qreal fixed = 0.0, stretch = 0.0;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const TableColumn &column = table.columns[c];
        if (column.stretch > 0.0) {
            stretch += column.stretch;
            continue;
        }
        TextBlock header(column.title, bold, Qt::black);
        header.layout(1e7);
        qreal widest = header.naturalWidth();
        for (const TableRow &row : table.rows) {
            if (c >= row.cells.size())
                continue;
            TextBlock cell(row.cells[c], row.emphasis || row.total ? bold : font, Qt::black);
            cell.layout(1e7);
            widest = std::max(widest, cell.naturalWidth());
        }
        widths[std::size_t(c)] = widest + 2 * PadX + pt(0.5);
        fixed += widths[std::size_t(c)];
    }
    const qreal free = std::max(width - fixed, 0.0);
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].stretch > 0.0)
            widths[std::size_t(c)] = free * table.columns[c].stretch / stretch;
    }
    if (stretch <= 0.0 && fixed > width) { // shrink everything in proportion
        for (qreal &w : widths)
            w *= width / fixed;
    }
    return widths;
}

Row layoutRow(const QList<TextRuns> &cells, const ReportTable &table,
              const std::vector<qreal> &widths, const QFont &font, const QColor &color)
{
    Row row;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        auto block = std::make_shared<TextBlock>(c < cells.size() ? cells[c] : TextRuns{}, font,
                                                 color, table.columns[c].alignment, 1.1);
        block->layout(std::max(widths[std::size_t(c)] - 2 * PadX, pt(4.0)));
        row.height = std::max(row.height, block->height());
        row.cells.push_back(std::move(block));
    }
    row.height += 2 * PadY;
    return row;
}

void paintRow(QPainter &p, const QRectF &rect, const Row &row, const std::vector<qreal> &widths,
              const QColor &background)
{
    if (background.isValid())
        p.fillRect(rect, background);
    qreal x = rect.left();
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        row.cells[c]->draw(p, QPointF(x + PadX, rect.top() + PadY));
        x += widths[c];
    }
}

} // namespace

void ReportTable::addRow(const QStringList &cells, bool emphasis, bool total)
{
    QList<TextRuns> runs;
    for (const QString &cell : cells)
        runs << TextRuns{TextRun{cell}};
    addRow(runs, emphasis, total);
}

void ReportTable::addRow(const QList<TextRuns> &cells, bool emphasis, bool total)
{
    rows << TableRow{cells, emphasis, total};
}

void addTable(ReportLayout &layout, const ReportTable &table)
{
    const std::vector<qreal> widths = columnWidths(table, layout.width());
    QList<TextRuns> headerCells;
    for (const TableColumn &column : table.columns)
        headerCells << TextRuns{TextRun{column.title}};
    const Row header = layoutRow(headerCells, table, widths,
                                 ReportStyle::font(table.fontSize, true), Qt::white);
    std::vector<Row> rows;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const TableRow &source = table.rows[i];
        Row row = layoutRow(source.cells, table, widths,
                            ReportStyle::font(table.fontSize, source.emphasis || source.total),
                            ReportStyle::text());
        row.emphasis = source.emphasis;
        row.total = source.total;
        row.shaded = table.zebra && i % 2 == 1;
        rows.push_back(std::move(row));
    }

    const QString label = table.caption.isEmpty()
                              ? QString()
                              : Report::tr("Table %1").arg(layout.nextTableNumber());
    auto startPart = [&](bool continued) {
        if (!label.isEmpty()) {
            TextBlock caption = layout.caption(
                label, continued ? Report::tr("%1 (continued)").arg(table.caption) : table.caption);
            layout.text(std::move(caption), pt(4.0));
        }
        if (!table.header)
            return;
        auto shared = std::make_shared<Row>(header);
        layout.place(header.height, [shared, widths](QPainter &p, const QRectF &r) {
            paintRow(p, r, *shared, widths, ReportStyle::accent());
        });
    };

    // The caption, the header and the first two rows (or all, if fewer) go together.
    qreal opening = (table.header ? header.height : 0.0) + pt(4.0);
    if (!label.isEmpty())
        opening += layout.caption(label, table.caption).height() + pt(4.0);
    for (std::size_t i = 0; i < std::min<std::size_t>(rows.size(), 2); ++i)
        opening += rows[i].height;
    layout.ensureSpace(opening);
    startPart(false);

    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].height > layout.remaining()) {
            layout.newPage();
            startPart(true);
        }
        auto shared = std::make_shared<Row>(std::move(rows[i]));
        const bool last = i + 1 == rows.size();
        layout.place(shared->height, [shared, widths, last](QPainter &p, const QRectF &r) {
            const QColor background = shared->emphasis ? ReportStyle::accentPale()
                                      : shared->shaded ? ReportStyle::shade()
                                                       : QColor();
            paintRow(p, r, *shared, widths, background);
            if (shared->total)
                p.fillRect(QRectF(r.left(), r.top(), r.width(), pt(0.8)), ReportStyle::text());
            if (last)
                p.fillRect(QRectF(r.left(), r.bottom() - pt(0.4), r.width(), pt(0.8)),
                           ReportStyle::accent());
        });
    }
    layout.skip(pt(10.0));
}

} // namespace escale::ui::report
