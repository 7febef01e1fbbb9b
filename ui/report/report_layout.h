// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text_block.h"

#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace escale::ui::report {

/** Paints one placed item; the rectangle is where the layout put it, in dots. */
using PaintItem = std::function<void(QPainter &painter)>;

/** One page of the report as a list of paint calls (a display list), in dots. */
struct ReportPage
{
    std::vector<PaintItem> items;
    bool cover = false; ///< no running header or footer
};

/**
 * A top-to-bottom flow over A4 pages: blocks are placed at a cursor and move to the next page
 * when they do not fit. Text may continue on the next page line by line (never leaving a
 * single line behind or ahead); anything placed with place() stays whole. The result is a
 * display list per page, painted later on the PDF or on preview images.
 */
class ReportLayout
{
public:
    ReportLayout();

    QRectF content() const;
    qreal width() const { return content().width(); }
    qreal left() const { return content().left(); }
    qreal remaining() const { return content().bottom() - m_y; }
    bool atPageTop() const { return m_y <= content().top() + 0.5; }
    int pageCount() const { return int(m_pages.size()); }

    void newPage();
    /** Starts a new page unless `height` fits below the cursor. */
    void ensureSpace(qreal height);
    /** Moves the cursor down (never across a page: at most to the bottom). */
    void skip(qreal height);
    void markCover();

    /**
     * Reserves `height` at the cursor (on a new page if needed), advances, and registers
     * `paint` with the reserved rectangle.
     */
    QRectF place(qreal height, std::function<void(QPainter &, const QRectF &)> paint);
    /** Paints at an absolute rectangle of the current page without moving the cursor. */
    void paintAt(const QRectF &rect, std::function<void(QPainter &, const QRectF &)> paint);

    /** Height a laid-out paragraph needs at the cursor: all of it if short, else two lines. */
    static qreal startHeight(const TextBlock &block);
    /** Flows a paragraph at `indent` from the left edge, then leaves `spaceAfter`. */
    void text(TextBlock block, qreal spaceAfter, qreal indent = 0.0);

    // Text helpers in the report's type scale.
    void heading1(const QString &number, const QString &title);
    void heading2(const QString &title, qreal keepWithNext = 0.0);
    void paragraph(const TextRuns &runs, qreal spaceAfter = -1.0);
    void paragraph(const QString &text, qreal spaceAfter = -1.0);
    void bullets(const QStringList &items, qreal points = 10.0);
    /** Small muted text under a table or a figure. */
    void note(const QString &text);
    /** Numbers of the next figure and table (captions are numbered in reading order). */
    int nextFigureNumber() { return ++m_figures; }
    int nextTableNumber() { return ++m_tables; }
    /** "Figure 3. Cost over the horizon": a caption laid out at the content width. */
    TextBlock caption(const QString &label, const QString &text, qreal width = -1.0) const;

    std::vector<ReportPage> takePages();

private:
    ReportPage &page() { return m_pages.back(); }

    std::vector<ReportPage> m_pages;
    qreal m_y = 0.0;
    int m_figures = 0;
    int m_tables = 0;
};

} // namespace escale::ui::report
