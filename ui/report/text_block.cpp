// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_block.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace escale::ui::report {

TextBlock::TextBlock(const TextRuns &runs, const QFont &font, const QColor &color,
                     Qt::Alignment alignment, qreal lineSpacing)
    : m_layout(std::make_unique<QTextLayout>())
    , m_color(color)
    , m_lineSpacing(lineSpacing)
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const TextRun &run : runs) {
        if (run.text.isEmpty())
            continue;
        if (run.bold || run.italic || run.color.isValid()) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(run.text.size());
            QFont runFont = font;
            runFont.setBold(run.bold || font.bold());
            runFont.setItalic(run.italic || font.italic());
            range.format.setFont(runFont);
            if (run.color.isValid())
                range.format.setForeground(run.color);
            formats << range;
        }
        text += run.text;
    }
    m_layout->setText(text);
    m_layout->setFont(font);
    m_layout->setFormats(formats);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
}

TextBlock::TextBlock(const QString &text, const QFont &font, const QColor &color,
                     Qt::Alignment alignment, qreal lineSpacing)
    : TextBlock(TextRuns{TextRun{text}}, font, color, alignment, lineSpacing)
{}

TextBlock::~TextBlock() = default;
TextBlock::TextBlock(TextBlock &&) noexcept = default;
TextBlock &TextBlock::operator=(TextBlock &&) noexcept = default;

void TextBlock::layout(qreal width)
{
    m_width = width;
    m_layout->clearLayout();
    m_layout->beginLayout();
    qreal y = 0.0;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, y));
        y += line.height() * m_lineSpacing;
    }
    m_layout->endLayout();
}

int TextBlock::lineCount() const
{
    return m_layout->lineCount();
}

qreal TextBlock::lineTop(int line) const
{
    if (line < 0 || line >= lineCount())
        return 0.0;
    return m_layout->lineAt(line).y();
}

qreal TextBlock::lineBottom(int line) const
{
    if (line < 0 || line >= lineCount())
        return 0.0;
    const QTextLine l = m_layout->lineAt(line);
    return l.y() + l.height();
}

qreal TextBlock::naturalWidth() const
{
    qreal widest = 0.0;
    for (int i = 0; i < lineCount(); ++i)
        widest = std::max(widest, m_layout->lineAt(i).naturalTextWidth());
    return widest;
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    if (to < 0 || to > lineCount())
        to = lineCount();
    if (from >= to)
        return;
    painter.save();
    painter.setPen(m_color);
    const QPointF origin(topLeft.x(), topLeft.y() - lineTop(from));
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
    painter.restore();
}

} // namespace escale::ui::report
