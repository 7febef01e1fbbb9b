// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_document.h"

#include "report_style.h"
#include "report_text.h"
#include "text_block.h"

#include "core/language.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace escale::ui {

using namespace report;

ReportDocument::ReportDocument(std::vector<ReportPage> pages, Info info)
    : m_pages(std::move(pages))
    , m_info(std::move(info))
{}

void ReportDocument::paintFrame(QPainter &painter, int index) const
{
    const QRectF content = ReportStyle::contentRect();
    const QFont font = ReportStyle::font(8.0);
    const qreal headerY = content.top() - mm(9.0);
    TextBlock left(m_info.title, font, ReportStyle::muted());
    left.layout(content.width() * 0.75);
    TextBlock right(QStringLiteral("Escale"), ReportStyle::font(8.0, true), ReportStyle::accent(),
                    Qt::AlignRight);
    right.layout(content.width());
    left.draw(painter, QPointF(content.left(), headerY), 0, 1);
    right.draw(painter, QPointF(content.left(), headerY));
    const qreal ruleY = headerY + right.height() + pt(3.0);
    painter.fillRect(QRectF(content.left(), ruleY, content.width(), pt(0.5)), ReportStyle::rule());

    const qreal footerY = content.bottom() + mm(8.0);
    painter.fillRect(QRectF(content.left(), footerY - pt(4.0), content.width(), pt(0.5)),
                     ReportStyle::rule());
    TextBlock foot(m_info.footer, font, ReportStyle::muted());
    foot.layout(content.width() * 0.75);
    foot.draw(painter, QPointF(content.left(), footerY), 0, 1);
    TextBlock number(Report::tr("Page %1 / %2").arg(index + 1).arg(pageCount()), font,
                     ReportStyle::muted(), Qt::AlignRight);
    number.layout(content.width());
    number.draw(painter, QPointF(content.left(), footerY));
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    const LanguageScope language(m_info.language); // the running header and page numbers
    const ReportPage &page = m_pages[std::size_t(index)];
    if (!page.cover)
        paintFrame(painter, index);
    for (const PaintItem &item : page.items)
        item(painter);
}

QImage ReportDocument::pageImage(int index, qreal dpi) const
{
    const QSizeF size = ReportStyle::pageSize() * (dpi / Dpi);
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.scale(dpi / Dpi, dpi / Dpi);
    paintPage(painter, index);
    return image;
}

bool ReportDocument::writePdf(QIODevice *device) const
{
    QPdfWriter writer(device);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(m_info.title);
    writer.setCreator(QStringLiteral("Escale " ESCALE_VERSION));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        paintPage(painter, i);
    }
    return painter.end();
}

Status ReportDocument::savePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Report::tr("Cannot write %1: %2").arg(path, file.errorString());
    if (!writePdf(&file)) {
        file.cancelWriting();
        return Report::tr("Cannot write %1: the PDF could not be produced.").arg(path);
    }
    if (!file.commit())
        return Report::tr("Cannot write %1: %2").arg(path, file.errorString());
    return Status::success();
}

} // namespace escale::ui
