// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace escale::ui::report {

/** A stretch of text with its own weight, slant or colour inside a paragraph. */
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    QColor color = {}; ///< invalid: the block's colour
};

using TextRuns = QList<TextRun>;

/**
 * A paragraph laid out by QTextLayout at a given width: real text in the PDF (selectable,
 * searchable), Unicode line breaking (no break at non-breaking spaces), font fallback, and
 * access to its lines so that a long paragraph can continue on the next page.
 */
class TextBlock
{
public:
    TextBlock(const TextRuns &runs, const QFont &font, const QColor &color,
              Qt::Alignment alignment = Qt::AlignLeft, qreal lineSpacing = 1.18);
    TextBlock(const QString &text, const QFont &font, const QColor &color,
              Qt::Alignment alignment = Qt::AlignLeft, qreal lineSpacing = 1.18);
    ~TextBlock();
    TextBlock(TextBlock &&) noexcept;
    TextBlock &operator=(TextBlock &&) noexcept;

    /** Breaks the text into lines of at most `width` dots. */
    void layout(qreal width);
    qreal height() const { return lineBottom(lineCount() - 1); }
    int lineCount() const;
    qreal lineTop(int line) const;
    qreal lineBottom(int line) const;
    /** Width of the longest line. */
    qreal naturalWidth() const;
    /** The layout's width: alignment is relative to it. */
    qreal width() const { return m_width; }

    /** Draws lines [from, to) with line `from` at `topLeft`; to = -1 means the last line. */
    void draw(QPainter &painter, const QPointF &topLeft, int from = 0, int to = -1) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
    QColor m_color;
    qreal m_lineSpacing;
    qreal m_width = 0.0;
};

} // namespace escale::ui::report
