// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_layout.h"

#include "report_style.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace escale::ui::report {

namespace {

constexpr int MinLinesAtEdge = 2; // no widow or orphan lines

} // namespace

ReportLayout::ReportLayout()
{
    newPage();
}

QRectF ReportLayout::content() const
{
    return ReportStyle::contentRect();
}

void ReportLayout::newPage()
{
    m_pages.emplace_back();
    m_y = content().top();
}

void ReportLayout::ensureSpace(qreal height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void ReportLayout::skip(qreal height)
{
    if (atPageTop())
        return; // space is never carried to the top of a page
    m_y = std::min(m_y + height, content().bottom());
}

void ReportLayout::markCover()
{
    page().cover = true;
}

QRectF ReportLayout::place(qreal height, std::function<void(QPainter &, const QRectF &)> paint)
{
    ensureSpace(height);
    const QRectF rect(left(), m_y, width(), height);
    m_y += height;
    page().items.push_back([rect, paint = std::move(paint)](QPainter &p) { paint(p, rect); });
    return rect;
}

void ReportLayout::paintAt(const QRectF &rect,
                           std::function<void(QPainter &, const QRectF &)> paint)
{
    page().items.push_back([rect, paint = std::move(paint)](QPainter &p) { paint(p, rect); });
}

void ReportLayout::text(TextBlock block, qreal spaceAfter, qreal indent)
{
    block.layout(width() - indent);
    ensureSpace(startHeight(block));
    auto shared = std::make_shared<const TextBlock>(std::move(block));
    const int lines = shared->lineCount();
    int first = 0;
    while (first < lines) {
        const qreal top = shared->lineTop(first);
        // How many lines fit below the cursor?
        int fit = first;
        while (fit < lines && shared->lineBottom(fit) - top <= remaining() + 0.01)
            ++fit;
        int count = fit - first;
        if (count < lines - first) {
            // Split only where both parts keep at least MinLinesAtEdge lines.
            if (lines - first - count < MinLinesAtEdge)
                count = lines - first - MinLinesAtEdge;
            if (count < MinLinesAtEdge && !atPageTop()) {
                newPage();
                continue;
            }
            count = std::max(count, 1); // a page cannot hold even two lines: take what fits
        }
        const int end = first + count;
        const QPointF at(left() + indent, m_y);
        page().items.push_back(
            [shared, at, first, end](QPainter &p) { shared->draw(p, at, first, end); });
        m_y += shared->lineBottom(end - 1) - top;
        first = end;
        if (first < lines)
            newPage();
    }
    skip(spaceAfter);
}

qreal ReportLayout::startHeight(const TextBlock &block)
{
    if (block.lineCount() < 2 * MinLinesAtEdge)
        return block.height();
    return block.lineBottom(MinLinesAtEdge - 1);
}

void ReportLayout::heading1(const QString &number, const QString &title)
{
    if (!atPageTop())
        newPage();
    TextBlock block(TextRuns{{number + QStringLiteral("  "), true, false, ReportStyle::accent()},
                             {title, true, false, ReportStyle::text()}},
                    ReportStyle::font(19.0, true), ReportStyle::text());
    text(std::move(block), pt(4.0));
    place(pt(14.0), [](QPainter &p, const QRectF &r) {
        p.fillRect(QRectF(r.left(), r.top(), r.width(), pt(1.2)), ReportStyle::accent());
    });
}

void ReportLayout::heading2(const QString &title, qreal keepWithNext)
{
    TextBlock block(title, ReportStyle::font(12.5, true), ReportStyle::accent());
    block.layout(width());
    skip(pt(8.0));
    ensureSpace(block.height() + pt(5.0) + std::max(keepWithNext, pt(40.0)));
    text(std::move(block), pt(5.0));
}

void ReportLayout::paragraph(const TextRuns &runs, qreal spaceAfter)
{
    text(TextBlock(runs, ReportStyle::font(ReportStyle::BodySize), ReportStyle::text()),
         spaceAfter < 0 ? pt(6.0) : spaceAfter);
}

void ReportLayout::paragraph(const QString &text, qreal spaceAfter)
{
    paragraph(TextRuns{TextRun{text}}, spaceAfter);
}

void ReportLayout::bullets(const QStringList &items, qreal points)
{
    const qreal indent = pt(points * 1.3);
    for (const QString &item : items) {
        TextBlock block(item, ReportStyle::font(points), ReportStyle::text());
        block.layout(width() - indent);
        ensureSpace(startHeight(block));
        const qreal firstLine = m_y;
        const QFont font = ReportStyle::font(points);
        auto bullet = std::make_shared<TextBlock>(QStringLiteral("•"), font, ReportStyle::accent());
        bullet->layout(indent);
        const QPointF at(left() + pt(points * 0.3), firstLine);
        page().items.push_back([bullet, at](QPainter &p) { bullet->draw(p, at); });
        text(std::move(block), pt(3.0), indent);
    }
    skip(pt(3.0));
}

void ReportLayout::note(const QString &text)
{
    this->text(TextBlock(text, ReportStyle::font(ReportStyle::SmallSize, false, true),
                         ReportStyle::muted()),
               pt(4.0));
}

TextBlock ReportLayout::caption(const QString &label, const QString &text, qreal width) const
{
    TextBlock block(TextRuns{{label + QStringLiteral(". "), true, false, ReportStyle::accent()},
                             {text, true, false, {}}},
                    ReportStyle::font(9.5), ReportStyle::text());
    block.layout(width < 0 ? this->width() : width);
    return block;
}

std::vector<ReportPage> ReportLayout::takePages()
{
    std::vector<ReportPage> pages = std::move(m_pages);
    m_pages.clear();
    newPage();
    return pages;
}

} // namespace escale::ui::report
