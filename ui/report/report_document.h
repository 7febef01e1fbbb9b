// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_layout.h"

#include "core/status.h"

#include <QImage>
#include <QString>

#include <vector>

class QIODevice;
class QPainter;

namespace escale::ui {

/**
 * A laid-out report: its pages as display lists, ready to paint on the PDF or on preview
 * images, with the running header (scenario name, "Escale") and the footer ("Page 3 / 12").
 * Painting builds the charts afresh, in the report's language, so it must run on the GUI
 * thread.
 */
class ReportDocument
{
public:
    struct Info
    {
        QString language; ///< "fr" or "en"
        QString title; ///< PDF title and running header
        QString footer; ///< left of the page number
    };

    ReportDocument(std::vector<report::ReportPage> pages, Info info);

    int pageCount() const { return int(m_pages.size()); }

    /** Paints page `index` in dots (1/720 inch): scale the painter for other resolutions. */
    void paintPage(QPainter &painter, int index) const;
    /** Page `index` as an image at `dpi` on a white background. */
    QImage pageImage(int index, qreal dpi) const;

    /** Writes the PDF to `device`; false if the device cannot be painted on. */
    bool writePdf(QIODevice *device) const;
    /** Writes the PDF atomically (QSaveFile); on failure, what went wrong. */
    Status savePdf(const QString &path) const;

private:
    void paintFrame(QPainter &painter, int index) const;

    std::vector<report::ReportPage> m_pages;
    Info m_info;
};

} // namespace escale::ui
