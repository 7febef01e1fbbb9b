// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace escale::ui {

/** The report's pages as images, one under the other, in a scroll area. */
class ReportPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);

    void setPages(const QList<QImage> &pages);
    /** A line in place of the pages ("Computing…", an error). */
    void setMessage(const QString &message);
    int pageCount() const { return int(m_pages.size()); }

private:
    void clear();

    QWidget *m_canvas;
    QVBoxLayout *m_layout;
    QList<QLabel *> m_pages;
    QLabel *m_message;
};

} // namespace escale::ui
