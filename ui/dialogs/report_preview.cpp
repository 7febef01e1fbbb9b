// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_preview.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace escale::ui {

ReportPreview::ReportPreview(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget)
    , m_layout(new QVBoxLayout(m_canvas))
    , m_message(new QLabel(m_canvas))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    m_canvas->setBackgroundRole(QPalette::Dark);
    m_canvas->setAutoFillBackground(true);
    m_layout->setSpacing(12);
    m_layout->setContentsMargins(16, 16, 16, 16);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_layout->addWidget(m_message);
    setWidget(m_canvas);
}

void ReportPreview::clear()
{
    qDeleteAll(m_pages);
    m_pages.clear();
}

void ReportPreview::setPages(const QList<QImage> &pages)
{
    clear();
    m_message->hide();
    for (const QImage &image : pages) {
        auto *page = new QLabel(m_canvas);
        page->setPixmap(QPixmap::fromImage(image));
        page->setFrameShape(QFrame::Box);
        page->setLineWidth(1);
        m_layout->addWidget(page, 0, Qt::AlignHCenter);
        m_pages << page;
    }
}

void ReportPreview::setMessage(const QString &message)
{
    clear();
    m_message->setText(message);
    m_message->show();
}

} // namespace escale::ui
